"""Publications in the API: cards for lists on pages, and the filtered, faceted listing of an index.

The listing reuses the HTML index's ``PublicationListing``, so the API accepts the same
parameter names and values, filters and sorts the same way and counts the same facets.
"""

from django.utils import translation

from cms.api.errors import bad_parameter, not_found
from cms.api.fields import CHOICE_SCHEMA
from cms.api.http import endpoint
from cms.api.lists import kept_items
from cms.api.media import document_data
from cms.api.pages import PAGE_LINK_SCHEMA, page_link
from cms.api.params import MAX_ID
from cms.api.refs import array_of, nullable, obj, ref
from cms.api.registry import ApiPart, Kind
from cms.api.schema import API, operation, parameter
from cms.by_ids import instances_by_id
from cms.cached_objects import cached_page
from cms.languages import DOCUMENT_LANGUAGE_CHOICES, locale_code
from cms.pages import localized_root
from cms.restrictions import live_public_pages
from cms.text import MAX_QUERY_LENGTH
from publications.bitmaps import LINKED_TERMS
from publications.filters import FILTER_NAMES, FILTERS, SORT_CHOICES
from publications.listing import PublicationListing
from publications.models import PublicationIndexPage, PublicationPage
from taxonomy.models import PublicationType

LISTING_PARAMETERS = ("site", "locale", "index", "q", *FILTER_NAMES, "sort", "limit", "offset")
REPEATABLE = tuple(definition.name for definition in FILTERS if definition.multiple)


def publication_card(page, request):
    """A publication as a list shows it: link, type, date, summary, issuer."""
    with translation.override(locale_code(page.locale_id)):
        type_label = str(page.get_publication_type_display())
    return {
        **page_link(page, request),
        "publication_type": {"value": page.publication_type, "label": type_label},
        "date": page.date.isoformat(),
        "summary": page.summary,
        "issued_by": page.issued_by,
    }


def find_index(params):
    """The index named by ``?index=``, else the first index of the site in the locale."""
    index_id = params.integer("index", None, 1, MAX_ID)
    if index_id is not None:
        index = cached_page(
            "publication-index",
            [index_id],
            lambda: live_public_pages(PublicationIndexPage).filter(pk=index_id).first(),
        )
        if index is None:
            raise bad_parameter("index", "No live publication index has this id.")
        return index
    root = localized_root(params.site(), params.locale(default="en"))
    index = live_public_pages(PublicationIndexPage).child_of(root).first() if root else None
    if index is None:
        raise not_found("This site has no publication index in this locale.")
    return index


@endpoint(allowed=LISTING_PARAMETERS, repeatable=REPEATABLE)
def publications(request, params):
    """``/api/v2/publications/``: an index's publications, filtered, sorted, with facet counts."""
    index = find_index(params)
    limit, offset = params.pagination()
    with translation.override(locale_code(index.locale_id)):
        listing = PublicationListing(index, request, page_size=limit)
        _raise_form_errors(listing.form)
        facets = [_facet(group) for group in listing.option_groups()]
    ids = listing.matches.ids[offset : offset + limit]
    notice = listing.zawgyi_notice()
    return {
        "meta": {
            "total_count": listing.total,
            "limit": limit,
            "offset": offset,
            "sort": listing.sort,
            "query": listing.query,
            "query_converted_from_zawgyi": bool(notice and notice["converted"]),
            "index": page_link(index, request),
        },
        "facets": facets,
        "items": kept_items("publication-item", request, ids, lambda missing: _items(missing, listing, request)),
    }


def _raise_form_errors(form):
    for name, values in form.unknown.items():
        raise bad_parameter(name, f"Unknown value: {values[0][:50]}. See this endpoint's facets for the options.")
    for name, errors in form.errors.items():
        if name != "__all__":
            raise bad_parameter(name, errors[0])


def _facet(group):
    return {
        "name": group["name"],
        "label": str(group["label"]),
        "multiple": group["multiple"],
        "options": group["options"],
    }


