"""A second factor for the admin: six-digit codes from an authenticator app (TOTP, django-otp).

Any admin user may turn it on under Account → Two-factor authentication; from then on the
admin asks for a code after the password. Users in a group of
``TWO_FACTOR_REQUIRED_GROUPS`` (the Membership group when ``REQUIRE_2FA_FOR_MEMBERSHIP``
is on) must: until they have set up an app, the admin shows them only the setup page.
"""

from base64 import b32encode
from urllib.parse import urlencode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.admin_paths import in_admin

SETUP, VERIFY = "two_factor_setup", "two_factor_verify"
OPEN_VIEWS = {SETUP, VERIFY, "wagtailadmin_login", "wagtailadmin_logout"}


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def is_required_for(user):
    groups = settings.TWO_FACTOR_REQUIRED_GROUPS
    return bool(groups) and user.groups.filter(name__in=groups).exists()


class SecondFactorMiddleware:
    """Sends an admin user who has not given a code to the code (or setup) page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if in_admin(request) and user.is_authenticated and not user.is_verified():
            target = self._target(request)
            if target:
                return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def _target(self, request):
        try:
            if resolve(request.path_info).url_name in OPEN_VIEWS:
                return None
        except Resolver404:
            return None
        if confirmed_device(request.user):
            return VERIFY
        return SETUP if is_required_for(request.user) else None


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code from your authenticator app",
        max_length=6,
        min_length=6,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = self.cleaned_data["code"]
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError("Too many wrong codes. Wait a minute, then try again.")
        if not code.isdigit() or not self.device.verify_token(code):
            raise forms.ValidationError("This code is not right, or has expired. Try the code shown now.")
        return code


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def verify(request):
    """Asks for a code after the password."""
    device = confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(_next_url(request))
    form = CodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(_next_url(request))
    return render(request, "cms/admin/two_factor_verify.html", {"form": form, "next": _next_url(request)})


def setup(request):
    """Adds an authenticator app (shown as a QR code and a key), or removes it when allowed."""
    user = request.user
    if request.method == "POST" and request.POST.get("remove") and request.user.is_verified():
        if is_required_for(user):
            messages.error(request, "Your group must use a second factor: it cannot be removed.")
        else:
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, "Two-factor authentication is off.")
        return redirect(SETUP)
    if confirmed_device(user):
        return render(request, "cms/admin/two_factor_setup.html", {"active": True, "required": is_required_for(user)})
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
        user=user, name="Authenticator app", confirmed=False
    )
    form = CodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, "Two-factor authentication is on: the admin will ask for a code at each login.")
        return redirect(_next_url(request))
    context = {"form": form, "qr_code": _qr_svg(device.config_url), "key": _base32_key(device)}
    return render(request, "cms/admin/two_factor_setup.html", {**context, "next": _next_url(request)})


def _qr_svg(text):
    return segno.make(text, error="m").svg_inline(scale=5)


def _base32_key(device):
    return b32encode(device.bin_key).decode()
