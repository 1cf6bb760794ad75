"""Making generated requests meaningful where the spec cannot say what is valid.

A schema says a `flavorRef` is a non-empty string; the service also needs it to name an existing flavor.
Without help, schema-valid requests would mostly be refused for references to nothing, and
`positive_data_acceptance` would report the service, not the spec. These hooks touch positive cases
only (negative ones must stay invalid): they point references at existing resources, keep counts and
pairs consistent, and keep names inside this run's prefix. Safety for real endpoints is in `guard`.
"""

from __future__ import annotations

import copy
import random
import re
import uuid
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from schemathesis import GenerationMode

from contract_tests.safety import Registry
from contract_tests.target import Target
from toast_compute_mock.validation import is_printable


def _public_key() -> str:
    """A real OpenSSH public key for imports (the schema only says "a string")."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.public_key().public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH).decode() + " contract-test"


PUBLIC_KEY = _public_key()


def operation_id(case: Any) -> str:
    return case.operation.definition.raw["operationId"]


def is_positive(case: Any) -> bool:
    meta = case.meta
    return meta is None or meta.generation.mode == GenerationMode.POSITIVE


def printable(text: str) -> str:
    """Keep what Nova calls printable (the mock's `is_printable`), which a schema pattern cannot say."""
    kept = "".join(c for c in text if is_printable(c))
    return kept if kept.strip() else "x" + kept


def resize_candidates(flavors: list[dict], current_id: str) -> list[str]:
    """Flavors a server of flavor `current_id` can be resized to: another flavor with the same kind of
    root disk (local or volume), not smaller (the service refuses the others with 400)."""
    current = next(f for f in flavors if f["id"] == current_id)
    return [
        f["id"] for f in flavors
        if f["id"] != current_id and (f["disk"] == 0) == (current["disk"] == 0) and f["disk"] >= current["disk"]
    ]


class Meaningful:
    """Applied to each positive case just before it is sent (explicit examples are built before the
    endpoint is known, so a generation hook would be too early)."""

    def __init__(self, target: Target, registry: Registry) -> None:
        self.target = target
        self.registry = registry
        self.known = target.known
        self.random = random.Random()  # our own: Hypothesis reseeds the global one for every example

    def apply(self, case: Any, follow_links: bool = False) -> None:
        """`follow_links`: a stateful step, whose ids come from the previous response; keep them."""
        if not is_positive(case):
            return
        if not follow_links:
            self._use_existing_resources(case)
        fix = getattr(self, f"fix_{operation_id(case)}", None)
        if fix is not None:
            case.body = copy.deepcopy(case.body)
            fix(case)

    def _use_existing_resources(self, case: Any) -> None:
        """Mostly address resources this run created, so that success answers get checked too (a random
        id only ever meets 404)."""
        params = dict(case.path_parameters or {})
        pools = {"serverId": self.registry.servers, "keypairName": self.registry.keypairs}
        for name, pool in pools.items():
            if name in params and pool and self.random.random() < 0.7:
                params[name] = self.random.choice(sorted(pool))
        case.path_parameters = params

    # Lists: a marker must name an item of the list (the service answers 400 otherwise).
    def _known_marker(self, case: Any, ids: list[str]) -> None:
        if case.query and "marker" in case.query and case.query["marker"] not in ids:
            case.query = {k: v for k, v in case.query.items() if k != "marker"}

    def fix_list_flavors(self, case: Any) -> None:
        self._known_marker(case, self.known.flavor_ids)

    fix_list_flavors_detail = fix_list_flavors

    def fix_list_servers(self, case: Any) -> None:
        self._known_marker(case, sorted(self.registry.servers))
        if case.query and "name" in case.query:  # a regular expression; match the text literally
            case.query = {**case.query, "name": re.escape(str(case.query["name"]))}

    fix_list_servers_detail = fix_list_servers

    def fix_create_keypair(self, case: Any) -> None:
        keypair = case.body["keypair"]
        keypair["name"] = self.registry.prefix + printable(keypair["name"])[: 255 - len(self.registry.prefix)]
        if "public_key" in keypair:
            keypair["public_key"] = PUBLIC_KEY

    def fix_create_server(self, case: Any) -> None:
        server = case.body["server"]
        server["name"] = (self.registry.prefix + printable(server["name"]))[:255]
        server["flavorRef"] = self.known.boot_flavor_id
        server["imageRef"] = self.known.image_id
        server["networks"] = [{"uuid": self.known.network_id}]
        server.pop("block_device_mapping_v2", None)  # the boot flavor has a local root disk
        server.pop("key_name", None)  # key pairs are exercised on their own
        server.pop("personality", None)
        server["min_count"] = server["max_count"] = 1
        if "availability_zone" in server:
            server["availability_zone"] = self.random.choice(self.known.availability_zones)
        if "security_groups" in server:
            server["security_groups"] = [{"name": name} for name in self.known.security_groups[:1]]
        case.body.pop("os:scheduler_hints", None)

    def fix_update_server(self, case: Any) -> None:
        if "name" in case.body["server"]:
            case.body["server"]["name"] = printable(case.body["server"]["name"])

    def fix_server_action(self, case: Any) -> None:
        body = case.body
        server = self._server(case.path_parameters.get("serverId", ""))
        if "createImage" in body:
            body["createImage"]["name"] = printable(body["createImage"]["name"])
        if "resize" in body:
            target = self._resize_target(server)
            if target is None:  # nowhere to go (the largest flavor of its kind): no resize can succeed
                case.body = {"reboot": {"type": "HARD"}}
            else:
                body["resize"]["flavorRef"] = target
        if "addSecurityGroup" in body:
            body["addSecurityGroup"]["name"] = self.random.choice(self.known.security_groups)
        if "removeSecurityGroup" in body:
            # Removing a group the server does not have is refused (400): remove one it has; a server
            # without groups gets one added instead.
            groups = [g["name"] for g in (server or {}).get("security_groups", [])]
            if server is not None and not groups:
                case.body = {"addSecurityGroup": {"name": self.random.choice(self.known.security_groups)}}
            else:
                body["removeSecurityGroup"]["name"] = self.random.choice(groups or self.known.security_groups)

    def _server(self, server_id: str) -> dict | None:
        with self.target.http() as http:
            response = http.get(f"/servers/{server_id}")
        return response.json()["server"] if response.status_code == 200 else None

    def _resize_target(self, server: dict | None) -> str | None:
        """A flavor the server can move to; any flavor for a server that does not exist (404 either way);
        None when there is none."""
        current_id = (server or {}).get("flavor", {}).get("id")
        if not any(f["id"] == current_id for f in self.known.flavors):
            return self.random.choice(self.known.flavor_ids)
        candidates = resize_candidates(self.known.flavors, current_id)
        return self.random.choice(candidates) if candidates else None

    def fix_attach_volume(self, case: Any) -> None:
        # A volume that is attached already is refused (400 "Invalid volume"); attach a fresh one.
        case.body["volumeAttachment"]["volumeId"] = str(uuid.uuid4())

    def fix_attach_volume_by_path(self, case: Any) -> None:
        volume_id = str(uuid.uuid4())
        case.path_parameters = {**case.path_parameters, "volumeId": volume_id}
        case.body["volumeAttachment"]["volumeId"] = volume_id  # the document repeats it in the body


class Guard:
    """Before every call: keep the rate, and on a real endpoint never touch what this run did not create."""

    MUTATING = {"delete_keypair", "update_server", "delete_server", "server_action", "attach_volume",
                "attach_volume_by_path", "detach_volume"}

    def __init__(self, target: Target, registry: Registry, limiter: Any) -> None:
        self.target = target
        self.registry = registry
        self.limiter = limiter

    def __call__(self, case: Any) -> None:
        self.limiter.wait()
        params = case.path_parameters or {}
        if "tenantId" in params:
            params["tenantId"] = self.target.tenant_id  # stateful steps do not honour the pinned value
        if self.target.is_mock or operation_id(case) not in self.MUTATING:
            return
        if "keypairName" in params and not self.registry.owns_keypair(str(params["keypairName"])):
            # A key pair of ours for a valid case (a stateful step may have drawn a random name instead of
            # the linked one); for an invalid one, a name that cannot exist.
            owned = sorted(self.registry.keypairs) if is_positive(case) else []
            params["keypairName"] = owned[-1] if owned else self.registry.prefix + "not-ours"
        if "serverId" in params:
            params["serverId"] = self.registry.owned_server_or_nonexistent(str(params["serverId"]))
