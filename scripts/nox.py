#!/usr/bin/env python3
"""Run nox from a private, pinned virtual environment.

A fresh machine has Python and git but not nox. This script creates
`.bootstrap/venv` once, installs the pinned nox (and uv, which nox uses to
build session environments faster), then runs nox with the given arguments:

    python3 scripts/nox.py -s tests
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".bootstrap" / "venv"
REQUIREMENTS = ["nox==2026.10.20", "uv==0.13.9"]
STAMP = VENV / "requirements.txt"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    wanted = "\n".join(REQUIREMENTS)
    if STAMP.exists() and STAMP.read_text() == wanted and venv_python().exists():
        return venv_python()
    print(f"bootstrap: creating {VENV.relative_to(ROOT)} with {', '.join(REQUIREMENTS)}", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    subprocess.run(
        [str(venv_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *REQUIREMENTS],
        check=True,
    )
    STAMP.write_text(wanted)
    return venv_python()


def main() -> int:
    python = ensure_venv()
    # uv lives in the bootstrap venv; put it on PATH so nox's "uv|virtualenv" backend finds it.
    env = dict(os.environ, PATH=f"{python.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.call([str(python), "-m", "nox", "-f", str(ROOT / "noxfile.py"), *sys.argv[1:]], env=env, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
