"""Production settings refuse to serve from several processes with a cache per process."""

import os
import subprocess
import sys

from django.conf import settings

PASSED_ON = {"PATH", "HOME", "LANG", "DATABASE_URL"}


def manage_check(**env):
    environment = {key: value for key, value in os.environ.items() if key in PASSED_ON}
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY="s3cret", ALLOWED_HOSTS="x")
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_several_workers_without_redis_is_an_error():
    result = manage_check(WEB_CONCURRENCY="4")
    assert result.returncode != 0
    assert "cms.E001" in result.stderr and "4 processes" in result.stderr


def test_one_process_without_redis_passes():
    result = manage_check(SERVING_PROCESSES="1", WEB_CONCURRENCY="4")
    assert result.returncode == 0, result.stderr


def test_several_processes_with_redis_pass():
    result = manage_check(WEB_CONCURRENCY="4", REDIS_URL="redis://127.0.0.1:1/0")
    assert result.returncode == 0, result.stderr
