"""Request checks shared by the handlers, with Nova's messages.

Nova's legacy /v2 validates types, formats, lengths and `required` with JSON-schema but strips
unknown keys instead of rejecting them; these helpers do the same checks by hand.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
import unicodedata
import uuid
from typing import Any

from .faults import NovaFault, bad_request

METADATA_KEY = re.compile(r"^[a-zA-Z0-9-_:. ]{1,255}$")
DISK_CONFIGS = ("AUTO", "MANUAL")
# Nova's parameter_types.boolean: bools and these strings (any case) only; integers fail.
_TRUE = {"true", "1", "on", "yes"}
_FALSE = {"false", "0", "off", "no"}


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def invalid_input(field: str, value: Any, reason: str) -> NovaFault:
    return bad_request(f"Invalid input for field/attribute {field}. Value: {_shown(value)}. {reason}")


def require_object(container: Any, key: str, where: str = "body") -> dict[str, Any]:
    if not isinstance(container, dict):
        raise bad_request(f"Invalid input for field/attribute {where}. '{key}' is a required property")
    return check_object(key, required(container, key, where))


def is_uuid(value: Any) -> bool:
    if not isinstance(value, str) or len(value) not in (32, 36):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def check_string(field: str, value: Any, max_length: int = 255, min_length: int = 1) -> str:
    if not isinstance(value, str):
        raise invalid_input(field, value, "is not of type 'string'")
    if len(value) < min_length:
        raise invalid_input(field, value, f"is too short (minimum {min_length} characters)")
    if len(value) > max_length:
        raise invalid_input(field, value, f"is too long (maximum {max_length} characters)")
    return value


def is_printable(ch: str) -> bool:
    """Nova's notion (parameter_types._is_printable over the Basic Multilingual Plane): no control,
    format, surrogate, private-use or unassigned characters, no line or paragraph separators; spaces
    (category Zs, the no-break space too) are printable."""
    category = unicodedata.category(ch)
    return ord(ch) <= 0xFFFF and not category.startswith("C") and (not category.startswith("Z") or category == "Zs")


def check_name(field: str, value: Any) -> str:
    """Legacy 2.0 `name_with_leading_trailing_spaces`: 1-255 printable characters, not all spaces."""
    name = check_string(field, value)
    if not all(is_printable(ch) for ch in name) or not name.strip():
        raise invalid_input(field, value, "is not a valid name: printable characters, not only spaces")
    return name


def check_ip(field: str, value: Any, version: int | None = None) -> str:
    try:
        ip = ipaddress.ip_address(value) if isinstance(value, str) else None
    except ValueError:
        ip = None
    if ip is None or (version and ip.version != version):
        raise invalid_input(field, value, f"is not a valid IPv{version or 4}/6 address")
    return str(value)


def boolean_like(field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in _TRUE | _FALSE:
        return value.lower() in _TRUE
    raise invalid_input(field, value, "is not of type 'boolean', 'string' (true/false/1/0/yes/no/on/off)")


def check_base64(field: str, value: Any, max_length: int | None = None) -> bytes:
    check_string(field, value, max_length=max_length or 1 << 30, min_length=0)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise invalid_input(field, value, "is not a valid base64 string") from None


def check_metadata(field: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise invalid_input(field, value, "is not of type 'object'")
    for key, item in value.items():
        if not METADATA_KEY.match(key):
            raise invalid_input(field, key, "metadata keys must match '^[a-zA-Z0-9-_:. ]{1,255}$'")
        check_string(f"{field}.{key}", item, min_length=0)
    return dict(value)


def check_flavor_ref(field: str, value: Any) -> str:
    """A flavor id: a non-empty string or an integer."""
    if isinstance(value, bool) or not isinstance(value, str | int) or str(value) == "":
        raise invalid_input(field, value, "is not a non-empty string or integer")
    return str(value)


def check_disk_config(value: Any) -> str:
    if value not in DISK_CONFIGS:
        raise invalid_input("OS-DCF:diskConfig", value, f"is not one of {list(DISK_CONFIGS)}")
    return str(value)


def check_positive_int(field: str, value: Any) -> int:
    """An integer 1..2**31-1, or a string of digits."""
    if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
        raise invalid_input(field, value, "is not a positive integer")
    number = int(value)
    if not 1 <= number <= 2**31 - 1:
        raise invalid_input(field, value, "is not a positive integer")
    return number


def required(container: dict[str, Any], key: str, where: str) -> Any:
    """`container[key]`, or Nova's "'key' is a required property" for `where`."""
    if key not in container:
        raise bad_request(f"Invalid input for field/attribute {where}. '{key}' is a required property")
    return container[key]


def check_object(field: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid_input(field, value, "is not of type 'object'")
    return value


def parse_int(name: str, raw: str, minimum: int = 0) -> int:
    """Query-string integers (`limit`, `minRam`...): 400 on anything that isn't one."""
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f"{name} param must be an integer") from None
    if value < minimum:
        raise bad_request(f"{name} param must be positive" if minimum == 0 else f"{name} must be >= {minimum}")
    return value
