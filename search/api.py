"""Site search in the API: the same results as the search page, as data."""

from django.utils import translation

from cms.api.errors import bad_parameter, not_found
from cms.api.http import endpoint
from cms.api.pages import PAGE_LINK_SCHEMA, page_link
from cms.api.refs import array_of, obj, ref
from cms.api.registry import ApiPart
from cms.api.schema import API, operation, parameter
from cms.pages import localized_root
from cms.text import MAX_QUERY_LENGTH
from search.query import snippet
from search.results import KIND_LABELS, search_site, shown

SEARCH_PARAMETERS = ("site", "locale", "q", "type", "limit", "offset")


@endpoint(allowed=SEARCH_PARAMETERS)
def search(request, params):
    """``/api/v2/search/``: the search page's results as data, labelled in the language searched."""
    locale = params.locale(default="en")
    with translation.override(locale.language_code):
        return _search(request, params, locale)


def _search(request, params, locale):
    root = localized_root(params.site(), locale)
    if root is None:
        raise not_found("This site has no live home page in this language.")
    kind = params.text("type")
    if kind and kind not in KIND_LABELS:
        raise bad_parameter("type", f"Must be one of: {', '.join(KIND_LABELS)}.")
    text = params.text("q")
    if len(text) > MAX_QUERY_LENGTH:
        raise bad_parameter("q", f"Use at most {MAX_QUERY_LENGTH} characters.")
    limit, offset = params.pagination()
    result = search_site(root, text, kind)
    items = [
        {
            **page_link(page, request),
            "kind": entry.kind,
            "date": entry.date.isoformat() if entry.date else None,
            "snippet": str(snippet(entry.text, result.query)),
        }
        for entry, page in shown(result.rows(offset, limit))
    ]
    return {
        "meta": {
            "total_count": result.total,
            "limit": limit,
            "offset": offset,
            "query": result.query.text,
            "query_converted_from_zawgyi": result.query.converted_from_zawgyi,
        },
        "facets": result.facets(kind),
        "items": items,
    }


SEARCH_SCHEMA = obj(
    {
        "meta": obj(
            {
                "total_count": {"type": "integer", "minimum": 0},
                "limit": {"type": "integer"},
                "offset": {"type": "integer"},
                "query": {"type": "string", "description": "The text searched, Zawgyi converted."},
                "query_converted_from_zawgyi": {"type": "boolean"},
            }
        ),
        "facets": array_of(
            obj(
                {
                    "value": {"enum": list(KIND_LABELS)},
                    "label": {"type": "string"},
                    "count": {"type": "integer", "minimum": 0},
                    "selected": {"type": "boolean"},
                }
            )
        ),
        "items": array_of(ref("SearchHit")),
    }
)
SEARCH_HIT_SCHEMA = obj(
    {
        **PAGE_LINK_SCHEMA["properties"],
        "kind": {"enum": list(KIND_LABELS), "description": "'page' or the publication's type."},
        "date": {"type": ["string", "null"], "format": "date"},
        "snippet": {"type": "string", "description": "HTML: an excerpt with the matches in <mark>."},
    }
)


def _paths(p):
    return {
        f"{API}/search/": operation(
            "search",
            "Search pages and publications of a site in one language",
            "English words match their other forms (elections, elected) and the last word matches as typed "
            "(democ…); Burmese matches exact syllable sequences; quotes make a phrase; Zawgyi is converted.",
            "SearchResults",
            [
                p["site"],
                p["locale"],
                parameter("q", {"type": "string", "maxLength": MAX_QUERY_LENGTH}, "The words to find."),
                parameter("type", {"enum": list(KIND_LABELS)}, "Only this kind: page, or a publication type."),
                p["limit"],
                p["offset"],
            ],
        ),
    }


PART = ApiPart(schemas={"SearchHit": SEARCH_HIT_SCHEMA, "SearchResults": SEARCH_SCHEMA}, paths=_paths)
