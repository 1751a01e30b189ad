"""The OpenAPI 3.1 document of the content API, built from the same definitions the serializers use."""

from django.conf import settings

from cms.api.pages import PAGE_LINK_SCHEMA, PAGE_SUMMARY_SCHEMA, page_detail_schema, page_types
from cms.api.params import DEFAULT_LIMIT, LANGUAGE_CODES, MAX_LIMIT, MAX_OFFSET
from cms.api.publications import LISTING_SCHEMA, PUBLICATION_CARD_SCHEMA, PUBLICATION_ITEM_SCHEMA
from cms.api.refs import array_of, nullable, obj, ref
from cms.api.search import SEARCH_HIT_SCHEMA, SEARCH_SCHEMA
from cms.api.signatures import SCHEMAS as SIGNATURE_SCHEMAS
from cms.api.sites import BRANDING_SCHEMA, NAVIGATION_ITEM_SCHEMA, SITE_SCHEMA
from cms.api.terms import TERM_SCHEMA
from cms.languages import DOCUMENT_LANGUAGE_CHOICES
from publications.filters import MAX_QUERY_LENGTH, SORT_CHOICES
from publications.taxonomy import PublicationType
from search.results import KIND_LABELS

API = "/api/v2"


def _list_meta():
    return obj(
        {
            "total_count": {"type": "integer", "minimum": 0},
            "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
            "offset": {"type": "integer", "minimum": 0},
        }
    )


def _listing(item):
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
        "Term": TERM_SCHEMA,
        "PageLink": PAGE_LINK_SCHEMA,
        "PageSummary": PAGE_SUMMARY_SCHEMA,
        "PageDetail": page_detail_schema(page_types().values()),
        "PageListing": _listing("PageSummary"),
        "ImageListing": _listing("Image"),
        "DocumentListing": _listing("Document"),
        "PublicationCard": PUBLICATION_CARD_SCHEMA,
        "PublicationItem": PUBLICATION_ITEM_SCHEMA,
        "PublicationListing": LISTING_SCHEMA,
        **SIGNATURE_SCHEMAS,
        "SignatoryListing": _listing("Signatory"),
        "SearchHit": SEARCH_HIT_SCHEMA,
        "SearchResults": SEARCH_SCHEMA,
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
    }


def _parameter(name, schema, description, required=False, location="query"):
    parameter = {"name": name, "in": location, "required": required, "description": description, "schema": schema}
    if schema.get("type") == "array":
        parameter.update(style="form", explode=True)
    return parameter


