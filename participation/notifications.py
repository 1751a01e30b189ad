"""Tell a site's team that a submission waits, without putting personal data in an email."""

from django.conf import settings
from django.core.mail import send_mail

from cms.models import SiteBranding
from participation.admin_links import join_requests_url, signatories_url
from participation.models import Status


def notify_team(site, subject, admin_path):
    """Email the site's contact address a link to the admin; no name, no email, no phone."""
    branding = SiteBranding.for_site(site)
    if not branding.contact_email:
        return
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + admin_path
    body = f"{subject}\n\nReview it in the admin (Membership group only):\n{link}\n"
    send_mail(f"[{branding.short_name or branding.name}] {subject}", body, None, [branding.contact_email])


def signature_received(signatory):
    statement = signatory.statement
    path = signatories_url(status=Status.PENDING, statement=statement.pk)
    notify_team(statement.get_site(), f"A new signature on “{statement.title}” waits for approval", path)


def join_request_received(join_request):
    path = join_requests_url(handled="false")
    notify_team(join_request.site, "A parliamentarian asks to join", path)
