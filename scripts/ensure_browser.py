#!/usr/bin/env python3
"""Install Debian's Chromium for the reference-site browser test, where that can be done.

    python3 scripts/ensure_browser.py

Run by `nox -s tests` before pytest. If Chromium is already there, does nothing. As root on a
machine with apt-get, runs `apt-get update` and installs `chromium chromium-driver` (plus a Korean
font so screenshots show the document's Korean terms). Otherwise, or if the install fails, it says
why and exits 0: the browser test then skips with that reason instead of failing the whole suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys


def chromium_path() -> str | None:
    """The Chromium binary the browser test will drive: $CHROMIUM, else `chromium` on PATH; None if missing."""
    candidate = os.environ.get("CHROMIUM") or shutil.which("chromium")
    return candidate if candidate and os.path.isfile(candidate) else None


def has_korean_font() -> bool:
    if not shutil.which("fc-list"):
        return False
    return bool(subprocess.run(["fc-list", ":lang=ko"], capture_output=True, text=True).stdout.strip())


def missing_packages() -> list[str]:
    missing = [] if chromium_path() else ["chromium", "chromium-driver"]
    return missing + ([] if has_korean_font() else ["fonts-nanum"])


def install(packages: list[str]) -> str | None:
    """Install with apt-get; returns None on success, else the reason it could not."""
    if not shutil.which("apt-get"):
        return "apt-get is not available"
    if os.geteuid() != 0:
        return "not running as root, so apt-get cannot install it"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
        print("ensure_browser: " + " ".join(command), flush=True)
        if subprocess.run(command, env=env).returncode != 0:
            return f"`{' '.join(command)}` failed"
    return None


def main() -> int:
    packages = missing_packages()
    reason = install(packages) if packages else None
    path = chromium_path()
    if path:
        print(f"ensure_browser: Chromium at {path}" + (f" (could not install {packages}: {reason})" if reason else ""))
    else:
        print(f"ensure_browser: no Chromium ({reason or 'not on PATH after install'}); the browser test will skip")
    return 0


if __name__ == "__main__":
    sys.exit(main())
