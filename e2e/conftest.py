"""Browser tests: a real `sharewell serve --demo` on a free port, driven by Debian's headless Chromium."""
import datetime
import json
import os
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.chrome.service import Service

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("SHAREWELL_BIN", os.path.join(ROOT, ".build", "debug", "sharewell"))
# The server's clock starts here and advances in real time (`serve --demo --clock-start`); every date
# these tests use is derived from it, and the demo's school year is the one under way on that day,
# so they hold in any year: SHAREWELL_E2E_CLOCK=2028-03-15T09:00:00Z runs them in 2028. TODAY is the
# server's day; SCHOOL_YEAR the year the school year under way started in.
CLOCK_START = datetime.datetime.fromisoformat(os.environ.get("SHAREWELL_E2E_CLOCK", "2026-12-02T09:00:00Z").replace("Z", "+00:00"))
TODAY = CLOCK_START.date()
SCHOOL_YEAR = TODAY.year if TODAY.month >= 9 else TODAY.year - 1


def day(offset):
    """TODAY moved by a number of days, written YYYY-MM-DD."""
    return (TODAY + datetime.timedelta(days=offset)).isoformat()


def first_school_day():
    """The first weekday on or after 3 September of the school year under way (as the demo's calendar has it)."""
    first = datetime.date(SCHOOL_YEAR, 9, 3)
    while first.weekday() >= 5:
        first += datetime.timedelta(days=1)
    return first


def agreement_dates():
    """A DPIA and start before the school year, a review and an end after it: in force on TODAY."""
    return f"{SCHOOL_YEAR}-08-01", f"{SCHOOL_YEAR}-08-01", f"{SCHOOL_YEAR + 1}-06-01", f"{SCHOOL_YEAR + 1}-08-31"
def fill_date(browser, field_id_prefix, date):
    """Types a date into a date input's three boxes: the day box has the date's id, the others
    `<id>-month` and `<id>-year`. `date` is a datetime.date or `YYYY-MM-DD` (typed as 3, 9, 2026),
    or (day, month, year) typed exactly as given, such as ("1", "Sept", " 2026 ")."""
    if isinstance(date, str):
        date = datetime.date.fromisoformat(date)
    parts = (str(date.day), str(date.month), str(date.year)) if isinstance(date, datetime.date) else date
    for box, value in zip([field_id_prefix, f"{field_id_prefix}-month", f"{field_id_prefix}-year"], parts):
        element = browser.find_element(By.ID, box)
        element.clear()
        element.send_keys(value)


# Every WCAG 2.0, 2.1 and 2.2 rule at levels A and AA that axe-core 4.9 knows.
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url, folder, launched):
        self.url = url
        self.folder = folder
        self.launched = launched

    def now(self):
        """The server's time, in seconds since 1970: what a TOTP code is computed at."""
        return CLOCK_START.timestamp() + (time.time() - self.launched)

    def get_json(self, path):
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return json.load(response)


@pytest.fixture(scope="session")
def server():
    """Starts the server in a new folder, so the demo borough goes into a new SQLite file."""
    folder = tempfile.mkdtemp(prefix="sharewell-e2e-")
    port = free_port()
    log = open(os.path.join(folder, "server.log"), "w")
    env = dict(os.environ, LOG_LEVEL="warning")
    env.pop("DATABASE_URL", None)
    launched = time.time()
    process = subprocess.Popen([BINARY, "serve", "--demo", "--port", str(port), "--clock-start", CLOCK_START.isoformat().replace("+00:00", "Z")],
                               cwd=folder, stdout=log, stderr=log, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"sharewell serve exited with {process.returncode}; see {folder}/server.log")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("sharewell serve did not answer /healthz within 120 s")
        time.sleep(0.25)
    yield Server(url, folder, launched)
    process.terminate()
    process.wait(timeout=30)
    log.close()


@pytest.fixture(scope="session")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


# The widths every checked page is seen at: a desktop and a phone (CSS pixels), as the browser opens.
DESKTOP, PHONE = (1280, 900), (390, 844)
SCREENSHOTS = os.path.join(ROOT, "e2e", "screenshots")
_shots = {"count": 0}


def set_viewport(driver, width, height):
    """The page's own viewport (window.innerWidth) set exactly, whatever the window's frame adds."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def scrolls_sideways(driver):
    """How many CSS pixels the document is wider than the viewport (0 when it reflows)."""
    return driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")


def assert_axe_clean(driver):
    """No axe-core violation at WCAG 2.2 AA on the page as it stands, at the viewport it has."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run(options=json.dumps({"runOnly": {"type": "tag", "values": WCAG_AA}}))
    width = driver.execute_script("return window.innerWidth")
    assert results["violations"] == [], f"{driver.current_url} at {width} px\n" + axe.report(results["violations"])


def assert_fits_panel(driver):
    """Nothing in the white main panel is wider than it (a table scrolling in its own region is)."""
    overflow = driver.execute_script("const m = document.querySelector('main'); return m ? m.scrollWidth - m.clientWidth : 0")
    width = driver.execute_script("return window.innerWidth")
    assert overflow <= 0, f"{driver.current_url}: the main panel's content is {overflow} px wider than the panel at {width} px"


def screenshot(driver, label):
    """A picture of the whole page into e2e/screenshots (git-ignored), named by test, order and width."""
    os.makedirs(SCREENSHOTS, exist_ok=True)
    _shots["count"] += 1
    test = os.environ.get("PYTEST_CURRENT_TEST", "page").split("::")[-1].split(" ")[0]
    path = driver.execute_script("return location.pathname").strip("/").replace("/", "-") or "home"
    height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 6000)")
    width = driver.execute_script("return window.innerWidth")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    driver.save_screenshot(os.path.join(SCREENSHOTS, f"{test}-{_shots['count']:03d}-{path[:60]}-{label}.png"))


def assert_accessible(driver):
    """At a desktop's width and a phone's, no axe-core violation at WCAG 2.2 AA, and a screenshot of
    each; on the phone the page must not scroll sideways (WCAG 1.4.10, reflow). The browser is left
    at the desktop width it started at."""
    try:
        for label, (width, height) in [("desktop", DESKTOP), ("phone", PHONE)]:
            set_viewport(driver, width, height)
            assert_axe_clean(driver)
            if label == "phone":
                assert scrolls_sideways(driver) <= 0, f"{driver.current_url} scrolls sideways by {scrolls_sideways(driver)} px at {width} px"
            assert_fits_panel(driver)
            screenshot(driver, label)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def click_and_load(driver, element):
    """Clicks something that loads a new page and waits until it has, so the next lookup is on that page.

    The old document is marked; the new one is ready when the mark is gone and it has finished loading.
    """
    from selenium.webdriver.support.wait import WebDriverWait
    driver.execute_script("window.sharewellOldPage = true")
    element.click()
    WebDriverWait(driver, 15).until(lambda d: d.execute_script(
        "return window.sharewellOldPage === undefined && document.readyState === 'complete'"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test shows where the browser was and the end of the server's log, so a
    failure on CI can be understood from its output alone."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    browser, server = item.funcargs.get("browser"), item.funcargs.get("server")
    if browser is not None:
        try:
            main = browser.find_element("css selector", "main").text[:1500]
        except Exception:  # the page may have no main, or the browser may be gone
            main = browser.page_source[:1500]
        report.sections.append(("browser", f"{browser.current_url}\n{main}"))
    if server is not None:
        with open(os.path.join(server.folder, "server.log")) as log:
            report.sections.append(("server log (last 60 lines)", "".join(log.readlines()[-60:])))
