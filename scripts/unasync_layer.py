#!/usr/bin/env python3
"""Generate the layer's sync client (toast_compute/client.py) from its async one (aio.py), or check it is fresh.

    python scripts/unasync_layer.py            # rewrite toast_compute/client.py
    python scripts/unasync_layer.py --check    # exit 1 with the diff when the committed client.py is stale

unasync style: `async`/`await` are dropped and each async name becomes its sync twin (AsyncComputeClient →
ComputeClient, asyncio.sleep → time.sleep, aclose → close...); the module docstring is replaced; ruff sorts
the imports and formats the result. A name the table does not know stops the script, so a new async construct
in aio.py cannot slip into client.py half-translated. `nox -s generate` runs it after the generated client.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "toast_compute" / "aio.py"
TARGET = ROOT / "toast_compute" / "client.py"
HEADER = (
    "# Generated from toast_compute/aio.py by scripts/unasync_layer.py: do not edit; edit aio.py and run the script.\n"
)
DOCSTRING = '"""`ComputeClient`: the layer\'s synchronous client (generated from aio.py, the asyncio one)."""\n'
NAMES = {
    "AsyncComputeClient": "ComputeClient",
    "AsyncIterator": "Iterator",
    "AsyncRetryTransport": "RetryTransport",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncHTTPTransport": "HTTPTransport",
    "AsyncClient": "Client",
    "set_async_httpx_client": "set_httpx_client",
    "asyncio": "time",  # `import asyncio`, `asyncio.sleep`
    "aclose": "close",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "async_login_lock": "login_lock",  # KeystoneV2Auth's lock for tasks, and its lock for threads
}
REWRITES = [
    (re.compile(r"\basync (def|for|with)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
    (re.compile(r"\bAwaitable\[([^\[\]]+)\]"), r"\1"),  # Callable[[float], Awaitable[None]] -> Callable[[float], None]
    (re.compile(r"\bAwaitable, "), ""),
    (re.compile(r"\b(" + "|".join(map(re.escape, NAMES)) + r")\b"), lambda m: NAMES[m.group(1)]),
]
LEFTOVER = re.compile(r"\b(async|await|Await\w*|Async\w*|asyncio\w*|aclose|__a\w+__)\b")


def unasync(source: str) -> str:
    """client.py's text (before ruff) from aio.py's."""
    docstring_end = ast.parse(source).body[0].end_lineno or 0
    lines = source.splitlines(keepends=True)
    text = "".join(lines[docstring_end:])
    for pattern, replacement in REWRITES:
        text = pattern.sub(replacement, text)
    leftover = sorted({match.group(0) for match in LEFTOVER.finditer(text)})
    if leftover:
        raise SystemExit(f"unasync_layer: no sync twin for {', '.join(leftover)}: add it to NAMES or REWRITES")
    return HEADER + DOCSTRING + text


def ruff(text: str, target: Path) -> str:
    """Sort the imports and format, with the project's ruff settings (as if the file were `target`)."""
    if shutil.which("ruff") is None:
        raise SystemExit("ruff (requirements/generate.txt) must be on PATH")
    for args in (["check", "--fix-only", "--select", "I", "--exit-zero"], ["format"]):
        text = subprocess.run(
            ["ruff", *args, "--no-cache", "--quiet", "--stdin-filename", str(target), "-"],
            input=text, capture_output=True, text=True, check=True, cwd=ROOT,
        ).stdout  # fmt: skip
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed sync client is stale")
    parser.add_argument("--source", type=Path, default=SOURCE, help="the async client (default: %(default)s)")
    parser.add_argument("--target", type=Path, default=TARGET, help="the sync client (default: %(default)s)")
    args = parser.parse_args(argv)
    fresh = ruff(unasync(args.source.read_text()), TARGET)
    if not args.check:
        args.target.write_text(fresh)
        return 0
    committed = args.target.read_text() if args.target.exists() else ""
    if committed == fresh:
        print(f"{args.target.name} matches a fresh unasync of {args.source.name}")
        return 0
    diff = difflib.unified_diff(committed.splitlines(True), fresh.splitlines(True), "committed", "fresh")
    sys.stdout.writelines(diff)
    print(f"{args.target} is stale: run `python3 scripts/unasync_layer.py` and commit the result", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
