"""Security headers: Content-Security-Policy per part of the site, and Permissions-Policy."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

from cms.admin_paths import in_admin


class SitePolicyCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy under the admin's prefix.

    Public pages and the API browser get the strict nonce-based policy of
    ``CONTENT_SECURITY_POLICY``. Wagtail's admin and wagtail-localize's editor rely on
    inline scripts and styles of their own, so ``ADMIN_CONTENT_SECURITY_POLICY`` allows
    those, and still nothing from other origins, no plugins and no framing elsewhere.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or not in_admin(request):
            return parts
        return PolicyParts(config=settings.ADMIN_CONTENT_SECURITY_POLICY)


class PermissionsPolicyMiddleware:
    """Switches off browser features the sites never use (camera, microphone, location…)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
