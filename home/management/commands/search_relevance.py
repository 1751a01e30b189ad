"""Print the precision and recall of Burmese search over the demo's Burmese pages and generated ones.

The generated pages are added inside a transaction that is rolled back: the
database is left as it was.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Site

from home.demo.burmese import BURMESE
from home.models import ContentPage
from search.relevance import evaluate, generated_texts, sample_queries, site_entries, syllable_inventory


class Command(BaseCommand):
    help = "Measure Burmese search precision and recall (run after load_demo)."

    def add_arguments(self, parser):
        parser.add_argument("--queries", type=int, default=300)
        parser.add_argument("--generated", type=int, default=40, help="Generated pages to add for the run.")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).first()
        burmese = Locale.objects.filter(language_code="my").first()
        root = site.root_page.get_translation_or_none(burmese) if site and burmese else None
        if root is None:
            raise CommandError("No Burmese home page on the default site: run load_demo first.")
        with transaction.atomic():
            for number, text in enumerate(
                generated_texts(max(0, options["generated"]), syllable_inventory(BURMESE.values()), options["seed"])
            ):
                page = ContentPage(title=text[:60], slug=f"relevance-{number}", intro=text[:500])
                root.add_child(instance=page)
                page.save_revision().publish()
            texts = [f"{entry.title} {entry.text}" for entry in site_entries(root)]
            queries = sample_queries(texts, max(1, options["queries"]), options["seed"])
            report = evaluate(root, queries)
            transaction.set_rollback(True)
        self.stdout.write(
            f"pages: {len(texts)}  queries: {report.queries}  hits: {report.hits}\n"
            f"precision: {report.precision:.2%}  recall: {report.recall:.2%}  "
            f"(substring recall: {report.substring_recall:.2%})  differing queries: {len(report.failures)}"
        )
        for query, extra, missing in report.failures[:10]:
            self.stdout.write(f"  {query}: {len(extra)} unexpected, {len(missing)} missed")
