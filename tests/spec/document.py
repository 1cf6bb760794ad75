"""Parse the vendor's API documents (Korean Markdown): their operations, tables and JSON examples.

Two documents are parsed the same way: the 2020 draft the project started from (`API_DOCUMENT`) and the vendor's
guide as published today (`CURRENT_API_DOCUMENT`, TOAST-DOCS/Compute-Instance `ko/public-api.md`, 2026-05). The
Korean text is the one parsed: it is the vendor's original (the English is a translation made later), and its
table headers (`이름`, `상태명`) and response heading (`#### 응답`) are the same in both years.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.paths import API_DOCUMENT, CURRENT_API_DOCUMENT

REQUEST_LINE = re.compile(r"^(GET|POST|PUT|DELETE) (/\S*)$", re.M)
TABLE_ROW = re.compile(r"^\|(.+)\|\s*$")
# The one section whose request line the document omits (errata E17).
MISSING_REQUEST_LINES = {"인스턴스 목록 상세 보기": ("GET", "/v2/{tenantId}/servers/detail")}
HEADER_CELLS = ("이름", "상태 명", "상태명")
# A level-2 heading ends the operation before it (its prose tables, e.g. the console's metadata keys, are not rows).
SECTION_END = re.compile(r"^## ", re.M)


@dataclass
class Row:
    name: str
    kind: str  # URL, Header, Query, Body
    format: str
    description: str


@dataclass
class DocumentedOperation:
    title: str
    method: str
    path: str
    request: list[Row] = field(default_factory=list)
    response: list[Row] = field(default_factory=list)
    request_examples: list[object] = field(default_factory=list)
    response_examples: list[object] = field(default_factory=list)


def _rows(table: str) -> list[Row]:
    rows = []
    for line in table.splitlines():
        match = TABLE_ROW.match(line.strip())
        if not match:
            continue
        cells = [cell.strip() for cell in match.group(1).split("|")]
        if cells[0] in HEADER_CELLS or set(cells[0]) <= set("-"):
            continue
        description = cells[-1]
        rows.append(Row(name=cells[0], kind=cells[1].capitalize(), format=cells[2], description=description))
    return rows


def current_operations() -> list[DocumentedOperation]:
    """The operations of the vendor's document as published today (2026-05)."""
    return documented_operations(CURRENT_API_DOCUMENT)


def _split(section: str) -> tuple[str, str]:
    """Split an operation section into its request part and its response part."""
    parts = re.split(r"^#### 응답\s*$", section, maxsplit=1, flags=re.M)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _examples(text: str) -> list[object]:
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, re.S)]


def _tables(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip().startswith("|"))


def documented_operations(document: Path = API_DOCUMENT) -> list[DocumentedOperation]:
    text = document.read_text(encoding="utf-8")
    operations = []
    for section in re.split(r"^### ", text, flags=re.M)[1:]:
        title, _, body = section.partition("\n")
        title = title.strip()
        body = SECTION_END.split(body, maxsplit=1)[0]
        match = REQUEST_LINE.search(body)
        if match:
            method, path = match.groups()
        elif title in MISSING_REQUEST_LINES:
            method, path = MISSING_REQUEST_LINES[title]
        else:
            continue  # a prose section such as the status table
        request, response = _split(body)
        operations.append(
            DocumentedOperation(
                title=title,
                method=method,
                path=path,
                request=_rows(_tables(request)),
                response=_rows(_tables(response)),
                request_examples=_examples(request),
                response_examples=_examples(response),
            )
        )
    return operations
