"""Issue 4: sign in with TOTP, view a record, and find that view in "who has seen this record"."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import totp
from conftest import assert_accessible, click_and_load

LEAD = "safeguardinglead@p81001.demo"
ADMIN = "administrator@p81001.demo"


def sign_in(browser, server, email, return_path="/"):
    browser.delete_all_cookies()
    browser.get(f"{server.url}/sign-in?return={return_path}")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys("demo-password")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def test_totp_sign_in_then_view_is_in_access_log(server, browser):
    sign_in(browser, server, LEAD)
    browser.get(server.url + "/account/two-factor")
    assert_accessible(browser)
    key = browser.find_element(By.ID, "totp-key").text
    assert browser.find_element(By.ID, "totp-uri").get_attribute("href").startswith("otpauth://totp/Sharewell:")
    browser.find_element(By.ID, "code").send_keys(totp.code(key, at=server.now()))
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Two-factor authentication is now on" in browser.page_source
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "header button[type=submit]"))  # Sign out

    sign_in(browser, server, LEAD, "/records")
    assert "/sign-in/code" in browser.current_url
    assert_accessible(browser)
    # The code just used is spent; the next step's code is within the allowed drift.
    browser.find_element(By.ID, "code").send_keys(totp.code(key, step_offset=1, at=server.now()))
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert browser.current_url.endswith("/records")
    assert_accessible(browser)

    first = browser.find_element(By.CSS_SELECTOR, "#records tbody tr a")
    name = first.text
    click_and_load(browser, first)
    assert_accessible(browser)
    viewer = browser.find_element(By.CLASS_NAME, "header-user").text.split(",")[0]
    click_and_load(browser, browser.find_element(By.ID, "access-log-link"))
    assert_accessible(browser)
    rows = [r.text for r in browser.find_elements(By.CSS_SELECTOR, "#access-log tbody tr")]
    assert any(viewer in row and "viewed the record" in row and "Safeguarding" in row for row in rows), (name, viewer, rows)
    assert name.split(", ")[1] in browser.find_element(By.ID, "whose").text, "whose record it is"


def test_auditor_looks_up_who_has_seen_a_record(server, browser):
    """Issue 16, item 6: the auditor, who reads no record, reaches its access log by an exact number."""
    sign_in(browser, server, "practitioner@p81001.demo", "/records")
    first = browser.find_element(By.CSS_SELECTOR, "#records tbody tr")
    local_id = first.find_elements(By.TAG_NAME, "td")[2].text
    click_and_load(browser, first.find_element(By.TAG_NAME, "a"))
    viewer = browser.find_element(By.CLASS_NAME, "header-user").text.split(",")[0]

    sign_in(browser, server, "auditor@p81001.demo", "/")
    click_and_load(browser, browser.find_element(By.ID, "access-log-lookup"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Who has seen a record"
    assert_accessible(browser)
    browser.find_element(By.ID, "number").send_keys("B000000000000")
    click_and_load(browser, browser.find_element(By.ID, "look-up"))
    assert browser.title.startswith("Error: ")
    assert "No record your organisation holds" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.ID, "number").get_attribute("value") == "B000000000000"
    assert_accessible(browser)
    field = browser.find_element(By.ID, "number")
    field.clear()
    field.send_keys(local_id)
    click_and_load(browser, browser.find_element(By.ID, "look-up"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Who has seen this record"
    # The auditor reads no records: the page names the record by the reference looked up, not by name.
    assert local_id in browser.find_element(By.ID, "whose").text
    rows = [r.text for r in browser.find_elements(By.CSS_SELECTOR, "#access-log tbody tr")]
    assert any(viewer in row and "viewed the record" in row and "Direct care" in row for row in rows), rows
    assert any("looked up whose access log to read" in row for row in rows), rows
    assert_accessible(browser)


def test_wrong_password_is_explained(server, browser):
    browser.delete_all_cookies()
    browser.get(server.url + "/sign-in")
    assert_accessible(browser)
    browser.find_element(By.ID, "email").send_keys(ADMIN)
    browser.find_element(By.ID, "password").send_keys("not-the-password")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert browser.title.startswith("Error: ")
    assert "Enter a correct email address and password" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)


def test_administrator_pages_are_accessible(server, browser):
    sign_in(browser, server, ADMIN, "/users")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Users"
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.LINK_TEXT, "Add a user"))
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))  # empty form
    assert browser.title.startswith("Error: ")
    assert_accessible(browser)
    browser.get(server.url + "/api-tokens")
    browser.find_element(By.ID, "name").send_keys("School MIS")
    browser.find_element(By.ID, "scope-directory-read").click()
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert browser.find_element(By.ID, "new-token").text.startswith("sw_")
    assert "sw_" not in browser.current_url, "Post/Redirect/Get: the secret is never in the address"
    assert_accessible(browser)
    browser.refresh()
    assert not browser.find_elements(By.ID, "new-token"), "the secret is shown once"
    assert "shown once and cannot be shown again" in browser.find_element(By.TAG_NAME, "main").text
    assert_accessible(browser)


def test_directory_administration_pages_are_accessible(server, browser):
    sign_in(browser, server, ADMIN, "/directory/new")
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))  # empty form
    assert browser.title.startswith("Error: ")
    assert "Choose the kind of organisation" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)
    browser.get(server.url + "/directory/P81001")
    click_and_load(browser, browser.find_element(By.ID, "edit-entry"))
    assert_accessible(browser)


def test_second_person_approval_and_one_time_link_pages_are_accessible(server, browser):
    """Issue 14, finding 9: an account that reads records waits for a second person, then its holder sets their own password."""
    sign_in(browser, server, "administrator@200101.demo", "/users/new")
    browser.find_element(By.ID, "name").send_keys("Robin Ahmed")
    browser.find_element(By.ID, "email").send_keys("robin.ahmed@200101.example")
    Select(browser.find_element(By.ID, "role")).select_by_value("practitioner")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Awaiting approval" in browser.find_element(By.ID, "users").text
    assert_accessible(browser)

    sign_in(browser, server, "safeguardinglead@200101.demo", "/access-approvals")
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "#pending button[type=submit]"))
    set_password_through_the_link(browser, server, "robin.ahmed@200101.example", "robin's own password")


def test_account_recovery_pages_are_accessible(server, browser):
    """Issue 14, finding 9: a lost password or authenticator is replaced only once a second person approves."""
    holder = "panelmember@200101.demo"
    sign_in(browser, server, "administrator@200101.demo", "/users")
    click_and_load(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Lost password or authenticator"))
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))  # no reason
    assert browser.title.startswith("Error: ")
    assert "Enter why they need a new password or authenticator" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)
    accounts = Select(browser.find_element(By.ID, "user"))
    accounts.select_by_value(next(o.get_attribute("value") for o in accounts.options if holder in o.text))
    browser.find_element(By.ID, "reason").send_keys("Phone with the authenticator lost, reported in person")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Recovery awaiting approval" in browser.find_element(By.ID, "users").text
    assert_accessible(browser)

    sign_in(browser, server, "informationgovernancelead@200101.demo", "/access-approvals")
    assert_accessible(browser)
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#pending tbody tr") if holder in r.text)
    click_and_load(browser, row.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    set_password_through_the_link(browser, server, holder, "a new password of mine")


def set_password_through_the_link(browser, server, email, password):
    """On the page an approval leads to: the one-time link shown there sets the password and two-factor, and they sign in."""
    link = browser.find_element(By.ID, "activation-link").text
    assert_accessible(browser)
    browser.delete_all_cookies()
    browser.get(server.url + link)
    assert_accessible(browser)
    key = browser.find_element(By.ID, "totp-key").text
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.ID, "confirm").send_keys(password)
    browser.find_element(By.ID, "code").send_keys(totp.code(key, at=server.now()))
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "/sign-in" in browser.current_url, browser.find_element(By.TAG_NAME, "main").text[:300]
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(password)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    # Two-factor is on from the link: the code just used is spent, the next step's is accepted.
    assert "/sign-in/code" in browser.current_url
    browser.find_element(By.ID, "code").send_keys(totp.code(key, step_offset=1, at=server.now()))
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "/sign-in" not in browser.current_url
