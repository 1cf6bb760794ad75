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

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """A link to a resource (경로 객체). Nova builds `self` links with the `/v2/{tenantId}` prefix and `bookmark` links without
    it, from the host the request reached, so the host is not constrained (the document itself shows internal hosts).

    """

    href: str
    """ URL of the linked resource. """
    rel: str
    """ Relation of the link. Known values: `self`, `bookmark`, `next` (pagination), `describedby`. """
    type_: str | Unset = UNSET
    """ Media type of the linked document, when given (version documents). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        rel = self.rel

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "rel": rel,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        href = d["href"]

        rel = d["rel"]

        type_ = d.get("type", UNSET)

        fields_found = 2
        fields_found += type_ is not UNSET

        if cls is Link:
            link = object.__new__(cls)
            link.href = href
            link.rel = rel
            link.type_ = type_
        else:
            link = cls(
                href,
                rel,
                type_,
            )

        if len(d) != fields_found:
            link.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return link

    @staticmethod
    def _from_wire(w: _LinkWire) -> Link:
        href = w.href

        rel = w.rel

        type_ = w.type_

        link = object.__new__(Link)
        link.href = href
        link.rel = rel
        link.type_ = type_
        return link

    @staticmethod
    def _from_response(response: httpx.Response) -> Link:
        return from_response(response, _LinkWire, Link._from_wire, Link.from_dict)

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
    _LinkWire = Any
else:

    class _LinkWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        href: Any = _msgspec.field(name="href")
        rel: Any = _msgspec.field(name="rel")
        type_: Any = _msgspec.field(default=UNSET, name="type")


_FIELD_KEYS = frozenset(
    {
        "href",
        "rel",
        "type",
    }
)
