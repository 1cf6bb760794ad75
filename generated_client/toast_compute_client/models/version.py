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
    from ..models.media_type import MediaType


T = TypeVar("T", bound="Version")


@_attrs_define
class Version:
    """One API version, as Nova's version document lists it."""

    id: str
    """ Version identifier, e.g. `v2.0` or `v2.1`. """
    status: str
    """ Version status. Known values: `CURRENT`, `SUPPORTED`, `DEPRECATED` (Nova), `stable` (Keystone, in the
    document's example). Not a closed set. """
    links: list[Link]
    """ Links to the version (`self`, and `describedby` for documentation). """
    updated: str | Unset = UNSET
    """ When this version last changed (RFC 3339). """
    min_version: str | Unset = UNSET
    """ Lowest microversion supported; `""` for v2.0, which has none. """
    version: str | Unset = UNSET
    """ Highest microversion supported; `""` for v2.0. """
    media_types: list[MediaType] | Unset = UNSET
    """ Media types the version accepts (Keystone form). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        updated = self.updated

        min_version = self.min_version

        version = self.version

        media_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_types, Unset):
            media_types = []
            for media_types_item_data in self.media_types:
                media_types_item = media_types_item_data.to_dict()
                media_types.append(media_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "links": links,
            }
        )
        if updated is not UNSET:
            field_dict["updated"] = updated
        if min_version is not UNSET:
            field_dict["min_version"] = min_version
        if version is not UNSET:
            field_dict["version"] = version
        if media_types is not UNSET:
            field_dict["media-types"] = media_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        status = d["status"]

        links = []
        _links = d["links"]
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        updated = d.get("updated", UNSET)

        min_version = d.get("min_version", UNSET)

        version = d.get("version", UNSET)

        _media_types = d.get("media-types", UNSET)
        media_types: list[MediaType] | Unset = UNSET
        if _media_types is not UNSET:
            media_types = []
            for media_types_item_data in _media_types:
                media_types_item = MediaType.from_dict(media_types_item_data)

                media_types.append(media_types_item)

        fields_found = 3
        fields_found += updated is not UNSET
        fields_found += min_version is not UNSET
        fields_found += version is not UNSET
        fields_found += media_types is not UNSET

        if cls is Version:
            version_instance = object.__new__(cls)
            version_instance.id = id
            version_instance.status = status
            version_instance.links = links
            version_instance.updated = updated
            version_instance.min_version = min_version
            version_instance.version = version
            version_instance.media_types = media_types
        else:
            version_instance = cls(
                id,
                status,
                links,
                updated,
                min_version,
                version,
                media_types,
            )

        if len(d) != fields_found:
            version_instance.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return version_instance

    @staticmethod
    def _from_wire(w: _VersionWire) -> Version:
        id = w.id

        status = w.status

        links = []
        _links = w.links
        for links_item_data in _links:
            links_item = Link._from_wire(links_item_data)

            links.append(links_item)

        updated = w.updated

        min_version = w.min_version

        version = w.version

        _media_types = w.media_types
        media_types: list[MediaType] | Unset = UNSET
        if _media_types is not UNSET:
            media_types = []
            for media_types_item_data in _media_types:
                media_types_item = MediaType._from_wire(media_types_item_data)

                media_types.append(media_types_item)

        version_instance = object.__new__(Version)
        version_instance.id = id
        version_instance.status = status
        version_instance.links = links
        version_instance.updated = updated
        version_instance.min_version = min_version
        version_instance.version = version
        version_instance.media_types = media_types
        return version_instance

    @staticmethod
    def _from_response(response: httpx.Response) -> Version:
        return from_response(response, _VersionWire, Version._from_wire, Version.from_dict)

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
    _VersionWire = Any
else:

    class _VersionWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: Any = _msgspec.field(name="id")
        status: Any = _msgspec.field(name="status")
        links: list[_LinkWire] = _msgspec.field(name="links")
        updated: Any = _msgspec.field(default=UNSET, name="updated")
        min_version: Any = _msgspec.field(default=UNSET, name="min_version")
        version: Any = _msgspec.field(default=UNSET, name="version")
        media_types: list[_MediaTypeWire] | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="media-types")


_FIELD_KEYS = frozenset(
    {
        "id",
        "status",
        "links",
        "updated",
        "min_version",
        "version",
        "media-types",
    }
)


from ..models.link import Link, _LinkWire
from ..models.media_type import MediaType, _MediaTypeWire
