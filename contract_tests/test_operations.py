"""Every operation, with schema-valid and schema-invalid data, through the response checks."""

from __future__ import annotations

from contract_tests import suite

schema = suite.SCHEMA


@schema.parametrize()
def test_operation(case):
    suite.call_and_check(case, "schemathesis", suite.RESPONSE_CHECKS)
