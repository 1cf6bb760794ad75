"""Serialised server views, kept by the api layer (the backend knows nothing of them): per view and base
URL, one table of server id -> (revision, serialised view), valid while the server's `revision` is
unchanged. A deleted server's views are not kept (many such servers exist and only `changes-since` shows
them), and a server the backend forgets leaves the cache with it (a weak reference to it drops its rows)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import orjson

from ..backend.models import Server

View = Callable[[Server, str], dict[str, Any]]
_Table = dict[str, tuple[int, orjson.Fragment]]  # server id (unique: a uuid4) -> (revision, serialised view)


class ViewCache:
    def __init__(self) -> None:
        self._tables: dict[tuple[View, str], _Table] = {}
        self._getters: dict[tuple[View, str], Callable[[Server], orjson.Fragment]] = {}
        self._watched: dict[str, weakref.ref[Server]] = {}  # the servers with rows, by id

    def getter(self, view: View, base: str) -> Callable[[Server], orjson.Fragment]:
        """`get(server)` for one view and base URL: what a list calls for each of its servers."""
        known = self._getters.get((view, base))
        return known if known is not None else self._getters.setdefault((view, base), self._new_getter(view, base))

    def _new_getter(self, view: View, base: str) -> Callable[[Server], orjson.Fragment]:
        rows = self._tables.setdefault((view, base), {})

        def get(server: Server) -> orjson.Fragment:
            hit = rows.get(server.id)
            if hit is not None and hit[0] == server.revision and not server.deleted:
                return hit[1]
            fragment = orjson.Fragment(orjson.dumps(view(server, base)))
            if server.deleted:
                self._forget(server.id)
            else:
                self._watch(server)
                rows[server.id] = (server.revision, fragment)
            return fragment

        return get

    def get(self, server: Server, view: View, base: str) -> orjson.Fragment:
        return self.getter(view, base)(server)

    def holds(self, server: Server) -> bool:
        return any(server.id in table for table in self._tables.values())

    def _watch(self, server: Server) -> None:
        server_id = server.id
        if server_id not in self._watched:
            def gone(_: weakref.ref[Server]) -> None:
                self._forget(server_id)

            self._watched[server_id] = weakref.ref(server, gone)

    def _forget(self, server_id: str) -> None:
        self._watched.pop(server_id, None)
        for table in list(self._tables.values()):
            table.pop(server_id, None)
