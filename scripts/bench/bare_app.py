"""The ceiling for a Python mock on a given server stack: a bare ASGI app that answers each request
of the benchmark mix with the bytes the mock answered it with (recorded by bench_mock.py in the
file named by BENCH_RECORDED), doing no other work."""

from __future__ import annotations

import json
import os

with open(os.environ["BENCH_RECORDED"]) as f:
    _RECORDED = {kind: (r["status"], [(k.encode(), v.encode()) for k, v in r["headers"]], r["body"].encode())
                 for kind, r in json.load(f).items()}


def kind(method: str, path: str) -> str:
    if method == "GET":
        return "detail" if path.endswith("/detail") else "flavors"
    if method == "DELETE":
        return "keypair_delete"
    return "action" if path.endswith("/action") else "keypair_create"


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    more = True
    while more:
        more = (await receive()).get("more_body", False)
    status, headers, body = _RECORDED[kind(scope["method"], scope["path"])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
