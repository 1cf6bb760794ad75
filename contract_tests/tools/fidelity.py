"""How true the mock is to the service: the same kinds of requests sent to the mock, and where its
answers differ from the shapes a run against the service kept (`contract_tests/core/observed.py`).

    python -m contract_tests.tools.fidelity reports/contract/observed    # nox -s fidelity -- PATH

Runs the contract suite in the observed run's profile against the mock (a separate process whose tenant
has servers in several states, an attachment and a key pair, like a real tenant), keeping the mock's
shapes the same way, and reports per operation: statuses the service answered and the mock never did
(and the other way round), fields missing from or extra in the mock, JSON type differences, and
server-controlled values the mock never gives. Exit status 1 when there is any difference.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from contract_tests.core.observed import Shapes
from contract_tests.core.settings import BUDGETS
from contract_tests.tools.mock_process import foreign_endpoint
from contract_tests.tools.runs import run_contract

# Headers of the HTTP server in front, not of the API: never a fidelity difference.
TRANSPORT_HEADERS = {"date", "server", "connection", "keep-alive", "transfer-encoding", "content-length"}

def observe_the_mock(profile: str, directory: Path) -> Path:
    """The mock's shapes for the requests a `profile` run sends; returns their directory."""
    with foreign_endpoint("immediate") as mock:
        run_contract(mock.base_url, mock.token, mock.tenant_id, profile, directory / "report",
                     budget=BUDGETS["fidelity"], TOAST_COMPUTE_NETWORK_ID=mock.network_id,
                     TOAST_COMPUTE_OBSERVED_DIR=str(directory / "observed"))
    return directory / "observed"


def differences(service: dict[str, Any], mock: dict[str, Any]) -> list[str]:
    """One line per difference, `operation status: what`."""
    lines: list[str] = []
    for operation in sorted(service):
        seen, mocked = service[operation], mock.get(operation, {})
        for status in sorted(set(seen) - set(mocked)):
            lines.append(f"{operation} {status}: the service answered {status}, the mock never did")
        for status in sorted(set(mocked) - set(seen)):
            lines.append(f"{operation} {status}: the mock answered {status}, the service never did (not seen)")
        for status in sorted(set(seen) & set(mocked)):
            lines += [f"{operation} {status}: {line}" for line in _entry_differences(seen[status], mocked[status])]
    for operation in sorted(set(mock) - set(service)):
        lines.append(f"{operation}: called on the mock only")
    return lines


def _entry_differences(service: dict[str, Any], mock: dict[str, Any]) -> list[str]:
    lines = []
    for path in sorted(set(service["fields"]) - set(mock["fields"])):
        lines.append(f"field {path} missing in the mock (service: {'|'.join(service['fields'][path])})")
    for path in sorted(set(mock["fields"]) - set(service["fields"])):
        lines.append(f"field {path} extra in the mock ({'|'.join(mock['fields'][path])})")
    for path in sorted(set(service["fields"]) & set(mock["fields"])):
        if set(service["fields"][path]) - set(mock["fields"][path]):
            lines.append(f"field {path}: type {'|'.join(service['fields'][path])} in the service, "
                         f"{'|'.join(mock['fields'][path])} in the mock")
    for path, values in sorted(service["values"].items()):
        unknown = sorted(set(values) - set(mock["values"].get(path, [])))
        if unknown:
            lines.append(f"value of {path}: {', '.join(unknown)} from the service, never from the mock")
    for name in sorted(set(service["headers"]) - set(mock["headers"]) - TRANSPORT_HEADERS):
        lines.append(f"header {name} missing in the mock")
    for name in sorted(set(service["headers"]) & set(mock["headers"]) - TRANSPORT_HEADERS):
        if service["headers"][name] != ["*"] and service["headers"][name] != mock["headers"][name]:
            lines.append(f"header {name}: {service['headers'][name]} in the service, "
                         f"{mock['headers'][name]} in the mock")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("observed", type=Path, help="a directory of observed shapes (reports/contract/observed)")
    parser.add_argument("--report", type=Path, help="where to write the report (default: next to PATH)")
    args = parser.parse_args()
    meta = json.loads((args.observed / "meta.json").read_text())
    with tempfile.TemporaryDirectory() as scratch:
        mock = Shapes.read(observe_the_mock(meta["profile"], Path(scratch)))
    lines = differences(Shapes.read(args.observed), mock)
    text = "\n".join([f"Fidelity of the mock against {args.observed} (profile {meta['profile']}): "
                      f"{len(lines)} differences", *lines])
    print(text)
    report = args.report or args.observed.parent / "fidelity.txt"
    report.write_text(text + "\n", encoding="utf-8")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
