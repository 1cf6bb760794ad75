"""`toast-compute-mock`: serve the mock on HTTP."""

from __future__ import annotations

import argparse
import os
import sys

from .config import (
    CLOCK_MODES,
    DEFAULT_LIMITS,
    DEFAULT_PASSWORD,
    DEFAULT_TENANT_ID,
    DEFAULT_TOKEN,
    DEFAULT_USER_ID,
    DEFAULT_USERNAME,
    TIMING_PRESETS,
    ConnectionLimits,
    MockConfig,
    Quotas,
    Tenant,
    load_durations,
)
from .extra import missing_dependency_message
from .weather import KINDS, METHODS, Weather, WeatherError, parse_latency, parse_throttle

CONTROL_TOKEN_ENV = "TOAST_COMPUTE_MOCK_CONTROL_TOKEN"


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
    parser.add_argument("--username", action="append",
                        help="identity user of each tenant, in --token order (default: "
                             f"{DEFAULT_USERNAME} for the first, mock-userN@example.com for the others)")
    parser.add_argument("--password", action="append",
                        help="identity password of each tenant, in --token order (default: "
                             f"{DEFAULT_PASSWORD} for the first; the others get no identity login)")
    parser.add_argument("--control-token", default=os.environ.get(CONTROL_TOKEN_ENV),
                        help="turns the control API (/_mock/*) on for callers that send this token in "
                             f"X-Mock-Control-Token (default: ${CONTROL_TOKEN_ENV}; without it the control "
                             "API is off)")
    parser.add_argument("--clock", choices=CLOCK_MODES, default="real",
                        help="real: transitions take seconds; immediate: no time; manual: only "
                             "POST /_mock/clock/advance moves time (default: %(default)s)")
    parser.add_argument("--timings", default="default", metavar="{default,realistic,PATH}",
                        help="how long transitions take on the real and manual clocks: the short default ones, "
                             "a real cloud's (build 45 s, delete 10 s...), or a JSON/YAML file of seconds by "
                             "transition (default: %(default)s)")
    parser.add_argument("--deleted-retention", type=float, default=MockConfig.deleted_retention_seconds,
                        help="seconds (on the mock's clock) a deleted server stays listed by changes-since "
                             "(default: %(default)s)")
    for resource, unit in (("instances", "servers"), ("cores", "vCPUs"), ("ram", "MB")):
        parser.add_argument(f"--quota-{resource}", type=int, default=getattr(Quotas, resource),
                            help=f"Nova's {resource} quota of every tenant, in {unit}; -1: unlimited "
                                 "(default: %(default)s)")
    weather = parser.add_argument_group("weather", "a real cloud's front door (default: perfect weather)")
    weather.add_argument("--throttle", metavar="RATE[:BURST]",
                         help="requests a second each tenant may send, with BURST in a row (default burst 5); "
                              "beyond: 429 with Retry-After and Nova's overLimit body")
    weather.add_argument("--transient", type=float, default=0.0, metavar="FRACTION",
                         help="the fraction of requests that fail transiently (default: %(default)s)")
    weather.add_argument("--transient-kinds", default="503", metavar="KIND,...",
                         help=f"how they fail, drawn at random among: {', '.join(KINDS)} (drop: the connection is "
                              "closed before the service sees the request; drop-after: after it did the work) "
                              "(default: %(default)s)")
    weather.add_argument("--transient-methods", default=",".join(METHODS), metavar="METHOD,...",
                         help="the methods that may fail (default: all)")
    weather.add_argument("--latency", metavar="MS[:JITTER_MS]", help="added to every answer, plus or minus JITTER")
    weather.add_argument("--seed", type=int, help="the same failures, run after run")
    parser.add_argument("--header-timeout", type=float, default=DEFAULT_LIMITS.header_timeout,
                        help="seconds a client has to send a request's head before it is disconnected "
                             "(default: %(default)s)")
    parser.add_argument("--keep-alive-timeout", type=float, default=DEFAULT_LIMITS.keep_alive_timeout,
                        help="seconds an idle keep-alive connection stays open (uvicorn; default: %(default)s)")
    parser.add_argument("--max-connections", type=int, default=DEFAULT_LIMITS.max_connections,
                        help="open connections beyond which new ones are closed at once (uvicorn; "
                             "default: %(default)s)")
    parser.add_argument("--server", choices=("uvicorn", "granian"), default="uvicorn",
                        help="HTTP server: uvicorn with httptools + uvloop, or granian (default: %(default)s, "
                             "the faster one for the mock in scripts/bench_mock.py)")
    args = parser.parse_args(argv)
    tokens = args.token or [DEFAULT_TOKEN]
    tenant_ids = args.tenant_id or [DEFAULT_TENANT_ID]
    if len(tokens) != len(tenant_ids):
        parser.error("give one --tenant-id per --token")
    usernames = args.username or [DEFAULT_USERNAME, *(f"mock-user{i}@example.com" for i in range(1, len(tokens)))]
    passwords: list[str | None] = args.password or [DEFAULT_PASSWORD, *([None] * (len(tokens) - 1))]
    if len(usernames) != len(tokens) or len(passwords) != len(tokens):
        parser.error("give one --username and one --password per --token, or none")
    preset = TIMING_PRESETS.get(args.timings)
    try:
        args.durations = dict(preset) if preset is not None else load_durations(args.timings)
    except ValueError as error:
        parser.error(str(error))
    if min(args.quota_instances, args.quota_cores, args.quota_ram) < -1:
        parser.error("a quota is a number of at least 0, or -1 for unlimited")
    quotas = Quotas(instances=args.quota_instances, cores=args.quota_cores, ram=args.quota_ram)
    args.tenants = [
        Tenant(tenant_id=tenant_id, token=token, user_id=DEFAULT_USER_ID if i == 0 else f"{tenant_id[:24]}{i:08x}",
               username=username, password=password, quotas=quotas)
        for i, (token, tenant_id, username, password) in enumerate(zip(tokens, tenant_ids, usernames, passwords,
                                                                       strict=True))
    ]
    try:
        args.weather = weather_from(args)
    except WeatherError as error:
        parser.error(str(error))
    args.limits = ConnectionLimits(header_timeout=args.header_timeout, keep_alive_timeout=args.keep_alive_timeout,
                                   max_connections=args.max_connections)
    return args


