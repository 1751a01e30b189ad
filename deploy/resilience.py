"""Load with faults against `make prod`: nothing lost, nothing duplicated, never a 500.

100 clients (threads) browse pages, the publication index, search and the API and sign a
statement for 60 s through nginx, while a gunicorn worker is killed, an app server is
stopped and started again, Redis is restarted and PostgreSQL is restarted. Every answer
is recorded with the time its request started. Outside the fault windows every answer
must be a success; inside them a 503 (or a degraded success) is fine, a 500 never is.
A sign-on answered 503 or cut off is sent again with the same form id, as a visitor
would; at the end the database is asked which of the forms were stored, and how often.

All clients connect from loopback: each says who it is in X-Forwarded-For (nginx on
loopback is a trusted proxy). Each sign-on comes from a visitor of its own, so none meets
the rate limit (ten per address in ten minutes), which would be a refusal outside a fault.

A 503 says where it came from: nginx's own page (``Retry-After: 10``, no app server could
be reached) or the app's (``Retry-After: 30``, the database could not). When the run fails,
the answers that broke it and a summary of nginx's error log are printed.
"""

import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from http.client import HTTPConnection, HTTPException
from urllib.parse import urlencode, urlsplit

import psycopg

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROD = os.path.join(ROOT, "deploy", "local", "prod")
PROD_DIR = os.environ.get("PROD_DIR", "/tmp/hluttaw-prod")  # noqa: S108 - the same default as deploy/local/prod
CLIENTS = int(os.environ.get("RESILIENCE_CLIENTS", "100"))
DURATION = float(os.environ.get("RESILIENCE_SECONDS", "60"))
GRACE = 5.0  # seconds after a fault's recovery during which its after-effects still count as the fault
RETRIES = 10
SUCCESS = {200, 301, 302, 304}
FAULTS = [  # (start second, name, commands run one after the other)
    (0.10, "kill a gunicorn worker", [["kill-worker"]]),
    (0.22, "stop app server 2 (10 s)", [["stop-app", "2"], ["sleep", "10"], ["start-app", "2"]]),
    (0.50, "restart Redis (3 s down)", [["restart-redis", "3"]]),
    (0.72, "restart PostgreSQL", [["restart-postgres"]]),
]
SEARCH_WORDS = ["democracy", "parliament", "women", "statement", "myanmar", "report", "ဒီမိုကရေစီ"]
RANDOM = random.Random(16)  # noqa: S311 - a load mix, not a secret; the same on every run
KINDS = ("page", "index", "search", "api", "sign-on")
WEIGHTS = (30, 15, 15, 25, 15)


