"""Rules of Nova the suite needs but a schema cannot say, written here from Nova's documented behaviour
(never borrowed from the mock under test). Each has tests of its own in tests/contract/test_nova_rules.py.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

UUID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_printable(char: str) -> bool:
    """Nova's `_is_printable` (nova/api/validation/parameter_types.py): letters, marks, numbers,
    punctuation, symbols and the horizontal space separators; not control/format/unassigned characters
    (category C*) and not line or paragraph separators (Zl, Zp). Nova builds its name pattern from
    `range(0xFFFF)`: characters beyond the Basic Multilingual Plane (emoji, flags) are refused."""
    category = unicodedata.category(char)
    in_pattern = ord(char) < 0xFFFF
    return in_pattern and not category.startswith("C") and (not category.startswith("Z") or category == "Zs")


def printable_name(text: str) -> str:
    """`text` made into a name Nova accepts: printable characters only, no leading or trailing whitespace
    (Nova's `valid_name_regex`), never empty."""
    kept = "".join(c for c in text if is_printable(c)).strip()
    return kept or "x"


def looks_like_uuid(value: object) -> bool:
    """Server, image, network and volume ids are lowercase canonical UUIDs."""
    return isinstance(value, str) and UUID_PATTERN.match(value) is not None


def resize_candidates(flavors: list[dict[str, Any]], current_id: str) -> list[str]:
    """Flavors a server of flavor `current_id` can be resized to, from the flavors the API lists: another
    flavor with the same kind of root disk (a local disk, `disk > 0`, or a volume, `disk == 0`) that is not
    smaller (Nova refuses a smaller local disk: "Resize to zero disk flavor is not allowed" / FlavorDiskSmaller)."""
    current = next((f for f in flavors if f["id"] == current_id), None)
    if current is None:
        return []
    return [
        f["id"] for f in flavors
        if f["id"] != current_id and (f["disk"] == 0) == (current["disk"] == 0) and f["disk"] >= current["disk"]
    ]


# The action Nova refuses with 400 until the server's network is set up (`network_not_ready`).
NEEDS_ITS_NETWORK = "addFloatingIp"


def network_not_ready(server_status: str | None) -> bool:
    """Nova associates a floating IP only with a server whose network is set up: `addFloatingIp` reads the
    instance's network info cache before anything else and answers 400 while there is none ("No nw_info cache
    associated with instance", "Instance network is not ready yet" in later releases), that is while the server
    builds (`BUILD`). It checks no server state, so this refusal is a 400, not the 409 of the other actions."""
    return server_status == "BUILD"
