"""The OpenAPI 3.1 document of the content API, built from the same definitions the serializers use.

The shared endpoints are described here; apps add their schemas and paths through
``cms.api.registry``, using ``parameter``, ``operation`` and ``listing_schema``.
"""

from django.conf import settings

from cms.api import registry
from cms.api.pages import PAGE_LINK_SCHEMA, PAGE_SUMMARY_SCHEMA, page_detail_schema, page_types
from cms.api.params import DEFAULT_LIMIT, LANGUAGE_CODES, MAX_LIMIT, MAX_OFFSET
from cms.api.refs import array_of, nullable, obj, ref
from cms.api.sites import BRANDING_SCHEMA, NAVIGATION_ITEM_SCHEMA, SITE_SCHEMA
from cms.languages import DOCUMENT_LANGUAGE_CHOICES

API = "/api/v2"


def _list_meta():
    return obj(
        {
            "total_count": {"type": "integer", "minimum": 0},
            "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
            "offset": {"type": "integer", "minimum": 0},
        }
    )


def listing_schema(item):
    """A paginated list of ``item`` (a component's name)."""
    return obj({"meta": ref("ListMeta"), "items": array_of(ref(item))})


def components():
    return {
        "Error": obj(
            {
                "error": obj(
                    {
                        "status": {"type": "integer"},
                        "code": {"type": "string"},
                        "message": {"type": "string"},
                        "parameter": {"type": "string", "description": "The query parameter at fault."},
                    },
                    optional=("parameter",),
                )
            }
        ),
        "ListMeta": _list_meta(),
        "Rendition": obj({"width": {"type": "integer"}, "height": {"type": "integer"}, "url": {"type": "string"}}),
        "Image": obj(
            {
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "alt": {"type": "string", "description": "Alternative text for this use, in the page's language."},
                "width": {"type": "integer"},
                "height": {"type": "integer"},
                "renditions": array_of(ref("Rendition")),
            }
        ),
        "Document": obj(
            {
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "url": {"type": "string"},
                "format": {"type": "string", "description": "File extension in lower case, e.g. pdf."},
                "size": {"type": ["integer", "null"], "description": "Bytes."},
                "language": {
                    "type": ["string", "null"],
                    "enum": [*(code for code, _ in DOCUMENT_LANGUAGE_CHOICES), None],
                },
            }
        ),
        "Embed": obj({"url": {"type": "string"}, "html": {"type": ["string", "null"]}}),
        "PageLink": PAGE_LINK_SCHEMA,
        "PageSummary": PAGE_SUMMARY_SCHEMA,
        "PageDetail": page_detail_schema(page_types().values()),
        "PageListing": listing_schema("PageSummary"),
        "ImageListing": listing_schema("Image"),
        "DocumentListing": listing_schema("Document"),
        "Site": SITE_SCHEMA,
        "Branding": BRANDING_SCHEMA,
        "NavigationItem": NAVIGATION_ITEM_SCHEMA,
        "SiteSummary": obj({**SITE_SCHEMA["properties"], "branding": ref("Branding")}),
        "SiteListing": obj({"meta": obj({"total_count": {"type": "integer"}}), "items": array_of(ref("SiteSummary"))}),
        "SiteDetail": obj(
            {
                **SITE_SCHEMA["properties"],
                "locale": {"enum": list(LANGUAGE_CODES)},
                "branding": ref("Branding"),
                "root": nullable(ref("PageLink")),
                "navigation": array_of(ref("NavigationItem")),
            }
        ),
        **registry.schemas(),
    }


def parameter(name, schema, description, required=False, location="query"):
    parameter = {"name": name, "in": location, "required": required, "description": description, "schema": schema}
    if schema.get("type") == "array":
        parameter.update(style="form", explode=True)
    return parameter


