"""Server metadata: Nova's server_metadata controller (list, merge, replace, one item), its limits,
its faults, and the states in which a server's metadata cannot change."""

from __future__ import annotations

from .conftest import fault


def test_list_merge_replace(api):
    server_id = api.create_server(metadata={"team": "a"})
    listed = api.get(f"/servers/{server_id}/metadata").json()["metadata"]
    assert listed["team"] == "a" and listed["os_distro"] == "Ubuntu"  # the image's properties are copied
    merged = api.post(f"/servers/{server_id}/metadata", json={"metadata": {"team": "b", "env": "prod"}})
    assert merged.status_code == 200
    assert merged.json()["metadata"] == {**listed, "team": "b", "env": "prod"}
    replaced = api.put(f"/servers/{server_id}/metadata", json={"metadata": {"only": "this"}})
    assert replaced.status_code == 200 and replaced.json() == {"metadata": {"only": "this"}}
    assert api.server(server_id)["metadata"] == {"only": "this"}


def test_item_get_set_delete(api):
    server_id = api.create_server()
    path = f"/servers/{server_id}/metadata/login_username"
    assert api.get(path).json() == {"meta": {"login_username": "ubuntu"}}
    updated = api.put(path, json={"meta": {"login_username": "admin"}})
    assert updated.status_code == 200 and updated.json() == {"meta": {"login_username": "admin"}}
    added = api.put(f"/servers/{server_id}/metadata/new key", json={"meta": {"new key": "v"}})
    assert added.status_code == 200
    assert api.server(server_id)["metadata"]["new key"] == "v"
    deleted = api.delete(path)
    assert deleted.status_code == 204 and deleted.content == b""
    assert "Metadata item was not found" in fault(api.get(path), 404, "itemNotFound")
    fault(api.delete(path), 404, "itemNotFound")
    assert "login_username" not in api.get(f"/servers/{server_id}/metadata").json()["metadata"]


def test_path_key_must_be_the_body_key(api):
    server_id = api.create_server()
    path = f"/servers/{server_id}/metadata/a"
    assert fault(api.put(path, json={"meta": {"b": "1"}}), 400, "badRequest") == "Request body and URI mismatch"
    fault(api.put(path, json={"meta": {"a": "1", "b": "2"}}), 400, "badRequest")
    fault(api.put(path, json={"meta": {}}), 400, "badRequest")
    fault(api.put(path, json={"metadata": {"a": "1"}}), 400, "badRequest")
    fault(api.get(path), 404, "itemNotFound")  # nothing was written


def test_lengths_and_key_characters(api):
    server_id = api.create_server()
    path = f"/servers/{server_id}/metadata"
    assert api.post(path, json={"metadata": {"k" * 255: "v" * 255}}).status_code == 200
    fault(api.post(path, json={"metadata": {"k" * 256: "v"}}), 400, "badRequest")
    fault(api.post(path, json={"metadata": {"k": "v" * 256}}), 400, "badRequest")
    fault(api.post(path, json={"metadata": {"k/slash": "v"}}), 400, "badRequest")
    fault(api.post(path, json={"metadata": {"k": 1}}), 400, "badRequest")
    fault(api.put(path, json={"metadata": ["k"]}), 400, "badRequest")


def test_quota_counts_the_merged_result(api):
    server_id = api.create_server(metadata={})
    current = api.get(f"/servers/{server_id}/metadata").json()["metadata"]
    room = 128 - len(current)
    fill = {f"k{i}": "v" for i in range(room)}
    assert api.post(f"/servers/{server_id}/metadata", json={"metadata": fill}).status_code == 200
    assert "metadata_items" in fault(api.post(f"/servers/{server_id}/metadata", json={"metadata": {"one": "more"}}),
                                     403, "forbidden")
    fault(api.put(f"/servers/{server_id}/metadata/extra", json={"meta": {"extra": "v"}}), 403, "forbidden")
    replaced = api.put(f"/servers/{server_id}/metadata", json={"metadata": {f"n{i}": "v" for i in range(128)}})
    assert replaced.status_code == 200  # a replace counts only its own pairs
    fault(api.put(f"/servers/{server_id}/metadata", json={"metadata": {f"n{i}": "v" for i in range(129)}}),
          403, "forbidden")


def test_unknown_server_and_busy_server(api, manual):
    fault(api.get("/servers/0b5f7b35-5b8b-4b9a-9e3a-52b7b9c4c7a1/metadata"), 404, "itemNotFound")
    server_id = api.create_server()  # BUILD on the manual clock
    message = fault(api.post(f"/servers/{server_id}/metadata", json={"metadata": {"a": "b"}}), 409,
                    "conflictingRequest")
    assert message == f"Cannot 'update metadata' instance {server_id} while it is in vm_state building"
    fault(api.delete(f"/servers/{server_id}/metadata/os_type"), 409, "conflictingRequest")
    assert api.get(f"/servers/{server_id}/metadata").status_code == 200  # reading is always allowed
    manual.advance(3)
    assert api.post(f"/servers/{server_id}/metadata", json={"metadata": {"a": "b"}}).status_code == 200
    api.action(server_id, {"os-stop": None})
    fault(api.put(f"/servers/{server_id}/metadata/a", json={"meta": {"a": "c"}}), 409, "conflictingRequest")
    manual.advance(1)  # SHUTOFF: metadata can change again
    assert api.put(f"/servers/{server_id}/metadata/a", json={"meta": {"a": "c"}}).status_code == 200
