"""Fixtures of the shared pieces' tests."""

import pytest
from django.core.cache import cache

from cms import content_cache


class CountingCache:
    """The shared cache, counting the round trips made through it."""

    def __init__(self, cache):
        self.cache = cache
        self.calls = []

    def __getattr__(self, name):
        method = getattr(self.cache, name)

        def counted(*args, **kwargs):
            self.calls.append(name)
            return method(*args, **kwargs)

        return counted


@pytest.fixture
def counting_cache(monkeypatch):
    counting = CountingCache(cache)
    monkeypatch.setattr(content_cache, "cache", counting)
    return counting
