"""One way in for every public form: honeypot, rate limit, atomic save, notification.

A post is either stored whole or not at all, and the same form posted twice (a double
click, a retry after a timeout) is stored once: its ``submission_id`` is unique.
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext

from participation import ratelimit

logger = logging.getLogger(__name__)


@dataclass
class Outcome:
    """``done``: redirect to the confirmation; otherwise show ``form`` again with ``status``."""

    done: bool
    form: object = None
    status: int = 200


def receive(request, form, action, notify=None):
    """Validate and store ``form`` (bound to the request's POST); ``notify(instance)`` after a save."""
    if form.is_spam:
        logger.info("Dropped a %s submission that filled the honeypot.", action)
        return Outcome(done=True)
    if not form.is_valid():
        return Outcome(done=False, form=form, status=400)
    # Only stored submissions count: someone correcting a mistake is not a flood, and a
    # post that could not be stored (the database down) is answered 503 and given back.
    if not ratelimit.reserve(request, action):
        form.add_error(None, gettext("Too many submissions from your connection. Please try again in a few minutes."))
        return Outcome(done=False, form=form, status=429)
    try:
        instance = _store(form)
    except Exception:
        ratelimit.release(request, action)
        raise
    if instance is None:  # this very form was stored already, and counted then
        ratelimit.release(request, action)
        return Outcome(done=True)
    if notify is not None:
        try:
            notify(instance)
        except Exception:  # a mail server down must not lose or repeat the submission
            logger.exception("Could not send the notification of a %s submission.", action)
    return Outcome(done=True)


def _store(form):
    """The saved instance, or None when a post with the same ``submission_id`` was stored before."""
    try:
        with transaction.atomic():
            return form.save()
    except IntegrityError:
        if type(form.instance).objects.filter(submission_id=form.cleaned_data["submission_id"]).exists():
            return None
        raise
