from __future__ import annotations

import base64
import hashlib
import re

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from .conftest import fault

# The API document's import example key is elided; use a real one made here.
PUBLIC_KEY = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes(
    serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode() + " me@example"


def md5_colon(public_key: str) -> str:
    raw = hashlib.md5(base64.b64decode(public_key.split()[1])).hexdigest()
    return ":".join(raw[i:i + 2] for i in range(0, 32, 2))


def test_import_and_get(api):
    response = api.post("/os-keypairs", json={"keypair": {"name": "imported", "public_key": PUBLIC_KEY}})
    assert response.status_code == 200
    created = response.json()["keypair"]
    assert created == {"name": "imported", "public_key": PUBLIC_KEY, "fingerprint": md5_colon(PUBLIC_KEY),
                       "user_id": api.mock.app.config.tenants[0].user_id}
    shown = api.get("/os-keypairs/imported").json()["keypair"]
    assert isinstance(shown["id"], int) and shown["deleted"] is False
    assert shown["updated_at"] is None and shown["deleted_at"] is None
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}", shown["created_at"])
    assert shown["fingerprint"] == created["fingerprint"]
    listed = api.get("/os-keypairs").json()["keypairs"]
    assert listed == [{"keypair": {"name": "imported", "public_key": PUBLIC_KEY,
                                   "fingerprint": md5_colon(PUBLIC_KEY)}}]


def test_generate_returns_a_private_key_that_matches(api):
    created = api.post("/os-keypairs", json={"keypair": {"name": "generated"}}).json()["keypair"]
    private = serialization.load_pem_private_key(created["private_key"].encode(), None)
    assert created["private_key"].startswith("-----BEGIN RSA PRIVATE KEY-----")
    public = private.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    assert created["public_key"].startswith(public.decode())
    assert created["public_key"].rstrip().endswith("Generated-by-Nova")
    assert created["fingerprint"] == md5_colon(created["public_key"])
    assert "private_key" not in api.get("/os-keypairs/generated").json()["keypair"]


def test_duplicate_name_is_409(api):
    assert api.post("/os-keypairs", json={"keypair": {"name": "dup", "public_key": PUBLIC_KEY}}).status_code == 200
    fault(api.post("/os-keypairs", json={"keypair": {"name": "dup", "public_key": PUBLIC_KEY}}), 409,
          "conflictingRequest")


@pytest.mark.parametrize("name", ["", "a" * 256, "bad/name", "dot.name", "été", 42, None])
def test_name_rules(api, name):
    fault(api.post("/os-keypairs", json={"keypair": {"name": name, "public_key": PUBLIC_KEY}}), 400, "badRequest")
    assert api.get("/os-keypairs").json() == {"keypairs": []}


@pytest.mark.parametrize("key", ["not a key", "ssh-rsa AAAA", 12, ""])
def test_invalid_public_key(api, key):
    message = fault(api.post("/os-keypairs", json={"keypair": {"name": "k", "public_key": key}}), 400, "badRequest")
    assert "Keypair data is invalid" in message


def test_delete_is_202_then_404(api):
    api.post("/os-keypairs", json={"keypair": {"name": "gone", "public_key": PUBLIC_KEY}})
    response = api.delete("/os-keypairs/gone")
    assert response.status_code == 202 and response.content == b""
    fault(api.get("/os-keypairs/gone"), 404, "itemNotFound")
    fault(api.delete("/os-keypairs/gone"), 404, "itemNotFound")


def test_missing_keypair_object(api):
    fault(api.post("/os-keypairs", json={"name": "x"}), 400, "badRequest")
