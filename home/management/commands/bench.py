"""``make bench``: seed N publications, serve them with gunicorn and time every kind of page and API answer.

Run through ``make bench N=100`` (default 10000), which sets production settings, a
throw-away secret and the hosts; ``DATABASE_URL`` and ``REDIS_URL`` are used when set,
else a SQLite file per N next to ``manage.py``. Writes ``bench-results.json``.
"""

import statistics
import time
from dataclasses import replace

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from cms.content_cache import bump_content_version
from home.benchmark import load, queries, report, targets
from home.benchmark.report import Measurement
from home.benchmark.server import Gunicorn
from search.models import SearchEntry

AFTER_CHANGE_ROUNDS = 5


def median_round(measurements):
    """Of one row's measurements, one in each round, the one with the median ratio to the bare view beside it.

    Measured once, a row swings with whatever else the machine did at that moment (in
    five runs here the bare view's p50 ranged from 2 to 17 ms, and two runs an hour apart
    put the same pages at 5.4 and 8.5 times it). So the floors are measured just before
    every row, in each of the rounds, and a row's ratios are to those: a slow moment
    then weighs on a row and its floors together. Ties (the floors' own rows, whose
    ratio is 1) go by p50.
    """
    ordered = sorted(measurements, key=lambda measured: (measured.ratio_to_bare, measured.timing.p50_ms))
    return ordered[len(ordered) // 2]


def combined(measurements):
    """One row: its median measurement, with the queries and the cost after a change of the first."""
    first = measurements[0]
    return replace(median_round(measurements), queries=first.queries, after_change_ms=first.after_change_ms)


def beside(measured, floors):
    """``measured`` with the p50s of ``floors`` (the bare view and the static file measured just before it)."""
    bare, static = floors
    return replace(measured, bare_p50_ms=bare.timing.p50_ms, static_p50_ms=static.timing.p50_ms)


def floor_rows(rounds):
    """The bare view and the static file, each from every time they were measured beside a row."""
    every_floors = [floors for round_ in rounds for floors, _row in round_]
    return tuple(combined([beside(floors[index], floors) for floors in every_floors]) for index in range(2))


def floor_summary(rounds):
    """The spread of the floors' p50s over the run, each measured beside a row."""
    beside_rows = [floors for round_ in rounds for floors, _row in round_]
    parts = []
    for index, name in enumerate(("bare view", "static file")):
        p50s = sorted(floors[index].timing.p50_ms for floors in beside_rows)
        parts.append(
            f"{name} {p50s[0]:.2f}-{p50s[-1]:.2f} ms, median {statistics.median(p50s):.2f} ({len(p50s)} times)"
        )
    return "floors beside each row, p50: " + "; ".join(parts)


class Command(BaseCommand):
    help = "Seed publications, start gunicorn on loopback and print p50/p95, req/s, queries and ratios per page."

    def add_arguments(self, parser):
        parser.add_argument("--publications", type=int, default=10_000, help="Publications to seed (default 10000).")
        parser.add_argument("--requests", type=int, default=200, help="Requests per row and round (default 200).")
        parser.add_argument("--rounds", type=int, default=3, help="Rounds of every row, the median kept (default 3).")
        parser.add_argument("--concurrency", type=int, default=4, help="Client threads (default 4).")
        parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (default 4).")
        parser.add_argument("--output", default="bench-results.json", help="Where to write the results.")
        parser.add_argument("--skip-seed", action="store_true", help="Use the database as it is.")

    def handle(self, *args, **options):
        if settings.DEBUG:
            self.stderr.write(self.style.WARNING("DEBUG is on: run through `make bench` for production settings."))
        if not options["skip_seed"]:
            self.prepare(options["publications"])
        requests = max(2, options["requests"])
        floors = targets.floors()
        pages = targets.discover(requests)
        with Gunicorn(options["workers"]) as server:
            rounds = [self.run_round(server, floors, pages, requests, options, first) for first in self.firsts(options)]
            memory = server.worker_memory_mb()
        self.stdout.write(floor_summary(rounds))
        page_rounds = zip(*([row for _floors, row in round_] for round_ in rounds), strict=True)
        measured = [*floor_rows(rounds), *(combined(list(row_rounds)) for row_rounds in page_rounds)]
        rows = report.rows(measured)
        self.stdout.write(report.table(rows))
        self.stdout.write(
            f"memory per worker: {', '.join(f'{value:.0f}' for value in memory)} MB "
            f"(mean {statistics.mean(memory):.0f} MB, {options['workers']} workers)"
        )
        report.write_json(options["output"], self.publication_count(), rows, memory)
        self.stdout.write(f"Written to {options['output']}.")

    def prepare(self, publications):
        """Migrate, load and index the demo once, seed ``publications`` publications, collect static files."""
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo", stdout=self.stdout)  # does nothing the second time
        if not SearchEntry.objects.exists():
            call_command("rebuild_search_index", stdout=self.stdout)
        call_command("seed_bench", publications=publications, stdout=self.stdout, stderr=self.stderr)
        call_command("collectstatic", interactive=False, verbosity=0)

    @staticmethod
    def firsts(options):
        """For each round, whether it is the first (which alone times the first request after a change)."""
        return [number == 0 for number in range(max(1, options["rounds"]))]

    def run_round(self, server, floors, pages, requests, options, first):
        """Every page cached and uncached, each just after the floors: ``[((bare, static), row), ...]``.

        A later round starts from a new content version, so that the API's new URLs are
        new again (an answer is stored per version) and every cache is warmed anew.
        """
        if not first:
            bump_content_version()
            time.sleep(settings.STORED_ANSWER_LOCAL_SECONDS)
        measured = []
        for page, cached in ((page, cached) for page in pages for cached in (True, False)):
            floors_now = self.measure_floors(server, floors, requests, options, first and not measured)
            row = self.measure(server, page, cached, requests, options, first)
            measured.append((floors_now, beside(row, floors_now)))
        return measured

    def measure_floors(self, server, floors, requests, options, first):
        """The bare view and the static file, measured anew; their queries and cost after a change if ``first``."""
        bare, static = floors
        return (
            self.measure(server, bare, False, requests, options, first),
            self.measure(server, static, True, requests, options, first),
        )

    def measure(self, server, target, cached, requests, options, first=False):
        """Warm every worker's caches, then time ``requests`` requests; queries and the cost after a change once."""
        warm_up = 2 * options["workers"]
        load.run(server.base_url, target.requests(cached, warm_up), options["concurrency"])
        # New API URLs after those of the warm-up; all of them again if a tiny archive has no more.
        timed = target.requests(cached, requests, start=warm_up) or target.requests(cached, requests)
        timing = load.run(server.base_url, timed, options["concurrency"])
        if timing.statuses - {200}:
            self.stderr.write(self.style.WARNING(f"{target.name} ({target.path}) answered {sorted(timing.statuses)}"))
        if not first:
            return Measurement(target, cached, timing, None, None)
        after_change = None if cached else self.after_change(server, target)
        return Measurement(target, cached, timing, queries.count(target, cached), after_change)

    @staticmethod
    def after_change(server, target):
        """The median time of one uncached request right after content changed, of ``AFTER_CHANGE_ROUNDS``.

        What the first visitor after an edit waits for: the content version has moved on, so
        nothing cached for it is read, by the worker answering or by any other.
        """
        latencies = []
        for _ in range(AFTER_CHANGE_ROUNDS):
            bump_content_version()
            # Until then a worker may serve what it stored before (``STORED_ANSWER_LOCAL_SECONDS``).
            time.sleep(settings.STORED_ANSWER_LOCAL_SECONDS)
            latencies.append(load.run(server.base_url, target.requests(False, 1), 1).p50_ms)
        return round(statistics.median(latencies), 2)

    @staticmethod
    def publication_count():
        from publications.models import PublicationPage

        return PublicationPage.objects.live().filter(locale__language_code="en").count()
