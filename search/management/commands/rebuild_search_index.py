"""Index every live, public page afresh (after an upgrade or a bulk change made outside Wagtail)."""

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index from the live, public pages."

    def handle(self, *args, **options):
        self.stdout.write(f"Search index rebuilt: {rebuild()} pages.")
