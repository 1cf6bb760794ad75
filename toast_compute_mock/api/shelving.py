"""The shelve and unshelve actions. On /v2 Nova does not validate either body: the vendor's `null`
and Nova's 2.77 object (`{"availability_zone": ...}`, sent by gophercloud) are both accepted and the
object is not acted on."""

from __future__ import annotations

from typing import Any

from ..backend import shelving
from ..http import MockRequest, Response, empty


def shelve(request: MockRequest, server_id: str, value: Any) -> Response:
    shelving.shelve(request.backend, request.project, server_id)
    return empty(202)


def unshelve(request: MockRequest, server_id: str, value: Any) -> Response:
    shelving.unshelve(request.backend, request.project, server_id)
    return empty(202)
