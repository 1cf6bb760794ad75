#!/usr/bin/env python3
"""Generate `generated_client/` from the bundled spec, or check that the committed copy is fresh.

    python -m scripts.generate_client            # regenerate generated_client/ in place
    python -m scripts.generate_client --check    # generate into a temp dir, diff, exit 1 if stale

Then it does the same for the layer's sync client, toast_compute/client.py, generated from aio.py by
scripts/unasync_layer.py.

It runs the pinned openapi-python-client (requirements/generate.txt) in-process with two naming fixes,
because the generator has no per-property name override:

* `:` is a word delimiter, so `OS-EXT-STS:task_state` becomes `os_ext_sts_task_state`, not
  `os_ext_st_stask_state`;
* an acronym followed by `v<digits>` is one word, so `accessIPv4` becomes `access_ipv4`, not
  `access_i_pv_4`.

JSON keys are untouched: only Python identifiers change. Both fixes patch module globals of
`openapi_python_client.strings`, which is why the generator's version is pinned exactly.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts import unasync_layer
from spec_toolkit.paths import BUNDLE, ROOT

CONFIG = ROOT / "generated_client.config.yaml"
TEMPLATES = ROOT / "templates"
OUTPUT = ROOT / "generated_client"
GENERATOR_VERSION = "0.29.1"
# Each file in templates/ is a copy of this stock template plus the blocks marked `toast-compute`; when the
# pin moves, re-copy the new stock templates, re-apply the blocks and update the hashes.
STOCK_TEMPLATE_SHA256 = {
    "endpoint_module.py.jinja": "c1b2628053eb4875ba59566baa5ae907666f9cbfafa308d93f970a4404b7cd52",
    "model.py.jinja": "fd1c79680d51c06cfbb89809ad123750ba9add98b688036c04cabbf1f8ba40a0",
    "pyproject_uv.toml.jinja": "fe450930297be4dc1e30cff73fbc734264a047dab984cb256edafc5aa1dc3033",
    "types.py.jinja": "93df9d75883a4eafac77dd21bc6907f3ef612e3f7841e08656618dcf6c4ce494",
}
WORD = re.compile(r"([A-Z]+v\d+|[A-Z]?[a-z]+)")


def split_words(value: str) -> list[str]:
    """openapi_python_client.strings.split_words, plus `IPv4`-style acronyms kept whole."""
    from openapi_python_client import strings

    if any(c.isupper() for c in value):
        value = " ".join(WORD.split(value))
    return re.findall(rf"[^{re.escape(strings.DELIMITERS)}]+", value)


def patch_generator() -> None:
    import openapi_python_client
    from openapi_python_client import strings

    if openapi_python_client.__version__ != GENERATOR_VERSION:
        raise SystemExit(
            f"openapi-python-client {openapi_python_client.__version__} installed, this wrapper patches "
            f"{GENERATOR_VERSION}: install requirements/generate.txt"
        )
    stock = Path(openapi_python_client.__file__).parent / "templates"
    if sorted(p.name for p in TEMPLATES.iterdir()) != sorted(STOCK_TEMPLATE_SHA256):
        raise SystemExit(f"templates/ must hold exactly {sorted(STOCK_TEMPLATE_SHA256)}, each with its stock hash")
    for name, digest in STOCK_TEMPLATE_SHA256.items():
        if hashlib.sha256((stock / name).read_bytes()).hexdigest() != digest:
            raise SystemExit(f"{stock / name} changed: re-copy it to templates/ with the toast-compute blocks")
    strings.DELIMITERS += ":"
    strings.split_words = split_words


def generate(output: Path) -> None:
    """Run the generator in a child process (it exits through typer) with the patches applied."""
    code = (
        "from scripts import generate_client; generate_client.patch_generator();"
        " from openapi_python_client.cli import app; app()"
    )
    args = [
        "generate", "--path", str(BUNDLE), "--config", str(CONFIG), "--meta", "uv",
        "--custom-template-path", str(TEMPLATES), "--output-path", str(output), "--overwrite", "--fail-on-warning",
    ]  # fmt: skip
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT)  # `-c` imports from the cwd


def differences(expected: Path, actual: Path) -> list[str]:
    """Unified diffs (or notes for added/removed files) between two trees, ignoring caches."""
    ignore = {"__pycache__", ".ruff_cache", ".mypy_cache"}

    def files(root: Path) -> set[str]:
        return {
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and not ignore.intersection(p.relative_to(root).parts)
        }

    ours, fresh = files(expected), files(actual)
    out = [f"only in the committed client: {name}" for name in sorted(ours - fresh)]
    out += [f"missing from the committed client: {name}" for name in sorted(fresh - ours)]
    for name in sorted(ours & fresh):
        if not filecmp.cmp(expected / name, actual / name, shallow=False):
            out += difflib.unified_diff(
                (expected / name).read_text().splitlines(keepends=True),
                (actual / name).read_text().splitlines(keepends=True),
                f"committed/{name}",
                f"generated/{name}",
            )
    return out


def check() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated_client"
        generate(fresh)
        diff = differences(OUTPUT, fresh)
    if diff:
        sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
        print("generated_client/ is stale: run `nox -s generate` and commit the result", file=sys.stderr)
        return 1
    print("generated_client/ matches a fresh generation")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when generated_client/ differs from a fresh run")
    args = parser.parse_args(argv)
    if shutil.which("ruff") is None:
        raise SystemExit("ruff (requirements/generate.txt) must be on PATH for the post-generation hooks")
    if args.check:
        return check() or unasync_layer.main(["--check"])
    generate(OUTPUT)
    return unasync_layer.main([])


if __name__ == "__main__":
    sys.exit(main())
