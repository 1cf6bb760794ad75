"""A stateful mock of the TOAST (NHN Cloud) Compute API: Nova's legacy /v2 behaviour.

The app needs the `mock` extra; it is loaded on first use so that the package (its pytest plugin, its console
script) imports without it and can say what to install."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import UNLIMITED_SERVERS, MockConfig, Quotas, Tenant

if TYPE_CHECKING:
    from .app import MockApp, create_app

__all__ = ["UNLIMITED_SERVERS", "MockApp", "MockConfig", "Quotas", "Tenant", "create_app"]


def __getattr__(name: str) -> Any:
    if name in ("MockApp", "create_app"):
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
