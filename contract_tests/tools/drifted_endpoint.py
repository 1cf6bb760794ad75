"""Drifted endpoints for mutation testing: an HTTP proxy in front of a healthy endpoint (any TOAST
Compute endpoint: here a separate mock process) that makes one realistic change to what passes through.

A breaking drift is something a client of the description would trip over; a compatible one is a change
the description allows (open objects, extra headers, any key order). The suite must fail on every
breaking drift a profile can observe and pass on every compatible one. The proxy works at the HTTP level
only: it knows nothing of the mock's internals, and it would sit in front of a real service the same way.
"""

from __future__ import annotations

import json
import socket
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import uvicorn

from contract_tests.core.settings import PROFILES

HOP_BY_HOP = {b"content-length", b"transfer-encoding", b"connection", b"keep-alive", b"content-encoding"}


@dataclass
class Exchange:
    """One request through the proxy; a drift may change it before it goes upstream, answer it itself
    (`answer`), or change the answer after."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: list[tuple[str, str]]
    body: bytes
    token: str  # the valid token of the tenant behind the proxy

    @property
    def authenticated(self) -> bool:
        return any(k.lower() == "x-auth-token" and v == self.token for k, v in self.headers)

    @property
    def sent_as_json(self) -> bool:
        return any(k.lower() == "content-type" and v.startswith("application/json") for k, v in self.headers)

    def json_body(self) -> Any:
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None


@dataclass
class Answer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def json_body(self) -> Any:
        content_type = dict((k.lower(), v) for k, v in self.headers).get("content-type", "")
        if not self.body or not content_type.startswith("application/json"):
            return None
        return json.loads(self.body)

    def with_json(self, document: Any) -> Answer:
        return Answer(self.status, self.headers, json.dumps(document).encode())


Before = Callable[[Exchange], Answer | None]  # may change the exchange; an Answer short-circuits upstream
After = Callable[[Exchange, Answer], Answer]
Resend = Callable[[Exchange, Answer], Exchange | None]  # an exchange to send upstream instead of answering


@dataclass(frozen=True)
class Drift:
    name: str
    breaking: bool
    description: str
    observable_in: frozenset[str]  # profiles whose requests can meet the drift
    before: Before | None = None
    after: After | None = None
    resend: Resend | None = None


def nothing_done(exchange: Exchange) -> Answer:
    """What a service that pretends says: success, empty body."""
    status = 204 if exchange.method == "DELETE" and "/servers/" in exchange.path else 202
    return Answer(status, [], b"")


# Drifts of answers.

def each_json_object(change: Callable[[dict[str, Any]], dict[str, Any]]) -> After:
    """Apply `change` to every JSON object of a JSON answer, innermost first."""

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return change({k: walk(v) for k, v in node.items()})
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    def after(exchange: Exchange, answer: Answer) -> Answer:
        document = answer.json_body()
        return answer if document is None else answer.with_json(walk(document))

    return after


def _is_server(obj: dict[str, Any]) -> bool:
    return "hostId" in obj and "id" in obj


def _rename_status(obj: dict[str, Any]) -> dict[str, Any]:
    return {("state" if k == "status" and _is_server(obj) else k): v for k, v in obj.items()}


def _renamed_in_servers(old: str, new: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A field of every server view renamed, its value kept (an undocumented field replaces it)."""
    def rename(obj: dict[str, Any]) -> dict[str, Any]:
        return {(new if k == old and _is_server(obj) else k): v for k, v in obj.items()}
    return rename


