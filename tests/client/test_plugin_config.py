"""An overridden `toast_compute_mock_config` reaches every fixture of the plugin, the HTTP one included."""

from __future__ import annotations

import pytest

from toast_compute import ComputeClient
from toast_compute_mock.config import MockConfig, Tenant
from toast_compute_mock.pytest_plugin import MockEndpoint

pytestmark = pytest.mark.client

TENANT = Tenant(tenant_id="0f0f0f0f0f0f4f0f8f0f0f0f0f0f0f0f", token="another-token")


@pytest.fixture
def toast_compute_mock_config() -> MockConfig:
    return MockConfig(tenants=[TENANT], clock="manual", durations={"build": 7.0})


def test_the_http_fixture_honours_an_overridden_config(toast_compute_mock_http: MockEndpoint) -> None:
    assert toast_compute_mock_http.tenant_id == TENANT.tenant_id
    assert toast_compute_mock_http.state.clock.mode == "manual"
    assert toast_compute_mock_http.base_url.startswith("http://127.0.0.1:")
    with ComputeClient(base_url=toast_compute_mock_http.base_url, token=TENANT.token,
                       tenant_id=TENANT.tenant_id) as compute:  # fmt: skip
        assert compute.list_flavors().flavors  # the other tenant's token opens it
    with toast_compute_mock_http.client() as http:
        assert http.get("/_mock/clock").json()["clock"]["mode"] == "manual"  # its control API is guarded by a token


def test_the_in_process_fixtures_honour_it_too(compute: ComputeClient, toast_compute_mock: MockEndpoint) -> None:
    assert compute.settings.tenant_id == TENANT.tenant_id
    assert toast_compute_mock.state.clock.mode == "manual"
