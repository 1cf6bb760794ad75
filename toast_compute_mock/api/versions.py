"""Nova's version documents: `GET /` lists the versions, `GET /v2/` describes the legacy v2.0 API.

Only v2.0 is served here (the TOAST endpoint is `/v2/{tenantId}`); it is reported as Nova did
before 2025 ("SUPPORTED", no microversions: `version` and `min_version` empty)."""

from __future__ import annotations

from typing import Any

from ..http import MockRequest, Response


def _v2(base: str) -> dict[str, Any]:
    return {
        "id": "v2.0",
        "status": "SUPPORTED",
        "version": "",
        "min_version": "",
        "updated": "2011-01-21T11:33:21Z",
        "links": [{"href": f"{base}/v2/", "rel": "self"}],
    }


def root(request: MockRequest) -> Response:
    return Response(200, {"versions": [_v2(request.base)]})


def v2(request: MockRequest) -> Response:
    version = _v2(request.base)
    version["links"].append({"href": "http://docs.openstack.org/", "rel": "describedby", "type": "text/html"})
    version["media-types"] = [
        {"base": "application/json", "type": "application/vnd.openstack.compute+json;version=2"}
    ]
    return Response(200, {"version": version})
