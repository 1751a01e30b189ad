from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save

from cms.content_cache import bump_content_version


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = "Participation"

    def ready(self):
        from cms.api import registry
        from cms.content_cache import watch
        from cms.roles import register_role
        from participation import api
        from participation.models import Member, Signatory
        from participation.roles import MEMBERSHIP

        registry.register(api.PART)
        register_role(MEMBERSHIP, "membership")
        # Member records change a network page's figures and named members.
        watch(Member)
        # Signatures change what statement pages and the API show (counts, names).
        post_save.connect(signature_changed, sender=Signatory, dispatch_uid="content-version-save-signatory")
        post_delete.connect(signature_changed, sender=Signatory, dispatch_uid="content-version-del-signatory")


def signature_changed(sender, instance, signal, created=False, **kwargs):
    """Bump the content version, unless a signature that shows nowhere came or went.

    Every public sign-on stores a pending signature: skipping those keeps the page and
    API caches warm through a burst of signatures. Edits always bump, as the status may
    have been approved before.
    """
    from participation.models import Status

    came_or_went = created or signal is post_delete
    if came_or_went and instance.status != Status.APPROVED:
        return
    bump_content_version()
