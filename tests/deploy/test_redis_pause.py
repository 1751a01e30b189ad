"""A Redis that accepts connections but never answers costs one timeout, not one per cache call."""

import contextlib
import logging
import os
import socket
import subprocess
import sys
import threading
import time

import pytest
from django.conf import settings
from django_redis.cache import RedisCache

from cms import redis_pause


@pytest.fixture
def silent_redis():
    """A loopback server that accepts connections and reads what it is sent, never answering."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.05)
    received = []
    stop = threading.Event()

    def serve():
        connections = []
        while not stop.is_set():
            try:
                connection, _address = server.accept()
                connection.settimeout(0.05)
                connections.append(connection)
            except TimeoutError:
                pass
            for connection in connections:
                with contextlib.suppress(TimeoutError):
                    received.append(connection.recv(65536))
        for connection in connections:
            connection.close()
        server.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], received
    stop.set()
    thread.join(5)


def settled(received):
    """What the server has read once it has had a moment to read it."""
    time.sleep(0.3)
    return b"".join(received)


def production_like_cache(port):
    options = {
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": 0.2,
        "SOCKET_TIMEOUT": 0.2,
        "CONNECTION_POOL_KWARGS": {"connection_class": redis_pause.PausingConnection},
    }
    return RedisCache(f"redis://127.0.0.1:{port}/0", {"OPTIONS": options})


def test_after_one_timeout_the_cache_misses_without_asking_until_the_pause_ends(silent_redis, monkeypatch):
    monkeypatch.setattr(redis_pause, "_paused_until", [0.0])
    port, received = silent_redis
    cache = production_like_cache(port)

    assert cache.get("first") is None  # asked (the connection's greeting first), and timed out
    asked = settled(received)
    assert asked
    for number in range(10):
        assert cache.get_many([f"key-{number}", "other"]) == {}
        cache.set(f"key-{number}", "value")
    assert settled(received) == asked  # nothing more was sent

    redis_pause._paused_until[0] = 0.0  # the pause is over
    assert cache.get("after") is None
    assert len(settled(received)) > len(asked)  # asked again


def test_the_failure_is_logged_once_per_pause_not_once_per_refused_call(silent_redis, monkeypatch, settings, caplog):
    monkeypatch.setattr(redis_pause, "_paused_until", [0.0])
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    settings.DJANGO_REDIS_LOGGER = "tests.quiet-cache"
    quiet = redis_pause.QuietWhilePaused()
    logger = logging.getLogger("tests.quiet-cache")
    logger.addFilter(quiet)
    try:
        cache = production_like_cache(silent_redis[0])
        with caplog.at_level(logging.ERROR, logger="tests.quiet-cache"):
            cache.get("first")  # times out: the pause starts
            for number in range(10):
                cache.get(f"key-{number}")
                cache.set(f"key-{number}", "value")
    finally:
        logger.removeFilter(quiet)
    [record] = [record for record in caplog.records if record.name == "tests.quiet-cache"]
    assert record.exc_info is not None  # the timeout, with its traceback


def test_production_settings_use_the_pausing_connection():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "test-only-" + "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    code = (
        "import django; from django.conf import settings; django.setup();"
        "print(settings.CACHES['default']['OPTIONS']['CONNECTION_POOL_KWARGS']['connection_class'].__name__);"
        "print(settings.LOGGING['loggers']['cms.cache']['filters'] == ['quiet_while_paused'])"
    )
    result = subprocess.run(  # noqa: S603 (this interpreter, fixed code)
        [sys.executable, "-c", code], env=environment, cwd=settings.BASE_DIR, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["PausingConnection", "True"]