def weather_from(args: argparse.Namespace) -> Weather | None:
    """The weather the flags ask for; None when they ask for none."""
    if args.throttle is None and not args.transient and args.latency is None:
        return None
    rate, burst = parse_throttle(args.throttle) if args.throttle is not None else (None, 5)
    latency, jitter = parse_latency(args.latency) if args.latency is not None else (0.0, 0.0)
    return Weather(throttle=rate, burst=burst, transient=args.transient,
                   kinds=tuple(k.strip() for k in args.transient_kinds.split(",") if k.strip()),
                   methods=tuple(m.strip().upper() for m in args.transient_methods.split(",") if m.strip()),
                   latency=latency, jitter=jitter, seed=args.seed)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        from .serving import serve_foreground
    except ModuleNotFoundError as error:  # installed without the `mock` extra
        sys.exit(f"toast-compute-mock: {missing_dependency_message(error)}")
    try:
        config = MockConfig(tenants=args.tenants, clock=args.clock, durations=args.durations,
                            control_api=args.control_token is not None,
                            control_token=args.control_token, deleted_retention_seconds=args.deleted_retention,
                            weather=args.weather)
    except ValueError as error:  # a tenant id no route reaches, two tenants with one token...
        sys.exit(f"toast-compute-mock: {error}")
    # Never a token or a password in the output: logs are often kept and shared.
    tenants = ", ".join(t.tenant_id for t in config.tenants)
    control = "on (token required)" if config.control_api else "off"
    print(f"toast-compute-mock on http://{args.host}:{args.port} [{args.server}, clock {args.clock}, "
          f"control API {control}]: tenants {tenants}", file=sys.stderr, flush=True)
    serve_foreground(config, args.host, args.port, args.server, args.limits)
    return 0


if __name__ == "__main__":
    sys.exit(main())
