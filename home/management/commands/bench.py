"""``make bench``: seed N publications, serve them with gunicorn and time every kind of page and API answer.

Run through ``make bench N=100`` (default 10000), which sets production settings, a
throw-away secret and the hosts; ``DATABASE_URL`` and ``REDIS_URL`` are used when set,
else a SQLite file per N next to ``manage.py``. Writes ``bench-results.json``.
"""

import statistics
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from cms.content_cache import bump_content_version
from home.benchmark import load, queries, report, targets
from home.benchmark.server import Gunicorn
from search.models import SearchEntry

AFTER_CHANGE_ROUNDS = 5


def median_round(rounds):
    """Of one row's measurements (one per round; the floors', one before every row), the one with the median p50.

    Measured once, a row swings with whatever else the machine did at that moment (in
    five runs here the bare view's p50 ranged from 2 to 17 ms; within one run, measured
    200 requests at a time, from 2.9 to 6.9 ms). So every row is measured in each of the
    rounds, and the floors before every row of every round: the floors' medians then come
    from a hundred measurements spread over the whole run, and a slow moment weighs on one
    measurement rather than on every ratio.
    """
    return sorted(rounds, key=lambda measurement: measurement[2].p50_ms)[len(rounds) // 2]


def combined(row_rounds):
    """One row: the median round's timing, with the queries and the cost after a change of the first."""
    target, cached, _timing, query_count, after_change = row_rounds[0]
    return target, cached, median_round(row_rounds)[2], query_count, after_change


def every_floors(rounds):
    """``[(bare, static), ...]``: the floors measured before each row of each round."""
    return [floors for round_ in rounds for floors, _row in round_]


def floor_rows(rounds):
    """The bare view and the static file, each from every time they were measured."""
    return tuple(combined([floors[index] for floors in every_floors(rounds)]) for index in range(2))


def floor_summary(rounds):
    """The spread of the floors' p50s over the run."""
    parts = []
    for index, name in enumerate(("bare view", "static file")):
        p50s = sorted(floors[index][2].p50_ms for floors in every_floors(rounds))
        parts.append(f"{name} {p50s[0]:.2f}-{p50s[-1]:.2f} ms ({len(p50s)} times; the table shows their median)")
    return "floors before each row, p50: " + "; ".join(parts)


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
        bare, static = floor_rows(rounds)
        page_rounds = zip(*([row for _floors, row in round_] for round_ in rounds), strict=True)
        measured = [bare, static, *(combined(row_rounds) for row_rounds in page_rounds)]
        rows = report.rows(measured, bare[2].p50_ms, static[2].p50_ms)
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
        """Every page cached and uncached, each after the floors: ``[((bare, static), row), ...]``.

        A later round starts from a new content version, so that the API's new URLs are
        new again (an answer is stored per version) and every cache is warmed anew.
        """
        if not first:
            bump_content_version()
            time.sleep(settings.STORED_ANSWER_LOCAL_SECONDS)
        measured = []
        for page, cached in ((page, cached) for page in pages for cached in (True, False)):
            floors_now = self.measure_floors(server, floors, requests, options, first and not measured)
            measured.append((floors_now, self.measure(server, page, cached, requests, options, first)))
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
            return target, cached, timing, None, None
        after_change = None if cached else self.after_change(server, target)
        return target, cached, timing, queries.count(target, cached), after_change

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