def _dropped(field: str, where: Callable[[dict[str, Any]], bool]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def drop(obj: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in obj.items() if not (k == field and where(obj))}
    return drop


def _is_flavor_detail(obj: dict[str, Any]) -> bool:
    return "vcpus" in obj and "ram" in obj


def _ram_as_string(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: (str(v) if k == "ram" and isinstance(v, int) else v) for k, v in obj.items()}


def _null_list_ids(obj: dict[str, Any]) -> dict[str, Any]:
    if "links" in obj and "id" in obj and "name" in obj and "ram" not in obj:
        return {**obj, "id": None}
    return obj


def _extra_field(obj: dict[str, Any]) -> dict[str, Any]:
    """A new attribute on every resource (what NHN did with `NHN-EXT-ATTR:protect`)."""
    return {**obj, "NHN-EXT-ATTR:drift": "extra"} if "id" in obj else obj


def _reversed_keys(obj: dict[str, Any]) -> dict[str, Any]:
    return dict(reversed(list(obj.items())))


def _server_delete_answers_200(exchange: Exchange, answer: Answer) -> Answer:
    if exchange.method == "DELETE" and answer.status == 204 and _is_server_path(exchange.path):
        return Answer(200, answer.headers, answer.body)
    return answer


def _json_as_text(exchange: Exchange, answer: Answer) -> Answer:
    headers = [(k, "text/plain" if k.lower() == "content-type" else v) for k, v in answer.headers]
    return Answer(answer.status, headers, answer.body)


def _not_found_as_500(exchange: Exchange, answer: Answer) -> Answer:
    if answer.status == 404:
        fault = {"computeFault": {"code": 500, "message": "Unexpected API Error."}}
        return Answer(500, answer.headers, json.dumps(fault).encode())
    return answer


def _extra_header(exchange: Exchange, answer: Answer) -> Answer:
    return Answer(answer.status, [*answer.headers, ("x-nhn-drift", "extra")], answer.body)


def _renamed_attachment_view(exchange: Exchange, answer: Answer) -> Answer:
    """Reads of volume attachments name their keys in snake case."""
    if exchange.method != "GET" or "/os-volume_attachments" not in exchange.path:
        return answer
    renames = {"volumeAttachments": "volume_attachments", "volumeAttachment": "volume_attachment"}
    document = answer.json_body()
    if not isinstance(document, dict):
        return answer
    return answer.with_json({renames.get(k, k): v for k, v in document.items()})


def _renamed_metadata_item_view(exchange: Exchange, answer: Answer) -> Answer:
    """A read of one metadata item answers `{"metadatum": {...}}` instead of `{"meta": {...}}`."""
    document = answer.json_body()
    if exchange.method != "GET" or "/metadata/" not in exchange.path or not isinstance(document, dict):
        return answer
    return answer.with_json({"metadatum" if k == "meta" else k: v for k, v in document.items()})


def _refusals_accepted(exchange: Exchange, answer: Answer) -> Answer:
    """Creates the service refuses (400) are answered as created."""
    creates = exchange.path.endswith("/servers") or exchange.path.endswith("/os-keypairs")
    if exchange.method == "POST" and creates and answer.status == 400 and exchange.authenticated:
        return Answer(202 if exchange.path.endswith("/servers") else 200, answer.headers, answer.body)
    return answer


# Drifts of requests.

def _is_server_path(path: str) -> bool:
    parts = path.strip("/").split("/")
    return len(parts) == 4 and parts[2] == "servers" and parts[3] != "detail"


def _with_any_token(exchange: Exchange) -> None:
    """Authentication ignored: a missing or wrong token is replaced by the valid one."""
    exchange.headers = [(k, v) for k, v in exchange.headers if k.lower() != "x-auth-token"]
    exchange.headers.append(("X-Auth-Token", exchange.token))


def _deletes_dropped(exchange: Exchange) -> Answer | None:
    """A delete that answers success and deletes nothing (servers and key pairs)."""
    deletes = "/os-keypairs/" in exchange.path or _is_server_path(exchange.path)
    if exchange.method == "DELETE" and deletes and exchange.authenticated:
        return nothing_done(exchange)
    return None


def _action_named(exchange: Exchange, names: set[str] | None) -> bool:
    if exchange.method != "POST" or not exchange.path.endswith("/action") or not exchange.authenticated:
        return False
    body = exchange.json_body()
    return isinstance(body, dict) and len(body) == 1 and (names is None or next(iter(body)) in names)


def _stop_never_stops(exchange: Exchange) -> Answer | None:
    return nothing_done(exchange) if _action_named(exchange, {"os-stop"}) else None


def _shelve_does_nothing(exchange: Exchange) -> Answer | None:
    return nothing_done(exchange) if _action_named(exchange, {"shelve"}) else None


def _scheduler_hints_ignored(exchange: Exchange) -> None:
    """Server creates lose `os:scheduler_hints`: no server joins its placement policy."""
    document = exchange.json_body()
    if exchange.method == "POST" and exchange.path.endswith("/servers") and isinstance(document, dict):
        document.pop("os:scheduler_hints", None)
        exchange.body = json.dumps(document).encode()


def _volumes_unknown(exchange: Exchange) -> Answer | None:
    """No block storage where the run looks for it (its URL answers 404), and attaching a volume answers 404,
    as Nova does for a volume its block storage does not know: the run can make no volume to attach."""
    if exchange.path.startswith("/block-storage/"):
        fault = {"itemNotFound": {"code": 404, "message": "The resource could not be found."}}
        return Answer(404, [("content-type", "application/json")], json.dumps(fault).encode())
    document = exchange.json_body() if exchange.sent_as_json else None  # else Nova answers 415 first
    request = document.get("volumeAttachment") if isinstance(document, dict) else None
    volume_id = request.get("volumeId") if isinstance(request, dict) else None
    if exchange.method != "POST" or "/os-volume_attachments" not in exchange.path or not isinstance(volume_id, str):
        return None
    fault = {"itemNotFound": {"code": 404, "message": f"Volume {volume_id} could not be found."}}
    return Answer(404, [("content-type", "application/json")], json.dumps(fault).encode())


def _actions_do_nothing(exchange: Exchange) -> Answer | None:
    """Every valid-looking action answers 202 and nothing happens."""
    return nothing_done(exchange) if _action_named(exchange, None) else None


def _invalid_query_ignored(exchange: Exchange, answer: Answer) -> Exchange | None:
    """A GET the service refuses with 400 is answered as if its query string were not there."""
    if exchange.method == "GET" and exchange.query and answer.status == 400:
        return Exchange(exchange.method, exchange.path, [], exchange.headers, exchange.body, exchange.token)
    return None


def _limit_ignored(exchange: Exchange) -> None:
    exchange.query = [(k, v) for k, v in exchange.query if k != "limit"]



# Behavioural drifts (issue 17): every answer stays schema-valid; only what the service does changes.

def _json_document(answer: Answer) -> Any:
    try:
        return answer.json_body()
    except ValueError:
        return None


def _read_returns_another_server() -> After:
    """A read of a server by id answers another server: the id of one an earlier list showed (else a new one)."""
    seen: list[str] = []

    def after(exchange: Exchange, answer: Answer) -> Answer:
        document = _json_document(answer)
        if exchange.method != "GET" or not isinstance(document, dict):
            return answer
        if isinstance(document.get("servers"), list):
            seen[:] = [s["id"] for s in document["servers"] if isinstance(s, dict) and isinstance(s.get("id"), str)]
        server = document.get("server")
        if _is_server_path(exchange.path) and isinstance(server, dict) and isinstance(server.get("id"), str):
            others = [i for i in seen if i != server["id"]]
            server["id"] = others[0] if others else str(uuid.uuid4())
            return answer.with_json(document)
        return answer

    return after


def _import_answers_another_key(exchange: Exchange, answer: Answer) -> Answer:
    """A key pair import answers a public key and fingerprint that are not the ones sent."""
    request, document = exchange.json_body(), _json_document(answer)
    imported = isinstance(request, dict) and isinstance(request.get("keypair"), dict) and request["keypair"].get(
        "public_key")
    if exchange.method != "POST" or not imported or not isinstance(document, dict):
        return answer
    keypair = document.get("keypair")
    if isinstance(keypair, dict) and isinstance(keypair.get("public_key"), str):
        keypair["public_key"] = keypair["public_key"].replace("AAAA", "AAAB", 1)
        keypair["fingerprint"] = "00:" + str(keypair.get("fingerprint", ""))[3:]
        return answer.with_json(document)
    return answer


def _rename_not_applied(exchange: Exchange) -> None:
    """A server update answers 200 and keeps the old name (the name is dropped before it reaches the service)."""
    document = exchange.json_body()
    if exchange.method == "PUT" and _is_server_path(exchange.path) and isinstance(document, dict):
        server = document.get("server")
        if isinstance(server, dict):
            server.pop("name", None)
            exchange.body = json.dumps(document).encode()


def _flavor_filters_ignored(exchange: Exchange) -> None:
    if "/flavors" in exchange.path:
        exchange.query = [(k, v) for k, v in exchange.query if k not in ("minDisk", "minRam")]


def _delete_leaves_listed() -> After:
    """A key pair delete works (the item answers 404) but the list keeps showing it."""
    entries: dict[str, Any] = {}
    deleted: set[str] = set()

    def after(exchange: Exchange, answer: Answer) -> Answer:
        document = _json_document(answer)
        name = exchange.path.rstrip("/").rsplit("/", 1)[-1]
        if exchange.method == "DELETE" and "/os-keypairs/" in exchange.path and answer.status < 300:
            deleted.add(name)
        created = document.get("keypair") if isinstance(document, dict) else None
        if exchange.method in ("GET", "POST") and isinstance(created, dict) and "name" in created:
            fields = ("name", "public_key", "fingerprint")
            entries[created["name"]] = {"keypair": {k: created[k] for k in fields if k in created}}
        if exchange.method == "GET" and exchange.path.endswith("/os-keypairs") and isinstance(document, dict):
            listed = document.get("keypairs")
            if isinstance(listed, list):
                names = set()
                for item in listed:
                    if isinstance(item, dict) and isinstance(item.get("keypair"), dict):
                        entries[item["keypair"].get("name")] = item
                        names.add(item["keypair"].get("name"))
                listed += [entries[n] for n in sorted(deleted - names) if n in entries]
                return answer.with_json(document)
        return answer

    return after


def _request_ids_differ(exchange: Exchange, answer: Answer) -> Answer:
    headers = [(k, f"req-{uuid.uuid4()}" if k.lower() == "x-openstack-request-id" else v) for k, v in answer.headers]
    return Answer(answer.status, headers, answer.body)


def _not_found_renamed(exchange: Exchange, answer: Answer) -> Answer:
    """A 404 names its fault `notFound` instead of Nova's `itemNotFound` (still one key: schema-valid)."""
    document = _json_document(answer)
    if answer.status == 404 and isinstance(document, dict) and "itemNotFound" in document:
        return answer.with_json({"notFound": document["itemNotFound"]})
    return answer


def _unsorted_lists_reversed(exchange: Exchange, answer: Answer) -> Answer:
    """Lists Nova does not sort (key pairs, zones, placement policies, floating IPs) in another order."""
    document = _json_document(answer)
    if exchange.method != "GET" or not isinstance(document, dict):
        return answer
    unsorted = ("keypairs", "availabilityZoneInfo", "server_groups", "floating_ips")
    changed = {k: list(reversed(v)) if k in unsorted and isinstance(v, list) else v for k, v in document.items()}
    return answer.with_json(changed) if changed != document else answer


def _localized_fault_messages(exchange: Exchange, answer: Answer) -> Answer:
    document = _json_document(answer)
    if answer.status < 400 or not isinstance(document, dict) or len(document) != 1:
        return answer
    (name, fault), = document.items()
    if isinstance(fault, dict) and isinstance(fault.get("message"), str):
        return answer.with_json({name: {**fault, "message": "요청을 처리할 수 없습니다: " + fault["message"]}})
    return answer



# Behavioural drifts of the effects that reads and writes of the run itself show (issue 17).

FILTERS_OF_SERVER_LISTS = {"name", "status", "flavor", "image", "changes-since", "reservation_id", "ip", "host"}


def _path_parts(path: str) -> list[str]:
    """The parts after `/v2/{tenantId}`."""
    return path.strip("/").split("/")[2:]


def _is_server_list(exchange: Exchange, detail: bool) -> bool:
    return exchange.method == "GET" and _path_parts(exchange.path) == (["servers", "detail"] if detail else ["servers"])


def _unfiltered(exchange: Exchange) -> bool:
    return not any(k in FILTERS_OF_SERVER_LISTS for k, _ in exchange.query)


def _list_leaves_one_out(exchange: Exchange, answer: Answer) -> Answer:
    """A whole list of servers, flavors or images (unfiltered, no `marker`, fewer items than `limit`, at least
    two) leaves out its last item; the detailed list has it."""
    document = _json_document(answer)
    parts = _path_parts(exchange.path)
    query = dict(exchange.query)
    if exchange.method != "GET" or parts not in (["servers"], ["flavors"], ["images"]) or set(query) - {"limit"}:
        return answer
    items = document.get(parts[0]) if isinstance(document, dict) else None
    limit = int(query["limit"]) if query.get("limit", "").isdigit() else None
    if isinstance(items, list) and len(items) >= 2 and (limit is None or len(items) < limit):
        return answer.with_json({**document, parts[0]: items[:-1]})
    return answer


def _detail_pages_repeat_the_marker() -> After:
    """A detailed list's page after `marker` starts with the marker's own item (then up to `limit`)."""
    seen: dict[str, dict[str, Any]] = {}

    def after(exchange: Exchange, answer: Answer) -> Answer:
        document = _json_document(answer)
        if exchange.method != "GET" or not exchange.path.endswith("/detail") or not isinstance(document, dict):
            return answer
        key = next((k for k, v in document.items() if isinstance(v, list)), None)
        if key is None:
            return answer
        items = [item for item in document[key] if isinstance(item, dict)]
        seen.update({str(item.get("id")): item for item in items})
        query = dict(exchange.query)
        marked = seen.get(query.get("marker", ""))
        if marked is None:
            return answer
        limit = int(query["limit"]) if query.get("limit", "").isdigit() else len(items) + 1
        return answer.with_json({**document, key: [marked, *items][:limit]})

    return after


def _status_filter_ignored(exchange: Exchange) -> None:
    if exchange.method == "GET" and _path_parts(exchange.path)[:1] == ["servers"]:
        exchange.query = [(k, v) for k, v in exchange.query if k != "status"]


def _attachment_offset_ignored(exchange: Exchange) -> None:
    if exchange.method == "GET" and exchange.path.endswith("/os-volume_attachments"):
        exchange.query = [(k, v) for k, v in exchange.query if k != "offset"]


def _another_address(address: str) -> str:
    head, _, last = address.rpartition(".")
    return f"{head}.{(int(last) + 1) % 256}" if head and last.isdigit() else address


def _ips_disagree(exchange: Exchange, answer: Answer) -> Answer:
    """A server's `/ips` gives its first address with another host number than the server's `addresses`."""
    document = _json_document(answer)
    addresses = document.get("addresses") if isinstance(document, dict) else None
    if exchange.method != "GET" or not exchange.path.endswith("/ips") or not isinstance(addresses, dict):
        return answer
    for entries in addresses.values():
        if isinstance(entries, list) and entries and isinstance(entries[0], dict):
            entries[0]["addr"] = _another_address(str(entries[0].get("addr", "")))
            return answer.with_json(document)
    return answer


def _created_server_reads_another_name() -> After:
    """A server created through the proxy reads back, by id, with another name than the one it was created
    with (a rename to another name reads back as sent)."""
    created: dict[str, str] = {}

    def after(exchange: Exchange, answer: Answer) -> Answer:
        request, document = exchange.json_body(), _json_document(answer)
        if not isinstance(document, dict) or not isinstance(document.get("server"), dict):
            return answer
        server = document["server"]
        if exchange.method == "POST" and _path_parts(exchange.path) == ["servers"] and isinstance(request, dict):
            name = request.get("server", {}).get("name") if isinstance(request.get("server"), dict) else None
            if isinstance(name, str) and isinstance(server.get("id"), str):
                created[server["id"]] = name
        elif (exchange.method == "GET" and _is_server_path(exchange.path)
              and server.get("name") == created.get(str(server.get("id")))):
            server["name"] = f"{server['name']}-0"
            return answer.with_json(document)
        return answer

    return after


def _selecting_filters_ignored(exchange: Exchange) -> None:
    """`changes-since` and `reservation_id` ignored: the server lists answer as if unfiltered."""
    if exchange.method == "GET" and _path_parts(exchange.path)[:1] == ["servers"]:
        exchange.query = [(k, v) for k, v in exchange.query if k not in ("changes-since", "reservation_id")]


def _deleted_still_listed(collection: str, item_key: str, in_list: Callable[[Exchange], bool]) -> After:
    """An item of `collection` answers 404 once deleted, but lists (where `in_list`) keep showing it as it
    was last read."""
    last_read: dict[str, Any] = {}
    deleted: list[str] = []

    def after(exchange: Exchange, answer: Answer) -> Answer:
        document = _json_document(answer)
        parts = _path_parts(exchange.path)
        if exchange.method == "DELETE" and parts[:1] == [collection] and len(parts) == 2 and answer.status < 300:
            deleted.append(parts[1])
        if not isinstance(document, dict):
            return answer
        item = document.get(item_key)
        if exchange.method == "GET" and isinstance(item, dict) and isinstance(item.get("id"), str):
            last_read[item["id"]] = item
        listed = next((v for v in document.values() if isinstance(v, list)), None)
        if listed is None or not in_list(exchange):
            return answer
        for entry in listed:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                last_read[entry["id"]] = entry
        ids = {entry.get("id") for entry in listed if isinstance(entry, dict)}
        listed += [last_read[i] for i in deleted if i not in ids and i in last_read]
        return answer.with_json(document)

    return after


def _detach_keeps_attachment(exchange: Exchange) -> Answer | None:
    """A detach answers 202 and the volume stays attached."""
    if exchange.method == "DELETE" and "/os-volume_attachments/" in exchange.path and exchange.authenticated:
        return Answer(202, [], b"")
    return None


def _metadata_item_delete_keeps_it(exchange: Exchange) -> Answer | None:
    """A metadata item delete answers 204 and the key stays."""
    if exchange.method == "DELETE" and "/metadata/" in exchange.path and exchange.authenticated:
        return Answer(204, [], b"")
    return None


OTHER_POLICY = {"affinity": "anti-affinity", "anti-affinity": "affinity",
                "soft-affinity": "soft-anti-affinity", "soft-anti-affinity": "soft-affinity"}


def _policy_reads_back_another_rule(exchange: Exchange, answer: Answer) -> Answer:
    """A placement policy read by id answers the opposite rule (affinity for anti-affinity...)."""
    document = _json_document(answer)
    group = document.get("server_group") if isinstance(document, dict) else None
    if exchange.method != "GET" or not isinstance(group, dict) or not isinstance(group.get("policies"), list):
        return answer
    group["policies"] = [OTHER_POLICY.get(p, p) for p in group["policies"]]
    return answer.with_json(document)


def _location_names_another_server(exchange: Exchange, answer: Answer) -> Answer:
    """A server create's `Location` names a server that does not exist."""
    if exchange.method != "POST" or _path_parts(exchange.path) != ["servers"] or answer.status != 202:
        return answer
    headers = [(k, v.rstrip("/").rsplit("/", 1)[0] + f"/{uuid.uuid4()}" if k.lower() == "location" else v)
               for k, v in answer.headers]
    return Answer(answer.status, headers, answer.body)


def _flavor_original_name(obj: dict[str, Any]) -> dict[str, Any]:
    """A server's `flavor` gains Nova 2.47's `original_name` (a new optional field inside an answer)."""
    flavor = obj.get("flavor")
    if _is_server(obj) and isinstance(flavor, dict) and "id" in flavor:
        return {**obj, "flavor": {**flavor, "original_name": f"flavor-{flavor['id']}"}}
    return obj


READS = frozenset(PROFILES)
KEYPAIR_WRITES = frozenset({"keypairs", "full"})
SERVER_WRITES = frozenset({"full"})

DRIFTS: dict[str, Drift] = {
    drift.name: drift
    for drift in [
        Drift("renamed_field", True, "server `status` renamed to `state`", READS,
              after=each_json_object(_rename_status)),
        Drift("changed_type", True, "flavor `ram` sent as a string", READS, after=each_json_object(_ram_as_string)),
        Drift("null_id", True, "ids in list entries are null", READS, after=each_json_object(_null_list_ids)),
        Drift("changed_success_code", True, "server delete answers 200 instead of 204", SERVER_WRITES,
              after=_server_delete_answers_200),
        Drift("wrong_content_type", True, "JSON served as text/plain", READS, after=_json_as_text),
        Drift("server_error_for_not_found", True, "500 computeFault instead of 404", READS, after=_not_found_as_500),
        Drift("ignored_auth", True, "requests without a valid token are served", READS, before=_with_any_token),
        Drift("delete_does_not_delete", True, "deletes answer success and delete nothing", KEYPAIR_WRITES,
              before=_deletes_dropped),
        Drift("stop_never_stops", True, "os-stop answers 202 and the server keeps running", SERVER_WRITES,
              before=_stop_never_stops),
        Drift("action_does_nothing", True, "every action answers 202 and does nothing", SERVER_WRITES,
              before=_actions_do_nothing),
        Drift("shelve_does_nothing", True, "shelve answers 202 and the server stays ACTIVE", SERVER_WRITES,
              before=_shelve_does_nothing),
        Drift("placement_hint_ignored", True, "server creates ignore `os:scheduler_hints.group`", SERVER_WRITES,
              before=_scheduler_hints_ignored),
        Drift("metadata_item_view_renamed", True, "a metadata item read answers `metadatum` instead of `meta`",
              SERVER_WRITES, after=_renamed_metadata_item_view),
        Drift("list_ignores_limit", True, "lists ignore `limit`", READS, before=_limit_ignored),
        Drift("invalid_input_accepted", True, "invalid query parameters are ignored instead of refused", READS,
              resend=_invalid_query_ignored),
        Drift("create_accepts_invalid", True, "server and key pair creates accept what they should refuse",
              KEYPAIR_WRITES, after=_refusals_accepted),
        Drift("attachment_view_renamed", True, "volume attachment reads answer snake_case keys", READS,
              after=_renamed_attachment_view),
        Drift("extra_field", False, "an undocumented field in every object", READS,
              after=each_json_object(_extra_field)),
        Drift("extra_header", False, "an undocumented response header", READS, after=_extra_header),
        Drift("reordered_keys", False, "object keys in reverse order", READS, after=each_json_object(_reversed_keys)),
        Drift("volumes_unknown", False,
              "no block storage, attaching a volume answers 404 (links from an attach unreachable)", SERVER_WRITES,
              before=_volumes_unknown),
        Drift("read_returns_another_server", True, "a server read by id answers another server's id", READS,
              after=_read_returns_another_server()),
        Drift("import_answers_another_key", True, "a key pair import answers another public key and fingerprint",
              KEYPAIR_WRITES, after=_import_answers_another_key),
        Drift("rename_not_applied", True, "a server update answers 200 and keeps the old name", SERVER_WRITES,
              before=_rename_not_applied),
        Drift("flavor_filters_ignored", True, "flavor lists ignore `minDisk` and `minRam`", READS,
              before=_flavor_filters_ignored),
        Drift("deleted_keypair_listed", True, "a deleted key pair answers 404 but stays listed", KEYPAIR_WRITES,
              after=_delete_leaves_listed()),
        Drift("request_ids_differ", True, "`x-openstack-request-id` differs from `x-compute-request-id`", READS,
              after=_request_ids_differ),
        Drift("not_found_renamed", True, "404 answers `notFound` instead of `itemNotFound`", READS,
              after=_not_found_renamed),
        Drift("unsorted_lists_reordered", False, "lists Nova does not sort come in another order", READS,
              after=_unsorted_lists_reversed),
        Drift("localized_fault_messages", False, "fault messages in Korean", READS, after=_localized_fault_messages),
        Drift("list_leaves_one_out", True, "server, flavor and image lists leave out an item their detail lists have",
              READS,
              after=_list_leaves_one_out),
        Drift("detail_page_repeats_marker", True, "a detailed list's page after `marker` repeats the marker's item",
              READS, after=_detail_pages_repeat_the_marker()),
        Drift("status_filter_ignored", True, "server lists ignore `status`", READS, before=_status_filter_ignored),
        Drift("attachment_offset_ignored", True, "volume attachment lists ignore `offset`", READS,
              before=_attachment_offset_ignored),
        Drift("ips_disagree", True, "a server's `/ips` gives another address than its `addresses`", READS,
              after=_ips_disagree),
        Drift("created_server_renamed", True, "a created server reads back with another name", SERVER_WRITES,
              after=_created_server_reads_another_name()),
        Drift("selecting_filters_ignored", True, "server lists ignore `changes-since` and `reservation_id`",
              SERVER_WRITES, before=_selecting_filters_ignored),
        Drift("deleted_server_in_detail", True, "a deleted server answers 404 but stays in the detailed list",
              SERVER_WRITES, after=_deleted_still_listed(
                  "servers", "server", lambda e: _is_server_list(e, detail=True) and _unfiltered(e)
                  and "marker" not in dict(e.query))),
        Drift("detach_keeps_volume", True, "a detach answers 202 and the volume stays attached", SERVER_WRITES,
              before=_detach_keeps_attachment),
        Drift("metadata_item_kept", True, "a metadata item delete answers 204 and the key stays", SERVER_WRITES,
              before=_metadata_item_delete_keeps_it),
        Drift("policy_reads_other_rule", True, "a placement policy reads back with the opposite rule",
              SERVER_WRITES, after=_policy_reads_back_another_rule),
        Drift("released_ip_listed", True, "a released floating IP answers 404 but stays listed", SERVER_WRITES,
              after=_deleted_still_listed("os-floating-ips", "floating_ip",
                                          lambda e: e.method == "GET" and _path_parts(e.path) == ["os-floating-ips"])),
        Drift("location_names_another_server", True, "a server create's `Location` names another server",
              SERVER_WRITES, after=_location_names_another_server),
        Drift("flavor_original_name", False, "a server's `flavor` gains `original_name` (Nova 2.47)", READS,
              after=each_json_object(_flavor_original_name)),
    ]
}
HEALTHY = Drift("healthy", False, "no drift", READS)

# A field the service sends every time (`x-always-sent`), gone from every view: one drift per field family.
# Kept out of `DRIFTS` (the mutation matrix): tests/contract/test_strict_fields.py runs them, together.
FIELD_DRIFTS: dict[str, Drift] = {
    drift.name: drift
    for drift in [
        Drift("state_field_renamed", True, "server `OS-EXT-STS:vm_state` renamed to `OS-EXT-STS:vmState`", READS,
              after=each_json_object(_renamed_in_servers("OS-EXT-STS:vm_state", "OS-EXT-STS:vmState"))),
        Drift("availability_zone_dropped", True, "server `OS-EXT-AZ:availability_zone` left out", READS,
              after=each_json_object(_dropped("OS-EXT-AZ:availability_zone", _is_server))),
        Drift("volume_list_renamed", True,
              "server `os-extended-volumes:volumes_attached` renamed to `os-extended-volumes:volumes`", READS,
              after=each_json_object(_renamed_in_servers("os-extended-volumes:volumes_attached",
                                                         "os-extended-volumes:volumes"))),
        Drift("flavor_field_dropped", True, "flavor detail `OS-FLV-EXT-DATA:ephemeral` left out", READS,
              after=each_json_object(_dropped("OS-FLV-EXT-DATA:ephemeral", _is_flavor_detail))),
    ]
}


# A field the description does not promise, gone: only a comparison with an earlier run's shapes sees it.
UNMARKED_FIELD_DROPPED = Drift("unmarked_field_dropped", False, "server `NHN-EXT-ATTR:protect` left out", READS,
                               after=each_json_object(_dropped("NHN-EXT-ATTR:protect", _is_server)))


def combined(name: str, drifts: list[Drift]) -> Drift:
    """One drift that applies the answer changes of `drifts` one after the other."""
    afters = [drift.after for drift in drifts if drift.after is not None]

    def after(exchange: Exchange, answer: Answer) -> Answer:
        for change in afters:
            answer = change(exchange, answer)
        return answer

    observable = frozenset.intersection(*(drift.observable_in for drift in drifts))
    return Drift(name, any(d.breaking for d in drifts), "; ".join(d.description for d in drifts), observable,
                 after=after)


def proxy_app(upstream: str, drift: Drift, token: str) -> Callable[..., Awaitable[None]]:
    """An ASGI app that forwards every request to `upstream` through `drift`."""
    client = httpx.AsyncClient(base_url=upstream, timeout=60)

    async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        raw_query = scope.get("query_string", b"").decode("latin-1")
        original_query = parse_qsl(raw_query, keep_blank_values=True)
        exchange = Exchange(
            scope["method"], scope["path"], list(original_query),
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"] if k.lower() != b"host"],
            body, token,
        )
        answer = drift.before(exchange) if drift.before else None
        if answer is None:
            raw_path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
            query = raw_query if exchange.query == original_query else urlencode(exchange.query)
            answer = await forward(client, exchange, raw_path, query)
            again = drift.resend(exchange, answer) if drift.resend else None
            if again is not None:
                answer = await forward(client, again, raw_path, urlencode(again.query))
            if drift.after:
                answer = drift.after(exchange, answer)
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers
                   if k.lower().encode() not in HOP_BY_HOP]
        headers.append((b"content-length", str(len(answer.body)).encode()))
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": answer.body})

    return app


async def forward(client: httpx.AsyncClient, exchange: Exchange, raw_path: str, query: str) -> Answer:
    url = raw_path + (f"?{query}" if query else "")
    sent = [(k, v) for k, v in exchange.headers if k.lower().encode() not in HOP_BY_HOP]  # a drift may change the body
    try:
        response = await client.request(exchange.method, url, headers=sent, content=exchange.body)
    except httpx.TransportError:  # the endpoint behind dropped the connection: a gateway answers 502
        return Answer(502, [("Content-Type", "text/html")], b"<html><body><h1>502 Bad Gateway</h1></body></html>")
    headers = [(k, v) for k, v in response.headers.items() if k.lower().encode() not in HOP_BY_HOP]
    return Answer(response.status_code, headers, response.content)


@contextmanager
def drifted_endpoint(upstream: str, drift: Drift, token: str) -> Iterator[str]:
    """`drift` served on a free loopback port in front of `upstream`; yields the proxy's base URL."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(proxy_app(upstream, drift, token), lifespan="off", log_level="warning",
                                           access_log=False, server_header=False, date_header=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(500):
        if server.started:
            break
        thread.join(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)
        sock.close()
