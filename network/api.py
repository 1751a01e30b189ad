"""A network page's figures and named members in the API.

Figures come from ``network.figures`` (no figure singles anyone out) and members from
``NetworkPage.listed_members`` (consenting members' public fields only).
"""

from cms.api.refs import array_of, obj, ref
from cms.api.registry import ApiPart, Kind

FIGURE_SCHEMA = obj({"value": {"type": "string"}, "label": {"type": "string"}})
MEMBER_SCHEMA = obj({"name": {"type": "string"}, "parliament": {"type": "string"}})


def _as_given(page, value, request, field):
    return value


PART = ApiPart(
    kinds={
        "figures": Kind(_as_given, lambda field: array_of(ref("Figure"))),
        "members": Kind(_as_given, lambda field: array_of(ref("ListedMember"))),
    },
    schemas={"Figure": FIGURE_SCHEMA, "ListedMember": MEMBER_SCHEMA},
)