class Run:
    """Everything recorded during the run; threads append under one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.answers = []  # (kind, started, status, seconds, source of a 5xx: "nginx" or "app")
        self.faults = []  # (name, started, recovered)
        self.submissions = {}  # submission id -> confirmed (a redirect to the thank-you page)
        self.formless = 0  # statement pages answered 200 without a sign-on form to post
        self.start = time.monotonic()
        self.stop = self.start + DURATION
        self.faults_done = threading.Event()

    def now(self):
        return time.monotonic() - self.start

    def record(self, kind, started, status, seconds, source=""):
        with self.lock:
            self.answers.append((kind, started, status, seconds, source))


def prod(*args):
    subprocess.run([PROD, *args], check=True, stdout=subprocess.DEVNULL)  # noqa: S603 - fixed script


def target():
    """The URLs to exercise, read from the running site."""
    code = (
        "import json; from wagtail.models import Page; from publications.models import PublicationPage;"
        "parts = lambda p: p.get_url_parts();"
        "url = lambda p: parts(p)[1] + parts(p)[2];"
        "pages = [p for p in Page.objects.live().filter(depth__gt=2).specific()[:60] if parts(p)];"
        "statement = PublicationPage.objects.live()"
        ".filter(open_for_signatures=True, locale__language_code='en').first();"
        "index = statement.get_parent();"
        "print(json.dumps({'pages': [url(p) for p in pages], 'index': url(index), 'statement': url(statement)}))"
    )
    result = subprocess.run(  # noqa: S603 - fixed command
        [os.path.join(ROOT, ".venv", "bin", "python"), "manage.py", "shell", "-c", code],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def visitor_addresses():
    """Distinct private addresses, one per simulated visitor."""
    for number in range(1, 2**24):
        yield f"10.{number >> 16}.{(number >> 8) & 255}.{number & 255}"


ADDRESSES = visitor_addresses()
ADDRESS_LOCK = threading.Lock()


def new_address():
    with ADDRESS_LOCK:
        return next(ADDRESSES)


def source_of(status, headers):
    """Who answered a 5xx: nginx when no app server could be reached, else the app."""
    if status is None or status < 500:
        return ""
    return "nginx" if headers.get("Retry-After") == NGINX_RETRY_AFTER else "app"


class Client:
    """A browsing visitor with one keep-alive connection to nginx; each sign-on is a new visitor."""

    def __init__(self, run, urls):
        self.run, self.urls = run, urls
        self.address = new_address()
        self.connection = None

    def request(self, method, url, body=None, headers=None):
        """(status, headers, body) or (None, {}, b"") when the connection failed."""
        parts = urlsplit(url)
        headers = {"Host": parts.netloc, "X-Forwarded-For": self.address, **(headers or {})}
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            if self.connection is None:
                self.connection = HTTPConnection("127.0.0.1", NGINX_PORT, timeout=30)
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        except (OSError, HTTPException):  # refused, reset, or a response cut short (IncompleteRead)
            self.close()
            return None, {}, b""

    def close(self):
        if self.connection is not None:
            self.connection.close()
        self.connection = None

    def timed(self, kind, method, url, **kwargs):
        started = self.run.now()
        status, headers, body = self.request(method, url, **kwargs)
        self.run.record(kind, started, status, self.run.now() - started, source_of(status, headers))
        return status, headers, body

    def loop(self):
        """Until the run's time is up and every fault is over: a fault that ends late still meets the load."""
        while time.monotonic() < self.run.stop or not self.run.faults_done.is_set():
            kind = RANDOM.choices(KINDS, WEIGHTS)[0]
            getattr(self, kind.replace("-", "_"))()
        self.close()

    def page(self):
        self.timed("page", "GET", RANDOM.choice(self.urls["pages"]))

    def index(self):
        self.timed("index", "GET", self.urls["index"] + f"?page={RANDOM.randint(1, 3)}")

    def search(self):
        root = self.urls["index"].split("/en/")[0]
        self.timed("search", "GET", f"{root}/en/search/?{urlencode({'q': RANDOM.choice(SEARCH_WORDS)})}")

    def api(self):
        root = self.urls["index"].split("/en/")[0]
        path = RANDOM.choice(["/api/v2/pages/", "/api/v2/publications/?limit=5", "/api/v2/sites/"])
        self.timed("api", "GET", root + path)

    def sign_on(self):
        visitor = {"X-Forwarded-For": new_address()}
        status, headers, body = self.timed("sign-on", "GET", self.urls["statement"], headers=visitor)
        if status != 200:
            return
        html = body.decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        country = re.search(r'<select[^>]*\bname="country"[^>]*>.*?<option value="([a-z]{2})"', html, re.S)
        cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", ""))
        if not (token and country and cookie):
            with self.run.lock:
                self.run.formless += 1
            return
        submission = str(uuid.uuid4())
        form = {
            "csrfmiddlewaretoken": token.group(1),
            "submission_id": submission,
            "website": "",
            "honorific": "Hon.",
            "name": f"Load {visitor['X-Forwarded-For']}",
            "country": country.group(1),
            "parliament": "Test",
            "party": "Test",
            "role": "Member",
            "email": f"load-{submission[:8]}@example.org",
            "confirm": "on",
        }
        self.post_until_answered(submission, urlencode(form), {**visitor, "Cookie": f"csrftoken={cookie.group(1)}"})

    def post_until_answered(self, submission, body, visitor):
        """Post, and post again after a 503 or a cut connection, as a visitor pressing "send" again."""
        headers = {"Content-Type": "application/x-www-form-urlencoded", **visitor}
        with self.run.lock:
            self.run.submissions[submission] = False
        for _attempt in range(RETRIES):
            status, answer, _body = self.timed(
                "sign-on", "POST", self.urls["statement"] + "sign/", body=body, headers=headers
            )
            if status == 302 and answer.get("Location", "").endswith("/signed/"):
                with self.run.lock:
                    self.run.submissions[submission] = True
                return
            if status not in (None, 502, 503, 504):
                return
            time.sleep(1)


def inject_faults(run):
    for share, name, commands in FAULTS:
        time.sleep(max(0.0, run.start + share * DURATION - time.monotonic()))
        started = run.now()
        for command in commands:
            if command[0] == "sleep":
                time.sleep(float(command[1]))
            else:
                prod(*command)
        with run.lock:
            run.faults.append((name, started, run.now()))
    with run.lock:
        run.stop = max(run.stop, time.monotonic() + GRACE)
    run.faults_done.set()


def overlaps(started, seconds, begin, end):
    """A request in flight at any time from a fault's start to GRACE after its end (a killed
    worker cuts the requests it was already serving, however early they started)."""
    return started <= end + GRACE and started + seconds >= begin


def in_fault(run, started, seconds):
    return any(overlaps(started, seconds, begin, end) for _name, begin, end in run.faults)


