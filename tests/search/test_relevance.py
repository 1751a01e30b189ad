"""Burmese relevance: at least 200 queries over demo text and generated pages, precision 100%, recall ≥ 95%."""

import pytest
from django.core.management import call_command

from cms.translation import translate_page
from home.demo.burmese import BURMESE
from search.relevance import evaluate, generated_texts, sample_queries, syllable_inventory
from search.results import site_entries
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db
QUERIES = 240


@pytest.fixture
def burmese_site(home, burmese):
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
