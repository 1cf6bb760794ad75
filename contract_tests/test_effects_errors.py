"""Documented errors, provoked where that is safe, and their envelope compared with the description (issue
17): the status is one the operation documents and the fault name is the one its example gives. Unknown
ids (404), no token (401), an invalid `limit` (400), a body not sent as JSON (415), a taken key pair name
(409). Only operations of the profile are sent, and only to ids and names nobody has: nothing changes."""

from __future__ import annotations

import json
import uuid

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from contract_tests.properties import (
    PROPERTY,
    SESSION,
    SETTINGS,
    documented_fault,
    fault_name,
    holds,
    may_send,
    needs_keypairs,
    operations_of,
    own_name,
    request_example,
    run,
    unknown_path,
)
from toast_compute import ComputeClient, Conflict

DOCUMENT = SESSION.description.document
# Operations that document 404 for what their path names; a write only if it names something (never a create).
NOT_FOUND = sorted(
    (operation["operationId"], method, path) for method, path, operation in operations_of(DOCUMENT)
    if "404" in operation["responses"] and (path.count("{") > 1 or operation["operationId"] == "create_floating_ip")
)
LIMITED = sorted(
    (operation["operationId"], path) for method, path, operation in operations_of(DOCUMENT)
    if method == "get" and any(SESSION.description.resolver.resolve(p).get("name") == "limit"
                               for p in operation.get("parameters", []))
)


def assert_documented(operation_id: str, response: httpx.Response, statuses: set[int]) -> None:
    assert response.status_code in statuses, (
        f"{operation_id}: expected {sorted(statuses)}, answered {response.status_code} {response.text[:200]}")
    expected = documented_fault(operation_id, response.status_code)
    assert expected is not None, f"{operation_id}: {response.status_code} is not documented"
    got = fault_name(response)
    assert got == expected, f"{operation_id} {response.status_code}: the envelope is `{got}`, documented `{expected}`"


def body_for(operation_id: str, operation: dict[str, object], path_key: str | None = None) -> object:
    body = request_example(operation)
    if operation_id == "update_server_metadata_item" and isinstance(body, dict) and path_key:
        body = {"meta": {path_key: "v"}}  # the body's only key must be the path's
    return body


@given(index=st.integers(min_value=0, max_value=200))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples * 2, 16))
def test_unknown_ids_answer_the_documented_fault(compute: ComputeClient, index: int) -> None:
    allowed = [entry for entry in NOT_FOUND if may_send(entry[0])]
    operation_id, method, path = allowed[index % len(allowed)]
    operation = DOCUMENT["paths"][path][method]
    key, volume_id = own_name("none"), str(uuid.uuid4())
    url = unknown_path(path, run().target.tenant_id, key=key, volumeId=volume_id)
    body = body_for(operation_id, operation, key) if method in ("post", "put") else None
    if isinstance(body, dict) and isinstance(body.get("volumeAttachment"), dict):
        body["volumeAttachment"]["volumeId"] = volume_id  # the document repeats the path's volume id
    if operation_id == "create_floating_ip":
        body = {"pool": own_name("pool")}  # no such pool: 404, nothing allocated
    with holds("unknown ids answer the documented fault"):
        response = compute.http.request(method.upper(), url, json=body)
        # POST …/os-volume_attachments/{volumeId} is no route of Nova's: 405 wherever the server is
        statuses = {404, 405} if "405" in operation["responses"] else {404}
        assert_documented(operation_id, response, statuses)


@given(index=st.integers(min_value=0, max_value=200))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 8))
def test_no_token_answers_the_documented_fault(compute: ComputeClient, index: int) -> None:
    """Reads and deletes (of unknown ids) without a token: 401 in Keystone's shape. No create is sent
    without a token: if authentication were ignored it would create something."""
    allowed = sorted((operation["operationId"], method, path) for method, path, operation in operations_of(DOCUMENT)
                     if method in ("get", "delete") and "401" in operation["responses"]
                     and may_send(operation["operationId"]))
    operation_id, method, path = allowed[index % len(allowed)]
    target = run().target
    with holds("no token answers the documented fault"), httpx.Client(
        base_url=target.base_url, transport=target.pacer.transport("property"), timeout=60
    ) as anonymous:
        response = anonymous.request(method.upper(), unknown_path(path, target.tenant_id))
        assert_documented(operation_id, response, {401})


@given(index=st.integers(min_value=0, max_value=200), limit=st.sampled_from([None, "-1", "abc", "1.5"]))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples * 2, 16))
def test_invalid_input_answers_the_documented_fault(compute: ComputeClient, index: int, limit: str | None) -> None:
    """400 `badRequest`: a tenant in the path that is not the token's (every operation; ids nobody has, an
    empty body), or a `limit` that is not a non-negative integer (lists)."""
    allowed = sorted((operation["operationId"], method, path) for method, path, operation in operations_of(DOCUMENT)
                     if "400" in operation["responses"] and may_send(operation["operationId"]))
    operation_id, method, path = allowed[index % len(allowed)]
    tenant_id = run().target.tenant_id
    servers = sorted(run().target.known.server_ids)
    limited = (operation_id, path) in LIMITED and limit is not None and (servers or "{serverId}" not in path)
    if limited:
        url = unknown_path(path, tenant_id, **({"serverId": servers[index % len(servers)]} if servers else {}))
    else:
        url = unknown_path(path, uuid.uuid4().hex)  # another tenant
    body = None
    if method in ("post", "put"):
        body = {"pool": own_name("pool")} if operation_id == "create_floating_ip" else {}
    with holds("invalid input answers the documented fault"):
        response = compute.http.request(method.upper(), url, params={"limit": limit} if limited else None, json=body)
        assert_documented(operation_id, response, {400})


@needs_keypairs
@given(index=st.integers(min_value=0, max_value=200))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 4))
def test_a_body_not_sent_as_json_answers_the_documented_fault(compute: ComputeClient, index: int) -> None:
    """415 `badMediaType` for a JSON body sent as text/plain: a key pair create (a name of the run's, deleted
    at the end if a drift created it after all) and every write that names a resource (ids nobody has)."""
    allowed = sorted((operation["operationId"], method, path) for method, path, operation in operations_of(DOCUMENT)
                     if "415" in operation["responses"] and may_send(operation["operationId"])
                     and (path.count("{") > 1 or operation["operationId"] == "create_keypair"))
    operation_id, method, path = allowed[index % len(allowed)]
    name = own_name("media")
    run().registry.add_keypair(name)
    body = {"keypair": {"name": name}} if operation_id == "create_keypair" else request_example(
        DOCUMENT["paths"][path][method])
    with holds("a body not sent as JSON answers the documented fault"):
        response = compute.http.request(method.upper(), unknown_path(path, run().target.tenant_id),
                                        content=json.dumps(body), headers={"Content-Type": "text/plain"})
        assert_documented(operation_id, response, {415})


@needs_keypairs
@given(st.just(None))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 2))
def test_a_taken_keypair_name_is_a_conflict(compute: ComputeClient, _: None) -> None:
    name = own_name("taken")
    run().registry.add_keypair(name)
    with holds("a taken key pair name is a conflict"):
        compute.create_keypair(name)
        try:
            compute.create_keypair(name)
        except Conflict as conflict:
            expected = documented_fault("create_keypair", 409)
            assert conflict.fault_name == expected, f"409 envelope `{conflict.fault_name}`, documented `{expected}`"
        else:
            raise AssertionError("a second key pair of a taken name was created")
