"""Issue 5: an agreement approved by two IG leads, then a consent, then a recorded sharing decision."""
import calendar

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import agreement_dates, assert_accessible, click_and_load, fill_date
from test_identity import sign_in

PRACTICE_IG = "informationgovernancelead@p81001.demo"
SCHOOL_IG = "informationgovernancelead@200101.demo"
PRACTITIONER = "practitioner@p81001.demo"


def submit(browser, selector="main form button[type=submit]"):
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, selector))


def status(browser):
    tags = browser.find_elements(By.CSS_SELECTOR, "main .tag")
    assert tags, browser.find_element(By.TAG_NAME, "main").text[:2000]
    return tags[0].text.lower()


def fill_in_team_around_the_child(browser, parties, items, bases, retention_months):
    """The agreement form after its title: case by case, names and `items`, in force today."""
    Select(browser.find_element(By.ID, "purpose")).select_by_value("team-around-the-child")
    field = browser.find_element(By.ID, "parties")
    field.clear()
    field.send_keys(parties)
    browser.find_element(By.ID, "mode-case-by-case").click()
    for item in ["dataItems"] + items:
        browser.find_element(By.ID, item).click()
    for basis in bases:
        browser.find_element(By.ID, f"legalBases-{basis}").click()
    _, start, review, end = agreement_dates()
    retention = browser.find_element(By.ID, "retentionMonths")
    retention.clear()
    retention.send_keys(retention_months)
    for field, value in [("start", start), ("review", review), ("end", end)]:
        fill_date(browser, field, value)


def test_agreement_consent_and_decision(server, browser):
    # The practice's IG lead drafts an agreement with the school; a mistake comes back explained.
    sign_in(browser, server, PRACTICE_IG, "/agreements/new")
    assert_accessible(browser)
    browser.find_element(By.ID, "title").send_keys("Team around the child: Ashworth school and practice")
    submit(browser)
    assert browser.title.startswith("Error: ")
    assert_accessible(browser)
    fill_in_team_around_the_child(browser, "P81001, 200101", ["dataItems-date-of-birth", "dataItems-case-notes"], ["uk-gdpr-6-1-e", "uk-gdpr-9-2-g"], "24")
    submit(browser)
    # The organisations it waits for are named, each with its code.
    waiting = status(browser)
    assert "awaiting approval by" in waiting and "(200101)" in waiting and "(p81001)" in waiting, browser.page_source
    assert_accessible(browser)
    agreement_url = browser.current_url
    submit(browser, "#approve")
    waiting = status(browser)
    assert "awaiting approval by" in waiting and "(200101)" in waiting and "(p81001)" not in waiting, waiting

    # The school's IG lead sees it waiting on the home page and approves: it is active.
    sign_in(browser, server, SCHOOL_IG, "/")
    reminders = browser.find_element(By.ID, "reminders")
    assert "awaits your approval" in reminders.text
    assert_accessible(browser)
    click_and_load(browser, reminders.find_element(By.TAG_NAME, "a"))
    assert browser.current_url == agreement_url
    submit(browser, "#approve")
    assert status(browser) == "active"
    assert_accessible(browser)

    # A practitioner at the practice records that a parent refused consent.
    sign_in(browser, server, PRACTITIONER, "/records")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "#records tbody tr a"))
    record_url = browser.current_url
    click_and_load(browser, browser.find_element(By.ID, "consent-link"))
    assert_accessible(browser)
    browser.find_element(By.ID, "kind-refused").click()
    Select(browser.find_element(By.ID, "scope")).select_by_value("purpose:team-around-the-child")
    browser.find_element(By.ID, "givenBy").send_keys("mother")
    browser.find_element(By.ID, "method").send_keys("verbally at a home visit")
    submit(browser)
    assert "Consent refused" in browser.find_element(By.ID, "consent-history").text
    assert_accessible(browser)

    # Then asks "Can I share this?": refused consent, but a risk of significant harm.
    browser.get(record_url)
    click_and_load(browser, browser.find_element(By.ID, "can-i-share-link"))
    assert_accessible(browser)
    # Item 5 of issue 16: nothing is answered for the practitioner; an unanswered question is named.
    assert not browser.find_elements(By.CSS_SELECTOR, "input[type=radio]:checked")
    Select(browser.find_element(By.ID, "recipient")).select_by_value("200101")
    Select(browser.find_element(By.ID, "purpose")).select_by_value("team-around-the-child")
    browser.find_element(By.ID, "consent-refused").click()
    browser.find_element(By.ID, "significantHarm").click()
    submit(browser, "main form button[value=decide]")
    assert browser.title.startswith("Error: ")
    summary = browser.find_element(By.CLASS_NAME, "error-summary").text
    assert "Answer: is it confidential?" in summary and "Answer: is there an overriding public interest?" in summary
    assert browser.find_element(By.ID, "consent-refused").is_selected() and browser.find_element(By.ID, "significantHarm").is_selected()
    assert_accessible(browser)
    for answer in ["identifiable", "confidential", "publicInterest-no", "consentWouldEndanger-no"]:
        browser.find_element(By.ID, answer).click()
    submit(browser, "main form button[value=decide]")
    # The decision comes first on the page, before the questions.
    assert browser.find_element(By.CSS_SELECTOR, "main > #decision, main #decision").location["y"] < browser.find_element(By.ID, "recipient").location["y"]
    decision = browser.find_element(By.ID, "decision").text
    assert "You may share, and must record why" in decision
    assert "significant harm" in decision
    assert_accessible(browser)
    submit(browser, "#record-decision")  # without a justification
    assert browser.title.startswith("Error: ")
    assert "Enter your justification" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)
    browser.find_element(By.ID, "justification").send_keys("Unexplained injuries; the school must know today.")
    submit(browser, "#record-decision")
    assert "The decision is recorded" in browser.page_source
    assert "Unexplained injuries" in browser.find_element(By.TAG_NAME, "main").text
    assert_accessible(browser)
    browser.get(server.url + "/decisions")
    assert "You may share, and must record why" in browser.find_element(By.ID, "decisions").text
    assert_accessible(browser)


