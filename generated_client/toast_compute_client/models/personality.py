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

T = TypeVar("T", bound="Personality")


@_attrs_define
class Personality:
    """A file to inject (파일 정보 객체). The document spells the content key `content`; Nova reads `contents` (errata E30).
    Removed from the service later.

    """

    path: str
    """ File path in the server (파일 경로). """
    contents: str
    """ File content, base64-encoded (파일 내용). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        contents = self.contents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "contents": contents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        path = d["path"]

        contents = d["contents"]

        fields_found = 2

        if cls is Personality:
            personality = object.__new__(cls)
            personality.path = path
            personality.contents = contents
        else:
            personality = cls(
                path,
                contents,
            )

        if len(d) != fields_found:
            personality.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return personality

    @staticmethod
    def _from_wire(w: _PersonalityWire) -> Personality:
        path = w.path

        contents = w.contents

        personality = object.__new__(Personality)
        personality.path = path
        personality.contents = contents
        return personality

    @staticmethod
    def _from_response(response: httpx.Response) -> Personality:
        return from_response(response, _PersonalityWire, Personality._from_wire, Personality.from_dict)

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
    _PersonalityWire = Any
else:

    class _PersonalityWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        path: Any = _msgspec.field(name="path")
        contents: Any = _msgspec.field(name="contents")


_FIELD_KEYS = frozenset(
    {
        "path",
        "contents",
    }
)
