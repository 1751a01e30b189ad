"""The ``content`` of each page type in the API: which fields, in which form, with which schema.

A page type lists its fields in ``api_content_fields``: model field names, whose kind is
inferred from the field, or ``ApiField`` entries for values a page method returns
(the same methods its template uses). Each kind knows how to serialize a value and
how to describe it in the OpenAPI document, so the two never disagree.
"""

from dataclasses import dataclass

from django.db import models
from django.utils import translation
from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from cms.api.blocks import stream_data, stream_schema
from cms.api.media import document_data, image_data
from cms.api.refs import array_of, nullable, obj, ref


@dataclass(frozen=True)
class ApiField:
    """One entry of a page type's ``content``.

    ``kind`` is inferred from the model field when empty; ``method`` names a page
    method without arguments whose return value is serialized instead of a field.
    """

    name: str
    kind: str = ""
    method: str = ""


@dataclass(frozen=True)
class Kind:
    """How values of one kind are written (``serialize(page, value, request, field)``) and described."""

    serialize: object
    schema: object


def _localized_page(page, value):
    from cms.pages import live_translation

    return live_translation(value, page.locale_id)


def _choice(page, value, request, field):
    with translation.override(page.locale.language_code):
        return {"value": value, "label": str(dict(field.flatchoices).get(value, value))}


def _page_link(page, value, request, field):
    from cms.api.pages import page_link

    return page_link(_localized_page(page, value), request)


def _page_detail(page, value, request, field):
    from cms.api.pages import page_detail

    return page_detail(value, request) if value is not None else None


def _cards(page, value, request, field):
    from cms.api.publications import publication_card

    return [publication_card(item, request) for item in value]


def _card(page, value, request, field):
    from cms.api.publications import publication_card

    return publication_card(value, request) if value is not None else None


def _terms(page, value, request, field):
    from cms.api.terms import terms_data

    return terms_data(value.all(), page.locale_id)


def _term(page, value, request, field):
    from cms.api.terms import term_data

    return term_data(value, page.locale_id)


def _documents(page, value, request, field):
    return [document_data(item.document, request, language=item.language) for item in value]


def _signatures(page, value, request, field):
    from cms.api.signatures import signatures_data

    return signatures_data(page, value, request, field)


def _kind_schema(name):
    from cms.api.signatures import KIND_SCHEMAS

    return lambda field: KIND_SCHEMAS[name]


CHOICE_SCHEMA = obj({"value": {"type": "string"}, "label": {"type": "string"}})

KINDS = {
    "text": Kind(lambda page, value, request, field: value or "", lambda field: {"type": "string"}),
    "rich_text": Kind(
        lambda page, value, request, field: expand_db_html(value or ""),
        lambda field: {"type": "string", "description": "HTML with links resolved."},
    ),
    "stream": Kind(
        lambda page, value, request, field: stream_data(field.stream_block, value, {"request": request, "page": page}),
        lambda field: stream_schema(field.stream_block),
    ),
    # Images chosen as page fields are decorative (the hero): their alt text is empty.
    "image": Kind(
        lambda page, value, request, field: image_data(value, request, alt=""), lambda field: nullable(ref("Image"))
    ),
    "page": Kind(_page_link, lambda field: nullable(ref("PageLink"))),
    "page_detail": Kind(_page_detail, lambda field: nullable(ref("PageDetail"))),
    "publication_card": Kind(_card, lambda field: nullable(ref("PublicationCard"))),
    "publication_cards": Kind(_cards, lambda field: array_of(ref("PublicationCard"))),
    "documents": Kind(_documents, lambda field: array_of(ref("Document"))),
    "term": Kind(_term, lambda field: nullable(ref("Term"))),
    "terms": Kind(_terms, lambda field: array_of(ref("Term"))),
    "choice": Kind(_choice, lambda field: CHOICE_SCHEMA),
    "date": Kind(
        lambda page, value, request, field: value.isoformat() if value else None,
        lambda field: {"type": ["string", "null"], "format": "date"},
    ),
    "integer": Kind(lambda page, value, request, field: value, lambda field: {"type": ["integer", "null"]}),
    "boolean": Kind(lambda page, value, request, field: bool(value), lambda field: {"type": "boolean"}),
    # Public parts of personal data: counts, figures, consenting names (cms.api.signatures).
    "signatures": Kind(_signatures, _kind_schema("signatures")),
    "figures": Kind(lambda page, value, request, field: value, _kind_schema("figures")),
    "members": Kind(lambda page, value, request, field: value, _kind_schema("members")),
}


def field_kind(model_field):
    """The kind of a model field, from its class."""
    if isinstance(model_field, RichTextField):
        return "rich_text"
    if isinstance(model_field, StreamField):
        return "stream"
    if isinstance(model_field, ParentalManyToManyField):
        return "terms"
    if isinstance(model_field, models.ForeignKey):
        target = model_field.related_model
        if issubclass(target, AbstractImage):
            return "image"
        return "page" if issubclass(target, Page) else "term"
    if model_field.choices:
        return "choice"
    if isinstance(model_field, models.DateField):
        return "date"
    if isinstance(model_field, models.IntegerField):
        return "integer"
    if isinstance(model_field, models.BooleanField):
        return "boolean"
    return "text"


def api_fields_of(model):
    """``(ApiField with its kind, model field or None)`` for each entry of ``model.api_content_fields``."""
    entries = []
    for entry in model.api_content_fields:
        api_field = entry if isinstance(entry, ApiField) else ApiField(entry)
        model_field = None if api_field.method else model._meta.get_field(api_field.name)
        if not api_field.kind:
            api_field = ApiField(api_field.name, field_kind(model_field))
        entries.append((api_field, model_field))
    return entries


def content_data(page, request):
    """The type-specific fields of ``page`` (a specific page instance)."""
    data = {}
    for api_field, model_field in api_fields_of(type(page)):
        value = getattr(page, api_field.method)() if api_field.method else getattr(page, api_field.name)
        data[api_field.name] = KINDS[api_field.kind].serialize(page, value, request, model_field)
    return data


def content_schema(model):
    """The JSON Schema of ``model``'s content."""
    return obj(
        {api_field.name: KINDS[api_field.kind].schema(model_field) for api_field, model_field in api_fields_of(model)}
    )
