"""Making generated requests meaningful where the spec cannot say what is valid.

A schema says a `flavorRef` is a non-empty string; the service also needs it to name an existing flavor.
Without help, schema-valid requests would mostly be refused for references to nothing, and
`positive_data_acceptance` would report the service, not the spec. These hooks touch positive cases
only (negative ones must stay invalid): they point references at existing resources, keep counts and
pairs consistent, address the tenant's existing resources in reads, and keep names inside this run's
prefix. Safety on endpoints the suite does not own is in `safety.Guard`.
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

from contract_tests.core.endpoint import Target
from contract_tests.core.nova_rules import printable_name, resize_candidates
from contract_tests.core.safety import FLOATING_IP_ACTIONS, MUTATING, NOT_AN_ADDRESS_OF_OURS, Registry
from contract_tests.core.volumes import available_volume


def _public_key() -> str:
    """A real OpenSSH public key for imports (the schema only says "a string")."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.public_key().public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH).decode() + " contract-test"


PUBLIC_KEY = _public_key()


def operation_id(case: Any) -> str:
    return str(case.operation.definition.raw["operationId"])


def is_positive(case: Any) -> bool:
    meta = case.meta
    return meta is None or meta.generation.mode == GenerationMode.POSITIVE


class AcceptablePositiveCases:
    """Turns schema-valid cases into ones the service can accept. Applied to each positive case just
    before it is sent (explicit examples are built before the
    endpoint is known, so a generation hook would be too early)."""

    def __init__(self, target: Target, registry: Registry, wait_seconds: float = 60) -> None:
        self.target = target
        self.registry = registry
        self.wait_seconds = wait_seconds  # how long a new volume gets to become `available`
        self.known = target.known
        self.random = random.Random()  # our own: Hypothesis reseeds the global one for every example

    def apply(self, case: Any, keep_addresses: bool = False, with_volume: bool = False) -> None:
        """`keep_addresses`: the case already names what it addresses (a stateful step's ids come from the
        previous response; a read of an existing resource names it): keep them. `with_volume`: an attach
        attaches one of the run's volumes (stateful steps: the links from an attach start there)."""
        if not is_positive(case):
            return
        if not keep_addresses:
            self._use_existing_resources(case)
        fix = getattr(self, f"fix_{operation_id(case)}", None)
        if fix is not None:
            case.body = copy.deepcopy(case.body)
            fix(case)
        if with_volume and operation_id(case) == "attach_volume":
            self._attach_a_volume_of_ours(case)

    def _use_existing_resources(self, case: Any) -> None:
        """Mostly address resources that exist, so that success answers get checked too (a random id only
        ever meets 404): reads go to the tenant's own resources and the run's; changes only to the run's."""
        params = dict(case.path_parameters or {})
        reads = operation_id(case) not in MUTATING
        registry, known = self.registry, self.known
        pools = {
            "serverId": sorted(registry.servers) + (known.server_ids if reads else []),
            "keypairName": sorted(registry.keypairs) + (known.keypairs if reads else []),
            "serverGroupId": sorted(registry.server_groups) + (known.server_group_ids if reads else []),
            "floatingIpId": sorted(registry.floating_ips) + (known.floating_ip_ids if reads else []),
            "imageId": known.image_ids,
            "flavorId": known.flavor_ids,
        }
        for name, pool in pools.items():
            if name in params and pool and self.random.random() < 0.7:
                params[name] = self.random.choice(pool)
        attachments = [(s, v) for s, volumes in self.known.attachments.items() for v in volumes]
        if reads and "volumeId" in params and attachments and self.random.random() < 0.7:
            params["serverId"], params["volumeId"] = self.random.choice(attachments)
        case.path_parameters = params

    # Lists: a marker must name an item of the list (the service answers 400 otherwise).
    def _known_marker(self, case: Any, ids: list[str]) -> None:
        if case.query and "marker" in case.query and case.query["marker"] not in ids:
            case.query = {k: v for k, v in case.query.items() if k != "marker"}

    def fix_list_flavors(self, case: Any) -> None:
        self._known_marker(case, self.known.flavor_ids)

    fix_list_flavors_detail = fix_list_flavors

    def fix_list_servers(self, case: Any) -> None:
        self._known_marker(case, sorted(self.registry.servers) + self.known.server_ids)
        if case.query and "name" in case.query:  # a regular expression; match the text literally
            case.query = {**case.query, "name": re.escape(str(case.query["name"]))}

    fix_list_servers_detail = fix_list_servers

    def fix_list_images(self, case: Any) -> None:
        self._known_marker(case, self.known.image_ids)

    fix_list_images_detail = fix_list_images

    def fix_create_server_group(self, case: Any) -> None:
        group = case.body["server_group"]
        group["name"] = (self.registry.prefix + printable_name(group["name"]))[:255]

    def fix_create_floating_ip(self, case: Any) -> None:
        # A pool must be an external network that exists: one the tenant's floating IPs come from, or
        # the service's default pool (no body).
        if isinstance(case.body, dict) and "pool" in case.body:
            pools = self.known.floating_ip_pools
            if pools:
                case.body["pool"] = self.random.choice(pools)
            else:
                case.body.pop("pool")

    def fix_update_server_metadata_item(self, case: Any) -> None:
        # The body's only key must be the path's key (400 "Request body and URI mismatch" otherwise).
        # A path key of other characters would make the pair invalid: keep the ones a key may have.
        key = re.sub(r"[^a-zA-Z0-9\-_:. ]", "", str(case.path_parameters["key"]))[:255] or "key"
        (value,) = case.body["meta"].values()
        case.path_parameters = {**case.path_parameters, "key": key}
        case.body["meta"] = {key: value}

    def fix_create_keypair(self, case: Any) -> None:
        keypair = case.body["keypair"]
        keypair["name"] = self.registry.prefix + printable_name(keypair["name"])[: 255 - len(self.registry.prefix)]
        if "public_key" in keypair:
            keypair["public_key"] = PUBLIC_KEY

    def fix_create_server(self, case: Any) -> None:
        server = case.body["server"]
        server["name"] = (self.registry.prefix + printable_name(server["name"]))[:255]
        server["flavorRef"] = self.known.boot_flavor_id
        server["imageRef"] = self.known.image_id
        server["networks"] = [{"uuid": self.known.network_id}]
        server.pop("block_device_mapping_v2", None)  # the boot flavor has a local root disk
        server.pop("key_name", None)  # key pairs are exercised on their own
        server.pop("personality", None)
        server.pop("return_reservation_id", None)  # the answer would not name the server: it could not be deleted
        server["min_count"] = server["max_count"] = 1
        if "availability_zone" in server:
            server["availability_zone"] = self.random.choice(self.known.availability_zones)
        if "security_groups" in server:
            server["security_groups"] = [{"name": name} for name in self.known.security_groups[:1]]
        self._only_our_placement_policy(case)

    def _only_our_placement_policy(self, case: Any) -> None:
        """A server joins a placement policy only if the run created it and has not deleted it (the
        `CreateServerInGroup` link): joining a tenant's own group would change its members, and a deleted
        group is refused (400)."""
        hints = case.body.get("os:scheduler_hints")
        group = hints.get("group") if isinstance(hints, dict) else None
        if group is not None and self.registry.holds_server_group(str(group)):
            case.body["os:scheduler_hints"] = {"group": group}
        else:
            case.body.pop("os:scheduler_hints", None)

    def fix_update_server(self, case: Any) -> None:
        if "name" in case.body["server"]:
            case.body["server"]["name"] = printable_name(case.body["server"]["name"])

    def fix_server_action(self, case: Any) -> None:
        body = case.body
        server = self._server(case.path_parameters.get("serverId", ""))
        if "createImage" in body:
            # named with the run prefix: the run's cleanup and `nox -s sweep` find the snapshot by it
            body["createImage"]["name"] = (self.registry.prefix + printable_name(body["createImage"]["name"]))[:255]
        if "resize" in body:
            target = self._resize_target(server)
            if target is None:  # nowhere to go (the largest flavor of its kind): no resize can succeed
                case.body = {"reboot": {"type": "HARD"}}
            else:
                body["resize"]["flavorRef"] = target
        if "addSecurityGroup" in body:
            body["addSecurityGroup"]["name"] = self.random.choice(self.known.security_groups)
        console = body.get("os-getConsoleOutput")
        if isinstance(console, dict) and isinstance(console.get("length"), float):
            # JSON Schema takes 5.0 for an integer; Nova validates with Draft 4, which does not (400).
            console["length"] = int(console["length"])
        for action in FLOATING_IP_ACTIONS:
            if action in body:
                # A floating IP this run allocated (never one of the tenant's); none yet: an address nobody
                # has, which the service refuses (the case then checks that refusal).
                addresses = sorted(self.registry.floating_ips.values())
                body[action] = {"address": self.random.choice(addresses) if addresses else NOT_AN_ADDRESS_OF_OURS}
        if "removeSecurityGroup" in body:
            # Removing a group the server does not have is refused (400): remove one it has; a server
            # without groups gets one added instead.
            groups = [g["name"] for g in (server or {}).get("security_groups", [])]
            if server is not None and not groups:
                case.body = {"addSecurityGroup": {"name": self.random.choice(self.known.security_groups)}}
            else:
                body["removeSecurityGroup"]["name"] = self.random.choice(groups or self.known.security_groups)

    def _server(self, server_id: str) -> dict[str, Any] | None:
        with self.target.http("preparation") as http:
            response = http.get(f"/servers/{server_id}")
        return response.json()["server"] if response.status_code == 200 else None

    def _resize_target(self, server: dict[str, Any] | None) -> str | None:
        """A flavor the server can move to; any flavor for a server that does not exist (404 either way);
        None when there is none."""
        current_id = (server or {}).get("flavor", {}).get("id")
        if not any(f["id"] == current_id for f in self.known.flavors):
            return self.random.choice(self.known.flavor_ids)
        candidates = resize_candidates(self.known.flavors, current_id)
        return self.random.choice(candidates) if candidates else None

    def fix_attach_volume(self, case: Any) -> None:
        # A volume that is attached already is refused (400 "Invalid volume"); attach a fresh one (nobody's:
        # 404, as Nova answers for a volume its block storage does not know).
        case.body["volumeAttachment"]["volumeId"] = str(uuid.uuid4())

    def _attach_a_volume_of_ours(self, case: Any) -> None:
        # Nova attaches only an `available` volume its block storage knows: one of the run's where there is one.
        volume_id = available_volume(self.target, self.registry, self.wait_seconds)
        if volume_id is not None:
            case.body["volumeAttachment"]["volumeId"] = volume_id

    def fix_attach_volume_by_path(self, case: Any) -> None:
        volume_id = str(uuid.uuid4())
        case.path_parameters = {**case.path_parameters, "volumeId": volume_id}
        case.body["volumeAttachment"]["volumeId"] = volume_id  # the document repeats it in the body
