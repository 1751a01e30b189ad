"""Steps in the Wagtail admin that several browser journeys share."""


def log_in(page, server, username, password=None):
    """Sign in, starting from no session; by default with the password ``user_in`` gives."""
    page.context.clear_cookies()
    page.goto(f"{server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password or "pw")
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.url}/admin/")


def translate_every_segment(page, title):
    """In the open translation editor, give every segment a Burmese text, the first one ``title``.

    Returns how many segments were translated.
    """
    number = 0
    while page.get_by_role("button", name="Translate", exact=True).count():
        page.get_by_role("button", name="Translate", exact=True).first.click()
        text = title if number == 0 else f"ဘာသာပြန်ထားသော စာသား {number}"
        page.locator(".js-translation-editor textarea").fill(text)
        page.get_by_role("button", name="Save", exact=True).click()
        page.get_by_text(text, exact=True).wait_for()
        number += 1
    return number
