from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


T = TypeVar("T", bound="ServerActionStop")


@_attrs_define
class ServerActionStop:
    """Stop a running server (인스턴스 종료): → `SHUTOFF`. The server must be `ACTIVE` or `ERROR` (errata E46)."""

    os_stop: None
    """ Always `null` (the service ignores the value). """

    def to_dict(self) -> dict[str, Any]:
        os_stop = self.os_stop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "os-stop": os_stop,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        os_stop = d["os-stop"]

        if cls is ServerActionStop:
            server_action_stop = object.__new__(cls)
            server_action_stop.os_stop = os_stop
        else:
            server_action_stop = cls(
                os_stop,
            )

        return server_action_stop

    @staticmethod
    def _from_wire(w: _ServerActionStopWire) -> ServerActionStop:
        os_stop = w.os_stop

        server_action_stop = object.__new__(ServerActionStop)
        server_action_stop.os_stop = os_stop
        return server_action_stop

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionStop:
        return from_response(response, _ServerActionStopWire, ServerActionStop._from_wire, ServerActionStop.from_dict)


if TYPE_CHECKING:
    _ServerActionStopWire = Any
else:

    class _ServerActionStopWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        os_stop: Any = _msgspec.field(name="os-stop")
