"""A caseworker in a real browser: log in, open a case, add a need, record aid.

Needs Debian's chromium at /usr/bin/chromium (see tests/web/test_browser.py for how a missing
browser is handled).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import pytest

from doorwatch.services import accounts
from doorwatch.services import support_funds as funds
from doorwatch.services.setup import initialise
from doorwatch.services.support_access import LOCAL_OPERATOR as OP
from doorwatch.services.support_keys import new_key
from doorwatch.store import open_store
from tests.web.conftest import PASSWORD
from tests.web.test_browser import ARGS, CHROMIUM, SHOTS, _free_port

pytestmark = pytest.mark.browser
PERSON = "person-maria-kalesnikava"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on the bundled data, with a key file, a fund and a caseworker account."""
    if not CHROMIUM.exists():
        if os.environ.get("DOORWATCH_REQUIRE_BROWSER") == "1":
            pytest.fail("DOORWATCH_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing")
        pytest.skip("no /usr/bin/chromium: install Debian's chromium to run browser tests")
    import uvicorn

    from doorwatch.web.app import create_app

    folder = tmp_path_factory.mktemp("casework")
    saved = {k: os.environ.get(k) for k in ("DOORWATCH_KEY_FILE", "DOORWATCH_KEY")}
    os.environ.pop("DOORWATCH_KEY", None)
    os.environ["DOORWATCH_KEY_FILE"] = str(folder / "keys.json")
    new_key()
    db = str(folder / "casework.sqlite")
    initialise(db, sample=True)
    store = open_store(db)
    accounts.add_user(store, "worker", PASSWORD, "caseworker", actor="test")
    funds.add_fund(store, "ihf", "Humanitarian fund", administrator="NHC", user=OP)
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
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uvi.should_exit = True
        thread.join(timeout=10)
        store.close()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def test_caseworker_opens_a_case_adds_a_need_and_records_aid(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        try:
            page.goto(server + "/support")
            page.fill("input[name=name]", "worker")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            expect(page).to_have_url(server + "/support")
            expect(page.locator("#support-cases")).to_contain_text("No cases")

            form = page.locator("#open-case")
            form.locator("input[name=person_id]").fill(PERSON)
            form.locator("input[name=where]").fill("relocated:LT")
            form.locator("input[name=contacts]").fill("+370 600 00000")
            form.locator("button[type=submit]").click()
            expect(page.locator(".notice")).to_contain_text("opened")
            expect(page.locator("#case-where")).to_have_text("relocated:LT")
            page.screenshot(path=str(SHOTS / "support-case-opened.png"), full_page=True)

            need = page.locator("#add-need")
            need.locator("select[name=kind]").select_option("medical")
            need.locator("input[name=note]").fill("medicines for the heart")
            need.locator("button[type=submit]").click()
            expect(page.locator(".notice")).to_contain_text("need added")
            expect(page.locator("#needs .need-kind")).to_have_text("medical")

            aid = page.locator("#record-aid")
            aid.locator("select[name=kind]").select_option("material_aid")
            aid.locator("input[name=amount]").fill("500")
            aid.locator("select[name=need_id]").select_option(index=1)
            aid.locator("button[type=submit]").click()
            expect(page.locator(".notice")).to_contain_text("aid recorded")
            expect(page.locator("#aid .aid-eur")).to_have_text("500.00")
            page.screenshot(path=str(SHOTS / "support-case-aid.png"), full_page=True)

            page.goto(server + "/support")
            expect(page.locator("#support-cases")).to_contain_text("Maria Kalesnikava")
            page.goto(server + "/support/plan")
            expect(page.locator("#plan-chart")).to_have_attribute(
                "data-rendered", "true", timeout=15_000
            )
            expect(page.locator("#plan-shortfall")).to_contain_text("Shortfall at month 12")
            page.screenshot(path=str(SHOTS / "support-plan.png"), full_page=True)
        finally:
            browser.close()
