"""``make bench``: seed N publications, serve them with gunicorn and time every kind of page and API answer.

Run through ``make bench N=100`` (default 10000), which sets production settings, a
throw-away secret and the hosts; ``DATABASE_URL`` and ``REDIS_URL`` are used when set,
else a SQLite file per N next to ``manage.py``. Writes ``bench-results.json``.
"""

import statistics

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from cms.content_cache import bump_content_version
from home.benchmark import load, queries, report, targets
from home.benchmark.server import Gunicorn
from search.models import SearchEntry

AFTER_CHANGE_ROUNDS = 5


def median_round(rounds):
    """Of a floor's measurements at the start, middle and end of the run, the one with the median p50.

    A floor measured once swings with whatever else the machine did at that moment (in
    five runs here the bare view's p50 ranged from 2 to 17 ms); three rounds spread over
    the run, and their median, make the ratios comparable from one run to the next.
    """
    return sorted(rounds, key=lambda measurement: measurement[2].p50_ms)[len(rounds) // 2]


def floor_summary(floor_rounds):
    rounds = (
        f"{name} {', '.join(f'{round_[index][2].p50_ms:.2f}' for round_ in floor_rounds)}"
        for index, name in enumerate(("bare view", "static file"))
    )
    return "floors, p50 ms at the start, middle and end: " + "; ".join(rounds)


class Command(BaseCommand):
    help = "Seed publications, start gunicorn on loopback and print p50/p95, req/s, queries and ratios per page."

    def add_arguments(self, parser):
        parser.add_argument("--publications", type=int, default=10_000, help="Publications to seed (default 10000).")
        parser.add_argument("--requests", type=int, default=200, help="Requests per row (default 200).")
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
            floor_rounds, measured = self.run_load(server, floors, pages, requests, options)
            memory = server.worker_memory_mb()
        bare, static = (median_round([round_[index] for round_ in floor_rounds]) for index in range(2))
        self.stdout.write(floor_summary(floor_rounds))
        measured = [bare, static, *measured]
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

    def run_load(self, server, floors, pages, requests, options):
        """Every page cached and uncached, with the floors measured at the start, middle and end."""
        floor_rounds = [self.measure_floors(server, floors, requests, options)]
        measured = []
        for number, target in enumerate(pages):
            if number == len(pages) // 2:
                floor_rounds.append(self.measure_floors(server, floors, requests, options))
            for cached in (True, False):
                measured.append(self.measure(server, target, cached, requests, options))
        floor_rounds.append(self.measure_floors(server, floors, requests, options))
        return floor_rounds, measured

    def measure_floors(self, server, floors, requests, options):
        """The bare view and the static file, measured again at each call."""
        bare, static = floors
        return [
            self.measure(server, bare, False, requests, options),
            self.measure(server, static, True, requests, options),
        ]

    def measure(self, server, target, cached, requests, options):
        """Warm every worker's caches, then time ``requests`` requests."""
        load.run(server.base_url, target.requests(cached, 2 * options["workers"]), options["concurrency"])
        timing = load.run(server.base_url, target.requests(cached, requests), options["concurrency"])
        if timing.statuses - {200}:
            self.stderr.write(self.style.WARNING(f"{target.name} ({target.path}) answered {sorted(timing.statuses)}"))
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
            latencies.append(load.run(server.base_url, target.requests(False, 1), 1).p50_ms)
        return round(statistics.median(latencies), 2)

    @staticmethod
    def publication_count():
        from publications.models import PublicationPage

        return PublicationPage.objects.live().filter(locale__language_code="en").count()
