from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Hluttaw CMS"

    def ready(self):
        from django.db.models.signals import post_save, pre_save
        from wagtail_localize.models import StringTranslation

        from cms import (
            checks,  # noqa: F401 - registers the deployment checks
            restrictions,
        )
        from cms.content_cache import connect_signals
        from cms.roles import on_page_saved
        from cms.translation import guard_string_translation

        connect_signals()
        restrictions.connect_signals()
        post_save.connect(on_page_saved, dispatch_uid="translators-burmese-roots")
        pre_save.connect(guard_string_translation, sender=StringTranslation, dispatch_uid="zawgyi-guard-segments")
