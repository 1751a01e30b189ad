"""Import signatories of a statement from CSV, one transaction per row.

A row is keyed by its signatory: the name (compared without case and extra spaces)
and the country, within the statement and its translations. Importing the same file
twice changes nothing; a changed row updates its signatory. Every problem of a row is
reported at once and a rejected row writes nothing. The statement's signatures are
read once, not once per row.
"""

import csv
import datetime

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from wagtail.models import Locale

from cms.control_chars import strip_control_chars
from cms.importing import RowRejected, import_rows, numbered
from cms.zawgyi import Encoding, check
from participation.models import Signatory, Status
from participation.signing import signatures_of
from taxonomy.models import Country

COLUMNS = ["name", "honorific", "country", "parliament", "party", "role", "email", "signed_on", "consent", "status"]
YES, NO = {"yes", "y", "true", "1"}, {"no", "n", "false", "0", ""}
TEXT_LIMITS = {"name": 200, "honorific": 60, "parliament": 200, "party": 200, "role": 200}


def read_rows(path):
    """(record number, dict) pairs of a CSV file with a header row; unknown columns are an error.

    Raises ValueError (bad columns, bad text encoding) or ``csv.Error`` (a malformed file).
    """
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"name", "country", "parliament"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"missing columns: {', '.join(sorted(missing))}")
        unknown = set(reader.fieldnames) - set(COLUMNS)
        if unknown:
            raise ValueError(f"unknown columns: {', '.join(sorted(unknown))}; the columns are {', '.join(COLUMNS)}")
        return numbered(reader)


def name_key(name):
    return " ".join(name.split()).casefold()


class SignatoryImporter:
    def __init__(self, statement, default_status=Status.APPROVED):
        self.statement = statement
        self.default_status = default_status
        english = Locale.get_default()
        self.countries = {country.code: country for country in Country.objects.filter(locale=english)}
        self.signatories = {
            (name_key(item.name), item.country_id): item
            for item in signatures_of(statement).select_related("country").order_by("pk")
        }

    def run(self, rows, progress=iter):
        key_of = lambda row: row.get("name")  # noqa: E731
        return import_rows(rows, lambda row: self.save(self.parse(row)), key_of, progress)

    def parse(self, row):
        """The row's field values, or RowRejected with every reason."""
        reasons = []
        if row.get(None):  # csv.DictReader's place for values beyond the header
            reasons.append(f"{len(row[None])} more values than the header has columns")
        values = {}
        for name in ("name", "honorific", "parliament", "party", "role"):
            values[name] = self._text(row, name, reasons)
        for name in ("name", "parliament"):
            if not values[name]:
                reasons.append(f"{name} is required")
        code = (row.get("country") or "").strip().lower()
        values["country"] = self.countries.get(code)
        if values["country"] is None:
            reasons.append(f"country '{code[:20]}' is not a known country code" if code else "country is required")
        values["email"] = (row.get("email") or "").strip()
        if values["email"]:
            try:
                validate_email(values["email"])
            except ValidationError:
                reasons.append(f"email '{values['email'][:60]}' is not an email address")
        values["signed_on"] = self._date(row.get("signed_on"), reasons)
        consent = (row.get("consent") or "").strip().lower()
        if consent not in YES | NO:
            reasons.append(f"consent '{consent[:20]}' must be yes or no")
        values["consent_to_list"] = consent in YES
        status = (row.get("status") or "").strip().lower() or self.default_status
        if status not in Status.values:
            reasons.append(f"status '{status[:20]}' must be one of {', '.join(Status.values)}")
        values["status"] = status
        if reasons:
            raise RowRejected(reasons)
        return values

    @staticmethod
    def _text(row, name, reasons):
        value = " ".join(strip_control_chars(row.get(name) or "").split())
        result = check(value)
        value = result.text
        if result.encoding is Encoding.DOUBTFUL:
            reasons.append(f"{name} may be typed in Zawgyi; convert it to Unicode first")
        if len(value) > TEXT_LIMITS[name]:
            reasons.append(f"{name} is longer than {TEXT_LIMITS[name]} characters")
        return value

    @staticmethod
    def _date(value, reasons):
        value = (value or "").strip()
        if not value:
            return datetime.date.today()
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            reasons.append(f"signed_on '{value[:20]}' is not a date like 2021-04-01")
            return None

    def save(self, values):
        key = (name_key(values["name"]), values["country"].pk)
        signatory = self.signatories.get(key)
        if signatory is not None and all(getattr(signatory, name) == value for name, value in values.items()):
            return "unchanged"
        with transaction.atomic():
            created = signatory is None
            signatory = signatory or Signatory(statement=self.statement)
            for name, value in values.items():
                setattr(signatory, name, value)
            signatory.save()
        self.signatories[key] = signatory
        return "created" if created else "updated"
