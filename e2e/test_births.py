"""Issue 18: live births to children's centres on demo data. Maternity uploads births (one with
do-not-contact, one without consent, one in no catchment); the centre sees exactly the families it
may contact and the area's counts; records a welcome visit and the registration (a date before the
birth refused); a later do-not-contact withdraws the family. Axe on every page."""
import datetime
import os
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from conftest import TODAY, assert_accessible, click_and_load, fill_date
from test_identity import sign_in

MATERNITY, CENTRE, TEAM = "rx402", "600101", "353-ey"
HEADER = "birth_id,baby_date_of_birth,parent_given_name,parent_family_name,address,postcode,consent,do_not_contact,nhs_number,consent_method,consent_date"


def births_file(sector, listed_do_not_contact="no"):
    born = TODAY.isoformat()
    lines = [HEADER,
             f"E2E-1,{born},Edith,Tester,1 Test Row,{sector}BA,yes,{listed_do_not_contact},,first visit form,{born}",
             f"E2E-2,{born},Bertha,Mourned,2 Test Row,{sector}BB,yes,yes,,,",
             f"E2E-3,{born},Norah,Declined,3 Test Row,{sector}BD,no,no,,,",
             f"E2E-4,{born},Olive,Faraway,4 Far Row,AW9 9ZY,yes,no,,,"]
    return "\n".join(lines) + "\n"


def send(browser, server, text):
    sign_in(browser, server, f"practitioner@{MATERNITY}.demo", "/births/send")
    path = os.path.join(tempfile.mkdtemp(), "births.csv")
    with open(path, "w") as f:
        f.write(text)
    browser.find_element(By.ID, "births").send_keys(path)
    click_and_load(browser, browser.find_element(By.ID, "send-births"))


def main_text(browser):
    return browser.find_element(By.TAG_NAME, "main").text


