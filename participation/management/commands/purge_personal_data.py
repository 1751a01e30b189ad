import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from participation.models import JoinRequest, Signatory, Status


class Command(BaseCommand):
    help = (
        "Delete personal data older than PERSONAL_DATA_RETENTION_DAYS: join requests, pending and rejected "
        "signatures, and the email of approved signatories (their public signature stays)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Override the retention setting.")
        parser.add_argument("--dry-run", action="store_true", help="Count what would go, change nothing.")

    def handle(self, *args, **options):
        days = options["days"] if options["days"] is not None else settings.PERSONAL_DATA_RETENTION_DAYS
        if days < 0:
            raise CommandError(f"Retention must be 0 days or more, not {days}.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        join_requests = JoinRequest.objects.filter(created_at__lt=cutoff)
        unapproved = Signatory.objects.filter(created_at__lt=cutoff).exclude(status=Status.APPROVED)
        emails = Signatory.objects.filter(created_at__lt=cutoff, status=Status.APPROVED).exclude(email="")
        counts = (join_requests.count(), unapproved.count(), emails.count())
        verb = "Would delete" if options["dry_run"] else "Deleted"
        if not options["dry_run"]:
            with transaction.atomic():
                join_requests.delete()
                unapproved.delete()
                emails.update(email="")
        self.stdout.write(
            f"{verb} {counts[0]} join requests and {counts[1]} unapproved signatures, "
            f"and the email of {counts[2]} approved signatories, older than {days} days "
            f"(before {cutoff:%Y-%m-%d})."
        )
