"""The ``content`` of each page type in the API: which fields, in which form, with which schema.

A page type lists its fields in ``api_fields``, as Wagtail's own API does: model field
names, whose kind is inferred from the field, or ``APIField`` entries for values a page
method returns (the same methods its template uses). Each kind knows how to serialize a
value and how to describe it in the OpenAPI document, so the two never disagree. Apps
add kinds of their own through ``cms.api.registry``.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import translation
from modelcluster.fields import ParentalManyToManyField
from wagtail.api import APIField as WagtailAPIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from cms.api import registry
from cms.api.blocks import stream_data, stream_schema
from cms.api.media import document_data, image_data
from cms.api.refs import array_of, nullable, obj, ref
from cms.api.registry import Kind
from cms.cached_objects import cached_relation
from cms.languages import locale_code


class APIField(WagtailAPIField):
    """One entry of a page type's ``api_fields``, with the kind of its value.

    ``kind`` is inferred from the model field when empty; ``method`` names a page
    method without arguments whose return value is serialized instead of a field.
    """

    def __init__(self, name, kind="", method=""):
        super().__init__(name)
        self.kind = kind
        self.method = method


def _localized_page(page, value):
    from cms.pages import live_translation

    return live_translation(value, page.locale_id)


def _choice(page, value, request, field):
    with translation.override(locale_code(page.locale_id)):
        return {"value": value, "label": str(dict(field.flatchoices).get(value, value))}


def _page_link(page, value, request, field):
    from cms.api.pages import page_link

    return page_link(_localized_page(page, value), request)


def _page_detail(page, value, request, field):
    from cms.api.pages import page_detail

    return page_detail(value, request) if value is not None else None


def _documents(page, value, request, field):
    files = cached_relation(page, "documents", value)
    return [document_data(item.document, request, language=item.language) for item in files]


def _snippet(page, value, request, field):
    return registry.snippet_form(field.related_model).serialize(value, page.locale_id)


def _snippets(page, value, request, field):
    """Related snippets: the field's manager, or the list a page method gave for it."""
    terms = cached_relation(page, field.name, value if isinstance(value, list) else value.all())
    return registry.snippet_form(field.related_model).serialize_many(terms, page.locale_id)


CHOICE_SCHEMA = obj({"value": {"type": "string"}, "label": {"type": "string"}})

CORE_KINDS = {
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
    "documents": Kind(_documents, lambda field: array_of(ref("Document"))),
    "snippet": Kind(_snippet, lambda field: nullable(registry.snippet_form(field.related_model).schema)),
    "snippets": Kind(_snippets, lambda field: array_of(registry.snippet_form(field.related_model).schema)),
    "choice": Kind(_choice, lambda field: CHOICE_SCHEMA),
    "date": Kind(
        lambda page, value, request, field: value.isoformat() if value else None,
        lambda field: {"type": ["string", "null"], "format": "date"},
    ),
    "integer": Kind(lambda page, value, request, field: value, lambda field: {"type": ["integer", "null"]}),
    "boolean": Kind(lambda page, value, request, field: bool(value), lambda field: {"type": "boolean"}),
}


def kind(name):
    """A kind by name: the shared ones above, or one an app registered."""
    return CORE_KINDS.get(name) or registry.kinds()[name]


def field_kind(model_field):
    """The kind of a model field, from its class."""
    if isinstance(model_field, RichTextField):
        return "rich_text"
    if isinstance(model_field, StreamField):
        return "stream"
    if isinstance(model_field, ParentalManyToManyField):
        return "snippets"
    if isinstance(model_field, models.ForeignKey):
        target = model_field.related_model
        if issubclass(target, AbstractImage):
            return "image"
        return "page" if issubclass(target, Page) else "snippet"
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
    """``(APIField with its kind, model field or None)`` for each entry of ``model.api_fields``."""
    entries = []
    for entry in model.api_fields:
        api_field = entry if isinstance(entry, APIField) else APIField(entry)
        model_field = _model_field(model, api_field)
        if not api_field.kind:
            api_field = APIField(api_field.name, field_kind(model_field))
        entries.append((api_field, model_field))
    return entries


def _model_field(model, api_field):
    """The model field ``api_field`` shows; a method may give the value of a field of its name."""
    try:
        return model._meta.get_field(api_field.name)
    except FieldDoesNotExist:
        if api_field.method:
            return None
        raise


def content_data(page, request):
    """The type-specific fields of ``page`` (a specific page instance)."""
    data = {}
    for api_field, model_field in api_fields_of(type(page)):
        value = getattr(page, api_field.method)() if api_field.method else getattr(page, api_field.name)
        data[api_field.name] = kind(api_field.kind).serialize(page, value, request, model_field)
    return data


def content_schema(model):
    """The JSON Schema of ``model``'s content."""
    return obj(
        {api_field.name: kind(api_field.kind).schema(model_field) for api_field, model_field in api_fields_of(model)}
    )
