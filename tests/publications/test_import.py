"""import_publications: CSV and JSON, per-row report, idempotence, no half-imported row."""

import csv
import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry

from cms.importing import numbered
from publications.importer import PublicationImporter
from publications.models import PublicationPage
from search.models import SearchEntry
from tests.factories import CountryFactory, PublicationIndexPageFactory, TopicFactory, user_in

COLUMNS = ["slug", "title", "type", "date", "summary", "body", "issued_by", "topics", "countries", "documents"]
GOOD_ROWS = [
    {
        "title": "Free all detained MPs",
        "type": "statement",
        "date": "2021-04-20",
        "summary": "Almost 300 MPs call for the release of their colleagues.",
        "body": "First paragraph.\n\nSecond <paragraph>.",
        "issued_by": "IPAM",
        "topics": "political-prisoners;elections",
        "countries": "mm",
        "documents": "en:free-en.pdf;my:free-my.pdf",
    },
    {
        "slug": "aid-report",
        "title": "Aid report",
        "type": "report",
        "date": "2022-09-08",
        "summary": "Where aid reaches and where it does not.",
        "countries": "mm;th",
    },
    {"title": "Letter to ministers", "type": "letter", "date": "2023-01-02", "summary": "A letter."},
]
BAD_ROWS = [
    ({"title": "Bad type", "type": "pamphlet", "date": "2021-01-01", "summary": "x"}, "type 'pamphlet' is not one of"),
    ({"title": "Bad date", "type": "statement", "date": "2021-13-45", "summary": "x"}, "is not a date like"),
    (
        {"title": "Bad topic", "type": "statement", "date": "2021-01-01", "summary": "x", "topics": "nope"},
        "unknown topic nope",
    ),
    (
        {"title": "No file", "type": "statement", "date": "2021-01-01", "summary": "x", "documents": "en:missing.pdf"},
        "was not found",
    ),
    (
        {
            "title": "Escape",
            "type": "statement",
            "date": "2021-01-01",
            "summary": "x",
            "documents": "en:../outside.pdf",
        },
        "outside the import file's folder",
    ),
    (
        {"title": "No language", "type": "statement", "date": "2021-01-01", "summary": "x", "documents": "free-en.pdf"},
        "needs a language prefix",
    ),
    ({"title": "", "type": "statement", "date": "2021-01-01", "summary": ""}, "title is required; summary is required"),
    (
        {"title": "Burmese slug", "slug": "မြန်မာ", "type": "statement", "date": "2021-01-01", "summary": "x"},
        "may only hold Latin letters",
    ),
]


@pytest.fixture
def index(home):
    TopicFactory(slug="political-prisoners", name="Political prisoners")
    TopicFactory(slug="elections", name="Elections")
    CountryFactory(code="mm", name="Myanmar")
    CountryFactory(code="th", name="Thailand")
    return PublicationIndexPageFactory(parent=home, slug="publications")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "import").mkdir()
    for name in ("free-en.pdf", "free-my.pdf"):
        (tmp_path / "import" / name).write_bytes(b"%PDF-1.4 " + name.encode())
    (tmp_path / "outside.pdf").write_bytes(b"%PDF-1.4 secret")
    return tmp_path / "import"


def write_csv(folder, rows, name="publications.csv"):
    path = folder / name
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(path, *args):
    out, err = StringIO(), StringIO()
    try:
        call_command("import_publications", str(path), *args, stdout=out, stderr=err)
    except CommandError as error:
        return None, err.getvalue(), str(error)
    return out.getvalue(), err.getvalue(), None


def test_csv_import_creates_publications_with_documents(client, index, folder):
    out, err, failure = run(write_csv(folder, GOOD_ROWS))

    assert failure is None
    assert "3 created, 0 updated, 0 unchanged, 0 rejected." in out
    assert "Importing" in err  # the progress bar
    page = PublicationPage.objects.get(slug="free-all-detained-mps")
    assert page.live and page.get_parent().pk == index.pk
    assert sorted(t.slug for t in page.topics.all()) == ["elections", "political-prisoners"]
    assert [(d.language, d.document.file.read()) for d in page.documents.all()] == [
        ("en", b"%PDF-1.4 free-en.pdf"),
        ("my", b"%PDF-1.4 free-my.pdf"),
    ]
    html = client.get(page.url).content.decode()
    assert "<p>Second &lt;paragraph&gt;.</p>" in html
    assert "Burmese · PDF" in html


