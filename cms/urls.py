from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from cms import routing, workflow_messages
from cms.api.views import not_found_view as api_not_found
from cms.health import healthz
from cms.site_files import favicon, robots_txt
from cms.sitemaps import LocalizedSitemap
from search.views import search_page

# A database outage is answered 503 with Retry-After (JSON under /api/), not 500.
handler500 = "cms.outage.server_error"

# Outside the language prefix: the admin, files, machine-read endpoints.
urlpatterns = [
    # Before Wagtail's admin: its dashboard's approve and reject, followed by a message.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        workflow_messages.workflow_action,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", include("cms.api.urls")),
    re_path(r"^api/", api_not_found),
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", favicon, name="favicon"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
]

if settings.BENCHMARK_BARE_VIEW:
    # The floor `make bench` compares every page with: a view that does nothing, behind every middleware.
    urlpatterns.append(path("bench/bare", lambda request: HttpResponse("ok", content_type="text/plain")))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages under /en/… and /my/…; "/" redirects to the visitor's language.
urlpatterns += i18n_patterns(
    path("search/", search_page, name="search"),
    # Wagtail's password and login views, then its page view with the route of each path kept
    # per content version (cms.routing) in place of Wagtail's own.
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
