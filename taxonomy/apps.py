from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "taxonomy"
    verbose_name = "Taxonomy"

    def ready(self):
        from cms.api import registry
        from cms.content_cache import watch
        from taxonomy import api
        from taxonomy.models import Country, Topic

        # Term names show on every publication page, filter and API answer.
        watch(Topic, Country)
        registry.register(api.PART)
