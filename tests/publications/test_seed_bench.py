"""seed_bench: a benchmark archive in English and Burmese from the demo's translated publications."""

import pytest
from defusedxml import ElementTree as ET
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index
from wagtail.search.models import IndexEntry

from cms.translation import translate_page
from cms.translation_status import UP_TO_DATE, status_rows
from publications.importer import PublicationImporter
from publications.models import PublicationDocument, PublicationPage
from publications.seeding import BenchSeeder
from search.indexing import index_pages
from search.models import SearchEntry
from tests.factories import PublicationIndexPageFactory, PublicationPageFactory, TopicFactory

pytestmark = pytest.mark.django_db
TITLE, SUMMARY, ISSUER = "Free all political prisoners", "Thousands remain detained.", "IPAM"
BURMESE_TITLE, BURMESE_SUMMARY = "နိုင်ငံရေးအကျဉ်းသားအားလုံး လွှတ်ပေးပါ", "ထောင်ပေါင်းများစွာ ဖမ်းဆီးခံထားရဆဲ။"


@pytest.fixture
def demo_like(home, burmese, countries):
    """The part of the demo seed_bench borrows from: a translated index and publication with documents, terms."""
    TopicFactory(name="Elections", slug="elections")
    TopicFactory(name="Political prisoners", slug="political-prisoners")
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    template = PublicationPageFactory(parent=index, slug="prisoners", title=TITLE, summary=SUMMARY, issued_by=ISSUER)
    for language in ("en", "my"):
        document = get_document_model()(title=f"{TITLE} ({language})")
        document.file.save(f"prisoners-{language}.pdf", ContentFile(b"%PDF-1.4 " + language.encode()), save=True)
        PublicationDocument.objects.create(page=template, document=document, language=language)
    template.save_revision().publish()
    translate_page(home, burmese)
    translate_page(index, burmese)
    translate_page(template, burmese, {TITLE: BURMESE_TITLE, SUMMARY: BURMESE_SUMMARY})
    return index


def seed(*args):
    call_command("seed_bench", "--no-progress", *args)


def generated(index):
    return PublicationPage.objects.child_of(index).filter(slug__startswith="bench-").order_by("slug")


def test_seeds_translated_published_publications_once(demo_like, burmese):
    seed("--publications", "3")

    english = generated(demo_like)
    assert [page.title for page in english] == [f"{TITLE} ({number})" for number in (1, 2, 3)]
    assert all(page.live and page.topics.exists() and page.countries.exists() for page in english)
    translated = [page.get_translation(burmese).specific for page in english]
    assert [page.title for page in translated] == [f"{BURMESE_TITLE} ({digit})" for digit in "၁၂၃"]
    assert all(page.live and page.summary == BURMESE_SUMMARY for page in translated)
    for page, source in zip(translated, english, strict=True):
        assert (page.locale, page.translation_key, page.slug) == (burmese, source.translation_key, source.slug)
    # Without wagtail-localize's records the report counts them as translated outside it, up to date.
    rows = {row.title: row.status for row in status_rows(burmese)}
    assert all(rows[page.title] == UP_TO_DATE for page in english)
    assert SearchEntry.objects.filter(page_id__in=[page.pk for page in translated]).count() == 3

    seed("--publications", "3")
    assert Page.objects.filter(slug__startswith="bench-").count() == 6  # nothing added twice
    seed("--publications", "5", "--batch", "1")
    assert Page.objects.filter(slug__startswith="bench-").count() == 10


def test_the_tree_stays_whole(demo_like, burmese):
    seed("--publications", "4", "--batch", "3")
    seed("--publications", "6")

    assert Page.find_problems() == ([], [], [], [], [])
    for parent in (demo_like, demo_like.get_translation(burmese)):
        parent.refresh_from_db()
        children = list(Page.objects.child_of(parent).order_by("path"))
        assert parent.numchild == len(children) == 7
        assert [page.slug for page in children] == ["prisoners", *(f"bench-0000{n}" for n in range(1, 7))]
        assert all(page.url_path == f"{parent.url_path}{page.slug}/" for page in children)


