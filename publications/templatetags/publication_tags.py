from django import template

from participation.signing import country_counts
from publications.queries import latest_publications

register = template.Library()


@register.inclusion_tag("publications/includes/relevant_publications.html", takes_context=True)
def relevant_publications(context, site_root, topics=(), types=(), limit=5, heading=None, empty_text=None):
    """The newest publications of the site for some topics or types: one piece for every page.

    Used by the campaign page and by the "Relevant publications" block.
    """
    return {
        "request": context.get("request"),
        "heading": heading,
        "empty_text": empty_text,
        "publications": latest_publications(site_root, topics=topics, types=types, limit=limit) if site_root else [],
    }


@register.simple_tag
def signature_totals(statement):
    """A statement's approved signatures and the number of countries they come from."""
    counts = country_counts(statement, statement.locale_id)
    return {"people": sum(item.count for item in counts), "countries": len(counts)}
