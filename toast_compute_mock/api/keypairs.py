"""os-keypairs handlers (microversion 2.0: create 200, delete 202, no `type`)."""

from __future__ import annotations

from ..backend import keypairs
from ..http import MockRequest, Response, empty
from ..validation import require_object
from .views import keypair_created, keypair_detail, keypair_summary


def list_keypairs(request: MockRequest) -> Response:
    return Response(200, {"keypairs": [{"keypair": keypair_summary(k)} for k in request.project.keypairs.values()]})


def show_keypair(request: MockRequest) -> Response:
    return Response(200, {"keypair": keypair_detail(keypairs.get_keypair(request.project,
                                                                          request.args["keypair_name"]))})


def delete_keypair(request: MockRequest) -> Response:
    keypairs.delete_keypair(request.project, request.args["keypair_name"])
    return empty(202)


def create_keypair(request: MockRequest) -> Response:
    body = require_object(request.http.json(), "keypair")
    public_key = body.get("public_key")
    if "public_key" in body and not isinstance(public_key, str):  # null too: the schema says string
        raise keypairs.invalid_keypair("failed to generate fingerprint")
    keypair, private_key = keypairs.create_keypair(request.backend, request.project, body.get("name"), public_key)
    return Response(200, {"keypair": keypair_created(keypair, private_key)})
