"""``manage.py search_bench``: time site search and API search in this process, on this database.

For each language of the default site it searches a common word (the most frequent
token of a sample of the index) and a rarer one (the longest word of a title in the
middle of the index), or the ``--query LANG:TEXT`` given, and prints per query: how
many entries match, the search page's and the API's p50 over ``--repeat`` requests
(its ranking cached, as for a query asked again or paged), what a query asked for the
first time adds (ranking every match: ``rank ms``), and the SQL queries of one page
request and one API request.
Run it at two archive sizes and compare the columns.
"""

import statistics
import time
from collections import Counter
from urllib.parse import urlencode

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site

from cms.pages import localized_root
from search.models import SearchEntry
from search.results import rank, search_site, site_entries
from search.segmentation import BOUNDARY, is_burmese

SAMPLE = 2000
HEADER = f"{'lang':4} {'query':24} {'matches':>7} {'page ms':>8} {'API ms':>7} {'rank ms':>8} {'queries':>8}"


class Command(BaseCommand):
    help = "Time the search page and the API search in process for common and rare words, and count their queries."

    def add_arguments(self, parser):
        parser.add_argument("--query", action="append", default=[], help="LANG:TEXT, e.g. en:junta (repeatable).")
        parser.add_argument("--repeat", type=int, default=15, help="Timed requests per row (default 15).")

    def handle(self, *args, **options):
        site = Site.objects.get(is_default_site=True)
        self.client = Client()
        self.host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
        self.stdout.write(f"{SearchEntry.objects.count()} entries in the index, {options['repeat']} requests a row")
        self.stdout.write(HEADER)
        for code, text in self.queries(site, options["query"]):
            root = localized_root(site, Locale.objects.get(language_code=code))
            self.stdout.write(self.row(site, root, code, text, options["repeat"]))

    def queries(self, site, given):
        if given:
            return [tuple(pair.split(":", 1)) for pair in given]
        chosen = []
        for code in ("en", "my"):
            root = localized_root(site, Locale.objects.filter(language_code=code).first())
            if root is not None:
                chosen += [(code, common_token(root)), (code, middle_title_word(root))]
        return chosen

    def row(self, site, root, code, text, repeat):
        result = search_site(root, text)
        page_path = f"/{code}/search/?{urlencode({'q': text})}"
        api_path = f"/api/v2/search/?{urlencode({'q': text, 'site': site.pk, 'locale': code})}"
        page_ms, page_queries = self.timed(page_path, repeat)
        api_ms, api_queries = self.timed(api_path, repeat)
        rank_ms = p50(repeat, lambda: rank(result.entries))
        return (
            f"{code:4} {text[:24]:24} {result.total:7d} {page_ms:8.1f} {api_ms:7.1f} {rank_ms:8.1f} "
            f"{page_queries:>4}/{api_queries:<3}"
        )

    def timed(self, path, repeat):
        """The p50 in ms of ``repeat`` requests after one to warm up, and the queries of one request."""
        self.client.get(path, HTTP_HOST=self.host)
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(path, HTTP_HOST=self.host)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
        queries = len(captured)  # read now: the next request empties the connection's query log
        return p50(repeat, lambda: self.client.get(path, HTTP_HOST=self.host)), queries


def p50(repeat, action):
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def common_token(root):
    """The most frequent token of a sample of the site's entries (4 letters or more if Latin)."""
    counts = Counter()
    for stems in site_entries(root).order_by("pk").values_list("stems", flat=True)[:SAMPLE]:
        counts.update({token for token in stems.split() if token != BOUNDARY and (is_burmese(token) or len(token) > 3)})
    return counts.most_common(1)[0][0] if counts else "a"


def middle_title_word(root):
    """The longest word of the title of the entry in the middle of the site's entries."""
    entries = site_entries(root).order_by("pk")
    title = entries.values_list("title", flat=True)[entries.count() // 2]
    return max(title.split(), key=len)
