"""What a contract run found: the verdict (passed, drift, endpoint unhealthy), cases and failures per
operation and check, failures with a curl line to reproduce them, flaky cases with both answers, known
drift, additive-drift warnings, what the weather cost, the bill, and where the time went."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contract_tests.core.budget import Bill
from contract_tests.core.known_drift import KnownDrifts
from contract_tests.core.pacing import Pacer

REFERENCE_RATE = 5.0  # requests a second: NHN Cloud's recommended pace, the default on a real endpoint


@dataclass
class FailureRecord:
    kind: str
    operation_id: str
    check: str
    title: str
    curl: str
    status: int | None
    response: str


@dataclass
class FlakyRecord:
    """A check failure that did not come back when the case was sent again: weather, not drift."""

    kind: str
    operation_id: str
    checks: str
    first: str  # the first answer (status and excerpt)
    second: str  # the answer that passed


@dataclass(frozen=True)
class ChainRound:
    """A round of scenarios over the chains of the links still missed (test_stateful.take_round)."""

    missed: int  # links still missed before it
    scenarios: int
    servers_created: int
    seconds: float


VERDICTS = {"passed": 0, "drift": 1, "endpoint unhealthy": 75}  # and their exit codes (75: EX_TEMPFAIL)


@dataclass
class Report:
    pacer: Pacer = field(default_factory=lambda: Pacer(None))
    bill: Bill = field(default_factory=Bill)
    known: KnownDrifts = field(default_factory=KnownDrifts)
    region: str | None = None
    flaky: list[FlakyRecord] = field(default_factory=list)
    known_failures: list[tuple[str, str]] = field(default_factory=list)  # (entry line, failure title)
    budget_stop: str | None = None  # why the run stopped sending new cases early
    tests_failed: bool = False  # set when the session ends: a test failed (drift, or an expired known drift)
    started: float = field(default_factory=time.perf_counter)
    cases: Counter[str] = field(default_factory=Counter)  # by kind: schemathesis, stateful, property
    checks: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    failures: list[FailureRecord] = field(default_factory=list)
    warnings: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    # "target" (HTTP round trips) and "checks"
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    links: Counter[str] = field(default_factory=Counter)  # link -> stateful steps that took it
    known_links: list[str] = field(default_factory=list)  # the description's links among the profile's operations
    chain_rounds: list[ChainRound] = field(default_factory=list)  # over the links the random scenarios missed
    scenarios_cut_short: int = 0  # chain scenarios hypothesis ended early (`test_stateful.run_scenario`): no finding
    effect_matrix: str = ""  # the effect matrix as Markdown (core/effects.py)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def count_case(self, kind: str) -> None:
        with self._lock:
            self.cases[kind] += 1

    def record_checks(self, kind: str, operation_id: str, results: list[Any], case: Any, response: Any) -> bool:
        """Count the results; failures a known-drift entry accepts become known-drift lines. True when a
        failure is left: drift."""
        drift = False
        with self._lock:
            for result in results:
                stats = self.checks[operation_id, result.name]
                stats[0] += 1
                if result.failure is None:
                    continue
                title = _describe(result.failure)
                entry = self.known.match(operation_id, result.name, title)
                if entry is not None:
                    self.known_failures.append((entry.line(), title))
                    continue
                stats[1] += 1
                drift = True
                self.failures.append(
                    FailureRecord(kind, operation_id, result.name, title, reproduction(case),
                                  getattr(response, "status_code", None), _excerpt(response))
                )
        return drift

    def record_flaky(self, kind: str, operation_id: str, results: list[Any], first: Any, second: Any) -> None:
        checks = ", ".join(sorted({r.name for r in results if r.failure is not None})) or "checks"
        with self._lock:
            self.flaky.append(FlakyRecord(kind, operation_id, checks, _answer(first), _answer(second)))

    def reclassify_as_flaky(self, since: int, why: str) -> None:
        """The failures recorded since index `since` did not reproduce: they become flaky records."""
        with self._lock:
            for failure in self.failures[since:]:
                self.flaky.append(FlakyRecord(failure.kind, failure.operation_id, failure.check,
                                              f"{failure.status} {failure.title}", f"not reproduced ({why})"))
                self.checks[failure.operation_id, failure.check][1] -= 1
            del self.failures[since:]

    def record_property(self, name: str, failure: str | None) -> bool:
        """One example of a property test: it held, or `failure` says how it did not. True: drift."""
        entry = None if failure is None else self.known.match(name, "property", failure)
        with self._lock:
            self.cases["property"] += 1
            stats = self.checks[name, "property"]
            stats[0] += 1
            if failure is None:
                return False
            if entry is not None:
                self.known_failures.append((entry.line(), failure))
                return False
            stats[1] += 1
            self.failures.append(FailureRecord("property", name, "property", failure, "", None, ""))
            return True

    def verdict(self, tests_failed: bool) -> str:
        """`endpoint unhealthy` when the endpoint was down or mostly failing; `drift` when a reproduced
        disagreement (or an expired known drift) failed the run; `passed` otherwise."""
        if self.pacer.weather.health.verdict is not None:
            return "endpoint unhealthy"
        return "drift" if tests_failed or self.failures else "passed"

    def weather_lines(self) -> list[str]:
        log = self.pacer.weather.log
        retries = ", ".join(f"{reason} {n}" for reason, n in sorted(log.retries.items())) or "none"
        lines = [
            f"Throttled {log.throttled} times, {log.throttled_seconds:.1f} s waited; pace now "
            f"{self.pacer.rate or 'unpaced'} req/s (configured {self.pacer.per_second or 'unpaced'})",
            f"Resent after weather: {retries}",
            f"Not judged (weather outlasted the retries, or an ambiguous write): {len(log.transient)}",
        ]
        lines += [f"  {line}" for line in log.transient[:20]]
        lines += [f"  after an ambiguous write, found and cleaned up: {what}" for what in log.recovered]
        if self.pacer.weather.health.verdict is not None:
            lines.append(f"Endpoint unhealthy: {self.pacer.weather.health.verdict}")
        return lines

    def record_failure(self, kind: str, operation_id: str, check: str, title: str) -> None:
        """A finding outside any case (e.g. against the baseline): counted as one failed check."""
        with self._lock:
            self.checks[operation_id, check][0] += 1
            self.checks[operation_id, check][1] += 1
            self.failures.append(FailureRecord(kind, operation_id, check, title, "", None, ""))

    def record_warnings(self, operation_id: str, warnings: list[str]) -> None:
        with self._lock:
            for warning in warnings:
                self.warnings[operation_id][warning] += 1

    def record_link(self, link: str) -> None:
        with self._lock:
            self.links[link] += 1

    def record_chain_round(self, missed: int, scenarios: int, servers_created: int, seconds: float) -> None:
        with self._lock:
            self.chain_rounds.append(ChainRound(missed, scenarios, servers_created, round(seconds, 1)))

    def count_cut_short(self) -> None:
        with self._lock:
            self.scenarios_cut_short += 1

    def describe(self, links: list[str], effect_matrix: str) -> None:
        """What the report compares the run with: the links a run should take, the effect matrix."""
        self.known_links, self.effect_matrix = links, effect_matrix

    def link_coverage(self) -> str:
        """Each link of the description and how many stateful steps took it (0: never)."""
        names = sorted(set(self.known_links) | set(self.links))
        taken = sum(1 for name in self.known_links if self.links[name])
        lines = [f"Links of the description taken by stateful steps: {taken} of {len(self.known_links)}"]
        lines += [f"  {self.links[name]:>4}  {name}" for name in names]
        if self.chain_rounds:
            rounds = " -> ".join(f"{r.missed} ({r.scenarios} scenarios, {r.servers_created} servers, {r.seconds:g} s)"
                                 for r in self.chain_rounds)
            lines.append(f"Rounds of chains, the links still missed before each: {rounds}; scenarios hypothesis "
                         f"cut short (a replay drew differently on a live service, or every example was "
                         f"discarded): {self.scenarios_cut_short}")
        return "\n".join(lines)

    def add_time(self, what: str, seconds: float) -> None:
        with self._lock:
            self.seconds[what] += seconds

    # Rendering

    def summary_table(self) -> str:
        operations = sorted({op for op, _ in self.checks})
        check_names = sorted({check for _, check in self.checks})
        short = {name: name.replace("_conformance", "").replace("_", " ") for name in check_names}
        width = max((len(op) for op in operations), default=10)
        header = "operation".ljust(width) + " | " + " | ".join(short[c] for c in check_names)
        lines = [header, "-" * len(header)]
        for op in operations:
            cells = []
            for check in check_names:
                cases, failures = self.checks.get((op, check), (0, 0))
                cell = f"{cases}" + (f" ✗{failures}" if failures else "") if cases else "-"
                cells.append(cell.rjust(len(short[check])))
            lines.append(op.ljust(width) + " | " + " | ".join(cells))
        return "\n".join(lines)

    def timing(self) -> dict[str, float]:
        wall = time.perf_counter() - self.started
        target, checks = self.seconds["target"], self.seconds["checks"]
        rest = max(wall - target - checks, 0)
        return {"wall": wall, "target": target, "checks": checks, "generation_and_other": rest}

    def text(self) -> str:
        total = sum(self.cases.values())
        timing = self.timing()
        lines = [
            f"Verdict: {self.verdict(self.tests_failed)}" + (f" (region {self.region})" if self.region else ""),
            "Contract run: " + ", ".join(f"{kind} {n} cases" for kind, n in sorted(self.cases.items())),
            f"{total} cases in {timing['wall']:.1f} s ({total / max(timing['wall'], 1e-9):.1f} cases/s); "
            f"time in the target {timing['target']:.1f} s, in checks {timing['checks']:.1f} s, "
            f"in data generation and the rest {timing['generation_and_other']:.1f} s",
            self.requests_line(),
            f"Bill: {self.bill.summary()}" + (f"; stopped early: {self.budget_stop}" if self.budget_stop else ""),
            *self.weather_lines(),
            "",
            "Cases per operation and check (✗N: N failed):",
            self.summary_table(),
            "",
            f"Failures: {len(self.failures)}",
        ]
        for failure in self.failures[:50]:
            lines.append(f"  {failure.kind} {failure.operation_id} {failure.check}: {failure.title}")
        lines.append(f"Flaky (failed once, passed when sent again; not drift): {len(self.flaky)}")
        for flaky in self.flaky[:20]:
            lines.append(f"  {flaky.kind} {flaky.operation_id} {flaky.checks}: first {flaky.first}; "
                         f"then {flaky.second}")
        lines.append(f"Known drift (accepted, with owner and expiry): {len(self.known_failures)}")
        for line, count in Counter(line for line, _ in self.known_failures).most_common():
            lines.append(f"  {line} (x{count})")
        lines += [f"  EXPIRED, fails the run: {entry.line()}" for entry in self.known.expired()]
        lines += [f"  stale, matched nothing: {entry.line()}" for entry in self.known.stale()]
        lines += ["", self.link_coverage(), ""]
        lines.append(f"Additive drift (warnings, not failures): {sum(len(w) for w in self.warnings.values())}")
        for op, warnings in sorted(self.warnings.items()):
            for warning, count in warnings.most_common(10):
                lines.append(f"  {op}: {warning} (x{count})")
        return "\n".join(lines)

    def requests_line(self) -> str:
        """Requests sent per kind, and what the run would take at the configured and the reference rate."""
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(self.pacer.requests.items()))
        rates = sorted({rate for rate in (self.pacer.per_second, REFERENCE_RATE) if rate})
        at = "; ".join(
            f"at {rate:g} req/s the requests alone take {self.pacer.seconds_at(rate):.0f} s" for rate in rates
        )
        return f"Requests sent: {self.pacer.total} ({kinds}); {at}"

    def write(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "summary.txt").write_text(self.text() + "\n", encoding="utf-8")
        (directory / "report.md").write_text(self.markdown(), encoding="utf-8")
        (directory / "summary.json").write_text(json.dumps(self.as_json(), indent=2) + "\n", encoding="utf-8")

    def as_json(self) -> dict[str, Any]:
        log = self.pacer.weather.log
        return {
            "verdict": self.verdict(self.tests_failed),
            "region": self.region,
            "cases": dict(self.cases),
            "timing": self.timing(),
            "requests": dict(self.pacer.requests),
            "requests_total": self.pacer.total,
            "requests_per_second": self.pacer.per_second,
            "checks": {f"{op} {check}": {"cases": n, "failures": f} for (op, check), (n, f) in self.checks.items()},
            "failures": [f.__dict__ for f in self.failures],
            "warnings": {op: dict(w) for op, w in self.warnings.items()},
            "flaky": [f.__dict__ for f in self.flaky],
            "known_drift": [{"entry": entry, "failure": title} for entry, title in self.known_failures],
            "known_drift_expired": [entry.line() for entry in self.known.expired()],
            "known_drift_stale": [entry.line() for entry in self.known.stale()],
            "weather": {"throttled": log.throttled, "throttled_seconds": log.throttled_seconds,
                        "retries": dict(log.retries), "not_judged": list(log.transient),
                        "recovered": list(log.recovered), "unhealthy": self.pacer.weather.health.verdict},
            "bill": {"servers_created": self.bill.created, "peak_alive": self.bill.peak_alive,
                     "server_minutes": round(self.bill.server_minutes(), 2), "refused_creates": self.bill.refused,
                     "created_by": dict(self.bill.created_by), "refused_by": dict(self.bill.refused_by),
                     "stopped_early": self.budget_stop},
            "links": {name: self.links[name] for name in sorted(set(self.known_links) | set(self.links))},
            "chain_rounds": [r.__dict__ for r in self.chain_rounds],
            "scenarios_cut_short": self.scenarios_cut_short,
        }

    def markdown(self) -> str:
        lines = ["# Contract run report", "", "```", self.text(), "```", ""]
        if self.effect_matrix:
            lines += ["## Effect matrix", "", self.effect_matrix, ""]
        lines += ["## Failures", ""]
        if not self.failures:
            lines.append("None.")
        seen = set()
        for failure in self.failures:
            key = (failure.operation_id, failure.check, failure.title)
            if key in seen:
                continue
            seen.add(key)
            lines += [
                f"### {failure.operation_id}: {failure.check} ({failure.kind})",
                "",
                f"{failure.title} (status {failure.status})",
                "",
                "```",
                failure.response,
                "```",
                "",
                "Reproduce with:",
                "",
                "```sh",
                failure.curl,
                "```",
                "",
            ]
        return "\n".join(lines) + "\n"


def _describe(failure: Any) -> str:
    """The failure's title, and its message where that says more (e.g. which component was invalid)."""
    message = " ".join(str(getattr(failure, "message", "")).split())
    return f"{failure.title}: {message}" if message and message != failure.title else failure.title


def _answer(response: Any) -> str:
    return f"{getattr(response, 'status_code', '?')} {_excerpt(response, 120)}"


def _excerpt(response: Any, limit: int = 500) -> str:
    text = getattr(response, "text", "") or ""
    return text if len(text) <= limit else text[:limit] + " …"


def reproduction(case: Any) -> str:
    """Schemathesis's curl line for the case, secrets masked (the token reads `[Filtered]`)."""
    try:
        return str(case.as_curl_command())
    except Exception as error:  # a reproduction line must never hide the failure itself
        return f"(no curl line: {type(error).__name__}: {error})"
