"""Nothing lost under load: concurrent sign-ons against a live server, each stored exactly once."""

import http.cookiejar
import re
import threading
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

from participation.models import Signatory
from tests.participation.helpers import sign_on_data

pytestmark = pytest.mark.slow

SIGN_ONS = 60
REPEATS = 10  # posted twice at the same time, as by a double click
TIMEOUT = 60


class RoomyServer(ThreadedWSGIServer):
    """Django's test server with a listen queue long enough for every client at once."""

    request_queue_size = 2 * (SIGN_ONS + REPEATS)


class RoomyServerThread(LiveServerThread):
    server_class = RoomyServer


@pytest.fixture
def server(django_db_serialized_rollback, transactional_db):
    """A live server on loopback, one thread and one database connection per request."""
    thread = RoomyServerThread("127.0.0.1", StaticFilesHandler)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()


def csrf_session(base_url):
    """A cookie and the form's token, as a browser gets them by loading the statement."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(f"{base_url}/en/publications/release/", timeout=TIMEOUT).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    cookie = next(item for item in jar if item.name == "csrftoken").value
    return token, cookie


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def post(base_url, token, cookie, data, start):
    body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
    request = urllib.request.Request(
        f"{base_url}/en/publications/release/sign/",
        data=body,
        headers={"Cookie": f"csrftoken={cookie}", "Referer": base_url + "/"},
    )
    start.wait(TIMEOUT)
    try:
        urllib.request.build_opener(NoRedirect).open(request, timeout=TIMEOUT)
    except urllib.error.HTTPError as error:  # the 302 to the thanks page lands here
        return error.code
    return 200


def test_concurrent_sign_ons_are_each_stored_exactly_once(server, statement, settings):
    settings.PARTICIPATION_RATE_LIMIT = 10 * SIGN_ONS  # all posts come from one address here
    token, cookie = csrf_session(server)
    forms = [
        sign_on_data(name=f"Concurrent Signer {number:03d}", submission_id=str(uuid.uuid4()))
        for number in range(SIGN_ONS)
    ]
    posts = forms + forms[:REPEATS]
    start = threading.Barrier(len(posts))
    with ThreadPoolExecutor(max_workers=len(posts)) as pool:
        statuses = list(pool.map(lambda data: post(server, token, cookie, data, start), posts))
    assert statuses == [302] * len(posts)
    stored = list(Signatory.objects.filter(statement=statement).values_list("name", flat=True))
    assert len(stored) == SIGN_ONS
    assert sorted(stored) == sorted(form["name"] for form in forms)
    assert set(Signatory.objects.values_list("status", flat=True)) == {"pending"}
