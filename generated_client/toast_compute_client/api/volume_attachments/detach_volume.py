from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compute_fault import ComputeFault
from ...models.keystone_error import KeystoneError
from ...types import PausedGC, Response


def _path_segment(value: Any) -> str:
    """`value` as one path segment that names exactly it: every reserved character percent-encoded, and the
    dot segments `.` and `..` (which URL normalisation removes) as `%2E` and `%2E%2E`."""
    segment = quote(str(value), safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def _get_kwargs(
    tenant_id: str,
    server_id: UUID,
    volume_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/v2/{_path_segment(tenant_id)}/servers/{_path_segment(server_id)}/os-volume_attachments/{_path_segment(volume_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ComputeFault | KeystoneError | None:
    if not response.content and (response.status_code in {202, 400, 401, 403, 404, 409}):
        return None
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 400:
        response_400 = ComputeFault._from_response(response)

        return response_400

    if response.status_code == 401:
        response_401 = KeystoneError._from_response(response)

        return response_401

    if response.status_code == 403:
        response_403 = ComputeFault._from_response(response)

        return response_403

    if response.status_code == 404:
        response_404 = ComputeFault._from_response(response)

        return response_404

    if response.status_code == 409:
        response_409 = ComputeFault._from_response(response)

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ComputeFault | KeystoneError]:
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
    server_id: UUID,
    volume_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ComputeFault | KeystoneError]:
    """Detach a volume from a server

     Detaches a volume from a server (인스턴스 볼륨 연결 끊기). No response body; the service answers 202 (errata
    E43).

    Args:
        tenant_id (str):
        server_id (UUID):
        volume_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ComputeFault | KeystoneError]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        server_id=server_id,
        volume_id=volume_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    server_id: UUID,
    volume_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ComputeFault | KeystoneError | None:
    """Detach a volume from a server

     Detaches a volume from a server (인스턴스 볼륨 연결 끊기). No response body; the service answers 202 (errata
    E43).

    Args:
        tenant_id (str):
        server_id (UUID):
        volume_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ComputeFault | KeystoneError
    """

    return sync_detailed(
        tenant_id=tenant_id,
        server_id=server_id,
        volume_id=volume_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    server_id: UUID,
    volume_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ComputeFault | KeystoneError]:
    """Detach a volume from a server

     Detaches a volume from a server (인스턴스 볼륨 연결 끊기). No response body; the service answers 202 (errata
    E43).

    Args:
        tenant_id (str):
        server_id (UUID):
        volume_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ComputeFault | KeystoneError]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        server_id=server_id,
        volume_id=volume_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    server_id: UUID,
    volume_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ComputeFault | KeystoneError | None:
    """Detach a volume from a server

     Detaches a volume from a server (인스턴스 볼륨 연결 끊기). No response body; the service answers 202 (errata
    E43).

    Args:
        tenant_id (str):
        server_id (UUID):
        volume_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ComputeFault | KeystoneError
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            server_id=server_id,
            volume_id=volume_id,
            client=client,
        )
    ).parsed
