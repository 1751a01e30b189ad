"""Copies, in this process's memory, of values kept in the shared cache at one content version.

An uncached page asks the shared cache for a dozen values (navigation, branding, the
route, restrictions, filter facts), each a round trip to Redis and an unpickling. The
same values are asked again by the next request, at the same content version. A copy
kept here is served only while the version the request read is the one it was made
at, so every app server still answers from the same content and nothing needs
clearing when content changes.

Each copy is held pickled: a caller gets a fresh object, as from the shared cache,
and may change it freely. The copies are bounded in bytes; the least recently used
go first.
"""

import pickle
import threading
from collections import OrderedDict


class LocalCopies:
    """Pickled values by key, each with the content version it belongs to, within ``max_bytes``."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self._entries = OrderedDict()  # key -> (version, pickled value)
        self._size = 0
        self._lock = threading.Lock()

    def __contains__(self, key):
        return key in self._entries

    def get(self, key, version):
        """The value kept under ``key`` for ``version``, else None."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != version:
                return None
            self._entries.move_to_end(key)
        return pickle.loads(entry[1])  # noqa: S301 (written by this process only)

    def put(self, key, version, data):
        """Keep the pickled value ``data`` under ``key`` for ``version``; over an eighth of the bound it is not kept."""
        if len(data) > self.max_bytes // 8:
            return
        with self._lock:
            self._drop(key)
            self._entries[key] = (version, data)
            self._size += len(data)
            while self._size > self.max_bytes:
                self._drop(next(iter(self._entries)))

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._size = 0

    def _drop(self, key):
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._size -= len(entry[1])
