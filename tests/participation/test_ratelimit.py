"""Who counts as one client for the rate limit, with and without proxies in front."""

import pytest
from django.test import Client, RequestFactory

from participation.models import Signatory
from participation.ratelimit import client_address
from tests.participation.helpers import sign_on_data

SIGN = "/en/publications/release/sign/"
PROXY = "10.0.0.1"


def request_from(remote_addr, forwarded=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("hops", "forwarded", "expected"),
    [
        (0, "203.0.113.7", PROXY),  # no proxy trusted: the header is the client's own word
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "198.51.100.1, 203.0.113.7", "203.0.113.7"),  # a forged entry on the left is ignored
        (2, "198.51.100.1, 203.0.113.7, 192.0.2.5", "203.0.113.7"),
        (2, "203.0.113.7", PROXY),  # fewer entries than proxies: a misconfiguration, not a client
        (1, "", PROXY),
        (1, None, PROXY),
        (1, "203.0.113.7, ", PROXY),
    ],
)
def test_the_client_is_the_address_the_outermost_trusted_proxy_saw(settings, hops, forwarded, expected):
    settings.TRUSTED_PROXY_HOPS = hops
    assert client_address(request_from(PROXY, forwarded)) == expected


def test_behind_a_proxy_each_visitor_has_an_allowance_and_forging_the_header_does_not_reset_it(statement, settings):
    settings.TRUSTED_PROXY_HOPS = 1
    settings.PARTICIPATION_RATE_LIMIT = 2
    flooder = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert [flooder.post(SIGN, sign_on_data(name=f"Flood {n}")).status_code for n in range(3)] == [302, 302, 429]
    forged = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.7")
    assert forged.post(SIGN, sign_on_data(name="Flood 4")).status_code == 429
    neighbour = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert neighbour.post(SIGN, sign_on_data(name="Someone else")).status_code == 302
    assert sorted(Signatory.objects.values_list("name", flat=True)) == ["Flood 0", "Flood 1", "Someone else"]
