"""Nova's `links`: a `self` link under /v2/{tenant} and a `bookmark` link without the version."""

from __future__ import annotations


def self_url(base: str, tenant_id: str, collection: str, item_id: str) -> str:
    return f"{base}/v2/{tenant_id}/{collection}/{item_id}"


def bookmark_url(base: str, tenant_id: str, collection: str, item_id: str) -> str:
    return f"{base}/{tenant_id}/{collection}/{item_id}"


def links(base: str, tenant_id: str, collection: str, item_id: str) -> list[dict[str, str]]:
    return [
        {"href": self_url(base, tenant_id, collection, item_id), "rel": "self"},
        {"href": bookmark_url(base, tenant_id, collection, item_id), "rel": "bookmark"},
    ]


def bookmark(base: str, tenant_id: str, collection: str, item_id: str) -> list[dict[str, str]]:
    return [{"href": bookmark_url(base, tenant_id, collection, item_id), "rel": "bookmark"}]
