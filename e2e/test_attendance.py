"""Issue 6 (first part): a school sends its marks; a bad file is explained line by line and stores nothing."""
import datetime
import os
import re
import sqlite3
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from agreements import approve_agreement
from conftest import TODAY, agreement_dates, assert_accessible, click_and_load, day, fill_date, first_school_day
from printing import printed_box
from test_identity import sign_in

SCHOOL_LEAD = "safeguardinglead@200101.demo"


def upn(digits):
    """A UPN: the DfE check letter, then the twelve digits."""
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[sum(int(d) * (i + 2) for i, d in enumerate(digits)) % 23] + digits


def test_upload_page_explains_a_bad_file(server, browser):
    sign_in(browser, server, SCHOOL_LEAD, "/attendance/import")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Send attendance marks"
    assert_accessible(browser)
    folder = tempfile.mkdtemp(prefix="sharewell-marks-")
    path = os.path.join(folder, "marks.csv")
    stranger = upn("801299999990")
    with open(path, "w") as f:
        f.write(f"upn,date,session,code\nB801200005001,2025-09-01,AM,/\nB801200005001,2025-09-01,PM,ZZ\n{stranger},2025-09-01,AM,/\n")
    browser.find_element(By.ID, "marks").send_keys(path)
    click_and_load(browser, browser.find_element(By.ID, "send-marks"))
    assert browser.title.startswith("Error: ")
    summary = browser.find_element(By.CLASS_NAME, "error-summary")
    assert browser.switch_to.active_element == summary, "the summary has focus"
    # Issue 16, item 3: a pupil the school does not hold is named with the file's bad lines, in one answer.
    assert "Line 3, code: ‘ZZ’ is not a DfE attendance code." in summary.text
    assert f"Line 4, upn: {stranger} is not on this school's roll: send the pupil file first." in summary.text, summary.text
    assert_accessible(browser)

    with open(path, "w") as f:
        f.write("upn,given_name,family_name,date_of_birth,sex,address,postcode,nhs_number,gp_practice_ods\n"
                "B801200005001,Ava,Brown,2016-03-04,F,1 Mill Lane,AW1 2AB,,Z99999\n")
    browser.find_element(By.ID, "pupils").send_keys(path)
    click_and_load(browser, browser.find_element(By.ID, "send-pupils"))
    assert "Line 2, gp_practice_ods: Z99999 is not a GP practice in the directory." in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)


# School 200101 and its practices have no agreement in the demo (DemoScenario agrees school 201101
# with practice P81002): these tests show the refusal, then draft and approve their own agreement.
def test_poor_attendance_list_needs_an_agreement(server, browser):
    sign_in(browser, server, SCHOOL_LEAD, "/attendance/poor")
    assert_accessible(browser)
    # Issue 16: the dates as people type them, a month's name or abbreviation, spaces and all.
    first, last = first_school_day(), datetime.date.fromisoformat(AUTUMN[1])
    fill_date(browser, "from", (f"0{first.day}", "Sept", f" {first.year} "))
    fill_date(browser, "to", (str(last.day), last.strftime("%B").lower(), str(last.year)))
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    groups = browser.find_elements(By.CSS_SELECTOR, "main section[id^=practice-]")
    assert groups, browser.find_element(By.TAG_NAME, "main").text[:500]
    assert_accessible(browser)
    click_and_load(browser, groups[0].find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "no active information sharing agreement" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)


def approve_attendance_agreement(server, browser, practice):
    # No discloser: the school sends the list, and the practice answers "reviewed, family contacted".
    dpia, start, review, end = agreement_dates()
    approve_agreement(server, browser, f"Attendance liaison: school 200101 and practice {practice}", "attendance-liaison", ["200101", practice],
                      ["date-of-birth", "address", "attendance-percentage", "attendance-period", "review-outcome"], ("DPIA-ATT-1", dpia),
                      12, start, review, end)


def later_week():
    """Monday to Friday of the first whole week after AUTUMN ends: the re-measured period."""
    monday = datetime.date.fromisoformat(AUTUMN_END) + datetime.timedelta(days=1)
    while monday.weekday() != 0:
        monday += datetime.timedelta(days=1)
    return [monday + datetime.timedelta(days=n) for n in range(5)]


# The demo's marks run from the school year's first day up to TODAY: the list's period ends three
# weeks before it, and the later week the school imports itself lies between the two.
AUTUMN_END = day(-21)
AUTUMN = (first_school_day().isoformat(), AUTUMN_END)
LATER = (later_week()[0].isoformat(), later_week()[-1].isoformat())


