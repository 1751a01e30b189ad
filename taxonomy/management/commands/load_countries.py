from django.core.management.base import BaseCommand

from taxonomy.countries import load_countries


class Command(BaseCommand):
    help = "Add every ISO 3166 country, named in English and Burmese (CLDR), without renaming existing ones."

    def handle(self, *args, **options):
        created = load_countries()
        self.stdout.write(f"Countries: {created} terms created.")
