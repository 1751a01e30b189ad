"""Fill the default site's publication index with N publications in English and Burmese, for benchmarks.

Run after ``load_demo``: ``python manage.py seed_bench --publications 10000``.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from cms.db_statistics import refresh_planner_statistics
from publications.seeding import BenchSeeder, SeedingError


class Command(BaseCommand):
    help = (
        "Add generated publications (slugs bench-00001…) to the default site's publication index, each "
        "translated into Burmese through wagtail-localize from the demo's own translations. Run after "
        "load_demo. Publications already there are kept: a second run adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--publications", type=int, default=10_000, help="How many (default 10000).")
        parser.add_argument("--reset", action="store_true", help="Delete the generated publications first.")
        parser.add_argument("--batch", type=int, default=100, help="Publications per transaction (default 100).")
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")
        parser.add_argument(
            "--csv",
            metavar="FILE",
            help="Write the publications (slugs imported-00001…) as an import_publications file instead, "
            "with their documents beside it; adds nothing to the database.",
        )

    def handle(self, *args, **options):
        count = options["publications"]
        if not 0 <= count <= 100_000:
            raise CommandError("--publications must be between 0 and 100000.")
        try:
            seeder = BenchSeeder()
        except SeedingError as error:
            raise CommandError(str(error)) from error
        if options["csv"]:
            seeder.write_import_file(options["csv"], count)
            self.stdout.write(self.style.SUCCESS(f"{count} publications written to {options['csv']}."))
            return
        if options["reset"]:
            with transaction.atomic():
                removed = seeder.reset()
            self.stdout.write(f"Removed {removed} generated publications.")
        missing = seeder.missing(count)
        bar = tqdm(
            total=len(missing), desc="Seeding", unit="publication", file=self.stderr, disable=options["no_progress"]
        )
        with bar:
            seeder.seed(missing, batch=max(1, options["batch"]), progress=bar.update)
        refresh_planner_statistics()
        self.stdout.write(
            self.style.SUCCESS(f"{len(missing)} publications added; {seeder.total()} generated publications in all.")
        )