def test_second_run_changes_nothing_and_a_changed_row_updates(index, folder):
    path = write_csv(folder, GOOD_ROWS)
    run(path)
    revisions, documents = Revision.objects.count(), get_document_model().objects.count()

    out, _err, _failure = run(path, "--no-progress")
    assert "0 created, 0 updated, 3 unchanged" in out
    assert (Revision.objects.count(), get_document_model().objects.count()) == (revisions, documents)

    changed = [dict(GOOD_ROWS[0], summary="A new summary."), *GOOD_ROWS[1:]]
    out, _err, _failure = run(write_csv(folder, changed), "--no-progress")
    assert "0 created, 1 updated, 2 unchanged" in out
    assert PublicationPage.objects.get(slug="free-all-detained-mps").summary == "A new summary."
    assert get_document_model().objects.count() == documents  # same files, same documents


def test_every_rejected_row_is_reported_with_its_reasons(index, folder):
    path = write_csv(folder, [GOOD_ROWS[2], *(row for row, _reason in BAD_ROWS)])

    _out, err, failure = run(path, "--no-progress")

    assert failure.endswith(f"1 created, 0 updated, 0 unchanged, {len(BAD_ROWS)} rejected.")
    assert failure.startswith(f"{len(BAD_ROWS) + 1} records in ")
    report = err.splitlines()
    for number, (row, reason) in enumerate(BAD_ROWS, start=2):
        matching = [line for line in report if line.startswith(f"Rejected record {number} ")]
        assert matching and reason in matching[0], (row, report)
    assert PublicationPage.objects.count() == 1
    assert get_document_model().objects.count() == 0


def test_json_import(index, folder):
    data = {
        "publications": [
            {
                "title": "From JSON",
                "type": "briefing-paper",
                "date": "2024-02-01",
                "summary": "Lists are lists in JSON.",
                "topics": ["elections"],
                "documents": [{"language": "my", "path": "free-my.pdf"}],
            },
            "not an object",
        ]
    }
    path = folder / "publications.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    _out, err, failure = run(path, "--no-progress")

    assert "1 created" in failure and "1 rejected" in failure
    assert "Rejected record 2" in err
    page = PublicationPage.objects.get(slug="from-json")
    assert [t.slug for t in page.topics.all()] == ["elections"]
    assert page.documents.get().language == "my"


def test_a_new_row_that_fails_validation_leaves_nothing_behind(index, folder, monkeypatch):
    """New rows are validated as Wagtail validates a page before any of the batch is written."""
    original = PublicationPage.clean

    def refuse_one(self):
        original(self)
        if self.title == GOOD_ROWS[0]["title"]:
            raise ValidationError({"title": ["Refused for the test."]})

    monkeypatch.setattr(PublicationPage, "clean", refuse_one)
    files_before = files_in_media()

    _out, err, failure = run(write_csv(folder, GOOD_ROWS), "--no-progress")

    assert "2 created, 0 updated, 0 unchanged, 1 rejected" in failure
    assert "Rejected record 1 (Free all detained MPs): title: Refused for the test." in err
    assert sorted(PublicationPage.objects.values_list("slug", flat=True)) == ["aid-report", "letter-to-ministers"]
    assert not get_document_model().objects.exists() and files_in_media() == files_before
    index.refresh_from_db()
    assert index.numchild == 2 and Page.find_problems() == ([], [], [], [], [])


