"""The fault checks' own parts: visitors, who answered a 503, nginx's log, and CI's ports."""

import importlib.util
import re
import socket
import sys
import threading
from pathlib import Path

from django.conf import settings

from cms.outage import RETRY_AFTER_SECONDS

ROOT = Path(settings.BASE_DIR)


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, ROOT / path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


resilience = load("deploy/resilience.py", "resilience_harness")
free_ports = load(".ci/free_ports.py", "ci_free_ports")


def test_every_visitor_has_an_address_of_its_own_across_threads():
    seen, lock = [], threading.Lock()

    def take():
        addresses = [resilience.new_address() for _n in range(500)]
        with lock:
            seen.extend(addresses)

    threads = [threading.Thread(target=take) for _n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == len(set(seen)) == 4000
    assert all(re.fullmatch(r"10\.\d{1,3}\.\d{1,3}\.\d{1,3}", address) for address in seen)


def test_a_503_says_whether_nginx_or_the_app_answered_it():
    nginx_page = (ROOT / "deploy" / "nginx" / "hluttaw.conf").read_text()
    assert f"Retry-After {resilience.NGINX_RETRY_AFTER} always" in nginx_page
    assert str(RETRY_AFTER_SECONDS) != resilience.NGINX_RETRY_AFTER
    assert resilience.source_of(503, {"Retry-After": resilience.NGINX_RETRY_AFTER}) == "nginx"
    assert resilience.source_of(503, {"Retry-After": str(RETRY_AFTER_SECONDS)}) == "app"
    assert resilience.source_of(200, {}) == ""
    assert resilience.source_of(None, {}) == ""
    assert resilience.label(503, "nginx") == "503 nginx"
    assert resilience.label(302, "") == "302"
    assert resilience.label(None, "") == "cut"


def test_nginx_errors_are_summed_by_upstream_and_kind(tmp_path, monkeypatch):
    (tmp_path / "nginx").mkdir()
    line = (
        "2026/12/02 12:13:47 [error] 2804#2804: *{n} {what}, client: 127.0.0.1, server: 127.0.0.1, "
        'request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:{port}/", host: "127.0.0.1:8480"\n'
    )
    reset = "recv() failed (104: Connection reset by peer) while reading response header from upstream"
    refused = "connect() failed (111: Connection refused) while connecting to upstream"
    (tmp_path / "nginx" / "error.log").write_text(
        line.format(n=1, what=reset, port=8481) * 3
        + line.format(n=2, what=refused, port=8482)
        + "2026/12/02 12:13:48 [notice] 2803#2803: signal process started\n"
    )
    monkeypatch.setattr(resilience, "PROD_DIR", str(tmp_path))
    assert resilience.nginx_errors() == [f"       3  127.0.0.1:8481  {reset}", f"       1  127.0.0.1:8482  {refused}"]


def test_a_missing_nginx_log_is_said_not_raised(tmp_path, monkeypatch):
    monkeypatch.setattr(resilience, "PROD_DIR", str(tmp_path))
    [line] = resilience.nginx_errors()
    assert "no nginx error log" in line


def test_ci_ports_are_distinct_free_and_below_the_ephemeral_range():
    ports = free_ports.free_ports(7)
    assert len(set(ports)) == 7
    assert all(free_ports.LOWEST <= port < free_ports.ephemeral_start() for port in ports)
    for port in ports:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", port))


def test_a_response_cut_short_counts_as_cut_and_the_client_goes_on(monkeypatch):
    """A worker killed while it sends leaves half an answer: recorded as cut, not a dead client thread."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)

        def answer_half():
            connection, _address = server.accept()
            with connection:
                connection.recv(65536)
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nonly part")

        thread = threading.Thread(target=answer_half)
        thread.start()
        monkeypatch.setattr(resilience, "NGINX_PORT", server.getsockname()[1])
        run = resilience.Run()
        client = resilience.Client(run, {"pages": []})
        assert client.timed("page", "GET", "http://127.0.0.1/en/") == (None, {}, b"")
        thread.join(timeout=5)
    assert [(kind, status) for kind, _started, status, _seconds, _source in run.answers] == [("page", None)]
    assert client.connection is None
