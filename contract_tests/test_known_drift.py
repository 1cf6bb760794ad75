"""Known drift is accepted until its expiry, not for ever: an entry past its date fails the run."""

from __future__ import annotations

from contract_tests.core.run import Run


def test_no_accepted_drift_has_expired(contract_run: Run) -> None:
    expired = contract_run.report.known.expired()
    assert not expired, "known drift past its expiry (fix the description or renew the entry):\n" + "\n".join(
        entry.line() for entry in expired)
