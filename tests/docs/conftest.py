"""Fixtures for the reference-site and spec-diff tests: the scripts, the fixture spec, a built site."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from scripts import build_docs
from spec_toolkit.paths import BUNDLE, ERRATA, REDOCLY
from tests.docs.helpers import MINI_SPEC


@pytest.fixture
def mini_spec() -> dict:
    """A fresh copy of the five-operation fixture spec, to change in a test."""
    return yaml.safe_load(MINI_SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def site_sources() -> tuple[Path, Path]:
    """The bundle and errata the site is built from: the project's own."""
    return BUNDLE, ERRATA


@pytest.fixture(scope="session")
def built_site(site_sources, tmp_path_factory) -> Path:
    """The reference site, built by the same code as `nox -s docs` into a temporary folder."""
    if not REDOCLY.exists():
        pytest.fail(f"{REDOCLY} is missing: run `npm ci` (nox -s tests and nox -s docs do)")
    out = tmp_path_factory.mktemp("site")
    bundle, errata = site_sources
    build_docs.build(bundle, errata, out)
    return out


@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site served over HTTP on 127.0.0.1 (an ephemeral port)."""
    handler = functools.partial(QuietHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass
