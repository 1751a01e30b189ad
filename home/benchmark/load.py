"""Requests sent over keep-alive HTTP connections from a few threads, timed one by one."""

import http.client
import statistics
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

# A cookie no page reads: a visitor carrying it is never answered from the page cache.
BYPASS_COOKIE = "bench-uncached=1"


@dataclass(frozen=True)
class Timing:
    p50_ms: float
    p95_ms: float
    rps: float
    statuses: frozenset


def percentile(sorted_values, share):
    """The value below which ``share`` of ``sorted_values`` lie (nearest rank)."""
    index = min(len(sorted_values) - 1, max(0, round(share * len(sorted_values)) - 1))
    return sorted_values[index]


def summarise(latencies_ms, elapsed_s, statuses):
    ordered = sorted(latencies_ms)
    return Timing(
        p50_ms=statistics.median(ordered),
        p95_ms=percentile(ordered, 0.95),
        rps=len(ordered) / elapsed_s if elapsed_s > 0 else 0.0,
        statuses=frozenset(statuses),
    )


class Client:
    """One keep-alive connection to the server under test."""

    def __init__(self, base_url):
        parts = urlsplit(base_url)
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)

    def get(self, path, host, cookie=None):
        headers = {"Host": host, "Accept-Encoding": "identity"}
        if cookie:
            headers["Cookie"] = cookie
        started = time.perf_counter()
        self.connection.request("GET", path, headers=headers)
        response = self.connection.getresponse()
        response.read()
        return (time.perf_counter() - started) * 1000, response.status

    def close(self):
        self.connection.close()


def run(base_url, requests, concurrency):
    """Send each of ``requests`` (``(path, host, cookie)``) once, spread over ``concurrency`` threads."""
    latencies, statuses, lock = [], [], threading.Lock()
    shares = [requests[number::concurrency] for number in range(concurrency)]

    def worker(share):
        client = Client(base_url)
        try:
            for path, host, cookie in share:
                latency, status = client.get(path, host, cookie)
                with lock:
                    latencies.append(latency)
                    statuses.append(status)
        finally:
            client.close()

    threads = [threading.Thread(target=worker, args=(share,)) for share in shares if share]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return summarise(latencies, time.perf_counter() - started, statuses)
