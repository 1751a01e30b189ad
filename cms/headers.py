"""Security headers: Content-Security-Policy per part of the site, and Permissions-Policy."""

from dataclasses import asdict

from csp.constants import HEADER
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings

from cms.admin_paths import in_admin

# What django-csp's decorators set on a response to change its policy.
RESPONSE_POLICY_ATTRIBUTES = tuple(
    f"_csp_{name}{suffix}" for name in ("config", "update", "replace", "exempt") for suffix in ("", "_ro")
)


class SitePolicyCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy under the admin's prefix.

    Public pages and the API browser get the strict nonce-based policy of
    ``CONTENT_SECURITY_POLICY``. Wagtail's admin and wagtail-localize's editor rely on
    inline scripts and styles of their own, so ``ADMIN_CONTENT_SECURITY_POLICY`` allows
    those, and still nothing from other origins, no plugins and no framing elsewhere.
    """

    def __init__(self, get_response):
        super().__init__(get_response)
        self._plain_policies = {}

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or not in_admin(request):
            return parts
        return PolicyParts(config=settings.ADMIN_CONTENT_SECURITY_POLICY)

    def process_response(self, request, response):
        """The policy of a response without a nonce is the same string each time: built once per part of the site.

        Stored pages and API answers use no nonce; building the header was a sixth of their time.
        """
        if not self._is_plain(request, response):
            return super().process_response(request, response)
        admin = in_admin(request)
        if admin not in self._plain_policies:
            self._plain_policies[admin] = build_policy(**asdict(self.get_policy_parts(request, response)))
        response[HEADER] = self._plain_policies[admin]
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    @staticmethod
    def _is_plain(request, response):
        """No nonce, no policy of the view's own, nothing exempt, no report-only policy and not in debug."""
        return not (
            getattr(request, "_csp_nonce", None)
            or HEADER in response
            or settings.DEBUG
            or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            or settings.CONTENT_SECURITY_POLICY.get("EXCLUDE_URL_PREFIXES")
            or any(hasattr(response, name) for name in RESPONSE_POLICY_ATTRIBUTES)
        )


class PermissionsPolicyMiddleware:
    """Switches off browser features the sites never use (camera, microphone, location…)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
