"""A Burmese page shows its terms in Burmese: looked up once per process and content version."""

from taxonomy.models import localized_terms
from tests.factories import TopicFactory


def test_terms_are_shown_in_the_page_s_locale_where_translated(db, burmese):
    rights = TopicFactory(slug="human-rights", name="Human rights")
    untranslated = TopicFactory(slug="elections", name="Elections")
    burmese_rights = rights.copy_for_translation(burmese)
    burmese_rights.name = "လူ့အခွင့်အရေး"
    burmese_rights.save()

    shown = localized_terms([rights, untranslated], burmese.pk)

    assert [term.name for term in shown] == ["လူ့အခွင့်အရေး", "Elections"]
    assert localized_terms([rights], rights.locale_id) == [rights]


def test_the_lookup_costs_one_query_per_content_version_and_follows_a_rename(db, burmese, django_assert_num_queries):
    rights = TopicFactory(slug="human-rights", name="Human rights")
    translated = rights.copy_for_translation(burmese)
    translated.name = "အခွင့်အရေး"
    translated.save()
    with django_assert_num_queries(1):
        localized_terms([rights], burmese.pk)
    with django_assert_num_queries(0):
        assert localized_terms([rights], burmese.pk)[0].name == "အခွင့်အရေး"

    translated.name = "လူ့အခွင့်အရေး"
    translated.save()  # moves the content version on

    assert localized_terms([rights], burmese.pk)[0].name == "လူ့အခွင့်အရေး"
