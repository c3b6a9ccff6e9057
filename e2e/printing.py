"""Where print puts things: the page laid out for paper (print media emulated), measured in millimetres."""
MM = 96 / 25.4  # CSS pixels in a millimetre


def printed_box(browser, element, within):
    """`element`'s box relative to its ancestor matching the selector `within`, in mm, as printed."""
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        box = browser.execute_script("""
            const box = arguments[0].getBoundingClientRect(), outer = arguments[0].closest(arguments[1]).getBoundingClientRect();
            return {top: box.top - outer.top, left: box.left - outer.left, width: box.width, height: box.height};""", element, within)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    return {key: value / MM for key, value in box.items()}
