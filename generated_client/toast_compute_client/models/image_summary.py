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


T = TypeVar("T", bound="ImageSummary")


@_attrs_define
class ImageSummary:
    """An image in the compute image list (Nova's image proxy), with its id, name and links."""

    id: UUID
    """ Image ID. """
    name: None | str
    """ Image name; `null` when the image has none. """
    links: list[Link]
    """ Links to the image (`self`, `bookmark`, and `alternate` to the image service). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name: None | str
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

        if cls is ImageSummary:
            image_summary = object.__new__(cls)
            image_summary.id = id
            image_summary.name = name
            image_summary.links = links
        else:
            image_summary = cls(
                id,
                name,
                links,
            )

        if len(d) != fields_found:
            image_summary.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return image_summary

    @staticmethod
    def _from_wire(w: _ImageSummaryWire) -> ImageSummary:
        id = w.id

        name = w.name

        links = []
        _links = w.links
        for links_item_data in _links:
            links_item = Link._from_wire(links_item_data)

            links.append(links_item)

        image_summary = object.__new__(ImageSummary)
        image_summary.id = id
        image_summary.name = name
        image_summary.links = links
        return image_summary

    @staticmethod
    def _from_response(response: httpx.Response) -> ImageSummary:
        return from_response(response, _ImageSummaryWire, ImageSummary._from_wire, ImageSummary.from_dict)

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
    _ImageSummaryWire = Any
else:

    class _ImageSummaryWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
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
