"""gunicorn on a free loopback port, with the environment of the command that starts it."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings

STARTUP_SECONDS = 60


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """Runs ``cms.wsgi`` with ``workers`` sync workers until the ``with`` block ends."""

    def __init__(self, workers):
        self.workers = workers
        self.port = free_port()
        self.process = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        command = [
            str(Path(sys.executable).with_name("gunicorn")),
            "cms.wsgi",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={self.workers}",
            "--log-level=warning",
        ]
        environment = {**os.environ, "BENCHMARK_BARE_VIEW": "1"}
        self.process = subprocess.Popen(command, cwd=settings.BASE_DIR, env=environment)  # noqa: S603
        self._wait_until_listening()
        return self

    def _wait_until_listening(self):
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped with status {self.process.returncode}.")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start listening in time.")

    def worker_memory_mb(self):
        """Resident memory of each worker, in MB (Linux's /proc)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return [_resident_mb(pid) for pid in children]

    def __exit__(self, *exc_info):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _resident_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0
