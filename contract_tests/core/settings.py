"""What the contract run targets and how hard it pushes, read from the environment; the profiles and the
run sizes (budgets) every runner uses, defined here only."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from contract_tests.core.budget import Limits
from spec_toolkit.paths import ROOT

PROFILES = ("readonly", "keypairs", "full")


@dataclass(frozen=True)
class Budget:
    """How many examples each kind of test draws."""

    max_examples: int  # per operation, schemathesis
    stateful_examples: int  # scenarios over the links
    property_examples: int  # per hypothesis property

    def environment(self) -> dict[str, str]:
        """The variables that give a separate run this budget."""
        return {
            "TOAST_COMPUTE_MAX_EXAMPLES": str(self.max_examples),
            "TOAST_COMPUTE_STATEFUL_EXAMPLES": str(self.stateful_examples),
            "TOAST_COMPUTE_PROPERTY_EXAMPLES": str(self.property_examples),
        }


BUDGETS = {
    "default": Budget(25, 15, 8),  # the suite's own defaults: the nightly and `nox -s contract`
    "fidelity": Budget(15, 10, 5),  # enough requests to see every shape the mock gives
    "mutations": Budget(8, 8, 3),  # the mutation matrix: every drift in every profile
    "small": Budget(5, 5, 3),  # the tests' quick runs
    "tiny": Budget(1, 1, 1),  # one example of each: a test that only needs every operation once
}


@dataclass(frozen=True)
class ContractSettings:
    base_url: str | None  # None: the embedded mock
    token: str | None
    tenant_id: str | None
    username: str | None  # identity credentials, instead of a token
    password: str | None
    identity_url: str
    profile: str
    max_examples: int
    stateful_examples: int
    requests_per_second: float | None
    name_prefix: str
    image_id: str | None  # needed for server creation on a real endpoint (full profile)
    network_id: str | None
    network_url: str | None  # the network service's root (/v2.0/networks under it): the network is found there
    volume_url: str | None  # the block storage service's tenant URL (`/volumes` under it): the run's volumes go there
    image_url: str | None  # the image service's root (`/v2/images` under it): the run's snapshots are deleted there
    property_examples: int
    shrink: bool  # minimise failing examples (more requests; off by default)
    wait_timeout: float  # seconds a waiter gives a server to reach a status
    report_dir: Path
    observed_dir: Path | None  # where observed response shapes go (evidence for `nox -s fidelity`)
    limits: Limits  # what the run may spend: servers, server-minutes, requests, wall time
    retry_backoff: float  # seconds before the first resend after weather without Retry-After (doubles)
    unhealthy_after: float  # seconds without an answer but weather before the endpoint is called unhealthy
    known_drift: Path | None  # accepted drifts with owner and expiry (known-drift.yaml)
    region: str | None  # a label for the report: which region's endpoint this is
    baseline_dir: Path | None = None  # observed shapes of an earlier green run, compared at the end of this one

    @property
    def uses_mock(self) -> bool:
        return self.base_url is None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ContractSettings:
        env = dict(os.environ if env is None else env)
        base_url = env.get("TOAST_COMPUTE_BASE_URL") or None
        profile = env.get("TOAST_COMPUTE_PROFILE") or ("full" if base_url is None else "readonly")
        if profile not in PROFILES:
            raise ValueError(f"TOAST_COMPUTE_PROFILE must be one of {PROFILES}, not {profile!r}")
        rate = env.get("TOAST_COMPUTE_REQUESTS_PER_SECOND") or (None if base_url is None else "5")
        report_dir = Path(env.get("TOAST_COMPUTE_REPORT_DIR", str(ROOT / "reports" / "contract")))
        observed = env.get("TOAST_COMPUTE_OBSERVED_DIR")
        budget = {**BUDGETS["default"].environment(), **env}
        return cls(
            base_url=base_url.rstrip("/") if base_url else None,
            token=env.get("TOAST_COMPUTE_TOKEN") or None,
            tenant_id=env.get("TOAST_COMPUTE_TENANT_ID") or None,
            username=env.get("TOAST_COMPUTE_USERNAME") or None,
            password=env.get("TOAST_COMPUTE_PASSWORD") or None,
            identity_url=env.get(
                "TOAST_COMPUTE_IDENTITY_URL", "https://api-identity-infrastructure.nhncloudservice.com"
            ).rstrip("/"),
            profile=profile,
            max_examples=int(budget["TOAST_COMPUTE_MAX_EXAMPLES"]),
            stateful_examples=int(budget["TOAST_COMPUTE_STATEFUL_EXAMPLES"]),
            requests_per_second=float(rate) if rate else None,
            name_prefix=env.get("TOAST_COMPUTE_NAME_PREFIX") or f"contract-{secrets.token_hex(3)}-",
            image_id=env.get("TOAST_COMPUTE_IMAGE_ID") or None,
            network_id=env.get("TOAST_COMPUTE_NETWORK_ID") or None,
            network_url=(env.get("TOAST_COMPUTE_NETWORK_URL") or "").rstrip("/") or None,
            volume_url=(env.get("TOAST_COMPUTE_VOLUME_URL") or "").rstrip("/") or None,
            image_url=(env.get("TOAST_COMPUTE_IMAGE_URL") or "").rstrip("/") or None,
            shrink=env.get("TOAST_COMPUTE_SHRINK", "") == "1",
            property_examples=int(budget["TOAST_COMPUTE_PROPERTY_EXAMPLES"]),
            wait_timeout=float(env.get("TOAST_COMPUTE_WAIT_TIMEOUT") or ("5" if base_url is None else "900")),
            report_dir=report_dir,
            observed_dir=Path(observed) if observed else (None if base_url is None else report_dir / "observed"),
            limits=Limits.from_env(env),
            retry_backoff=float(env.get("TOAST_COMPUTE_RETRY_BACKOFF") or ("0.05" if base_url is None else "0.5")),
            unhealthy_after=float(env.get("TOAST_COMPUTE_UNHEALTHY_AFTER") or "45"),
            known_drift=_known_drift(env.get("TOAST_COMPUTE_KNOWN_DRIFT")),
            region=env.get("TOAST_COMPUTE_REGION") or None,
            baseline_dir=Path(env["TOAST_COMPUTE_BASELINE_DIR"]) if env.get("TOAST_COMPUTE_BASELINE_DIR") else None,
        )


def _known_drift(value: str | None) -> Path | None:
    """The known-drift file: the variable's path ("" or "none": none), else the repository's if it has one."""
    if value is not None:
        return None if value.strip().lower() in ("", "none") else Path(value)
    default = ROOT / "known-drift.yaml"
    return default if default.exists() else None
