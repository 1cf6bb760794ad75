from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import from_response

if TYPE_CHECKING:
    import httpx
from uuid import UUID

from ..types import first_read_of_additional_properties, parse_uuid

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="ServerSummary")


@_attrs_define
class ServerSummary:
    """A server (인스턴스) in the short list, with only its id, name and links."""

    id: UUID
    """ Server UUID (인스턴스 UUID). """
    name: str
    """ Server name. The document's table omits it; its example and the service include it (errata E18). """
    links: list[Link]
    """ Links to the server (인스턴스 경로 객체). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = parse_uuid(d["id"])

        name = d["name"]

        links = []
        _links = d["links"]
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        fields_found = 3

        if cls is ServerSummary:
            server_summary = object.__new__(cls)
            server_summary.id = id
            server_summary.name = name
            server_summary.links = links
        else:
            server_summary = cls(
                id,
                name,
                links,
            )

        if len(d) != fields_found:
            server_summary.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_summary

    @staticmethod
    def _from_wire(w: _ServerSummaryWire) -> ServerSummary:
        id = w.id

        name = w.name

        links = []
        _links = w.links
        for links_item_data in _links:
            links_item = Link._from_wire(links_item_data)

            links.append(links_item)

        server_summary = object.__new__(ServerSummary)
        server_summary.id = id
        server_summary.name = name
        server_summary.links = links
        return server_summary

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerSummary:
        return from_response(response, _ServerSummaryWire, ServerSummary._from_wire, ServerSummary.from_dict)

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
    _ServerSummaryWire = Any
else:

    class _ServerSummaryWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: UUID = _msgspec.field(name="id")
        name: Any = _msgspec.field(name="name")
        links: list[_LinkWire] = _msgspec.field(name="links")


_FIELD_KEYS = frozenset(
    {
        "id",
        "name",
        "links",
    }
)


from ..models.link import Link, _LinkWire
