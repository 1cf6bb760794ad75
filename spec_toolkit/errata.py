"""The errata as one model, for every page that shows them (ERRATA.md, the site's errata page) and the tests.

`openapi/errata.yaml` holds each entry's text. Which operations an entry concerns is stored once, in the
operations' `x-errata` in openapi/src, and read here from the description; an entry no operation cites
concerns every operation (hosts, authentication, error bodies).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spec_toolkit.paths import ERRATA
from spec_toolkit.spec import Spec, load_yaml

# (key in errata.yaml, label) in the order every rendering shows them; `source` is optional.
FIELDS = (
    ("document_says", "The document says (문서)"),
    ("service_does", "The service does (실제 서비스)"),
    ("spec_says", "The description says (OpenAPI)"),
    ("why", "Why (이유)"),
    ("source", "Source (출처)"),
)
REQUIRED = ("document_says", "service_does", "spec_says", "why")


@dataclass(frozen=True)
class Entry:
    id: str
    title: str  # inline Markdown
    fields: tuple[tuple[str, str], ...]  # (label, Markdown text on one line), FIELDS order, present ones only
    operations: tuple[str, ...]  # operationIds whose `x-errata` cite this entry, in document order


@dataclass(frozen=True)
class Errata:
    introduction: str  # Markdown
    entries: tuple[Entry, ...]

    def by_id(self) -> dict[str, Entry]:
        return {entry.id: entry for entry in self.entries}


def citations(spec: Spec) -> dict[str, list[str]]:
    """errata id -> the operationIds whose `x-errata` cite it (ids without an entry included)."""
    cited: dict[str, list[str]] = {}
    for operation in spec.operations():
        for entry_id in operation.spec.get("x-errata") or []:
            cited.setdefault(entry_id, []).append(operation.operation_id)
    return cited


def load_errata(spec: Spec, path: Path = ERRATA) -> Errata:
    data = load_yaml(path)
    cited = citations(spec)
    entries = tuple(
        Entry(
            id=raw["id"],
            title=str(raw.get("title", "")),
            fields=tuple((label, " ".join(str(raw[key]).split())) for key, label in FIELDS if raw.get(key)),
            operations=tuple(cited.get(raw["id"], ())),
        )
        for raw in data.get("entries") or []
    )
    return Errata(introduction=str(data.get("introduction", "")).strip(), entries=entries)
