"""Keypairs: Nova's fingerprint and key generation (`nova/crypto.py`), name rules, views."""

from __future__ import annotations

import base64
import hashlib
import string
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .clock import naive_micro
from .faults import bad_request

_SAFE_CHARS = set("_- " + string.digits + string.ascii_letters)


@dataclass
class Keypair:
    id: int
    name: str
    public_key: str
    fingerprint: str
    user_id: str
    created_at: float

    def summary(self) -> dict:
        return {"name": self.name, "public_key": self.public_key, "fingerprint": self.fingerprint}

    def created_view(self, private_key: str | None) -> dict:
        view = {**self.summary(), "user_id": self.user_id}
        if private_key is not None:
            view["private_key"] = private_key
        return view

    def detail(self) -> dict:
        return {
            **self.summary(),
            "user_id": self.user_id,
            "id": self.id,
            "deleted": False,
            "created_at": naive_micro(self.created_at),
            "updated_at": None,
            "deleted_at": None,
        }


def invalid_keypair(reason: str):
    return bad_request(f"Keypair data is invalid: {reason}")


def check_name(name: object) -> str:
    """Nova's `_validate_new_key_pair`: 1-255 characters from `_- a-zA-Z0-9`."""
    if not isinstance(name, str) or not 0 < len(name) < 256:
        raise invalid_keypair("Keypair name must be string and between 1 and 255 characters long")
    if not set(name) <= _SAFE_CHARS:
        raise invalid_keypair("Keypair name contains unsafe characters")
    return name


def fingerprint(public_key: str) -> str:
    """MD5 of the key blob, colon-separated hex, after checking the key parses (Nova's way)."""
    try:
        serialization.load_ssh_public_key(public_key.encode("utf-8"))
        blob = base64.b64decode(public_key.split(" ")[1])
    except Exception:
        raise invalid_keypair("failed to generate fingerprint") from None
    raw = hashlib.md5(blob, usedforsecurity=False).hexdigest()
    return ":".join(a + b for a, b in zip(raw[::2], raw[1::2], strict=True))


def generate() -> tuple[str, str]:
    """A new RSA 2048 key pair as Nova makes it: (private PEM, `ssh-rsa ... Generated-by-Nova`)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    ).decode()
    public = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    return private, public.decode() + " Generated-by-Nova\n"