def test_a_changed_row_that_fails_while_saving_leaves_nothing_behind(index, folder, monkeypatch):
    run(write_csv(folder, GOOD_ROWS[1:2]), "--no-progress")
    revisions = Revision.objects.count()

    def refuse(self, *args, **kwargs):
        raise ValidationError({"title": ["Refused for the test."]})

    monkeypatch.setattr(PublicationPage, "save_revision", refuse)
    files_before = files_in_media()
    changed = [dict(GOOD_ROWS[1], summary="Changed.", documents="en:free-en.pdf")]

    _out, err, failure = run(write_csv(folder, changed), "--no-progress")

    assert "1 rejected" in failure and "title: Refused for the test." in err
    page = PublicationPage.objects.get(slug="aid-report")
    assert page.summary == GOOD_ROWS[1]["summary"] and Revision.objects.count() == revisions
    assert not get_document_model().objects.exists() and files_in_media() == files_before


def files_in_media():
    return {path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()}


def test_command_errors_are_plain(index, folder, home):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_publications", str(folder / "nope.csv"))
    (folder / "data.txt").write_text("x")
    with pytest.raises(CommandError, match=r"must end in \.csv or \.json"):
        call_command("import_publications", str(folder / "data.txt"))
    (folder / "broken.json").write_text("{not json")
    with pytest.raises(CommandError, match=r"Cannot read broken\.json"):
        call_command("import_publications", str(folder / "broken.json"))
    PublicationIndexPageFactory(parent=home, slug="more-publications")
    with pytest.raises(CommandError, match="Choose the target with --index"):
        call_command("import_publications", str(write_csv(folder, GOOD_ROWS)))
    with pytest.raises(CommandError, match="No English publication index with id 999999"):
        call_command("import_publications", str(write_csv(folder, GOOD_ROWS)), "--index", "999999")
    out, _err, failure = run(write_csv(folder, GOOD_ROWS), "--index", str(index.pk), "--no-progress")
    assert failure is None and "3 created" in out


def test_draft_imports_wait_for_a_publisher_and_a_second_run_sees_them(index, folder):
    path = write_csv(folder, GOOD_ROWS[1:])

    out, _err, failure = run(path, "--draft", "--no-progress")

    assert failure is None and "2 created" in out and "drafts awaiting publication" in out
    page = PublicationPage.objects.get(slug="aid-report")
    assert not page.live and page.has_unpublished_changes
    out, _err, _failure = run(path, "--draft", "--no-progress")
    assert "0 created, 0 updated, 2 unchanged" in out

    published = PublicationPage.objects.get(slug="letter-to-ministers")
    published.get_latest_revision().publish()
    changed = [dict(GOOD_ROWS[2], summary="Changed while live.")]
    out, _err, _failure = run(write_csv(folder, changed), "--draft", "--no-progress")
    assert "1 updated" in out
    live = PublicationPage.objects.get(slug="letter-to-ministers")
    assert live.live and live.summary == "A letter." and live.has_unpublished_changes  # the change is a draft


def test_owner_owns_new_pages_and_signs_their_revisions(index, folder):
    editor = user_in("Editors")
    moderator = user_in("Moderators")
    path = write_csv(folder, GOOD_ROWS[1:2])

    _out, _err, failure = run(path, "--owner", "editors", "--no-progress")
    assert "editors may not publish" in failure and not PublicationPage.objects.exists()

    _out, _err, failure = run(path, "--owner", "editors", "--draft", "--no-progress")
    page = PublicationPage.objects.get(slug="aid-report")
    assert failure is None and page.owner == editor and page.get_latest_revision().user == editor

    _out, _err, failure = run(write_csv(folder, GOOD_ROWS[2:]), "--owner", "moderators", "--no-progress")
    page = PublicationPage.objects.get(slug="letter-to-ministers")
    assert failure is None and page.live and page.owner == moderator
    assert page.live_revision.user == moderator

    _out, _err, failure = run(path, "--owner", "nobody", "--no-progress")
    assert failure == "No active user is called 'nobody'."


