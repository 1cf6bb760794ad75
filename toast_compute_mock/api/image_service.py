"""The image service (TOAST's `image`, Glance v2 compatible, under `/image`): list, show and delete the
tenant's images, which are the ones Nova's compute image proxy shows (`backend/images.py`): the public
images and the tenant's snapshots. Errors are Glance's (webob's): an HTML page, or with `Accept:
application/json` preferred, `{"message", "code", "title"}`; not Nova's fault envelope."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from html import escape
from typing import Any
from urllib.parse import urlencode

from ..backend import images
from ..backend.images import ImageRecord
from ..backend.project import Project
from ..faults import NovaFault, bad_request
from ..http import MockRequest, Response, empty
from ..validation import parse_int
from .views import iso_z

PREFIX = "image"  # the mount point of the service on the mock (the catalog's image URL)
DEFAULT_LIMIT = 100  # the vendor: "Default is 100, up to max 1000" (Glance's limit_param_default is 25)
MAX_LIMIT = 1000  # Glance's api_limit_max: a larger limit is cut to it
# Who owns the public images: the owner of the vendor's example public image.
PUBLIC_OWNER = "c289b99209ca4e189095cdecebbd092d"
# Nova's image status -> Glance's. A snapshot is `queued` (its record made, no data yet) for as long as its
# server's task is `image_snapshot`, the mock's one createImage task; Glance's `saving` (data uploading)
# would also be SAVING in Nova.
GLANCE_STATUS = {"ACTIVE": "active", "SAVING": "queued"}
VISIBILITIES = ("public", "private", "shared", "community", "all")
TITLES = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
          409: "Conflict", 413: "Request Entity Too Large", 415: "Unsupported Media Type", 429: "Too Many Requests",
          500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


def service_url(base: str) -> str:
    return f"{base}/{PREFIX}"


# -- errors ----------------------------------------------------------------------------------------
def _quality(accept: str, offer: str) -> float:
    """The q the Accept header gives `offer`: that of its most specific matching range (0 if none)."""
    kind = offer.split("/", 1)[0]
    best, quality = -1, 0.0
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        media = media.lower()
        rank = 3 if media == offer else 2 if media == f"{kind}/*" else 1 if media == "*/*" else -1
        if rank <= best:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        best, quality = rank, q
    return quality


def glance_error(request: MockRequest, fault: NovaFault) -> Response:
    """webob's rendering of Glance's `HTTPError(explanation=...)`, by the Accept header: text/html unless
    application/json is preferred (no header, or `*/*`: HTML), text/plain when neither is acceptable."""
    status = f"{fault.code} {TITLES.get(fault.code, 'Error')}"
    title = TITLES.get(fault.code, "Error")
    accept = request.http.headers.get("accept", "").strip()
    html_q, json_q = (1.0, 0.0) if not accept else (_quality(accept, "text/html"), _quality(accept, "application/json"))
    body = f"{fault.message}<br /><br />\n\n\n"  # webob's body template: explanation, detail, comment
    if json_q > html_q:
        return Response(fault.code, {"message": body, "code": status, "title": title}, dict(fault.headers))
    if html_q > 0:
        page = (f"<html>\n <head>\n  <title>{status}</title>\n </head>\n <body>\n  <h1>{status}</h1>\n  "
                f"{escape(fault.message, quote=True)}<br /><br />\n\n\n\n </body>\n</html>")
        content_type = "text/html; charset=UTF-8"
    else:
        page = f"{status}\n\n{fault.message}\n\n\n"
        content_type = "text/plain; charset=UTF-8"
    return Response(fault.code, None, {**fault.headers, "Content-Type": content_type}, raw=page.encode())


def _glance(handler: Callable[[MockRequest], Response]) -> Callable[[MockRequest], Response]:
    """The handler with its faults rendered as Glance renders them."""

    @wraps(handler)
    def handle(request: MockRequest) -> Response:
        try:
            return handler(request)
        except NovaFault as fault:
            return glance_error(request, fault)

    return handle


# -- the image -------------------------------------------------------------------------------------
def _public(record: ImageRecord) -> bool:
    return record.server_id is None


def _owner(project: Project, record: ImageRecord) -> str:
    return PUBLIC_OWNER if _public(record) else project.tenant_id


def _view(project: Project, record: ImageRecord) -> dict[str, Any]:
    """Glance v2's image: its properties at the top level (Nova's `metadata` of the same image), then the
    base properties, `null` where the image has no data yet."""
    image = record.image
    status = GLANCE_STATUS[record.status]
    has_data = status == "active"
    digest = hashlib.md5(image.id.encode(), usedforsecurity=False)
    created = iso_z(record.created)
    return {
        **image.properties,
        "id": image.id,
        "name": image.name,
        "status": status,
        "visibility": "public" if _public(record) else "private",  # Nova makes its snapshots private
        "owner": _owner(project, record),
        "protected": _public(record),  # the vendor's public images are protected
        "container_format": "bare",
        "disk_format": "qcow2",
        "min_disk": image.min_disk,
        "min_ram": 0,
        "size": (int(digest.hexdigest()[:4], 16) % 2048 + 512) * 2**20 if has_data else None,  # 0.5-2.5 GiB
        "virtual_size": None,
        "checksum": digest.hexdigest() if has_data else None,
        "os_hash_algo": "sha512" if has_data else None,
        "os_hash_value": hashlib.sha512(image.id.encode()).hexdigest() if has_data else None,
        "os_hidden": False,
        "tags": [],
        "created_at": created,
        "updated_at": created,
        "self": f"/v2/images/{image.id}",
        "file": f"/v2/images/{image.id}/file",
        "schema": "/v2/schemas/image",
    }


def _visible(visibility: str | None, record: ImageRecord) -> bool:
    """Glance's visibility filter for a tenant that shares nothing: no filter lists public and own images."""
    if visibility in (None, "all"):
        return True
    return visibility == ("public" if _public(record) else "private")


