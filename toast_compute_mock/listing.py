"""Nova's pagination: `limit` (default 100 as NHN Cloud documents, capped at max_limit),
`marker` (start after it; unknown -> 400), and a `next` link only when the page is full."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar
from urllib.parse import urlencode

from .faults import bad_request
from .http import Call
from .validation import parse_int

T = TypeVar("T")


def page_size(call: Call) -> int:
    raw = call.req.param("limit")
    config = call.state.config
    if raw is None:
        return config.default_limit
    return min(parse_int("limit", raw), config.max_limit)


def marker_not_found(marker: str):
    return bad_request(f"marker [{marker}] not found")


def take(items: Iterable[T], limit: int) -> list[T]:
    return list(islice(items, limit))


def next_links(call: Call, path: str, last_id: str | None, count: int, limit: int) -> list[dict[str, str]] | None:
    """`[{"rel": "next", "href": ...}]` when the page is full, keeping the other query parameters."""
    if not count or count != limit:
        return None
    params = [(k, v) for k, values in call.req.query.items() if k != "marker" for v in values]
    params.append(("marker", last_id))
    return [{"rel": "next", "href": f"{call.base}/v2/{call.tenant_id}/{path}?{urlencode(params)}"}]


def paged(call: Call, key: str, path: str, items: Iterator[tuple[str, Any]], limit: int) -> dict:
    """A page of (id, view) pairs as Nova's `{key: [...], key_links: [...]}`."""
    page = take(items, limit)
    body: dict = {key: [view for _, view in page]}
    links = next_links(call, path, page[-1][0] if page else None, len(page), limit)
    if links:
        body[f"{key}_links"] = links
    return body
