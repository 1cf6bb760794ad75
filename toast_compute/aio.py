"""`AsyncComputeClient`, the layer's client for asyncio, and the source of `ComputeClient`: client.py is generated
from this file by scripts/unasync_layer.py (`async`/`await` dropped, async names mapped to their sync twins)."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
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
from .retry import AsyncRetryTransport
from .settings import ClientOptions, ClientSettings
from .steps import Collect, Done, Emit, Fetch, Op, Send, Sleep, advance

T = TypeVar("T")


class AsyncComputeClient:
    """The TOAST Compute API for one tenant: typed results, typed errors, retries, paginators, waiters.

    `AsyncComputeClient(region="kr1", token=..., tenant_id=...)`, or `base_url=` instead of `region=` (a mock,
    or the catalog's compute URL); `AsyncComputeClient.from_credentials(...)` logs in with the API password.
    `.client` is the generated client over the same connection, for calls the layer does not wrap.
    """

    def __init__(
        self,
        *,
        tenant_id: str,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ):
        """`token=` or `auth=`; `region=` or `base_url=`; `retry=`, `timeout=`, `backoff=`, `clock=` (ClientOptions)."""
        self.settings = ClientSettings.build(tenant_id, **options)
        self._sleep = sleep
        inner = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.http = httpx.AsyncClient(
            transport=AsyncRetryTransport(inner, self.settings.retry, sleep), **self.settings.httpx_options()
        )
        self.client = Client(base_url=self.settings.base_url).set_async_httpx_client(self.http)

    @classmethod
    def from_credentials(
        cls, *, tenant_id: str, username: str, password: str, identity_url: str = IDENTITY_URL, **kwargs: Any
    ) -> Self:
        """Log in with `POST {identity_url}/v2.0/tokens` on first use; refresh before the token expires."""
        auth = KeystoneV2Auth(tenant_id=tenant_id, username=username, password=password, identity_url=identity_url)
        return cls(tenant_id=tenant_id, auth=auth, **kwargs)

    def __repr__(self) -> str:
        return f"AsyncComputeClient(base_url={self.settings.base_url!r}, tenant_id={self.settings.tenant_id!r})"

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.aclose()

    # --- the driver ---------------------------------------------------------------------------------

    async def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """The answer, or TransportError; a transport error keeps no request (and so no token)."""
        try:
            return await self.http.request(method, url, **kwargs)
        except httpx.RequestError as error:
            reason = type(error).__name__
        raise TransportError(method.upper(), url, reason)  # outside `except`: no __context__

    async def _send(self, send: Send) -> Any:
        """The step's parsed response, or a typed error."""
        response = await self._request(**exchange.request(send, self.settings.tenant_id))
        return exchange.result(send, response, self.client, self.settings.auth.redact)

    async def _fetch(self, fetch: Fetch) -> Any:
        """A neighbour service's parsed answer (same token, retries and errors as the compute API's)."""
        response = await self._request("GET", fetch.url, params=fetch.params)
        return exchange.fetched(fetch, response, self.settings.auth.redact)

    async def _network_root(self) -> str | None:
        """settings.network_root(), after the login whose catalog may name it."""
        if self.settings.awaits_catalog():
            await self._login()
        return self.settings.network_root()

    async def _login(self) -> None:
        """A login now, outside a compute call (the catalog is needed first); retried like any POST. Calls
        that need a token meanwhile wait for this one (the auth's lock)."""
        auth = self.settings.auth
        assert isinstance(auth, KeystoneV2Auth)
        async with auth.async_login_lock():
            if not auth.needs_token():  # another call logged in while this one waited
                return
            login = auth.token_request()
            response = await self._request(
                "POST", str(login.url), content=login.content, headers=login.headers, auth=None
            )
            auth.accept_token_response(response)

    async def _steps(self, op: Op[Any]) -> AsyncIterator[Any]:
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
                await self._sleep(step.seconds)
            else:
                try:
                    if isinstance(step, Send):
                        value = await self._send(step)
                    elif isinstance(step, Fetch):
                        value = await self._fetch(step)
                    else:
                        value = await self._collect(step)
                except APIError as raised:
                    error = raised

    async def _collect(self, step: Collect) -> list[Any]:
        return [item async for item in self._iter(step.op)]

    async def _run(self, op: Op[T]) -> T:
        async for item in self._steps(op):
            if isinstance(item, Done):
                return item.value  # type: ignore[no-any-return]
        raise AssertionError("unreachable: _steps always ends with Done")

    async def _iter(self, op: Op[None]) -> AsyncIterator[Any]:
        async for item in self._steps(op):
            if not isinstance(item, Done):
                yield item

    # --- versions, flavors, zones, key pairs ----------------------------------------------------------

    async def versions(self) -> models.VersionList | models.IdentityVersionList:
        return await self._run(ops.versions())

    async def list_flavors(
        self,
        *,
        min_disk: int | None = None,
        min_ram: int | None = None,
        limit: int | None = None,
        marker: str | None = None,
    ) -> models.FlavorList:
        """One page of flavors."""
        return await self._run(ops.flavors_page(FlavorFilters(min_disk, min_ram), limit, marker))

    async def list_flavors_detail(
        self,
        *,
        min_disk: int | None = None,
        min_ram: int | None = None,
        limit: int | None = None,
        marker: str | None = None,
    ) -> models.FlavorDetailList:
        """One page of flavors with details."""
        return await self._run(ops.flavors_detail_page(FlavorFilters(min_disk, min_ram), limit, marker))

    def iter_flavors(
        self,
        *,
        min_disk: int | None = None,
        min_ram: int | None = None,
        page_size: int | None = None,
        marker: str | None = None,
    ) -> AsyncIterator[models.FlavorDetail]:
        """Every flavor with details, page after page."""
        return self._iter(ops.iter_flavors(FlavorFilters(min_disk, min_ram), page_size, marker))

    async def get_flavor(self, flavor_id: str) -> models.FlavorDetail:
        return await self._run(ops.flavor(flavor_id))

    async def list_availability_zones(self) -> list[models.AvailabilityZone]:
        return await self._run(ops.availability_zones())

    async def list_keypairs(self) -> list[models.Keypair]:
        return await self._run(ops.keypairs())

    async def get_keypair(self, name: str) -> models.KeypairDetail:
        return await self._run(ops.keypair(name))

    async def create_keypair(self, name: str, public_key: str | None = None) -> models.KeypairCreated:
        """Generate a key pair (the private key is in this result only), or import `public_key`."""
        return await self._run(ops.new_keypair(name, public_key))

    async def delete_keypair(self, name: str) -> None:
        await self._run(ops.remove_keypair(name))

    # --- images (Nova's compute image proxy: snapshots from create_image are found here) -----------------

    async def list_images(self, *, limit: int | None = None, marker: str | None = None) -> models.ImageList:
        """One page of images (id, name, links)."""
        return await self._run(ops.images_page(limit, marker))

    async def list_images_detail(
        self, *, limit: int | None = None, marker: str | None = None
    ) -> models.ImageDetailList:
        """One page of images with details."""
        return await self._run(ops.images_detail_page(limit, marker))

    def iter_images(self, *, page_size: int | None = None, marker: str | None = None) -> AsyncIterator[models.Image]:
        """Every image with details, following the `next` links."""
        return self._iter(ops.iter_images(page_size, marker))

    async def get_image(self, image_id: ResourceId) -> models.Image:
        """An image; a snapshot is SAVING until it is done (`create_image` returns its id at once)."""
        return await self._run(ops.image(image_id))

    # --- servers ----------------------------------------------------------------------------------------

    async def list_servers(
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
        return await self._run(ops.servers_page(filters, limit, marker))

    async def list_servers_detail(
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
        return await self._run(ops.servers_detail_page(filters, limit, marker))

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
    ) -> AsyncIterator[models.Server]:
        """Every server with details, following the `next` links."""
        filters = ServerFilters(changes_since, image, flavor, name, status, reservation_id)
        return self._iter(ops.iter_servers(filters, page_size, marker))

    async def get_server(self, server_id: ResourceId) -> models.Server:
        return await self._run(ops.server(server_id))

    @overload
    async def create_server(
        self,
        server: models.ServerCreate,
        *,
        scheduler_hints: models.SchedulerHints | None = None,
        return_reservation_id: Literal[False] = False,
    ) -> models.ServerCreated: ...

    @overload
    async def create_server(
        self,
        server: models.ServerCreate,
        *,
        scheduler_hints: models.SchedulerHints | None = None,
        return_reservation_id: Literal[True],
    ) -> models.ReservationResponse: ...

    async def create_server(
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
            return await self._run(ops.new_reservation(server, scheduler_hints))
        return await self._run(ops.new_server(server, scheduler_hints))

    async def rename_server(self, server_id: ResourceId, name: str) -> models.ServerBase:
        return await self._run(ops.rename_server(server_id, name))

    async def delete_server(self, server_id: ResourceId) -> None:
        await self._run(ops.remove_server(server_id))

    async def list_server_security_groups(self, server_id: ResourceId) -> list[models.ServerSecurityGroup]:
        """The security groups of the server's ports, with their rules."""
        return await self._run(ops.security_groups(server_id))

    async def list_server_ips(self, server_id: ResourceId) -> models.ServerAddresses:
        """The server's addresses by network name (the server's `addresses`)."""
        return await self._run(ops.ips(server_id))

    async def get_server_ips_network(self, server_id: ResourceId, network: str) -> list[models.ServerAddress]:
        """The server's addresses on the network named `network` (NotFound if it has none there)."""
        return await self._run(ops.network_ips(server_id, network))

    # --- server metadata (keys and values: strings of up to 255 characters) -------------------------------

    async def get_server_metadata(self, server_id: ResourceId) -> dict[str, str]:
        return await self._run(ops.metadata(server_id))

    async def merge_server_metadata(self, server_id: ResourceId, metadata: Mapping[str, str]) -> dict[str, str]:
        """Set these keys, keep the others (`POST .../metadata`); the server's metadata afterwards."""
        return await self._run(ops.write_metadata(server_id, metadata, replace=False))

    async def replace_server_metadata(self, server_id: ResourceId, metadata: Mapping[str, str]) -> dict[str, str]:
        """Make `metadata` the server's whole metadata (`PUT .../metadata`); the metadata afterwards."""
        return await self._run(ops.write_metadata(server_id, metadata, replace=True))

    async def get_server_metadata_item(self, server_id: ResourceId, key: str) -> str:
        """The value of one key (NotFound if the server has no such key)."""
        return await self._run(ops.metadata_item(server_id, key))

    async def set_server_metadata_item(self, server_id: ResourceId, key: str, value: str) -> str:
        """Create or change one key; the value the service stored."""
        return await self._run(ops.set_metadata_item(server_id, key, value))

    async def delete_server_metadata_item(self, server_id: ResourceId, key: str) -> None:
        await self._run(ops.remove_metadata_item(server_id, key))

    # --- placement policies (server groups) ------------------------------------------------------------------

    async def list_server_groups(self) -> list[models.ServerGroup]:
        return await self._run(ops.server_groups())

    async def get_server_group(self, group_id: str) -> models.ServerGroup:
        return await self._run(ops.server_group(group_id))

    async def create_server_group(
        self, name: str, policy: models.ServerGroupPolicy = models.ServerGroupPolicy.ANTI_AFFINITY
    ) -> models.ServerGroup:
        """A placement policy; servers join it at create time: `create_server(..., scheduler_hints=
        SchedulerHints(group=group.id))`, and leave it when deleted."""
        return await self._run(ops.new_server_group(name, policy))

    async def delete_server_group(self, group_id: str) -> None:
        await self._run(ops.remove_server_group(group_id))

    # --- server actions -----------------------------------------------------------------------------------

    async def start_server(self, server_id: ResourceId) -> None:
        await self._run(ops.action(server_id, bodies.start()))

    async def stop_server(self, server_id: ResourceId) -> None:
        await self._run(ops.action(server_id, bodies.stop()))

    async def reboot_server(self, server_id: ResourceId, *, hard: bool = False) -> None:
        await self._run(ops.action(server_id, bodies.reboot(hard)))

    async def resize_server(
        self, server_id: ResourceId, flavor_ref: str, disk_config: models.DiskConfig | None = None
    ) -> None:
        await self._run(ops.action(server_id, bodies.resize(flavor_ref, disk_config)))

    async def confirm_resize_server(self, server_id: ResourceId) -> None:
        """Confirm a resize now (`VERIFY_RESIZE`; TOAST confirms by itself after 1 s, then this is a Conflict)."""
        await self._run(ops.action(server_id, bodies.confirm_resize()))

    async def create_image(self, server_id: ResourceId, name: str, metadata: Mapping[str, str] | None = None) -> str:
        """Snapshot the server; returns the new image's id (from `Location`)."""
        return await self._run(ops.create_image(server_id, bodies.create_image(name, metadata)))

    async def add_security_group(self, server_id: ResourceId, name: str) -> None:
        await self._run(ops.action(server_id, bodies.add_security_group(name)))

    async def remove_security_group(self, server_id: ResourceId, name: str) -> None:
        await self._run(ops.action(server_id, bodies.remove_security_group(name)))

    async def shelve_server(self, server_id: ResourceId) -> None:
        """The vendor's "terminate": ACTIVE -> SHELVED_OFFLOADED, off its host (`wait_for_shelved`)."""
        await self._run(ops.action(server_id, bodies.shelve()))

    async def unshelve_server(self, server_id: ResourceId) -> None:
        """The vendor's "start a terminated instance": back to ACTIVE (`wait_for_server`)."""
        await self._run(ops.action(server_id, bodies.unshelve()))

    async def get_console_output(self, server_id: ResourceId, *, length: int | None = None) -> str:
        """The server's console log: its last `length` lines, or all of it."""
        body = bodies.console_output(length)
        return (await self._run(ops.action_answer(server_id, body, models.ConsoleOutput))).output

    async def add_floating_ip(self, server_id: ResourceId, address: str, fixed_address: str | None = None) -> None:
        """Associate one of the tenant's floating IPs (with the first port's fixed IP unless `fixed_address`)."""
        await self._run(ops.action(server_id, bodies.add_floating_ip(address, fixed_address)))

    async def remove_floating_ip(self, server_id: ResourceId, address: str) -> None:
        await self._run(ops.action(server_id, bodies.remove_floating_ip(address)))

    # --- waiters ------------------------------------------------------------------------------------------

    async def wait_for_server(
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
        return await self._run(waiters.until_status(server_id, wanted, failures, timeout, s.backoff, s.clock))

    async def wait_for_server_deleted(self, server_id: ResourceId, *, timeout: float = 600.0) -> None:
        s = self.settings
        await self._run(waiters.until_deleted(server_id, timeout, s.backoff, s.clock))

    async def wait_for_shelved(self, server_id: ResourceId, *, timeout: float = 600.0) -> models.Server:
        """Until SHELVED_OFFLOADED (or SHELVED, where the service keeps a shelved server on its host); ERROR fails."""
        return await self.wait_for_server(server_id, waiters.SHELVED_STATUSES, timeout=timeout)

    # --- look-ups ------------------------------------------------------------------------------------------

    async def find_flavor(
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
        return await self._run(lookups.flavor(name, min_vcpus, min_ram_mb, root_volume))

    async def find_image(self, name: str) -> models.Image:
        """The one image named exactly `name` (Nova's image proxy); LookupFailed when there is none or several."""
        return await self._run(lookups.image_named(name))

    async def list_networks(self, name: str | None = None) -> list[Network]:
        """The tenant's networks (named exactly `name`), from the network service: `network_url=`, else the identity
        catalog's (`from_credentials`), else the region's."""
        return await self._run(lookups.networks(await self._network_root(), name))

    async def find_network(self, name: str | None = None) -> Network:
        """The network named exactly `name`, or without a name the tenant's first network that is not external
        (where servers go); LookupFailed when there is none, or several of that name."""
        return await self._run(lookups.network(await self._network_root(), name))

    async def find_servers(self, name: str) -> list[models.Server]:
        """Every server named exactly `name` (not Nova's regular-expression match)."""
        return await self._run(lookups.servers_named(name))

    async def find_server(self, name: str) -> models.Server:
        """The one server named exactly `name`; LookupFailed when there is none or several."""
        return await self._run(lookups.server_named(name))

    # --- floating IPs (Nova's os-floating-ips) --------------------------------------------------------------

    async def list_floating_ips(self) -> list[models.FloatingIp]:
        return await self._run(ops.floating_ips())

    async def get_floating_ip(self, floating_ip_id: ResourceId) -> models.FloatingIp:
        return await self._run(ops.floating_ip(floating_ip_id))

    async def create_floating_ip(self, pool: str | None = None) -> models.FloatingIp:
        """Allocate an address from `pool` (an external network's name), or the default pool."""
        return await self._run(ops.new_floating_ip(pool))

    async def delete_floating_ip(self, floating_ip_id: ResourceId) -> None:
        """Release the address (disassociating it first if a server holds it)."""
        await self._run(ops.release_floating_ip(floating_ip_id))

    # --- volume attachments ---------------------------------------------------------------------------------

    async def list_volume_attachments(
        self, server_id: ResourceId, *, limit: int | None = None, offset: int | None = None
    ) -> list[models.VolumeAttachment]:
        return await self._run(ops.attachments(server_id, limit, offset))

    def iter_volume_attachments(
        self, server_id: ResourceId, *, page_size: int = 100
    ) -> AsyncIterator[models.VolumeAttachment]:
        return self._iter(ops.iter_volume_attachments(server_id, page_size))

    async def get_volume_attachment(self, server_id: ResourceId, volume_id: ResourceId) -> models.VolumeAttachment:
        return await self._run(ops.attachment(server_id, volume_id))

    async def attach_volume(
        self, server_id: ResourceId, volume_id: ResourceId, device: str | None = None
    ) -> models.VolumeAttachment:
        return await self._run(ops.attach(server_id, volume_id, device, by_path=False))

    async def attach_volume_by_path(
        self, server_id: ResourceId, volume_id: ResourceId, device: str | None = None
    ) -> models.VolumeAttachment:
        """Deprecated: the document's `POST .../os-volume_attachments/{volumeId}` form; use attach_volume."""
        return await self._run(ops.attach(server_id, volume_id, device, by_path=True))

    async def detach_volume(self, server_id: ResourceId, volume_id: ResourceId) -> None:
        await self._run(ops.detach(server_id, volume_id))
