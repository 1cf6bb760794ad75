#!/usr/bin/env python3
"""Build the static reference site from the bundled OpenAPI document.

    python -m scripts.build_docs [--bundle BUNDLE] [--errata ERRATA] [--out site]

BUNDLE and ERRATA default to the project's (spec_toolkit.paths).

Writes into the output folder:

- `reference.html`: Redoc (Redocly CLI `build-docs`, scripts inlined, no CDN) of a docs-only copy of
  the bundle: each operation's `x-errata` ids, and "(errata E12)" in descriptions, become links to the
  errata page, operations marked `x-outside-vendor-document` say so first, and `info.description`
  gains "how to get a token", the region endpoints and links to the errata and the download.
- `errata.html`: the errata, one section per entry, anchored by id (`errata.html#E01`).
- `index.html`: links to the reference, the errata and the bundle.
- the bundle itself (`toast-compute-api.yaml`), for download.

The committed bundle is never modified. `nox -s docs` and the browser test both call `build()`.
"""

from __future__ import annotations

import argparse
import copy
import html
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import markdown
import yaml

from spec_toolkit.errata import Entry, Errata, load_errata
from spec_toolkit.paths import BUNDLE, ERRATA, REDOCLY, ROOT
from spec_toolkit.spec import Spec

SITE = ROOT / "site"

TOKEN_SECTION = """
## How to get a token (토큰 발급)

Every call sends a Keystone v2 token in the `X-Auth-Token` header. Get one from the identity
service (one endpoint for all regions) with your tenant id (테넌트 ID), your NHN Cloud ID or IAM
member id, and the **API password** (API 비밀번호) set in the console — not the console password:

```http
POST https://api-identity-infrastructure.nhncloudservice.com/v2.0/tokens
Content-Type: application/json

{"auth": {"tenantId": "<tenant id>",
          "passwordCredentials": {"username": "user@example.com", "password": "<API password>"}}}
```

The token is `access.token.id` in the response (valid until `access.token.expires`, about 12 hours
in the service's example). With curl:

```sh
cat > auth.json <<EOF
{"auth": {"tenantId": "$TENANT",
          "passwordCredentials": {"username": "$NHN_USER", "password": "$API_PASSWORD"}}}
EOF
TOKEN=$(curl -s https://api-identity-infrastructure.nhncloudservice.com/v2.0/tokens \\
  -H 'Content-Type: application/json' -d @auth.json \\
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["access"]["token"]["id"])')
curl -H "X-Auth-Token: $TOKEN" https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/$TENANT/servers
```
"""


def regions_section(spec: dict) -> str:
    lines = ["", "## Regions and endpoints (리전)", ""]
    for server in spec.get("servers") or []:
        line = f"- `{server['url']}`"
        if server.get("description"):
            line += f": {server['description']}"
        for name, variable in (server.get("variables") or {}).items():
            values = variable.get("enum") or [variable.get("default")]
            line += f"; `{{{name}}}` is one of " + ", ".join(f"`{value}`" for value in values)
        lines.append(line)
    lines += ["", "Choose the server in each operation's endpoint box; request paths start with `/v2/{tenantId}`."]
    return "\n".join(lines)


def site_links_section(bundle_name: str) -> str:
    return f"""
## Errata and download

Where the 2020 API document and the running service disagree, this description follows the service;
every such decision is an entry of the [errata (정오표)](errata.html), and the operations concerned
link to it. The bundled OpenAPI document is [{bundle_name}]({bundle_name}).
"""


def errata_links(ids: list[str], errata: dict[str, Entry]) -> str:
    """Markdown links to the errata page; an id without an entry is named without a link."""
    links = ", ".join(
        f"[{entry_id}: {errata[entry_id].title}](errata.html#{entry_id})"
        if entry_id in errata
        else f"{entry_id} (no entry yet)"
        for entry_id in ids
    )
    return f"**Errata (정오표):** {links}"


ERRATA_MENTION = re.compile(r"\(errata (E\d+(?:, E\d+)*)\)")
NOT_PROSE = {"example", "examples", "default", "enum"}  # data, where a "description" key is not ours


def link_mentions(node, errata: dict[str, Entry]) -> None:
    """Turn "(errata E12)" in descriptions into links to the errata page, in place."""
    if isinstance(node, list):
        for child in node:
            link_mentions(child, errata)
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key == "description" and isinstance(value, str):
            node[key] = ERRATA_MENTION.sub(lambda match: mention_links(match, errata), value)
        elif key not in NOT_PROSE:
            link_mentions(value, errata)


def mention_links(match: re.Match, errata: dict[str, Entry]) -> str:
    ids = match.group(1).split(", ")
    return "(errata " + ", ".join(f"[{i}](errata.html#{i})" if i in errata else i for i in ids) + ")"


OUTSIDE_VENDOR_DOCUMENT = (
    "**Outside the vendor's API document.** The endpoint serves this call and real clients use it, but NHN Cloud's "
    "Instance API document does not list it (`x-outside-vendor-document`); the errata below give the evidence."
)


