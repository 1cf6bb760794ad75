"""What both clients do with an answer: the generated endpoint's request arguments for a `Send`, and its
response turned into the parsed result or a typed exception.

The clients send with their own httpx client and parse with the endpoint's `_build_response` (what the
generated `sync_detailed`/`asyncio_detailed` do in two lines), so that the layer holds the response when
parsing fails and can name the operation, the status, the request id and the field. A parse failure never
reaches the caller as the generated model's KeyError/TypeError/ValueError, nor with the body: the typed
error is raised outside the `except` block, so neither `__cause__` nor `__context__` keeps the original.
"""

from __future__ import annotations

import json
import linecache
import re
import typing
from collections.abc import Callable
from types import TracebackType, UnionType
from typing import Any

import httpx
from toast_compute_client import Client
from toast_compute_client import errors as generated_errors
from toast_compute_client.types import Response

from .errors import UnexpectedResponse, error_from_response, request_id_of
from .steps import Fetch, Send

PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
# how a generated from_dict reads a field: `d["key"]`, `d.get("key", UNSET)`, or `d.pop("key")` from a copy
READS_KEY = re.compile(r'\bd(?:\[|\.get\(|\.pop\()"((?:[^"\\]|\\.)*)"')


def request(send: Send, tenant_id: str) -> dict[str, Any]:
    """httpx request arguments (method, url, params, json) from the generated endpoint for this step."""
    arguments = dict(send.kwargs)
    if send.tenant_scoped:
        arguments["tenant_id"] = tenant_id
    kwargs: dict[str, Any] = send.endpoint._get_kwargs(**arguments)
    return kwargs


def result(send: Send, response: httpx.Response, client: Client, redact: Callable[[str], str]) -> Response[Any]:
    """The parsed response of a success status whose body is what the step expects; else the typed exception."""
    status = response.status_code
    if status >= 400:
        raise error_from_response(status, response.content, response.headers, redact)
    problem, field = "", None
    try:
        parsed: Response[Any] = send.endpoint._build_response(client=client, response=response)
    except generated_errors.UnexpectedStatus:  # a status outside HTTPStatus, e.g. 299
        problem = "the status is not an HTTP status the client knows"
    except json.JSONDecodeError:  # before ValueError: it is one
        problem = "the body is not JSON"
    except PARSE_ERRORS as error:
        problem = "a required field is missing" if isinstance(error, KeyError) else "a field has the wrong type"
        field = field_of(error.__traceback__)
    else:
        if send.expect is None or isinstance(parsed.parsed, send.expect):
            return parsed
        problem = f"the body is not a {expected_name(send.expect)}"
    raise UnexpectedResponse(send.operation, status, problem, field=field, request_id=request_id_of(response.headers))


def fetched(fetch: Fetch, response: httpx.Response, redact: Callable[[str], str]) -> Any:
    """`fetch.parse` of a success's JSON body; else the typed exception (never with the body)."""
    status = response.status_code
    if status >= 400:
        raise error_from_response(status, response.content, response.headers, redact)
    try:
        return fetch.parse(json.loads(response.content))
    except json.JSONDecodeError:
        problem = "the body is not JSON"
    except PARSE_ERRORS:
        problem = "the body is not what the service's document describes"
    raise UnexpectedResponse(fetch.operation, status, problem, request_id=request_id_of(response.headers))


def expected_name(expect: type | UnionType) -> str:
    models: tuple[type, ...] = typing.get_args(expect) if isinstance(expect, UnionType) else (expect,)
    return " or ".join(model.__name__ for model in models)


def field_of(traceback: TracebackType | None) -> str | None:
    """`Model.key` for the innermost generated `from_dict` in the traceback, from the key its failing line reads
    (`Server.image`); the model's name alone when that line reads none (a list item, the body itself)."""
    field = None
    while traceback is not None:
        frame = traceback.tb_frame
        model = frame.f_locals.get("cls") if frame.f_code.co_name == "from_dict" else None
        if isinstance(model, type):
            key = READS_KEY.search(linecache.getline(frame.f_code.co_filename, traceback.tb_lineno))
            field = f"{model.__name__}.{key.group(1)}" if key else model.__name__
        traceback = traceback.tb_next
    return field