def upn_of(browser, server, name, date_of_birth):
    """The pupil's UPN from the school's own records, found by name and date of birth."""
    given, family = name.rsplit(" ", 1)
    browser.get(f"{server.url}/records?q={family}")
    for row in browser.find_elements(By.CSS_SELECTOR, "main table tbody tr"):
        cells = [td.text for td in row.find_elements(By.TAG_NAME, "td")]
        if cells[0] == f"{family}, {given}" and cells[1] == date_of_birth:
            return cells[2]
    raise AssertionError(f"{name} is not on the roll")


def report_cells(browser, table_id):
    return {row.find_element(By.TAG_NAME, "th").text: [td.text for td in row.find_elements(By.TAG_NAME, "td")]
            for row in browser.find_elements(By.CSS_SELECTOR, f"#{table_id} tbody tr")}


def test_whole_liaison_flow(server, browser):
    """Import -> list -> practice review -> letter -> three calls -> re-measure -> report, numbers checked."""
    list_url = f"/attendance/poor?from={AUTUMN[0]}&to={AUTUMN[1]}&below=90"
    sign_in(browser, server, SCHOOL_LEAD, "/")
    browser.get(server.url + list_url)
    section = browser.find_element(By.CSS_SELECTOR, "main section[id^=practice-]")
    practice = section.get_attribute("id").removeprefix("practice-")
    pupils = [[td.text for td in row.find_elements(By.TAG_NAME, "td")] for row in section.find_elements(By.CSS_SELECTOR, "tbody tr")]
    count = len(pupils)
    assert count > 0

    # Import: a week of full attendance after Christmas for every pupil on this practice's part of the list.
    upns = [upn_of(browser, server, name, born) for name, born, *_ in pupils]
    folder = tempfile.mkdtemp(prefix="sharewell-later-")
    path = os.path.join(folder, "spring.csv")
    with open(path, "w") as f:
        f.write("upn,date,session,code\n")
        for upn in upns:
            for date in later_week():
                f.write(f"{upn},{date.isoformat()},AM,/\n{upn},{date.isoformat()},PM,\\\n")
    browser.get(server.url + "/attendance/import")
    browser.find_element(By.ID, "marks").send_keys(path)
    click_and_load(browser, browser.find_element(By.ID, "send-marks"))
    assert f"Stored {count * 10} marks for {count} pupils" in browser.find_element(By.TAG_NAME, "main").text

    # The list, sent under an agreement.
    approve_attendance_agreement(server, browser, practice)
    sign_in(browser, server, SCHOOL_LEAD, "/")
    browser.get(server.url + list_url)
    click_and_load(browser, browser.find_element(By.ID, f"send-{practice}"))
    assert f"Sent {count} pupils to {practice}" in browser.find_element(By.CSS_SELECTOR, "main .notification").text
    assert_accessible(browser)

    # The practice reviews the first pupil.
    sign_in(browser, server, f"safeguardinglead@{practice.lower()}.demo", "/inbox/attendance")
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.LINK_TEXT, pupils[0][0]))
    assert_accessible(browser)
    browser.find_element(By.ID, "medicalReason-possible").click()
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Choose the category of the medical reason" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)
    browser.find_element(By.ID, "category").click()  # mental health
    browser.find_element(By.ID, "concerns").click()  # a parent with mental health problems
    browser.find_element(By.ID, "familyContacted-no").click()
    browser.find_element(By.ID, "internalNotes").send_keys("Mother anxious; hospital letter not yet coded.")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert browser.find_element(By.CSS_SELECTOR, "main .notification").text == "Review saved."
    review_url = browser.current_url

    # The letter: printed in a batch and recorded as sent, which tells the school.
    browser.get(server.url + "/inbox/attendance/letters")
    letters = browser.find_elements(By.CSS_SELECTOR, "article.letter")
    assert len(letters) == 1 and "The school shared attendance figures only." in letters[0].text
    assert "Mother anxious" not in letters[0].text
    assert_ready_to_post(browser, letters[0])
    assert "1 letter to print." in browser.find_element(By.TAG_NAME, "main").text
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.ID, "mark-sent"))
    assert "1 school was told: reviewed, family contacted" in browser.find_element(By.TAG_NAME, "main").text
    assert_accessible(browser)

    # Three calls on different days; a second on the same day is refused; none after the parent answers.
    browser.get(review_url)
    calls = [(day(-9), "no-answer"), (day(-9), "no-answer"), (day(-8), "no-answer"), (day(-7), "spoke-to-parent")]
    for when, outcome in calls:
        fill_date(browser, "day", when)
        browser.find_element(By.CSS_SELECTOR, f"input[name=outcome][value={outcome}]").click()
        if outcome == "spoke-to-parent":
            browser.find_element(By.ID, "letterArrived").click()  # yes
            browser.find_element(By.ID, "feedback").send_keys("Pleased the school and the practice talk.")
        click_and_load(browser, browser.find_elements(By.CSS_SELECTOR, "main form button[type=submit]")[-1])
        if browser.find_elements(By.CLASS_NAME, "error-summary"):
            assert f"A call was already made on {calls[0][0]}" in browser.find_element(By.CLASS_NAME, "error-summary").text
            assert_accessible(browser)
            browser.get(review_url)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#calls tbody tr")) == 3
    assert "Three attempts have been made." in browser.find_element(By.TAG_NAME, "main").text
    assert not browser.find_elements(By.ID, "day"), "no form for a fourth attempt"
    assert_accessible(browser)

    # The later week reaches the practice only when the school sends the re-measure through the gate.
    browser.get(server.url + "/inbox/attendance")
    click_and_load(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Report on 200101"))
    assert "The school has not sent a re-measure" in browser.find_element(By.ID, "no-remeasures").text
    assert_accessible(browser)
    sign_in(browser, server, SCHOOL_LEAD, "/")
    browser.get(server.url + f"/attendance/report?school=200101&practice={practice}&from={AUTUMN[0]}&to={AUTUMN[1]}")
    for field, value in zip(["laterFrom", "laterTo"], LATER):
        fill_date(browser, field, value)
    click_and_load(browser, browser.find_element(By.ID, "remeasure"))
    assert f"Sent the re-measure to {practice}" in browser.find_element(By.CLASS_NAME, "notification").text
    assert_accessible(browser)

    # The practice's report, in full.
    sign_in(browser, server, f"safeguardinglead@{practice.lower()}.demo", "/inbox/attendance")
    click_and_load(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Report on 200101"))
    click_and_load(browser, browser.find_element(By.PARTIAL_LINK_TEXT, f"re-measured {LATER[0]} to {LATER[1]}"))
    assert_accessible(browser)
    found = report_cells(browser, "identified")
    assert found["Pupils identified"][0] == str(count)
    assert found["With a medical reason for poor attendance"][0] == "1"
    assert found["With a parent with mental health problems"][0] == "1"
    outcomes = report_cells(browser, "outcomes")
    assert outcomes["Parents who responded to the calls"][:2] == ["1", str(count)]
    assert outcomes["Attendance up by 3 points or more (of those re-measured)"][:2] == [str(count), str(count)]
    assert outcomes["No longer persistently absent (of those who were, re-measured)"][:2] == [str(count), str(count)]
    assert outcomes["Attendance up by 3 points or more (of those re-measured)"][2] == "100.0%"

    # The school: the one answer, and the report with small numbers suppressed.
    sign_in(browser, server, SCHOOL_LEAD, "/attendance/poor")
    sent = browser.find_element(By.ID, "sent").text
    assert "Reviewed, family contacted" in sent and "Mother anxious" not in sent and "Mental health" not in sent
    assert_accessible(browser)
    browser.get(server.url + f"/attendance/report?school=200101&practice={practice}&from={AUTUMN[0]}&to={AUTUMN[1]}&laterFrom={LATER[0]}&laterTo={LATER[1]}")
    if count < 10:  # a round this small never leaves the practice as counts
        assert "Fewer than 10 pupils: figures withheld" in browser.find_element(By.ID, "withheld").text
        assert not browser.find_elements(By.ID, "identified")
    else:
        school_view = report_cells(browser, "identified")
        assert school_view["With a medical reason for poor attendance"][0] == "*"
        assert school_view["Pupils identified"][0] == str(count)
    assert_accessible(browser)


def test_health_related_absence_list(server, browser):
    """Item 8: the school's list of pupils with 10+ illness days; no flag crosses without an agreement."""
    sign_in(browser, server, SCHOOL_LEAD, "/attendance/illness")
    assert_accessible(browser)
    for field, value in [("from", first_school_day()), ("to", TODAY)]:
        fill_date(browser, field, value)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#illness tbody tr")
    assert rows, browser.find_element(By.TAG_NAME, "main").text[:400]
    assert all(float(row.find_elements(By.TAG_NAME, "td")[3].text) >= 10 for row in rows)
    upns = {row.find_elements(By.TAG_NAME, "td")[2].text for row in rows}
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.ID, "send-illness"))
    summary = browser.find_element(By.CLASS_NAME, "error-summary")
    assert "no active information sharing agreement" in summary.text
    # Item 4: the organisations by name, and the way onward.
    team_option = [a for a in browser.find_elements(By.CSS_SELECTOR, "#team option") if a.get_attribute("value")][0]
    team = team_option.get_attribute("value")
    assert team_option.text.split(" (")[0] in summary.text and f"to {team}:" not in summary.text
    assert summary.find_element(By.CSS_SELECTOR, "a[href='/agreements']")
    assert_accessible(browser)

    # The team's inbox holds what the demo's own school (201101) flagged under its agreement, and
    # none of this school's pupils.
    sign_in(browser, server, f"safeguardinglead@{team.lower()}.demo", "/inbox/medical-education")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Health-related absence inbox"
    flagged = {row.find_elements(By.TAG_NAME, "td")[2].text for row in browser.find_elements(By.CSS_SELECTOR, "#flagged tbody tr")}
    assert not flagged & upns, flagged & upns
    assert_accessible(browser)


