"""Render the errata (openapi/errata.yaml, with the operations read from `x-errata`) as openapi/ERRATA.md.

    python -m scripts.render_errata

The YAML and the description are the source; the Markdown is what people read on GitHub.
"""

from __future__ import annotations

import sys

from spec_toolkit.errata import Errata, load_errata
from spec_toolkit.paths import ERRATA_MARKDOWN, ROOT
from spec_toolkit.spec import load_bundle


def render(errata: Errata) -> str:
    lines = ["# Errata of the TOAST Compute API document", "", errata.introduction, ""]
    lines += ["| id | topic | operations |", "|---|---|---|"]
    for entry in errata.entries:
        operations = ", ".join(f"`{op}`" for op in entry.operations) or "— (every operation)"
        lines.append(f"| [{entry.id}](#{entry.id.lower()}) | {entry.title} | {operations} |")
    for entry in errata.entries:
        lines += ["", f"## {entry.id}", "", f"**{entry.title}**", ""]
        lines += [f"- **{label}:** {text}" for label, text in entry.fields]
    return "\n".join(lines) + "\n"


def main() -> int:
    errata = load_errata(load_bundle())
    ERRATA_MARKDOWN.write_text(render(errata), encoding="utf-8")
    print(f"rendered {len(errata.entries)} errata entries to {ERRATA_MARKDOWN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
