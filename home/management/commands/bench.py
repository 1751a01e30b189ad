"""``make bench``: seed N publications, serve them with gunicorn and time every kind of page and API answer.

Run through ``make bench N=100`` (default 10000), which sets production settings, a
throw-away secret and the hosts; ``DATABASE_URL`` and ``REDIS_URL`` are used when set,
else a SQLite file per N next to ``manage.py``. Writes ``bench-results.json``.
"""

import statistics

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from home.benchmark import load, queries, report, targets
from home.benchmark.server import Gunicorn
from search.models import SearchEntry


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
            bare, static = floors
            measured = [
                self.measure(server, bare, False, requests, options),
                self.measure(server, static, True, requests, options),
            ]
            for target in pages:
                for cached in (True, False):
                    measured.append(self.measure(server, target, cached, requests, options))
            memory = server.worker_memory_mb()
        rows = report.rows(measured, measured[0][2].p50_ms, measured[1][2].p50_ms)
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

    def measure(self, server, target, cached, requests, options):
        """Warm every worker's caches, then time ``requests`` requests."""
        load.run(server.base_url, target.requests(cached, 2 * options["workers"]), options["concurrency"])
        timing = load.run(server.base_url, target.requests(cached, requests), options["concurrency"])
        if timing.statuses - {200}:
            self.stderr.write(self.style.WARNING(f"{target.name} ({target.path}) answered {sorted(timing.statuses)}"))
        return target, cached, timing, queries.count(target, cached)

    @staticmethod
    def publication_count():
        from publications.models import PublicationPage

        return PublicationPage.objects.live().filter(locale__language_code="en").count()
