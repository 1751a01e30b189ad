from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from cms.api import registry
        from search import api
        from search.indexing import connect_signals

        connect_signals()
        registry.register(api.PART)
