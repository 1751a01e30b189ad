"""``make bench``'s parts: targets found in the demo, HTTP load on gunicorn, the report and its JSON."""

import json
import os
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from django.test import TestCase

from cms.content_cache import content_version
from cms.page_cache import STATUS_HEADER
from home.benchmark import load, queries, report, targets
from home.benchmark.server import Gunicorn
from home.management.commands.bench import AFTER_CHANGE_ROUNDS, Command
from publications.models import PublicationPage

IPAM_HOST = "127.0.0.1:8000"


class DemoTargetsTests(TestCase):
    """Every target found in the demo answers 200, cached and uncached, and has its queries counted."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", verbosity=0)
        call_command("rebuild_search_index", verbosity=0)

    def test_every_target_answers_cached_and_uncached(self):
        found = targets.discover(3)
        names = {target.name for target in found}
        assert {
            "home",
            "campaign",
            "network",
            "index, two filters",
            "search (Burmese)",
            "API search (English)",
        } <= names
        for target in found:
            for cached in (True, False):
                for path, host, cookie in target.requests(cached, 2):
                    headers = {"HTTP_COOKIE": cookie} if cookie else {}
                    assert self.client.get(path, HTTP_HOST=host, **headers).status_code == 200, (target, path)

    def test_a_cached_page_costs_no_query_and_an_uncached_one_is_made_again(self):
        """The home page carries a join form: it is cached too, with a token per visitor.

        Uncached, the page is rendered each time; its data (pages, counts) may all come
        from the caches, so it may cost no query either.
        """
        for name in ("home", "index"):
            target = next(target for target in targets.discover(3) if target.name == name)
            assert queries.count(target, cached=True) == 0, name
            for cached in (True, False):
                path, host, cookie = target.requests(cached, 2)[-1]
                response = self.client.get(path, HTTP_HOST=host, **({"HTTP_COOKIE": cookie} if cookie else {}))
                assert (response.get(STATUS_HEADER) == "hit") is cached, (name, cached)

    def test_an_uncached_api_answer_counts_its_queries_after_the_load_asked_every_url(self):
        listing = next(target for target in targets.discover(3) if target.name == "API publications list")
        for path, host, _cookie in listing.requests(False, 3):
            self.client.get(path, HTTP_HOST=host)  # what the load did: every URL is in the API cache now
        assert queries.count(listing, cached=False) > 0
        assert queries.count(listing, cached=True) == 0

    def test_searches_look_for_a_word_of_many_titles_in_each_language(self):
        found = {target.name: target for target in targets.discover(3)}
        for name, language in (("search (English)", "en"), ("search (Burmese)", "my")):
            word = parse_qs(urlsplit(found[name].path).query)["q"][0]
            titles = PublicationPage.objects.filter(locale__language_code=language).values_list("title", flat=True)
            assert sum(word.lower() in title.lower() for title in titles) >= 2, (name, word)
            response = self.client.get(found[name].path, HTTP_HOST=found[name].host)
            assert response.status_code == 200 and response.context["hits"], (name, word)
        assert re.search("[\u1000-\u109f]", parse_qs(urlsplit(found["search (Burmese)"].path).query)["q"][0])

    def test_uncached_api_requests_are_new_urls(self):
        listing = next(target for target in targets.discover(3) if target.name == "API publications list")
        paths = [path for path, _host, _cookie in listing.requests(False, 3)]
        assert len(set(paths)) == 3 and listing.path not in paths

    def test_uncached_api_requests_never_ask_a_url_again(self):
        """The timed requests start after the warm-up's and stop at the last new URL."""
        detail = next(target for target in targets.discover(3) if target.name == "API page detail")
        warm_up = detail.requests(False, 1)
        timed = detail.requests(False, 10, start=1)
        assert timed and len(timed) < 10
        assert not {path for path, _host, _cookie in warm_up} & {path for path, _host, _cookie in timed}
        assert len({path for path, _host, _cookie in timed}) == len(timed)


def test_load_runs_against_gunicorn_and_reports_worker_memory(settings):
    """The floors of the report, served by a real gunicorn (no database needed for them)."""
    environment = {"DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    previous = {name: os.environ.get(name) for name in environment}
    os.environ.update(environment)
    try:
        with Gunicorn(workers=1) as server:
            bare = load.run(server.base_url, [(targets.BARE_PATH, "127.0.0.1", None)] * 6, concurrency=2)
            static = load.run(server.base_url, [("/static/css/site.css", "127.0.0.1", None)] * 6, concurrency=2)
            version = content_version()
            after_change = Command.after_change(server, targets.Target("bare", "127.0.0.1", (targets.BARE_PATH,)))
            memory = server.worker_memory_mb()
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name)
            else:
                os.environ[name] = value
    assert bare.statuses == static.statuses == {200}
    assert 0 < bare.p50_ms <= bare.p95_ms and bare.rps > 0
    assert len(memory) == 1 and memory[0] > 10
    assert after_change > 0 and content_version() == version + AFTER_CHANGE_ROUNDS  # each request after a change


