"""os-keypairs handlers (microversion 2.0: create 200, delete 202, no `type`)."""

from __future__ import annotations

from ..backend import keypairs
from ..http import Heavy, MockRequest, Response, Work, empty
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


def _order(request: MockRequest) -> tuple[object, str | None]:
    """The name and the public key (None: generate a pair) of a create request."""
    body = require_object(request.http.json(), "keypair")
    public_key = body.get("public_key")
    if "public_key" in body and not isinstance(public_key, str):  # null too: the schema says string
        raise keypairs.invalid_keypair("failed to generate fingerprint")
    return body.get("name"), public_key


def _generation(request: MockRequest) -> Work | None:
    """Key generation (RSA 2048, tens of milliseconds) for the worker pool, once the request is valid."""
    name, public_key = _order(request)
    if public_key is not None:
        return None
    keypairs.check_new(request.project, name)
    return keypairs.generate


def _create(request: MockRequest) -> Response:
    name, public_key = _order(request)
    keypair, private_key = keypairs.create_keypair(request.backend, request.project, name, public_key,
                                                   request.prepared)
    return Response(200, {"keypair": keypair_created(keypair, private_key)})


create_keypair = Heavy(_generation, _create)
