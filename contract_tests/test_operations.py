"""Every operation, with schema-valid and schema-invalid data, through the response checks."""

from __future__ import annotations

from typing import Any

from contract_tests import session
from contract_tests.core.checking import RESPONSE_CHECKS, call_and_check

schema = session.current().description.schema


@schema.parametrize()  # type: ignore[untyped-decorator]
def test_operation(case: Any) -> None:
    call_and_check(session.current().started(), case, "schemathesis", RESPONSE_CHECKS)
