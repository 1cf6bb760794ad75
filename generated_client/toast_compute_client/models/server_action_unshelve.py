from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx

from typing import cast

if TYPE_CHECKING:
    from ..models.unshelve_options import UnshelveOptions


T = TypeVar("T", bound="ServerActionUnshelve")


@_attrs_define
class ServerActionUnshelve:
    """Unshelve the server (종료된 인스턴스 시작, "start a terminated instance"): `SHELVED_OFFLOADED` (or `SHELVED`) → `ACTIVE`;
    another state answers 409 (errata E74).

    """

    unshelve: None | UnshelveOptions
    """ `null` (the vendor's document), or Nova's object form that some clients send (gophercloud's `UnshelveOpts`);
    on /v2 the object's content is not used. """

    def to_dict(self) -> dict[str, Any]:
        unshelve: dict[str, Any] | None
        if isinstance(self.unshelve, UnshelveOptions):
            unshelve = self.unshelve.to_dict()
        else:
            unshelve = self.unshelve

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "unshelve": unshelve,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        unshelve = _parse_unshelve(d["unshelve"])

        if cls is ServerActionUnshelve:
            server_action_unshelve = object.__new__(cls)
            server_action_unshelve.unshelve = unshelve
        else:
            server_action_unshelve = cls(
                unshelve,
            )

        return server_action_unshelve

    @staticmethod
    def _from_wire(w: _ServerActionUnshelveWire) -> ServerActionUnshelve:
        unshelve = _parse_unshelve(w.unshelve)

        server_action_unshelve = object.__new__(ServerActionUnshelve)
        server_action_unshelve.unshelve = unshelve
        return server_action_unshelve

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionUnshelve:
        return from_response(
            response, _ServerActionUnshelveWire, ServerActionUnshelve._from_wire, ServerActionUnshelve.from_dict
        )


if TYPE_CHECKING:
    _ServerActionUnshelveWire = Any
else:

    class _ServerActionUnshelveWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        unshelve: Any = _msgspec.field(name="unshelve")


def _parse_unshelve(data: object) -> None | UnshelveOptions:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        unshelve_type_1 = UnshelveOptions.from_dict(data)

        return unshelve_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | UnshelveOptions, data)


from ..models.unshelve_options import UnshelveOptions
