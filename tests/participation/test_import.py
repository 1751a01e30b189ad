"""import_signatories: a per-row error report, idempotence, a clear refusal of a bad file."""

import pytest
from django.core.management import CommandError, call_command

from participation.models import Signatory, Status

HEADER = "name,honorific,country,parliament,party,role,email,signed_on,consent,status\n"
GOOD = [
    "Somchai Srisuk,Hon.,th,House of Representatives,Independent,Member,somchai@example.org,2021-04-02,yes,\n",
    "Helen Marsh,,gb,House of Commons,,,,2021-04-03,no,pending\n",
]


def write(tmp_path, lines, header=HEADER):
    path = tmp_path / "signatories.csv"
    path.write_text(header + "".join(lines), encoding="utf-8")
    return path


def run(statement, path, **options):
    call_command("import_signatories", str(statement.pk), str(path), no_progress=True, **options)


def test_rows_are_imported_and_a_second_run_changes_nothing(statement, tmp_path, capsys):
    path = write(tmp_path, GOOD)
    run(statement, path)
    assert "2 created, 0 updated, 0 unchanged, 0 rejected." in capsys.readouterr().out
    somchai = Signatory.objects.get(name="Somchai Srisuk")
    assert (somchai.status, somchai.consent_to_list, str(somchai.signed_on)) == (Status.APPROVED, True, "2021-04-02")
    assert Signatory.objects.get(name="Helen Marsh").status == Status.PENDING
    run(statement, path)
    assert "0 created, 0 updated, 2 unchanged, 0 rejected." in capsys.readouterr().out
    assert Signatory.objects.count() == 2


def test_a_changed_row_updates_its_signatory_found_by_name_and_country(statement, tmp_path, capsys):
    run(statement, write(tmp_path, GOOD))
    changed = GOOD[0].replace("Independent", "Move Forward").replace("Somchai Srisuk", "somchai  srisuk")
    run(statement, write(tmp_path, [changed]), status="approved")
    assert "0 created, 1 updated" in capsys.readouterr().out
    assert Signatory.objects.filter(party="Move Forward").count() == 1 and Signatory.objects.count() == 2


def test_bad_rows_are_reported_one_by_one_and_good_rows_still_land(statement, tmp_path, capsys):
    bad = [
        ",Hon.,th,House,,,,,yes,\n",
        "No Country,,zz,House,,,,,yes,\n",
        "Bad Date,,th,House,,,not-an-email,01/04/2021,maybe,unknown\n",
    ]
    with pytest.raises(CommandError, match="1 created, 0 updated, 0 unchanged, 3 rejected"):
        run(statement, write(tmp_path, [GOOD[0], *bad]))
    errors = capsys.readouterr().err
    assert "Rejected record 2 (no name): name is required" in errors
    assert "Rejected record 3 (No Country): country 'zz' is not a known country code" in errors
    line = next(line for line in errors.splitlines() if "Rejected record 4" in line)
    for reason in ("email 'not-an-email'", "signed_on '01/04/2021'", "consent 'maybe'", "status 'unknown'"):
        assert reason in line
    assert list(Signatory.objects.values_list("name", flat=True)) == ["Somchai Srisuk"]


def test_zawgyi_in_a_row_is_stored_as_unicode(statement, tmp_path):
    zawgyi = "ေဒၚေအာင္ဆန္းစုၾကည္"
    run(statement, write(tmp_path, [f"{zawgyi},,th,House,,,,,yes,\n"]))
    name = Signatory.objects.get().name
    assert name != zawgyi and name.startswith("ဒေါ်")


@pytest.mark.parametrize(
    ("header", "message"),
    [("name,country\n", "missing columns: parliament"), ("name,country,parliament,phone\n", "unknown columns: phone")],
)
def test_a_file_with_wrong_columns_is_refused_whole(statement, tmp_path, header, message):
    with pytest.raises(CommandError, match=message):
        run(statement, write(tmp_path, [], header=header))


def test_an_unknown_statement_or_file_is_refused(statement, tmp_path):
    path = write(tmp_path, GOOD)
    with pytest.raises(CommandError, match="No single English statement"):
        call_command("import_signatories", "no-such-statement", str(path), no_progress=True)
    with pytest.raises(CommandError, match="No such file"):
        run(statement, tmp_path / "missing.csv")
    assert not Signatory.objects.exists()


def test_the_statement_can_be_named_by_slug(statement, tmp_path):
    call_command("import_signatories", "release", str(write(tmp_path, GOOD)), no_progress=True)
    assert Signatory.objects.count() == 2


def test_a_row_with_more_values_than_columns_is_rejected(statement, tmp_path, capsys):
    with pytest.raises(CommandError, match="0 created, 0 updated, 0 unchanged, 1 rejected"):
        run(statement, write(tmp_path, ["Extra Values,,th,House,,,,,yes,,surplus,more\n"]))
    assert "Rejected record 1 (Extra Values): 2 more values than the header has columns" in capsys.readouterr().err
    assert not Signatory.objects.exists()


def test_a_malformed_file_is_refused_with_a_reason(statement, tmp_path):
    path = write(tmp_path, [f"{'x' * 200_000},,th,House,,,,,yes,\n"])
    with pytest.raises(CommandError, match=r"Cannot read signatories\.csv: field larger than field limit"):
        run(statement, path)
    assert not Signatory.objects.exists()


def test_unchanged_rows_cost_no_query_each(statement, tmp_path, django_assert_max_num_queries):
    rows = [f"Member {n},,th,House,,,,2021-04-02,yes,\n" for n in range(40)]
    path = write(tmp_path, rows)
    run(statement, path)
    with django_assert_max_num_queries(5):
        run(statement, path)
    assert Signatory.objects.count() == 40


def test_a_name_twice_in_one_file_is_one_signatory(statement, tmp_path, capsys):
    run(statement, write(tmp_path, [GOOD[0], GOOD[0].replace("Independent", "Move Forward")]))
    assert "1 created, 1 updated" in capsys.readouterr().out
    assert list(Signatory.objects.values_list("party", flat=True)) == ["Move Forward"]


def test_records_are_numbered_in_the_file_not_by_line(statement, tmp_path, capsys):
    """A quoted cell with line breaks spans several lines: the report still names the record."""
    multiline = 'Multi Line,,th,"House of\nRepresentatives",,,,,yes,\n'
    bad = "Bad Country,,zz,House,,,,,yes,\n"
    with pytest.raises(CommandError, match=r"3 records in [\d.]+ s: 2 created, 0 updated, 0 unchanged, 1 rejected"):
        run(statement, write(tmp_path, [multiline, GOOD[1], bad]))
    assert "Rejected record 3 (Bad Country)" in capsys.readouterr().err  # on line 5 of the file


def test_the_summary_and_the_progress_bar(statement, tmp_path, capsys):
    call_command("import_signatories", str(statement.pk), str(write(tmp_path, GOOD)))
    captured = capsys.readouterr()
    assert "2 records in " in captured.out and "2 created" in captured.out
    assert "Importing" in captured.err and "2/2" in captured.err
