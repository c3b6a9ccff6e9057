"""Issue 6 (first part): a school sends its marks; a bad file is explained line by line and stores nothing."""
import os
import tempfile

from selenium.webdriver.common.by import By

from conftest import assert_accessible, click_and_load
from test_identity import sign_in

SCHOOL_LEAD = "safeguardinglead@200101.demo"


def test_upload_page_explains_a_bad_file(server, browser):
    sign_in(browser, server, SCHOOL_LEAD, "/attendance/import")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Send attendance marks"
    assert_accessible(browser)
    folder = tempfile.mkdtemp(prefix="sharewell-marks-")
    path = os.path.join(folder, "marks.csv")
    with open(path, "w") as f:
        f.write("upn,date,session,code\nB801200005001,2025-09-01,AM,/\nB801200005001,2025-09-01,PM,ZZ\n")
    browser.find_element(By.ID, "marks").send_keys(path)
    click_and_load(browser, browser.find_element(By.ID, "send-marks"))
    assert browser.title.startswith("Error: ")
    summary = browser.find_element(By.CLASS_NAME, "error-summary").text
    assert "Line 3, code: ‘ZZ’ is not a DfE attendance code." in summary
    assert_accessible(browser)

    with open(path, "w") as f:
        f.write("upn,given_name,family_name,date_of_birth,sex,address,postcode,nhs_number,gp_practice_ods\n"
                "B801200005001,Ava,Brown,2016-03-04,F,1 Mill Lane,AW1 2AB,,Z99999\n")
    browser.find_element(By.ID, "pupils").send_keys(path)
    click_and_load(browser, browser.find_element(By.ID, "send-pupils"))
    assert "Line 2, gp_practice_ods: Z99999 is not a GP practice in the directory." in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)


def test_poor_attendance_list_needs_an_agreement(server, browser):
    sign_in(browser, server, SCHOOL_LEAD, "/attendance/poor")
    assert_accessible(browser)
    for field, value in [("from", "2025-09-03"), ("to", "2025-12-19")]:
        browser.find_element(By.ID, field).send_keys(value)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    groups = browser.find_elements(By.CSS_SELECTOR, "main section[id^=practice-]")
    assert groups, browser.find_element(By.TAG_NAME, "main").text[:500]
    assert_accessible(browser)
    click_and_load(browser, groups[0].find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "no active information sharing agreement" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)


def approve_attendance_agreement(server, browser, practice):
    from selenium.webdriver.support.ui import Select
    sign_in(browser, server, "informationgovernancelead@200101.demo", "/agreements/new")
    browser.find_element(By.ID, "title").send_keys(f"Attendance liaison: school 200101 and practice {practice}")
    Select(browser.find_element(By.ID, "purpose")).select_by_value("attendance-liaison")
    parties = browser.find_element(By.ID, "parties")
    parties.clear()
    parties.send_keys(f"200101, {practice}")
    browser.find_element(By.ID, "discloser").send_keys("200101")
    browser.find_element(By.ID, "mode").click()  # bulk
    for item in ["dataItems", "dataItems-date-of-birth", "dataItems-address", "dataItems-attendance-percentage", "dataItems-attendance-period"]:
        browser.find_element(By.ID, item).click()
    browser.find_element(By.ID, "legalBases-uk-gdpr-6-1-e").click()
    for field, value in [("dpiaReference", "DPIA-ATT-1"), ("dpiaDate", "2025-08-01"), ("retentionMonths", "12"),
                         ("start", "2025-08-01"), ("review", "2027-06-01"), ("end", "2027-08-31")]:
        element = browser.find_element(By.ID, field)
        element.clear()
        element.send_keys(value)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert browser.find_elements(By.ID, "approve"), browser.find_element(By.TAG_NAME, "main").text[:600]
    agreement = browser.current_url
    click_and_load(browser, browser.find_element(By.ID, "approve"))
    sign_in(browser, server, f"informationgovernancelead@{practice.lower()}.demo", "/")
    browser.get(agreement)
    click_and_load(browser, browser.find_element(By.ID, "approve"))
    assert browser.find_element(By.CSS_SELECTOR, "main .tag").text.lower() == "active"


def test_list_sent_to_practice_and_reviewed(server, browser):
    list_url = "/attendance/poor?from=2025-09-03&to=2025-12-19&below=90"
    sign_in(browser, server, SCHOOL_LEAD, "/")
    browser.get(server.url + list_url)
    practice = browser.find_element(By.CSS_SELECTOR, "main section[id^=practice-]").get_attribute("id").removeprefix("practice-")
    approve_attendance_agreement(server, browser, practice)
    sign_in(browser, server, SCHOOL_LEAD, "/")
    browser.get(server.url + list_url)
    group = browser.find_element(By.ID, f"practice-{practice}")
    click_and_load(browser, group.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Sent " in browser.find_element(By.CSS_SELECTOR, "main .notification").text
    assert_accessible(browser)

    sign_in(browser, server, f"safeguardinglead@{practice.lower()}.demo", "/inbox/attendance")
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "#inbox tbody tr a"))
    assert_accessible(browser)
    browser.find_element(By.ID, "medicalReason-possible").click()
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Choose the category of the medical reason" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)
    browser.find_element(By.ID, "category").click()  # mental health
    browser.find_element(By.ID, "familyContacted").click()  # yes
    browser.find_element(By.ID, "internalNotes").send_keys("Parental mental health; hospital letter not yet coded.")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Reviewed: medical reason possible" in browser.find_element(By.ID, "inbox").text
