"""What every importer shares: a row rejected with all its reasons, the report, and how a command ends.

An importer turns one row into ``"created"``, ``"updated"`` or ``"unchanged"`` or
raises ``RowRejected`` before writing anything; ``import_rows`` runs it over a file's
rows and counts, and ``finish`` prints the report the same way for every command.
"""

from dataclasses import dataclass, field

from django.core.management.base import CommandError
from tqdm import tqdm


class RowRejected(Exception):
    def __init__(self, reasons):
        super().__init__("; ".join(reasons))
        self.reasons = reasons


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list = field(default_factory=list)  # (line, key, reasons)

    @property
    def summary(self):
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected."
        )


def import_rows(rows, import_row, key_of, progress=iter):
    """Run ``import_row(row)`` over ``(line, row)`` pairs; ``key_of(row)`` names a rejected row."""
    report = ImportReport()
    for line, row in progress(rows):
        try:
            outcome = import_row(row)
        except RowRejected as rejected:
            report.rejected.append((line, str(key_of(row) or "")[:80], rejected.reasons))
            continue
        setattr(report, outcome, getattr(report, outcome) + 1)
    return report


def progress_bar(command, hidden):
    """A ``progress`` for ``import_rows`` that draws on the command's stderr unless ``hidden``."""
    return lambda items: tqdm(items, desc="Importing", unit="row", file=command.stderr, disable=hidden)


def finish(command, report, unnamed):
    """Print each rejected row and the counts; fail the command when a row was rejected."""
    for line, key, reasons in report.rejected:
        command.stderr.write(f"Rejected row {line} ({key or unnamed}): {'; '.join(reasons)}")
    if report.rejected:
        raise CommandError(report.summary)
    command.stdout.write(command.style.SUCCESS(report.summary))
