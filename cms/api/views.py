"""The shared endpoints of the content API: pages, media, sites, previews and the schema.

Each returns plain data; ``http.endpoint`` does the rest. Apps add their endpoints in
their own ``api`` modules, mounted by the router (``cms.api.urls``).
"""

from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Site

from cms.api import media, sites
from cms.api.errors import ApiError, bad_parameter, error_response, not_found
from cms.api.find import find_page
from cms.api.http import SAFE_METHODS, endpoint, method_not_allowed, private_json, to_json
from cms.api.lists import by_id, listed
from cms.api.pages import page_detail, page_summaries, page_types, public_page, public_pages, site_pages
from cms.api.params import MAX_ID, PAGINATION, Params
from cms.api.preview import load_draft
from cms.api.schema import openapi_document
from cms.content_cache import shared_per_version
from cms.pages import localized_root


@endpoint(allowed=("site", "locale", "type", "child_of", *PAGINATION))
def pages(request, params):
    site = params.site()
    locale = params.locale()
    type_name, known_types = params.text("type"), page_types()
    if type_name and type_name not in known_types:
        raise bad_parameter("type", f"Must be one of: {', '.join(sorted(known_types))}.")
    parent_id = params.integer("child_of", None, 1, MAX_ID)
    parent = None
    if parent_id is not None:
        parent = public_pages().filter(pk=parent_id).first()
        if parent is None:
            raise bad_parameter("child_of", "No live page has this id.")

    def in_order():
        queryset = site_pages(site)
        if locale is not None:
            queryset = queryset.filter(locale=locale)
        if type_name:
            queryset = queryset.exact_type(known_types[type_name])
        if parent is not None:
            queryset = queryset.child_of(parent)
        return queryset.order_by("path").values_list("pk", flat=True)

    if parent is not None:
        return listed(in_order(), params, lambda page_ids: page_summaries(page_ids, request))
    # Every offset is then a slice, with no OFFSET query and no count: a few lists per site
    # (locale × type), an id per page each, made once per process and content version.
    key = [site.pk, getattr(locale, "pk", None), type_name]
    ids = shared_per_version("api-page-ids", key, lambda: tuple(in_order()))
    return listed(ids, params, lambda page_ids: page_summaries(page_ids, request))


@endpoint()
def page(request, params, pk):
    found, translations = public_page(pk)
    if found is None:
        raise not_found("No live page has this id.")
    return page_detail(found, request, translations)


@endpoint(allowed=("html_path", "site"))
def find(request, params):
    return page_detail(find_page(request, params), request)


@endpoint(allowed=PAGINATION)
def images(request, params):
    return listed(
        media.public_images().order_by("pk"), params, lambda items: [media.image_data(item, request) for item in items]
    )


@endpoint()
def image(request, params, pk):
    return media.image_data(by_id(media.public_images(), pk, "No image used by live content has this id."), request)


@endpoint(allowed=PAGINATION)
def documents(request, params):
    return listed(
        media.public_documents().order_by("pk"),
        params,
        lambda items: [media.document_data(item, request) for item in items],
    )


@endpoint()
def document(request, params, pk):
    found = by_id(media.public_documents(), pk, "No document used by live content has this id.")
    return media.document_data(found, request)


@endpoint(allowed=("locale",))
def site_list(request, params):
    locale = params.locale(default="en")
    all_sites = sites.all_sites()
    return {
        "meta": {"total_count": len(all_sites)},
        "items": [
            {**sites.site_data(site), "branding": sites.branding_data(site, locale.language_code, request)}
            for site in all_sites
        ],
    }


@endpoint(allowed=("locale",))
def site(request, params, pk):
    found = by_id(Site.objects.select_related("root_page"), pk, "No site has this id.")
    locale = params.locale(default="en")
    root = localized_root(found, locale)
    if root is not None and not public_pages().filter(pk=root.pk).exists():
        root = None
    return {
        **sites.site_data(found),
        "locale": locale.language_code,
        "branding": sites.branding_data(found, locale.language_code, request),
        "root": sites.page_link(root, request),
        "navigation": sites.navigation(root, request),
    }


@csrf_exempt
def not_found_view(request):
    if request.method not in SAFE_METHODS:
        return method_not_allowed()
    return error_response(404, "not_found", "No such endpoint. The endpoints are listed at /api/v2/schema/.")


@csrf_exempt
def preview(request):
    """A draft for a front end's preview: never cached, only with a valid token."""
    if request.method not in SAFE_METHODS:
        return method_not_allowed()
    try:
        token = Params(request, ("token",)).text("token")
        if not token:
            raise bad_parameter("token", "Give the token the editor's preview sent to the front end.")
        data = page_detail(load_draft(token), request)
    except ApiError as error:
        return error.response()
    return private_json(to_json(data))


@endpoint()
def schema(request, params):
    return openapi_document()


@csrf_exempt
def schema_browser(request):
    """The OpenAPI document as a readable page: each endpoint, its parameters and answers."""
    if request.method not in SAFE_METHODS:
        return method_not_allowed()
    document = openapi_document()
    shared = document["components"]["parameters"]
    operations = []
    for path, item in document["paths"].items():
        operation = item["get"]
        params = [shared[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in operation["parameters"]]
        can_try = not any(param["required"] for param in params)
        operations.append(
            {**operation, "path": path, "parameters": params, "statuses": list(operation["responses"]), "try": can_try}
        )
    context = {"document": document, "operations": operations, "schemas": sorted(document["components"]["schemas"])}
    return render(request, "api/schema_browser.html", context)