def test_births_reach_the_centre(server, browser):
    # The early years team's catchments: the centre's first sector, and an overlap refused.
    sign_in(browser, server, f"practitioner@{TEAM}.demo", "/births/catchments")
    assert_accessible(browser)
    sector = browser.find_element(By.ID, f"sectors-{CENTRE}").get_attribute("value").split(";")[0].strip()
    assert sector, "the demo's centre has a catchment"
    other = browser.find_elements(By.CSS_SELECTOR, "form.catchment input[name=sectors]")[1]
    other_id = other.get_attribute("id")
    other.clear()
    other.send_keys(sector)
    click_and_load(browser, browser.find_element(By.ID, other_id.replace("sectors-", "save-")))
    summary = browser.find_element(By.CLASS_NAME, "error-summary").text
    assert f"{sector} is already in the catchment of" in summary, summary
    assert browser.find_element(By.ID, other_id).get_attribute("value") == sector, "what was typed is kept"
    assert_accessible(browser)

    # Maternity: a bad file is refused whole, line and field named (a postcode; a baby born
    # tomorrow); then the births go.
    send(browser, server, births_file(sector).replace("AW9 9ZY", "NOWHERE"))
    assert "Line 5, postcode" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)
    tomorrow = (TODAY + datetime.timedelta(days=1)).isoformat()
    send(browser, server, births_file(sector).replace(f"E2E-1,{TODAY.isoformat()}", f"E2E-1,{tomorrow}"))
    summary = browser.find_element(By.CLASS_NAME, "error-summary").text
    assert f"Line 2, baby_date_of_birth: The baby's date of birth must be today or in the past, not ‘{tomorrow}’" in summary, summary
    send(browser, server, births_file(sector))
    notice = browser.find_element(By.ID, "births-summary").text
    assert "Births stored: 4 new, 0 updated. 1 family is on a children's centre's list" in notice, notice
    assert_accessible(browser)

    # The team sees the birth in no catchment, to resolve.
    sign_in(browser, server, f"practitioner@{TEAM}.demo", "/births")
    assert "Olive Faraway" in main_text(browser)
    assert_accessible(browser)

    # The centre: exactly the families it may contact, and the area's counts (1 to 7 as *).
    sign_in(browser, server, f"practitioner@{CENTRE}.demo", "/births")
    text = main_text(browser)
    assert "Edith Tester" in text, text[:800]
    for hidden in ["Bertha Mourned", "Norah Declined", "Olive Faraway", "Leah Morris", "Nadia Hussain"]:
        assert hidden not in text, hidden
    totals = browser.find_element(By.ID, "area-totals").text.split("\n")
    # 9 births beside a list of 5 would count the 4 families not to contact: hidden, as is the consented.
    assert totals == ["Births in the area", "*", "Consented to hear from the centre", "*", "To contact", "5"], totals
    assert_accessible(browser)

    # A welcome visit and the registration, dated in three boxes.
    click_and_load(browser, browser.find_element(By.LINK_TEXT, "Edith Tester"))
    birth = browser.current_url
    assert_accessible(browser)
    fill_date(browser, "welcome-on", TODAY)
    click_and_load(browser, browser.find_element(By.ID, "record-welcome"))
    assert "Choose how the family was welcomed" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.ID, "welcome-on-year").get_attribute("value") == str(TODAY.year), "what was typed is kept"
    assert_accessible(browser)
    browser.find_element(By.ID, "method-visit").click()
    # The baby was born today: a welcome the day before is refused, the date named, what was typed kept.
    yesterday = TODAY - datetime.timedelta(days=1)
    fill_date(browser, "welcome-on", yesterday)
    click_and_load(browser, browser.find_element(By.ID, "record-welcome"))
    summary = browser.find_element(By.CLASS_NAME, "error-summary").text
    assert "The date of the welcome contact must be on or after the baby's birth" in summary, summary
    assert browser.find_element(By.ID, "welcome-on").get_attribute("value") == str(yesterday.day), "what was typed is kept"
    assert browser.find_element(By.ID, "method-visit").is_selected(), "the method chosen is kept"
    assert_accessible(browser)
    fill_date(browser, "welcome-on", TODAY)
    click_and_load(browser, browser.find_element(By.ID, "record-welcome"))
    assert "The welcome contact is recorded." in main_text(browser)
    browser.get(birth)
    fill_date(browser, "registered-on", TODAY)
    click_and_load(browser, browser.find_element(By.ID, "record-registration"))
    row = [r.text for r in browser.find_elements(By.CSS_SELECTOR, "#to-contact tbody tr") if "Edith Tester" in r.text][0]
    assert f"Visit, {TODAY.isoformat()}" in row and row.endswith(TODAY.isoformat()), row
    assert browser.find_element(By.ID, "reach").is_displayed()
    assert_accessible(browser)

    browser.get(server.url + "/births/digest")
    text = main_text(browser)
    assert "Edith Tester" in text
    assert f"({CENTRE})." in browser.find_element(By.ID, "digest-of").text and "Children" in browser.find_element(By.ID, "digest-of").text, text[:400]
    assert_accessible(browser)

    # A later do-not-contact withdraws the family at once; the centre is told only "withdrawn".
    send(browser, server, births_file(sector, listed_do_not_contact="yes"))
    sign_in(browser, server, f"practitioner@{CENTRE}.demo", "/births")
    text = main_text(browser)
    assert "Edith Tester" not in text and "1 family was withdrawn" in text, text[:800]
    assert_accessible(browser)
    browser.get(birth)
    assert "Edith Tester" not in main_text(browser)


VISITOR = "rx401"


