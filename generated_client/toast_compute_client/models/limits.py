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
    from ..models.absolute_limits import AbsoluteLimits
    from ..models.limits_rate_item import LimitsRateItem


T = TypeVar("T", bound="Limits")


@_attrs_define
class Limits:
    """Rate limits (always empty) and absolute limits with their usage."""

    rate: list[LimitsRateItem]
    """ Rate limits; Nova enforces none and answers an empty list. """
    absolute: AbsoluteLimits
    """ The tenant's quotas (`max*`; -1 is unlimited) and what it uses (`total*Used`). Every server that is not
    deleted counts, in ERROR or shelved too (errata E98). A newer service may add keys. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate = []
        for rate_item_data in self.rate:
            rate_item = rate_item_data.to_dict()
            rate.append(rate_item)

        absolute = self.absolute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rate": rate,
                "absolute": absolute,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        rate = []
        _rate = d["rate"]
        for rate_item_data in _rate:
            rate_item = LimitsRateItem.from_dict(rate_item_data)

            rate.append(rate_item)

        absolute = AbsoluteLimits.from_dict(d["absolute"])

        fields_found = 2

        if cls is Limits:
            limits = object.__new__(cls)
            limits.rate = rate
            limits.absolute = absolute
        else:
            limits = cls(
                rate,
                absolute,
            )

        if len(d) != fields_found:
            limits.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return limits

    @staticmethod
    def _from_wire(w: _LimitsWire) -> Limits:
        rate = []
        _rate = w.rate
        for rate_item_data in _rate:
            rate_item = LimitsRateItem.from_dict(rate_item_data)

            rate.append(rate_item)

        absolute = AbsoluteLimits._from_wire(w.absolute)

        limits = object.__new__(Limits)
        limits.rate = rate
        limits.absolute = absolute
        return limits

    @staticmethod
    def _from_response(response: httpx.Response) -> Limits:
        return from_response(response, _LimitsWire, Limits._from_wire, Limits.from_dict)

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
    _LimitsWire = Any
else:

    class _LimitsWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        rate: Any = _msgspec.field(name="rate")
        absolute: _AbsoluteLimitsWire = _msgspec.field(name="absolute")


_FIELD_KEYS = frozenset(
    {
        "rate",
        "absolute",
    }
)


from ..models.absolute_limits import AbsoluteLimits, _AbsoluteLimitsWire
from ..models.limits_rate_item import LimitsRateItem
