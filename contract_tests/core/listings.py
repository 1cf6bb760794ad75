"""Finding the run's own resources in a service's listing by name (images at Nova's proxy, volumes at block
storage), reading whatever the endpoint answers."""

from __future__ import annotations

import re

import httpx


def named_in_listing(response: httpx.Response, key: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """(id, name) of the items of a listing (`{key: [...]}`) whose name `pattern` matches at its start; none
    from an answer that is not such a listing (cleanup reads what a drifted endpoint answers too)."""
    try:
        body = response.json()
    except ValueError:
        return []
    items = body.get(key) if isinstance(body, dict) else None
    return [(str(item.get("id")), str(item.get("name"))) for item in items or []
            if isinstance(item, dict) and isinstance(item.get("name"), str) and pattern.match(item["name"])]
