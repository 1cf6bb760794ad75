"""The toolkit is one distribution: the generated client and the layer with light requirements, the mock's
server dependencies in the `mock` extra, and without them a mock that says what to install."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from hatchling.builders.wheel import WheelBuilder

from tests.paths import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
MOCK_DEPENDENCIES = {"cryptography", "granian", "orjson", "regex", "uvicorn"}


def names(requirements: list[str]) -> set[str]:
    return {re.match(r"[A-Za-z0-9._-]+", requirement)[0].lower() for requirement in requirements}


def test_the_light_requirements_are_the_generated_clients() -> None:
    generated = tomllib.loads((ROOT / "generated_client" / "pyproject.toml").read_text())["project"]
    assert names(PYPROJECT["dependencies"]) == names(generated["dependencies"])
    assert names(PYPROJECT["optional-dependencies"]["mock"]) == MOCK_DEPENDENCIES


def test_the_wheel_ships_client_layer_and_mock_with_the_server_dependencies_as_an_extra(tmp_path: Path) -> None:
    wheel = Path(next(WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"])))
    with zipfile.ZipFile(wheel) as archive:
        files = archive.namelist()
        metadata = archive.read(next(name for name in files if name.endswith(".dist-info/METADATA"))).decode()
    assert {name.split("/")[0] for name in files if not name.split("/")[0].endswith(".dist-info")} == {
        "toast_compute_client", "toast_compute", "toast_compute_mock",
    }  # fmt: skip
    shipped = {"toast_compute_client/py.typed", "toast_compute/py.typed", "toast_compute_mock/py.typed",
               "toast_compute_client/api/__init__.py"}
    assert shipped <= set(files)
    requires = re.findall(r"^Requires-Dist: (.*)$", metadata, re.MULTILINE)
    assert names([r for r in requires if "extra ==" not in r]) == {"httpx", "attrs", "msgspec"}
    assert names([r for r in requires if "extra == 'mock'" in r]) == MOCK_DEPENDENCIES


# A light install, simulated: the mock's dependencies cannot be imported.
WITHOUT_MOCK_EXTRA = f"""
import importlib.abc, sys
class WithoutMockExtra(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {sorted(MOCK_DEPENDENCIES)!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
sys.meta_path.insert(0, WithoutMockExtra())
"""


def run_without_mock_extra(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", WITHOUT_MOCK_EXTRA + code], capture_output=True, text=True,
                          cwd=cwd, timeout=120)  # fmt: skip


def test_without_the_extra_the_console_script_says_what_to_install(tmp_path: Path) -> None:
    result = run_without_mock_extra("from toast_compute_mock.cli import main; main(['--port', '0'])", tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "toast-compute-mock: the TOAST Compute mock needs uvicorn, which is not installed: "
        'pip install "toast-compute-toolkit[mock]"'
    )


def test_without_the_extra_pytest_starts_and_the_mock_fixture_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "test_service.py").write_text(
        "import toast_compute\n"
        "def test_client_only(): assert toast_compute.ComputeClient\n"
        "def test_with_the_mock(toast_compute_mock): pass\n"
    )
    result = run_without_mock_extra("import pytest; sys.exit(pytest.main(['-p', 'no:cacheprovider', '-q']))", tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 passed, 1 error" in result.stdout
    assert 'the TOAST Compute mock needs orjson, which is not installed: pip install "toast-compute-toolkit[mock]"' in (
        result.stdout
    )