def parameters():
    return {
        "limit": _parameter(
            "limit",
            {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
            f"Items per response, at most {MAX_LIMIT}.",
        ),
        "offset": _parameter(
            "offset", {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0}, "Items to skip."
        ),
        "site": _parameter(
            "site",
            {"type": "string"},
            "A site's id or hostname (see /api/v2/sites/). Defaults to the site serving the request's host.",
        ),
        "locale": _parameter("locale", {"enum": list(LANGUAGE_CODES)}, "Language of the content."),
        "page_type": _parameter("type", {"enum": sorted(page_types())}, "Only pages of this type."),
        "child_of": _parameter("child_of", {"type": "integer", "minimum": 1}, "Only the children of this page."),
        "id": _parameter("id", {"type": "integer", "minimum": 1}, "The object's id.", required=True, location="path"),
    }


def _json(schema_name, description):
    return {"description": description, "content": {"application/json": {"schema": ref(schema_name)}}}


CACHE_HEADERS = {
    "ETag": {"description": "Send it back in If-None-Match to revalidate.", "schema": {"type": "string"}},
    "Last-Modified": {"description": "When the site's public content last changed.", "schema": {"type": "string"}},
    "Cache-Control": {"description": "How long a shared cache may keep the answer.", "schema": {"type": "string"}},
}


def _operation(operation_id, summary, description, result, params, errors=(400, 404), cached=True):
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


def _publication_parameters():
    return [
        _parameter("index", {"type": "integer", "minimum": 1}, "A publication index page's id; else the site's first."),
        _parameter("q", {"type": "string", "maxLength": MAX_QUERY_LENGTH}, "Text search; Zawgyi is converted."),
        _parameter("type", {"enum": list(PublicationType.values)}, "Publication type."),
        _parameter("topic", array_of({"type": "string"}), "Topic slugs; any of them matches."),
        _parameter("country", array_of({"type": "string"}), "ISO 3166 codes in lower case; any of them matches."),
        _parameter("year", {"type": "string", "pattern": "^[0-9]{4}$"}, "Year of issue."),
        _parameter(
            "lang", {"enum": [code for code, _label in DOCUMENT_LANGUAGE_CHOICES]}, "Has a document in this language."
        ),
        _parameter("sort", {"enum": [value for value, _label in SORT_CHOICES]}, "Order; relevance needs q."),
    ]


def paths():
    p = {name: {"$ref": f"#/components/parameters/{name}"} for name in parameters()}
    paging = [p["limit"], p["offset"]]
    return {
        f"{API}/pages/": _operation(
            "listPages",
            "Live, public pages of a site",
            "In tree order. Each item has its translations.",
            "PageListing",
            [p["site"], p["locale"], p["page_type"], p["child_of"], *paging],
        ),
        f"{API}/pages/{{id}}/": _operation(
            "getPage",
            "A page with every field its template shows",
            "Rich text is HTML with links resolved; images come as renditions; the content depends on the type.",
            "PageDetail",
            [p["id"]],
            errors=(404,),
        ),
        f"{API}/pages/{{id}}/signatories/": _operation(
            "listSignatories",
            "The named signatories of a statement",
            "Approved signatories who agreed to be named, by name; the statement's `content.signatures` "
            "has the counts, including those not named.",
            "SignatoryListing",
            [
                p["id"],
                _parameter("country", {"type": "string"}, "An ISO 3166 code among the statement's countries."),
                *paging,
            ],
        ),
        f"{API}/pages/find/": _operation(
            "findPage",
            "The page at a path of a site, in either language",
            "The path carries the language prefix (/en/…, /my/…); without one, English is assumed.",
            "PageDetail",
            [_parameter("html_path", {"type": "string"}, "The page's path, e.g. /my/publications/.", True), p["site"]],
        ),
        f"{API}/images/": _operation(
            "listImages", "Images used by live, public content", "", "ImageListing", paging, errors=(400,)
        ),
        f"{API}/images/{{id}}/": _operation("getImage", "An image", "", "Image", [p["id"]], errors=(404,)),
        f"{API}/documents/": _operation(
            "listDocuments", "Documents used by live, public content", "", "DocumentListing", paging, errors=(400,)
        ),
        f"{API}/documents/{{id}}/": _operation("getDocument", "A document", "", "Document", [p["id"]], errors=(404,)),
        f"{API}/publications/": _operation(
            "listPublications",
            "Publications of an index, filtered, sorted, with facet counts",
            "The same parameters and values as the HTML index. Each facet option counts the publications "
            "it would give with the other filters kept.",
            "PublicationListing",
            [p["site"], p["locale"], *_publication_parameters(), *paging],
        ),
        f"{API}/search/": _operation(
            "search",
            "Search pages and publications of a site in one language",
            "English words match their other forms (elections, elected) and the last word matches as typed "
            "(democ…); Burmese matches exact syllable sequences; quotes make a phrase; Zawgyi is converted.",
            "SearchResults",
            [
                p["site"],
                p["locale"],
                _parameter("q", {"type": "string", "maxLength": MAX_QUERY_LENGTH}, "The words to find."),
                _parameter("type", {"enum": list(KIND_LABELS)}, "Only this kind: page, or a publication type."),
                *paging,
            ],
        ),
        f"{API}/sites/": _operation(
            "listSites", "Every site with its branding", "", "SiteListing", [p["locale"]], errors=(400,)
        ),
        f"{API}/sites/{{id}}/": _operation(
            "getSite", "A site's branding and navigation in one locale", "", "SiteDetail", [p["id"], p["locale"]]
        ),
        f"{API}/preview/": _operation(
            "getPreview",
            "A draft, for a front end's preview",
            "The token comes from the editor's 'Front end' preview; it expires. Never cached.",
            "PageDetail",
            [_parameter("token", {"type": "string"}, "The signed preview token.", True)],
            errors=(400, 403, 404),
            cached=False,
        ),
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
