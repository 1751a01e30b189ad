from django import template

from participation.signing import country_counts

register = template.Library()


@register.simple_tag
def signature_totals(statement):
    """A statement's approved signatures and the number of countries they come from."""
    counts = country_counts(statement, statement.locale_id)
    return {"people": sum(item.count for item in counts), "countries": len(counts)}
