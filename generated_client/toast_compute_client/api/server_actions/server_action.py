from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compute_fault import ComputeFault
from ...models.console_output import ConsoleOutput
from ...models.create_image_result import CreateImageResult
from ...models.keystone_error import KeystoneError
from ...models.server_action_add_floating_ip import ServerActionAddFloatingIp
from ...models.server_action_add_security_group import ServerActionAddSecurityGroup
from ...models.server_action_confirm_resize import ServerActionConfirmResize
from ...models.server_action_create_image import ServerActionCreateImage
from ...models.server_action_get_console_output import ServerActionGetConsoleOutput
from ...models.server_action_reboot import ServerActionReboot
from ...models.server_action_remove_floating_ip import ServerActionRemoveFloatingIp
from ...models.server_action_remove_security_group import ServerActionRemoveSecurityGroup
from ...models.server_action_resize import ServerActionResize
from ...models.server_action_shelve import ServerActionShelve
from ...models.server_action_start import ServerActionStart
from ...models.server_action_stop import ServerActionStop
from ...models.server_action_unshelve import ServerActionUnshelve
from ...types import PausedGC, Response


def _path_segment(value: Any) -> str:
    """`value` as one path segment that names exactly it: every reserved character percent-encoded, and the
    dot segments `.` and `..` (which URL normalisation removes) as `%2E` and `%2E%2E`."""
    segment = quote(str(value), safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def _get_kwargs(
    tenant_id: str,
    server_id: UUID,
    *,
    body: ServerActionAddFloatingIp
    | ServerActionAddSecurityGroup
    | ServerActionConfirmResize
    | ServerActionCreateImage
    | ServerActionGetConsoleOutput
    | ServerActionReboot
    | ServerActionRemoveFloatingIp
    | ServerActionRemoveSecurityGroup
    | ServerActionResize
    | ServerActionShelve
    | ServerActionStart
    | ServerActionStop
    | ServerActionUnshelve,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v2/{_path_segment(tenant_id)}/servers/{_path_segment(server_id)}/action",
    }

    if isinstance(body, ServerActionStart):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionStop):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionReboot):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionResize):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionConfirmResize):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionCreateImage):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionAddSecurityGroup):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionRemoveSecurityGroup):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionShelve):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionUnshelve):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionGetConsoleOutput):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ServerActionAddFloatingIp):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ComputeFault | ConsoleOutput | CreateImageResult | KeystoneError | None:
    if not response.content and (response.status_code in {200, 202, 204, 400, 401, 403, 404, 409, 413, 415}):
        return None
    if response.status_code == 200:
        response_200 = ConsoleOutput._from_response(response)

        return response_200

    if response.status_code == 202:
        response_202 = CreateImageResult._from_response(response)

        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ComputeFault | ConsoleOutput | CreateImageResult | KeystoneError]:
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
    *,
    client: AuthenticatedClient | Client,
    body: ServerActionAddFloatingIp
    | ServerActionAddSecurityGroup
    | ServerActionConfirmResize
    | ServerActionCreateImage
    | ServerActionGetConsoleOutput
    | ServerActionReboot
    | ServerActionRemoveFloatingIp
    | ServerActionRemoveSecurityGroup
    | ServerActionResize
    | ServerActionShelve
    | ServerActionStart
    | ServerActionStop
    | ServerActionUnshelve,
) -> Response[Any | ComputeFault | ConsoleOutput | CreateImageResult | KeystoneError]:
    """Run a server action

     Runs one action on a server (인스턴스 추가기능). The body has exactly one key, the action:

    | action | what it does | the server must be |
    |---|---|---|
    | `os-start` | starts a stopped server → `ACTIVE` (인스턴스 시작) | `SHUTOFF` |
    | `os-stop` | stops a running server → `SHUTOFF` (인스턴스 종료) | `ACTIVE` or `ERROR` |
    | `reboot` | `SOFT`: clean restart; `HARD`: power cycle (인스턴스 재시작) | `SOFT`: `ACTIVE`; `HARD`:
    `ACTIVE`, `ERROR`, `HARD_REBOOT`, `PAUSED`, `REBOOT`, `SHUTOFF`, `SUSPENDED` |
    | `resize` | changes the flavor → `RESIZE` → `VERIFY_RESIZE`, confirmed automatically after 1 s →
    `ACTIVE` (인스턴스 타입 변경) | `ACTIVE` or `SHUTOFF` |
    | `confirmResize` | confirms a resize now → `ACTIVE` or `SHUTOFF`; TOAST confirms by itself after 1
    s, so it usually answers 409 (outside the vendor's document) | `VERIFY_RESIZE` |
    | `createImage` | creates an image of the server; the image URL is in `Location` (인스턴스 이미지 생성) |
    `ACTIVE`, `SHUTOFF`, `SUSPENDED` or `PAUSED` |
    | `addSecurityGroup` | adds a security group to every port (보안 그룹 추가) | not building |
    | `removeSecurityGroup` | removes a security group from every port (보안 그룹 삭제) | not building |
    | `shelve` | releases the host → `SHELVED_OFFLOADED` (인스턴스 종료, "terminate"); not for GPU instances |
    `ACTIVE` |
    | `unshelve` | starts a shelved server again → `ACTIVE` (종료된 인스턴스 시작); `null` or Nova's object body
    | `SHELVED_OFFLOADED` or `SHELVED` |
    | `os-getConsoleOutput` | answers 200 with the console log (outside the vendor's document) | on a
    host: not building, not shelved offloaded |
    | `addFloatingIp` | associates a floating IP, taking it from a server that has it (outside the
    vendor's document) | not building: 400 while its network is not set up (E106) |
    | `removeFloatingIp` | disassociates a floating IP (outside the vendor's document) | not building |

    A shelved server refuses every other action with 409, as Nova does (resize, reboot, stop,
    createImage
    answer 409 in `SHELVED_OFFLOADED`), and so do metadata changes; reads and delete still work (errata
    E72, E74).

    Every action but `os-getConsoleOutput` (200) and `confirmResize` (204, as Nova does) answers 202.
    The legacy /v2 API sends no body; for `createImage` the document shows a body
    with `image_id`, which only later microversions send, so clients must accept an empty 202 (errata
    E44, E51).
    A server in the wrong state answers 409, except `addFloatingIp`: Nova refuses it with 400 while
    the server's network is not set up, that is while it builds (errata E106).

    Args:
        tenant_id (str):
        server_id (UUID):
        body (ServerActionAddFloatingIp | ServerActionAddSecurityGroup | ServerActionConfirmResize
            | ServerActionCreateImage | ServerActionGetConsoleOutput | ServerActionReboot |
            ServerActionRemoveFloatingIp | ServerActionRemoveSecurityGroup | ServerActionResize |
            ServerActionShelve | ServerActionStart | ServerActionStop | ServerActionUnshelve): One
            server action: an object with exactly one key, the action name. A body with several keys
            is rejected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ComputeFault | ConsoleOutput | CreateImageResult | KeystoneError]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        server_id=server_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    server_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServerActionAddFloatingIp
    | ServerActionAddSecurityGroup
    | ServerActionConfirmResize
    | ServerActionCreateImage
    | ServerActionGetConsoleOutput
    | ServerActionReboot
    | ServerActionRemoveFloatingIp
    | ServerActionRemoveSecurityGroup
    | ServerActionResize
    | ServerActionShelve
    | ServerActionStart
    | ServerActionStop
    | ServerActionUnshelve,
) -> Any | ComputeFault | ConsoleOutput | CreateImageResult | KeystoneError | None:
    """Run a server action

     Runs one action on a server (인스턴스 추가기능). The body has exactly one key, the action:

    | action | what it does | the server must be |
    |---|---|---|
    | `os-start` | starts a stopped server → `ACTIVE` (인스턴스 시작) | `SHUTOFF` |
    | `os-stop` | stops a running server → `SHUTOFF` (인스턴스 종료) | `ACTIVE` or `ERROR` |
    | `reboot` | `SOFT`: clean restart; `HARD`: power cycle (인스턴스 재시작) | `SOFT`: `ACTIVE`; `HARD`:
    `ACTIVE`, `ERROR`, `HARD_REBOOT`, `PAUSED`, `REBOOT`, `SHUTOFF`, `SUSPENDED` |
    | `resize` | changes the flavor → `RESIZE` → `VERIFY_RESIZE`, confirmed automatically after 1 s →
    `ACTIVE` (인스턴스 타입 변경) | `ACTIVE` or `SHUTOFF` |
    | `confirmResize` | confirms a resize now → `ACTIVE` or `SHUTOFF`; TOAST confirms by itself after 1
    s, so it usually answers 409 (outside the vendor's document) | `VERIFY_RESIZE` |
    | `createImage` | creates an image of the server; the image URL is in `Location` (인스턴스 이미지 생성) |
    `ACTIVE`, `SHUTOFF`, `SUSPENDED` or `PAUSED` |
    | `addSecurityGroup` | adds a security group to every port (보안 그룹 추가) | not building |
    | `removeSecurityGroup` | removes a security group from every port (보안 그룹 삭제) | not building |
    | `shelve` | releases the host → `SHELVED_OFFLOADED` (인스턴스 종료, "terminate"); not for GPU instances |
    `ACTIVE` |
    | `unshelve` | starts a shelved server again → `ACTIVE` (종료된 인스턴스 시작); `null` or Nova's object body
    | `SHELVED_OFFLOADED` or `SHELVED` |
    | `os-getConsoleOutput` | answers 200 with the console log (outside the vendor's document) | on a
    host: not building, not shelved offloaded |
    | `addFloatingIp` | associates a floating IP, taking it from a server that has it (outside the
    vendor's document) | not building: 400 while its network is not set up (E106) |
    | `removeFloatingIp` | disassociates a floating IP (outside the vendor's document) | not building |

    A shelved server refuses every other action with 409, as Nova does (resize, reboot, stop,
    createImage
    answer 409 in `SHELVED_OFFLOADED`), and so do metadata changes; reads and delete still work (errata
    E72, E74).

    Every action but `os-getConsoleOutput` (200) and `confirmResize` (204, as Nova does) answers 202.
    The legacy /v2 API sends no body; for `createImage` the document shows a body
    with `image_id`, which only later microversions send, so clients must accept an empty 202 (errata
    E44, E51).
    A server in the wrong state answers 409, except `addFloatingIp`: Nova refuses it with 400 while
    the server's network is not set up, that is while it builds (errata E106).

    Args:
        tenant_id (str):
        server_id (UUID):
        body (ServerActionAddFloatingIp | ServerActionAddSecurityGroup | ServerActionConfirmResize
            | ServerActionCreateImage | ServerActionGetConsoleOutput | ServerActionReboot |
            ServerActionRemoveFloatingIp | ServerActionRemoveSecurityGroup | ServerActionResize |
            ServerActionShelve | ServerActionStart | ServerActionStop | ServerActionUnshelve): One
            server action: an object with exactly one key, the action name. A body with several keys
            is rejected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ComputeFault | ConsoleOutput | CreateImageResult | KeystoneError
    """

    return sync_detailed(
        tenant_id=tenant_id,
        server_id=server_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    server_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServerActionAddFloatingIp
    | ServerActionAddSecurityGroup
    | ServerActionConfirmResize
    | ServerActionCreateImage
    | ServerActionGetConsoleOutput
    | ServerActionReboot
    | ServerActionRemoveFloatingIp
    | ServerActionRemoveSecurityGroup
    | ServerActionResize
    | ServerActionShelve
    | ServerActionStart
    | ServerActionStop
    | ServerActionUnshelve,
) -> Response[Any | ComputeFault | ConsoleOutput | CreateImageResult | KeystoneError]:
    """Run a server action

     Runs one action on a server (인스턴스 추가기능). The body has exactly one key, the action:

    | action | what it does | the server must be |
    |---|---|---|
    | `os-start` | starts a stopped server → `ACTIVE` (인스턴스 시작) | `SHUTOFF` |
    | `os-stop` | stops a running server → `SHUTOFF` (인스턴스 종료) | `ACTIVE` or `ERROR` |
    | `reboot` | `SOFT`: clean restart; `HARD`: power cycle (인스턴스 재시작) | `SOFT`: `ACTIVE`; `HARD`:
    `ACTIVE`, `ERROR`, `HARD_REBOOT`, `PAUSED`, `REBOOT`, `SHUTOFF`, `SUSPENDED` |
    | `resize` | changes the flavor → `RESIZE` → `VERIFY_RESIZE`, confirmed automatically after 1 s →
    `ACTIVE` (인스턴스 타입 변경) | `ACTIVE` or `SHUTOFF` |
    | `confirmResize` | confirms a resize now → `ACTIVE` or `SHUTOFF`; TOAST confirms by itself after 1
    s, so it usually answers 409 (outside the vendor's document) | `VERIFY_RESIZE` |
    | `createImage` | creates an image of the server; the image URL is in `Location` (인스턴스 이미지 생성) |
    `ACTIVE`, `SHUTOFF`, `SUSPENDED` or `PAUSED` |
    | `addSecurityGroup` | adds a security group to every port (보안 그룹 추가) | not building |
    | `removeSecurityGroup` | removes a security group from every port (보안 그룹 삭제) | not building |
    | `shelve` | releases the host → `SHELVED_OFFLOADED` (인스턴스 종료, "terminate"); not for GPU instances |
    `ACTIVE` |
    | `unshelve` | starts a shelved server again → `ACTIVE` (종료된 인스턴스 시작); `null` or Nova's object body
    | `SHELVED_OFFLOADED` or `SHELVED` |
    | `os-getConsoleOutput` | answers 200 with the console log (outside the vendor's document) | on a
    host: not building, not shelved offloaded |
    | `addFloatingIp` | associates a floating IP, taking it from a server that has it (outside the
    vendor's document) | not building: 400 while its network is not set up (E106) |
    | `removeFloatingIp` | disassociates a floating IP (outside the vendor's document) | not building |

    A shelved server refuses every other action with 409, as Nova does (resize, reboot, stop,
    createImage
    answer 409 in `SHELVED_OFFLOADED`), and so do metadata changes; reads and delete still work (errata
    E72, E74).

    Every action but `os-getConsoleOutput` (200) and `confirmResize` (204, as Nova does) answers 202.
    The legacy /v2 API sends no body; for `createImage` the document shows a body
    with `image_id`, which only later microversions send, so clients must accept an empty 202 (errata
    E44, E51).
    A server in the wrong state answers 409, except `addFloatingIp`: Nova refuses it with 400 while
    the server's network is not set up, that is while it builds (errata E106).

    Args:
        tenant_id (str):
        server_id (UUID):
        body (ServerActionAddFloatingIp | ServerActionAddSecurityGroup | ServerActionConfirmResize
            | ServerActionCreateImage | ServerActionGetConsoleOutput | ServerActionReboot |
            ServerActionRemoveFloatingIp | ServerActionRemoveSecurityGroup | ServerActionResize |
            ServerActionShelve | ServerActionStart | ServerActionStop | ServerActionUnshelve): One
            server action: an object with exactly one key, the action name. A body with several keys
            is rejected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ComputeFault | ConsoleOutput | CreateImageResult | KeystoneError]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        server_id=server_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    server_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ServerActionAddFloatingIp
    | ServerActionAddSecurityGroup
    | ServerActionConfirmResize
    | ServerActionCreateImage
    | ServerActionGetConsoleOutput
    | ServerActionReboot
    | ServerActionRemoveFloatingIp
    | ServerActionRemoveSecurityGroup
    | ServerActionResize
    | ServerActionShelve
    | ServerActionStart
    | ServerActionStop
    | ServerActionUnshelve,
) -> Any | ComputeFault | ConsoleOutput | CreateImageResult | KeystoneError | None:
    """Run a server action

     Runs one action on a server (인스턴스 추가기능). The body has exactly one key, the action:

    | action | what it does | the server must be |
    |---|---|---|
    | `os-start` | starts a stopped server → `ACTIVE` (인스턴스 시작) | `SHUTOFF` |
    | `os-stop` | stops a running server → `SHUTOFF` (인스턴스 종료) | `ACTIVE` or `ERROR` |
    | `reboot` | `SOFT`: clean restart; `HARD`: power cycle (인스턴스 재시작) | `SOFT`: `ACTIVE`; `HARD`:
    `ACTIVE`, `ERROR`, `HARD_REBOOT`, `PAUSED`, `REBOOT`, `SHUTOFF`, `SUSPENDED` |
    | `resize` | changes the flavor → `RESIZE` → `VERIFY_RESIZE`, confirmed automatically after 1 s →
    `ACTIVE` (인스턴스 타입 변경) | `ACTIVE` or `SHUTOFF` |
    | `confirmResize` | confirms a resize now → `ACTIVE` or `SHUTOFF`; TOAST confirms by itself after 1
    s, so it usually answers 409 (outside the vendor's document) | `VERIFY_RESIZE` |
    | `createImage` | creates an image of the server; the image URL is in `Location` (인스턴스 이미지 생성) |
    `ACTIVE`, `SHUTOFF`, `SUSPENDED` or `PAUSED` |
    | `addSecurityGroup` | adds a security group to every port (보안 그룹 추가) | not building |
    | `removeSecurityGroup` | removes a security group from every port (보안 그룹 삭제) | not building |
    | `shelve` | releases the host → `SHELVED_OFFLOADED` (인스턴스 종료, "terminate"); not for GPU instances |
    `ACTIVE` |
    | `unshelve` | starts a shelved server again → `ACTIVE` (종료된 인스턴스 시작); `null` or Nova's object body
    | `SHELVED_OFFLOADED` or `SHELVED` |
    | `os-getConsoleOutput` | answers 200 with the console log (outside the vendor's document) | on a
    host: not building, not shelved offloaded |
    | `addFloatingIp` | associates a floating IP, taking it from a server that has it (outside the
    vendor's document) | not building: 400 while its network is not set up (E106) |
    | `removeFloatingIp` | disassociates a floating IP (outside the vendor's document) | not building |

    A shelved server refuses every other action with 409, as Nova does (resize, reboot, stop,
    createImage
    answer 409 in `SHELVED_OFFLOADED`), and so do metadata changes; reads and delete still work (errata
    E72, E74).

    Every action but `os-getConsoleOutput` (200) and `confirmResize` (204, as Nova does) answers 202.
    The legacy /v2 API sends no body; for `createImage` the document shows a body
    with `image_id`, which only later microversions send, so clients must accept an empty 202 (errata
    E44, E51).
    A server in the wrong state answers 409, except `addFloatingIp`: Nova refuses it with 400 while
    the server's network is not set up, that is while it builds (errata E106).

    Args:
        tenant_id (str):
        server_id (UUID):
        body (ServerActionAddFloatingIp | ServerActionAddSecurityGroup | ServerActionConfirmResize
            | ServerActionCreateImage | ServerActionGetConsoleOutput | ServerActionReboot |
            ServerActionRemoveFloatingIp | ServerActionRemoveSecurityGroup | ServerActionResize |
            ServerActionShelve | ServerActionStart | ServerActionStop | ServerActionUnshelve): One
            server action: an object with exactly one key, the action name. A body with several keys
            is rejected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ComputeFault | ConsoleOutput | CreateImageResult | KeystoneError
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            server_id=server_id,
            client=client,
            body=body,
        )
    ).parsed
