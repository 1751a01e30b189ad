"""A Redis connection that stops asking a failing server for a few seconds.

A cache call to a Redis that accepts connections but does not answer waits for the socket
timeout, and an uncached page asks the cache a dozen times: such a Redis held pages for 10
to 20 seconds. After one failure, this process's connections fail at once for
``PAUSE_SECONDS``; production settings ignore cache errors, so the cache simply misses and
pages come from the database. The first call after the pause tries Redis again.
"""

import logging
import time

from redis.connection import Connection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

PAUSE_SECONDS = 5.0
_paused_until = [0.0]  # monotonic time, shared by the process's connections


class PausingConnection(Connection):
    def connect(self, *args, **kwargs):
        _refuse_while_paused()
        return _pausing_on_failure(super().connect, *args, **kwargs)

    def send_packed_command(self, *args, **kwargs):
        _refuse_while_paused()
        return _pausing_on_failure(super().send_packed_command, *args, **kwargs)

    def read_response(self, *args, **kwargs):
        return _pausing_on_failure(super().read_response, *args, **kwargs)


class PausedError(RedisConnectionError):
    """A cache call refused during the pause, without asking Redis."""


def _refuse_while_paused():
    if time.monotonic() < _paused_until[0]:
        raise PausedError("Redis failed a moment ago; not asked again yet.")


def _pausing_on_failure(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except (RedisConnectionError, RedisTimeoutError, OSError):
        _paused_until[0] = time.monotonic() + PAUSE_SECONDS
        raise


class QuietWhilePaused(logging.Filter):
    """Drops the log record of each cache call refused during a pause.

    The failure that started the pause is logged, with its traceback; the dozen calls of
    every request after it would each log one more (11 MB for 400 requests), saying nothing new.
    """

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        for _depth in range(5):  # the cache client wraps the error it ignores
            if error is None:
                return True
            if isinstance(error, PausedError):
                return False
            error = error.__cause__ or error.__context__
        return True
