from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import from_response

if TYPE_CHECKING:
    import httpx

from ..types import first_read_of_additional_properties

if TYPE_CHECKING:
    from ..models.server import Server


T = TypeVar("T", bound="ServerResponse")


@_attrs_define
class ServerResponse:
    """The response of a server get."""

    server: Server
    """ A server (인스턴스) with its extended attributes, as get and the detail list return it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server = self.server.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server": server,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        server = Server.from_dict(d["server"])

        fields_found = 1

        if cls is ServerResponse:
            server_response = object.__new__(cls)
            server_response.server = server
        else:
            server_response = cls(
                server,
            )

        if len(d) != fields_found:
            server_response.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_response

    @staticmethod
    def _from_wire(w: _ServerResponseWire) -> ServerResponse:
        server = Server._from_wire(w.server)

        server_response = object.__new__(ServerResponse)
        server_response.server = server
        return server_response

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerResponse:
        return from_response(response, _ServerResponseWire, ServerResponse._from_wire, ServerResponse.from_dict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name == "additional_properties":
                return first_read_of_additional_properties(self)
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'", name=name, obj=self)


if TYPE_CHECKING:
    _ServerResponseWire = Any
else:

    class _ServerResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        server: _ServerWire = _msgspec.field(name="server")


_FIELD_KEYS = frozenset(
    {
        "server",
    }
)


from ..models.server import Server, _ServerWire
