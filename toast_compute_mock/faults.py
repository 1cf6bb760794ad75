"""Nova's error bodies: the fault envelope and keystonemiddleware's 401.

Nova (`nova/api/openstack/wsgi.py::Fault`) answers `{"<name>": {"code": N, "message": "..."}}`
with the name chosen by status code; keystonemiddleware answers 401 in its own shape.
"""

from __future__ import annotations

FAULT_NAMES = {
    400: "badRequest",
    401: "unauthorized",
    403: "forbidden",
    404: "itemNotFound",
    405: "badMethod",
    409: "conflictingRequest",
    413: "overLimit",
    415: "badMediaType",
    429: "overLimit",
    501: "notImplemented",
    503: "serviceUnavailable",
}


class NovaFault(Exception):
    """Raised anywhere in a handler; rendered as Nova's fault envelope."""

    def __init__(self, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.headers = headers or {}

    def body(self) -> dict[str, dict[str, int | str]]:
        return {FAULT_NAMES.get(self.code, "computeFault"): {"code": self.code, "message": self.message}}


def bad_request(message: str) -> NovaFault:
    return NovaFault(400, message)


def not_found(message: str) -> NovaFault:
    return NovaFault(404, message)


def conflict(message: str) -> NovaFault:
    return NovaFault(409, message)


def forbidden(message: str) -> NovaFault:
    return NovaFault(403, message)


def marker_not_found(marker: str) -> NovaFault:
    return bad_request(f"marker [{marker}] not found")


def invalid_state(action: str, server_id: str, attr: str, state: object) -> NovaFault:
    """Nova's `raise_http_conflict_for_instance_invalid_state` wording."""
    return conflict(f"Cannot '{action}' instance {server_id} while it is in {attr} {state}")


KEYSTONE_UNAUTHORIZED = {
    "error": {
        "code": 401,
        "title": "Unauthorized",
        "message": "The request you have made requires authentication.",
    }
}
