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

from ..types import first_read_of_additional_properties

T = TypeVar("T", bound="ServerFault")


@_attrs_define
class ServerFault:
    """Why the server is in `ERROR` (or how it was deleted). Present only in those states; not in the document (errata
    E24).

    """

    code: int
    """ HTTP-like status code of the failure. """
    message: str
    """ The error message. """
    details: str | Unset = UNSET
    """ Further detail (a traceback for administrators). """
    created: datetime.datetime | Unset = UNSET
    """ An RFC 3339 timestamp in UTC with a `Z` suffix, e.g. `2020-02-25T01:22:24Z` (yyyy-mm-ddTHH:MM:SSZ). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details = self.details

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        code = d["code"]

        message = d["message"]

        details = d.get("details", UNSET)

        _created = d.get("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        fields_found = 2
        fields_found += details is not UNSET
        fields_found += created is not UNSET

        if cls is ServerFault:
            server_fault = object.__new__(cls)
            server_fault.code = code
            server_fault.message = message
            server_fault.details = details
            server_fault.created = created
        else:
            server_fault = cls(
                code,
                message,
                details,
                created,
            )

        if len(d) != fields_found:
            server_fault.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_fault

    @staticmethod
    def _from_wire(w: _ServerFaultWire) -> ServerFault:
        code = w.code

        message = w.message

        details = w.details

        _created = w.created
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        server_fault = object.__new__(ServerFault)
        server_fault.code = code
        server_fault.message = message
        server_fault.details = details
        server_fault.created = created
        return server_fault

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerFault:
        return from_response(response, _ServerFaultWire, ServerFault._from_wire, ServerFault.from_dict)

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
    _ServerFaultWire = Any
else:

    class _ServerFaultWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        code: Any = _msgspec.field(name="code")
        message: Any = _msgspec.field(name="message")
        details: Any = _msgspec.field(default=UNSET, name="details")
        created: Any = _msgspec.field(default=UNSET, name="created")


_FIELD_KEYS = frozenset(
    {
        "code",
        "message",
        "details",
        "created",
    }
)
