"""A site in English and Burmese with pages to search, and a second site that must never leak."""

import datetime

import pytest
from wagtail.models import Locale, Page, Site

from cms.translation import translate_page
from tests.factories import (
    ContentPageFactory,
    HomePageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    make_home,
)
from tests.module_data import fresh, references, rolled_back


@pytest.fixture(scope="module")
def built_searchable(django_db_setup, django_db_blocker):
    """``searchable``, built once for the module and rolled back after its last test."""
    with rolled_back(django_db_blocker):
        yield references(build_searchable(make_home("home-search"), Locale.objects.get(language_code="my")))


@pytest.fixture
def searchable(db, built_searchable):
    """English pages with known words; their Burmese translations; another site's page.

    Each test reads its own copies; what it changes is rolled back after it.
    """
    return fresh(built_searchable)


def build_searchable(home, burmese):
    about = ContentPageFactory(
        parent=home, title="About the alliance", slug="about", intro="Parliamentarians for democracy in Myanmar."
    )
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    elections = PublicationPageFactory(
        parent=index,
        title="Statement on the sham elections",
        slug="elections",
        summary="The junta's elected bodies are not a parliament. Human rights defenders were arrested.",
        date=datetime.date(2025, 12, 1),
    )
    prisoners = PublicationPageFactory(
        parent=index,
        title="Release detained members of parliament",
        slug="prisoners",
        publication_type="report",
        summary="Rights of detained MPs. Rights human and civil.",
        date=datetime.date(2021, 4, 20),
    )
    translate_page(home, burmese)
    translate_page(index, burmese)
    burmese_about = translate_page(
        about,
        burmese,
        {
            "About the alliance": "မဟာမိတ်အဖွဲ့အကြောင်း",
            "Parliamentarians for democracy in Myanmar.": "မြန်မာနိုင်ငံ ဒီမိုကရေစီအတွက် ပါလီမန်အမတ်များ။",
        },
    )
    other_root = HomePageFactory(parent=Page.get_first_root_node(), title="Other network", slug="other")
    Site.objects.create(hostname="other.localhost", port=80, root_page=other_root)
    other = ContentPageFactory(parent=other_root, title="Democracy elsewhere", slug="elsewhere", intro="Elections too.")
    return {
        "home": home,
        "about": about,
        "index": index,
        "elections": elections,
        "prisoners": prisoners,
        "burmese_about": burmese_about,
        "other": other,
    }
