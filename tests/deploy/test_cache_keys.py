"""Cached API answers are keyed by what the site defines, so clients cannot grow the cache."""

import pytest
from django.core.cache import cache
from django.test import Client

from cms.checks import shared_cache_when_several_processes_serve


def cached_answers():
    """Keys of cached API answers, in Redis or in the local-memory cache."""
    if hasattr(cache, "keys"):
        return cache.keys("hluttaw:api-answer:*")
    return [key for key in cache._cache if ":hluttaw:api-answer:" in key]


@pytest.fixture
def api_site(statement, settings):
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1"]
    return statement


def test_an_answer_is_cached_once_for_its_site(api_site, client):
    client.get("/api/v2/pages/")
    client.get("/api/v2/pages/")
    assert len(cached_answers()) == 1


def test_hosts_that_are_no_site_never_reach_the_cache(api_site):
    for port in range(8100, 8150):
        response = Client(HTTP_HOST=f"127.0.0.1:{port}").get("/api/v2/pages/")
        assert response.status_code == 200
    assert cached_answers() == []


def test_only_query_strings_in_normal_form_are_stored(api_site, client):
    """Another spelling of a number is answered fresh each time, never under the normal one's key."""
    for query in ("limit=5", "limit=05", "limit=005&offset=0", "offset=00&limit=5", "offset=0&limit=5"):
        assert client.get(f"/api/v2/pages/?{query}").status_code == 200
    assert len(cached_answers()) == 2  # limit=5, and limit=5 with an explicit offset=0


def test_a_spelling_the_view_refuses_cannot_answer_for_the_normal_one(api_site, client):
    assert client.get("/api/v2/publications/?year=2021").status_code == 200
    assert client.get("/api/v2/publications/?year=02021").status_code == 400
    assert client.get("/api/v2/publications/?year=02021").status_code == 400


def test_free_text_and_deep_offsets_are_not_cached(api_site, client):
    for n in range(20):
        assert client.get(f"/api/v2/publications/?q=word{n}").status_code == 200
        assert client.get(f"/api/v2/pages/?limit=1&offset={100 + n}").status_code == 200
    assert cached_answers() == []


def test_unknown_parameters_are_refused_before_the_cache(api_site, client):
    for n in range(20):
        assert client.get(f"/api/v2/pages/?x{n}=1").status_code == 400
    assert cached_answers() == []


def test_several_processes_need_a_shared_cache(settings):
    settings.SERVING_PROCESSES = 2
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [error.id for error in shared_cache_when_several_processes_serve()] == ["cms.E001"]
    settings.SERVING_PROCESSES = 1
    assert shared_cache_when_several_processes_serve() == []


def test_a_shared_cache_passes_the_check(settings):
    settings.SERVING_PROCESSES = 4
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}}
    assert shared_cache_when_several_processes_serve() == []


def test_a_stored_answer_costs_one_round_trip_to_the_cache(api_site, client, counting_cache):
    client.get("/api/v2/pages/")
    counting_cache.calls.clear()
    assert client.get("/api/v2/pages/").status_code == 200
    assert counting_cache.calls == ["get_many"]