def test_the_common_word_is_in_most_titles_and_ties_go_alphabetically():
    titles = ["Free the lawmakers", "Lawmakers meet", "Free press", "Press freedom"]
    words = lambda title: title.lower().split()  # noqa: E731 - a one-line splitter
    assert targets._common_word(titles, words) == "free"  # free, lawmakers and press are in two titles each
    assert targets._common_word(["the the the", "a"], words) == "a"  # a word counts once per title
    assert targets._common_word([], words) is None


@pytest.mark.parametrize(
    ("values", "p50", "p95"), [([3.0, 1.0, 2.0], 2.0, 3.0), (list(map(float, range(1, 101))), 50.5, 95.0)]
)
def test_percentiles(values, p50, p95):
    timing = load.summarise(values, elapsed_s=1.0, statuses=[200])
    assert (timing.p50_ms, timing.p95_ms, timing.rps) == (p50, p95, len(values))


def test_json_has_the_issue_format(tmp_path):
    timing = load.Timing(p50_ms=4.0, p95_ms=6.0, rps=250.0, statuses=frozenset({200}))
    page = targets.Target("index", IPAM_HOST, ("/en/publications/",))
    rows = report.rows([(page, True, timing, 0, None), (page, False, timing, 2, 31.5)], bare_p50=2.0, static_p50=1.0)
    output = tmp_path / "bench-results.json"

    report.write_json(output, 100, rows, [80.5, 81.0])

    data = json.loads(output.read_text())
    assert data["publications"] == 100 and data["worker_memory_mb"] == [80.5, 81.0]
    assert data["results"] == [
        {
            "name": "index",
            "path": "/en/publications/",
            "cached": True,
            "p50_ms": 4.0,
            "p95_ms": 6.0,
            "rps": 250.0,
            "queries": 0,
            "ratio_to_bare": 2.0,
            "ratio_to_static": 4.0,
            "after_change_ms": None,
        },
        {
            "name": "index",
            "path": "/en/publications/",
            "cached": False,
            "p50_ms": 4.0,
            "p95_ms": 6.0,
            "rps": 250.0,
            "queries": 2,
            "ratio_to_bare": 2.0,
            "ratio_to_static": 4.0,
            "after_change_ms": 31.5,
        },
    ]
    assert "index" in report.table(rows)


def test_each_row_is_its_median_round_and_the_floors_the_median_of_every_time_they_were_measured():
    """Every row is measured in each round, after the floors; one slow moment does not set a row or a floor."""
    from home.management.commands.bench import combined, floor_rows, floor_summary

    def measured(name, p50, queries=None, after_change=None):
        timing = load.Timing(p50_ms=p50, p95_ms=p50, rps=1.0, statuses=frozenset({200}))
        return (targets.Target(name, IPAM_HOST, (f"/{name}",)), False, timing, queries, after_change)

    def round_(*rows, **first):
        return [
            ((measured("bare", bare, **first), measured("static", static, **first)), measured(name, p50, **first))
            for name, p50, bare, static in rows
        ]

    rounds = [
        round_(("index", 50.0, 16.9, 2.5), ("feed", 30.0, 4.1, 3.0), queries=2, after_change=2.6),
        round_(("index", 17.0, 2.1, 3.9), ("feed", 31.0, 4.4, 3.1)),
        round_(("index", 24.0, 4.8, 2.2), ("feed", 29.0, 4.0, 3.3)),
    ]
    index = combined([rows[0][1] for rows in rounds])
    assert index[2].p50_ms == 24.0 and index[3:] == (2, 2.6)  # the median round; counted in the first
    bare, static = floor_rows(rounds)
    assert bare[2].p50_ms == 4.4 and static[2].p50_ms == 3.1 and bare[3] == 2  # upper medians of six
    assert [row.ratio_to_bare for row in report.rows([bare, static, index], 4.4, 3.1)] == [1.0, 0.7, 5.45]
    assert floor_summary(rounds) == (
        "floors before each row, p50: bare view 2.10-16.90 ms (6 times; the table shows their median); "
        "static file 2.20-3.90 ms (6 times; the table shows their median)"
    )
