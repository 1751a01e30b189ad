"""seed_bench: a benchmark archive in English and Burmese from the demo's translated publications."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from cms.translation import translate_page
from publications.models import PublicationPage
from search.models import SearchEntry
from tests.factories import PublicationIndexPageFactory, PublicationPageFactory, TopicFactory

pytestmark = pytest.mark.django_db
TITLE, SUMMARY = "Free all political prisoners", "Thousands remain detained."
BURMESE_TITLE, BURMESE_SUMMARY = "နိုင်ငံရေးအကျဉ်းသားအားလုံး လွှတ်ပေးပါ", "ထောင်ပေါင်းများစွာ ဖမ်းဆီးခံထားရဆဲ။"


@pytest.fixture
def demo_like(home, burmese, countries):
    """The part of the demo seed_bench borrows from: a translated index and publication, terms."""
    TopicFactory(name="Elections", slug="elections")
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    template = PublicationPageFactory(parent=index, slug="prisoners", title=TITLE, summary=SUMMARY)
    translate_page(home, burmese)
    translate_page(index, burmese)
    translate_page(template, burmese, {TITLE: BURMESE_TITLE, SUMMARY: BURMESE_SUMMARY})
    return index


def seed(*args):
    call_command("seed_bench", "--no-progress", *args)


def test_seeds_translated_published_publications_once(demo_like, burmese):
    seed("--publications", "3")

    english = PublicationPage.objects.child_of(demo_like).filter(slug__startswith="bench-").order_by("slug")
    assert [page.title for page in english] == [f"{TITLE} ({number})" for number in (1, 2, 3)]
    assert all(page.live and page.topics.exists() and page.countries.exists() for page in english)
    translated = [page.get_translation(burmese) for page in english]
    assert [page.title for page in translated] == [f"{BURMESE_TITLE} ({digit})" for digit in "၁၂၃"]
    assert all(page.live and page.summary == BURMESE_SUMMARY for page in translated)
    assert Translation.objects.filter(source__object_id=english[0].translation_key, target_locale=burmese).exists()
    assert SearchEntry.objects.filter(page_id__in=[page.pk for page in translated]).count() == 3

    seed("--publications", "3")
    assert Page.objects.filter(slug__startswith="bench-").count() == 6  # nothing added twice


def test_reset_removes_both_languages(demo_like):
    seed("--publications", "2")
    seed("--publications", "1", "--reset")
    assert Page.objects.filter(slug__startswith="bench-").count() == 2


def test_needs_the_demo(home):
    with pytest.raises(CommandError, match="load_demo"):
        seed("--publications", "1")
