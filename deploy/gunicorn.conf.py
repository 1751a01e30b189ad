"""Gunicorn settings of one app server (read with ``gunicorn -c deploy/gunicorn.conf.py cms.wsgi``).

Several app servers each run this file with their own GUNICORN_BIND. Threads let a worker
wait on the database or Redis without holding a whole process; a worker that hangs is
replaced after ``timeout``; workers are recycled now and then so no leak grows forever.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Longer than nginx's proxy_read_timeout would make nginx give up first and retry elsewhere.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Read by the settings when the workers load them: PostgreSQL cancels a query before the
# worker waiting for it would be killed (the request then answers 503, not a dropped line).
os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT", str(max(1, timeout - 5)))
graceful_timeout = 20
# Longer than nginx keeps an idle connection to an app server (deploy/nginx/hluttaw.conf's
# upstream keepalive_timeout), so nginx, not the app server, closes it. The other way round,
# nginx sends a request on a connection the app server is closing at that moment: the request
# fails, and a server that was just left alone for 5 s (fail_timeout) is left alone again.
keepalive = 75
max_requests = 2000
max_requests_jitter = 200
backlog = 512
# Logs go to the journal (systemd) or to the file given with --error-logfile.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "warning").lower()
proc_name = f"hluttaw-{bind}"
