"""Burmese relevance: at least 200 queries over demo text and generated pages, precision 100%, recall ≥ 95%."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from cms.translation import translate_page
from home.demo.burmese import BURMESE
from search.relevance import evaluate, generated_texts, sample_queries, syllable_inventory
from search.results import site_entries
from tests.factories import ContentPageFactory, make_home
from tests.module_data import fresh, references, rolled_back

pytestmark = pytest.mark.django_db
QUERIES = 240


@pytest.fixture(scope="module")
def built_burmese_site(django_db_setup, django_db_blocker):
    """``burmese_site``, built once for the module and rolled back after its last test."""
    with rolled_back(django_db_blocker):
        yield references(build_burmese_site(make_home("home-relevance"), Locale.objects.get(language_code="my")))


@pytest.fixture
def burmese_site(db, built_burmese_site):
    """A Burmese home page with pages of demo and generated Burmese text."""
    return fresh(built_burmese_site)


def build_burmese_site(home, burmese):
    root = translate_page(home, burmese)
    real = [text for text in BURMESE.values() if any("\u1000" <= char <= "\u109f" for char in text)]
    texts = real[::3] + generated_texts(30, syllable_inventory(BURMESE.values()), seed=7)
    for number, text in enumerate(texts):
        page = ContentPageFactory(parent=root, slug=f"t-{number}", title=text[:40], intro=text[:500])
        page.save_revision().publish()
    return root


def test_precision_and_recall(burmese_site):
    texts = [f"{entry.title} {entry.text}" for entry in site_entries(burmese_site)]
    queries = sample_queries(texts, QUERIES, seed=3)

    report = evaluate(burmese_site, queries)

    assert report.queries >= 200
    assert report.hits > report.queries  # most queries find something: the check is not vacuous
    assert report.precision == 1.0, report.failures[:5]
    assert report.recall >= 0.95, report.failures[:5]


def test_the_command_prints_the_figures(burmese_site, capsys):
    call_command("search_relevance", queries=50, generated=5)
    output = capsys.readouterr().out
    assert "precision: 100.00%" in output and "recall:" in output
