"""A network's "who we are" figures, computed from its member records.

Members are people at risk, so no figure may single anyone out: a group of fewer
than ``MINIMUM_GROUP`` people is never shown, nor is its complement (60% re-elected
gives away the 40% newly elected). Large counts are rounded down ("100+") and shares
to the nearest ``SHARE_STEP`` percent.
"""

from django.db.models import Count, Q
from django.utils import translation
from django.utils.translation import gettext

from participation.models import Level, Term

MINIMUM_GROUP = 5
SHARE_STEP = 5
ROUND_COUNTS_FROM = 20


def rounded_count(count):
    """ "100+" for 105: exact below ``ROUND_COUNTS_FROM``, else rounded down to a ten."""
    if count < ROUND_COUNTS_FROM:
        return str(count)
    return f"{count // 10 * 10}+"


def share(part, total):
    return f"{round(part * 100 / total / SHARE_STEP) * SHARE_STEP}%"


def split_is_safe(*parts):
    """A split is shown only when every side of it is a group of ``MINIMUM_GROUP`` or more."""
    return all(part >= MINIMUM_GROUP for part in parts)


def member_figures(members, members_label, language_code):
    """``[{"value", "label"}]`` for a queryset of members, labelled in ``language_code``."""
    return figures_from_counts(member_counts(members), members_label, language_code)


def member_counts(members):
    """The counts the figures are made of, in one query."""
    return members.aggregate(
        total=Count("pk"),
        re_elected=Count("pk", filter=Q(term=Term.RE_ELECTED)),
        newly_elected=Count("pk", filter=Q(term=Term.NEWLY_ELECTED)),
        union=Count("pk", filter=Q(level=Level.UNION)),
        state_region=Count("pk", filter=Q(level=Level.STATE_REGION)),
        ethnic_groups=Count("ethnic_group", distinct=True, filter=~Q(ethnic_group="")),
    )


def figures_from_counts(counts, members_label, language_code):
    """``member_figures`` for counts already read (``member_counts``)."""
    total = counts["total"]
    if total < MINIMUM_GROUP:
        return []
    with translation.override(language_code):
        figures = [{"value": rounded_count(total), "label": members_label}]
        if split_is_safe(counts["re_elected"], counts["newly_elected"]):
            figures.append({"value": share(counts["re_elected"], total), "label": gettext("re-elected in 2020")})
            figures.append(
                {"value": share(counts["newly_elected"], total), "label": gettext("elected for the first time")}
            )
        if counts["ethnic_groups"]:
            figures.append({"value": str(counts["ethnic_groups"]), "label": gettext("ethnic groups represented")})
        if split_is_safe(counts["union"], counts["state_region"]):
            figures.append({"value": rounded_count(counts["union"]), "label": gettext("in the Union parliament")})
            figures.append(
                {"value": rounded_count(counts["state_region"]), "label": gettext("in State and Region parliaments")}
            )
    return figures
