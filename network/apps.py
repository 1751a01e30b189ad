from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"

    def ready(self):
        from cms.api import registry
        from network import api

        registry.register(api.PART)
