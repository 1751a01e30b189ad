"""Content-Security-Policy with nonces on public pages, a policy of its own for the admin, Permissions-Policy."""

import re
import subprocess
import sys

from django.conf import settings as django_settings

from tests.factories import PublicationIndexPageFactory, PublicationPageFactory


def test_public_pages_have_a_nonce_policy_that_their_inline_script_carries(client, home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    PublicationPageFactory(parent=index, slug="report").save_revision().publish()
    response = client.get("/en/publications/report/")
    policy = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert "'unsafe-inline'" not in policy and "object-src 'none'" in policy
    assert f'nonce="{nonce}"' in response.content.decode()
    assert "camera=()" in response["Permissions-Policy"]
    assert client.get("/en/publications/report/")["Content-Security-Policy"] != policy  # a new nonce each time


def test_the_api_browser_style_carries_the_nonce(client, home):
    response = client.get("/api/v2/")
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    assert f'<style nonce="{nonce}">' in response.content.decode()


def test_the_admin_has_its_own_policy(admin_client):
    policy = admin_client.get("/admin/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy and "nonce-" not in policy and "object-src 'none'" in policy


def test_a_policy_without_a_nonce_is_the_one_django_csp_builds(client, admin_client, home):
    """Built once per part of the site, the header must say what django-csp would say each time."""
    from dataclasses import asdict

    from csp.middleware import PolicyParts
    from csp.utils import build_policy

    public = build_policy(**asdict(PolicyParts()))
    admin = build_policy(**asdict(PolicyParts(config=django_settings.ADMIN_CONTENT_SECURITY_POLICY)))
    for _ in range(2):
        assert client.get("/en/")["Content-Security-Policy"] == public  # the home page uses no nonce
        assert client.get("/api/v2/pages/")["Content-Security-Policy"] == public
        assert admin_client.get("/admin/login/")["Content-Security-Policy"] == admin
    assert "'unsafe-inline'" in admin and "'unsafe-inline'" not in public and "nonce-" not in public


def test_check_deploy_is_clean_under_production_settings():
    environment = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "k3y-" + "x7Qz9" * 12,
        "ALLOWED_HOSTS": "ipam.example.org",
        "CSRF_TRUSTED_ORIGINS": "https://ipam.example.org",
        # Production refuses to start without a shared cache; the check does not connect to it.
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=django_settings.BASE_DIR, env=environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
