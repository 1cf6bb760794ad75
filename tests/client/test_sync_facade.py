"""client.py is generated from aio.py (scripts/unasync_layer.py), and the list operations take the generated
endpoints' query parameters as typed keywords."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from toast_compute_client.api.flavors import list_flavors, list_flavors_detail
from toast_compute_client.api.images import list_images, list_images_detail
from toast_compute_client.api.servers import list_servers, list_servers_detail
from toast_compute_client.types import Unset

from tests.paths import ROOT
from toast_compute import AsyncComputeClient, ComputeClient

pytestmark = pytest.mark.client

SOURCE = ROOT / "toast_compute" / "aio.py"
TARGET = ROOT / "toast_compute" / "client.py"


def unasync(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.run(
        [sys.executable, "-m", "scripts.unasync_layer", *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )


def test_the_committed_sync_client_is_a_fresh_unasync_of_aio() -> None:
    """The same check as `nox -s generate -- --check` runs after the generated client's."""
    result = unasync("--check")
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr
    assert TARGET.read_text().startswith("# Generated from toast_compute/aio.py by scripts/unasync_layer.py")


def test_a_hand_edit_of_the_sync_client_is_reported_with_the_diff(tmp_path: Path) -> None:
    edited = tmp_path / "client.py"
    edited.write_text(TARGET.read_text().replace("return self._run(ops.versions())", "return None  # hand edit"))
    result = unasync("--check", "--target", str(edited))
    assert result.returncode == 1
    assert (
        "-        return None  # hand edit" in result.stdout
        and "+        return self._run(ops.versions())" in result.stdout
    )
    assert "is stale" in result.stderr


def test_an_async_name_without_a_sync_twin_stops_the_script(tmp_path: Path) -> None:
    source = tmp_path / "aio.py"
    source.write_text(SOURCE.read_text().replace("self.http = httpx.AsyncClient(", "self.http = httpx.AsyncWhatever("))
    result = unasync("--check", "--source", str(source))
    assert result.returncode != 0 and "no sync twin for AsyncWhatever" in result.stderr


def test_both_clients_offer_the_same_operations() -> None:
    def public(cls: type) -> dict[str, list[str]]:
        names = [name for name in vars(cls) if not name.startswith("_") or name == "__init__"]
        return {name: list(inspect.signature(getattr(cls, name)).parameters) for name in names}

    assert public(ComputeClient) == {
        ("close" if name == "aclose" else name): params for name, params in public(AsyncComputeClient).items()
    }


def without(hint: Any, dropped: type) -> set[Any]:
    return set(typing.get_args(hint)) - {dropped} if isinstance(hint, types.UnionType) else {hint}


@pytest.mark.parametrize(
    "method, endpoint",
    [
        ("list_servers", list_servers),
        ("list_servers_detail", list_servers_detail),
        ("iter_servers", list_servers_detail),
        ("list_flavors", list_flavors),
        ("list_flavors_detail", list_flavors_detail),
        ("iter_flavors", list_flavors_detail),
        ("list_images", list_images),
        ("list_images_detail", list_images_detail),
        ("iter_images", list_images_detail),
    ],
)
@pytest.mark.parametrize("cls", [ComputeClient, AsyncComputeClient])
def test_list_filters_are_the_endpoints_query_parameters(cls: type, method: str, endpoint: Any) -> None:
    """Same names, same types (None for the generated UNSET); an iterator's page_size is the page's limit."""
    ours = typing.get_type_hints(getattr(cls, method))
    ours.pop("return")
    if "page_size" in ours:
        ours["limit"] = ours.pop("page_size")
    theirs = typing.get_type_hints(endpoint.sync_detailed)
    for name in ("return", "tenant_id", "client"):
        theirs.pop(name)
    assert {name: without(hint, type(None)) for name, hint in ours.items()} == {
        name: without(hint, Unset) for name, hint in theirs.items()
    }
    assert all(p.kind is p.KEYWORD_ONLY for name, p in inspect.signature(getattr(cls, method)).parameters.items()
               if name != "self")  # fmt: skip
