"""What every importer shares: a record rejected with all its reasons, the report, and how a command ends.

An importer turns one record into ``"created"``, ``"updated"`` or ``"unchanged"`` or
raises ``RowRejected`` before writing anything; ``import_rows`` runs it over a file's
records and counts (``import_batches`` when the importer takes a batch of records at
once), and ``finish`` prints the report the same way for every command.
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

    def import_batch(chunk):
        with batch():
            return [outcome_of(import_row, row) for _number, row in chunk]

    return import_batches(rows, import_batch, key_of, progress, batch_size)


def import_batches(rows, import_batch, key_of, progress=iter, batch_size=BATCH_SIZE):
    """Run ``import_batch(chunk)`` over ``(number, row)`` pairs, ``batch_size`` at a time.

    It returns one outcome per pair of the chunk, in order: ``"created"``, ``"updated"``,
    ``"unchanged"`` or the ``RowRejected`` of that row. ``key_of(row)`` names a rejected row.
    """
    report = ImportReport()
    started = time.monotonic()
    rows = iter(progress(rows))
    while chunk := list(islice(rows, batch_size)):
        for (number, row), outcome in zip(chunk, import_batch(chunk), strict=True):
            _count(report, number, key_of(row), outcome)
    if report.created or report.updated:
        refresh_planner_statistics()
    report.seconds = time.monotonic() - started
    return report


def outcome_of(function, *args):
    """``function(*args)``, or the ``RowRejected`` it raised."""
    try:
        return function(*args)
    except RowRejected as rejected:
        return rejected


def _count(report, number, key, outcome):
    if isinstance(outcome, RowRejected):
        report.rejected.append((number, str(key or "")[:80], outcome.reasons))
    else:
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