# -- handlers --------------------------------------------------------------------------------------
@_glance
def list_images(request: MockRequest) -> Response:
    """Newest first (Glance's default sort, `created_at` then `id`, descending), filtered by exact name,
    owner, visibility and status, after `marker`, at most `limit`; `next` when the page is full."""
    http, project = request.http, request.project
    limit_raw, marker = http.param("limit"), http.param("marker")
    limit = min(DEFAULT_LIMIT if limit_raw is None else parse_int("limit", limit_raw), MAX_LIMIT)
    name, owner, visibility, status = (http.param(p) for p in ("name", "owner", "visibility", "status"))
    if visibility is not None and visibility not in VISIBILITIES:
        raise bad_request(f"Invalid visibility value: {visibility}")
    ordered = sorted(images.records(project), key=lambda r: (r.created, r.image.id), reverse=True)
    if marker is not None:
        at = next((r for r in ordered if r.image.id == marker), None)
        if at is None:
            raise bad_request(f"No image found with ID {marker}")
        ordered = ordered[ordered.index(at) + 1:]
    found = [r for r in ordered
             if (name is None or r.image.name == name) and (owner is None or _owner(project, r) == owner)
             and _visible(visibility, r) and (status is None or GLANCE_STATUS[r.status] == status)]
    page = found[:limit]
    params = {k: values[-1] for k, values in http.query.items() if k != "marker"}
    query = urlencode(params)
    body: dict[str, Any] = {"images": [_view(project, r) for r in page],
                            "first": f"/v2/images?{query}" if query else "/v2/images", "schema": "/v2/schemas/images"}
    if page and len(page) == limit:
        body["next"] = f"/v2/images?{urlencode({**params, 'marker': page[-1].image.id})}"
    return Response(200, body)


@_glance
def show_image(request: MockRequest) -> Response:
    image_id = request.args["image_id"]
    record = next((r for r in images.records(request.project) if r.image.id == image_id), None)
    if record is None:
        raise NovaFault(404, f"No image found with ID {image_id}")
    return Response(200, _view(request.project, record))


@_glance
def delete_image(request: MockRequest) -> Response:
    images.delete_image(request.project, request.args["image_id"])
    return empty(204)
