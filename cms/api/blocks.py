"""StreamField content as data, and the JSON Schema of that data, from the block definitions.

Both walk the same block tree, so the OpenAPI document describes exactly what the
serializer writes. A project block class may refine its output with Wagtail's
``get_api_representation(value, context)`` and with ``api_schema()`` (calling
``struct_data``/``struct_schema`` for the common part); Wagtail's own blocks are written
by the functions below, since their ``get_api_representation`` gives the stored value
(ids) rather than what a front end needs.
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.api import registry
from cms.api.media import document_data, image_data
from cms.api.refs import nullable, ref


def project_method(block, name):
    """``block``'s method ``name`` when a class of this project defines it, else None."""
    for cls in type(block).__mro__:
        if cls.__module__.split(".")[0] == "wagtail":
            return None
        if name in vars(cls):
            return getattr(block, name)
    return None


def block_data(block, value, context):
    """The JSON-ready form of ``value`` of ``block``; ``context`` has ``request`` and ``page``."""
    custom = project_method(block, "get_api_representation")
    if custom is not None:
        return custom(value, context)
    for kind, serialize in _SERIALIZERS:
        if isinstance(block, kind):
            return serialize(block, value, context)
    return value


def block_schema(block):
    custom = project_method(block, "api_schema")
    if custom is not None:
        return custom()
    for kind, describe in _SCHEMAS:
        if isinstance(block, kind):
            return describe(block)
    return _scalar_schema(block)


def stream_data(block, value, context):
    return [
        {"type": child.block_type, "id": child.id, "value": block_data(child.block, child.value, context)}
        for child in value
    ]


def stream_schema(block):
    variants = [
        {
            "type": "object",
            "required": ["type", "id", "value"],
            "additionalProperties": False,
            "properties": {
                "type": {"const": name},
                "id": {"type": ["string", "null"]},
                "value": block_schema(child),
            },
        }
        for name, child in block.child_blocks.items()
    ]
    return {"type": "array", "items": {"anyOf": variants}}


def struct_data(block, value, context):
    return {name: block_data(child, value.get(name), context) for name, child in block.child_blocks.items()}


def struct_schema(block, extra=None):
    properties = {name: block_schema(child) for name, child in block.child_blocks.items()}
    properties.update(extra or {})
    return {
        "type": "object",
        "required": list(properties),
        "additionalProperties": False,
        "properties": properties,
    }


def _page_link(block, value, context):
    from cms.api.pages import page_link
    from cms.pages import live_translation

    page = context.get("page")
    target = live_translation(value, page.locale_id) if page is not None else value
    return page_link(target, context["request"])


def _snippet(block, value, context):
    page = context.get("page")
    return registry.snippet_form(block.target_model).serialize(value, page.locale_id if page is not None else None)


def _embed(block, value, context):
    if not value:
        return None
    return {"url": value.url, "html": value.html or None}


_SERIALIZERS = [
    (blocks.StreamBlock, stream_data),
    (blocks.ListBlock, lambda block, value, context: [block_data(block.child_block, item, context) for item in value]),
    (blocks.StructBlock, struct_data),
    (blocks.RichTextBlock, lambda block, value, context: expand_db_html(value.source) if value else ""),
    (ImageChooserBlock, lambda block, value, context: image_data(value, context["request"])),
    (DocumentChooserBlock, lambda block, value, context: document_data(value, context["request"])),
    (blocks.PageChooserBlock, _page_link),
    (SnippetChooserBlock, _snippet),
    (EmbedBlock, _embed),
    (blocks.MultipleChoiceBlock, lambda block, value, context: list(value or [])),
    (blocks.DateBlock, lambda block, value, context: value.isoformat() if value else None),
]

_SCHEMAS = [
    (blocks.StreamBlock, stream_schema),
    (blocks.ListBlock, lambda block: {"type": "array", "items": block_schema(block.child_block)}),
    (blocks.StructBlock, struct_schema),
    (blocks.RichTextBlock, lambda block: {"type": "string", "description": "HTML with links resolved."}),
    (ImageChooserBlock, lambda block: nullable(ref("Image"))),
    (DocumentChooserBlock, lambda block: nullable(ref("Document"))),
    (blocks.PageChooserBlock, lambda block: nullable(ref("PageLink"))),
    (SnippetChooserBlock, lambda block: nullable(registry.snippet_form(block.target_model).schema)),
    (EmbedBlock, lambda block: nullable(ref("Embed"))),
    (blocks.MultipleChoiceBlock, lambda block: {"type": "array", "items": {"type": "string"}}),
    (blocks.DateBlock, lambda block: {"type": ["string", "null"], "format": "date"}),
]


def _scalar_schema(block):
    if isinstance(block, (blocks.IntegerBlock, blocks.FloatBlock, blocks.DecimalBlock)):
        kind = "integer" if isinstance(block, blocks.IntegerBlock) else "number"
    elif isinstance(block, blocks.BooleanBlock):
        kind = "boolean"
    else:
        kind = "string"
    return {"type": [kind, "null"]}
