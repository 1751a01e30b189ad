"""Statements' signatures in the API: counts and consenting names only.

Nothing here reads an email, a pending or rejected signature, or a name whose owner
did not consent to be listed: the querysets come from ``participation.signing``, which
selects the public fields alone.
"""

from cms.api.errors import bad_parameter
from cms.api.http import endpoint
from cms.api.lists import by_id, listed
from cms.api.pages import public_pages
from cms.api.params import PAGINATION
from cms.api.refs import array_of, nullable, obj, ref
from cms.api.registry import ApiPart, Kind
from cms.api.schema import API, listing_schema, operation, parameter
from participation.models import Signatory
from participation.signing import approved_of, listed_signatories, number_of_countries
from taxonomy.api import terms_data

COUNTRY_COUNT_SCHEMA = obj(
    {
        "value": {
            "type": "string",
            "description": (
                'ISO 3166 code: the `country` filter of the signatories list; empty for "other countries", '
                "where countries with fewer unnamed signatories than the threshold are counted together."
            ),
        },
        "name": {"type": "string"},
        "count": {"type": "integer", "minimum": 1},
    }
)
SIGNATURES_SCHEMA = obj(
    {
        "open": {"type": "boolean", "description": "Whether the statement takes signatures now."},
        "total_count": {"type": "integer", "minimum": 0, "description": "Approved signatures."},
        "country_count": {"type": "integer", "minimum": 0},
        "countries": array_of(ref("SignatureCountry")),
        "listed_count": {"type": "integer", "minimum": 0, "description": "Signatories who agreed to be named."},
        "signatories_url": {"type": "string", "description": "The named signatories, paginated."},
    }
)
SIGNATORY_SCHEMA = obj(
    {
        "name": {"type": "string"},
        "honorific": {"type": "string"},
        "country": ref("Term"),
        "parliament": {"type": "string"},
        "party": {"type": "string"},
        "role": {"type": "string"},
        "signed_on": {"type": "string", "format": "date"},
    }
)


def signatures_data(page, value, request, field):
    """A statement's ``content.signatures``: None for other publication types."""
    if value is None:
        return None
    countries = value["countries"]
    return {
        "open": value["open"],
        "total_count": sum(item.count for item in countries),
        "country_count": number_of_countries(countries),
        "countries": [{"value": item.code, "name": item.name, "count": item.count} for item in countries],
        "listed_count": sum(item.listed for item in countries),
        "signatories_url": request.build_absolute_uri(f"/api/v2/pages/{page.pk}/signatories/"),
    }


def signatory_items(statement, items):
    """Public fields of listed signatories, countries named in the statement's language."""
    countries = {term["value"]: term for term in terms_data({item.country for item in items}, statement.locale_id)}
    return [
        {
            "name": item.name,
            "honorific": item.honorific,
            "country": countries[item.country.code],
            "parliament": item.parliament,
            "party": item.party,
            "role": item.role,
            "signed_on": item.signed_on.isoformat(),
        }
        for item in items
    ]


def signatories_queryset(statement, params):
    """Named signatories of ``statement``, with the ``country`` parameter checked."""
    code = params.text("country")
    if code and not approved_of(statement).filter(country__code=code).exists():
        raise bad_parameter("country", "No signature of this statement comes from this country.")
    return listed_signatories(statement, code)


@endpoint(allowed=("country", *PAGINATION))
def signatories(request, params, pk):
    """``/api/v2/pages/{id}/signatories/``: the named signatories of a live statement."""
    statements = Signatory.statements().filter(pk__in=public_pages().values("pk"))
    statement = by_id(statements, pk, "No live statement has this id.")
    return listed(signatories_queryset(statement, params), params, lambda items: signatory_items(statement, items))


def _paths(p):
    return {
        f"{API}/pages/{{id}}/signatories/": operation(
            "listSignatories",
            "The named signatories of a statement",
            "Approved signatories who agreed to be named, by name; the statement's `content.signatures` "
            "has the counts, including those not named.",
            "SignatoryListing",
            [
                p["id"],
                parameter("country", {"type": "string"}, "An ISO 3166 code among the statement's countries."),
                p["limit"],
                p["offset"],
            ],
        ),
    }


PART = ApiPart(
    kinds={"signatures": Kind(signatures_data, lambda field: nullable(ref("Signatures")))},
    schemas={
        "SignatureCountry": COUNTRY_COUNT_SCHEMA,
        "Signatures": SIGNATURES_SCHEMA,
        "Signatory": SIGNATORY_SCHEMA,
        "SignatoryListing": listing_schema("Signatory"),
    },
    paths=_paths,
)
