from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


if TYPE_CHECKING:
    from ..models.create_image_request import CreateImageRequest


T = TypeVar("T", bound="ServerActionCreateImage")


@_attrs_define
class ServerActionCreateImage:
    """Create an image from the server (인스턴스 이미지 생성). The server must be `ACTIVE`, `SHUTOFF`, `SUSPENDED` or `PAUSED`; the
    document says only `u2` flavors can. The new image's URL comes in the `Location` header (errata E51).

    """

    create_image: CreateImageRequest
    """ The image to create (이미지 생성 요청). """

    def to_dict(self) -> dict[str, Any]:
        create_image = self.create_image.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "createImage": create_image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        create_image = CreateImageRequest.from_dict(d["createImage"])

        if cls is ServerActionCreateImage:
            server_action_create_image = object.__new__(cls)
            server_action_create_image.create_image = create_image
        else:
            server_action_create_image = cls(
                create_image,
            )

        return server_action_create_image

    @staticmethod
    def _from_wire(w: _ServerActionCreateImageWire) -> ServerActionCreateImage:
        create_image = CreateImageRequest._from_wire(w.create_image)

        server_action_create_image = object.__new__(ServerActionCreateImage)
        server_action_create_image.create_image = create_image
        return server_action_create_image

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionCreateImage:
        return from_response(
            response,
            _ServerActionCreateImageWire,
            ServerActionCreateImage._from_wire,
            ServerActionCreateImage.from_dict,
        )


if TYPE_CHECKING:
    _ServerActionCreateImageWire = Any
else:

    class _ServerActionCreateImageWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        create_image: _CreateImageRequestWire = _msgspec.field(name="createImage")


from ..models.create_image_request import CreateImageRequest, _CreateImageRequestWire
