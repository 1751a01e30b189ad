"""Where Wagtail's admin lives, for the middleware that acts only there (asked on every request)."""

import functools

from django.urls import reverse


@functools.cache
def admin_prefix():
    """The admin's path; the URL configuration does not change while a process runs."""
    return reverse("wagtailadmin_home")


def in_admin(request, below=""):
    """Whether the request is for the admin (or the part of it under ``below``)."""
    return request.path_info.startswith(admin_prefix() + below)
