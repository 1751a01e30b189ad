"""``make bench``: the public pages and the API timed over HTTP on one app server.

``targets`` says what is requested, ``load`` sends the requests and measures them,
``server`` runs gunicorn, ``report`` turns measurements into the table and
``bench-results.json``.
"""
