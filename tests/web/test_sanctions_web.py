"""The sanctions API and the sanctions page in a real browser, on real list slices."""

from __future__ import annotations

import csv
import io
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from doorwatch.services import accounts
from doorwatch.services.sanctions import import_list
from doorwatch.services.setup import initialise
from doorwatch.store import Store, open_store
from tests.sanctions.slices import LISTS, ofac_csv_slice
from tests.sanctions.test_mirror import HEADER, _belarus_ids
from tests.web.conftest import PASSWORD, Web, check_declared_shape


def _load(store: Store, folder: Path) -> None:
    ofac = ofac_csv_slice("ofac-sdn-2024-05", folder / "sdn.csv", _belarus_ids())
    import_list(store, [ofac], list_date="2024-05-03")
    import_list(store, [LISTS / "eu-fsf-2024-05-13/20240513-FULL-1_1.xml"])


def test_sanctions_api(web: Web, tmp_path: Path) -> None:
    _load(web.store, tmp_path)
    headers = web.headers("viewer")
    found = web.client.get("/api/v1/sanctions/lists", headers=headers).json()
    assert [r["name"] for r in found] == ["eu-2024-05-13", "us-2024-05-03"]
    csv_text = web.client.get(
        "/api/v1/sanctions/mirror",
        params={"list": "eu", "against": "us", "format": "csv"},
        headers=headers,
    ).text
    assert csv_text.splitlines()[0] == HEADER
    assert len(list(csv.DictReader(io.StringIO(csv_text)))) == 270
    pairs = web.client.get("/api/v1/sanctions/matrix", headers=headers).json()["pairs"]
    assert [(r["list"], r["class"]) for r in pairs[0]["rows"]][:2] == [
        ("eu-2024-05-13", "belarus"),
        ("us-2024-05-03", "belarus"),
    ]
    target = web.client.get("/api/v1/sanctions/targets/us/44541", headers=headers).json()
    assert target["name"].endswith("BELAVIA BELARUSIAN AIRLINES")
    assert [e["status"] for e in target["elsewhere"]] == ["listed"]
    missing = web.client.get("/api/v1/sanctions/targets/us/0", headers=headers)
    assert missing.status_code == 404
    bad = web.client.get("/api/v1/sanctions/matrix", params={"pair": "eu"}, headers=headers)
    assert bad.status_code == 422 and "A:B" in bad.text
    assert web.client.get("/api/v1/sanctions/lists").status_code == 401
    for path in (
        "/api/v1/sanctions/lists",
        "/api/v1/sanctions/programmes",
        "/api/v1/sanctions/mirror?list=eu&against=us",
        "/api/v1/sanctions/mirror?list=us&against=eu&class=russia",
        "/api/v1/sanctions/matrix",
        "/api/v1/sanctions/targets/us/44541",
        "/api/v1/sanctions/sectoral",
    ):
        response = web.client.get(path, headers=headers)
        assert response.status_code == 200, (path, response.text)
        check_declared_shape(web.client, "GET", response)
    schemas = web.client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    assert {"class", "listed", "shared", "not_listed"} <= set(schemas["MatrixRow"]["properties"])
    assert "shortfall_eur" in schemas["SupportPlan"]["properties"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on the bundled data with OFAC's Belarus targets and the EU list of May 2024."""
    from tests.web.test_browser import CHROMIUM, _free_port

    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: install Debian's chromium to run browser tests")
    import uvicorn

    from doorwatch.web.app import create_app

    folder = tmp_path_factory.mktemp("sanctions-browser")
    db = str(folder / "browser.sqlite")
    initialise(db, sample=True)
    store = open_store(db)
    accounts.add_user(store, "monitor", PASSWORD, "viewer", actor="test")
    _load(store, folder)
    port = _free_port()
    uvi = uvicorn.Server(
        uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=uvi.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not uvi.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uvi.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.mark.browser
def test_sanctions_page_in_chromium(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    from tests.web.test_browser import ARGS, CHROMIUM, SHOTS

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        try:
            page.goto(server + "/login?next=/sanctions")
            page.fill("input[name=name]", "monitor")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            expect(page).to_have_url(server + "/sanctions", timeout=60_000)
            section = page.locator("section.mirror[data-pair='eu-2024-05-13:us-2024-05-03']")
            expect(section).to_be_visible()
            rows = section.locator("table.matrix tbody tr")
            expect(rows).to_have_count(4)
            first = rows.first.locator("td")
            assert first.nth(0).inner_text() == "belarus"
            assert first.nth(3).inner_text() == "270"
            shared, uncertain, missing = (int(first.nth(i).inner_text()) for i in (4, 7, 8))
            assert shared + uncertain + missing == 270 and shared > 0 and missing > 0
            expect(page.locator("table.sectoral tbody tr.russia_only").first).to_be_visible()
            page.screenshot(path=str(SHOTS / "sanctions.png"), full_page=True)
            gaps = section.locator("details.gaps").first
            gaps.locator("summary").click()
            gaps.locator("tbody a").first.click()
            expect(page.locator("table.elsewhere")).to_contain_text("us-2024-05-03")
            expect(page.locator("h1")).not_to_be_empty()
            page.screenshot(path=str(SHOTS / "sanction-target.png"), full_page=True)
        finally:
            browser.close()
