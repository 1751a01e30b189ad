import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.http import HttpRequest
from django.test import override_settings

from cms.settings.base import BASE_DIR


@override_settings(DEBUG=True)
def test_dev_users_are_created_once_with_their_roles(client, db, capsys):
    call_command("create_dev_users")
    call_command("create_dev_users")
    users = get_user_model().objects
    assert users.filter(username="admin", is_superuser=True).count() == 1
    assert list(users.get(username="editor").groups.values_list("name", flat=True)) == ["Editors"]
    assert list(users.get(username="moderator").groups.values_list("name", flat=True)) == ["Moderators"]
    assert list(users.get(username="translator").groups.values_list("name", flat=True)) == ["Translators"]
    assert "password: changeme" in capsys.readouterr().out
    for username in ("admin", "editor", "moderator", "translator", "membership"):
        assert client.login(request=HttpRequest(), username=username, password="changeme")  # django-axes needs one
        assert client.get("/admin/").status_code == 200


def test_dev_users_are_refused_without_debug(db):
    with pytest.raises(CommandError):
        call_command("create_dev_users")
    assert not get_user_model().objects.filter(username="admin").exists()


def check_production_settings(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "TRUSTED_PROXIES", "REDIS_URL", "WEB_CONCURRENCY"}
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings.production")
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.ALLOWED_HOSTS, settings.DEBUG, settings.TRUSTED_PROXIES)"
    )
    return subprocess.run(  # noqa: S603 - fixed command
        [sys.executable, "-c", code], cwd=BASE_DIR, env=environment, capture_output=True, text=True, check=False
    )


def test_production_settings_require_a_secret_key():
    result = check_production_settings()
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_settings_read_the_environment():
    result = check_production_settings(SECRET_KEY="s3cret", ALLOWED_HOSTS="ipam.example, mwpn.example")
    assert result.returncode == 0, result.stderr
    # Behind a proxy on the same machine unless told otherwise.
    assert result.stdout.strip() == "['ipam.example', 'mwpn.example'] False ['127.0.0.1/32', '::1/128']"


def test_production_settings_take_the_networks_of_the_proxies():
    result = check_production_settings(SECRET_KEY="s3cret", ALLOWED_HOSTS="ipam.example", TRUSTED_PROXIES="10.0.0.0/8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("False ['10.0.0.0/8']")
