from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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


from ..models.create_image_request import CreateImageRequest
