"""Load an archive of ``manage.py backup``: ``manage.py restore backups/hluttaw-<time>.tar.gz``."""

import subprocess
import tarfile

from django.core.management.base import BaseCommand, CommandError

from cms import backup


class Command(BaseCommand):
    help = "Replace the database's content and add the media of a backup archive."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--database-url", help="Restore into this database instead of the site's own.")
        parser.add_argument("--media-root", help="Put the media here instead of MEDIA_ROOT.")
        parser.add_argument("--noinput", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, archive, database_url, media_root, noinput, **options):
        target = database_url or "the site's database"
        if not noinput and input(f"Replace the content of {target} with {archive}? [y/N] ").lower() != "y":
            raise CommandError("Nothing restored.")
        try:
            backup.restore(archive, database_url=database_url, media_root=media_root)
        except subprocess.CalledProcessError as error:
            raise CommandError(error.stderr.decode(errors="replace") or str(error)) from error
        except (OSError, ValueError, tarfile.TarError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {archive} into {target}.")
