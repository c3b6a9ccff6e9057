"""Issue 15: a marks file too large to import inside the request is imported by a job. The page
leads to the job's progress, and its result lists every problem of the file by line, nothing stored."""
import os
import sqlite3
import tempfile
import time

from selenium.webdriver.common.by import By

from conftest import assert_accessible, click_and_load, first_school_day
from test_identity import sign_in

SCHOOL_LEAD = "safeguardinglead@200101.demo"
# More lines than the page imports at once (ImportMarksJob.linesInRequest).
LINES = 20_400


def roll(server):
    with sqlite3.connect(os.path.join(server.folder, "data", "sharewell.sqlite")) as db:
        return [row[0] for row in db.execute(
            "SELECT local_id FROM person_records WHERE source = 'schoolRoll' AND owner_id = (SELECT id FROM organisations WHERE code = '200101') "
            "ORDER BY local_id")]


def large_file_with_one_bad_line(server):
    """Every pupil on the roll, a session a line, from the first school day; the last morning's code is one no school uses."""
    import datetime
    upns = roll(server)
    days = LINES // (2 * len(upns)) + 1
    lines = ["upn,date,session,code"]
    for upn in upns:
        for d in range(days):
            date = (first_school_day() + datetime.timedelta(days=d)).isoformat()
            lines += [f"{upn},{date},AM,/", f"{upn},{date},PM,\\"]
    lines[-2] = lines[-2].replace(",/", ",ZZ")
    path = os.path.join(tempfile.mkdtemp(prefix="sharewell-large-marks-"), "term.csv")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path, len(lines) - 1


def wait_for_the_result(browser):
    """On the job's page while it runs (it reloads itself every few seconds) until it is done, then to its result."""
    deadline = time.time() + 90
    while "/jobs/" in browser.current_url and browser.find_elements(By.ID, "job-refresh"):
        assert time.time() < deadline, "the job did not finish"
        time.sleep(1)
        browser.refresh()
    if "/jobs/" in browser.current_url:
        click_and_load(browser, browser.find_element(By.ID, "job-back"))


def test_a_large_marks_file_is_imported_by_a_job_that_lists_its_problems(server, browser):
    sign_in(browser, server, SCHOOL_LEAD, "/attendance/import")
    path, bad_line = large_file_with_one_bad_line(server)
    browser.find_element(By.ID, "marks").send_keys(path)
    click_and_load(browser, browser.find_element(By.ID, "send-marks"))
    # A worker in the server's process takes it at once: a quick job leads straight to its result.
    assert "/jobs/" in browser.current_url or "/attendance/import/runs/" in browser.current_url, browser.current_url
    if "/jobs/" in browser.current_url:
        assert browser.find_element(By.TAG_NAME, "h1").text == "Importing attendance marks"
        assert_accessible(browser)
    wait_for_the_result(browser)

    assert "/attendance/import/runs/" in browser.current_url
    assert browser.title.startswith("Error: ")
    summary = browser.find_element(By.CLASS_NAME, "error-summary").text
    assert f"Line {bad_line}, code: ‘ZZ’ is not a DfE attendance code." in summary
    assert browser.find_element(By.ID, "marks-error")
    assert_accessible(browser)

    job = browser.current_url.rsplit("/", 1)[-1]
    browser.get(f"{server.url}/jobs/{job}")
    status = browser.find_element(By.ID, "job-status").text
    assert status.lower().startswith("done") and "Nothing was stored: the file has 1 problem." in status
    assert browser.find_element(By.ID, "job-progress").get_attribute("value") == "3"
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.ID, "job-back"))
    assert "/attendance/import/runs/" in browser.current_url
