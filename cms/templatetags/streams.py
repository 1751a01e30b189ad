"""A page body's blocks, rendered once per content version and kept."""

import hashlib
import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.safestring import mark_safe

from cms.content_cache import cached
from cms.renditions import stand_ins_shown
from cms.routing import find_site

register = template.Library()

STREAM_TEMPLATE = "includes/streamfield.html"


@register.simple_tag(takes_context=True)
def stream_blocks(context, stream):
    """``STREAM_TEMPLATE`` for ``stream`` (a StreamField value of the context's page).

    Blocks show only content (no form, nothing of the visitor), so the rendering is kept
    per content version under the page, the stream's own data, the language and the
    request's site (cards link relative to it). A draft in preview has other data, hence
    another entry; previews are not kept at all.
    """
    request, page = context.get("request"), context.get("page")
    render = lambda: _render(context, stream)  # noqa: E731 - a closure over the context
    if request is None or page is None or page.pk is None or getattr(request, "is_preview", False):
        return mark_safe(render())  # escaped by the block templates
    data = json.dumps(list(stream.raw_data), sort_keys=True, cls=DjangoJSONEncoder).encode()
    site = find_site(request)
    key = [page.pk, hashlib.sha256(data).hexdigest()[:32], translation.get_language(), getattr(site, "pk", None)]
    before = stand_ins_shown()
    return mark_safe(cached("stream", key, render, keep=lambda: stand_ins_shown() == before))  # escaped there


def _render(context, stream):
    with context.push(stream=stream):
        return context.template.engine.get_template(STREAM_TEMPLATE).render(context)
