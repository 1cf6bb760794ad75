from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define

from ..types import from_response

if TYPE_CHECKING:
    import httpx


if TYPE_CHECKING:
    from ..models.console_output_request import ConsoleOutputRequest


T = TypeVar("T", bound="ServerActionGetConsoleOutput")


@_attrs_define
class ServerActionGetConsoleOutput:
    """Read the server's console log (Nova `os-getConsoleOutput`); answers 200 with `ConsoleOutput`. Outside the vendor's
    document (errata E93). The server must be on a host: 409 while building or shelved offloaded; a stopped server has
    its log.

    """

    os_get_console_output: ConsoleOutputRequest
    """ How much of the console log to return. """

    def to_dict(self) -> dict[str, Any]:
        os_get_console_output = self.os_get_console_output.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "os-getConsoleOutput": os_get_console_output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        os_get_console_output = ConsoleOutputRequest.from_dict(d["os-getConsoleOutput"])

        if cls is ServerActionGetConsoleOutput:
            server_action_get_console_output = object.__new__(cls)
            server_action_get_console_output.os_get_console_output = os_get_console_output
        else:
            server_action_get_console_output = cls(
                os_get_console_output,
            )

        return server_action_get_console_output

    @staticmethod
    def _from_wire(w: _ServerActionGetConsoleOutputWire) -> ServerActionGetConsoleOutput:
        os_get_console_output = ConsoleOutputRequest._from_wire(w.os_get_console_output)

        server_action_get_console_output = object.__new__(ServerActionGetConsoleOutput)
        server_action_get_console_output.os_get_console_output = os_get_console_output
        return server_action_get_console_output

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerActionGetConsoleOutput:
        return from_response(
            response,
            _ServerActionGetConsoleOutputWire,
            ServerActionGetConsoleOutput._from_wire,
            ServerActionGetConsoleOutput.from_dict,
        )


if TYPE_CHECKING:
    _ServerActionGetConsoleOutputWire = Any
else:

    class _ServerActionGetConsoleOutputWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        os_get_console_output: _ConsoleOutputRequestWire = _msgspec.field(name="os-getConsoleOutput")


from ..models.console_output_request import ConsoleOutputRequest, _ConsoleOutputRequestWire
