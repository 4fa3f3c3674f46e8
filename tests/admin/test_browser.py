"""The back office in a real headless Chromium: an operator's round, with screenshots.

Saved to test-artifacts/admin/*.png (CI keeps test-artifacts/). Uses Debian's chromium and
chromedriver at fixed paths: nothing is downloaded.
"""

import re
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.admin.models import LogEntry
from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from radicpro.billing.models import CreditLedgerEntry
from radicpro.billing.selectors import credit_balance
from radicpro.jobs.models import Job
from radicpro.webhooks.models import WebhookDelivery
from tests.factories import DEFAULT_PASSWORD, UserFactory

from .conftest import make_world

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "admin"
pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WIDTH = 1600


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.TemporaryDirectory(prefix="radicpro-admin-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                 f"--window-size={WIDTH},900", f"--user-data-dir={profile.name}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(15)  # generous: CI shares 2 cores with the suite
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    profile.cleanup()


class Operator:
    """A staff member at the browser: pages, forms, actions, screenshots."""

    def __init__(self, driver, base_url: str):
        self.driver, self.base_url = driver, base_url
        ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def open(self, path: str) -> None:
        self.driver.get(self.base_url + path)

    def find(self, css: str):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def text(self, css: str = "body") -> str:
        return self.find(css).text

    def messages(self) -> str:
        return self.text("ul.messagelist")

    def follow(self, element) -> None:
        """Clicks `element` and waits until the page it leads to has replaced this one (a click
        can return before the browser navigates; reading the old page then is a race)."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        element.click()
        # Asked about the old page while Chromium tears it down, chromedriver can answer "Node
        # with given id does not belong to the document" instead of a stale element: ask again.
        WebDriverWait(self.driver, 15, ignored_exceptions=(WebDriverException,)).until(
            expected_conditions.staleness_of(page))

    def log_in(self, email: str, password: str) -> None:
        self.find("#id_username").send_keys(email)
        self.find("#id_password").send_keys(password)
        self.follow(self.find("input[type=submit]"))

    def act(self, action: str, *ids: str) -> None:
        """Ticks the rows of `ids` in a change list and runs `action` on them."""
        for pk in ids:
            self.find(f'input[name="_selected_action"][value="{pk}"]').click()
        Select(self.find('select[name="action"]')).select_by_value(action)
        self.follow(self.find('button[name="index"]'))

    def image_loaded(self, css: str) -> bool:
        """The <img> at `css` shows a decoded picture (scrolled to: previews load lazily)."""
        self.driver.execute_script(
            "document.querySelector(arguments[0])?.scrollIntoView({block: 'center'});", css)
        try:
            return WebDriverWait(self.driver, 15).until(lambda driver: driver.execute_script(
                "const img = document.querySelector(arguments[0]);"
                "return !!img && img.complete && img.naturalWidth > 0;", css))
        except TimeoutException:
            return False

    def shot(self, name: str) -> Path:
        """A screenshot of the whole page (the window grows to the page's height)."""
        height = self.driver.execute_script(
            "window.scrollTo(0, 0); return document.documentElement.scrollHeight;")
        self.driver.set_window_size(WIDTH, max(700, min(int(height) + 120, 3000)))
        path = ARTIFACTS / f"{name}.png"
        self.driver.save_screenshot(str(path))
        self.driver.set_window_size(WIDTH, 900)
        return path


@pytest.fixture
def operator(browser, live_server):
    browser.delete_all_cookies()
    return Operator(browser, live_server.url)


def test_an_operators_round(operator, transactional_db, failing_receiver):
    staff = UserFactory(email="ops@radic.example", full_name="Ops", is_staff=True,
                        is_superuser=True)
    failing_receiver.answer(500, body=b"receiver down")  # design.created
    failing_receiver.answer(500, body=b"receiver down")  # job.failed
    world = make_world(failing_receiver.url)
    world.refresh()
    balance = credit_balance(user=world.customer)

    # Log in as staff: the index links the dashboard.
    operator.open("/admin/")
    assert "/admin/login/" in operator.driver.current_url
    operator.shot("01-login")
    operator.log_in("ops@radic.example", DEFAULT_PASSWORD)
    assert "Back office" in operator.text("#content h1")
    assert operator.find("#backoffice-dashboard-module a").text.lower() == "operations"
    operator.shot("02-index")

    # Find the customer and grant credits (intermediate page: amount and reason).
    operator.open("/admin/accounts/user/")
    operator.find("#searchbar").send_keys("maya@shop")
    operator.follow(operator.find("#changelist-search input[type=submit]"))
    rows = operator.driver.find_elements(By.CSS_SELECTOR, "#result_list tbody tr")
    assert len(rows) == 1 and "maya@shop.example" in rows[0].text
    assert str(balance) in operator.text("#result_list td.field-credit_balance")
    operator.act("grant_credits", world.customer.pk)
    assert "Grant credits" in operator.text("#content h1")
    assert "maya@shop.example" in operator.text("#grant-users")
    operator.find("#id_amount").send_keys("150")
    operator.find("#id_reason").send_keys("Goodwill: export outage on 23 Nov")
    operator.shot("03-grant-credits-form")
    operator.follow(operator.find('input[name="apply"]'))
    assert "Granted 150 credits to 1 user: Goodwill: export outage on 23 Nov" \
        in operator.messages()
    assert credit_balance(user=world.customer) == balance + 150
    entry = CreditLedgerEntry.objects.get(user=world.customer, kind="grant")
    operator.open(f"/admin/accounts/user/{world.customer.pk}/change/")
    assert f"{balance + 150} credits" in operator.text(".field-credits")
    assert entry.id in operator.text(".field-recent_ledger")
    assert world.api_key.prefix in operator.text("#api_keys-group")
    operator.shot("04-user")

    # Open the design: its preview (a signed URL) loads; the document is readable.
    operator.open("/admin/designs/design/")
    operator.follow(operator.driver.find_element(By.LINK_TEXT, "Diwali Mega Sale"))
    assert operator.image_loaded(".field-preview img.rp-preview")
    assert "/v1/files/" in operator.find(".field-preview img").get_attribute("src")
    assert '"layer_headline"' in operator.text("pre.rp-json")
    assert "layer_headline" in operator.text("table.rp-layers")
    assert "Diwali 2026" in operator.text(".field-campaign_link")
    operator.shot("05-design")

    # Linked from the design: its export (the file's preview) and its brand kit.
    export = world.export_job.exports.get()
    operator.follow(operator.driver.find_element(By.LINK_TEXT, export.id))
    assert operator.image_loaded(".field-preview img.rp-preview")
    assert "completed" in operator.text(".field-state")
    operator.shot("05b-export")
    operator.driver.back()
    operator.follow(operator.driver.find_element(By.LINK_TEXT, "Shah Sweets"))
    assert operator.image_loaded(".field-logo_preview img.rp-preview")
    assert "#FFCC00" in operator.text(".field-colour_swatches")
    operator.shot("05c-brand")

    # The failed job: its error, then retry it.
    operator.open("/admin/jobs/job/?status__exact=failed")
    assert "EXPORT_FAILED" in operator.text("#result_list")
    operator.follow(operator.driver.find_element(By.LINK_TEXT, world.failed_job.id))
    assert "The renderer ran out of memory." in operator.text(".field-error_summary")
    assert "MemoryError" in operator.text(".field-error_details")
    operator.shot("06-failed-job")
    operator.open("/admin/jobs/job/?status__exact=failed")
    operator.act("retry", world.failed_job.pk)
    message = operator.messages()
    assert re.search(rf"Retried {world.failed_job.id} as job_\w+ \(now completed\)\.", message)
    retried = Job.objects.exclude(pk__in=[world.failed_job.pk, world.export_job.pk]).get()
    assert retried.status == "completed" and retried.exports.get().asset_id
    operator.shot("07-job-retried")

    # Redeliver the webhook that got a 500; the receiver is back up.
    operator.open("/admin/webhooks/webhookdelivery/?status__exact=failed")
    assert "500" in operator.text("#result_list")
    operator.act("redeliver", world.delivery.pk)
    assert re.search(rf"Redelivered {world.delivery.id} as whd_\w+ \(succeeded, response "
                     r"200\)\.", operator.messages())
    redelivery = WebhookDelivery.objects.get(is_redelivery=True)
    assert failing_receiver.requests[-1].headers["webhook-id"] == \
        failing_receiver.requests[0].headers["webhook-id"]
    operator.open(f"/admin/webhooks/webhookdelivery/{redelivery.pk}/change/")
    assert "200" in operator.text(".field-response")
    operator.shot("08-redelivered")

    # The dashboard, from the index.
    operator.open("/admin/")
    operator.follow(operator.driver.find_element(By.LINK_TEXT, "Dashboard"))
    assert operator.text("#card-jobs .rp-value") == "3"  # 2 exports + the retry
    assert operator.text("#card-failure-rate .rp-value") == "33%"
    assert operator.text("#card-credits-granted .rp-value") == "150"
    assert "maya@shop.example" in operator.text("#top-users")
    operator.shot("09-dashboard")

    # Every action is in the admin log, under the operator's name.
    logged = {entry.get_change_message() for entry in LogEntry.objects.filter(user=staff)}
    assert logged == {f"Granted 150 credits ({entry.id}): Goodwill: export outage on 23 Nov",
                      f"Retried as {retried.pk}.", f"Redelivered as {redelivery.pk}."}


def test_a_customer_is_refused(operator, transactional_db):
    UserFactory(email="shopper@example.com")
    operator.open("/admin/dashboard/")
    assert "/admin/login/" in operator.driver.current_url
    operator.log_in("shopper@example.com", DEFAULT_PASSWORD)
    assert "Please enter the correct email and password for a staff account." \
        in operator.text(".errornote")
    assert "/admin/login/" in operator.driver.current_url
    operator.shot("10-customer-refused")
