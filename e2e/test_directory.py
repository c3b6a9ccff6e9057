"""Issue 3: find a GP practice's safeguarding lead in the directory, on every page no WCAG 2.2 AA violation."""
from selenium.webdriver.common.by import By

from conftest import assert_accessible, click_and_load


def test_find_a_practice_safeguarding_lead(server, browser):
    practice = server.get_json("/api/v1/organisations?kind=gpPractice")["organisations"][0]
    lead_phone = practice["safeguardingLead"]["directPhone"]

    browser.get(server.url + "/")
    assert browser.title == "Sharewell"
    assert_accessible(browser)

    click_and_load(browser, browser.find_element(By.LINK_TEXT, "Directory"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Directory"
    assert_accessible(browser)

    search = browser.find_element(By.ID, "q")
    search.send_keys(practice["name"])
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "form.search-form button[type=submit]"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    row = next(r for r in rows if practice["name"] in r.text)
    assert row.find_elements(By.TAG_NAME, "td")[3].text == lead_phone
    assert_accessible(browser)

    click_and_load(browser, row.find_element(By.LINK_TEXT, practice["name"]))
    assert browser.find_element(By.TAG_NAME, "h1").text == practice["name"]
    lead = browser.find_element(By.ID, "lead")
    assert practice["safeguardingLead"]["name"] in lead.text
    assert lead_phone in lead.text
    assert_accessible(browser)


def test_filter_by_kind_and_home_search(server, browser):
    browser.get(server.url + "/")
    browser.find_element(By.ID, "home-q").send_keys("P8100")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main button[type=submit]"))
    codes = [r.find_elements(By.TAG_NAME, "td")[1].text for r in browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")]
    assert codes and all(code.startswith("P8100") for code in codes)

    browser.get(server.url + "/directory?kind=childrensCentre")
    names = [r.text for r in browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")]
    assert names and all("Children's centre" in n for n in names)


def test_errors_are_explained_and_accessible(server, browser):
    browser.get(server.url + "/directory?q=mill&kind=hospital")
    assert browser.title.startswith("Error: ")
    summary = browser.find_element(By.CLASS_NAME, "error-summary")
    assert "There is a problem" in summary.text
    summary.find_element(By.TAG_NAME, "a").click()
    assert browser.switch_to.active_element.get_attribute("id") == "kind"
    assert browser.find_element(By.ID, "q").get_attribute("value") == "mill"
    assert_accessible(browser)

    browser.get(server.url + "/directory/NOPE99")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Page not found"
    assert_accessible(browser)


def test_works_without_javascript(server):
    """The pages use no script at all: the server's own policy forbids it."""
    import urllib.request
    with urllib.request.urlopen(server.url + "/directory?q=surgery") as response:
        html = response.read().decode()
        assert "<script" not in html
        assert "script-src 'none'" in response.headers["Content-Security-Policy"]


def test_search_by_lead_or_postcode(server, browser):
    """Issue 16, item 10: the directory finds an organisation by its safeguarding lead's name or its postcode."""
    practice = server.get_json("/api/v1/organisations?kind=gpPractice")["organisations"][0]
    for text in [practice["safeguardingLead"]["name"], practice["address"]["postcode"].replace(" ", "").lower()]:
        browser.get(server.url + "/directory")
        browser.find_element(By.ID, "q").send_keys(text)
        click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "form.search-form button[type=submit]"))
        names = [r.find_element(By.TAG_NAME, "a").text for r in browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")]
        assert practice["name"] in names, (text, names)
    assert_accessible(browser)
