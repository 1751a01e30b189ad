"""import_publications: CSV and JSON, per-row report, idempotence, no half-imported row."""

import csv
import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Revision

from publications.models import PublicationPage
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


def test_a_row_that_fails_while_saving_leaves_nothing_behind(index, folder, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise ValidationError({"title": ["Refused for the test."]})

    monkeypatch.setattr(PublicationPage, "save_revision", refuse)
    files_before = set(Path(settings.MEDIA_ROOT).rglob("*"))

    _out, err, failure = run(write_csv(folder, GOOD_ROWS[:1]), "--no-progress")

    assert "1 rejected" in failure and "title: Refused for the test." in err
    assert not PublicationPage.objects.exists()
    assert not get_document_model().objects.exists()
    assert set(Path(settings.MEDIA_ROOT).rglob("*")) - files_before <= {
        path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_dir()
    }


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
