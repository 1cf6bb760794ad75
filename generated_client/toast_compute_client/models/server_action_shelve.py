from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


T = TypeVar("T", bound="ServerActionShelve")


@_attrs_define
class ServerActionShelve:
    """Shelve the server (인스턴스 종료, "terminate"): `ACTIVE` → `SHELVED_OFFLOADED`; the server releases its host and stops
    being charged as running. The vendor requires `ACTIVE` (Nova also allows `SHUTOFF`, `PAUSED`, `SUSPENDED`); another
    state answers 409. Not for GPU instances since 2024-02-27 (errata E74).

    """

    shelve: None
    """ Always `null`. """

    def to_dict(self) -> dict[str, Any]:
        shelve = self.shelve

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "shelve": shelve,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        shelve = d["shelve"]

        if cls is ServerActionShelve:
            server_action_shelve = object.__new__(cls)
            server_action_shelve.shelve = shelve
        else:
            server_action_shelve = cls(
                shelve,
            )

        return server_action_shelve

    @staticmethod
    def _from_wire(w: _ServerActionShelveWire) -> ServerActionShelve:
        shelve = w.shelve

        server_action_shelve = object.__new__(ServerActionShelve)
        server_action_shelve.shelve = shelve
        return server_action_shelve

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionShelve:
        return from_response(
            response, _ServerActionShelveWire, ServerActionShelve._from_wire, ServerActionShelve.from_dict
        )


if TYPE_CHECKING:
    _ServerActionShelveWire = Any
else:

    class _ServerActionShelveWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        shelve: Any = _msgspec.field(name="shelve")
