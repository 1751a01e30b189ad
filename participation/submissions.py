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
    # Only complete submissions count: someone correcting a mistake is not a flood.
    if not ratelimit.allow(request, action):
        form.add_error(None, gettext("Too many submissions from your connection. Please try again in a few minutes."))
        return Outcome(done=False, form=form, status=429)
    try:
        with transaction.atomic():
            instance = form.save()
    except IntegrityError:
        if type(form.instance).objects.filter(submission_id=form.cleaned_data["submission_id"]).exists():
            return Outcome(done=True)  # this very form was stored already
        raise
    if notify is not None:
        try:
            notify(instance)
        except Exception:  # a mail server down must not lose or repeat the submission
            logger.exception("Could not send the notification of a %s submission.", action)
    return Outcome(done=True)
