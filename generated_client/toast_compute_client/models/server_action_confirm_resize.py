from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


T = TypeVar("T", bound="ServerActionConfirmResize")


@_attrs_define
class ServerActionConfirmResize:
    """Confirm a resize (Nova's `confirmResize`): `VERIFY_RESIZE` → `ACTIVE` (or `SHUTOFF`, by the power state it had).
    TOAST confirms a resize by itself after 1 s, so the call usually finds the server confirmed already and answers 409;
    outside the vendor's document, called by real clients (errata E102). The server must be `VERIFY_RESIZE`.

    """

    confirm_resize: None
    """ Always `null`. """

    def to_dict(self) -> dict[str, Any]:
        confirm_resize = self.confirm_resize

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "confirmResize": confirm_resize,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        confirm_resize = d["confirmResize"]

        if cls is ServerActionConfirmResize:
            server_action_confirm_resize = object.__new__(cls)
            server_action_confirm_resize.confirm_resize = confirm_resize
        else:
            server_action_confirm_resize = cls(
                confirm_resize,
            )

        return server_action_confirm_resize

    @staticmethod
    def _from_wire(w: _ServerActionConfirmResizeWire) -> ServerActionConfirmResize:
        confirm_resize = w.confirm_resize

        server_action_confirm_resize = object.__new__(ServerActionConfirmResize)
        server_action_confirm_resize.confirm_resize = confirm_resize
        return server_action_confirm_resize

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionConfirmResize:
        return from_response(
            response,
            _ServerActionConfirmResizeWire,
            ServerActionConfirmResize._from_wire,
            ServerActionConfirmResize.from_dict,
        )


if TYPE_CHECKING:
    _ServerActionConfirmResizeWire = Any
else:

    class _ServerActionConfirmResizeWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        confirm_resize: Any = _msgspec.field(name="confirmResize")
