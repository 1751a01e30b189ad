"""What every importer shares: a row rejected with all its reasons, the report, and how a command ends.

An importer turns one row into ``"created"``, ``"updated"`` or ``"unchanged"`` or
raises ``RowRejected`` before writing anything; ``import_rows`` runs it over a file's
rows and counts, and ``finish`` prints the report the same way for every command.
"""

from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import islice

from django.core.management.base import CommandError
from tqdm import tqdm

BATCH_SIZE = 100


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


def import_rows(rows, import_row, key_of, progress=iter, batch=nullcontext, batch_size=BATCH_SIZE):
    """Run ``import_row(row)`` over ``(line, row)`` pairs; ``key_of(row)`` names a rejected row.

    ``batch()`` is entered around each ``batch_size`` rows: an importer makes it a
    transaction and defers work that is cheaper once per batch (indexing).
    """
    report = ImportReport()
    rows = iter(progress(rows))
    while chunk := list(islice(rows, batch_size)):
        with batch():
            for line, row in chunk:
                _import_one(line, row, import_row, key_of, report)
    return report


def _import_one(line, row, import_row, key_of, report):
    try:
        outcome = import_row(row)
    except RowRejected as rejected:
        report.rejected.append((line, str(key_of(row) or "")[:80], rejected.reasons))
        return
    setattr(report, outcome, getattr(report, outcome) + 1)


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
