"""An information sharing agreement made through the pages: drafted by the first party's IG lead,
approved by every party's IG lead (the pathways' browser tests need one before anything moves)."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import click_and_load, fill_date
from test_identity import sign_in


def approve_agreement(server, browser, title, purpose, parties, items, dpia, retention_months, start, review, end):
    """`items` are the data items' values after the first (`name`, always allowed); no discloser, bulk."""
    sign_in(browser, server, f"informationgovernancelead@{parties[0].lower()}.demo", "/agreements/new")
    browser.find_element(By.ID, "title").send_keys(title)
    Select(browser.find_element(By.ID, "purpose")).select_by_value(purpose)
    field = browser.find_element(By.ID, "parties")
    field.clear()
    field.send_keys(", ".join(parties))
    browser.find_element(By.ID, "mode").click()  # bulk
    for item in ["dataItems"] + [f"dataItems-{value}" for value in items]:
        browser.find_element(By.ID, item).click()
    browser.find_element(By.ID, "legalBases-uk-gdpr-6-1-e").click()
    for name, value in [("dpiaReference", dpia[0]), ("retentionMonths", str(retention_months))]:
        element = browser.find_element(By.ID, name)
        element.clear()
        element.send_keys(value)
    for name, value in [("dpiaDate", dpia[1]), ("start", start), ("review", review), ("end", end)]:
        fill_date(browser, name, value)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert browser.find_elements(By.ID, "approve"), browser.find_element(By.TAG_NAME, "main").text[:600]
    agreement = browser.current_url
    click_and_load(browser, browser.find_element(By.ID, "approve"))
    for party in parties[1:]:
        sign_in(browser, server, f"informationgovernancelead@{party.lower()}.demo", "/")
        browser.get(agreement)
        click_and_load(browser, browser.find_element(By.ID, "approve"))
    assert browser.find_element(By.CSS_SELECTOR, "main .tag").text.lower() == "active"
