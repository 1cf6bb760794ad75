"""The description under test, made into schemathesis schemas for one run: which operations a profile may
call and the credentials every case carries."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hypothesis
import schemathesis
import yaml
from schemathesis import GenerationMode

from contract_tests.core.endpoint import Credentials
from contract_tests.core.settings import ContractSettings
from spec_toolkit.spec import Spec

# Operations each profile may call. Key pair create/delete cost nothing; servers are billed.
FREE_WRITES = {"create_keypair", "delete_keypair"}


def allowed_operations(document: dict[str, Any], profile: str) -> list[str]:
    """`readonly`: GET only; `keypairs`: and key pair create/delete; `full`: everything."""
    allowed = []
    for item in document["paths"].values():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            free = profile == "keypairs" and operation["operationId"] in FREE_WRITES
            if profile == "full" or method == "get" or free:
                allowed.append(str(operation["operationId"]))
    return sorted(allowed)


def with_fixed_tenant(document: dict[str, Any], tenant_id: str) -> dict[str, Any]:
    """The document with `{tenantId}` written into every path. Stateful runs need it: schemathesis takes
    a path parameter nobody produces for a reference to an unknown resource and would start no scenario
    from the create operations."""
    fixed = copy.deepcopy(document)
    tenant_ref = "#/components/parameters/TenantId"
    paths = {}
    for path, item in fixed["paths"].items():
        item["parameters"] = [p for p in item.get("parameters", []) if p.get("$ref") != tenant_ref]
        paths[path.replace("{tenantId}", tenant_id)] = item
    fixed["paths"] = paths
    return fixed


def hypothesis_phases(settings: ContractSettings) -> list[hypothesis.Phase]:
    """No shrinking unless asked: against a live endpoint it multiplies requests, and a failing waiter
    would be retried for minutes."""
    phases = [hypothesis.Phase.explicit, hypothesis.Phase.reuse, hypothesis.Phase.generate, hypothesis.Phase.target]
    return [*phases, hypothesis.Phase.shrink] if settings.shrink else phases


@dataclass(frozen=True)
class Description:
    """The bundle as data (`document`, `resolver`) and as the run's two schemas: `schema` (every allowed
    operation, positive and negative data) and `stateful` (paths with the tenant fixed, positive data)."""

    document: dict[str, Any]
    resolver: Spec
    operations: list[str]
    schema: Any
    stateful: Any

    @classmethod
    def load(cls, bundle: Path, settings: ContractSettings, credentials: Credentials) -> Description:
        document = yaml.safe_load(bundle.read_text(encoding="utf-8"))
        operations = allowed_operations(document, settings.profile)

        def schema_of(source: dict[str, Any], modes: list[GenerationMode]) -> Any:
            # The token and tenant every case carries are fixed before collection: schemathesis builds its
            # strategies when pytest collects the tests.
            schema = schemathesis.openapi.from_dict(source, config=schemathesis.Config.from_dict({}))
            schema.config.update(
                headers={"X-Auth-Token": credentials.token}, parameters={"tenantId": credentials.tenant_id}
            )
            schema.config.generation.update(
                modes=modes, max_examples=settings.max_examples, database="none", no_shrink=not settings.shrink
            )
            return schema.include(operation_id=operations)

        # Stateful steps take ids from earlier responses; a negative step whose invalid part a link replaced
        # is sent valid but still counted as negative, a false `negative_data_rejection`. Negative data is
        # the per-operation tests' job; scenarios use positive data only.
        return cls(
            document=document,
            resolver=Spec(document),
            operations=operations,
            schema=schema_of(document, [GenerationMode.POSITIVE, GenerationMode.NEGATIVE]),
            stateful=schema_of(with_fixed_tenant(document, credentials.tenant_id), [GenerationMode.POSITIVE]),
        )
