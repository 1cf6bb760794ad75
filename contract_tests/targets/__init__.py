"""Target adapters: how the suite reaches the endpoint under test (the embedded mock, or a foreign endpoint).
The core never imports them; the session picks one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from contract_tests.core.endpoint import Credentials, Target, discover
from contract_tests.core.pacing import Pacer
from contract_tests.core.settings import ContractSettings
from contract_tests.targets.embedded_mock import default_credentials, embedded_mock
from contract_tests.targets.foreign import foreign_credentials


def credentials_for(settings: ContractSettings) -> Credentials:
    """The embedded mock's default tenant, or the configured token (or identity user) and tenant."""
    if settings.uses_mock:
        return Credentials(*default_credentials())
    return foreign_credentials(settings)


@contextmanager
def open_target(settings: ContractSettings, credentials: Credentials, pacer: Pacer) -> Iterator[Target]:
    """The endpoint, with what the API tells about it (and, for the embedded mock, what a user would read
    from the console: the image and network to boot from, the security groups)."""
    if settings.uses_mock:
        with embedded_mock(credentials.token, credentials.tenant_id) as mock:
            target = Target(mock.base_url, mock.token, mock.tenant_id, is_mock=True, pacer=pacer,
                            volume_url=settings.volume_url or mock.volume_url,
                            image_url=settings.image_url or mock.image_url)
            target.known = discover(target, settings)
            target.known.image_id = target.known.image_id or mock.image_id
            target.known.network_id = target.known.network_id or mock.network_id
            target.known.security_groups = mock.security_groups
            yield target
        return
    target = Target(settings.base_url or "", credentials.token, credentials.tenant_id, is_mock=False, pacer=pacer,
                    volume_url=settings.volume_url or credentials.volume_url,
                    image_url=settings.image_url or credentials.image_url)
    target.known = discover(target, settings, credentials.network_url)
    yield target
