"""ARCHITECTURE.md is the map of the tree: every module of our packages is named in its package's section,
and every module the map names exists. Read from the tree at test time, so a module added without a line in
the map (or removed without taking its line out) fails here.

A package's section starts at the paragraph whose bold heading line names the package (`toast_compute_mock`,
`scripts/`) and ends at the next bold heading or title. In it a module is named by its path inside the
package in backticks (`backend/servers.py`, or `toast_compute_mock/backend/servers.py`), or by its file
name alone: anywhere in the section for a module at the package's top level, in a bullet that names the
folder (`backend/`) for a module in a subfolder.
Package `__init__.py` files are named by their folder.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

import pytest

from spec_toolkit.paths import ROOT

MAP = ROOT / "ARCHITECTURE.md"
PACKAGES = ["toast_compute", "toast_compute_mock", "contract_tests", "spec_toolkit", "scripts"]
NAME = re.compile(r"`([^`\s]+)`")


def modules(package: str) -> list[PurePosixPath]:
    """The package's modules as paths inside it (`backend/servers.py`), without `__init__.py`."""
    base = ROOT / package
    return sorted(
        PurePosixPath(path.relative_to(base).as_posix())
        for path in base.rglob("*.py")
        if path.name != "__init__.py" and "__pycache__" not in path.parts
    )


def section(text: str, package: str) -> list[str]:
    """The lines of `package`'s section of the map (empty when no heading names it)."""
    lines = text.splitlines()
    tokens = {f"`{package}`", f"`{package}/`"}
    start = next((i for i, line in enumerate(lines) if line.startswith("**") and any(t in line for t in tokens)), None)
    if start is None:
        return []
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(("**", "#"))), len(lines))
    return lines[start:end]


def bullets(lines: list[str]) -> list[str]:
    """The section's bullets, each with its continuation lines; the text before the first one is one more."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.startswith("- "):
            blocks.append([])
        blocks[-1].append(line)
    return [" ".join(block) for block in blocks]


def named(module: PurePosixPath, package: str, lines: list[str]) -> bool:
    whole = set(NAME.findall(" ".join(lines)))
    if {str(module), f"{package}/{module}"} & whole or (len(module.parts) == 1 and module.name in whole):
        return True
    folder = f"{module.parent.as_posix()}/"
    return any({folder, module.name} <= set(NAME.findall(block)) for block in bullets(lines))


def exists(name: str, package: str) -> bool:
    """A `.py` name in the package's section is a file of the repository, of the package, or a module's name."""
    return ((ROOT / name).is_file() or (ROOT / package / name).is_file()
            or any(module.name == name for module in modules(package)))


MAP_TEXT = MAP.read_text(encoding="utf-8")


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_is_named_in_its_packages_section(package: str) -> None:
    assert modules(package), f"no modules found under {package}/"
    lines = section(MAP_TEXT, package)
    assert lines, f"ARCHITECTURE.md has no section whose bold heading names `{package}`"
    missing = [str(module) for module in modules(package) if not named(module, package, lines)]
    assert not missing, (
        f"ARCHITECTURE.md does not name these modules of {package} in its section (one line each, what it is): "
        + ", ".join(missing)
    )


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_the_map_names_exists(package: str) -> None:
    names = {name for name in NAME.findall(" ".join(section(MAP_TEXT, package))) if name.endswith(".py")}
    gone = sorted(name for name in names if not exists(name, package))
    assert not gone, f"ARCHITECTURE.md names modules of {package} that are not in the tree: {', '.join(gone)}"


def test_the_rule_reads_folders_from_bullets() -> None:
    lines = ["**Mock** (`pkg`).", "- *backend* (`backend/`): `servers.py`.", "- *handlers* (`api/`): `views.py`."]
    assert named(PurePosixPath("backend/servers.py"), "pkg", lines)
    assert not named(PurePosixPath("api/servers.py"), "pkg", lines)  # named only in the backend's bullet
    assert named(PurePosixPath("api/views.py"), "pkg", lines)
    assert named(PurePosixPath("api/views.py"), "pkg", ["**X** (`pkg`): `pkg/api/views.py`"])
    assert not named(PurePosixPath("views.py"), "pkg", ["**X** (`pkg`): `api/views.py`"])

