"""What a mock instance accepts and how its clock runs."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .server_actions import durations
from .weather import Weather

# The tenant and user of the API document's own examples: 32 lowercase hex characters, as the
# spec's `tenantId` pattern `^[0-9a-f-]+$` and real NHN Cloud tenant ids are.
DEFAULT_TENANT_ID = "6cdebe3eb0094910bc41f1d42ebe4cb7"
DEFAULT_USER_ID = "b6ab578c20c94306ac1f41ffc4415b29"
DEFAULT_TOKEN = "toast-mock-token"
DEFAULT_USERNAME = "mock-user@example.com"
DEFAULT_PASSWORD = "mock-api-password"

CLOCK_MODES = ("real", "immediate", "manual")

# Seconds each transition takes on the `real` and `manual` clocks, and on a real cloud (issue 16: for
# clients that must cope with servers that take a minute): the server actions' from their table, and
# these. A delete is immediate by default (0: gone at once; more: shown `deleting` for that long, then gone).
_OTHER_SECONDS = {"build": (3.0, 45.0), "delete": (0.0, 10.0), "volume_create": (0.0, 5.0)}  # volume: until available
DEFAULT_DURATIONS = {**{key: seconds[0] for key, seconds in _OTHER_SECONDS.items()}, **durations(realistic=False)}
REALISTIC_DURATIONS = {**{key: seconds[1] for key, seconds in _OTHER_SECONDS.items()}, **durations(realistic=True)}
TIMING_PRESETS = {"default": DEFAULT_DURATIONS, "realistic": REALISTIC_DURATIONS}


def check_durations(durations: dict[str, Any], where: str = "durations") -> dict[str, float]:
    """The durations as floats, every key a known transition and every value a number of seconds >= 0."""
    checked: dict[str, float] = {}
    for key, value in durations.items():
        if key not in DEFAULT_DURATIONS:
            raise ValueError(f"{where}: unknown transition {key!r} (known: {', '.join(DEFAULT_DURATIONS)})")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < float("inf"):
            raise ValueError(f"{where}: {key!r} must be a number of seconds >= 0, not {value!r}")
        checked[key] = float(value)
    return checked


def load_durations(path: str | Path) -> dict[str, float]:
    """A file of timings: a JSON or YAML mapping of transition to seconds; the transitions it leaves
    out take their default duration."""
    where = f"timings file {path}"
    try:
        text = Path(path).read_text(encoding="utf-8")
        if str(path).endswith((".yaml", ".yml")):
            import yaml  # type: ignore[import-untyped, unused-ignore]  # installed with uvicorn[standard]

            data = yaml.safe_load(text)
        else:
            data = json.loads(text)
    except Exception as error:  # OSError, JSON's ValueError, yaml.YAMLError, no yaml installed
        raise ValueError(f"{where} cannot be read: {error}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a mapping of transition to seconds")
    return {**DEFAULT_DURATIONS, **check_durations(data, where)}


@dataclass(frozen=True)
class Quotas:
    """One tenant's Nova quotas, Nova's defaults (`nova/conf/quota.py`); -1 is unlimited."""

    instances: int = 10
    cores: int = 20
    ram: int = 50 * 1024  # MB
    key_pairs: int = 100
    metadata_items: int = 128  # per server
    injected_files: int = 5
    injected_file_content_bytes: int = 10240
    injected_file_path_bytes: int = 255
    server_groups: int = 10
    server_group_members: int = 10


# For benchmarks and tests that need more servers than Nova's defaults allow.
UNLIMITED_SERVERS = Quotas(instances=-1, cores=-1, ram=-1)
TENANT_ID = re.compile(r"^[0-9a-f-]+$")  # Nova's ProjectMapper project_id pattern: no other id has a route
COMPUTE_PREFIX = "v2"  # the Nova API's paths on the mock: /v2/{tenantId}/... (the neighbours have their own)


@dataclass(frozen=True)
class Tenant:
    """One tenant the mock serves: the token that opens it and the identity user behind it
    (`password` None: no identity login for this tenant, only its token)."""

    tenant_id: str = DEFAULT_TENANT_ID
    token: str = DEFAULT_TOKEN
    user_id: str = DEFAULT_USER_ID
    username: str = DEFAULT_USERNAME
    password: str | None = DEFAULT_PASSWORD
    name: str = "mock-project"
    quotas: Quotas = Quotas()


@dataclass
class MockConfig:
    tenants: list[Tenant] = field(default_factory=lambda: [Tenant()])
    # The control API (/_mock/*): off, or on and open (None: for code that embeds the mock in its own
    # process), or on for callers that send this token in X-Mock-Control-Token.
    control_api: bool = True
    control_token: str | None = None
    clock: str = "real"
    durations: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_DURATIONS))
    max_body_bytes: int = 1024 * 1024
    default_limit: int = 100  # NHN Cloud's documented default page size
    max_limit: int = 1000  # Nova's [api]max_limit
    max_count: int = 10  # TOAST: at most 10 servers per create call
    regex_budget_seconds: float = 0.5  # total time one `name` filter may spend matching
    # How long (on the mock's clock) a deleted server stays listed by `changes-since`, as Nova's
    # soft-deleted rows do until they are archived; then it is forgotten.
    deleted_retention_seconds: float = 60.0
    deleted_kept_per_tenant: int = 5000  # and at most this many (memory stays bounded at any delete rate)
    worker_threads: int = 4  # the pool for CPU-heavy work (key generation, name filters)
    worker_jobs_per_tenant: int = 2  # one tenant's share of it at a time
    weather: Weather | None = None  # a real cloud's front door (weather.py); None: perfect weather

    def __post_init__(self) -> None:
        if self.clock not in CLOCK_MODES:
            raise ValueError(f"clock must be one of {CLOCK_MODES}, not {self.clock!r}")
        check_durations(self.durations)
        if not self.tenants:
            raise ValueError("at least one tenant is needed")
        unroutable = [t.tenant_id for t in self.tenants if not TENANT_ID.match(t.tenant_id)]
        if unroutable:
            raise ValueError(f"tenant ids are Nova project ids, lower-case hex digits and dashes: not {unroutable}")
        tokens = [t.token for t in self.tenants]
        if len(set(tokens)) != len(tokens):
            raise ValueError("every tenant needs its own token")


@dataclass(frozen=True)
class ConnectionLimits:
    """Limits on slow clients (enforced by connections.py on uvicorn; granian has its own)."""

    header_timeout: float = 10.0  # seconds from connecting (or from a request's first byte) to its whole head
    keep_alive_timeout: float = 5.0  # seconds an idle keep-alive connection stays open
    max_connections: int = 4096  # beyond this, a new connection is closed at once
    max_waiting_heads: int = 512  # connections still sending their head; the oldest is closed beyond this


DEFAULT_LIMITS = ConnectionLimits()
