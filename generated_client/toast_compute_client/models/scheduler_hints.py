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

T = TypeVar("T", bound="SchedulerHints")


@_attrs_define
class SchedulerHints:
    """Scheduler hints of a server create (스케줄러 힌트 객체). Open: Nova has other hints, which the vendor does not document."""

    group: str | Unset = UNSET
    """ Placement policy ID (배치 정책 ID): the new server joins its `members`. If anti-affinity cannot be met (no other
    host), the build fails and the server goes to `ERROR` (errata E77). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        group = d.get("group", UNSET)

        fields_found = 0
        fields_found += group is not UNSET

        if cls is SchedulerHints:
            scheduler_hints = object.__new__(cls)
            scheduler_hints.group = group
        else:
            scheduler_hints = cls(
                group,
            )

        if len(d) != fields_found:
            scheduler_hints.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return scheduler_hints

    @staticmethod
    def _from_wire(w: _SchedulerHintsWire) -> SchedulerHints:
        group = w.group

        scheduler_hints = object.__new__(SchedulerHints)
        scheduler_hints.group = group
        return scheduler_hints

    @staticmethod
    def _from_response(response: httpx.Response) -> SchedulerHints:
        return from_response(response, _SchedulerHintsWire, SchedulerHints._from_wire, SchedulerHints.from_dict)

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
    _SchedulerHintsWire = Any
else:

    class _SchedulerHintsWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        group: Any = _msgspec.field(default=UNSET, name="group")


_FIELD_KEYS = frozenset(
    {
        "group",
    }
)
