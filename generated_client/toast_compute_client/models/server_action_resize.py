from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


if TYPE_CHECKING:
    from ..models.resize_request import ResizeRequest


T = TypeVar("T", bound="ServerActionResize")


@_attrs_define
class ServerActionResize:
    """Change the server's flavor (인스턴스 타입 변경): `RESIZE` → `VERIFY_RESIZE`, which TOAST confirms automatically after 1
    second → `ACTIVE` (errata E49).

    """

    resize: ResizeRequest
    """ The new flavor (인스턴스 타입 변경 요청). """

    def to_dict(self) -> dict[str, Any]:
        resize = self.resize.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "resize": resize,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        resize = ResizeRequest.from_dict(d["resize"])

        if cls is ServerActionResize:
            server_action_resize = object.__new__(cls)
            server_action_resize.resize = resize
        else:
            server_action_resize = cls(
                resize,
            )

        return server_action_resize

    @staticmethod
    def _from_wire(w: _ServerActionResizeWire) -> ServerActionResize:
        resize = ResizeRequest._from_wire(w.resize)

        server_action_resize = object.__new__(ServerActionResize)
        server_action_resize.resize = resize
        return server_action_resize

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionResize:
        return from_response(
            response, _ServerActionResizeWire, ServerActionResize._from_wire, ServerActionResize.from_dict
        )


if TYPE_CHECKING:
    _ServerActionResizeWire = Any
else:

    class _ServerActionResizeWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        resize: _ResizeRequestWire = _msgspec.field(name="resize")


from ..models.resize_request import ResizeRequest, _ResizeRequestWire