def test_a_file_identical_to_another_publications_document_gets_its_own(index, folder):
    other = [dict(GOOD_ROWS[1], documents="en:free-en.pdf")]
    run(write_csv(folder, other), "--no-progress")
    theirs = PublicationPage.objects.get(slug="aid-report").documents.get().document

    run(write_csv(folder, GOOD_ROWS[:1]), "--no-progress")

    mine = PublicationPage.objects.get(slug="free-all-detained-mps").documents.get(language="en").document
    assert mine.pk != theirs.pk and mine.title == "Free all detained MPs (English)"
    assert theirs.title == "Aid report (English)"
    assert mine.file.read() == theirs.file.read()  # the same bytes, two documents


def test_one_document_per_language(index, folder):
    twice = [dict(GOOD_ROWS[0], documents="en:free-en.pdf;en:free-my.pdf")]
    _out, err, failure = run(write_csv(folder, twice), "--no-progress")
    assert "1 rejected" in failure
    assert "Rejected record 1 (Free all detained MPs): more than one document in English" in err
    assert not PublicationPage.objects.exists() and not get_document_model().objects.exists()


def test_records_are_numbered_in_the_file_not_by_line(index, folder):
    rows = [dict(GOOD_ROWS[0], body="One\n\nTwo\n\nThree"), {"title": "Broken", "type": "nope", "date": "x"}]
    _out, err, _failure = run(write_csv(folder, rows), "--no-progress")
    assert "Rejected record 2 (Broken)" in err  # on line 7 of the file


def planned_rows(table):
    """How many rows the query planner believes ``table`` holds (None without statistics)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
            return int(cursor.fetchone()[0])
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if not cursor.fetchone()[0]:
            return None
        cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = %s", [table])
        row = cursor.fetchone()
        return int(row[0].split()[0]) if row else None


def test_an_import_leaves_the_planner_knowing_the_new_rows(index, folder):
    """Statistics that still call the table empty made the index's facet counts take minutes."""
    rows = [{**row, "slug": f"stat-{number}"} for number, row in enumerate(GOOD_ROWS * 3)]
    _out, _err, failure = run(write_csv(folder, rows))

    assert failure is None, failure
    assert planned_rows("publications_publicationpage") == PublicationPage.objects.count() == 9


def test_a_slug_twice_in_a_file_is_created_then_updated(index, folder):
    rows = [GOOD_ROWS[1], GOOD_ROWS[2], dict(GOOD_ROWS[1], summary="The second word."), GOOD_ROWS[2]]

    out, _err, failure = run(write_csv(folder, rows), "--no-progress")

    assert failure is None and "2 created, 1 updated, 1 unchanged, 0 rejected." in out
    page = PublicationPage.objects.get(slug="aid-report")
    assert page.summary == "The second word." and page.revisions.count() == 2
    assert SearchEntry.objects.get(page=page).text.startswith("The second word.")


def snapshot(page):
    """What a publication is made of, in every table a save writes, without its ids, slug and times."""
    page = PublicationPage.objects.get(pk=page.pk)
    revisions = list(Revision.page_revisions.filter(object_id=str(page.pk)).order_by("pk"))
    documents = [item.document for item in page.documents.order_by("language")]
    indexed = Q(content_type=page.content_type, object_id=str(page.pk)) | Q(
        content_type=ContentType.objects.get_for_model(get_document_model()),
        object_id__in=[str(document.pk) for document in documents],
    )
    entry = SearchEntry.objects.filter(page=page).values("kind", "title", "text", "words", "stems", "date").first()
    return {
        "page": {
            field.attname: getattr(page, field.attname)
            for field in PublicationPage._meta.concrete_fields
            if field.attname not in IDENTITY | {"body"} and not field.attname.endswith(("_at", "revision_id"))
        },
        "times set": [getattr(page, name) is not None for name in TIMES],
        "revisions point": (page.latest_revision_id == revisions[-1].pk, page.live_revision_id == revisions[-1].pk),
        "body": [(block.block_type, block.value.source) for block in page.body],
        "terms": (
            sorted(page.topics.values_list("slug", flat=True)),
            sorted(page.countries.values_list("code", flat=True)),
        ),
        "documents": [
            (item.language, item.sort_order, item.document.title, item.document.file.read(), item.document.file_hash)
            + (item.document.file_size, item.document.collection_id, item.document.uploaded_by_user_id)
            for item in page.documents.order_by("language")
        ],
        "revisions": [(revision.user_id, revision.object_str, without_ids(revision.content)) for revision in revisions],
        "log": [
            (
                entry.action,
                entry.user_id,
                entry.label,
                entry.revision_id == page.latest_revision_id,
                entry.content_changed,
            )
            for entry in PageLogEntry.objects.filter(page=page).order_by("pk")
        ],
        "site search": entry,
        "admin search": sorted(IndexEntry.objects.filter(indexed).values_list("title", "body", "autocomplete")),
        "references": sorted(
            ReferenceIndex.objects.filter(object_id=str(page.pk)).values_list("model_path", "to_content_type_id")
        ),
        "referenced documents": sorted(
            ReferenceIndex.objects.filter(object_id=str(page.pk)).values_list("to_object_id", flat=True)
        )
        == sorted(str(document.pk) for document in documents),
    }


