import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.importing import finish, progress_bar
from participation.importer import COLUMNS, SignatoryImporter, read_rows
from participation.models import Signatory, Status


class Command(BaseCommand):
    help = (
        "Import the signatories of a statement from a CSV file. STATEMENT is the statement's page id or slug. "
        f"Columns: {', '.join(COLUMNS)} (name, country and parliament required; country is an ISO code like mm; "
        "consent is yes or no; status defaults to --status). Rows are keyed by name and country: "
        "a second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("statement")
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--status", choices=Status.values, default=Status.APPROVED, help="Status of rows without one."
        )
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, **options):
        path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        statement = self.statement(options["statement"])
        try:
            rows = read_rows(path)
        except (ValueError, csv.Error, OSError) as error:
            raise CommandError(f"Cannot read {path.name}: {error}") from error

        progress = progress_bar(self, hidden=options["no_progress"])
        report = SignatoryImporter(statement, options["status"]).run(rows, progress=progress)
        finish(self, report, unnamed="no name")

    @staticmethod
    def statement(key):
        statements = Signatory.statements().filter(locale__language_code="en")
        found = statements.filter(pk=int(key)) if key.isdigit() else statements.filter(slug=key)
        if found.count() != 1:
            raise CommandError(f"No single English statement has the id or slug '{key}'.")
        return found.get()
