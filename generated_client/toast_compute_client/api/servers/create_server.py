from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compute_fault import ComputeFault
from ...models.keystone_error import KeystoneError
from ...models.reservation_response import ReservationResponse
from ...models.server_create_request import ServerCreateRequest
from ...models.server_create_response import ServerCreateResponse
from ...types import PausedGC, Response, decode_json


def _path_segment(value: Any) -> str:
    """`value` as one path segment that names exactly it: every reserved character percent-encoded, and the
    dot segments `.` and `..` (which URL normalisation removes) as `%2E` and `%2E%2E`."""
    segment = quote(str(value), safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def _get_kwargs(
    tenant_id: str,
    *,
    body: ServerCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v2/{_path_segment(tenant_id)}/servers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComputeFault | KeystoneError | ReservationResponse | ServerCreateResponse | None:
    if not response.content and (response.status_code in {202, 400, 401, 403, 409, 413, 415}):
        return None
    if response.status_code == 202:

        def _parse_response_202(data: object) -> ReservationResponse | ServerCreateResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_server_create_result_type_0 = ServerCreateResponse.from_dict(data)

                return componentsschemas_server_create_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_server_create_result_type_1 = ReservationResponse.from_dict(data)

            return componentsschemas_server_create_result_type_1

        response_202 = _parse_response_202(decode_json(response))

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

    if response.status_code == 409:
        response_409 = ComputeFault._from_response(response)

        return response_409

    if response.status_code == 413:
        response_413 = ComputeFault._from_response(response)

        return response_413

    if response.status_code == 415:
        response_415 = ComputeFault._from_response(response)

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ComputeFault | KeystoneError | ReservationResponse | ServerCreateResponse]:
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
    body: ServerCreateRequest,
) -> Response[ComputeFault | KeystoneError | ReservationResponse | ServerCreateResponse]:
    """Create a server

     Creates a server (인스턴스 생성하기). The server is not ready when this returns: poll it until its `status`
    is `ACTIVE`; if it goes to `ERROR`, check the parameters (its `fault` says why). Windows images need
    at least 2 GB of RAM and a 50 GB root disk, and cannot use U-type flavors; the root disk may be 10
    GB (Linux) or 50 GB (Windows) up to 1 TB; a Windows server name is at most 15 characters. The
    service answers 202 with the new server's URL in `Location` (errata E33).

    Args:
        tenant_id (str):
        body (ServerCreateRequest): Request body of a server create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputeFault | KeystoneError | ReservationResponse | ServerCreateResponse]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServerCreateRequest,
) -> ComputeFault | KeystoneError | ReservationResponse | ServerCreateResponse | None:
    """Create a server

     Creates a server (인스턴스 생성하기). The server is not ready when this returns: poll it until its `status`
    is `ACTIVE`; if it goes to `ERROR`, check the parameters (its `fault` says why). Windows images need
    at least 2 GB of RAM and a 50 GB root disk, and cannot use U-type flavors; the root disk may be 10
    GB (Linux) or 50 GB (Windows) up to 1 TB; a Windows server name is at most 15 characters. The
    service answers 202 with the new server's URL in `Location` (errata E33).

    Args:
        tenant_id (str):
        body (ServerCreateRequest): Request body of a server create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputeFault | KeystoneError | ReservationResponse | ServerCreateResponse
    """

    return sync_detailed(
        tenant_id=tenant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServerCreateRequest,
) -> Response[ComputeFault | KeystoneError | ReservationResponse | ServerCreateResponse]:
    """Create a server

     Creates a server (인스턴스 생성하기). The server is not ready when this returns: poll it until its `status`
    is `ACTIVE`; if it goes to `ERROR`, check the parameters (its `fault` says why). Windows images need
    at least 2 GB of RAM and a 50 GB root disk, and cannot use U-type flavors; the root disk may be 10
    GB (Linux) or 50 GB (Windows) up to 1 TB; a Windows server name is at most 15 characters. The
    service answers 202 with the new server's URL in `Location` (errata E33).

    Args:
        tenant_id (str):
        body (ServerCreateRequest): Request body of a server create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputeFault | KeystoneError | ReservationResponse | ServerCreateResponse]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServerCreateRequest,
) -> ComputeFault | KeystoneError | ReservationResponse | ServerCreateResponse | None:
    """Create a server

     Creates a server (인스턴스 생성하기). The server is not ready when this returns: poll it until its `status`
    is `ACTIVE`; if it goes to `ERROR`, check the parameters (its `fault` says why). Windows images need
    at least 2 GB of RAM and a 50 GB root disk, and cannot use U-type flavors; the root disk may be 10
    GB (Linux) or 50 GB (Windows) up to 1 TB; a Windows server name is at most 15 characters. The
    service answers 202 with the new server's URL in `Location` (errata E33).

    Args:
        tenant_id (str):
        body (ServerCreateRequest): Request body of a server create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputeFault | KeystoneError | ReservationResponse | ServerCreateResponse
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            client=client,
            body=body,
        )
    ).parsed
