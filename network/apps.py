from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from cms.content_cache import bump_content_version
        from network.models import Member

        # Member records change the network page's figures and named members.
        post_save.connect(bump_content_version, sender=Member, dispatch_uid="content-version-save-member")
        post_delete.connect(bump_content_version, sender=Member, dispatch_uid="content-version-del-member")
