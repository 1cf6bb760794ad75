from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compute_fault import ComputeFault
from ...models.image_list import ImageList
from ...models.keystone_error import KeystoneError
from ...types import UNSET, PausedGC, Response, Unset


def _path_segment(value: Any) -> str:
    """`value` as one path segment that names exactly it: every reserved character percent-encoded, and the
    dot segments `.` and `..` (which URL normalisation removes) as `%2E` and `%2E%2E`."""
    segment = quote(str(value), safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def _get_kwargs(
    tenant_id: str,
    *,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["marker"] = marker

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/{_path_segment(tenant_id)}/images",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComputeFault | ImageList | KeystoneError | None:
    if not response.content and (response.status_code in {200, 400, 401, 403}):
        return None
    if response.status_code == 200:
        response_200 = ImageList._from_response(response)

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
) -> Response[ComputeFault | ImageList | KeystoneError]:
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
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> Response[ComputeFault | ImageList | KeystoneError]:
    """List images (compute proxy)

     Lists the images the tenant can see, with id, name and links, through Nova's compute image proxy.
    Outside the vendor's document (the vendor documents images in its Image API); clients that follow
    `createImage`'s `Location` or look an image up by name call it (errata E89).

    Args:
        tenant_id (str):
        limit (int | Unset):
        marker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputeFault | ImageList | KeystoneError]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
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
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> ComputeFault | ImageList | KeystoneError | None:
    """List images (compute proxy)

     Lists the images the tenant can see, with id, name and links, through Nova's compute image proxy.
    Outside the vendor's document (the vendor documents images in its Image API); clients that follow
    `createImage`'s `Location` or look an image up by name call it (errata E89).

    Args:
        tenant_id (str):
        limit (int | Unset):
        marker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputeFault | ImageList | KeystoneError
    """

    return sync_detailed(
        tenant_id=tenant_id,
        client=client,
        limit=limit,
        marker=marker,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> Response[ComputeFault | ImageList | KeystoneError]:
    """List images (compute proxy)

     Lists the images the tenant can see, with id, name and links, through Nova's compute image proxy.
    Outside the vendor's document (the vendor documents images in its Image API); clients that follow
    `createImage`'s `Location` or look an image up by name call it (errata E89).

    Args:
        tenant_id (str):
        limit (int | Unset):
        marker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputeFault | ImageList | KeystoneError]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        limit=limit,
        marker=marker,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    marker: str | Unset = UNSET,
) -> ComputeFault | ImageList | KeystoneError | None:
    """List images (compute proxy)

     Lists the images the tenant can see, with id, name and links, through Nova's compute image proxy.
    Outside the vendor's document (the vendor documents images in its Image API); clients that follow
    `createImage`'s `Location` or look an image up by name call it (errata E89).

    Args:
        tenant_id (str):
        limit (int | Unset):
        marker (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputeFault | ImageList | KeystoneError
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            client=client,
            limit=limit,
            marker=marker,
        )
    ).parsed
