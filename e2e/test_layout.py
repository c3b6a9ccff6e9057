"""Issue 16, items 1 and 10: pages that work on a phone and on a desktop. Every `assert_accessible`
call already checks axe, sideways scrolling and the main panel at 1280 and 390 px; here, a few
representative pages are also read at 320 CSS px (WCAG 1.4.10) and with text at 200% (1.4.4), the
navigation is checked on a phone, and link-buttons are checked once visited."""
import pytest
from selenium.webdriver.common.by import By

from conftest import assert_fits_panel, click_and_load, scrolls_sideways, set_viewport
from test_identity import sign_in

PRACTICE_IG = "informationgovernancelead@p81001.demo"
# A practice's IG lead sees most of the navigation (its safeguarding lead has set up two-factor by now).
PAGES = ["/", "/directory", "/directory?q=a", "/agreements", "/decisions", "/early-help", "/users", "/api-tokens"]


@pytest.fixture
def restored(browser):
    """The browser back at the width it started at, and text at its own size, whatever the test did."""
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_pages_reflow_at_320_px_and_with_text_at_200_percent(server, restored):
    browser = restored
    sign_in(browser, server, PRACTICE_IG)
    for path in PAGES:
        browser.get(server.url + path)
        assert "/sign-in" not in browser.current_url
        for width, text in [(320, "100%"), (1280, "200%"), (640, "200%")]:
            set_viewport(browser, width, 800)
            browser.execute_script("document.documentElement.style.fontSize = arguments[0]", text)
            assert scrolls_sideways(browser) <= 0, f"{path} scrolls sideways by {scrolls_sideways(browser)} px at {width} px, text {text}"
            assert_fits_panel(browser)
            headings = browser.execute_script("return [...document.querySelectorAll('main h1, main h2')].filter(h => h.scrollWidth > h.clientWidth).length")
            assert headings == 0, f"{path}: a heading is cut off at {width} px, text {text}"


def test_navigation_wraps_inside_the_header_on_a_phone(server, restored):
    browser = restored
    sign_in(browser, server, PRACTICE_IG)
    set_viewport(browser, 390, 844)
    links = browser.find_elements(By.CSS_SELECTOR, "header nav a")
    assert len(links) >= 5 and "Agreements" in {link.text for link in links}, [link.text for link in links]
    header = browser.find_element(By.TAG_NAME, "header").rect
    for link in links:
        box = link.rect
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, f"{link.text} is off the screen: {box}"
        assert header["y"] <= box["y"] and box["y"] + box["height"] <= header["y"] + header["height"], f"{link.text} is outside the black header"


def test_link_buttons_keep_their_colours_once_visited(server, restored):
    """Purple on green was 1.6:1. A page cannot read a visited link's colour (browsers hide it), so
    the browser's own inspector is asked, with the link forced into :visited."""
    browser = restored
    sign_in(browser, server, PRACTICE_IG, "/agreements")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "main a.button"))
    browser.back()
    browser.execute_script("document.activeElement.blur()")  # the link keeps its focus style otherwise
    browser.execute_cdp_cmd("DOM.enable", {})
    browser.execute_cdp_cmd("CSS.enable", {})
    root = browser.execute_cdp_cmd("DOM.getDocument", {})["root"]["nodeId"]
    node = browser.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": "main a.button"})["nodeId"]
    browser.execute_cdp_cmd("CSS.forcePseudoState", {"nodeId": node, "forcedPseudoClasses": ["visited"]})
    style = {p["name"]: p["value"] for p in browser.execute_cdp_cmd("CSS.getComputedStyleForNode", {"nodeId": node})["computedStyle"]}
    # White on the button's green, or on its darker hover green if the pointer is still over it.
    assert style["color"] == "rgb(255, 255, 255)" and style["background-color"] in {"rgb(0, 112, 60)", "rgb(0, 90, 48)"}, (style["color"], style["background-color"])


def test_a_pupils_registered_practice_is_named_and_linked(server, browser):
    """Issue 16, item 10: the record page names the registered practice and links its directory entry."""
    sign_in(browser, server, "safeguardinglead@200101.demo", "/records")
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "#records tbody tr a"))
    link = browser.find_element(By.CSS_SELECTOR, "#registered-practice a")
    code = link.get_attribute("href").rsplit("/", 1)[-1]
    assert link.text.endswith(f"({code})") and len(link.text) > len(code) + 3, link.text
    click_and_load(browser, link)
    assert code in browser.find_element(By.TAG_NAME, "main").text
