"""The README's "Testing your service" section: every ```python block is a test module of its own; each is
type-checked with `mypy --strict` and run with pytest on the plugin's fixtures, as a service's tests would be.
The layer's example ("Using the layer") is type-checked too, with its free names declared (it calls the
real service, so it is not run)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

SECTION = "## Testing your service"
LAYER_EXAMPLE = "### Using the layer"
FREE_NAMES = "token = tenant_id = api_password = 'declared by test_readme'\n"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks_under(heading: str) -> list[str]:
    """The ```python blocks from `heading` to the next heading of its level or above."""
    text = (ROOT / "README.md").read_text()
    start = text.index(f"\n{heading}\n")
    level = heading.split(" ")[0]
    # from "## " down: a line "# ..." is a comment in a block, and the README has one "# " heading, its title
    ends = [text.find(f"\n{'#' * n} ", start + len(heading)) for n in range(2, len(level) + 1)]
    end = min((e for e in ends if e != -1), default=len(text))
    return BLOCK.findall(text[start:end])


def section_blocks() -> list[str]:
    return blocks_under(SECTION)


def write_snippets(folder: Path) -> list[Path]:
    paths = []
    for number, block in enumerate(section_blocks(), 1):
        path = folder / f"test_readme_snippet_{number}.py"
        path.write_text(block)
        paths.append(path)
    return paths


def test_the_section_follows_the_quick_start_and_has_its_snippets() -> None:
    headings = re.findall(r"^## (.+)$", (ROOT / "README.md").read_text(), re.MULTILINE)
    assert headings[headings.index("Quick start") + 1] == "Testing your service"
    blocks = section_blocks()
    assert len(blocks) >= 5
    assert any("acompute" in block for block in blocks) and any("advance(" in block for block in blocks)


def test_the_snippets_type_check_and_pass(tmp_path: Path) -> None:
    snippets = write_snippets(tmp_path)
    layer_example = tmp_path / "readme_layer_example.py"
    layer_example.write_text(FREE_NAMES + blocks_under(LAYER_EXAMPLE)[0])
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache"), str(layer_example),
         *map(str, snippets)],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    runnable = snippets
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
         *map(str, runnable)],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert re.search(rf"\b{len(runnable)} passed\b", ran.stdout), ran.stdout
