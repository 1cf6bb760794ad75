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
    from ..models.image_summary import ImageSummary
    from ..models.link import Link


T = TypeVar("T", bound="ImageList")


@_attrs_define
class ImageList:
    """A page of images (compute image proxy)."""

    images: list[ImageSummary]
    """ Images, with id, name and links. """
    images_links: list[Link] | Unset = UNSET
    """ A `next` link when the page is full. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        images_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images_links, Unset):
            images_links = []
            for images_links_item_data in self.images_links:
                images_links_item = images_links_item_data.to_dict()
                images_links.append(images_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
            }
        )
        if images_links is not UNSET:
            field_dict["images_links"] = images_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        images = []
        _images = d["images"]
        for images_item_data in _images:
            images_item = ImageSummary.from_dict(images_item_data)

            images.append(images_item)

        _images_links = d.get("images_links", UNSET)
        images_links: list[Link] | Unset = UNSET
        if _images_links is not UNSET:
            images_links = []
            for images_links_item_data in _images_links:
                images_links_item = Link.from_dict(images_links_item_data)

                images_links.append(images_links_item)

        fields_found = 1
        fields_found += images_links is not UNSET

        if cls is ImageList:
            image_list = object.__new__(cls)
            image_list.images = images
            image_list.images_links = images_links
        else:
            image_list = cls(
                images,
                images_links,
            )

        if len(d) != fields_found:
            image_list.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return image_list

    @staticmethod
    def _from_wire(w: _ImageListWire) -> ImageList:
        images = []
        _images = w.images
        for images_item_data in _images:
            images_item = ImageSummary._from_wire(images_item_data)

            images.append(images_item)

        _images_links = w.images_links
        images_links: list[Link] | Unset = UNSET
        if _images_links is not UNSET:
            images_links = []
            for images_links_item_data in _images_links:
                images_links_item = Link._from_wire(images_links_item_data)

                images_links.append(images_links_item)

        image_list = object.__new__(ImageList)
        image_list.images = images
        image_list.images_links = images_links
        return image_list

    @staticmethod
    def _from_response(response: httpx.Response) -> ImageList:
        return from_response(response, _ImageListWire, ImageList._from_wire, ImageList.from_dict)

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
    _ImageListWire = Any
else:

    class _ImageListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        images: list[_ImageSummaryWire] = _msgspec.field(name="images")
        images_links: list[_LinkWire] | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="images_links")


_FIELD_KEYS = frozenset(
    {
        "images",
        "images_links",
    }
)


from ..models.image_summary import ImageSummary, _ImageSummaryWire
from ..models.link import Link, _LinkWire
