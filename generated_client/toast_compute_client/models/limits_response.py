from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import from_response

if TYPE_CHECKING:
    import httpx

from ..types import first_read_of_additional_properties

if TYPE_CHECKING:
    from ..models.limits import Limits


T = TypeVar("T", bound="LimitsResponse")


@_attrs_define
class LimitsResponse:
    """The tenant's limits (Nova's `limits` view below microversion 2.36)."""

    limits: Limits
    """ Rate limits (always empty) and absolute limits with their usage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limits": limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        limits = Limits.from_dict(d["limits"])

        fields_found = 1

        if cls is LimitsResponse:
            limits_response = object.__new__(cls)
            limits_response.limits = limits
        else:
            limits_response = cls(
                limits,
            )

        if len(d) != fields_found:
            limits_response.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return limits_response

    @staticmethod
    def _from_wire(w: _LimitsResponseWire) -> LimitsResponse:
        limits = Limits._from_wire(w.limits)

        limits_response = object.__new__(LimitsResponse)
        limits_response.limits = limits
        return limits_response

    @staticmethod
    def _from_response(response: httpx.Response) -> LimitsResponse:
        return from_response(response, _LimitsResponseWire, LimitsResponse._from_wire, LimitsResponse.from_dict)

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
    _LimitsResponseWire = Any
else:

    class _LimitsResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        limits: _LimitsWire = _msgspec.field(name="limits")


_FIELD_KEYS = frozenset(
    {
        "limits",
    }
)


from ..models.limits import Limits, _LimitsWire
