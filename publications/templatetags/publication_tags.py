from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Site

from cms.content_cache import cached
from participation.signing import country_counts

register = template.Library()

CARD_TEMPLATE = "includes/publication_card.html"


@register.simple_tag(takes_context=True)
def publication_card(context, publication):
    """``CARD_TEMPLATE`` for ``publication``, kept per content version, language and site.

    A card is the same wherever it is listed (the index, home, a campaign, related
    publications); rendered anew, the dozen of an index page were a third of its time.
    Its link is relative to the request's site, hence the site in the key.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    key = [publication.pk, translation.get_language(), getattr(site, "pk", None)]
    card = {"publication": publication, "request": request}
    return mark_safe(cached("publication-card", key, lambda: render_to_string(CARD_TEMPLATE, card)))  # escaped there


@register.simple_tag
def signature_totals(statement):
    """A statement's approved signatures and the number of countries they come from."""
    counts = country_counts(statement, statement.locale_id)
    return {"people": sum(item.count for item in counts), "countries": len(counts)}