def test_pairs_are_what_the_importer_and_a_translation_make(demo_like, burmese):
    """The same publication saved through the importer and translated through wagtail-localize."""
    seed("--publications", "2")
    seeder = BenchSeeder()
    values, burmese_texts = seeder.values(2)
    values.slug = "reference"
    PublicationImporter(demo_like).save(values)
    reference = PublicationPage.objects.get(slug="reference")
    strings = {values.title: burmese_texts.title, values.summary: burmese_texts.summary, SUMMARY: BURMESE_SUMMARY}
    translate_page(reference, burmese, strings)

    def content(page):
        page = page.specific
        skipped = {"id", "page_ptr_id", "path", "url_path", "slug", "translation_key"}
        revision_fields = {"latest_revision_id", "live_revision_id", "latest_revision_created_at"}
        fields = {
            field.attname: getattr(page, field.attname)
            for field in PublicationPage._meta.concrete_fields
            if field.attname not in skipped | revision_fields and not field.attname.endswith("published_at")
        }
        fields["body"] = [(block.block_type, block.value.source) for block in page.body]
        fields["topics"] = sorted(term.pk for term in page.topics.all())
        fields["countries"] = sorted(term.pk for term in page.countries.all())
        fields["documents"] = sorted(page.documents.values_list("document_id", "language", "sort_order"))
        return fields

    seeded = generated(demo_like).get(slug="bench-00002")
    assert content(seeded) == content(reference)
    assert content(seeded.get_translation(burmese)) == content(reference.get_translation(burmese))
    assert content(seeded.get_translation(burmese))["topics"] == content(seeded)["topics"]  # the English terms
    assert seeded.first_published_at and seeded.get_translation(burmese).last_published_at


def test_every_index_holds_what_a_save_would_write(demo_like, burmese):
    seed("--publications", "3")
    pages = [page for source in generated(demo_like) for page in (source, source.get_translation(burmese).specific)]
    ids = [page.pk for page in pages]

    def snapshot():
        return (
            sorted(SearchEntry.objects.filter(page_id__in=ids).values_list("page_id", "title", "text", "words")),
            sorted(IndexEntry.objects.filter(object_id__in=map(str, ids)).values_list("object_id", "title", "body")),
            sorted(ReferenceIndex.objects.filter(object_id__in=map(str, ids)).values_list("object_id", "content_path")),
        )

    seeded = snapshot()
    assert all(seeded) and len(seeded[0]) == len(seeded[1]) == 6 and len(seeded[2]) == 12  # two documents a page
    index_pages(ids)
    for page in pages:
        index.insert_or_update_object(page)
        ReferenceIndex.create_or_update_for_object(page)
    assert snapshot() == seeded


def test_public_pages_feeds_and_the_api_show_them(client, demo_like, burmese):
    seed("--publications", "6")
    english = generated(demo_like).get(slug="bench-00005")
    translated = english.get_translation(burmese).specific

    for page in (english, translated):
        html = client.get(page.url).content.decode()
        assert page.title in html and html.count('class="document-link"') == 2
    assert translated.url == "/my/publications/bench-00005/"
    topic = english.topics.first().slug
    listing = client.get("/en/publications/", {"topic": topic, "type": english.publication_type}).content.decode()
    assert english.title in listing
    assert BURMESE_TITLE in client.get("/my/publications/", {"topic": topic}).content.decode()
    feed = ET.fromstring(client.get("/en/publications/feed/rss/").content)
    assert english.title in [item.findtext("title") for item in feed.findall("./channel/item")]
    api = client.get(f"/api/v2/pages/{translated.pk}/").json()
    assert api["title"] == translated.title and api["content"]["summary"] == BURMESE_SUMMARY
    assert api["locale"] == "my" and api["html_path"] == translated.url and len(api["content"]["documents"]) == 2
    assert [translation["locale"] for translation in api["translations"]] == ["en"]
    assert translated.title in client.get("/my/search/", {"q": "နိုင်ငံရေး"}).content.decode()


def test_reset_removes_both_languages(demo_like, burmese):
    seed("--publications", "2")
    seed("--publications", "1", "--reset")
    assert Page.objects.filter(slug__startswith="bench-").count() == 2
    assert Page.find_problems() == ([], [], [], [], [])
    assert demo_like.get_translation(burmese).numchild == 2


def test_needs_the_demo(home):
    with pytest.raises(CommandError, match="load_demo"):
        seed("--publications", "1")


def test_csv_is_an_import_file_of_the_same_publications(demo_like, tmp_path):
    path = tmp_path / "publications.csv"
    seed("--publications", "3", "--csv", str(path))

    assert not generated(demo_like).exists()  # nothing seeded
    call_command("import_publications", str(path), "--index", str(demo_like.pk), "--no-progress")
    imported = PublicationPage.objects.child_of(demo_like).filter(slug__startswith="imported-").order_by("slug")
    seeder = BenchSeeder()
    for number, page in enumerate(imported, start=1):
        values, _burmese = seeder.values(number)
        assert (page.title, page.summary, page.live) == (values.title, values.summary, True)
        assert sorted(page.documents.values_list("language", flat=True)) == ["en", "my"]
    assert imported.count() == 3
