from django.apps import AppConfig


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = "Participation"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from cms.content_cache import bump_content_version
        from participation.models import Signatory

        # Signatures change what statement pages and the API show (counts, names).
        post_save.connect(bump_content_version, sender=Signatory, dispatch_uid="content-version-save-signatory")
        post_delete.connect(bump_content_version, sender=Signatory, dispatch_uid="content-version-del-signatory")