# A batch of new publications, whatever its size: look-ups (slugs, the parent, which are public), inserts
# (documents, pages, their own rows, documents, links, revisions, log), one update of the page rows, the
# site search, Wagtail's search (per model: look-up, insert, two for ranking; tags) and reference index, ANALYZE.
BATCH_QUERIES = 32
IDENTITY = {"id", "page_ptr_id", "path", "url_path", "slug", "translation_key"}
TIMES = ["first_published_at", "last_published_at", "latest_revision_created_at", "live_revision_id"]


def without_ids(content):
    """A revision's content without what differs between two pages of the same text."""
    content = {key: value for key, value in content.items() if key not in IDENTITY | {"pk"}}
    content["documents"] = [{**item, "pk": None, "page": None, "document": None} for item in content["documents"]]
    content["body"] = [{**block, "id": None} for block in json.loads(content["body"])]
    return content


@pytest.mark.parametrize("draft", [False, True], ids=["published", "draft"])
def test_a_new_publication_is_what_wagtails_own_path_makes(index, folder, draft):
    """Written in bulk, a publication is in every table what add_child, save_revision and publish leave."""
    moderator = user_in("Moderators")
    importer = PublicationImporter(index, base_dir=folder, draft=draft, owner=moderator)
    row = dict(GOOD_ROWS[0], slug="bulk")
    report = importer.run(numbered([row]))
    assert report.created == 1, report.rejected
    importer.save(importer.parse(dict(row, slug="reference")))

    bulk, reference = (PublicationPage.objects.get(slug=slug) for slug in ("bulk", "reference"))
    assert snapshot(bulk) == snapshot(reference)
    assert bulk.live is not draft and bulk.owner == moderator and bulk.has_unpublished_changes is draft
    assert bulk.url_path == f"{index.url_path}bulk/" and Page.find_problems() == ([], [], [], [], [])
    assert {page.pk for page in PublicationPage.objects.search("detained")} == {bulk.pk, reference.pk}
    if not draft:
        assert SearchEntry.objects.filter(page__in=[bulk, reference]).count() == 2


def test_new_publications_cost_the_same_statements_in_any_number(index, folder, django_assert_max_num_queries):
    def rows(first, count):
        return numbered(
            dict(GOOD_ROWS[number % 2], slug=f"publication-{number}", title=f"Publication {number}")
            for number in range(first, first + count)
        )

    importer = PublicationImporter(index, base_dir=folder)
    with django_assert_max_num_queries(BATCH_QUERIES):
        importer.run(rows(0, 2))
    with django_assert_max_num_queries(BATCH_QUERIES):
        report = importer.run(rows(2, 50))

    assert report.created == 50 and PublicationPage.objects.count() == 52
    publications = [str(pk) for pk in PublicationPage.objects.values_list("pk", flat=True)]
    assert SearchEntry.objects.filter(page_id__in=publications).count() == 52
    assert Revision.objects.filter(object_id__in=publications).count() == 52
