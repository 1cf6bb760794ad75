from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
from uuid import UUID

from ..types import first_read_of_additional_properties, parse_uuid

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="ImageServer")


@_attrs_define
class ImageServer:
    """The server a snapshot was made from, with its `id` and `links`; only on snapshots."""

    id: UUID | Unset = UNSET
    """ ID of the server. """
    links: list[Link] | Unset = UNSET
    """ Links to the server. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _id = d.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid(_id)

        _links = d.get("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        fields_found = 0
        fields_found += id is not UNSET
        fields_found += links is not UNSET

        if cls is ImageServer:
            image_server = object.__new__(cls)
            image_server.id = id
            image_server.links = links
        else:
            image_server = cls(
                id,
                links,
            )

        if len(d) != fields_found:
            image_server.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return image_server

    @staticmethod
    def _from_wire(w: _ImageServerWire) -> ImageServer:
        id = w.id

        _links = w.links
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link._from_wire(links_item_data)

                links.append(links_item)

        image_server = object.__new__(ImageServer)
        image_server.id = id
        image_server.links = links
        return image_server

    @staticmethod
    def _from_response(response: httpx.Response) -> ImageServer:
        return from_response(response, _ImageServerWire, ImageServer._from_wire, ImageServer.from_dict)

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
    _ImageServerWire = Any
else:

    class _ImageServerWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: UUID | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="id")
        links: list[_LinkWire] | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="links")


_FIELD_KEYS = frozenset(
    {
        "id",
        "links",
    }
)


from ..models.link import Link, _LinkWire
