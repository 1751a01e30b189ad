"""Time the public pages in-process and print latency and query figures.

Run after ``load_demo``: ``python manage.py benchmark --requests 200``. The sign-on
form is timed too, inside a transaction that is rolled back: no signature stays.
"""

import statistics
import time
import uuid

from django.core.management.base import BaseCommand
from django.db import connection, reset_queries, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import Site

from home.demo.content import MWPN

DEFAULT_PATHS = [
    ("127.0.0.1:8000", "/en/"),
    ("127.0.0.1:8000", "/en/publications/"),
    ("127.0.0.1:8000", "/en/publications/?type=statement&topic=political-prisoners&sort=oldest"),
    ("127.0.0.1:8000", "/en/publications/?q=release"),
    ("127.0.0.1:8000", "/en/publications/release-myanmars-detained-members-of-parliament/"),
    ("127.0.0.1:8000", "/en/publications/release-myanmars-detained-members-of-parliament/?signatories_country=my"),
    ("127.0.0.1:8000", "/en/publications/feed/rss/"),
    ("127.0.0.1:8000", "/my/publications/"),
    ("mwpn.localhost:8000", "/en/"),
    ("mwpn.localhost:8000", "/my/about/"),
    ("127.0.0.1:8000", "/api/v2/pages/?limit=100"),
    ("127.0.0.1:8000", "/api/v2/pages/find/?html_path=/my/publications/"),
    ("127.0.0.1:8000", "/api/v2/publications/?topic=political-prisoners&limit=50"),
    ("mwpn.localhost:8000", "/api/v2/sites/{mwpn_site_id}/?locale=my"),
]
SIGN_ON = ("127.0.0.1:8000", "/en/publications/release-myanmars-detained-members-of-parliament/sign/")
# A documentation address (RFC 5737): the benchmark's posts use no real client's rate limit.
BENCHMARK_CLIENT = "192.0.2.1"


class RolledBack(Exception):
    """Raised to undo the benchmark's sign-ons."""


class Command(BaseCommand):
    help = "Request the demo's public pages repeatedly and print p50/p95 latency and queries per request."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=100, help="Requests per page (default 100).")

    def handle(self, *args, **options):
        count = max(1, min(options["requests"], 10_000))
        client = Client()
        self.stdout.write(f"{'page':<78} {'status':>6} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>7} {'queries':>7}")
        mwpn = Site.objects.filter(hostname=MWPN["hostname"]).values_list("pk", flat=True).first()
        for host, template in DEFAULT_PATHS:
            path = template.format(mwpn_site_id=mwpn)
            status, queries = self.warm(client, host, path)
            timings = [self.timed(client.get, path, HTTP_HOST=host) for _ in range(count)]
            self.report(f"GET {host}{path}", status, timings, queries)
        self.time_sign_ons(count)

    def time_sign_ons(self, count):
        """POST ``count`` valid sign-ons and report them as one row, then roll them all back."""
        host, path = SIGN_ON
        client = Client(REMOTE_ADDR=BENCHMARK_CLIENT)
        overrides = {
            "PARTICIPATION_RATE_LIMIT": count + 2,
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
        try:
            with override_settings(**overrides), transaction.atomic():
                client.post(path, self.sign_on(), HTTP_HOST=host)
                with CaptureQueriesContext(connection) as queries:
                    status = client.post(path, self.sign_on(), HTTP_HOST=host).status_code
                query_count = len(queries)  # read now: every request resets the query log
                timings = [self.timed(client.post, path, self.sign_on(), HTTP_HOST=host) for _ in range(count)]
                raise RolledBack
        except RolledBack:
            pass
        self.report(f"POST {host}{path}", status, timings, query_count)

    @staticmethod
    def sign_on():
        return {
            "name": "Benchmark Signatory",
            "country": "th",
            "parliament": "House of Representatives",
            "email": "benchmark@example.org",
            "confirm": "on",
            "submission_id": str(uuid.uuid4()),
        }

    @staticmethod
    def timed(call, *args, **kwargs):
        started = time.perf_counter()
        call(*args, **kwargs)
        return (time.perf_counter() - started) * 1000

    def report(self, label, status, timings, queries):
        timings = sorted(timings)
        p50 = statistics.median(timings)
        p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
        rate = 1000 * len(timings) / sum(timings)
        self.stdout.write(f"{label[:78]:<78} {status:>6} {p50:>8.1f} {p95:>8.1f} {rate:>7.0f} {queries:>7}")

    @staticmethod
    def warm(client, host, path):
        """One request to fill caches, then one counted request."""
        client.get(path, HTTP_HOST=host)
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, HTTP_HOST=host)
        return response.status_code, len(queries)
