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
    from ..models.server_base import ServerBase


T = TypeVar("T", bound="ServerUpdateResponse")


@_attrs_define
class ServerUpdateResponse:
    """The response of a server update; the reduced representation (errata E36)."""

    server: ServerBase
    """ The fields every full server representation has. On its own it is the reduced view that a server update
    (PUT) returns in Nova's legacy /v2 API (errata E36); `Server` adds the extended attributes. Responses may carry
    fields not listed here (the service says so); clients keep them. """
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
        server = ServerBase.from_dict(d["server"])

        fields_found = 1

        if cls is ServerUpdateResponse:
            server_update_response = object.__new__(cls)
            server_update_response.server = server
        else:
            server_update_response = cls(
                server,
            )

        if len(d) != fields_found:
            server_update_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_update_response

    @staticmethod
    def _from_wire(w: _ServerUpdateResponseWire) -> ServerUpdateResponse:
        server = ServerBase._from_wire(w.server)

        server_update_response = object.__new__(ServerUpdateResponse)
        server_update_response.server = server
        return server_update_response

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerUpdateResponse:
        return from_response(
            response, _ServerUpdateResponseWire, ServerUpdateResponse._from_wire, ServerUpdateResponse.from_dict
        )

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
    _ServerUpdateResponseWire = Any
else:

    class _ServerUpdateResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        server: _ServerBaseWire = _msgspec.field(name="server")


_FIELD_KEYS = frozenset(
    {
        "server",
    }
)


from ..models.server_base import ServerBase, _ServerBaseWire
