from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


T = TypeVar("T", bound="ServerActionStart")


@_attrs_define
class ServerActionStart:
    """Start a stopped server (인스턴스 시작): `SHUTOFF` → `ACTIVE`. The server must be `SHUTOFF`."""

    os_start: None
    """ Always `null` (the service ignores the value). """

    def to_dict(self) -> dict[str, Any]:
        os_start = self.os_start

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "os-start": os_start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        os_start = d["os-start"]

        if cls is ServerActionStart:
            server_action_start = object.__new__(cls)
            server_action_start.os_start = os_start
        else:
            server_action_start = cls(
                os_start,
            )

        return server_action_start

    @staticmethod
    def _from_wire(w: _ServerActionStartWire) -> ServerActionStart:
        os_start = w.os_start

        server_action_start = object.__new__(ServerActionStart)
        server_action_start.os_start = os_start
        return server_action_start

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionStart:
        return from_response(
            response, _ServerActionStartWire, ServerActionStart._from_wire, ServerActionStart.from_dict
        )


if TYPE_CHECKING:
    _ServerActionStartWire = Any
else:

    class _ServerActionStartWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        os_start: Any = _msgspec.field(name="os-start")
