"""A stateful mock of the TOAST (NHN Cloud) Compute API: Nova's legacy /v2 behaviour."""

from .app import MockApp, create_app
from .config import MockConfig, Tenant

__all__ = ["MockApp", "MockConfig", "Tenant", "create_app"]
