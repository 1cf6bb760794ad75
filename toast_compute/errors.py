"""Typed exceptions, built from Nova fault bodies and keystonemiddleware's 401 body.

Nova answers errors as `{"<faultName>": {"code": 404, "message": "..."}}`; keystonemiddleware answers a
bad token as `{"error": {"code": 401, "title": "Unauthorized", "message": "..."}}`. The exception class is
chosen by HTTP status, so an unknown fault name still maps to the right class. Messages come from the
body only (never from request headers) and pass through the client's redactor, so a token the server
echoes back is not repeated; each error carries the response's request id, for the service's support.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from toast_compute_client.models import ServerFault


class ToastComputeError(Exception):
    """Base class of every error this package raises."""


class ConfigurationError(ToastComputeError):
    """The client was given settings it cannot work with (no region or base URL, a bad catalog...)."""


class TransportError(ToastComputeError):
    """The request got no answer the client could read: connection refused or reset, a timeout, a broken HTTP
    message. It keeps the method, the URL path and the name of the httpx error, nothing else (no headers)."""

    def __init__(self, method: str, path: str, reason: str):
        super().__init__(f"{method} {path}: {reason}")
        self.method = method
        self.path = path
        self.reason = reason


class APIError(ToastComputeError):
    """The service answered with an error status."""

    status_code: int
    fault_name: str | None
    message: str
    details: str | None
    request_id: str | None
    label = "error"  # in the message when the body names no fault

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        fault_name: str | None = None,
        details: str | None = None,
        request_id: str | None = None,
    ):
        request = f" (request {request_id})" if request_id else ""
        super().__init__(f"{status_code} {fault_name or self.label}: {message}{request}")
        self.status_code = status_code
        self.fault_name = fault_name
        self.message = message
        self.details = details
        self.request_id = request_id


class BadRequest(APIError):
    """400 `badRequest`: the request is malformed or fails validation."""


class Unauthorized(APIError):
    """401: no token, or an invalid or expired one (also a refused identity login)."""


class Forbidden(APIError):
    """403 `forbidden`: the policy refuses the call (a quota refusal is its subclass `QuotaExceeded`)."""


class QuotaExceeded(Forbidden):
    """403 whose message starts "Quota exceeded" (Nova: "Quota exceeded for instances: Requested 1, but already
    used 10 of 10 instances"): nothing was created; free some resources or ask for a larger quota."""


class NotFound(APIError):
    """404 `itemNotFound`."""


class MethodNotAllowed(APIError):
    """405 `badMethod`."""


class Conflict(APIError):
    """409 `conflictingRequest`: the resource's state does not allow it, or the name is taken."""


class OverLimit(APIError):
    """413 or 429 `overLimit`; catch `RateLimited` (429) or `RequestTooLarge` (413), its two subclasses."""

    retry_after: float | None = None


class RequestTooLarge(OverLimit):
    """413: the request body is too large; sending it again will not help."""


class RateLimited(OverLimit):
    """429: the service did nothing; try again after `retry_after` seconds (from `Retry-After` or the body's
    `retryAfter`; None when neither is given)."""


class ServerError(APIError):
    """5xx: `computeFault`, `serviceUnavailable`, a proxy's error page..."""


class InvalidArgument(ToastComputeError, ValueError):
    """An argument the layer refuses before sending anything: an id that is not a UUID, a status no server has."""


class LookupFailed(ToastComputeError, LookupError):
    """A look-up (`find_flavor`, `find_server`) found nothing that matches, or more than one where one is wanted."""


class UnexpectedResponse(APIError):
    """A success status with a body the client cannot use: none, not JSON, the wrong shape, a field of the wrong
    type. Names the operation (its operationId), the status, the request id and the field (`Server.image`) when
    one is to blame; never the body."""

    label = "unexpected response"

    def __init__(
        self, operation: str, status_code: int, problem: str, *, field: str | None = None, request_id: str | None = None
    ):
        where = f" ({field})" if field else ""
        super().__init__(status_code, f"{operation}: {problem}{where}", request_id=request_id)
        self.operation = operation
        self.field = field


class WaitTimeout(ToastComputeError):
    """A waiter gave up before the server reached the wanted status."""

    def __init__(self, server_id: str, wanted: tuple[str, ...], last_status: str | None, waited: float):
        super().__init__(
            f"server {server_id} did not reach {'/'.join(wanted)} in {waited:.1f}s (last status {last_status})"
        )
        self.server_id = server_id
        self.last_status = last_status


class ServerFailed(ToastComputeError):
    """A waited-on server went to ERROR (or another failure status); `fault` is the server's fault, if any."""

    def __init__(self, server_id: str, status: str, fault: ServerFault | None = None):
        reason = f": {fault.code} {fault.message}" if fault is not None else ""
        super().__init__(f"server {server_id} is {status}{reason}")
        self.server_id = server_id
        self.status = status
        self.fault = fault


class PaginationError(ToastComputeError):
    """The service sent a `next` link that was already followed (a loop)."""


BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,  # QuotaExceeded when the message says so (see error_from_response)
    404: NotFound,
    405: MethodNotAllowed,
    409: Conflict,
    413: RequestTooLarge,
    429: RateLimited,
}


QUOTA_PREFIX = "Quota exceeded"  # Nova's OverQuota messages, also for cores, ram and key pairs


def request_id_of(headers: Any) -> str | None:
    """Nova's request id (`x-openstack-request-id`, older services `x-compute-request-id`), if the response has one."""
    if not headers:
        return None
    found = headers.get("x-openstack-request-id") or headers.get("x-compute-request-id")
    return str(found) if found else None


def _fault(body: Any) -> tuple[str | None, dict[str, Any]]:
    """(fault name, fault body) of a Nova envelope or a Keystone error, or (None, {})."""
    if isinstance(body, dict) and len(body) == 1:
        ((name, inner),) = body.items()
        if isinstance(inner, dict):
            return (None if name == "error" else str(name)), inner
    return None, {}


def error_from_response(
    status_code: int,
    content: bytes,
    headers: Any = None,
    redact: Callable[[str], str] = lambda text: text,
) -> APIError:
    """The typed exception for an error response (any body: Nova, Keystone, HTML or empty)."""
    try:
        body = json.loads(content) if content else None
    except ValueError:
        body = None
    name, inner = _fault(body)
    message = inner.get("message") or inner.get("title")
    if not isinstance(message, str):
        message = content[:200].decode("utf-8", "replace").strip() or "(no body)"
    details = inner.get("details")
    cls = BY_STATUS.get(status_code, ServerError if status_code >= 500 else APIError)
    if cls is Forbidden and message.startswith(QUOTA_PREFIX):
        cls = QuotaExceeded
    error = cls(
        status_code,
        redact(message),
        fault_name=name,
        details=redact(details) if isinstance(details, str) else None,
        request_id=request_id_of(headers),
    )
    if isinstance(error, OverLimit):
        header = seconds((headers or {}).get("retry-after"))
        error.retry_after = header if header is not None else seconds(inner.get("retryAfter"))
    return error


def seconds(value: Any) -> float | None:
    """A `Retry-After` / `retryAfter` in seconds (a number, or digits in a string); None if absent or unreadable."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None
