"""Each process keeps copies of cached values, served only at the content version they were made at."""

import pickle

from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from cms import content_cache
from cms.content_cache import ContentVersionMiddleware, cached, content_version
from cms.local_copies import LocalCopies


def pickled(value):
    return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


def test_a_copy_is_served_only_at_its_version():
    copies = LocalCopies(max_bytes=10_000)
    copies.put("key", 7, pickled({"a": 1}))
    assert copies.get("key", 7) == {"a": 1}
    assert copies.get("key", 8) is None
    assert copies.get("other", 7) is None


def test_each_read_is_a_fresh_object():
    """A caller may change what it got, as with a value unpickled from the shared cache."""
    copies = LocalCopies(max_bytes=10_000)
    copies.put("key", 1, pickled(["a"]))
    copies.get("key", 1).append("b")
    assert copies.get("key", 1) == ["a"]


def test_the_least_recently_used_go_first_when_the_bound_is_reached():
    value = "x" * 300
    size = len(pickled(value))
    copies = LocalCopies(max_bytes=8 * size)
    for name in ("a", "b", "c", "d", "e", "f", "g", "h"):
        copies.put(name, 1, pickled(value))
    copies.get("a", 1)  # used: "b" is now the oldest
    copies.put("i", 1, pickled(value))
    assert copies.get("b", 1) is None
    assert all(copies.get(name, 1) == value for name in ("a", "c", "i"))


def test_a_value_over_an_eighth_of_the_bound_is_not_kept():
    copies = LocalCopies(max_bytes=8_000)
    copies.put("big", 1, pickled("x" * 2_000))
    assert "big" not in copies
    assert copies.get("big", 1) is None


def _reading(names, made):
    def view(request):
        for name in names:
            made.setdefault(name, [])
            cached(name, [], lambda name=name: made[name].append(content_version()) or f"{name} at {content_version()}")
        return HttpResponse("ok")

    return view


def test_a_request_after_the_first_asks_the_shared_cache_for_the_version_alone(counting_cache):
    made = {}
    view = _reading(["navigation", "branding", "route"], made)
    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    counting_cache.calls.clear()
    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    assert counting_cache.calls == ["get_many"]
    assert all(len(versions) == 1 for versions in made.values())  # made once each


def test_another_servers_change_is_never_answered_from_the_copies(counting_cache):
    made = {}
    view = _reading(["navigation"], made)
    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    cache.incr(content_cache.VERSION_KEY)  # another server published
    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    assert made["navigation"] == [made["navigation"][0], made["navigation"][0] + 1]


def test_after_the_shared_cache_is_emptied_the_copies_are_not_served(counting_cache):
    """The version starts again at a random value, so no copy's version comes back."""
    made = {}
    view = _reading(["navigation"], made)
    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    cache.clear()
    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    assert len(made["navigation"]) == 2
    assert made["navigation"][0] != made["navigation"][1]


def test_outside_a_request_a_copy_costs_one_round_trip_for_the_version(counting_cache):
    """Commands and other code outside requests read the version each time, and then the copy."""
    cached("answer", [], lambda: "value")
    counting_cache.calls.clear()
    assert cached("answer", [], lambda: "recomputed") == "value"
    assert counting_cache.calls == ["get_many"]


def test_a_request_writes_what_it_built_to_the_shared_cache_once_as_it_ends(counting_cache):
    made = {}
    seen_during = []

    def view(request):
        _reading(["navigation", "branding", "route"], made)(request)
        seen_during.append(list(counting_cache.calls))
        return HttpResponse("ok")

    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    assert "set_many" not in seen_during[0]
    assert counting_cache.calls.count("set_many") == 1
    content_cache.local_copies().clear()  # another server: only the shared cache
    ContentVersionMiddleware(_reading(["navigation", "branding", "route"], made))(RequestFactory().get("/"))
    assert all(len(versions) == 1 for versions in made.values())


def test_what_is_kept_is_the_value_as_stored_not_as_its_caller_changed_it_later():
    def view(request):
        cached("list", [], lambda: ["stored"]).append("changed by the caller")
        return HttpResponse("ok")

    ContentVersionMiddleware(view)(RequestFactory().get("/"))
    content_cache.local_copies().clear()
    assert cached("list", [], lambda: ["recomputed"]) == ["stored"]


def test_an_entry_in_another_form_is_a_miss():
    """What an older release kept under a key, ``(version, value)``, is computed again."""
    cache.set(content_cache.cache_key("old", []), (content_version(), "old value"))
    assert cached("old", [], lambda: "new value") == "new value"
