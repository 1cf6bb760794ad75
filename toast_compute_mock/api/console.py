"""The os-getConsoleOutput action: `{"os-getConsoleOutput": {"length": N}}` answers 200
`{"output": "..."}` with the last N lines (-1 or no length: all)."""

from __future__ import annotations

import re
from typing import Any

from ..backend import console
from ..http import MockRequest, Response
from ..validation import check_object, invalid_input

_INTEGER = re.compile(r"^-?[0-9]+$")


def _length(value: Any) -> int | None:
    """Nova's schema: an integer or a string of one, >= -1, or null."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str) or not _INTEGER.match(str(value)):
        raise invalid_input("length", value, "is not of type 'integer', 'string', 'null'")
    length = int(value)
    if length < -1:
        raise invalid_input("length", value, "is less than the minimum of -1")
    return None if length == -1 else length


def get_console_output(request: MockRequest, server_id: str, value: Any) -> Response:
    length = _length(check_object("os-getConsoleOutput", value).get("length"))
    return Response(200, {"output": console.console_output(request.project, server_id, length)})
