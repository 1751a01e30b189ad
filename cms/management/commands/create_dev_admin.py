from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "changeme"  # noqa: S105 - a documented development-only credential


class Command(BaseCommand):
    help = "Create the development superuser admin/changeme (refused unless DEBUG is on)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The development superuser is only created when DEBUG is on.")
        user_model = get_user_model()
        if not user_model.objects.filter(username=USERNAME).exists():
            user_model.objects.create_superuser(USERNAME, "admin@localhost", PASSWORD)
        self.stdout.write(
            self.style.SUCCESS(f"Admin: http://127.0.0.1:8000/admin/  user: {USERNAME}  password: {PASSWORD}")
        )
