"""The files in deploy/ are what `make prod` runs: they render, nginx accepts them, they name real files."""

import os
import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings

DEPLOY = Path(settings.BASE_DIR) / "deploy"


def render(template, **values):
    result = subprocess.run(  # noqa: S603 - fixed script
        [sys.executable, str(DEPLOY / "render.py"), str(template)],
        env={**os.environ, **values},
        capture_output=True,
        text=True,
        check=False,
    )
    return result


def test_a_line_is_repeated_for_each_app_server(tmp_path):
    result = render(
        DEPLOY / "nginx" / "hluttaw.conf",
        APP_SERVERS="127.0.0.1:8001 127.0.0.1:8002",
        LISTEN="80",
        SERVER_NAMES="ipam.example.org",
        STATIC_ROOT="/srv/static",
        MEDIA_ROOT="/srv/media",
        NGINX_DIR="/etc/nginx/hluttaw",
    )
    assert result.returncode == 0, result.stderr
    assert re.findall(r"server (127\.0\.0\.1:\d+) max_fails", result.stdout) == ["127.0.0.1:8001", "127.0.0.1:8002"]
    assert "{{" not in result.stdout


def test_a_missing_value_is_an_error():
    result = render(DEPLOY / "nginx" / "hluttaw.conf", LISTEN="80")
    assert result.returncode != 0 and "set APP_SERVERS" in result.stderr


def test_nginx_accepts_the_site(tmp_path):
    for name in ("proxy.conf", "unavailable.html", "unavailable.json"):
        (tmp_path / name).write_bytes((DEPLOY / "nginx" / name).read_bytes())
    values = {
        "APP_SERVERS": "127.0.0.1:8001 127.0.0.1:8002",
        "LISTEN": "127.0.0.1:8480",
        "SERVER_NAMES": "localhost",
        "STATIC_ROOT": str(tmp_path),
        "MEDIA_ROOT": str(tmp_path),
        "NGINX_DIR": str(tmp_path),
        "STATE_DIR": str(tmp_path),
    }
    (tmp_path / "nginx" / "tmp").mkdir(parents=True)
    (tmp_path / "hluttaw.conf").write_text(render(DEPLOY / "nginx" / "hluttaw.conf", **values).stdout)
    (tmp_path / "nginx.conf").write_text(render(DEPLOY / "local" / "nginx.conf", **values).stdout)
    result = subprocess.run(  # noqa: S603 - fixed program
        ["nginx", "-t", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)],  # noqa: S607 - Debian's nginx
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_app_server_unit_runs_the_checked_in_gunicorn_config():
    unit = (DEPLOY / "systemd" / "hluttaw@.service").read_text()
    assert "ExecStartPre=/srv/hluttaw/.venv/bin/python manage.py check --fail-level ERROR" in unit
    config = re.search(r"gunicorn -c (\S+) cms\.wsgi", unit).group(1)
    assert (Path(settings.BASE_DIR) / config).is_file()


def test_redis_is_bounded():
    config = (DEPLOY / "redis" / "hluttaw.conf").read_text()
    assert re.search(r"^maxmemory \d+mb$", config, re.M)
    assert re.search(r"^maxmemory-policy allkeys-lru$", config, re.M)


def test_nginx_closes_an_idle_app_server_connection_before_gunicorn_does():
    """Else a request can meet an app server closing its side, and fail on a live server."""
    site = (DEPLOY / "nginx" / "hluttaw.conf").read_text()
    upstream = re.search(r"upstream hluttaw_app \{(.*?)\n\}", site, re.S).group(1)
    nginx_seconds = int(re.search(r"keepalive_timeout (\d+)s;", upstream).group(1))
    gunicorn = {}
    exec((DEPLOY / "gunicorn.conf.py").read_text(), gunicorn)  # noqa: S102 - the checked-in config
    assert gunicorn["worker_class"] == "gthread"  # idle connections wait in its poller, not in a thread
    assert nginx_seconds < gunicorn["keepalive"]


def test_the_wsgi_entry_point_freezes_what_loading_made():
    """The collector's full passes then skip the project's own objects (``cms/wsgi.py``)."""
    script = "import gc, cms.wsgi; print(gc.get_freeze_count())"
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    command = [sys.executable, "-c", script]
    result = subprocess.run(command, cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True, check=True)  # noqa: S603
    assert int(result.stdout.split()[-1]) > 50_000
