from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
import datetime
from uuid import UUID

from ..types import first_read_of_additional_properties, parse_uuid

if TYPE_CHECKING:
    from ..models.image_server import ImageServer
    from ..models.link import Link
    from ..models.metadata_map import MetadataMap


T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """An image as Nova's compute image proxy shows it (`/v2/{tenantId}/images`, deprecated upstream at 2.36 and served on
    /v2): a snapshot made by `createImage` is found here under the id in its `Location` (errata E89). Required fields
    follow Tempest's compute image schema.

    """

    id: UUID
    """ Image ID. """
    name: None | str
    """ Image name; `null` when the image has none. """
    links: list[Link]
    """ Links to the image (`self`, `bookmark`, and `alternate` to the image service). """
    status: str
    """ Image status. Known values: `ACTIVE`, `SAVING`, `DELETED`, `ERROR`, `UNKNOWN`. """
    progress: int
    """ Upload progress in percent (100 once `ACTIVE`). """
    min_disk: int
    """ Minimum root disk in GiB to boot the image. """
    min_ram: int
    """ Minimum RAM in MiB to boot the image. """
    created: datetime.datetime
    """ An RFC 3339 timestamp in UTC with a `Z` suffix, e.g. `2020-02-25T01:22:24Z` (yyyy-mm-ddTHH:MM:SSZ). """
    updated: datetime.datetime
    """ An RFC 3339 timestamp in UTC with a `Z` suffix, e.g. `2020-02-25T01:22:24Z` (yyyy-mm-ddTHH:MM:SSZ). """
    metadata: MetadataMap
    """ Metadata as the service returns it (메타데이터): string keys and string values. Open: the service may keep pairs
    a request could not set (image-derived keys such as `volume_size`). """
    server: ImageServer | Unset = UNSET
    """ The server a snapshot was made from, with its `id` and `links`; only on snapshots. """
    os_ext_img_size_size: int | None | Unset = UNSET
    """ Size of the image file in bytes; `null` while it is being saved. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name: None | str
        name = self.name

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        status = self.status

        progress = self.progress

        min_disk = self.min_disk

        min_ram = self.min_ram

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        metadata = self.metadata.to_dict()

        server: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server, Unset):
            server = self.server.to_dict()

        os_ext_img_size_size: int | None | Unset
        if isinstance(self.os_ext_img_size_size, Unset):
            os_ext_img_size_size = UNSET
        else:
            os_ext_img_size_size = self.os_ext_img_size_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "links": links,
                "status": status,
                "progress": progress,
                "minDisk": min_disk,
                "minRam": min_ram,
                "created": created,
                "updated": updated,
                "metadata": metadata,
            }
        )
        if server is not UNSET:
            field_dict["server"] = server
        if os_ext_img_size_size is not UNSET:
            field_dict["OS-EXT-IMG-SIZE:size"] = os_ext_img_size_size

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

        status = d["status"]

        progress = d["progress"]

        min_disk = d["minDisk"]

        min_ram = d["minRam"]

        created = datetime.datetime.fromisoformat(d["created"])

        updated = datetime.datetime.fromisoformat(d["updated"])

        metadata = MetadataMap.from_dict(d["metadata"])

        _server = d.get("server", UNSET)
        server: ImageServer | Unset
        if isinstance(_server, Unset):
            server = UNSET
        else:
            server = ImageServer.from_dict(_server)

        os_ext_img_size_size = d.get("OS-EXT-IMG-SIZE:size", UNSET)

        fields_found = 10
        fields_found += server is not UNSET
        fields_found += os_ext_img_size_size is not UNSET

        if cls is Image:
            image = object.__new__(cls)
            image.id = id
            image.name = name
            image.links = links
            image.status = status
            image.progress = progress
            image.min_disk = min_disk
            image.min_ram = min_ram
            image.created = created
            image.updated = updated
            image.metadata = metadata
            image.server = server
            image.os_ext_img_size_size = os_ext_img_size_size
        else:
            image = cls(
                id,
                name,
                links,
                status,
                progress,
                min_disk,
                min_ram,
                created,
                updated,
                metadata,
                server,
                os_ext_img_size_size,
            )

        if len(d) != fields_found:
            image.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return image

    @staticmethod
    def _from_wire(w: _ImageWire) -> Image:
        id = w.id

        name = w.name

        links = []
        _links = w.links
        for links_item_data in _links:
            links_item = Link._from_wire(links_item_data)

            links.append(links_item)

        status = w.status

        progress = w.progress

        min_disk = w.min_disk

        min_ram = w.min_ram

        created = datetime.datetime.fromisoformat(w.created)

        updated = datetime.datetime.fromisoformat(w.updated)

        metadata = MetadataMap.from_dict(w.metadata)

        _server = w.server
        server: ImageServer | Unset
        if isinstance(_server, Unset):
            server = UNSET
        else:
            server = ImageServer._from_wire(_server)

        os_ext_img_size_size = w.os_ext_img_size_size

        image = object.__new__(Image)
        image.id = id
        image.name = name
        image.links = links
        image.status = status
        image.progress = progress
        image.min_disk = min_disk
        image.min_ram = min_ram
        image.created = created
        image.updated = updated
        image.metadata = metadata
        image.server = server
        image.os_ext_img_size_size = os_ext_img_size_size
        return image

    @staticmethod
    def _from_response(response: httpx.Response) -> Image:
        return from_response(response, _ImageWire, Image._from_wire, Image.from_dict)

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
    _ImageWire = Any
else:

    class _ImageWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: UUID = _msgspec.field(name="id")
        name: Any = _msgspec.field(name="name")
        links: list[_LinkWire] = _msgspec.field(name="links")
        status: Any = _msgspec.field(name="status")
        progress: Any = _msgspec.field(name="progress")
        min_disk: Any = _msgspec.field(name="minDisk")
        min_ram: Any = _msgspec.field(name="minRam")
        created: Any = _msgspec.field(name="created")
        updated: Any = _msgspec.field(name="updated")
        metadata: Any = _msgspec.field(name="metadata")
        server: _ImageServerWire | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="server")
        os_ext_img_size_size: Any = _msgspec.field(default=UNSET, name="OS-EXT-IMG-SIZE:size")


_FIELD_KEYS = frozenset(
    {
        "id",
        "name",
        "links",
        "status",
        "progress",
        "minDisk",
        "minRam",
        "created",
        "updated",
        "metadata",
        "server",
        "OS-EXT-IMG-SIZE:size",
    }
)


from ..models.image_server import ImageServer, _ImageServerWire
from ..models.link import Link, _LinkWire
from ..models.metadata_map import MetadataMap