def docs_spec(spec: dict, errata: Errata, bundle_name: str) -> dict:
    """A copy of the bundle for rendering: errata links, token, regions and site links added."""
    docs = copy.deepcopy(spec)
    by_id = errata.by_id()
    operations = [operation.spec for operation in Spec(docs).operations()]
    cited = sorted({entry_id for operation in operations for entry_id in operation.get("x-errata") or []})
    if missing := [entry_id for entry_id in cited if entry_id not in by_id]:
        print(f"docs: warning: x-errata cites entries that errata.yaml lacks: {missing}", file=sys.stderr)
    link_mentions(docs, by_id)
    for operation in operations:
        if operation.get("x-outside-vendor-document"):
            operation["description"] = OUTSIDE_VENDOR_DOCUMENT + "\n\n" + operation.get("description", "").strip()
        ids = operation.get("x-errata") or []
        if ids:
            text = operation.get("description", "").rstrip()
            operation["description"] = (text + "\n\n" if text else "") + errata_links(ids, by_id)
    info = docs.setdefault("info", {})
    info["description"] = "\n".join(
        [info.get("description", "").rstrip(), TOKEN_SECTION, regions_section(docs), site_links_section(bundle_name)]
    )
    return docs


def render_markdown(text: object) -> str:
    return markdown.markdown(str(text or ""))


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }}
code {{ background: #f3f3f3; padding: 0 .2em; }}
section {{ border-top: 1px solid #ddd; padding-top: .5rem; }}
dt {{ font-weight: bold; margin-top: .5rem; }}
</style>
</head>
<body>
{body}
</body>
</html>
"""


def page(title: str, body: str) -> str:
    return PAGE.format(title=html.escape(title), body=body)


def errata_page(errata: Errata) -> str:
    sections = []
    for entry in errata.entries:
        entry_id = html.escape(entry.id)
        fields = "".join(f"<dt>{label}</dt><dd>{render_markdown(text)}</dd>" for label, text in entry.fields)
        ops = ", ".join(
            # Redoc turns the legacy `#operation/<id>` anchor into its own route for the operation.
            f'<a href="reference.html#operation/{html.escape(op)}"><code>{html.escape(op)}</code></a>'
            for op in entry.operations
        )
        title = markdown.markdown(entry.title)[3:-4]  # inline markdown without the <p>
        sections.append(
            f'<section id="{entry_id}"><h2>{entry_id}: {title}</h2><dl>{fields}'
            + (f"<dt>Operations (관련 API)</dt><dd>{ops}</dd>" if ops else "")
            + "</dl></section>"
        )
    body = (
        "<h1>Errata (정오표)</h1>"
        '<p><a href="index.html">Home</a> · <a href="reference.html">API reference</a></p>'
        + render_markdown(errata.introduction)
        + "\n".join(sections)
    )
    return page("TOAST Compute API errata", body)


def index_page(spec: dict, bundle_name: str) -> str:
    info = spec.get("info", {})
    count = len(Spec(spec).operation_ids())
    title = html.escape(info.get("title", "API"))
    body = f"""<h1>{title}</h1>
<p>Version {html.escape(str(info.get("version", "")))} · {count} operations</p>
<ul>
<li><a href="reference.html">API reference</a> — every operation with parameters, request and response
schemas, examples and error responses; region endpoints; how to get a token (토큰 발급)</li>
<li><a href="errata.html">Errata (정오표)</a> — where the 2020 document and the service disagree</li>
<li><a href="{bundle_name}" download>{bundle_name}</a> — the bundled OpenAPI 3.1 document</li>
</ul>"""
    return page(info.get("title", "API"), body)


def build(bundle: Path, errata_path: Path, out: Path, redocly: Path = REDOCLY) -> Path:
    """Build the whole site into `out` (emptied first); returns the reference page."""
    spec = Spec.load(bundle)
    errata = load_errata(spec, errata_path)
    docs = docs_spec(spec.document, errata, bundle.name)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copyfile(bundle, out / bundle.name)
    (out / "errata.html").write_text(errata_page(errata), encoding="utf-8")
    (out / "index.html").write_text(index_page(spec.document, bundle.name), encoding="utf-8")
    reference = out / "reference.html"
    with tempfile.TemporaryDirectory() as tmp:
        docs_file = Path(tmp) / bundle.name
        docs_file.write_text(yaml.safe_dump(docs, allow_unicode=True, sort_keys=False), encoding="utf-8")
        subprocess.run(
            [str(redocly), "build-docs", str(docs_file), "--output", str(reference), "--inlineBundle",
             "--openapi.jsonSamplesExpandLevel=all",
             "--title", str(spec.document.get("info", {}).get("title", "API reference"))],
            check=True,
        )
    return reference


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    parser.add_argument("--errata", type=Path, default=ERRATA)
    parser.add_argument("--out", type=Path, default=SITE)
    parser.add_argument("--redocly", type=Path, default=REDOCLY)
    args = parser.parse_args(argv)
    started = time.monotonic()
    build(args.bundle, args.errata, args.out, args.redocly)
    print(f"docs: built {args.out} from {args.bundle} in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