def test_medical_education_team_records_what_it_did(server, browser):
    """Item 11 of issue 16: with an agreement the flag crosses; the team records what it did with each pupil."""
    def show_list():
        sign_in(browser, server, SCHOOL_LEAD, "/attendance/illness")
        for field, value in [("from", first_school_day()), ("to", TODAY)]:
            fill_date(browser, field, value)
        click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))

    show_list()
    team = [a.get_attribute("value") for a in browser.find_elements(By.CSS_SELECTOR, "#team option") if a.get_attribute("value")][0]
    dpia, start, review, end = agreement_dates()
    approve_agreement(server, browser, f"Health-related absence: school 200101 and {team}", "medical-education", ["200101", team],
                      ["date-of-birth", "upn", "illness-absence"], ("DPIA-MET-1", dpia), 12, start, review, end)
    show_list()
    Select(browser.find_element(By.ID, "team")).select_by_value(team)
    click_and_load(browser, browser.find_element(By.ID, "send-illness"))
    assert "Sent" in browser.find_element(By.CSS_SELECTOR, "main .notification").text

    sign_in(browser, server, f"safeguardinglead@{team.lower()}.demo", "/inbox/medical-education")
    rows = browser.find_elements(By.CSS_SELECTOR, "#flagged tbody tr")
    assert rows and rows[0].find_elements(By.TAG_NAME, "td")[-1].text == "Nothing recorded yet"
    assert_accessible(browser)
    name = rows[0].find_element(By.TAG_NAME, "a").text
    click_and_load(browser, rows[0].find_element(By.TAG_NAME, "a"))
    assert browser.find_element(By.TAG_NAME, "h1").text == name
    assert not browser.find_elements(By.CSS_SELECTOR, "input[type=radio]:checked")
    assert_accessible(browser)
    pupil = browser.current_url

    browser.find_element(By.ID, "kind-no-action").click()
    click_and_load(browser, browser.find_element(By.ID, "record-action"))
    assert browser.title.startswith("Error: ")
    assert "Enter why no action is needed" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.ID, "kind-no-action").is_selected()
    assert_accessible(browser)

    browser.find_element(By.ID, "kind-referred-to-panel").click()
    browser.find_element(By.ID, "reason").send_keys("Panel meets next week")
    click_and_load(browser, browser.find_element(By.ID, "record-action"))
    assert "What you did is recorded." in browser.find_element(By.CSS_SELECTOR, "main .notification").text
    row = [r for r in browser.find_elements(By.CSS_SELECTOR, "#flagged tbody tr") if r.find_element(By.TAG_NAME, "a").text == name][0]
    assert row.find_elements(By.TAG_NAME, "td")[-1].text.startswith("Referred to the panel: Panel meets next week (")
    assert_accessible(browser)

    browser.get(pupil)
    browser.find_element(By.ID, "kind").click()  # contacted the school
    click_and_load(browser, browser.find_element(By.ID, "record-action"))
    row = [r for r in browser.find_elements(By.CSS_SELECTOR, "#flagged tbody tr") if r.find_element(By.TAG_NAME, "a").text == name][0]
    assert row.find_elements(By.TAG_NAME, "td")[-1].text.startswith("Contacted the school (")
    browser.get(pupil)
    history = browser.find_element(By.ID, "actions").text
    assert "Contacted the school" in history and "Panel meets next week" in history
    assert_accessible(browser)


