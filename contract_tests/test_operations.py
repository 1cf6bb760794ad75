"""Every operation, with schema-valid and schema-invalid data, through the response checks."""

from __future__ import annotations

from typing import Any

from contract_tests import session
from contract_tests.core.checking import RESPONSE_CHECKS, judge_or_reject

schema = session.current().description.schema
SERVER_POOL = 2  # servers of the run kept for the next cases to address; older ones are deleted at once


@schema.parametrize()  # type: ignore[untyped-decorator]
def test_operation(case: Any) -> None:
    run = session.current().started()
    try:
        judge_or_reject(run, case, "schemathesis", RESPONSE_CHECKS)
    finally:
        run.keep_servers(pool=SERVER_POOL)
