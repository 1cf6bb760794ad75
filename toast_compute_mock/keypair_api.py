"""os-keypairs handlers (microversion 2.0: create 200, delete 202, no `type`)."""

from __future__ import annotations

from . import keypairs
from .faults import conflict, forbidden, not_found
from .http import Call, Response, empty
from .keypairs import Keypair
from .validation import require_object


def list_keypairs(call: Call) -> Response:
    return Response(200, {"keypairs": [{"keypair": k.summary()} for k in call.tenant.keypairs.values()]})


def _keypair(call: Call) -> Keypair:
    name = call.args["keypair_name"]
    keypair = call.tenant.keypairs.get(name)
    if keypair is None:
        raise not_found(f"Keypair {name} not found for user {call.user_id}")
    return keypair


def show_keypair(call: Call) -> Response:
    return Response(200, {"keypair": _keypair(call).detail()})


def delete_keypair(call: Call) -> Response:
    del call.tenant.keypairs[_keypair(call).name]
    return empty(202)


def create_keypair(call: Call) -> Response:
    body = require_object(call.req.json(), "keypair")
    name = keypairs.check_name(body.get("name"))
    public_key = body.get("public_key")
    existing = call.tenant.keypairs
    if name in existing:
        raise conflict(f"Key pair '{name}' already exists.")
    if len(existing) >= call.state.config.keypair_quota:
        raise forbidden("Quota exceeded, too many key pairs.")
    private_key = None
    if public_key is None:
        private_key, public_key = keypairs.generate()
    elif not isinstance(public_key, str):
        raise keypairs.invalid_keypair("failed to generate fingerprint")
    keypair = Keypair(
        id=next(call.state.keypair_ids),
        name=name,
        public_key=public_key,
        fingerprint=keypairs.fingerprint(public_key),
        user_id=call.user_id,
        created_at=call.state.clock.now(),
    )
    existing[name] = keypair
    return Response(200, {"keypair": keypair.created_view(private_key)})
