"""The content version moves when content changes, and again when the change commits.

A request reads it once, together with the first cached value it asks for.
"""

from django.core.cache import cache, caches
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory

from cms import content_cache
from cms.content_cache import (
    ContentVersionMiddleware,
    bump_content_version,
    cached,
    content_changed_at,
    content_version,
    shared_per_version,
)


def test_a_transaction_moves_it_again_once_when_it_commits(db, django_capture_on_commit_callbacks):
    """A request that read the old rows before the commit cached them under a version no one reads after."""
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        for _ in range(3):
            bump_content_version()
        assert content_version() == before + 3
    assert len(callbacks) == 1
    assert content_version() == before + 4


def test_a_rolled_back_transaction_leaves_no_step_behind(db, django_capture_on_commit_callbacks):
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                bump_content_version()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert callbacks == [] and content_version() == before + 1


def test_a_request_holds_the_version_it_read_first(counting_cache):
    """Another server moving the version mid-request does not split one page across two versions."""
    seen = []

    def view(request):
        seen.append(content_version())
        cache.incr(content_cache.VERSION_KEY)  # another server's publish
        seen.append(content_version())
        seen.append(content_changed_at())
        return HttpResponse("ok")

    content_version()
    counting_cache.calls.clear()
    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    assert seen[0] == seen[1]
    assert counting_cache.calls == ["get_many"]
    assert content_version() == seen[0] + 1  # the next request reads the new one


def test_a_change_made_by_the_request_itself_is_read_at_once(db):
    seen = []

    def view(request):
        seen.append(content_version())
        bump_content_version()
        seen.append(content_version())
        return HttpResponse("ok")

    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    assert seen[1] == seen[0] + 1


def test_cached_values_are_read_with_the_version_and_never_from_another(counting_cache):
    def view(request):
        values.append(cached("answer", ["x"], lambda: f"made at {content_version()}"))
        return HttpResponse("ok")

    values = []
    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    counting_cache.calls.clear()
    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    assert counting_cache.calls == ["get_many"]  # the version and the value in one round trip
    assert values[0] == values[1]

    cache.incr(content_cache.VERSION_KEY)
    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    assert values[2] == f"made at {content_version()}" != values[0]


def test_a_change_the_cache_failed_to_record_is_recorded_at_the_next_request(db, monkeypatch):
    """With the cache's errors ignored, a failed step is owed and taken as soon as the cache answers again."""
    before = content_version()
    backend = type(caches["default"])
    monkeypatch.setattr(backend, "incr", lambda *args, **kwargs: None)  # what django-redis answers when Redis fails
    bump_content_version()
    assert content_version() == before

    monkeypatch.undo()
    ContentVersionMiddleware(lambda request: HttpResponse("ok"))(RequestFactory().get("/"))
    assert content_version() == before + 1
    ContentVersionMiddleware(lambda request: HttpResponse("ok"))(RequestFactory().get("/"))
    assert content_version() == before + 1  # owed once, taken once


def test_what_a_process_shares_is_built_once_per_version_and_then_dropped(db):
    built = []

    def build():
        built.append(object())
        return built[-1]

    first = shared_per_version("test-shared", [1], build)
    assert shared_per_version("test-shared", [1], build) is first
    assert shared_per_version("test-shared", [2], build) is not first
    bump_content_version()
    again = shared_per_version("test-shared", [1], build)
    assert again is not first and len(built) == 3
    bump_content_version()
    shared_per_version("test-shared", [1], build)
    assert not any(first in values.values() for values in content_cache._shared.values())  # older versions dropped


def test_values_keyed_by_what_visitors_ask_are_bounded_dropping_the_least_recently_used(db):
    built = []

    def build(word):
        built.append(word)
        return f"answer for {word}"

    def ask(word):
        return shared_per_version("test-bounded", [word], lambda: build(word), limit=3)

    for word in ("a", "b", "c"):
        ask(word)
    assert ask("a") == "answer for a"  # kept, and now the most recently used
    ask("d")  # drops b, the least recently used
    assert built == ["a", "b", "c", "d"]
    ask("a"), ask("c"), ask("d")
    assert built == ["a", "b", "c", "d"]
    ask("b")
    assert built[-1] == "b"
    for word in range(1000):
        ask(str(word))
    kept = content_cache._shared[content_version()][("recently used", "test-bounded")]
    assert len(kept) == 3
    assert shared_per_version("test-bounded", ["x"], lambda: "not kept", keep=lambda: False, limit=3) == "not kept"
    assert ("x",) not in kept


def test_a_request_holding_an_older_version_never_shares_what_it_built_with_newer_ones(db):
    old_version = content_version()
    bump_content_version()
    new = shared_per_version("test-race", [], lambda: "built at the new version")
    token = content_cache._held.set({content_cache.VERSION_KEY: old_version, content_cache.CHANGED_AT_KEY: 0})
    try:
        assert shared_per_version("test-race", [], lambda: "built at the old version") == "built at the old version"
    finally:
        content_cache._held.reset(token)
    assert shared_per_version("test-race", [], lambda: "built again") == new