def _items(ids, listing, request):
    """``{id: item}`` of the publications ``ids`` of ``listing``'s index, with their terms and documents."""
    # Not ``publication_cards``: the items themselves are kept per version, their rows need not be.
    pages = instances_by_id(PublicationPage, ids, PublicationPage.CARD_FIELDS)
    tags = listing.tags(ids)
    files = listing.files(ids)
    labels = {name: dict(listing.form.fields[name].choices) for name in LINKED_TERMS}
    return {
        page.pk: {
            **publication_card(page, request),
            "topics": _terms("topic", tags[page.pk]["topic"], labels),
            "countries": _terms("country", tags[page.pk]["country"], labels),
            "documents": [document_data(document, request, language=language) for document, language in files[page.pk]],
        }
        for page in pages.values()
    }


def _terms(taxonomy, values, labels):
    terms = [
        {"taxonomy": taxonomy, "value": value, "name": str(labels[taxonomy].get(value, value))} for value in values
    ]
    return sorted(terms, key=lambda term: term["name"].casefold())


PUBLICATION_CARD_SCHEMA = obj(
    {
        **PAGE_LINK_SCHEMA["properties"],
        "publication_type": CHOICE_SCHEMA,
        "date": {"type": "string", "format": "date"},
        "summary": {"type": "string"},
        "issued_by": {"type": "string"},
    }
)
PUBLICATION_ITEM_SCHEMA = obj(
    {
        **PUBLICATION_CARD_SCHEMA["properties"],
        "topics": array_of(ref("Term")),
        "countries": array_of(ref("Term")),
        "documents": array_of(ref("Document")),
    }
)
FACET_SCHEMA = obj(
    {
        "name": {"enum": list(FILTER_NAMES)},
        "label": {"type": "string"},
        "multiple": {"type": "boolean"},
        "options": array_of(
            obj(
                {
                    "value": {"type": "string"},
                    "label": {"type": "string"},
                    "count": {"type": "integer", "minimum": 0},
                    "selected": {"type": "boolean"},
                }
            )
        ),
    }
)
LISTING_SCHEMA = obj(
    {
        "meta": obj(
            {
                "total_count": {"type": "integer", "minimum": 0},
                "limit": {"type": "integer"},
                "offset": {"type": "integer"},
                "sort": {"enum": [value for value, _label in SORT_CHOICES]},
                "query": {"type": "string"},
                "query_converted_from_zawgyi": {"type": "boolean"},
                "index": ref("PageLink"),
            }
        ),
        "facets": array_of(FACET_SCHEMA),
        "items": array_of(ref("PublicationItem")),
    }
)


def _publication_parameters():
    return [
        parameter("index", {"type": "integer", "minimum": 1}, "A publication index page's id; else the site's first."),
        parameter("q", {"type": "string", "maxLength": MAX_QUERY_LENGTH}, "Text search; Zawgyi is converted."),
        parameter("type", {"enum": list(PublicationType.values)}, "Publication type."),
        parameter("topic", array_of({"type": "string"}), "Topic slugs; any of them matches."),
        parameter("country", array_of({"type": "string"}), "ISO 3166 codes in lower case; any of them matches."),
        parameter("year", {"type": "string", "pattern": "^[0-9]{4}$"}, "Year of issue."),
        parameter(
            "lang", {"enum": [code for code, _label in DOCUMENT_LANGUAGE_CHOICES]}, "Has a document in this language."
        ),
        parameter("sort", {"enum": [value for value, _label in SORT_CHOICES]}, "Order; relevance needs q."),
    ]


def _paths(p):
    return {
        f"{API}/publications/": operation(
            "listPublications",
            "Publications of an index, filtered, sorted, with facet counts",
            "The same parameters and values as the HTML index. Each facet option counts the publications "
            "it would give with the other filters kept.",
            "PublicationListing",
            [p["site"], p["locale"], *_publication_parameters(), p["limit"], p["offset"]],
        ),
    }


def _cards(page, value, request, field):
    return [publication_card(item, request) for item in value]


def _card(page, value, request, field):
    return publication_card(value, request) if value is not None else None


PART = ApiPart(
    kinds={
        "publication_card": Kind(_card, lambda field: nullable(ref("PublicationCard"))),
        "publication_cards": Kind(_cards, lambda field: array_of(ref("PublicationCard"))),
    },
    schemas={
        "PublicationCard": PUBLICATION_CARD_SCHEMA,
        "PublicationItem": PUBLICATION_ITEM_SCHEMA,
        "PublicationListing": LISTING_SCHEMA,
    },
    paths=_paths,
)
