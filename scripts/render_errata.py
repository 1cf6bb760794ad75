"""Render openapi/errata.yaml (the structured errata) as openapi/ERRATA.md.

The YAML is the source: tests check that every `x-errata` id in the spec names an entry
and that every entry's operations exist. The Markdown is what people read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "openapi" / "errata.yaml"
TARGET = ROOT / "openapi" / "ERRATA.md"
FIELDS = [
    ("document_says", "Document says"),
    ("service_does", "Service does"),
    ("spec_says", "Spec says"),
    ("why", "Why"),
]


def render(errata: dict) -> str:
    lines = ["# Errata of the TOAST Compute API document", "", errata["introduction"].strip(), ""]
    lines += ["| id | topic | operations |", "|---|---|---|"]
    for entry in errata["entries"]:
        operations = ", ".join(f"`{op}`" for op in entry.get("operations", [])) or "—"
        lines.append(f"| [{entry['id']}](#{entry['id'].lower()}) | {entry['title']} | {operations} |")
    for entry in errata["entries"]:
        lines += ["", f"## {entry['id']}", "", f"**{entry['title']}**", ""]
        for key, label in FIELDS:
            lines.append(f"- **{label}:** {' '.join(entry[key].split())}")
        if entry.get("source"):
            lines.append(f"- **Source:** {entry['source']}")
    return "\n".join(lines) + "\n"


def main() -> int:
    errata = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    TARGET.write_text(render(errata), encoding="utf-8")
    print(f"rendered {len(errata['entries'])} errata entries to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