def parameters():
    return {
        "limit": parameter(
            "limit",
            {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
            f"Items per response, at most {MAX_LIMIT}.",
        ),
        "offset": parameter(
            "offset", {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0}, "Items to skip."
        ),
        "site": parameter(
            "site",
            {"type": "string"},
            "A site's id or hostname (see /api/v2/sites/). Defaults to the site serving the request's host.",
        ),
        "locale": parameter("locale", {"enum": list(LANGUAGE_CODES)}, "Language of the content."),
        "page_type": parameter("type", {"enum": sorted(page_types())}, "Only pages of this type."),
        "child_of": parameter("child_of", {"type": "integer", "minimum": 1}, "Only the children of this page."),
        "id": parameter("id", {"type": "integer", "minimum": 1}, "The object's id.", required=True, location="path"),
    }


def _json(schema_name, description):
    return {"description": description, "content": {"application/json": {"schema": ref(schema_name)}}}


CACHE_HEADERS = {
    "ETag": {"description": "Send it back in If-None-Match to revalidate.", "schema": {"type": "string"}},
    "Last-Modified": {"description": "When the site's public content last changed.", "schema": {"type": "string"}},
    "Cache-Control": {"description": "How long a shared cache may keep the answer.", "schema": {"type": "string"}},
}


def operation(operation_id, summary, description, result, params, errors=(400, 404), cached=True):
    responses = {"200": {**_json(result, "The result."), **({"headers": CACHE_HEADERS} if cached else {})}}
    if cached:
        responses["304"] = {"description": "Not modified since the copy named by If-None-Match or If-Modified-Since."}
    error_texts = {
        400: "A parameter is unknown or invalid; ``parameter`` names it.",
        403: "The token is forged or expired.",
        404: "Nothing of that name (or no such site content).",
    }
    for status in errors:
        responses[str(status)] = _json("Error", error_texts[status])
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "description": description,
            "parameters": params,
            "responses": responses,
        }
    }


def parameter_refs():
    """References to the shared parameters, by name, for operations to list."""
    return {name: {"$ref": f"#/components/parameters/{name}"} for name in parameters()}


def paths():
    p = parameter_refs()
    paging = [p["limit"], p["offset"]]
    return {
        f"{API}/pages/": operation(
            "listPages",
            "Live, public pages of a site",
            "In tree order. Each item has its translations.",
            "PageListing",
            [p["site"], p["locale"], p["page_type"], p["child_of"], *paging],
        ),
        f"{API}/pages/{{id}}/": operation(
            "getPage",
            "A page with every field its template shows",
            "Rich text is HTML with links resolved; images come as renditions; the content depends on the type.",
            "PageDetail",
            [p["id"]],
            errors=(404,),
        ),
        f"{API}/pages/find/": operation(
            "findPage",
            "The page at a path of a site, in either language",
            "The path carries the language prefix (/en/…, /my/…); without one, English is assumed.",
            "PageDetail",
            [parameter("html_path", {"type": "string"}, "The page's path, e.g. /my/publications/.", True), p["site"]],
        ),
        f"{API}/images/": operation(
            "listImages", "Images used by live, public content", "", "ImageListing", paging, errors=(400,)
        ),
        f"{API}/images/{{id}}/": operation("getImage", "An image", "", "Image", [p["id"]], errors=(404,)),
        f"{API}/documents/": operation(
            "listDocuments", "Documents used by live, public content", "", "DocumentListing", paging, errors=(400,)
        ),
        f"{API}/documents/{{id}}/": operation("getDocument", "A document", "", "Document", [p["id"]], errors=(404,)),
        f"{API}/sites/": operation(
            "listSites", "Every site with its branding", "", "SiteListing", [p["locale"]], errors=(400,)
        ),
        f"{API}/sites/{{id}}/": operation(
            "getSite", "A site's branding and navigation in one locale", "", "SiteDetail", [p["id"], p["locale"]]
        ),
        f"{API}/preview/": operation(
            "getPreview",
            "A draft, for a front end's preview",
            "The token comes from the editor's 'Front end' preview; it expires. Never cached.",
            "PageDetail",
            [parameter("token", {"type": "string"}, "The signed preview token.", True)],
            errors=(400, 403, 404),
            cached=False,
        ),
        **registry.paths(p),
    }


def openapi_document():
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{settings.WAGTAIL_SITE_NAME} content API",
            "version": "2",
            "description": "Read-only content of every site in English and Burmese: live, public content only.",
        },
        "servers": [{"url": "/"}],
        "paths": paths(),
        "components": {"schemas": components(), "parameters": parameters()},
    }
