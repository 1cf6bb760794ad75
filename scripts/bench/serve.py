"""Serve the mock or the bare app on one server stack: `serve.py mock|mock-tenants|bare granian|uvicorn PORT`
(`mock-tenants`: the default tenant and tenant B, for the fairness measurement)."""

from __future__ import annotations

import sys
from pathlib import Path

from toast_compute_mock.config import UNLIMITED_SERVERS, MockConfig, Tenant
from toast_compute_mock.serving import serve_foreground, serve_granian, serve_uvicorn

TENANT_B = Tenant(tenant_id="b" * 32, token="bench-tenant-b", user_id="b" * 32, username="b", password=None,
                  quotas=UNLIMITED_SERVERS)


def main() -> None:
    app, server, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if app == "mock":
        config = MockConfig(tenants=[Tenant(quotas=UNLIMITED_SERVERS)], clock="immediate")
        serve_foreground(config, "127.0.0.1", port, server)
    elif app == "mock-tenants":
        config = MockConfig(tenants=[Tenant(quotas=UNLIMITED_SERVERS), TENANT_B], clock="immediate")
        serve_foreground(config, "127.0.0.1", port, server)
    elif server == "granian":
        serve_granian("bare_app:app", "127.0.0.1", port)  # PYTHONPATH includes scripts/bench
    else:
        sys.path.insert(0, str(Path(__file__).parent))
        import bare_app

        serve_uvicorn(bare_app.app, "127.0.0.1", port)


if __name__ == "__main__":
    main()