def test_team_around_the_family_and_referral(server, browser):
    """Issue 18, item 4: the early years team's centre teams; a registration with the parent's
    consent forms the family's team; health visiting and the centre share within it; a health
    visitor refers a vulnerable family with the parent's permission. Axe on every page."""
    sign_in(browser, server, f"practitioner@{TEAM}.demo", "/births/teams")
    assert "the centre's team" in main_text(browser)
    listed = browser.find_element(By.CSS_SELECTOR, f"form[action='/births/teams/{CENTRE}'] input[value='{VISITOR.upper()}']")
    assert listed.is_selected(), "the demo lists health visiting in the centre's team"
    assert_accessible(browser)

    # The centre registers a family whose parent consents to the team.
    sign_in(browser, server, f"practitioner@{CENTRE}.demo", "/births")
    click_and_load(browser, browser.find_element(By.LINK_TEXT, "Amira Khan"))
    assert "Ashworth Health Visiting Service (RX401)" in main_text(browser)
    fill_date(browser, "registered-on", TODAY)
    browser.find_element(By.ID, "team").click()
    click_and_load(browser, browser.find_element(By.ID, "record-registration"))
    assert "the family's team is formed: 1 member was sent the family" in main_text(browser), main_text(browser)[:600]
    assert "Amira Khan" in browser.find_element(By.ID, "team-families").text
    assert_accessible(browser)

    # Health visiting sees the family and shares; an empty note comes back with an error.
    sign_in(browser, server, f"practitioner@{VISITOR}.demo", "/births/families")
    click_and_load(browser, browser.find_element(By.LINK_TEXT, "Amira Khan"))
    family = browser.current_url
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.ID, "share-note"))
    assert "Enter the information to share" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)
    browser.find_element(By.ID, "note").send_keys("Feeding well; 4.1 kg at the 14-day visit.")
    click_and_load(browser, browser.find_element(By.ID, "share-note"))
    assert "Shared with 1 member of the team." in main_text(browser)
    assert "Feeding well; 4.1 kg at the 14-day visit." in browser.find_element(By.ID, "team-notes").text

    # The centre sees what health visiting shared.
    sign_in(browser, server, f"practitioner@{CENTRE}.demo", "/births/families")
    browser.get(family)
    assert "Feeding well; 4.1 kg at the 14-day visit." in browser.find_element(By.ID, "team-notes").text
    assert_accessible(browser)

    # The 14-day referral: refused without the parent's permission (what was typed kept), then sent.
    sign_in(browser, server, f"practitioner@{VISITOR}.demo", "/births/referrals/new")
    assert_accessible(browser)
    for field, value in [("parent-given-name", "Fay"), ("parent-family-name", "Referred"), ("address", "6 Mill Lane"), ("reason", "Isolated first-time parent")]:
        browser.find_element(By.ID, field).send_keys(value)
    browser.find_element(By.ID, "postcode").send_keys("AW9 9ZX")
    born = TODAY - datetime.timedelta(days=14)
    fill_date(browser, "born", born)
    fill_date(browser, "permission-on", TODAY)
    click_and_load(browser, browser.find_element(By.ID, "send-referral"))
    assert "A family is referred only with the parent's permission" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert browser.find_element(By.ID, "parent-family-name").get_attribute("value") == "Referred", "what was typed is kept"
    assert_accessible(browser)
    browser.find_element(By.ID, "permission").click()
    click_and_load(browser, browser.find_element(By.ID, "send-referral"))
    assert "The family is referred." in main_text(browser)
    assert "Fay Referred" in browser.find_element(By.ID, "referrals").text
    assert_accessible(browser)

    # The early years team resolves a birth in no catchment: the family is sent on to a centre.
    sign_in(browser, server, f"practitioner@{TEAM}.demo", "/births")
    click_and_load(browser, browser.find_element(By.LINK_TEXT, "Chloe Price"))
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.ID, "resolve-birth"))
    assert "Choose the children's centre" in browser.find_element(By.CLASS_NAME, "error-summary").text
    assert_accessible(browser)
    Select(browser.find_element(By.ID, "centre")).select_by_value(CENTRE)
    click_and_load(browser, browser.find_element(By.ID, "resolve-birth"))
    assert "The family is sent to the children's centre." in main_text(browser)
    assert "Chloe Price" not in browser.find_element(By.ID, "to-contact").text
    sign_in(browser, server, f"practitioner@{CENTRE}.demo", "/births")
    assert "Chloe Price" in browser.find_element(By.ID, "to-contact").text

    # A postcode in no catchment goes to the early years team, which records the first contact.
    sign_in(browser, server, f"practitioner@{TEAM}.demo", "/births/referrals")
    click_and_load(browser, browser.find_element(By.LINK_TEXT, "Fay Referred"))
    assert "Isolated first-time parent" in main_text(browser)
    assert_accessible(browser)
    fill_date(browser, "contacted-on", TODAY)
    click_and_load(browser, browser.find_element(By.ID, "record-contact"))
    assert "The first contact is recorded." in main_text(browser)
    assert_accessible(browser)
