from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Hluttaw CMS"

    def ready(self):
        from cms.content_cache import connect_signals

        connect_signals()
