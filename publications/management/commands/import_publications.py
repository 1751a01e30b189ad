from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms.importing import finish, progress_bar
from publications.importer import PublicationImporter, read_rows
from publications.models import PublicationIndexPage

COLUMNS = "slug, title, type, date, summary, body, issued_by, topics, countries, documents"


class Command(BaseCommand):
    help = (
        "Import publications from a CSV or JSON file into a publication index. "
        f"Columns: {COLUMNS}. Lists are separated by ';', documents are 'en:file.pdf;my:file-my.pdf' "
        "relative to the file's folder, at most one per language. Rows are keyed by slug: a second run "
        "changes nothing. Rejected records are numbered from 1 in the file's order."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--index", type=int, help="Page id of the target index (required when there are several).")
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Save new and changed publications as drafts, for a moderator to publish.",
        )
        parser.add_argument(
            "--owner",
            metavar="USERNAME",
            help="Owner of the new pages and author of their revisions; without --draft, someone who may publish.",
        )
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, **options):
        path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        if path.suffix.lower() not in {".csv", ".json"}:
            raise CommandError("The file must end in .csv or .json.")
        index = self.target_index(options["index"])
        owner = self.owner(options["owner"], index, options["draft"])
        try:
            rows = read_rows(path)
        except (ValueError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path.name}: {error}") from error

        progress = progress_bar(self, hidden=options["no_progress"])
        importer = PublicationImporter(index, base_dir=path.parent, draft=options["draft"], owner=owner)
        report = importer.run(rows, progress=progress)
        note = " New and changed publications are drafts awaiting publication." if options["draft"] else ""
        finish(self, report, unnamed="no title", note=note)

    @staticmethod
    def target_index(index_id):
        indexes = PublicationIndexPage.objects.filter(locale__language_code="en")
        if index_id is not None:
            index = indexes.filter(pk=index_id).first()
            if index is None:
                raise CommandError(f"No English publication index with id {index_id}.")
            return index
        if indexes.count() == 1:
            return indexes.get()
        choices = ", ".join(f"{page.pk} ({page.url_path})" for page in indexes) or "none"
        raise CommandError(f"Choose the target with --index; publication indexes: {choices}.")

    @staticmethod
    def owner(username, index, draft):
        """The user named by --owner; publishing in their name needs their right to publish there."""
        if username is None:
            return None
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user is called '{username}'.")
        if not draft and not index.permissions_for_user(user).can_publish_subpage():
            raise CommandError(f"{username} may not publish under '{index.title}': add --draft, or name a publisher.")
        return user
