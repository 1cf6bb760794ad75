"""The rendered reference site, opened in headless Chromium (Playwright driving Debian's chromium).

Checks that every operation of the bundled spec is listed, that an operation's example renders,
that the errata page is reachable from an operation's errata link, and saves a screenshot to
reports/docs-reference.png. Without Chromium (or Playwright) the tests skip, saying why.
"""

from __future__ import annotations

import pytest

from scripts.build_docs import OUTSIDE_VENDOR_DOCUMENT
from scripts.ensure_browser import chromium_path
from spec_toolkit.errata import load_errata
from spec_toolkit.spec import Spec
from tests.docs.helpers import REPORTS

pytestmark = pytest.mark.browser

OUTSIDE_MARKER = OUTSIDE_VENDOR_DOCUMENT.split("**")[1]  # the bold lead, as the page shows it

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (requirements/tests.txt)")
    executable = chromium_path()
    if not executable:
        pytest.skip("no Chromium on this machine: `python3 scripts/ensure_browser.py` installs Debian's chromium "
                    "as root (nox -s tests runs it), or set CHROMIUM to a Chromium binary")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=executable,
            args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


@pytest.fixture(scope="module")
def spec(site_sources) -> Spec:
    return Spec.load(site_sources[0])


def first_string(value):
    """A string leaf of an example value, for finding it on the page."""
    if isinstance(value, str) and len(value) > 3:
        return value
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return next((found for child in children if (found := first_string(child))), None)


def response_example(spec: Spec, operation: dict):
    """A string from the first success response example of an operation, or None."""
    for code, response in operation.get("responses", {}).items():
        if not str(code).startswith("2"):
            continue
        for media in (spec.resolve(response).get("content") or {}).values():
            if "example" in media:
                return first_string(media["example"])
            for example in (media.get("examples") or {}).values():
                return first_string(spec.resolve(example).get("value"))
    return None


def open_operation(page, site_url: str, operation: dict):
    """Open an operation by Redoc's `#operation/<operationId>` link; wait for its heading."""
    page.goto(f"{site_url}/reference.html#operation/{operation['operationId']}")
    heading = page.locator("h2", has_text=operation["summary"]).first
    heading.wait_for(state="visible", timeout=15_000)
    return heading


MENU_LINKS = "els => els.map(e => [e.getAttribute('href'), e.querySelector('[data-text]')?.getAttribute('data-text')])"


def test_every_operation_is_listed(page, site_url, spec):
    """Each tag of the menu, opened in turn, lists its operations; together they are all of the spec's."""
    page.goto(f"{site_url}/reference.html")
    menu = page.locator('[data-component-name="Menu/Menu"]').first
    menu.wait_for(timeout=15_000)
    tags = menu.locator('a:has(svg[data-component-name*="Chevron"])')
    assert tags.count(), "the reference menu shows no tags"
    listed = {}
    for index in range(tags.count()):
        tag = tags.nth(index)
        href = tag.get_attribute("href")
        open_tag(tag, menu.locator(f'a[href^="#{href}/"]').first)
        listed.update(menu.locator(f'a[href^="#{href}/"]').evaluate_all(MENU_LINKS))
    expected = {op.operation_id.lower(): op.spec["summary"] for op in spec.operations()}
    assert expected
    found = {href.rsplit("/", 1)[-1].lower(): label for href, label in listed.items()}
    missing = {op_id: summary for op_id, summary in expected.items() if found.get(op_id) != summary}
    assert not missing, f"operations not listed (or listed under another summary) in the reference menu: {missing}"


def open_tag(tag, first_operation) -> None:
    """Clicks `tag` until its operations show (up to three times): on a busy machine a click can be lost while the
    menu redraws. A tag whose operations already show is not clicked again: a click would fold it."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError  # present: the page fixture needs it

    for _ in range(3):
        if not first_operation.is_visible():
            tag.click()
        try:
            first_operation.wait_for(timeout=5_000)
            return
        except PlaywrightTimeoutError:
            continue
    first_operation.wait_for(timeout=5_000)


def test_an_example_renders_and_is_screenshotted(page, site_url, spec):
    found = next(
        ((op.spec, value) for op in spec.operations() if (value := response_example(spec, op.spec))), None
    )
    assert found, "no operation of the spec has a success response example"
    operation, value = found
    open_operation(page, site_url, operation)
    sample = page.get_by_text(value, exact=False).first
    sample.wait_for(state="visible", timeout=10_000)
    REPORTS.mkdir(exist_ok=True)
    page.screenshot(path=str(REPORTS / "docs-reference.png"))


def test_errata_page_is_reachable_from_an_operation(page, site_url, spec, site_sources):
    entries = load_errata(spec, site_sources[1]).by_id()
    cited = ((op.spec, entry_id) for op in spec.operations() for entry_id in op.spec.get("x-errata") or [])
    operation, entry_id = next(((op, entry_id) for op, entry_id in cited if entry_id in entries), (None, None))
    assert operation, "no operation of the spec cites an entry of the errata in x-errata"
    open_operation(page, site_url, operation)
    page.locator(f'a[href="errata.html#{entry_id}"]').first.click(timeout=10_000)
    page.wait_for_url(f"**/errata.html#{entry_id}", timeout=10_000)
    heading = page.locator(f"section#{entry_id} h2")
    assert heading.inner_text().startswith(entry_id)
    page.screenshot(path=str(REPORTS / "docs-errata.png"))
    # and back: the entry links the operations it concerns
    page.locator(f'section#{entry_id} a[href="reference.html#operation/{operation["operationId"]}"]').click()
    page.locator("h2", has_text=operation["summary"]).first.wait_for(state="visible", timeout=15_000)



def test_operations_outside_the_vendor_document_say_so_with_their_errata(page, site_url, spec, site_sources):
    """The calls real clients make that no vendor document lists (images, ips, floating IPs...) are marked
    as such on their page, with links to their errata."""
    entries = load_errata(spec, site_sources[1]).by_id()
    outside = [op.spec for op in spec.operations() if op.spec.get("x-outside-vendor-document")]
    assert outside, "no operation is marked x-outside-vendor-document"
    for operation in outside:
        open_operation(page, site_url, operation)
        page.get_by_text(OUTSIDE_MARKER).first.wait_for(state="visible", timeout=5_000)
        cited = [entry_id for entry_id in operation.get("x-errata") or [] if entry_id in entries]
        assert cited, f"{operation['operationId']} is outside the vendor document and cites no errata entry"
        for entry_id in cited:
            page.locator(f'a[href="errata.html#{entry_id}"]').first.wait_for(state="visible", timeout=5_000)
