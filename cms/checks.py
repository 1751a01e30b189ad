"""System checks of the deployment: run by ``manage.py check``, ``migrate`` and the app servers' start."""

from django.conf import settings
from django.core import checks

# Backends that keep entries inside one process: nothing is shared between workers.
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@checks.register(checks.Tags.caches)
def shared_cache_when_several_processes_serve(app_configs=None, **kwargs):
    """Several processes need one cache: content versions, preview tokens and rate limits live there.

    With a cache per process a publish reaches one worker's answers only when that
    worker's entries expire, and every worker gives each visitor a fresh allowance.
    """
    processes = settings.SERVING_PROCESSES
    backend = settings.CACHES["default"]["BACKEND"]
    if processes > 1 and backend in PER_PROCESS_CACHES:
        return [
            checks.Error(
                f"{processes} processes serve the site (SERVING_PROCESSES / WEB_CONCURRENCY) "
                f"but the cache ({backend}) is private to each of them.",
                hint="Set REDIS_URL to a Redis server every app server uses, or SERVING_PROCESSES=1.",
                id="cms.E001",
            )
        ]
    return []
