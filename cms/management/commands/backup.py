"""Archive the database and the media: ``manage.py backup --output-dir backups``."""

from django.core.management.base import BaseCommand

from cms import backup


class Command(BaseCommand):
    help = "Write the database (pg_dump or a SQLite copy) and the media folder into one .tar.gz."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default="backups")

    def handle(self, *args, output_dir, **options):
        archive = backup.create(output_dir)
        self.stdout.write(str(archive))
