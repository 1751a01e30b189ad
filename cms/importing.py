"""What every importer shares: a record rejected with all its reasons, the report, and how a command ends.

An importer turns one record into ``"created"``, ``"updated"`` or ``"unchanged"`` or
raises ``RowRejected`` before writing anything; ``import_rows`` runs it over a file's
records and counts, and ``finish`` prints the report the same way for every command.
Records are numbered from 1 in the order of the file, whatever lines they span: a CSV
cell may hold line breaks, so a line number would not find the record.
"""

import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import islice

from django.core.management.base import CommandError
from tqdm import tqdm

from cms.db_statistics import refresh_planner_statistics

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
    rejected: list = field(default_factory=list)  # (record number, key, reasons)
    seconds: float = 0.0

    @property
    def total(self):
        return self.created + self.updated + self.unchanged + len(self.rejected)

    @property
    def summary(self):
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected."
        )


def numbered(records):
    """``(number, record)`` pairs, numbered from 1 as ``import_rows`` expects them."""
    return list(enumerate(records, start=1))


def import_rows(rows, import_row, key_of, progress=iter, batch=nullcontext, batch_size=BATCH_SIZE):
    """Run ``import_row(row)`` over ``(number, row)`` pairs; ``key_of(row)`` names a rejected row.

    ``batch()`` is entered around each ``batch_size`` rows: an importer makes it a
    transaction and defers work that is cheaper once per batch (indexing).
    """
    report = ImportReport()
    started = time.monotonic()
    rows = iter(progress(rows))
    while chunk := list(islice(rows, batch_size)):
        with batch():
            for number, row in chunk:
                _import_one(number, row, import_row, key_of, report)
    if report.created or report.updated:
        refresh_planner_statistics()
    report.seconds = time.monotonic() - started
    return report


def _import_one(number, row, import_row, key_of, report):
    try:
        outcome = import_row(row)
    except RowRejected as rejected:
        report.rejected.append((number, str(key_of(row) or "")[:80], rejected.reasons))
        return
    setattr(report, outcome, getattr(report, outcome) + 1)


def progress_bar(command, hidden):
    """A ``progress`` for ``import_rows`` that draws on the command's stderr unless ``hidden``."""
    return lambda items: tqdm(items, desc="Importing", unit="record", file=command.stderr, disable=hidden)


def finish(command, report, unnamed, note=""):
    """Print each rejected record and the summary; fail the command when a record was rejected.

    ``note`` adds what the counts do not say (for example that pages were saved as drafts).
    """
    for number, key, reasons in report.rejected:
        command.stderr.write(f"Rejected record {number} ({key or unnamed}): {'; '.join(reasons)}")
    summary = f"{report.total} records in {report.seconds:.1f} s: {report.summary}{note}"
    if report.rejected:
        raise CommandError(summary)
    command.stdout.write(command.style.SUCCESS(summary))
