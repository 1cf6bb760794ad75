"""Reads of what the tenant already has, in every profile and on every run: each of its servers, their
volume attachments and its key pairs, through every read operation and all response checks. A drift in
the read view of an existing resource fails the run every time, not when generation happens to hit it.
Nothing here changes or deletes anything."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from contract_tests import session
from contract_tests.core.checking import RESPONSE_CHECKS, call_and_check
from contract_tests.core.run import Run
from contract_tests.core.weather import TransientFailure

SERVER = "/v2/{tenantId}/servers/{serverId}"
ATTACHMENTS = SERVER + "/os-volume_attachments"
KEYPAIR = "/v2/{tenantId}/os-keypairs/{keypairName}"


def reads_of_existing_resources() -> Iterator[tuple[str, dict[str, str]]]:
    """(path, path parameters) of every read of every resource the tenant had before the run."""
    known = session.current().started().target.known
    for server_id in known.server_ids:
        yield SERVER, {"serverId": server_id}
        yield ATTACHMENTS, {"serverId": server_id}
        for volume_id in known.attachments.get(server_id, []):
            yield ATTACHMENTS + "/{volumeId}", {"serverId": server_id, "volumeId": volume_id}
    for name in known.keypairs:
        yield KEYPAIR, {"keypairName": name}


def test_every_read_of_every_existing_resource(contract_run: Run) -> None:
    failures: list[str] = []
    reads = list(reads_of_existing_resources())
    if not reads:
        pytest.skip("the tenant has no servers and no key pairs to read")
    for path, params in reads:
        case: Any = contract_run.description.schema[path]["GET"].Case(
            path_parameters={"tenantId": contract_run.target.tenant_id, **params},
            headers={"X-Auth-Token": contract_run.target.token},
        )
        try:
            call_and_check(contract_run, case, "existing", RESPONSE_CHECKS)
        except TransientFailure:
            continue  # weather: counted in the report, not judged
        except (Exception, BaseExceptionGroup) as error:  # every read is checked; failures reported together
            first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
            failures.append(f"GET {path} {params}: {first_line}")
    assert not failures, "\n".join(failures)
