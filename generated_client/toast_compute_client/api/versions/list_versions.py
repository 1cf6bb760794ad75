from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.identity_version_list import IdentityVersionList
from ...models.version_list import VersionList
from ...types import PausedGC, Response, decode_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdentityVersionList | VersionList | None:
    if not response.content and (response.status_code in {200, 300}):
        return None
    if response.status_code == 200:

        def _parse_response_200(data: object) -> IdentityVersionList | VersionList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_versions_response_type_0 = VersionList.from_dict(data)

                return componentsschemas_versions_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_versions_response_type_1 = IdentityVersionList.from_dict(data)

            return componentsschemas_versions_response_type_1

        response_200 = _parse_response_200(decode_json(response))

        return response_200

    if response.status_code == 300:

        def _parse_response_300(data: object) -> IdentityVersionList | VersionList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_versions_response_type_0 = VersionList.from_dict(data)

                return componentsschemas_versions_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_versions_response_type_1 = IdentityVersionList.from_dict(data)

            return componentsschemas_versions_response_type_1

        response_300 = _parse_response_300(decode_json(response))

        return response_300

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IdentityVersionList | VersionList]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[IdentityVersionList | VersionList]:
    """List API versions

     Lists the versions of the Compute API (버전 목록 보기). Needs no token. The document's example is a
    Keystone (identity) version document; Nova's compute root answers with its own form. Both are
    described.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentityVersionList | VersionList]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> IdentityVersionList | VersionList | None:
    """List API versions

     Lists the versions of the Compute API (버전 목록 보기). Needs no token. The document's example is a
    Keystone (identity) version document; Nova's compute root answers with its own form. Both are
    described.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentityVersionList | VersionList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[IdentityVersionList | VersionList]:
    """List API versions

     Lists the versions of the Compute API (버전 목록 보기). Needs no token. The document's example is a
    Keystone (identity) version document; Nova's compute root answers with its own form. Both are
    described.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentityVersionList | VersionList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> IdentityVersionList | VersionList | None:
    """List API versions

     Lists the versions of the Compute API (버전 목록 보기). Needs no token. The document's example is a
    Keystone (identity) version document; Nova's compute root answers with its own form. Both are
    described.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentityVersionList | VersionList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
