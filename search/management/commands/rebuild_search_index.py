"""Index every live, public page afresh (after an upgrade or a bulk change made outside Wagtail)."""

from django.core.management.base import BaseCommand
from tqdm import tqdm
from wagtail.models import Page

from cms.db_statistics import refresh_planner_statistics
from search.indexing import rebuild
from search.models import SearchEntry


class Command(BaseCommand):
    help = "Rebuild the site search index from the live, public pages."

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, **options):
        total = Page.objects.live().filter(depth__gt=1).count()
        with tqdm(total=total, desc="Indexing", unit="page", file=self.stderr, disable=options["no_progress"]) as bar:
            count = rebuild(progress=bar.update)
        refresh_planner_statistics(table=SearchEntry._meta.db_table)
        self.stdout.write(f"Search index rebuilt: {count} pages.")
