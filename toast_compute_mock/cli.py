"""`toast-compute-mock`: serve the mock on HTTP."""

from __future__ import annotations

import argparse
import sys

from .config import CLOCK_MODES, DEFAULT_TENANT_ID, DEFAULT_TOKEN, DEFAULT_USER_ID, MockConfig, Tenant
from .extra import missing_dependency_message


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="toast-compute-mock",
        description="A stateful mock of the TOAST (NHN Cloud) Compute API, Nova legacy /v2 semantics.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8774, help="port to listen on (default: %(default)s)")
    parser.add_argument("--token", action="append",
                        help=f"accepted X-Auth-Token; repeat with --tenant-id for several tenants "
                             f"(default: {DEFAULT_TOKEN})")
    parser.add_argument("--tenant-id", action="append",
                        help="the tenant each --token opens, 32 lowercase hex characters "
                             f"(default: {DEFAULT_TENANT_ID})")
    parser.add_argument("--clock", choices=CLOCK_MODES, default="real",
                        help="real: transitions take seconds; immediate: no time; manual: only "
                             "POST /_mock/clock/advance moves time (default: %(default)s)")
    parser.add_argument("--server", choices=("uvicorn", "granian"), default="uvicorn",
                        help="HTTP server: uvicorn with httptools + uvloop, or granian (default: %(default)s, "
                             "the faster one for the mock in scripts/bench_mock.py)")
    args = parser.parse_args(argv)
    tokens = args.token or [DEFAULT_TOKEN]
    tenant_ids = args.tenant_id or [DEFAULT_TENANT_ID]
    if len(tokens) != len(tenant_ids):
        parser.error("give one --tenant-id per --token")
    args.tenants = [
        Tenant(tenant_id=tenant_id, token=token, user_id=DEFAULT_USER_ID if i == 0 else f"{tenant_id[:24]}{i:08x}",
               username=f"mock-user{i or ''}@example.com")
        for i, (token, tenant_id) in enumerate(zip(tokens, tenant_ids, strict=True))
    ]
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        from .serving import serve_foreground
    except ModuleNotFoundError as error:  # installed without the `mock` extra
        sys.exit(f"toast-compute-mock: {missing_dependency_message(error)}")
    config = MockConfig(tenants=args.tenants, clock=args.clock)
    tenants = ", ".join(f"{t.tenant_id} (token {t.token})" for t in config.tenants)
    print(f"toast-compute-mock on http://{args.host}:{args.port} [{args.server}, clock {args.clock}]: {tenants}",
          file=sys.stderr, flush=True)
    serve_foreground(config, args.host, args.port, args.server)
    return 0


if __name__ == "__main__":
    sys.exit(main())
