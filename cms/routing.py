"""Finding the site and the page of a request from the content cache.

Wagtail finds a page by walking the tree: the site (a query), the site's root in the
active language (three), then two queries a level, and before serving it reads the view
restrictions of the page and its ancestors (two more). Here, per content version:

- the site of each host (``find_site``, for every view that needs it);
- the page each site, language and path leads to (``serve``): a request then loads that one
  page and lets it route the rest of the path itself (a routable page's feeds or forms).

The view restrictions are skipped where none can apply (``cms.restrictions.restriction_may_apply``).

Publishing, moving, unpublishing or restricting a page changes the content version (see
``cms.content_cache``), so nothing remembered here is read after such a change. Only routes
that found a page are kept: unknown paths cannot fill the cache.
"""

from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, Site

from cms.cached_objects import cached_specific_page
from cms.content_cache import cached


def find_site(request):
    """``Site.find_for_request``, from the content cache: one query per host and content version.

    Only hosts ``ALLOWED_HOSTS`` accepts reach it (``get_host`` refuses the others); with a
    wildcard there, each made-up host adds one small key, dropped with its content version.
    """
    if not hasattr(request, "_wagtail_site"):
        hostname, port = split_domain_port(request.get_host())[0], request.get_port()
        site = cached("site-of-host", [hostname, port], lambda: Site._find_for_request(request))
        if site is not None:
            request._wagtail_site = site
    return Site.find_for_request(request)


def remember_site_root_paths(request):
    """Keep on the request what every page link reads first, from the content cache.

    Wagtail looks for it on the request, else reads it from the default cache: a round
    trip to Redis per request that builds a link.
    """
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = cached("site-root-paths", [], Site.get_site_root_paths)


def serve(request, path):
    """Wagtail's page view, starting from the remembered page of ``path`` when there is one."""
    from wagtail import views  # loads the page model, which the models importing this module define

    site = find_site(request)
    remember_site_root_paths(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        target = cached("route", [site.pk, translation.get_language(), path], lambda: _find_target(request, path))
        if target is not None:  # also when just found: the page is then kept for the next request
            request._wagtail_route_for_request = _route_from(request, path, *target)
    return views.serve(request, path)


def _components(path):
    return [component for component in path.split("/") if component]


def _find_target(request, path):
    """``(page id, content type id, depth below the site root)`` as Wagtail's own routing finds it."""
    route = Page.route_for_request(request, path)
    if route is None:
        return None
    page = route[0]
    return page.pk, page.content_type_id, page.depth - Site.find_for_request(request).root_page.depth


def _route_from(request, path, page_id, content_type_id, depth):
    """The page's route for what is left of ``path`` below it; None (Wagtail then 404s) if it has gone."""
    page = cached_specific_page(content_type_id, page_id)
    if page is None:
        return None
    try:
        return page.route(request, _components(path)[depth:])
    except Http404:
        return None
