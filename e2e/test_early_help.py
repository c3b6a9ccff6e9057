"""Issue 8: the Oldham / Hilltop pilot on demo data — privacy notice, opt-outs, extracts, linkage
review, indicators, stratification and sweep, shortlists and case discussion outcomes — with axe on
every page."""
import datetime
import os
import re
import tempfile

from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from selenium.webdriver.support.wait import WebDriverWait
from agreements import approve_agreement
from conftest import TODAY, agreement_dates, assert_accessible, click_and_load, fill_date
from printing import printed_box
from test_identity import sign_in

# The demo agrees early help data matching between the council and practice P81002 only
# (DemoScenario): P81001 has no agreement, so this test drafts its own and starts from nothing.
PRACTICE, COUNCIL = "P81001", "353-EH"


def upload(browser, field, text):
    path = os.path.join(tempfile.mkdtemp(), f"{field}.csv")
    with open(path, "w") as f:
        f.write(text)
    browser.find_element(By.ID, field).send_keys(path)


def approve_early_help_agreement(server, browser):
    approve_agreement(server, browser, "Early help data matching: Mill Lane and the council", "early-help-data-matching", [PRACTICE, COUNCIL],
                      ["date-of-birth", "sex", "address", "postcode", "practice-patient-id", "demand-codes", "council-indicators", "case-notes"], ("DPIA-EH-1", agreement_dates()[0]),
                      6, *agreement_dates()[1:])


def records(browser, server, query=""):
    """(name, date of birth, local id) of the signed-in organisation's records."""
    browser.get(f"{server.url}/records?q={query}")
    rows = []
    for row in browser.find_elements(By.CSS_SELECTOR, "main table tbody tr"):
        cells = [td.text for td in row.find_elements(By.TAG_NAME, "td")]
        rows.append((cells[0], cells[1], cells[2]))
    return rows