def test_one_sending_names_every_problem_and_the_summary_takes_focus(server, browser):
    """Issue 16: dates in three boxes as people type them; every problem of the agreement form in one
    answer, the error summary focused so keyboard and screen-reader users start there."""
    sign_in(browser, server, PRACTICE_IG, "/agreements/new")
    year = agreement_dates()[3][:4]
    fill_date(browser, "start", ("31", "Feb", f" {year} "))
    fill_date(browser, "review", ("1", "", year))
    fill_date(browser, "end", (" 1 ", "Sept", f" {year} "))
    browser.find_element(By.ID, "retentionMonths").send_keys("twelve")
    submit(browser)
    summary = browser.find_element(By.CLASS_NAME, "error-summary")
    assert browser.switch_to.active_element == summary, "the summary has focus"
    february = 29 if calendar.isleap(int(year)) else 28
    for message in ["Enter a title", "Choose the purpose", "Choose bulk or case-by-case", "Choose the data items the agreement allows",
                    "Choose at least one legal basis", "Enter the retention period as a whole number of months",
                    f"The start date must be a real date: February {year} has {february} days", "The review date must include a month"]:
        assert message in summary.text, summary.text
    assert [browser.find_element(By.ID, box).get_attribute("value") for box in ["end", "end-month", "end-year"]] == [" 1 ", "Sept", f" {year} "]
    assert "input-error" in browser.find_element(By.ID, "review-month").get_attribute("class")
    assert "input-error" not in browser.find_element(By.ID, "review-year").get_attribute("class")


def test_consent_form_names_every_problem_in_one_answer(server, browser):
    """Issue 16, item 3: the register's own checks come with the page's, in one answer, focused."""
    sign_in(browser, server, PRACTITIONER, "/records")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "#records tbody tr a"))
    click_and_load(browser, browser.find_element(By.ID, "consent-link"))
    Select(browser.find_element(By.ID, "scope")).select_by_value("purpose:team-around-the-child")
    fill_date(browser, "givenOn", ("31", "Feb", "2026"))
    browser.find_element(By.ID, "note").send_keys("kept as typed")
    submit(browser)
    summary = browser.find_element(By.CLASS_NAME, "error-summary")
    assert browser.switch_to.active_element == summary, "the summary has focus"
    for message in ["Choose what happened", "Enter who gave, refused or withdrew consent", "Enter how it was given",
                    "The date must be a real date: February 2026 has 28 days"]:
        assert message in summary.text, summary.text
    assert browser.find_element(By.ID, "note").get_attribute("value") == "kept as typed"
    assert_accessible(browser)


def test_ending_an_agreement_is_confirmed_first(server, browser):
    """Issue 16, item 10: "End the agreement" asks once more on a page of its own; nothing ends until confirmed."""
    school = next(o["code"] for o in server.get_json("/api/v1/organisations?kind=school")["organisations"] if o["code"] != "200101")
    sign_in(browser, server, PRACTICE_IG, "/agreements/new")
    browser.find_element(By.ID, "title").send_keys("Team around the child: to be ended")
    fill_in_team_around_the_child(browser, f"P81001, {school}", [], ["uk-gdpr-6-1-e"], "12")
    submit(browser)
    agreement_url = browser.current_url
    before = status(browser)

    click_and_load(browser, browser.find_element(By.ID, "end-link"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "End the agreement?"
    assert_accessible(browser)
    browser.find_element(By.ID, "reason").send_keys("Drafted in error")
    submit(browser, "#end-agreement")  # not confirmed
    assert browser.title.startswith("Error: ")
    assert "Confirm that the agreement is to end" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.ID, "reason").get_attribute("value") == "Drafted in error"
    assert_accessible(browser)
    browser.get(agreement_url)
    assert status(browser) == before, "nothing ended without the confirmation"

    click_and_load(browser, browser.find_element(By.ID, "end-link"))
    browser.find_element(By.ID, "reason").send_keys("Drafted in error")
    browser.find_element(By.ID, "confirm").click()
    submit(browser, "#end-agreement")
    assert browser.current_url.startswith(agreement_url) and status(browser).startswith("ended")
    assert "The agreement is ended." in browser.find_element(By.CLASS_NAME, "notification").text
    assert not browser.find_elements(By.ID, "end-link")
    assert_accessible(browser)
