# Generated from toast_compute/aio.py by scripts/unasync_layer.py: do not edit; edit aio.py and run the script.
"""`ComputeClient`: the layer's synchronous client (generated from aio.py, the asyncio one)."""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Literal, Self, TypeVar, Unpack, overload

import httpx
from toast_compute_client import Client, models
from toast_compute_client.models import ServerStatus

from . import action_bodies as bodies
from . import exchange, lookups, waiters
from . import operations as ops
from .auth import IDENTITY_URL, KeystoneV2Auth
from .errors import APIError, TransportError
from .networks import Network
from .operations import FlavorFilters, ResourceId, ServerFilters
from .retry import RetryTransport
from .settings import ClientOptions, ClientSettings
from .steps import Collect, Done, Emit, Fetch, Op, Send, Sleep, advance

T = TypeVar("T")


class ComputeClient:
    """The TOAST Compute API for one tenant: typed results, typed errors, retries, paginators, waiters.

    `ComputeClient(region="kr1", token=..., tenant_id=...)`, or `base_url=` instead of `region=` (a mock,
    or the catalog's compute URL); `ComputeClient.from_credentials(...)` logs in with the API password.
    `.client` is the generated client over the same connection, for calls the layer does not wrap.
    """

    def __init__(
        self,
        *,
        tenant_id: str,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ):
        """`token=` or `auth=`; `region=` or `base_url=`; `retry=`, `timeout=`, `backoff=`, `clock=` (ClientOptions)."""
        self.settings = ClientSettings.build(tenant_id, **options)
        self._sleep = sleep
        inner = transport if transport is not None else httpx.HTTPTransport()
        self.http = httpx.Client(
            transport=RetryTransport(inner, self.settings.retry, sleep), **self.settings.httpx_options()
        )
        self.client = Client(base_url=self.settings.base_url).set_httpx_client(self.http)

    @classmethod
    def from_credentials(
        cls, *, tenant_id: str, username: str, password: str, identity_url: str = IDENTITY_URL, **kwargs: Any
    ) -> Self:
        """Log in with `POST {identity_url}/v2.0/tokens` on first use; refresh before the token expires."""
        auth = KeystoneV2Auth(tenant_id=tenant_id, username=username, password=password, identity_url=identity_url)
        return cls(tenant_id=tenant_id, auth=auth, **kwargs)

    def __repr__(self) -> str:
        return f"ComputeClient(base_url={self.settings.base_url!r}, tenant_id={self.settings.tenant_id!r})"

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # --- the driver ---------------------------------------------------------------------------------

    def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """The answer, or TransportError; a transport error keeps no request (and so no token)."""
        try:
            return self.http.request(method, url, **kwargs)
        except httpx.RequestError as error:
            reason = type(error).__name__
        raise TransportError(method.upper(), url, reason)  # outside `except`: no __context__

    def _send(self, send: Send) -> Any:
        """The step's parsed response, or a typed error."""
        response = self._request(**exchange.request(send, self.settings.tenant_id))
        return exchange.result(send, response, self.client, self.settings.auth.redact)

    def _fetch(self, fetch: Fetch) -> Any:
        """A neighbour service's parsed answer (same token, retries and errors as the compute API's)."""
        response = self._request("GET", fetch.url, params=fetch.params)
        return exchange.fetched(fetch, response, self.settings.auth.redact)

    def _network_root(self) -> str | None:
        """settings.network_root(), after the login whose catalog may name it."""
        if self.settings.awaits_catalog():
            self._login()
        return self.settings.network_root()

    def _login(self) -> None:
        """A login now, outside a compute call (the catalog is needed first); retried like any POST. Calls
        that need a token meanwhile wait for this one (the auth's lock)."""
        auth = self.settings.auth
        assert isinstance(auth, KeystoneV2Auth)
        with auth.login_lock():
            if not auth.needs_token():  # another call logged in while this one waited
                return
            login = auth.token_request()
            response = self._request("POST", str(login.url), content=login.content, headers=login.headers, auth=None)
            auth.accept_token_response(response)

    def _steps(self, op: Op[Any]) -> Iterator[Any]:
        """Run `op`: yield what it emits, then `Done(result)`."""
        value: Any = None
        error: APIError | None = None
        while True:
            step = advance(op, value, error)
            value, error = None, None
            if isinstance(step, Done):
                yield step
                return
            if isinstance(step, Emit):
                yield step.item
            elif isinstance(step, Sleep):
                self._sleep(step.seconds)
            else:
                try:
                    if isinstance(step, Send):
                        value = self._send(step)
                    elif isinstance(step, Fetch):
                        value = self._fetch(step)
                    else:
                        value = self._collect(step)
                except APIError as raised:
                    error = raised

    def _collect(self, step: Collect) -> list[Any]:
        return [item for item in self._iter(step.op)]

    def _run(self, op: Op[T]) -> T:
        for item in self._steps(op):
            if isinstance(item, Done):
                return item.value  # type: ignore[no-any-return]
        raise AssertionError("unreachable: _steps always ends with Done")

    def _iter(self, op: Op[None]) -> Iterator[Any]:
        for item in self._steps(op):
            if not isinstance(item, Done):
                yield item

    # --- versions, flavors, zones, key pairs ----------------------------------------------------------

    def versions(self) -> models.VersionList | models.IdentityVersionList:
        return self._run(ops.versions())

    def list_flavors(
        self,
        *,
        min_disk: int | None = None,
        min_ram: int | None = None,
        limit: int | None = None,
        marker: str | None = None,
    ) -> models.FlavorList:
        """One page of flavors."""
        return self._run(ops.flavors_page(FlavorFilters(min_disk, min_ram), limit, marker))

    def list_flavors_detail(
        self,
        *,
        min_disk: int | None = None,
        min_ram: int | None = None,
        limit: int | None = None,
        marker: str | None = None,
    ) -> models.FlavorDetailList:
        """One page of flavors with details."""
        return self._run(ops.flavors_detail_page(FlavorFilters(min_disk, min_ram), limit, marker))

    def iter_flavors(
        self,
        *,
        min_disk: int | None = None,
        min_ram: int | None = None,
        page_size: int | None = None,
        marker: str | None = None,
    ) -> Iterator[models.FlavorDetail]:
        """Every flavor with details, page after page."""
        return self._iter(ops.iter_flavors(FlavorFilters(min_disk, min_ram), page_size, marker))

    def get_flavor(self, flavor_id: str) -> models.FlavorDetail:
        return self._run(ops.flavor(flavor_id))

    def list_availability_zones(self) -> list[models.AvailabilityZone]:
        return self._run(ops.availability_zones())

    def list_keypairs(self) -> list[models.Keypair]:
        return self._run(ops.keypairs())

    def get_keypair(self, name: str) -> models.KeypairDetail:
        return self._run(ops.keypair(name))

    def create_keypair(self, name: str, public_key: str | None = None) -> models.KeypairCreated:
        """Generate a key pair (the private key is in this result only), or import `public_key`."""
        return self._run(ops.new_keypair(name, public_key))

    def delete_keypair(self, name: str) -> None:
        self._run(ops.remove_keypair(name))

    # --- images (Nova's compute image proxy: snapshots from create_image are found here) -----------------

    def list_images(self, *, limit: int | None = None, marker: str | None = None) -> models.ImageList:
        """One page of images (id, name, links)."""
        return self._run(ops.images_page(limit, marker))

    def list_images_detail(self, *, limit: int | None = None, marker: str | None = None) -> models.ImageDetailList:
        """One page of images with details."""
        return self._run(ops.images_detail_page(limit, marker))

    def iter_images(self, *, page_size: int | None = None, marker: str | None = None) -> Iterator[models.Image]:
        """Every image with details, following the `next` links."""
        return self._iter(ops.iter_images(page_size, marker))

    def get_image(self, image_id: ResourceId) -> models.Image:
        """An image; a snapshot is SAVING until it is done (`create_image` returns its id at once)."""
        return self._run(ops.image(image_id))

    # --- servers ----------------------------------------------------------------------------------------

    def list_servers(
        self,
        *,
        changes_since: datetime.datetime | None = None,
        image: str | None = None,
        flavor: str | None = None,
        name: str | None = None,
        status: str | None = None,
        reservation_id: str | None = None,
        limit: int | None = None,
        marker: str | None = None,
    ) -> models.ServerList:
        """One page of servers (`name` is a regular expression, as in Nova)."""
        filters = ServerFilters(changes_since, image, flavor, name, status, reservation_id)
        return self._run(ops.servers_page(filters, limit, marker))

    def list_servers_detail(
        self,
        *,
        changes_since: datetime.datetime | None = None,
        image: str | None = None,
        flavor: str | None = None,
        name: str | None = None,
        status: str | None = None,
        reservation_id: str | None = None,
        limit: int | None = None,
        marker: str | None = None,
    ) -> models.ServerDetailList:
        """One page of servers with details."""
        filters = ServerFilters(changes_since, image, flavor, name, status, reservation_id)
        return self._run(ops.servers_detail_page(filters, limit, marker))

    def iter_servers(
        self,
        *,
        changes_since: datetime.datetime | None = None,
        image: str | None = None,
        flavor: str | None = None,
        name: str | None = None,
        status: str | None = None,
        reservation_id: str | None = None,
        page_size: int | None = None,
        marker: str | None = None,
    ) -> Iterator[models.Server]:
        """Every server with details, following the `next` links."""
        filters = ServerFilters(changes_since, image, flavor, name, status, reservation_id)
        return self._iter(ops.iter_servers(filters, page_size, marker))

    def get_server(self, server_id: ResourceId) -> models.Server:
        return self._run(ops.server(server_id))

    @overload
    def create_server(
        self,
        server: models.ServerCreate,
        *,
        scheduler_hints: models.SchedulerHints | None = None,
        return_reservation_id: Literal[False] = False,
    ) -> models.ServerCreated: ...

    @overload
    def create_server(
        self,
        server: models.ServerCreate,
        *,
        scheduler_hints: models.SchedulerHints | None = None,
        return_reservation_id: Literal[True],
    ) -> models.ReservationResponse: ...

    def create_server(
        self,
        server: models.ServerCreate,
        *,
        scheduler_hints: models.SchedulerHints | None = None,
        return_reservation_id: bool = False,
    ) -> models.ServerCreated | models.ReservationResponse:
        """Starts the build; `wait_for_server(created.id)` waits for ACTIVE. `server_request(...)` builds `server`
        from plain values. With `return_reservation_id=True` the answer is the reservation id of a multiple create
        (`list_servers(reservation_id=...)`); the flag decides the result's type, so a `server` whose own field
        asks for one without the flag raises InvalidArgument."""
        if return_reservation_id:
            return self._run(ops.new_reservation(server, scheduler_hints))
        return self._run(ops.new_server(server, scheduler_hints))

    def rename_server(self, server_id: ResourceId, name: str) -> models.ServerBase:
        return self._run(ops.rename_server(server_id, name))

    def delete_server(self, server_id: ResourceId) -> None:
        self._run(ops.remove_server(server_id))

    def list_server_security_groups(self, server_id: ResourceId) -> list[models.ServerSecurityGroup]:
        """The security groups of the server's ports, with their rules."""
        return self._run(ops.security_groups(server_id))

    def list_server_ips(self, server_id: ResourceId) -> models.ServerAddresses:
        """The server's addresses by network name (the server's `addresses`)."""
        return self._run(ops.ips(server_id))

    def get_server_ips_network(self, server_id: ResourceId, network: str) -> list[models.ServerAddress]:
        """The server's addresses on the network named `network` (NotFound if it has none there)."""
        return self._run(ops.network_ips(server_id, network))

    # --- server metadata (keys and values: strings of up to 255 characters) -------------------------------

    def get_server_metadata(self, server_id: ResourceId) -> dict[str, str]:
        return self._run(ops.metadata(server_id))

    def merge_server_metadata(self, server_id: ResourceId, metadata: Mapping[str, str]) -> dict[str, str]:
        """Set these keys, keep the others (`POST .../metadata`); the server's metadata afterwards."""
        return self._run(ops.write_metadata(server_id, metadata, replace=False))

    def replace_server_metadata(self, server_id: ResourceId, metadata: Mapping[str, str]) -> dict[str, str]:
        """Make `metadata` the server's whole metadata (`PUT .../metadata`); the metadata afterwards."""
        return self._run(ops.write_metadata(server_id, metadata, replace=True))

    def get_server_metadata_item(self, server_id: ResourceId, key: str) -> str:
        """The value of one key (NotFound if the server has no such key)."""
        return self._run(ops.metadata_item(server_id, key))

    def set_server_metadata_item(self, server_id: ResourceId, key: str, value: str) -> str:
        """Create or change one key; the value the service stored."""
        return self._run(ops.set_metadata_item(server_id, key, value))

    def delete_server_metadata_item(self, server_id: ResourceId, key: str) -> None:
        self._run(ops.remove_metadata_item(server_id, key))

    # --- placement policies (server groups) ------------------------------------------------------------------

    def list_server_groups(self) -> list[models.ServerGroup]:
        return self._run(ops.server_groups())

    def get_server_group(self, group_id: str) -> models.ServerGroup:
        return self._run(ops.server_group(group_id))

    def create_server_group(
        self, name: str, policy: models.ServerGroupPolicy = models.ServerGroupPolicy.ANTI_AFFINITY
    ) -> models.ServerGroup:
        """A placement policy; servers join it at create time: `create_server(..., scheduler_hints=
        SchedulerHints(group=group.id))`, and leave it when deleted."""
        return self._run(ops.new_server_group(name, policy))

    def delete_server_group(self, group_id: str) -> None:
        self._run(ops.remove_server_group(group_id))

    # --- server actions -----------------------------------------------------------------------------------

    def start_server(self, server_id: ResourceId) -> None:
        self._run(ops.action(server_id, bodies.start()))

    def stop_server(self, server_id: ResourceId) -> None:
        self._run(ops.action(server_id, bodies.stop()))

    def reboot_server(self, server_id: ResourceId, *, hard: bool = False) -> None:
        self._run(ops.action(server_id, bodies.reboot(hard)))

    def resize_server(
        self, server_id: ResourceId, flavor_ref: str, disk_config: models.DiskConfig | None = None
    ) -> None:
        self._run(ops.action(server_id, bodies.resize(flavor_ref, disk_config)))

    def confirm_resize_server(self, server_id: ResourceId) -> None:
        """Confirm a resize now (`VERIFY_RESIZE`; TOAST confirms by itself after 1 s, then this is a Conflict)."""
        self._run(ops.action(server_id, bodies.confirm_resize()))

    def create_image(self, server_id: ResourceId, name: str, metadata: Mapping[str, str] | None = None) -> str:
        """Snapshot the server; returns the new image's id (from `Location`)."""
        return self._run(ops.create_image(server_id, bodies.create_image(name, metadata)))

    def add_security_group(self, server_id: ResourceId, name: str) -> None:
        self._run(ops.action(server_id, bodies.add_security_group(name)))

    def remove_security_group(self, server_id: ResourceId, name: str) -> None:
        self._run(ops.action(server_id, bodies.remove_security_group(name)))

    def shelve_server(self, server_id: ResourceId) -> None:
        """The vendor's "terminate": ACTIVE -> SHELVED_OFFLOADED, off its host (`wait_for_shelved`)."""
        self._run(ops.action(server_id, bodies.shelve()))

    def unshelve_server(self, server_id: ResourceId) -> None:
        """The vendor's "start a terminated instance": back to ACTIVE (`wait_for_server`)."""
        self._run(ops.action(server_id, bodies.unshelve()))

    def get_console_output(self, server_id: ResourceId, *, length: int | None = None) -> str:
        """The server's console log: its last `length` lines, or all of it."""
        body = bodies.console_output(length)
        return (self._run(ops.action_answer(server_id, body, models.ConsoleOutput))).output

    def add_floating_ip(self, server_id: ResourceId, address: str, fixed_address: str | None = None) -> None:
        """Associate one of the tenant's floating IPs (with the first port's fixed IP unless `fixed_address`)."""
        self._run(ops.action(server_id, bodies.add_floating_ip(address, fixed_address)))

    def remove_floating_ip(self, server_id: ResourceId, address: str) -> None:
        self._run(ops.action(server_id, bodies.remove_floating_ip(address)))

    # --- waiters ------------------------------------------------------------------------------------------

    def wait_for_server(
        self,
        server_id: ResourceId,
        status: ServerStatus | str | tuple[ServerStatus | str, ...] = ServerStatus.ACTIVE,
        *,
        failures: tuple[ServerStatus | str, ...] = waiters.FAILURE_STATUSES,
        timeout: float = 1800.0,
        allow_unknown: bool = False,
    ) -> models.Server:
        """Poll until the status is reached; ServerFailed (with the fault) on ERROR; WaitTimeout after `timeout`.
        A status that is not a `ServerStatus` raises InvalidArgument at once, unless `allow_unknown=True` (for a
        status the service added since)."""
        wanted = waiters.wanted_statuses(status, allow_unknown)
        failures = waiters.wanted_statuses(failures, allow_unknown)
        s = self.settings
        return self._run(waiters.until_status(server_id, wanted, failures, timeout, s.backoff, s.clock))

    def wait_for_server_deleted(self, server_id: ResourceId, *, timeout: float = 600.0) -> None:
        s = self.settings
        self._run(waiters.until_deleted(server_id, timeout, s.backoff, s.clock))

    def wait_for_shelved(self, server_id: ResourceId, *, timeout: float = 600.0) -> models.Server:
        """Until SHELVED_OFFLOADED (or SHELVED, where the service keeps a shelved server on its host); ERROR fails."""
        return self.wait_for_server(server_id, waiters.SHELVED_STATUSES, timeout=timeout)

    # --- look-ups ------------------------------------------------------------------------------------------

    def find_flavor(
        self,
        name: str | None = None,
        *,
        min_vcpus: int = 0,
        min_ram_mb: int = 0,
        root_volume: bool | None = None,
    ) -> models.FlavorDetail:
        """The flavor named `name`, or the smallest with at least `min_vcpus` and `min_ram_mb`; `root_volume=False`
        keeps flavors with a local root disk, True those that boot from a volume (`needs_root_volume`: disk 0).
        LookupFailed when none fits."""
        return self._run(lookups.flavor(name, min_vcpus, min_ram_mb, root_volume))

    def find_image(self, name: str) -> models.Image:
        """The one image named exactly `name` (Nova's image proxy); LookupFailed when there is none or several."""
        return self._run(lookups.image_named(name))

    def list_networks(self, name: str | None = None) -> list[Network]:
        """The tenant's networks (named exactly `name`), from the network service: `network_url=`, else the identity
        catalog's (`from_credentials`), else the region's."""
        return self._run(lookups.networks(self._network_root(), name))

    def find_network(self, name: str | None = None) -> Network:
        """The network named exactly `name`, or without a name the tenant's first network that is not external
        (where servers go); LookupFailed when there is none, or several of that name."""
        return self._run(lookups.network(self._network_root(), name))

    def find_servers(self, name: str) -> list[models.Server]:
        """Every server named exactly `name` (not Nova's regular-expression match)."""
        return self._run(lookups.servers_named(name))

    def find_server(self, name: str) -> models.Server:
        """The one server named exactly `name`; LookupFailed when there is none or several."""
        return self._run(lookups.server_named(name))

    # --- floating IPs (Nova's os-floating-ips) --------------------------------------------------------------

    def list_floating_ips(self) -> list[models.FloatingIp]:
        return self._run(ops.floating_ips())

    def get_floating_ip(self, floating_ip_id: ResourceId) -> models.FloatingIp:
        return self._run(ops.floating_ip(floating_ip_id))

    def create_floating_ip(self, pool: str | None = None) -> models.FloatingIp:
        """Allocate an address from `pool` (an external network's name), or the default pool."""
        return self._run(ops.new_floating_ip(pool))

    def delete_floating_ip(self, floating_ip_id: ResourceId) -> None:
        """Release the address (disassociating it first if a server holds it)."""
        self._run(ops.release_floating_ip(floating_ip_id))

    # --- volume attachments ---------------------------------------------------------------------------------

    def list_volume_attachments(
        self, server_id: ResourceId, *, limit: int | None = None, offset: int | None = None
    ) -> list[models.VolumeAttachment]:
        return self._run(ops.attachments(server_id, limit, offset))

    def iter_volume_attachments(
        self, server_id: ResourceId, *, page_size: int = 100
    ) -> Iterator[models.VolumeAttachment]:
        return self._iter(ops.iter_volume_attachments(server_id, page_size))

    def get_volume_attachment(self, server_id: ResourceId, volume_id: ResourceId) -> models.VolumeAttachment:
        return self._run(ops.attachment(server_id, volume_id))

    def attach_volume(
        self, server_id: ResourceId, volume_id: ResourceId, device: str | None = None
    ) -> models.VolumeAttachment:
        return self._run(ops.attach(server_id, volume_id, device, by_path=False))

    def attach_volume_by_path(
        self, server_id: ResourceId, volume_id: ResourceId, device: str | None = None
    ) -> models.VolumeAttachment:
        """Deprecated: the document's `POST .../os-volume_attachments/{volumeId}` form; use attach_volume."""
        return self._run(ops.attach(server_id, volume_id, device, by_path=True))

    def detach_volume(self, server_id: ResourceId, volume_id: ResourceId) -> None:
        self._run(ops.detach(server_id, volume_id))
