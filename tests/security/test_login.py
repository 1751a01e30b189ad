"""Login throttling and the second factor, through the real admin login view."""

import pytest
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from participation.roles import MEMBERSHIP
from tests.participation.helpers import user_in

LOGIN = "/admin/login/"


def log_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


@pytest.fixture
def editor(db):
    user = user_in("Editors")
    user.set_password("right-password")
    user.save()
    return user


def test_five_wrong_passwords_lock_the_user_out_until_unlocked(client, editor):
    for _attempt in range(4):
        assert log_in(client, "editors", "wrong").status_code == 200
    assert log_in(client, "editors", "wrong").status_code == 429  # the fifth
    locked = log_in(client, "editors", "right-password")
    assert locked.status_code == 429
    assert "Too many wrong passwords" in locked.content.decode()
    assert "_auth_user_id" not in client.session

    call_command("axes_reset_username", "editors", verbosity=0)
    call_command("axes_reset_ip", "127.0.0.1", verbosity=0)
    assert log_in(client, "editors", "right-password").status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_a_right_password_clears_earlier_failures(client, editor):
    for _attempt in range(4):
        log_in(client, "editors", "wrong")
    assert log_in(client, "editors", "right-password").status_code == 302
    client.logout()
    for _attempt in range(4):
        log_in(client, "editors", "wrong")
    assert log_in(client, "editors", "right-password").status_code == 302


def code_for(device, drift=0):
    """The app's code now, or ``drift`` steps later (a code is accepted once, one step either way)."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=drift):06d}"


def membership_user():
    user = user_in(MEMBERSHIP)
    user.set_password("right-password")
    user.save()
    return user


def test_membership_must_set_up_a_second_factor_when_the_setting_is_on(client, settings, db):
    settings.TWO_FACTOR_REQUIRED_GROUPS = [MEMBERSHIP]
    user = membership_user()
    log_in(client, user.username, "right-password")
    response = client.get("/admin/snippets/participation/signatory/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/two-factor/")

    setup = client.get("/admin/two-factor/")
    assert setup.status_code == 200 and "<svg" in setup.content.decode()
    device = TOTPDevice.objects.get(user=user)
    assert client.post("/admin/two-factor/", {"code": "000000"}).status_code == 200
    device.refresh_from_db()
    device.throttle_reset()  # a wrong code makes django-otp wait a second before the next try
    assert client.post("/admin/two-factor/", {"code": code_for(device)}).status_code == 302
    assert client.get("/admin/snippets/participation/signatory/").status_code == 200

    client.logout()
    log_in(client, user.username, "right-password")
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/two-factor/verify/")
    wrong = client.post("/admin/two-factor/verify/", {"code": "123456x"})
    assert "not right" in wrong.content.decode() or "Ensure" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()
    next_code = code_for(device, drift=1)  # the code used at setup cannot be replayed
    assert client.post("/admin/two-factor/verify/", {"code": next_code, "next": "/admin/"}).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert client.post("/admin/two-factor/", {"remove": "1"}).status_code == 302
    assert TOTPDevice.objects.filter(user=user).exists()  # required: cannot be removed


def test_the_second_factor_is_optional_for_other_staff_and_when_the_setting_is_off(client, settings, editor):
    settings.TWO_FACTOR_REQUIRED_GROUPS = []
    log_in(client, "editors", "right-password")
    assert client.get("/admin/").status_code == 200
    client.get("/admin/two-factor/")
    device = TOTPDevice.objects.get(user=editor)
    client.post("/admin/two-factor/", {"code": code_for(device)})
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert client.post("/admin/two-factor/", {"remove": "1"}).status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()


def test_logins_are_throttled_and_answered_while_the_cache_fails(client, editor, monkeypatch):
    """With Redis down the shared cache fails (``touch`` raises even with errors ignored): a login needs none of it."""
    from django.core.cache import cache

    def unreachable(*args, **kwargs):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(cache, "touch", unreachable)
    for _attempt in range(4):
        assert log_in(client, "editors", "wrong").status_code == 200
    assert log_in(client, "editors", "wrong").status_code == 429
