"""Key pairs: Nova's name rules, fingerprint and key generation (`nova/crypto.py`), quota."""

from __future__ import annotations

import base64
import hashlib
import string

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ..faults import NovaFault, bad_request, conflict, forbidden, not_found
from .models import Keypair
from .project import Project
from .runtime import Runtime

_SAFE_CHARS = set("_- " + string.digits + string.ascii_letters)


def invalid_keypair(reason: str) -> NovaFault:
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


def get_keypair(project: Project, name: str) -> Keypair:
    keypair = project.keypairs.get(name)
    if keypair is None:
        raise not_found(f"Keypair {name} not found for user {project.user_id}")
    return keypair


def check_new(project: Project, name: object) -> str:
    """The name of a key pair that may be created now: valid, not taken, within the quota."""
    name = check_name(name)
    if name in project.keypairs:
        raise conflict(f"Key pair '{name}' already exists.")
    if 0 <= project.quotas.key_pairs <= len(project.keypairs):
        raise forbidden("Quota exceeded, too many key pairs.")
    return name


def create_keypair(runtime: Runtime, project: Project, name: object, public_key: str | None,
                   generated: tuple[str, str] | None = None) -> tuple[Keypair, str | None]:
    """Imports `public_key`, or, when it is None, uses the `generated` pair (made by `generate()`
    outside the state lock) or generates one. Returns the key pair and the private key (None when
    imported)."""
    name = check_new(project, name)
    private_key = None
    if public_key is None:
        private_key, public_key = generated or generate()
    keypair = Keypair(
        id=next(runtime.keypair_ids),
        name=name,
        public_key=public_key,
        fingerprint=fingerprint(public_key),
        user_id=project.user_id,
        created_at=runtime.clock.now(),
    )
    project.keypairs[name] = keypair
    return keypair, private_key


def delete_keypair(project: Project, name: str) -> None:
    del project.keypairs[get_keypair(project, name).name]
