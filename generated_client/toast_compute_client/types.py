"""Contains some shared types for properties"""

import gc
import threading
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from types import TracebackType
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID, SafeUUID

import httpx
import msgspec
from attrs import define

# None: both go to httpx's response.json() and the models' from_dict (the tests compare the two ways)
_msgspec_decode: Callable[[bytes], Any] | None = msgspec.json.decode


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# read once: on Python 3.11 every attribute read on an enum class is slow (EnumType.__getattr__)
_UUID_UNKNOWN_SAFETY = SafeUUID.unknown


def parse_uuid(value: str) -> UUID:
    """`UUID(value)`, in half the time for a string whose 32 hex digits int() reads once the dashes are gone
    (the usual `8-4-4-4-12` form): UUID() removes the dashes, wants 32 characters and reads them with int(s, 16)
    too, and would first strip `urn:`, `uuid:` and braces, which int() refuses, so such strings and all others
    go to UUID() itself, with its errors. The object is built as UUID.__init__ builds it: `int` and `is_safe`
    (SafeUUID.unknown) set on a new instance."""
    if type(value) is str:
        digits = value.replace("-", "")
        if len(digits) == 32:
            try:
                number = int(digits, 16)
            except ValueError:
                pass
            else:
                uuid = object.__new__(UUID)
                object.__setattr__(uuid, "int", number)
                object.__setattr__(uuid, "is_safe", _UUID_UNKNOWN_SAFETY)
                return uuid
    return UUID(value)


_FIRST_READ = threading.Lock()


def first_read_of_additional_properties(model: Any) -> dict[str, Any]:
    """The dict of a model whose from_dict left `additional_properties` unset (its body had no unknown keys):
    an empty one, set on the model now. Under a lock, so that threads reading it first all get the same dict
    and none of their writes is lost."""
    with _FIRST_READ:
        try:
            made: dict[str, Any] = object.__getattribute__(model, "additional_properties")
        except AttributeError:
            model.additional_properties = made = {}
        return made


class PausedGC:
    """`with PausedGC():` turns the cyclic garbage collector off for the block, and back on after it (also when
    it raises) unless it was already off. Parsing a large body allocates tens of thousands of containers that all
    survive the parse, each allocation counts towards a collection, and every collection on the way scans them
    again: about a tenth of parsing a page of 1,000 servers. With the collector paused they are scanned once, at
    the first collection after the block. Nothing in the block is awaited, so no other task runs while the
    collector is off; another thread may: its cyclic garbage waits until the block ends, and a `gc.disable()` it
    makes during the block is undone at the end of the block."""

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self.was_enabled:
            gc.enable()


def decode_json(response: httpx.Response) -> Any:
    """`response.json()`, in about half the time for a large body. Both read the bytes, whatever charset the
    headers declare (httpx 0.27 and later). msgspec decodes them to the same values as the json module for
    every document it accepts (integers of any size included); what it refuses (NaN and Infinity, numbers
    beyond a float, a byte order mark, UTF-16 or UTF-32, lone surrogates, nesting deeper than it allows) goes to
    `response.json()`, which parses it or raises its own error, as before."""
    if _msgspec_decode is not None:
        try:
            return _msgspec_decode(response.content)
        except Exception:
            pass
    return response.json()


_WIRE_DECODERS: dict[Any, Callable[[bytes], Any]] = {}
M = TypeVar("M")


def from_response(
    response: httpx.Response, wire: Any, from_wire: Callable[[Any], M], from_dict: Callable[[Any], M]
) -> M:
    """`from_dict(decode_json(response))`, faster: msgspec decodes the body straight into the model's wire Struct
    (no dict per object) and `from_wire` builds the model from it as from_dict builds it from the dict. The Struct
    takes only bodies that from_dict builds with no unknown keys; for anything else (an unknown key, a missing or
    mistyped field, a body that is not JSON) or any error on the way, the body goes to from_dict, which gives the
    model or raises its own error, as before."""
    if _msgspec_decode is not None:
        try:
            decode = _WIRE_DECODERS.get(wire)
            if decode is None:
                decode = _WIRE_DECODERS[wire] = msgspec.json.Decoder(wire).decode
            return from_wire(decode(response.content))
        except Exception:
            pass
    return from_dict(decode_json(response))


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "PausedGC",
    "RequestFiles",
    "Response",
    "Unset",
    "decode_json",
    "first_read_of_additional_properties",
    "from_response",
    "parse_uuid",
]
