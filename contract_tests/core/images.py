"""Snapshot images the run made (`createImage`, named with the run prefix). Nova's compute API lists them
(`GET /images`) but cannot delete them; the image service can (Glance v2, at the URL the identity catalog's
`image` entry or TOAST_COMPUTE_IMAGE_URL gives). A snapshot is billed storage: the run's final cleanup deletes
its own, `nox -s sweep` finds what a killed run left, and where no image service is known they are reported
as left on the tenant."""

from __future__ import annotations

import re

import httpx

from contract_tests.core.listings import named_in_listing


def named_images(http: httpx.Client, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """(id, name) of the images Nova lists whose name `pattern` matches at its start."""
    return named_in_listing(http.get("/images", params={"limit": 1000}), "images", pattern)


def delete_images(http: httpx.Client, image_url: str | None, images: list[tuple[str, str]]) -> list[str]:
    """Delete `images` at the image service; what could not be deleted, and why."""
    if image_url is None:
        return [f"snapshot image {name} ({ident}): no image service to delete it (the identity catalog's `image` "
                f"or TOAST_COMPUTE_IMAGE_URL)" for ident, name in images]
    problems = []
    for ident, name in images:
        status = http.delete(f"{image_url}/v2/images/{ident}").status_code
        if status not in (204, 404):
            problems.append(f"snapshot image {name} ({ident}): delete answered {status}")
    return problems
