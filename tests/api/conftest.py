"""Content for the API tests: every page type, in English and Burmese, with images and documents.

Text that a page shows carries a marker word (``Mk0001x``…), so a test can find each
rendered value in the HTML and look for it in the API.
"""

import datetime
import itertools
import json
import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail_factories import ImageFactory

from cms.translation import translate_page
from tests.factories import (
    CampaignPageFactory,
    ContentPageFactory,
    CountryFactory,
    NetworkPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    TopicFactory,
    make_home,
)
from tests.module_data import fresh, references, rolled_back

MARKER = re.compile(r"Mk\d{4}x")
EMBED_URL = "https://video.example.org/v/1"


class Markers:
    """Hands out unique marker words."""

    def __init__(self):
        self._numbers = itertools.count(1)

    def __call__(self, text=""):
        return f"{text} Mk{next(self._numbers):04d}x".strip()


def markers_in(text):
    return set(MARKER.findall(text))


def api_text(response):
    return json.dumps(response.json(), ensure_ascii=False)


def make_document(title, name="file.pdf", content=b"%PDF-1.4\n%test\n"):
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(content), save=False)
    document._set_document_file_metadata()  # size and hash, as Wagtail's upload form does
    document.save()
    return document


def every_block(mark, image, document, page, topic):
    """Raw StreamField data with one block of each kind, every text marked."""
    return json.dumps(
        [
            {
                "type": "text",
                "value": f'<h2>{mark()}</h2><p>{mark()} <a id="{page.pk}" linktype="page">{mark()}</a></p>',
            },
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": mark(), "caption": mark(), "credit": mark()},
            },
            {"type": "quote", "value": {"quote": mark(), "attribution": mark(), "role": mark()}},
            {
                "type": "call_to_action",
                "value": {
                    "heading": mark(),
                    "text": mark(),
                    "button_label": mark(),
                    "page": page.pk,
                    "url": "",
                    "email": "",
                },
            },
            {
                "type": "figures",
                "value": {"heading": mark(), "figures": [{"value": "100+", "label": mark()}]},
            },
            {
                "type": "documents",
                "value": {
                    "heading": mark(),
                    "documents": [{"document": document.pk, "title": mark(), "language": "my"}],
                },
            },
            {"type": "embed", "value": {"embed": EMBED_URL, "caption": mark()}},
            {
                "type": "relevant_publications",
                "value": {"heading": mark(), "topics": [topic.pk], "types": [], "limit": 3},
            },
        ]
    )


@pytest.fixture(scope="module")
def built_content(django_db_setup, django_db_blocker):
    """``content``, built once for the module and rolled back after its last test: what to find it by."""
    with rolled_back(django_db_blocker):
        yield references(build_content(make_home("home-content"), Locale.objects.get(language_code="my"), Markers()))


@pytest.fixture
def content(db, built_content):
    """A site with one page of each type (marked), publications with documents, and Burmese translations.

    Each test gets its own copies of the objects, read afresh; what it changes is rolled back after it.
    """
    return fresh(built_content)


def build_content(home, burmese, mark):
    image = ImageFactory(title="A photo", file__width=900, file__height=600)
    document = make_document(mark("Report file"), "report.pdf")
    topic = TopicFactory(name=mark("Topic"), slug="democracy")
    country = CountryFactory(name=mark("Country"), code="mm")
    index = PublicationIndexPageFactory(parent=home, slug="publications", intro=f"<p>{mark()}</p>", show_in_menus=True)
    publications = []
    for number in range(3):
        publication = PublicationPageFactory(
            parent=index,
            title=mark("Publication"),
            slug=f"publication-{number}",
            summary=mark(),
            issued_by=mark(),
            date=datetime.date(2021, 3 + number, 1),
            topics=[topic],
            countries=[country],
        )
        publication.documents.create(document=make_document(mark("Statement file"), f"s{number}.pdf"), language="en")
        publication.save_revision().publish()
        publications.append(publication)
    about = ContentPageFactory(parent=home, title=mark("About"), slug="about", intro=mark(), show_in_menus=True)
    about.body = every_block(mark, image, document, publications[0], topic)
    about.save_revision().publish()
    campaign = CampaignPageFactory(
        parent=home,
        title=mark("Campaign"),
        slug="campaign",
        intro=mark(),
        problem_heading=mark(),
        problem=f"<p>{mark()}</p>",
        response_heading=mark(),
        response=f"<p>{mark()}</p>",
        join_heading=mark(),
        join_text=f"<p>{mark()}</p>",
        join_email="join@example.org",
        featured_statement=publications[1],
        hero_image=image,
        body=json.dumps(
            [
                {
                    "type": "relevant_publications",
                    "value": {"heading": mark(), "topics": [topic.pk], "latest": False, "types": [], "limit": 3},
                }
            ]
        ),
        show_in_menus=True,
    )
    network = NetworkPageFactory(
        parent=home,
        title=mark("Network"),
        slug="network",
        about=f"<p>{mark()}</p>",
        vision=mark(),
        mission=mark(),
        who_we_are=f"<p>{mark()}</p>",
        work_heading=mark(),
        contact_email="network@example.org",
        website="https://network.example.org/",
    )
    network.figures = json.dumps([{"type": "figure", "value": {"value": "60%", "label": mark()}}])
    network.work_areas = json.dumps([{"type": "area", "value": {"title": mark(), "description": mark()}}])
    network.save_revision().publish()
    home.hero_heading = mark()
    home.hero_intro = mark()
    home.hero_image = image
    home.spotlight = campaign
    home.body = json.dumps([{"type": "quote", "value": {"quote": mark(), "attribution": "", "role": ""}}])
    home.save_revision().publish()
    burmese_home = translate_page(home, burmese, {home.title: "ပင်မ"})
    burmese_index = translate_page(index, burmese, {index.title: "ထုတ်ပြန်ချက်များ"})
    burmese_publication = translate_page(publications[0], burmese, {publications[0].title: "ကြေညာချက် တစ်ခု"})
    return {
        "home": home,
        "index": index,
        "publications": publications,
        "about": about,
        "campaign": campaign,
        "network": network,
        "image": image,
        "document": document,
        "topic": topic,
        "country": country,
        "burmese_home": burmese_home,
        "burmese_index": burmese_index,
        "burmese_publication": burmese_publication,
    }
