"""Taxonomy terms (topics, countries) as the API shows them: the filter value and the localized name."""

from cms.api.refs import obj, ref
from cms.api.registry import ApiPart, SnippetForm
from taxonomy.models import Country, Topic, localized_terms

TERM_SCHEMA = obj(
    {
        "taxonomy": {"enum": ["topic", "country"]},
        "value": {"type": "string", "description": "The value of the publications filter of that name."},
        "name": {"type": "string"},
    }
)


def term_data(term, locale_id=None):
    if term is None:
        return None
    if locale_id is not None:
        term = localized_terms([term], locale_id)[0]
    return {"taxonomy": term._meta.model_name, "value": getattr(term, term.KEY_FIELD), "name": term.name}


def terms_data(terms, locale_id):
    """Several terms of one taxonomy, localized in one query."""
    terms = list(terms)
    return [term_data(term) for term in localized_terms(terms, locale_id)] if terms else []


TERM_FORM = SnippetForm(serialize=term_data, serialize_many=terms_data, schema=ref("Term"))
PART = ApiPart(snippets={Topic: TERM_FORM, Country: TERM_FORM}, schemas={"Term": TERM_SCHEMA})