def test_early_help_pilot(server, browser):
    approve_early_help_agreement(server, browser)

    # The practice: privacy notice, opt-outs, the patient list.
    sign_in(browser, server, f"safeguardinglead@{PRACTICE.lower()}.demo", "/early-help")
    assert_accessible(browser)
    patients = records(browser, server)
    assert len(patients) >= 10, patients
    browser.get(server.url + "/early-help")
    fill_date(browser, "reply_by", TODAY + datetime.timedelta(days=28))
    click_and_load(browser, browser.find_element(By.ID, "show-notice"))
    letter = browser.find_element(By.TAG_NAME, "main").text
    assert "will not affect your care" in letter and "within 6 months" in letter and "Opt-out form" in letter, letter[:800]
    # Issue 16, item 9: the practice's letterhead, a return address, and opt-out rows a hand can write in.
    notice = browser.find_element(By.CSS_SELECTOR, "article.letter")
    assert notice.find_element(By.CLASS_NAME, "letterhead-name").text
    back = notice.find_element(By.CLASS_NAME, "return-address").text.split("\n")
    assert len(back) >= 3 and re.fullmatch(r"[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}", back[-1]), back
    rows = notice.find_elements(By.CSS_SELECTOR, ".opt-out-table tbody tr")
    assert rows and all(printed_box(browser, row, "table")["height"] >= 11.9 for row in rows)
    assert_accessible(browser)

    browser.get(server.url + "/early-help/opt-outs")
    assert_accessible(browser)
    opted_out = [patients[0][2], patients[1][2]]
    browser.find_element(By.ID, "ids").send_keys("\n".join(opted_out))
    click_and_load(browser, browser.find_element(By.ID, "record-opt-outs"))
    assert "Recorded 2 opt-outs" in browser.find_element(By.TAG_NAME, "main").text, browser.find_element(By.TAG_NAME, "main").text[:600]
    assert_accessible(browser)

    browser.get(server.url + "/early-help")
    click_and_load(browser, browser.find_element(By.ID, "send-patient-list"))
    notice = browser.find_element(By.CLASS_NAME, "notification").text
    assert "2 who opted out were left out" in notice, notice
    assert_accessible(browser)

    # The council: match, review.
    sign_in(browser, server, f"practitioner@{COUNCIL.lower()}.demo", "/early-help")
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.ID, f"match-{PRACTICE}"))
    # Matching runs as a job: its page shows a progress bar and reloads itself until the server's worker is done.
    assert browser.find_element(By.ID, "job-progress").tag_name == "progress"
    assert_accessible(browser)
    WebDriverWait(browser, 60, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(
        lambda d: "done" in d.find_element(By.ID, "job-status").text.lower())  # the tag is shown in capitals
    assert "Matched" in browser.find_element(By.ID, "job-status").text
    assert_accessible(browser)
    browser.get(server.url + "/early-help/review")
    assert_accessible(browser)
    while browser.find_elements(By.ID, "same-1"):
        probability = browser.find_element(By.CSS_SELECTOR, "main section h2").text
        click_and_load(browser, browser.find_element(By.ID, "same-1" if float(probability.rsplit(" ", 1)[1]) >= 0.35 else "different-1"))
        assert_accessible(browser)

    # People known to both: the practice's number and the council's reference, by name and date of birth.
    both = []
    for name, born, number in patients[2:40]:
        for c_name, c_born, reference in records(browser, server, name.split(",")[0]):
            if (c_name, c_born) == (name, born):
                both.append((number, reference))
        if len(both) == 3:
            break
    assert len(both) == 3, both

    browser.get(server.url + "/early-help/indicators")
    assert_accessible(browser)
    day = (TODAY - datetime.timedelta(days=10)).isoformat()
    upload(browser, "indicators", "person_ref,code,category,source,date\n" + "".join(
        f"{ref},ASB,non-health,Community safety,{day}\n{ref},POLICE-CALL,non-health,Police,{day}\n" for _, ref in both))
    click_and_load(browser, browser.find_element(By.ID, "send-indicators"))
    assert "Stored 6 indicator events." in browser.find_element(By.CLASS_NAME, "notification").text
    assert_accessible(browser)

    # The practice's demand codes, and what they mean (kept at the practice).
    sign_in(browser, server, f"safeguardinglead@{PRACTICE.lower()}.demo", "/early-help/demand-codes")
    assert_accessible(browser)
    browser.find_element(By.ID, "code").send_keys("GP1")
    browser.find_element(By.ID, "meaning").send_keys("Three or more missed appointments in six months")
    click_and_load(browser, browser.find_element(By.ID, "save-meaning"))
    upload(browser, "codes", "practice_patient_id,code,date\n" + "".join(f"{number},GP1,{day}\n" for number, _ in both))
    click_and_load(browser, browser.find_element(By.ID, "send-codes"))
    assert "Sent 3 codes for 3 patients" in browser.find_element(By.CLASS_NAME, "notification").text
    assert_accessible(browser)

    # The analyst in the secure box: the sweep and the lists by pseudonym, no names.
    sign_in(browser, server, f"analyst@{COUNCIL.lower()}.demo", "/early-help/stratify")
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.ID, "run-stratification"))
    # The run is a job: a short one answers with its result at once; a longer one shows the job's
    # page, which leads to the result when it is done.
    if "/jobs/" in browser.current_url:
        WebDriverWait(browser, 60, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(
            lambda d: "done" in d.find_element(By.ID, "job-status").text.lower())
        click_and_load(browser, browser.find_element(By.ID, "job-back"))
    assert "/early-help/stratify/runs/" in browser.current_url
    sweep = {row.find_element(By.TAG_NAME, "th").text: [td.text for td in row.find_elements(By.TAG_NAME, "td")]
             for row in browser.find_elements(By.CSS_SELECTOR, "#sweep tbody tr")}
    assert int(sweep["3 codes"][0]) >= 3, sweep
    page = browser.find_element(By.TAG_NAME, "main").text
    assert all(name.split(",")[0] not in page for name, _, _ in patients[:40])
    assert_accessible(browser)

    # The council's shortlist in its references; a meeting with the practice.
    sign_in(browser, server, f"practitioner@{COUNCIL.lower()}.demo", f"/early-help/shortlist?min_flags=3")
    assert all(ref in browser.find_element(By.ID, "shortlist").text for _, ref in both)
    assert_accessible(browser)
    fill_date(browser, "held_on", TODAY + datetime.timedelta(days=7))
    browser.find_element(By.ID, "place").send_keys("Secure room at the practice")
    # The demo's own practice (P81002) has people on the shortlist too: choose this one.
    Select(browser.find_element(By.ID, "practice")).select_by_value(PRACTICE)
    click_and_load(browser, browser.find_element(By.ID, "schedule-meeting"))
    meeting = browser.current_url
    assert "/early-help/meetings/" in meeting, browser.find_element(By.TAG_NAME, "main").text[:600]
    assert_accessible(browser)

    # The practice sees its own numbers and records an outcome; the council sees it.
    sign_in(browser, server, f"safeguardinglead@{PRACTICE.lower()}.demo", "/early-help/meetings")
    assert_accessible(browser)
    browser.get(meeting)
    text = browser.find_element(By.TAG_NAME, "main").text
    assert all(f"Practice patient number {number};" in text for number, _ in both) and all(ref not in text for _, ref in both)
    assert_accessible(browser)
    assert not browser.find_elements(By.CSS_SELECTOR, "main textarea"), "each case is recorded on its own page"
    click_and_load(browser, browser.find_element(By.ID, "record-1"))
    assert_accessible(browser)
    form = browser.find_element(By.CSS_SELECTOR, "main form")
    form.find_element(By.CSS_SELECTOR, "input[value=focused-care-follow-up]").click()
    form.find_element(By.CSS_SELECTOR, "textarea[name=practice_disclosed]").send_keys("Frequent A&E attendance")
    click_and_load(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Enter who will follow the case up" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)
    form = browser.find_element(By.CSS_SELECTOR, "main form")
    form.find_element(By.CSS_SELECTOR, "input[name=follow_up_owner]").send_keys("Focused-care worker")
    fill_date(browser, "follow_up_by", TODAY + datetime.timedelta(days=21))
    click_and_load(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Outcome recorded." in browser.find_element(By.CLASS_NAME, "notification").text
    sign_in(browser, server, f"practitioner@{COUNCIL.lower()}.demo", "/early-help/meetings")
    browser.get(meeting)
    assert "Focused-care worker" in browser.find_element(By.TAG_NAME, "main").text
    assert "The practice disclosed: Frequent A&E attendance" in browser.find_element(By.TAG_NAME, "main").text
    assert_accessible(browser)
