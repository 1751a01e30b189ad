from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Site

from cms.content_cache import cached_each
from participation.signing import country_counts, number_of_countries

register = template.Library()

CARD_TEMPLATE = "includes/publication_card.html"


@register.simple_tag(takes_context=True)
def publication_card(context, publication):
    """``CARD_TEMPLATE`` for ``publication``, kept per content version, language and site (``publication_cards``)."""
    return publication_cards(context, [publication])


@register.simple_tag(takes_context=True)
def publication_cards(context, publications):
    """The cards of ``publications``, one after the other, read from the cache in one round trip.

    A card is the same wherever it is listed (the index, home, a campaign, related
    publications); rendered anew, the dozen of an index page were a third of its time.
    Its link is relative to the request's site, hence the site in the key. ``publications``
    is a list of pages, or rows that load only the pages whose card is not kept yet
    (``PublicationRows``: an index's page).
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    by_id = getattr(publications, "by_id", None)
    if by_id is None:
        pages = {publication.pk: publication for publication in publications}
        ids, by_id = [publication.pk for publication in publications], lambda missing: {pk: pages[pk] for pk in missing}
    else:
        ids = publications.ids

    def render(missing):
        return {
            pk: render_to_string(CARD_TEMPLATE, {"publication": page, "request": request})
            for pk, page in by_id(missing).items()
        }

    cards = cached_each("publication-card", [translation.get_language(), getattr(site, "pk", None)], ids, render)
    return mark_safe("".join(cards[pk] for pk in ids if pk in cards))  # escaped by the card's template


@register.simple_tag
def signature_totals(statement):
    """A statement's approved signatures and the number of countries they come from."""
    counts = country_counts(statement, statement.locale_id)
    return {"people": sum(item.count for item in counts), "countries": number_of_countries(counts)}
