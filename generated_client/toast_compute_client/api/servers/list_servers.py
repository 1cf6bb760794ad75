import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compute_fault import ComputeFault
from ...models.keystone_error import KeystoneError
from ...models.server_list import ServerList
from ...types import UNSET, PausedGC, Response, Unset


def _path_segment(value: Any) -> str:
    """`value` as one path segment that names exactly it: every reserved character percent-encoded, and the
    dot segments `.` and `..` (which URL normalisation removes) as `%2E` and `%2E%2E`."""
    segment = quote(str(value), safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def _get_kwargs(
    tenant_id: str,
    *,
    changes_since: datetime.datetime | Unset = UNSET,
    image: str | Unset = UNSET,
    flavor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    reservation_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_changes_since: str | Unset = UNSET
    if not isinstance(changes_since, Unset):
        json_changes_since = changes_since.isoformat()
    params["changes-since"] = json_changes_since

    params["image"] = image

    params["flavor"] = flavor

    params["name"] = name

    params["status"] = status

    params["reservation_id"] = reservation_id

    params["limit"] = limit

    params["marker"] = marker

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/{_path_segment(tenant_id)}/servers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComputeFault | KeystoneError | ServerList | None:
    if not response.content and (response.status_code in {200, 400, 401, 403}):
        return None
    if response.status_code == 200:
        response_200 = ServerList._from_response(response)

        return response_200

    if response.status_code == 400:
        response_400 = ComputeFault._from_response(response)

        return response_400

    if response.status_code == 401:
        response_401 = KeystoneError._from_response(response)

        return response_401

    if response.status_code == 403:
        response_403 = ComputeFault._from_response(response)

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ComputeFault | KeystoneError | ServerList]:
    try:
        status_code = HTTPStatus(response.status_code)
    except ValueError:
        raise errors.UnexpectedStatus(response.status_code, response.content) from None
    with PausedGC():
        parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    changes_since: datetime.datetime | Unset = UNSET,
    image: str | Unset = UNSET,
    flavor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    reservation_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> Response[ComputeFault | KeystoneError | ServerList]:
    """List servers

     Lists the servers of the tenant (인스턴스 목록 보기) with their id, name and links, newest first, a page at
    a time (100 by default, at most 1000).

    Args:
        tenant_id (str):
        changes_since (datetime.datetime | Unset):
        image (str | Unset):
        flavor (str | Unset):
        name (str | Unset):
        status (str | Unset):
        reservation_id (str | Unset):
        limit (int | Unset):
        marker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputeFault | KeystoneError | ServerList]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        changes_since=changes_since,
        image=image,
        flavor=flavor,
        name=name,
        status=status,
        reservation_id=reservation_id,
        limit=limit,
        marker=marker,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    changes_since: datetime.datetime | Unset = UNSET,
    image: str | Unset = UNSET,
    flavor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    reservation_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> ComputeFault | KeystoneError | ServerList | None:
    """List servers

     Lists the servers of the tenant (인스턴스 목록 보기) with their id, name and links, newest first, a page at
    a time (100 by default, at most 1000).

    Args:
        tenant_id (str):
        changes_since (datetime.datetime | Unset):
        image (str | Unset):
        flavor (str | Unset):
        name (str | Unset):
        status (str | Unset):
        reservation_id (str | Unset):
        limit (int | Unset):
        marker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputeFault | KeystoneError | ServerList
    """

    return sync_detailed(
        tenant_id=tenant_id,
        client=client,
        changes_since=changes_since,
        image=image,
        flavor=flavor,
        name=name,
        status=status,
        reservation_id=reservation_id,
        limit=limit,
        marker=marker,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    changes_since: datetime.datetime | Unset = UNSET,
    image: str | Unset = UNSET,
    flavor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    reservation_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> Response[ComputeFault | KeystoneError | ServerList]:
    """List servers

     Lists the servers of the tenant (인스턴스 목록 보기) with their id, name and links, newest first, a page at
    a time (100 by default, at most 1000).

    Args:
        tenant_id (str):
        changes_since (datetime.datetime | Unset):
        image (str | Unset):
        flavor (str | Unset):
        name (str | Unset):
        status (str | Unset):
        reservation_id (str | Unset):
        limit (int | Unset):
        marker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputeFault | KeystoneError | ServerList]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        changes_since=changes_since,
        image=image,
        flavor=flavor,
        name=name,
        status=status,
        reservation_id=reservation_id,
        limit=limit,
        marker=marker,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    changes_since: datetime.datetime | Unset = UNSET,
    image: str | Unset = UNSET,
    flavor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    status: str | Unset = UNSET,
    reservation_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> ComputeFault | KeystoneError | ServerList | None:
    """List servers

     Lists the servers of the tenant (인스턴스 목록 보기) with their id, name and links, newest first, a page at
    a time (100 by default, at most 1000).

    Args:
        tenant_id (str):
        changes_since (datetime.datetime | Unset):
        image (str | Unset):
        flavor (str | Unset):
        name (str | Unset):
        status (str | Unset):
        reservation_id (str | Unset):
        limit (int | Unset):
        marker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputeFault | KeystoneError | ServerList
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            client=client,
            changes_since=changes_since,
            image=image,
            flavor=flavor,
            name=name,
            status=status,
            reservation_id=reservation_id,
            limit=limit,
            marker=marker,
        )
    ).parsed
