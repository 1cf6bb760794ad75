"""Nova's pagination: `limit` (default 100 as NHN Cloud documents, capped at max_limit), and a
`next` link only when the page is full (the marker itself is checked where the items live)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any
from urllib.parse import urlencode

from ..http import MockRequest
from ..validation import parse_int


def page_size(request: MockRequest) -> int:
    raw = request.http.param("limit")
    config = request.backend.config
    if raw is None:
        return config.default_limit
    return min(parse_int("limit", raw), config.max_limit)


def next_links(request: MockRequest, path: str, last_id: str | None, count: int,
               limit: int) -> list[dict[str, str]] | None:
    """`[{"rel": "next", "href": ...}]` when the page is full, keeping the other query parameters."""
    if not count or count != limit:
        return None
    params = [(k, v) for k, values in request.http.query.items() if k != "marker" for v in values]
    params.append(("marker", last_id or ""))
    return [{"rel": "next", "href": f"{request.base}/v2/{request.project.tenant_id}/{path}?{urlencode(params)}"}]


def paged(request: MockRequest, key: str, path: str, items: Iterator[tuple[str, Any]], limit: int) -> dict[str, Any]:
    """A page of (id, view) pairs as Nova's `{key: [...], key_links: [...]}`."""
    page = list(islice(items, limit))
    body: dict[str, Any] = {key: [view for _, view in page]}
    links = next_links(request, path, page[-1][0] if page else None, len(page), limit)
    if links:
        body[f"{key}_links"] = links
    return body
