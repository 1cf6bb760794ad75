"""Serve the mock or the bare app on one server stack: `serve.py mock|bare granian|uvicorn PORT`."""

from __future__ import annotations

import sys
from pathlib import Path

from toast_compute_mock.config import MockConfig
from toast_compute_mock.serving import serve_foreground, serve_granian, serve_uvicorn


def main() -> None:
    app, server, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if app == "mock":
        serve_foreground(MockConfig(clock="immediate"), "127.0.0.1", port, server)
    elif server == "granian":
        serve_granian("bare_app:app", "127.0.0.1", port)  # PYTHONPATH includes scripts/bench
    else:
        sys.path.insert(0, str(Path(__file__).parent))
        import bare_app

        serve_uvicorn(bare_app.app, "127.0.0.1", port)


if __name__ == "__main__":
    main()
