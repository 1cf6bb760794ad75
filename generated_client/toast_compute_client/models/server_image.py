from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx

from ..types import first_read_of_additional_properties

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="ServerImage")


@_attrs_define
class ServerImage:
    """The image a server was created from (이미지 정보 객체)."""

    id: str
    """ Image ID (이미지 ID). """
    links: list[Link] | Unset = UNSET
    """ Links to the image (이미지 경로 객체). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        _links = d.get("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        fields_found = 1
        fields_found += links is not UNSET

        if cls is ServerImage:
            server_image = object.__new__(cls)
            server_image.id = id
            server_image.links = links
        else:
            server_image = cls(
                id,
                links,
            )

        if len(d) != fields_found:
            server_image.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_image

    @staticmethod
    def _from_wire(w: _ServerImageWire) -> ServerImage:
        id = w.id

        _links = w.links
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link._from_wire(links_item_data)

                links.append(links_item)

        server_image = object.__new__(ServerImage)
        server_image.id = id
        server_image.links = links
        return server_image

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerImage:
        return from_response(response, _ServerImageWire, ServerImage._from_wire, ServerImage.from_dict)

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
    _ServerImageWire = Any
else:

    class _ServerImageWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: Any = _msgspec.field(name="id")
        links: list[_LinkWire] | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="links")


_FIELD_KEYS = frozenset(
    {
        "id",
        "links",
    }
)


from ..models.link import Link, _LinkWire
