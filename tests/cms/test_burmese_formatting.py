"""Burmese dates, digits and chrome: /my/ pages read as Burmese, with no English template text."""

import datetime
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import timezone, translation

from cms.numerals import burmese_digits, localize_digits
from cms.translation import translate_page
from tests.factories import PublicationIndexPageFactory, PublicationPageFactory

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "my" / "LC_MESSAGES"


def test_burmese_digits_are_digits_not_letters():
    assert burmese_digits(2021) == "၂၀၂၁"
    assert burmese_digits("10") == "\u1041\u1040"  # U+1040 is the digit zero, not the letter wa (U+101D)
    assert localize_digits(57, "en") == "57"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("my", "၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ ၁ ရက်"), ("en", "1 February 2021")],
)
def test_local_date(language, expected):
    template = Template("{% load locale_format %}{{ day|local_date }}")
    with translation.override(language):
        assert template.render(Context({"day": datetime.date(2021, 2, 1)})) == expected


def test_time_element_is_kept_apart_per_language():
    template = Template("{% load locale_format %}{{ day|time_element }}")
    day = datetime.date(2021, 2, 1)
    rendered = {}
    for language in ("en", "my", "en", "my"):  # the second time from the kept formatting
        with translation.override(language):
            rendered.setdefault(language, set()).add(template.render(Context({"day": day})))

    assert rendered == {
        "en": {'<time datetime="2021-02-01">1 February 2021</time>'},
        "my": {'<time datetime="2021-02-01">၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ ၁ ရက်</time>'},
    }


def test_a_moment_falls_on_its_date_in_the_active_time_zone():
    template = Template("{% load locale_format %}{{ moment|local_date }} {{ moment|time_element }}")
    evening_in_london = datetime.datetime(2021, 2, 1, 20, 0, tzinfo=datetime.UTC)  # 02:30 on the 2nd in Yangon
    with translation.override("en"), timezone.override("Asia/Yangon"):
        assert template.render(Context({"moment": evening_in_london})) == (
            '2 February 2021 <time datetime="2021-02-02">2 February 2021</time>'
        )


def test_digits_filter_escapes_and_converts():
    template = Template("{% load locale_format %}{{ value|digits }}")
    with translation.override("my"):
        assert template.render(Context({"value": "<b>12</b>"})) == "&lt;b&gt;၁၂&lt;/b&gt;"
        assert template.render(Context({"value": 0})) == "၀"


def test_catalogue_is_complete_and_compiled():
    po = polib.pofile(str(CATALOGUE / "django.po"))
    mo = {entry.msgid: entry for entry in polib.mofile(str(CATALOGUE / "django.mo"))}
    assert po.percent_translated() == 100
    assert not [entry.msgid for entry in po if "fuzzy" in entry.flags]
    for entry in po:
        compiled = mo[entry.msgid]
        assert (compiled.msgstr or compiled.msgstr_plural) == (entry.msgstr or entry.msgstr_plural), entry.msgid


class VisibleText(HTMLParser):
    """The text a reader sees, without scripts and the language switcher (it names English in English)."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip_depth = [], 0

    def handle_starttag(self, tag, attrs):
        if self.skip_depth or tag in {"script", "style"} or ("class", "language-switcher") in attrs:
            self.skip_depth += tag != "br"

    def handle_endtag(self, tag):
        if self.skip_depth:
            self.skip_depth -= 1

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)


def literal_part(msgid):
    """The longest stretch of a message without placeholders."""
    return max((part.strip(" “”:") for part in re.split(r"%\(\w+\)[sd]", msgid)), key=len)


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    text = re.sub(r"https?://\S+", "", " ".join(parser.parts))  # addresses, e.g. in the citation
    return " ".join(text.split())


def test_burmese_pages_have_no_english_template_text(client, home, burmese):
    index = PublicationIndexPageFactory(parent=home, title="Library", slug="publications")
    page = PublicationPageFactory(parent=index, title="Library item", summary="Words.", date=datetime.date(2021, 2, 1))
    strings = {"Home": "ပင်မ", "Library": "စာကြည့်တိုက်", "Library item": "စာတမ်း", "Words.": "စကားလုံးများ။"}
    translate_page(home, burmese, strings)
    translate_page(index, burmese, strings)
    translate_page(page, burmese, strings)
    english = [literal_part(entry.msgid) for entry in polib.pofile(str(CATALOGUE / "django.po"))]
    english = [fragment for fragment in english if len(fragment) > 3]

    for path in (
        "/my/",
        "/my/publications/",
        "/my/publications/?q=zzz&type=report",
        "/my/publications/library-item/",
        "/my/missing/",
    ):
        html = client.get(path).content.decode()
        assert '<html lang="my">' in html, path
        text = visible_text(html)
        leaked = [fragment for fragment in english if fragment in text]
        assert not leaked, (path, leaked)

    item = client.get("/my/publications/library-item/").content.decode()
    assert "၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ ၁ ရက်" in item
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/publications/library-item/">' in item
    assert '<link rel="alternate" hreflang="my" href="http://testserver/my/publications/library-item/">' in item
