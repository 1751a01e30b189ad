"""Links into the Membership admin, with its listing filters, for emails and the dashboard."""

from urllib.parse import urlencode

from django.urls import reverse


def signatories_url(**filters):
    return f"{reverse('wagtailsnippets_participation_signatory:list')}?{urlencode(filters)}"


def join_requests_url(**filters):
    return f"{reverse('wagtailsnippets_participation_joinrequest:list')}?{urlencode(filters)}"
