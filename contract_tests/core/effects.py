"""The effect matrix: for every operation of the description, what it does (what changes, what a later read
must show, which headers relate, which errors it documents under which fault name) and what verifies each
effect — a property (`property:<module>::<test>`), a stateful link (`link:<operation>.<link>`) or a
schemathesis check (`check:<name>`). `tests/contract/test_effect_matrix.py` keeps it true: every operation
of the bundle is here, every effect names a verifier, and every verifier exists.

Errors are read from the description (each documented 4xx status and the fault name its example gives);
`error_verifiers` says which property provokes each, or why none can safely."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

READS = "test_effects_reads"
WRITES = "test_effects_writes"
HEADERS = "test_effects_headers"
ERRORS = "test_effects_errors"
PROPERTIES = "test_properties"
SCHEMA = "check:response_schema_conformance"


def prop(module: str, test: str) -> str:
    return f"property:{module}::{test}"


@dataclass(frozen=True)
class Effect:
    kind: str  # answer, read-back, filter, paging, gone, status, header, error
    what: str
    verified_by: tuple[str, ...]


def effect(kind: str, what: str, *verified_by: str) -> Effect:
    return Effect(kind, what, verified_by)


BY_ID = prop(READS, "test_a_read_by_id_returns_that_id")
LIST_DETAIL = prop(READS, "test_list_and_detail_name_the_same_items")
REPEATABLE = prop(PROPERTIES, "test_reads_are_repeatable")
REQUEST_IDS = prop(HEADERS, "test_both_request_ids_are_one_id")
SERVER_FILTERS = prop(READS, "test_server_filters_select_from_the_full_list")
CREATED_FILTERS = prop(WRITES, "test_filters_select_what_one_create_made")
SERVER_PAGES = prop(PROPERTIES, "test_server_pages_add_up_to_the_full_list")
METADATA = prop(PROPERTIES, "test_metadata_reads_what_was_written_merge_and_replace")
SERVER_GONE = prop(WRITES, "test_a_deleted_server_leaves_the_list_and_its_id")

# What each operation does beyond its answer's shape (every answer's shape: response_schema_conformance).
MATRIX: dict[str, tuple[Effect, ...]] = {
    "list_versions": (effect("answer", "the API versions", SCHEMA),),
    # The quota room the run plans within: read at discovery, its shape judged by the schema checks.
    "get_limits": (effect("answer", "the tenant's absolute limits and usage", SCHEMA),),
    "list_flavors": (
        effect("paging", "limit and marker pages add up to the whole list",
               prop(PROPERTIES, "test_flavor_pages_add_up_to_the_full_list")),
        effect("filter", "minDisk and minRam select exactly the flavors at or above them",
               prop(READS, "test_flavor_filters_select_from_the_full_list")),
        effect("read-back", "the same flavors as the detailed list", LIST_DETAIL),
    ),
    "list_flavors_detail": (
        effect("filter", "minDisk and minRam select exactly the flavors at or above them",
               prop(READS, "test_flavor_filters_select_from_the_full_list")),
        effect("paging", "limit and marker pages add up to the whole list",
               prop(READS, "test_detail_pages_add_up_to_the_full_list")),
        effect("read-back", "repeatable", REPEATABLE),
    ),
    "get_flavor": (effect("answer", "the flavor whose id was asked", BY_ID),),
    "list_availability_zones": (effect("read-back", "repeatable", REPEATABLE),),
    "list_keypairs": (
        effect("read-back", "lists a created key pair, not a deleted one",
               prop(WRITES, "test_a_keypair_import_returns_what_was_sent"),
               prop(WRITES, "test_a_deleted_keypair_leaves_the_list")),
        effect("read-back", "repeatable", REPEATABLE),
    ),
    "create_keypair": (
        effect("answer", "an import returns the name, public key and fingerprint of the key sent",
               prop(WRITES, "test_a_keypair_import_returns_what_was_sent")),
        effect("read-back", "a read by name shows what was created",
               prop(WRITES, "test_a_keypair_import_returns_what_was_sent"), "link:create_keypair.GetKeypair"),
        effect("status", "a second key pair of that name is refused",
               prop(ERRORS, "test_a_taken_keypair_name_is_a_conflict")),
    ),
    "get_keypair": (effect("answer", "the key pair whose name was asked", BY_ID),),
    "delete_keypair": (
        effect("gone", "the item answers 404", prop(PROPERTIES, "test_a_deleted_keypair_answers_404"),
               "link:create_keypair.DeleteKeypair"),
        effect("gone", "the list no longer has it", prop(WRITES, "test_a_deleted_keypair_leaves_the_list")),
    ),
    "list_servers": (
        effect("filter", "name, status, flavor, image select exactly the matching servers", SERVER_FILTERS),
        effect("filter", "changes-since and reservation_id select what one create made", CREATED_FILTERS),
        effect("paging", "limit and marker pages add up to the whole list", SERVER_PAGES),
        effect("read-back", "the same servers as the detailed list", LIST_DETAIL),
    ),
    "list_servers_detail": (
        effect("filter", "name, status, flavor, image select exactly the matching servers", SERVER_FILTERS,
               prop(PROPERTIES, "test_every_filtered_server_matches_the_filter")),
        effect("filter", "changes-since and reservation_id select what one create made", CREATED_FILTERS),
        effect("paging", "limit and marker pages add up to the whole list",
               prop(READS, "test_detail_pages_add_up_to_the_full_list")),
    ),
    "create_server": (
        effect("read-back", "the server reads back with the name, flavor and image sent",
               prop(WRITES, "test_a_created_server_reads_back_what_was_sent"), "link:create_server.GetServer"),
        effect("header", "Location names the created server",
               prop(HEADERS, "test_location_names_what_was_created")),
        effect("read-back", "a server created in a placement policy is its member",
               prop(PROPERTIES, "test_placement_policy_members_follow_its_servers")),
    ),
    "get_server": (effect("answer", "the server whose id was asked", BY_ID),),
    "update_server": (
        effect("read-back", "a rename is read back", prop(WRITES, "test_a_rename_is_read_back"),
               "link:create_server.UpdateServer"),
    ),
    "delete_server": (
        effect("gone", "the item answers 404 and the list no longer has it", SERVER_GONE,
               prop(PROPERTIES, "test_a_deleted_server_answers_404"), "link:create_server.DeleteServer"),
    ),
    "server_action": (
        effect("status", "each action has its precondition (409 otherwise) and resulting status",
               prop(PROPERTIES, "test_actions_respect_preconditions_and_reach_their_status"),
               "link:server_action.NextServerAction"),
        effect("status", "shelve and unshelve keep the metadata", prop(PROPERTIES, "test_shelve_round_trip")),
        effect("header", "createImage's Location names an image the service serves",
               prop(HEADERS, "test_location_names_what_was_created")),
    ),
    "list_volume_attachments": (
        effect("paging", "limit and offset pages add up to the whole list",
               prop(READS, "test_attachment_pages_add_up_to_the_full_list")),
        effect("read-back", "lists an attached volume, not a detached one",
               prop(WRITES, "test_an_attachment_reads_back_and_a_detach_removes_it")),
    ),
    "attach_volume": (
        effect("read-back", "the attachment reads back by volume id",
               prop(WRITES, "test_an_attachment_reads_back_and_a_detach_removes_it"),
               "link:attach_volume.GetVolumeAttachment"),
    ),
    "get_volume_attachment": (effect("answer", "the attachment of the volume asked", BY_ID),),
    "attach_volume_by_path": (
        effect("read-back", "the attachment reads back by volume id",
               prop(WRITES, "test_an_attachment_reads_back_and_a_detach_removes_it")),
    ),
    "detach_volume": (
        effect("gone", "the item answers 404 and the list no longer has it",
               prop(WRITES, "test_an_attachment_reads_back_and_a_detach_removes_it"),
               "link:attach_volume.DetachVolume"),
    ),
    "list_server_metadata": (effect("read-back", "shows what was written", METADATA),),
    "create_server_metadata": (effect("read-back", "a merge adds, the new value wins", METADATA,
                                      "link:create_server_metadata.ListServerMetadata"),),
    "update_server_metadata": (effect("read-back", "a replace drops the pairs it does not send", METADATA,
                                      "link:update_server_metadata.ListServerMetadata"),),
    "get_server_metadata_item": (effect("answer", "the value of the key asked", METADATA,
                                        "link:update_server_metadata_item.GetServerMetadataItem"),),
    "update_server_metadata_item": (effect("read-back", "the value is read back", METADATA),),
    "delete_server_metadata_item": (
        effect("gone", "the item answers 404 and the metadata no longer has it",
               prop(WRITES, "test_a_deleted_metadata_item_is_gone"),
               "link:update_server_metadata_item.DeleteServerMetadataItem"),
    ),
    "list_server_security_groups": (
        effect("read-back", "repeatable, the groups of the server asked",
               prop(READS, "test_server_subresources_agree")),
    ),
    "list_server_ips": (
        effect("read-back", "the server's addresses, as its detail shows them",
               prop(READS, "test_server_subresources_agree")),
    ),
    "get_server_ips_network": (
        effect("answer", "the addresses of the network asked", prop(READS, "test_server_subresources_agree")),
    ),
    "list_server_groups": (
        effect("read-back", "lists a created policy, not a deleted one",
               prop(WRITES, "test_a_placement_policy_reads_back_and_a_delete_removes_it")),
    ),
    "create_server_group": (
        effect("read-back", "the policy reads back with the name and policy sent",
               prop(WRITES, "test_a_placement_policy_reads_back_and_a_delete_removes_it"),
               "link:create_server_group.GetServerGroup"),
    ),
    "get_server_group": (effect("answer", "the policy whose id was asked", BY_ID),),
    "delete_server_group": (
        effect("gone", "the item answers 404 and the list no longer has it",
               prop(WRITES, "test_a_placement_policy_reads_back_and_a_delete_removes_it"),
               "link:create_server_group.DeleteServerGroup"),
    ),
    "list_images": (
        effect("paging", "limit and marker pages add up to the whole list",
               prop(READS, "test_detail_pages_add_up_to_the_full_list")),
        effect("read-back", "the same images as the detailed list", LIST_DETAIL),
    ),
    "list_images_detail": (
        effect("paging", "limit and marker pages add up to the whole list",
               prop(READS, "test_detail_pages_add_up_to_the_full_list")),
    ),
    "get_image": (effect("answer", "the image whose id was asked", BY_ID),),
    "list_floating_ips": (
        effect("read-back", "lists an allocated address, not a released one",
               prop(WRITES, "test_a_floating_ip_reads_back_and_a_release_removes_it")),
    ),
    "create_floating_ip": (
        effect("read-back", "the address reads back by id",
               prop(WRITES, "test_a_floating_ip_reads_back_and_a_release_removes_it"),
               "link:create_floating_ip.GetFloatingIp"),
    ),
    "get_floating_ip": (effect("answer", "the address whose id was asked", BY_ID),),
    "delete_floating_ip": (
        effect("gone", "the item answers 404 and the list no longer has it",
               prop(WRITES, "test_a_floating_ip_reads_back_and_a_release_removes_it"),
               "link:create_floating_ip.DeleteFloatingIp"),
    ),
}

# How each documented error is verified: a property provokes it where that is safe; otherwise the row says
# why it cannot be, and the check that compares its shape with the description whenever the service gives it.
UNKNOWN_IDS = prop(ERRORS, "test_unknown_ids_answer_the_documented_fault")
INVALID_INPUT = prop(ERRORS, "test_invalid_input_answers_the_documented_fault")
NOT_JSON = prop(ERRORS, "test_a_body_not_sent_as_json_answers_the_documented_fault")
UNSAFE_CREATE = "not provoked: a create that wrongly accepted it would leave a resource nobody tracks"
CONFLICTS = {
    "create_keypair": (prop(ERRORS, "test_a_taken_keypair_name_is_a_conflict"),),
    "server_action": (prop(PROPERTIES, "test_actions_respect_preconditions_and_reach_their_status"),),
}


def names_a_resource(path: str) -> bool:
    """The path names a resource beyond the tenant (an unknown id there is a safe 404)."""
    return path.count("{") > 1


def error_verifiers(operation_id: str, method: str, path: str, status: str) -> tuple[str, ...]:
    if status == "400":
        return (INVALID_INPUT,)  # a tenant in the path that is not the token's, or an invalid `limit`
    if status == "401":
        return (prop(ERRORS, "test_no_token_answers_the_documented_fault"),) if method in ("get", "delete") else (
            SCHEMA, "not provoked: a write sent without a token is never sent (ignored authentication would apply it)")
    if status in ("404", "405"):
        if names_a_resource(path) or operation_id == "create_floating_ip":
            return (UNKNOWN_IDS,)
        return (SCHEMA, "not provoked: the operation names no resource")
    if status == "409":
        return CONFLICTS.get(operation_id, (
            SCHEMA, "not provoked: needs a locked server or one held in a transitional state"))
    if status == "415":
        return (NOT_JSON,) if names_a_resource(path) or operation_id == "create_keypair" else (SCHEMA, UNSAFE_CREATE)
    if status == "403":
        return (SCHEMA, "not provoked: needs a policy or a quota the tenant does not set")
    if status == "413":
        return (SCHEMA, "not provoked: a quota exhausted on purpose bills servers")
    return ()


HEADER_EFFECT = effect("header", "x-compute-request-id and x-openstack-request-id carry one id", REQUEST_IDS)


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def documented_faults(document: dict[str, Any]) -> dict[str, dict[str, str]]:
    """operationId -> {4xx status: the fault name of its example}."""
    faults: dict[str, dict[str, str]] = {}
    for item in document["paths"].values():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            found = faults.setdefault(operation["operationId"], {})
            for status, response in operation.get("responses", {}).items():
                if not status.startswith("4"):
                    continue
                example = _resolve(document, response).get("content", {}).get("application/json", {}).get("example")
                found[status] = next(iter(example)) if isinstance(example, dict) and example else ""
    return faults


def documents_request_ids(document: dict[str, Any], operation_id: str) -> bool:
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return any("x-openstack-request-id" in _resolve(document, r).get("headers", {})
                           for r in operation.get("responses", {}).values())
    return False


def full_matrix(document: dict[str, Any]) -> dict[str, tuple[Effect, ...]]:
    """MATRIX with, for each operation of `document`, its header relation and its documented errors."""
    faults = documented_faults(document)
    matrix: dict[str, tuple[Effect, ...]] = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            operation_id = operation["operationId"]
            effects = list(MATRIX.get(operation_id, ()))
            if documents_request_ids(document, operation_id):
                effects.append(HEADER_EFFECT)
            for status, fault in sorted(faults[operation_id].items()):
                verifiers = error_verifiers(operation_id, method, path, status)
                effects.append(effect("error", f"{status} `{fault}`", *verifiers))
            matrix[operation_id] = tuple(effects)
    return matrix


def unverified(matrix: dict[str, tuple[Effect, ...]]) -> Iterator[tuple[str, Effect]]:
    for operation_id, effects in matrix.items():
        if not effects:
            yield operation_id, Effect("any", "no effect listed", ())
        for item in effects:
            if not item.verified_by:
                yield operation_id, item


def markdown(matrix: dict[str, tuple[Effect, ...]]) -> str:
    """The matrix as a Markdown table: operation, effect, what verifies it."""
    lines = ["| operation | effect | verified by |", "|---|---|---|"]
    for operation_id, effects in matrix.items():
        for item in effects:
            verifiers = ", ".join(f"`{v.split(':', 1)[1]}`" if v.startswith(("property:", "link:", "check:"))
                                  else v for v in item.verified_by)
            lines.append(f"| `{operation_id}` | {item.kind}: {item.what} | {verifiers} |")
    return "\n".join(lines)


README_START = "<!-- effect matrix: generated by `python -m contract_tests.core.effects`; do not edit -->"
README_END = "<!-- end of the effect matrix -->"


def readme_with_matrix(readme: str, document: dict[str, Any]) -> str:
    """The README with its effect-matrix section replaced by the matrix of `document`."""
    start, end = readme.index(README_START) + len(README_START), readme.index(README_END)
    return readme[:start] + "\n\n" + markdown(full_matrix(document)) + "\n\n" + readme[end:]


def main() -> None:
    import yaml

    from spec_toolkit.paths import BUNDLE, ROOT

    readme = ROOT / "contract_tests" / "README.md"
    document = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))
    readme.write_text(readme_with_matrix(readme.read_text(encoding="utf-8"), document), encoding="utf-8")


if __name__ == "__main__":
    main()
