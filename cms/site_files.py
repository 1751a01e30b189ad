"""Files browsers and crawlers ask for at fixed addresses: /favicon.ico and /robots.txt."""

from django.http import HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from cms.branding import brand_asset_path
from cms.models import SiteBranding
from cms.routing import find_site

ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /*/search/
Allow: /

Sitemap: {sitemap}
"""


def _branding(request):
    site = find_site(request)
    return SiteBranding.for_site(site) if site else None


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    """The site's icon: browsers ask for /favicon.ico whatever the page says."""
    return redirect(static(brand_asset_path(_branding(request), "favicon.ico")), permanent=False)


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    """Crawl everything public, not the admin or search results, and find the sitemap."""
    body = ROBOTS.format(sitemap=request.build_absolute_uri("/sitemap.xml"))
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
