"""import_publications: CSV and JSON, per-row report, idempotence, no half-imported row."""

import csv
import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.models import Revision

from publications.models import PublicationPage
from tests.factories import CountryFactory, PublicationIndexPageFactory, TopicFactory

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

    assert failure == f"1 created, 0 updated, 0 unchanged, {len(BAD_ROWS)} rejected."
    report = err.splitlines()
    for line_number, (row, reason) in enumerate(BAD_ROWS, start=3):
        matching = [line for line in report if line.startswith(f"Rejected row {line_number} ")]
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
    assert "Rejected row 2" in err
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