def stored(submissions):
    with psycopg.connect(os.environ["DATABASE_URL"]) as connection:
        rows = connection.execute(
            "SELECT submission_id::text, count(*) FROM participation_signatory"
            " WHERE submission_id = ANY(%s::uuid[]) GROUP BY 1",
            (list(submissions),),
        ).fetchall()
    return dict(rows)


def label(status, source):
    """ "503 nginx", "500 app", "cut" or the bare status of a success."""
    return f"{status} {source}".strip() if status else "cut"


def nginx_errors():
    """nginx's error log in a few lines: how often each upstream failed, and how."""
    pattern = re.compile(r"\] \d+#\d+: (?:\*\d+ )?(?P<what>[^,]+).*?upstream: \"http://(?P<server>[^/\"]+)")
    counts = Counter()
    try:
        with open(os.path.join(PROD_DIR, "nginx", "error.log"), encoding="utf-8", errors="replace") as log:
            for line in log:
                match = pattern.search(line)
                if match:
                    counts[(match["server"], match["what"].strip())] += 1
    except OSError as error:
        return [f"  (no nginx error log: {error})"]
    return [f"  {n:>6}  {server}  {what}" for (server, what), n in counts.most_common(12)]


def report(run):
    by_kind = defaultdict(Counter)
    latencies = defaultdict(list)
    during = server_errors = 0
    broken = []  # answers outside every fault window that were not a success
    for kind, started, status, seconds, source in run.answers:
        by_kind[kind][label(status, source)] += 1
        latencies[kind].append(seconds)
        server_errors += status == 500
        if in_fault(run, started, seconds):
            during += status is None or status >= 500
        elif status not in SUCCESS:
            broken.append((started, kind, label(status, source)))
    print(f"{'kind':<9}{'requests':>9}{'p50 ms':>8}{'p95 ms':>8}  answers")
    for kind in KINDS:
        times = sorted(latencies[kind]) or [0]
        p50, p95 = times[len(times) // 2] * 1000, times[int(len(times) * 0.95)] * 1000
        answers = " ".join(f"{code}:{n}" for code, n in sorted(by_kind[kind].items()))
        print(f"{kind:<9}{len(latencies[kind]):>9}{p50:>8.0f}{p95:>8.0f}  {answers}")
    print(f"\n{'fault':<28}{'from s':>7}{'to s':>7}  answers 5xx/cut in its window")
    for name, begin, end in run.faults:
        hits = Counter(
            label(status, source)
            for _k, started, status, seconds, source in run.answers
            if overlaps(started, seconds, begin, end) and (status is None or status >= 500)
        )
        print(f"{name:<28}{begin:>7.1f}{end:>7.1f}  {dict(hits) or '-'}")
    counts = stored(run.submissions)
    sent, kept = len(run.submissions), sum(1 for s in run.submissions if counts.get(s))
    lost = sum(1 for s, confirmed in run.submissions.items() if confirmed and not counts.get(s))
    duplicated = sum(n - 1 for n in counts.values())
    unconfirmed = sum(1 for s, confirmed in run.submissions.items() if not confirmed)
    print(
        f"\nrequests={len(run.answers)} in {run.stop - run.start:.0f} s; sign-ons never confirmed "
        f"(still 503 at the end or cut by the stop): {unconfirmed}; HTTP 500 answers: {server_errors}"
    )
    print(
        f"resilience: sent={sent} stored={kept} lost={lost} duplicated={duplicated} "
        f"errors_outside_faults={len(broken)} 5xx_during_faults={during} pages_without_form={run.formless}"
    )
    # No sign-on sent, or a statement page without its form, and the run proved nothing about submissions.
    failed = lost or duplicated or broken or server_errors or run.formless or not sent
    if failed:
        print("\noutside the faults (second, kind, answer):")
        print("\n".join(f"  {started:6.1f}  {kind:<8} {answer}" for started, kind, answer in sorted(broken)[:20]))
        print("nginx's error log, by upstream:")
        print("\n".join(nginx_errors()))
    return 1 if failed else 0


def main():
    urls = target()
    run = Run()
    clients = [Client(run, urls) for _n in range(CLIENTS)]
    threads = [threading.Thread(target=client.loop, daemon=True) for client in clients]
    faults = threading.Thread(target=inject_faults, args=(run,), daemon=True)
    for thread in [*threads, faults]:
        thread.start()
    faults.join(timeout=DURATION + 120)
    run.faults_done.set()  # even if a fault's command hangs, the clients stop
    for thread in threads:
        thread.join(timeout=60 + RETRIES * 31)
    return report(run)


NGINX_PORT = int(os.environ.get("PROD_PORT", "8480"))
NGINX_RETRY_AFTER = "10"  # deploy/nginx/hluttaw.conf's unavailable pages; the app says 30

if __name__ == "__main__":
    sys.exit(main())
