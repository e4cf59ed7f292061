"""A real browser against a running server: log in, see the chart, search, review a claim.

Needs Debian's chromium at /usr/bin/chromium. With DOORWATCH_REQUIRE_BROWSER=1 (as in CI) a
missing browser is a failure; otherwise the test is skipped, saying why.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from doorwatch.services import accounts
from doorwatch.services.setup import initialise
from doorwatch.store import Store, open_store
from tests.web.conftest import ARTICLE, PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def need_chromium() -> None:
    """Skip (or fail, when CI requires the browser) without Debian's chromium."""
    if not CHROMIUM.exists():
        if os.environ.get("DOORWATCH_REQUIRE_BROWSER") == "1":
            pytest.fail("DOORWATCH_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing")
        pytest.skip("no /usr/bin/chromium: install Debian's chromium to run browser tests")


@contextmanager
def serving(store: Store) -> Iterator[str]:
    """Run the app on ``store`` in a uvicorn server in a thread on a free loopback port;
    yield its address."""
    import uvicorn

    from doorwatch.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(
        create_app(store=store), host="127.0.0.1", port=port, log_level="warning"
    )
    uvi = uvicorn.Server(config)
    thread = threading.Thread(target=uvi.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not uvi.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uvi.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on the bundled data, with an analyst account and one article."""
    need_chromium()
    from doorwatch.services.articles import ingest_article

    db = str(tmp_path_factory.mktemp("browser") / "browser.sqlite")
    initialise(db, sample=True)
    store = open_store(db)
    accounts.add_user(store, "reviewer", PASSWORD, "analyst", actor="test")
    ingest_article(store, ARTICLE, title="Browser test article", published="2025-03-03")
    with serving(store) as address:
        yield address
    store.close()


def test_review_flow_in_chromium(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        try:
            page.goto(server + "/")
            expect(page).to_have_url(f"{server}/login?next=%2F")
            page.fill("input[name=name]", "reviewer")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            expect(page).to_have_url(server + "/")
            chart = page.locator("#held-chart")
            expect(chart).to_have_attribute("data-rendered", "true", timeout=15_000)
            marks = chart.locator("svg path.mark-symbol, svg .mark-symbol path")
            assert marks.count() > 5, "the held chart shows no points"
            page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)

            for query in ("Byalyatski", "Бяляцкі"):
                page.goto(server + "/people")
                page.fill("input[name=q]", query)
                page.keyboard.press("Enter")
                expect(page.locator("#results")).to_contain_text("Ales Bialiatski")
            page.screenshot(path=str(SHOTS / "people-search.png"), full_page=True)

            page.goto(server + "/claims?status=accepted")
            accepted_before = int(page.locator("#count-accepted").inner_text())
            page.goto(server + "/claims?status=proposed")
            # an article's claim (the bundled data's proposed claims have no source text)
            links = page.locator("table tbody a[href^='/claims/claim-']")
            hrefs = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
            page.goto(
                server + next(h for h in hrefs if re.fullmatch(r"/claims/claim-[0-9a-f]{16}", h))
            )
            expect(page.locator("mark#claim-mark")).to_be_visible()
            page.screenshot(path=str(SHOTS / "claim-review.png"), full_page=True)
            page.click("button.accept")
            expect(page.locator(".notice")).to_contain_text("accept")
            page.goto(server + "/claims?status=accepted")
            expect(page.locator("#count-accepted")).to_have_text(str(accepted_before + 1))
            page.screenshot(path=str(SHOTS / "claims-after.png"), full_page=True)
        finally:
            browser.close()


def test_pages_charts_and_api_docs_run_under_the_csp(server: str) -> None:
    """Every page works with the strict policy: no violation is reported, the charts draw,
    Swagger UI renders from the package, and the edit form saves (it used to answer 422)."""
    from playwright.sync_api import expect, sync_playwright

    violations: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.on(
            "console",
            lambda m: (
                violations.append(f"{page.url}: {m.text[:90]} {m.location}")
                if "Content Security Policy" in m.text
                else None
            ),
        )
        try:
            page.goto(server + "/login")
            page.fill("input[name=name]", "reviewer")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            expect(page.locator("#held-chart")).to_have_attribute(
                "data-rendered", "true", timeout=15_000
            )
            expect(page.locator("#flows-chart")).to_have_attribute(
                "data-rendered", "true", timeout=15_000
            )
            page.locator("#held-chart svg .mark-symbol path").first.hover()
            for path in ("/people", "/deals", "/projection", "/sanctions", "/claims", "/sources"):
                page.goto(server + path)
            page.goto(server + "/claims?status=proposed")
            # an article's claim (the bundled data's proposed claims have no source text)
            links = page.locator("table tbody a[href^='/claims/claim-']")
            hrefs = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
            page.goto(
                server + next(h for h in hrefs if re.fullmatch(r"/claims/claim-[0-9a-f]{16}", h))
            )
            page.locator("details summary").click()
            page.fill("input[name=note]", "checked in the browser")
            page.click("text=Save edits")
            expect(page.locator(".notice")).to_contain_text("edit")
            expect(page.locator("dl.facts")).to_contain_text("checked in the browser")
            page.goto(server + "/api/v1/docs")
            expect(page.locator(".swagger-ui .info .title")).to_contain_text("doorwatch")
            page.screenshot(path=str(SHOTS / "api-docs.png"))
        finally:
            browser.close()
    assert violations == []


def test_overview_lays_out_the_counts_it_leads_with(server: str) -> None:
    """The latest count per origin is a table of rows (each origin's figure and dates side by
    side), and the projection page shows what it assumes."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        try:
            page.goto(server + "/login")
            page.fill("input[name=name]", "reviewer")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            rows = page.locator("#origin-counts tbody tr")
            expect(rows.first).to_contain_text("Viasna")
            cells = rows.first.locator("td")
            tops = {round(cells.nth(i).bounding_box()["y"]) for i in range(cells.count())}  # type: ignore[index]
            assert len(tops) == 1, "the cells of one origin's row are not side by side"
            header = page.locator("#origin-counts thead tr").bounding_box()
            first = rows.first.bounding_box()
            assert header and first and first["y"] > header["y"]
            assert abs(first["x"] - header["x"]) < 2  # rows under the header, not beside it
            page.screenshot(path=str(SHOTS / "overview-counts.png"))
            page.goto(server + "/projection")
            expect(page.locator("#projection-assumptions")).to_contain_text("drift")
            expect(page.locator("#projection-assumptions")).to_contain_text("a month")
        finally:
            browser.close()
