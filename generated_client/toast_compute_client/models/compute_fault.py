from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decode_json

if TYPE_CHECKING:
    import httpx


if TYPE_CHECKING:
    from ..models.fault_body import FaultBody


T = TypeVar("T", bound="ComputeFault")


@_attrs_define
class ComputeFault:
    """Nova's fault envelope: an object with exactly one key, the fault name, whose value is a `FaultBody`. Known fault
    names by status: 400 `badRequest`, 401 `unauthorized`, 403 `forbidden`, 404 `itemNotFound`, 405 `badMethod`, 409
    `conflictingRequest`, 413 and 429 `overLimit`, 415 `badMediaType`, 501 `notImplemented`, 503 `serviceUnavailable`,
    anything else `computeFault`. The document describes no error bodies (errata E53).

        Example:
            {'itemNotFound': {'code': 404, 'message': 'Instance aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec could not be found.'}}

    """

    additional_properties: dict[str, FaultBody] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        if cls is ComputeFault:
            compute_fault = object.__new__(cls)
        else:
            compute_fault = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FaultBody.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        compute_fault.additional_properties = additional_properties
        return compute_fault

    @staticmethod
    def _from_response(response: httpx.Response) -> ComputeFault:
        return ComputeFault.from_dict(decode_json(response))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FaultBody:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FaultBody) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.fault_body import FaultBody
