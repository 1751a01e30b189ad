"""Links into the Membership admin, with its listing filters, for emails and the dashboard."""

from urllib.parse import urlencode

from django.urls import reverse


def signatories_url(**filters):
    return f"{reverse('wagtailsnippets_participation_signatory:list')}?{urlencode(filters)}"


def join_requests_url(**filters):
    return f"{reverse('wagtailsnippets_participation_joinrequest:list')}?{urlencode(filters)}"


def bulk_action_url(action, records, next_url):
    """The confirmation page of a bulk action on ``records``, going on to ``next_url`` once done."""
    meta = action.models[0]._meta
    path = reverse("wagtail_bulk_action", args=(meta.app_label, meta.model_name, action.action_type))
    return f"{path}?{urlencode([('next', next_url), *(('id', record.pk) for record in records)])}"
