"""Who counts as one client for the rate limit, with and without proxies in front."""

import pytest
from django.test import Client, RequestFactory

from participation.models import Signatory
from participation.ratelimit import client_identity
from tests.participation.helpers import sign_on_data

SIGN = "/en/publications/release/sign/"
PROXY = "10.0.0.1"


def request_from(remote_addr, forwarded=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("trusted", "remote", "forwarded", "expected"),
    [
        ([], PROXY, "203.0.113.7", PROXY),  # no proxy trusted: the header is the client's own word
        (["10.0.0.0/8"], PROXY, "203.0.113.7", "203.0.113.7"),
        (["10.0.0.0/8"], PROXY, "198.51.100.1, 203.0.113.7", "203.0.113.7"),  # a forged entry on the left
        # Two proxies (a load balancer, then nginx): the walk passes both.
        (["10.0.0.0/8"], PROXY, "198.51.100.1, 203.0.113.7, 10.0.0.9", "203.0.113.7"),
        (["10.0.0.0/8"], "203.0.113.50", "198.51.100.1", "203.0.113.50"),  # reached directly: header ignored
        (["10.0.0.0/8"], PROXY, "10.0.0.2", "10.0.0.2"),  # only proxies: the left-most of them
        (["10.0.0.0/8"], PROXY, "", PROXY),
        (["10.0.0.0/8"], PROXY, None, PROXY),
        (["10.0.0.0/8"], PROXY, "203.0.113.7, ", "203.0.113.7"),
        (["10.0.0.0/8"], PROXY, "203.0.113.7, not-an-address", PROXY),  # unreadable: stop at the proxy
        (["127.0.0.1/32", "::1/128"], "::1", "2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
        ([], "2001:db8:1:2:3:4:5:6", None, "2001:db8:1:2::/64"),  # IPv6 counts per /64
        ([], "::ffff:203.0.113.7", None, "203.0.113.7"),  # an IPv4 client on a dual-stack socket
    ],
)
def test_the_client_is_the_first_address_outside_the_trusted_proxies(settings, trusted, remote, forwarded, expected):
    settings.TRUSTED_PROXIES = trusted
    assert client_identity(request_from(remote, forwarded)) == expected


def test_addresses_of_one_ipv6_block_share_an_allowance(statement, settings):
    settings.PARTICIPATION_RATE_LIMIT = 1
    first = Client(REMOTE_ADDR="2001:db8:5:6::1")
    assert first.post(SIGN, sign_on_data(name="First")).status_code == 302
    same_block = Client(REMOTE_ADDR="2001:db8:5:6:ffff::9")
    assert same_block.post(SIGN, sign_on_data(name="Rotated")).status_code == 429
    other_block = Client(REMOTE_ADDR="2001:db8:5:7::1")
    assert other_block.post(SIGN, sign_on_data(name="Neighbour")).status_code == 302
    assert sorted(Signatory.objects.values_list("name", flat=True)) == ["First", "Neighbour"]


def test_behind_a_proxy_each_visitor_has_an_allowance_and_forging_the_header_does_not_reset_it(statement, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.PARTICIPATION_RATE_LIMIT = 2
    flooder = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert [flooder.post(SIGN, sign_on_data(name=f"Flood {n}")).status_code for n in range(3)] == [302, 302, 429]
    forged = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.7")
    assert forged.post(SIGN, sign_on_data(name="Flood 4")).status_code == 429
    neighbour = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert neighbour.post(SIGN, sign_on_data(name="Someone else")).status_code == 302
    assert sorted(Signatory.objects.values_list("name", flat=True)) == ["Flood 0", "Flood 1", "Someone else"]


def test_a_client_reaching_the_app_directly_cannot_rotate_the_header(statement, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.PARTICIPATION_RATE_LIMIT = 1
    statuses = [
        Client(REMOTE_ADDR="203.0.113.77", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").post(
            SIGN, sign_on_data(name=f"Rotating {n}")
        )
        for n in range(3)
    ]
    assert [response.status_code for response in statuses] == [302, 429, 429]
