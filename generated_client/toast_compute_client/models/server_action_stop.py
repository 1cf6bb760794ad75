from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ServerActionStop")


@_attrs_define
class ServerActionStop:
    """Stop a running server (인스턴스 종료): → `SHUTOFF`. The server must be `ACTIVE` or `ERROR` (errata E46)."""

    os_stop: None
    """ Always `null` (the service ignores the value). """

    def to_dict(self) -> dict[str, Any]:
        os_stop = self.os_stop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "os-stop": os_stop,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        os_stop = d["os-stop"]

        if cls is ServerActionStop:
            server_action_stop = object.__new__(cls)
            server_action_stop.os_stop = os_stop
        else:
            server_action_stop = cls(
                os_stop,
            )

        return server_action_stop
