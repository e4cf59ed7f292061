"""A real browser browses the registry: choose a filter, page forward and back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from doorwatch.services import accounts
from doorwatch.services.setup import initialise
from doorwatch.store import open_store
from doorwatch.tools.synthetic_registry import fill
from tests.web.conftest import PASSWORD
from tests.web.test_browser import ARGS, CHROMIUM, SHOTS, need_chromium, serving

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def registry_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on the bundled data and 400 synthetic cases (several pages of held people)."""
    need_chromium()
    db = str(tmp_path_factory.mktemp("registry") / "registry.sqlite")
    initialise(db, sample=True)
    store = open_store(db)
    fill(store, 400, seed=5)
    accounts.add_user(store, "monitor", PASSWORD, "viewer", actor="test")
    with serving(store) as address:
        yield address
    store.close()


def _names(page: Any) -> list[str]:
    names: list[str] = page.locator("#registry tbody tr td:first-child").all_inner_texts()
    return names


def test_filter_and_page_forward_and_back(registry_server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    server = registry_server
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        try:
            page.goto(server + "/login")
            page.fill("input[name=name]", "monitor")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.goto(server + "/people")
            everyone = page.locator("#pager").inner_text()
            # The status filter offers words with counts, not identifiers.
            served = page.locator("#filter-status option[value=served]")
            assert served.inner_text().startswith("sentence served (")
            held = page.locator("#filter-status option[value=held]").inner_text()
            held_cases = int(held.split("(")[1].rstrip(")").replace(",", ""))
            assert held_cases > 50
            page.select_option("#filter-status", "held")
            page.click("#filters button[type=submit]")
            expect(page).to_have_url(re.compile(r"/people\?status=held&"))
            assert page.locator("#pager").inner_text() != everyone
            statuses = page.locator("#registry tbody tr td:nth-child(3)").all_inner_texts()
            assert statuses and set(statuses) == {"held"}
            first = _names(page)
            assert len(first) == 50
            page.screenshot(path=str(SHOTS / "people-browse.png"), full_page=True)

            page.click("#pager a[rel=next]")
            expect(page).to_have_url(re.compile(r"/people\?status=held&after="))
            second = _names(page)
            assert second and not set(second) & set(first)
            statuses = page.locator("#registry tbody tr td:nth-child(3)").all_inner_texts()
            assert set(statuses) == {"held"}
            # Back: the previous page is the first page again, filter kept.
            page.click("#pager a[rel=prev]")
            expect(page).to_have_url(re.compile(r"/people\?status=held&before="))
            assert _names(page) == first
            assert page.locator("#filter-status").input_value() == "held"
        finally:
            browser.close()
