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
    from ..models.scheduler_hints import SchedulerHints
    from ..models.server_create import ServerCreate


T = TypeVar("T", bound="ServerCreateRequest")


@_attrs_define
class ServerCreateRequest:
    """Request body of a server create."""

    server: ServerCreate
    """ The server to create. Windows images need a flavor with at least 2 GB of RAM and a root disk of at least 50
    GB, and cannot use U-type flavors; the root disk may be 10 GB (Linux) / 50 GB (Windows) to 1 TB. """
    os_scheduler_hints: SchedulerHints | Unset = UNSET
    """ Scheduler hints of a server create (스케줄러 힌트 객체). Open: Nova has other hints, which the vendor does not
    document. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server = self.server.to_dict()

        os_scheduler_hints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os_scheduler_hints, Unset):
            os_scheduler_hints = self.os_scheduler_hints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server": server,
            }
        )
        if os_scheduler_hints is not UNSET:
            field_dict["os:scheduler_hints"] = os_scheduler_hints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        server = ServerCreate.from_dict(d["server"])

        _os_scheduler_hints = d.get("os:scheduler_hints", UNSET)
        os_scheduler_hints: SchedulerHints | Unset
        if isinstance(_os_scheduler_hints, Unset):
            os_scheduler_hints = UNSET
        else:
            os_scheduler_hints = SchedulerHints.from_dict(_os_scheduler_hints)

        fields_found = 1
        fields_found += os_scheduler_hints is not UNSET

        if cls is ServerCreateRequest:
            server_create_request = object.__new__(cls)
            server_create_request.server = server
            server_create_request.os_scheduler_hints = os_scheduler_hints
        else:
            server_create_request = cls(
                server,
                os_scheduler_hints,
            )

        if len(d) != fields_found:
            server_create_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_create_request

    @staticmethod
    def _from_wire(w: _ServerCreateRequestWire) -> ServerCreateRequest:
        server = ServerCreate._from_wire(w.server)

        _os_scheduler_hints = w.os_scheduler_hints
        os_scheduler_hints: SchedulerHints | Unset
        if isinstance(_os_scheduler_hints, Unset):
            os_scheduler_hints = UNSET
        else:
            os_scheduler_hints = SchedulerHints._from_wire(_os_scheduler_hints)

        server_create_request = object.__new__(ServerCreateRequest)
        server_create_request.server = server
        server_create_request.os_scheduler_hints = os_scheduler_hints
        return server_create_request

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerCreateRequest:
        return from_response(
            response, _ServerCreateRequestWire, ServerCreateRequest._from_wire, ServerCreateRequest.from_dict
        )

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
    _ServerCreateRequestWire = Any
else:

    class _ServerCreateRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        server: _ServerCreateWire = _msgspec.field(name="server")
        os_scheduler_hints: _SchedulerHintsWire | _msgspec.UnsetType = _msgspec.field(
            default=UNSET, name="os:scheduler_hints"
        )


_FIELD_KEYS = frozenset(
    {
        "server",
        "os:scheduler_hints",
    }
)


from ..models.scheduler_hints import SchedulerHints, _SchedulerHintsWire
from ..models.server_create import ServerCreate, _ServerCreateWire
