"""The docs page (/v1/docs) in headless Chromium: summaries, guides and examples, screenshotted.

Saved to test-artifacts/docs/*.png (CI keeps test-artifacts/). Uses Debian's chromium and
chromedriver at fixed paths: nothing is downloaded.
"""

import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "docs"
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.TemporaryDirectory(prefix="radicpro-docs-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-first-run", "--disable-background-networking", "--disable-sync",
                 "--hide-scrollbars", "--window-size=1400,1000", f"--user-data-dir={profile.name}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"),
                              options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    profile.cleanup()


def test_the_docs_page_shows_summaries_guides_and_examples(browser, live_server):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.get(live_server.url + "/v1/docs")
    WebDriverWait(browser, 90).until(
        lambda driver: driver.find_elements(By.CSS_SELECTOR, ".opblock-summary-description"))
    page = browser.find_element(By.TAG_NAME, "body").text
    for guide in ("Authentication", "Errors", "Pagination", "Async jobs", "Idempotency",
                  "Webhooks", "Rate limits", "Sandbox keys"):
        assert guide in page, guide
    summaries = {element.text for element in
                 browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-description")}
    assert {"Sign in", "Create a design", "Export a design", "Get a job"} <= summaries
    browser.save_screenshot(str(ARTIFACTS / "docs-guides.png"))

    # The export operation opened: its description, the Prefer and Idempotency-Key headers, and
    # the request example.
    export = browser.find_element(By.CSS_SELECTOR, "#operations-exports-exports_create")
    browser.execute_script("arguments[0].scrollIntoView()", export)
    export.find_element(By.CSS_SELECTOR, ".opblock-summary").click()
    WebDriverWait(browser, 30).until(
        lambda driver: "Idempotency-Key" in export.text and "Prefer" in export.text)
    assert "Export a design" in export.text
    assert '"resolution": "2x"' in export.text
    browser.execute_script("arguments[0].scrollIntoView()", export)
    browser.save_screenshot(str(ARTIFACTS / "docs-export-operation.png"))
