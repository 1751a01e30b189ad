from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "publications"

    def ready(self):
        from cms.api import registry
        from publications import api

        registry.register(api.PART)
