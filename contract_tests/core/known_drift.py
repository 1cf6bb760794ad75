"""Known drift: a disagreement the team accepts until the description is fixed, with an owner and an expiry.

`known-drift.yaml` (or TOAST_COMPUTE_KNOWN_DRIFT) lists entries:

    known_drift:
      - operation: get_server                 # an operationId, or a property's name
        check: response_schema_conformance    # the check (`property` for a property; `*`: any check)
        matches: "OS-EXT-AZ:availability_zone"  # text the failure must contain ("" or absent: any)
        owner: "@compute-team"
        reason: the vendor dropped the field on 2026-11-30; description fix in #123
        link: https://github.com/example/toast-compute-toolkit/issues/123
        expires: 2027-01-15

A failure that an entry matches is reported as a "known drift" line, not as drift. An entry past its expiry
fails the run (the drift is no longer accepted); an entry that matched nothing in a run is reported as stale.
"""

from __future__ import annotations

import datetime
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

FIELDS = ("operation", "check", "matches", "owner", "reason", "link", "expires")
REQUIRED = ("operation", "check", "owner", "reason", "expires")


class KnownDriftError(ValueError):
    """The known-drift file is not what this module reads."""


@dataclass(frozen=True)
class KnownDrift:
    operation: str
    check: str
    owner: str
    reason: str
    expires: datetime.date
    matches: str = ""
    link: str = ""

    def covers(self, operation: str, check: str, text: str) -> bool:
        return operation == self.operation and self.check in (check, "*") and self.matches in text

    def line(self) -> str:
        where = f" ({self.link})" if self.link else ""
        return f"{self.operation} {self.check}: {self.reason}; owner {self.owner}, expires {self.expires}{where}"


def parse(document: Any, source: str = "known-drift.yaml") -> list[KnownDrift]:
    entries = document.get("known_drift") if isinstance(document, dict) else None
    if document is None or entries is None:
        return []
    if not isinstance(entries, list):
        raise KnownDriftError(f"{source}: `known_drift` must be a list of entries")
    known = []
    for index, entry in enumerate(entries):
        where = f"{source}: entry {index + 1}"
        if not isinstance(entry, dict):
            raise KnownDriftError(f"{where} is not a mapping")
        unknown = set(entry) - set(FIELDS)
        missing = [name for name in REQUIRED if not entry.get(name)]
        if unknown or missing:
            raise KnownDriftError(f"{where}: unknown fields {sorted(unknown)}, missing {missing}")
        expires = entry["expires"]
        if isinstance(expires, str):
            try:
                expires = datetime.date.fromisoformat(expires)
            except ValueError:
                raise KnownDriftError(f"{where}: expires must be a date (YYYY-MM-DD), not {expires!r}") from None
        if not isinstance(expires, datetime.date):
            raise KnownDriftError(f"{where}: expires must be a date (YYYY-MM-DD)")
        known.append(KnownDrift(
            operation=str(entry["operation"]), check=str(entry["check"]), owner=str(entry["owner"]),
            reason=str(entry["reason"]), expires=expires, matches=str(entry.get("matches") or ""),
            link=str(entry.get("link") or ""),
        ))
    return known


def load(path: Path | None) -> list[KnownDrift]:
    if path is None:
        return []
    return parse(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))


@dataclass
class KnownDrifts:
    """The entries of one run, and which of them matched."""

    entries: list[KnownDrift] = field(default_factory=list)
    today: datetime.date = field(default_factory=datetime.date.today)
    matched: Counter[KnownDrift] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def match(self, operation: str, check: str, text: str) -> KnownDrift | None:
        """The current entry that accepts this failure, counted as matched; None: it is drift."""
        for entry in self.entries:
            if entry.expires >= self.today and entry.covers(operation, check, text):
                with self._lock:
                    self.matched[entry] += 1
                return entry
        return None

    def expired(self) -> list[KnownDrift]:
        return [entry for entry in self.entries if entry.expires < self.today]

    def stale(self) -> list[KnownDrift]:
        """Current entries that matched nothing in this run."""
        return [entry for entry in self.entries if entry.expires >= self.today and not self.matched[entry]]
