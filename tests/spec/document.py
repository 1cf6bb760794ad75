"""Parse the API document (Korean Markdown): its operations, their tables and their JSON examples."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from tests.paths import API_DOCUMENT

REQUEST_LINE = re.compile(r"^(GET|POST|PUT|DELETE) (/\S*)$", re.M)
TABLE_ROW = re.compile(r"^\|(.+)\|\s*$")
# The one section whose request line the document omits (errata E17).
MISSING_REQUEST_LINES = {"인스턴스 목록 상세 보기": ("GET", "/v2/{tenantId}/servers/detail")}


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
        if cells[0] in ("이름", "상태 명") or set(cells[0]) <= set("-"):
            continue
        description = cells[-1]
        rows.append(Row(name=cells[0], kind=cells[1].capitalize(), format=cells[2], description=description))
    return rows


def _split(section: str) -> tuple[str, str]:
    """Split an operation section into its request part and its response part."""
    parts = re.split(r"^#### 응답\s*$", section, maxsplit=1, flags=re.M)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _examples(text: str) -> list[object]:
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, re.S)]


def _tables(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip().startswith("|"))


def documented_operations() -> list[DocumentedOperation]:
    text = API_DOCUMENT.read_text(encoding="utf-8")
    operations = []
    for section in re.split(r"^### ", text, flags=re.M)[1:]:
        title, _, body = section.partition("\n")
        title = title.strip()
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
