"""Server metadata handlers: `/servers/{id}/metadata` (GET, POST merge, PUT replace; `{"metadata":
{...}}`) and `/servers/{id}/metadata/{key}` (GET, PUT, DELETE; `{"meta": {key: value}}`)."""

from __future__ import annotations

from ..backend import metadata
from ..faults import bad_request
from ..http import MockRequest, Response, empty
from ..validation import check_metadata, invalid_input, require_object


def list_metadata(request: MockRequest) -> Response:
    return Response(200, {"metadata": metadata.get_metadata(request.project, request.args["server_id"])})


def _write_all(request: MockRequest, replace: bool) -> Response:
    body = request.http.json()
    pairs = check_metadata("metadata", require_object(body, "metadata"))
    result = metadata.update_metadata(request.backend, request.project, request.args["server_id"], pairs, replace)
    return Response(200, {"metadata": result})


def merge_metadata(request: MockRequest) -> Response:
    return _write_all(request, replace=False)


def replace_metadata(request: MockRequest) -> Response:
    return _write_all(request, replace=True)


def show_item(request: MockRequest) -> Response:
    key = request.args["key"]
    return Response(200, {"meta": {key: metadata.get_item(request.project, request.args["server_id"], key)}})


def set_item(request: MockRequest) -> Response:
    key = request.args["key"]
    meta = check_metadata("meta", require_object(request.http.json(), "meta"))
    if len(meta) != 1:
        raise invalid_input("meta", meta, "must hold exactly one key" if meta else "does not have enough properties")
    if key not in meta:
        raise bad_request("Request body and URI mismatch")
    metadata.update_metadata(request.backend, request.project, request.args["server_id"], meta, replace=False)
    return Response(200, {"meta": meta})


def delete_item(request: MockRequest) -> Response:
    metadata.delete_item(request.backend, request.project, request.args["server_id"], request.args["key"])
    return empty(204)
