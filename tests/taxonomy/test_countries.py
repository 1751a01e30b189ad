"""Every ISO 3166 country, named in English and Burmese, sorted the way each language reads."""

from django import forms
from django.core.management import call_command

from cms.widgets import LongSelect
from participation.forms import CountryChoiceField
from taxonomy.countries import cldr_country_names, collation_key, load_countries
from taxonomy.models import Country
from tests.factories import CountryFactory


def test_cldr_gives_every_iso_country_in_both_languages():
    english, burmese = cldr_country_names("en"), cldr_country_names("my")
    assert len(english) == 249 and set(english) == set(burmese)
    assert english["mm"] == "Myanmar" and burmese["mm"] == "မြန်မာ"
    assert english["th"] == "Thailand" and burmese["th"] == "ထိုင်း"
    assert "eu" not in english and "zz" not in english  # regions and unknowns are not countries


def test_load_countries_adds_what_is_missing_and_renames_nothing(db, burmese):
    CountryFactory(code="mm", name="Burma/Myanmar")

    assert load_countries() == 249 * 2 - 1
    assert load_countries() == 0

    english = Country.objects.get(code="mm", locale__language_code="en")
    assert english.name == "Burma/Myanmar"
    mm = Country.objects.get(code="mm", locale=burmese)
    assert mm.name == "မြန်မာ" and mm.translation_key == english.translation_key
    assert Country.objects.filter(locale=burmese).count() == 249


def test_the_command_reports_its_work(db, capsys):
    call_command("load_countries")
    assert "498 terms created" in capsys.readouterr().out


def test_names_sort_without_accents_first_and_burmese_in_its_alphabet():
    names = ["Zambia", "Åland Islands", "Côte d’Ivoire", "Canada", "Algeria"]
    assert sorted(names, key=collation_key) == ["Åland Islands", "Algeria", "Canada", "Côte d’Ivoire", "Zambia"]
    burmese = ["အင်္ဂလန်", "ထိုင်း", "ကနေဒါ", "မြန်မာ"]
    assert sorted(burmese, key=collation_key) == ["ကနေဒါ", "ထိုင်း", "မြန်မာ", "အင်္ဂလန်"]


def test_the_sign_on_form_offers_every_country_sorted_in_the_visitors_language(db):
    load_countries()

    english = [label for value, label in CountryChoiceField("en").choices][1:]
    burmese = [label for value, label in CountryChoiceField("my").choices][1:]

    assert len(english) == len(burmese) == 249
    assert english[:2] == ["Afghanistan", "Åland Islands"] and english == sorted(english, key=collation_key)
    assert burmese == sorted(burmese, key=collation_key) and "မြန်မာ" in burmese


def test_the_country_list_is_escaped_marks_the_choice_and_costs_no_query_once_cached(db, django_assert_num_queries):
    CountryFactory(code="mm", name="Myanmar")
    CountryFactory(code="xx", name='<b>"Bold" & co</b>')
    CountryChoiceField("en").widget.render("country", None)  # fills the cache

    field = CountryChoiceField("en")
    with django_assert_num_queries(0):
        html = field.widget.render("country", "mm", {"id": "id_country", "required": True})

    assert html.startswith('<select name="country" id="id_country" required><option value="">Choose…</option>')
    assert '<option value="mm" selected>Myanmar</option>' in html
    assert '<option value="xx">&lt;b&gt;&quot;Bold&quot; &amp; co&lt;/b&gt;</option>' in html
    assert field.clean("mm") == Country.objects.get(code="mm")


def test_the_quick_select_writes_what_django_s_select_writes():
    """The same markup, option for option (scripts and tests read the name first)."""
    choices = [("", "Choose…"), ("mm", "Myanmar"), ("xx", '<b>"Bold" & co</b>'), ("my", "မြန်မာ")]
    for value in (None, "", "mm", "xx"):
        quick = LongSelect(choices=choices).render("country", value, {"id": "id_country", "required": True})
        django = forms.Select(choices=choices).render("country", value, {"id": "id_country", "required": True})
        assert quick == django.replace("\n", "").replace("  ", ""), value


def test_a_renamed_country_shows_in_the_list_at_once(db):
    country = CountryFactory(code="mm", name="Burma")
    assert ("mm", "Burma") in CountryChoiceField("en").choices
    country.name = "Myanmar"
    country.save()
    assert ("mm", "Myanmar") in CountryChoiceField("en").choices