def test_practice_sets_how_long_it_keeps_its_records(server, browser):
    sign_in(browser, server, "informationgovernancelead@p81001.demo", "/inbox/attendance/retention")
    assert "not set" in browser.find_element(By.ID, "current").text
    assert_accessible(browser)
    browser.find_element(By.ID, "months").send_keys("two years")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Enter the number of months" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.ID, "months").get_attribute("value") == "two years"
    assert_accessible(browser)
    field = browser.find_element(By.ID, "months")
    field.clear()
    field.send_keys("24")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "24 months" in browser.find_element(By.CSS_SELECTOR, "main .notification").text
    assert_accessible(browser)


def test_a_period_without_marks_says_so(server, browser):
    last_year = (first_school_day().replace(year=first_school_day().year - 1)).isoformat()
    sign_in(browser, server, SCHOOL_LEAD, "/")
    browser.get(f"{server.url}/attendance/poor?from={last_year}&to={day(-370)}&below=90")
    notice = browser.find_element(By.ID, "no-marks").text
    assert "No attendance is stored for" in notice and "stored marks cover" in notice


def test_a_file_sent_after_a_time_out_is_kept_and_offered_back(server, browser):
    """Issue 15: a file sent after the session timed out is not lost; its page offers it back after signing in."""
    sign_in(browser, server, SCHOOL_LEAD, "/attendance/import")
    # Thirty-one idle minutes without waiting them: the school lead's sessions were last seen then.
    with sqlite3.connect(os.path.join(server.folder, "data", "sharewell.sqlite")) as db:
        db.execute("UPDATE sessions SET last_seen_at = ? WHERE user_id IN (SELECT id FROM users WHERE email = ?)",
                   (server.now() - 31 * 60, SCHOOL_LEAD))
    folder = tempfile.mkdtemp(prefix="sharewell-kept-")
    path = os.path.join(folder, "autumn marks.csv")
    first = first_school_day().isoformat()
    with open(path, "w") as f:
        f.write(f"upn,date,session,code\nB801200005001,{first},AM,/\nB801200005001,{first},PM,ZZ\n")
    browser.find_element(By.ID, "marks").send_keys(path)
    click_and_load(browser, browser.find_element(By.ID, "send-marks"))
    assert "/sign-in" in browser.current_url and "Your session timed out" in browser.page_source
    browser.find_element(By.ID, "email").send_keys(SCHOOL_LEAD)
    browser.find_element(By.ID, "password").send_keys("demo-password")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert browser.current_url.endswith("/attendance/import")
    notice = browser.find_element(By.CSS_SELECTOR, "#kept-upload .notification").text
    assert notice.startswith("This has not been saved yet: we kept the file ‘autumn marks.csv’ (") and "you sent before your session timed out." in notice
    assert_accessible(browser)

    click_and_load(browser, browser.find_element(By.ID, "import-kept-upload"))
    assert browser.title.startswith("Error: ")
    assert "Line 3, code: ‘ZZ’ is not a DfE attendance code." in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.ID, "discard-kept-upload")
    assert_accessible(browser)

    click_and_load(browser, browser.find_element(By.ID, "discard-kept-upload"))
    assert "We discarded the file you sent before your session timed out" in browser.find_element(By.TAG_NAME, "main").text
    assert not browser.find_elements(By.ID, "kept-upload")
    assert_accessible(browser)


def assert_ready_to_post(browser, letter):
    """Issue 16, item 9: the practice's letterhead; the parent's name and address, a line a part with the
    postcode last, where a DL or C5 window envelope shows it when printed; the child named once in the text."""
    assert letter.find_element(By.CLASS_NAME, "letterhead-name").text
    window = letter.find_element(By.CLASS_NAME, "letter-window")
    lines = window.text.split("\n")
    assert lines[0].startswith("The parent or carer of ") and len(lines) >= 3, lines
    assert re.fullmatch(r"[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}", lines[-1]), lines
    child = lines[0].removeprefix("The parent or carer of ")
    assert letter.text.count(child) == 2, "in the window, and once in the letter"
    box = printed_box(browser, window, "article")
    # 35 mm below the 15 mm page margin: 50 mm from the top of the sheet, 20 mm from its left edge.
    assert abs(box["top"] - 35) < 1 and abs(box["left"]) < 1 and abs(box["width"] - 90) < 1 and abs(box["height"] - 40) < 1, box
