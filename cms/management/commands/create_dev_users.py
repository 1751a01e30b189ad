from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from cms.roles import roles

PASSWORD = "changeme"  # noqa: S105 - documented development-only credentials


class Command(BaseCommand):
    help = (
        "Create the development users: admin (a superuser) and one user per role's group, e.g. editor "
        "(refused unless DEBUG is on)."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Development users are only created when DEBUG is on.")
        user_model = get_user_model()
        users = [("admin", None), *((username, group) for group, username in roles().items())]
        for username, group_name in users:
            if user_model.objects.filter(username=username).exists():
                continue
            email = f"{username}@localhost"
            if group_name is None:
                user_model.objects.create_superuser(username, email, PASSWORD)
            else:
                user = user_model.objects.create_user(username, email, PASSWORD)
                user.groups.add(Group.objects.get(name=group_name))
        names = ", ".join(username for username, _group in users)
        self.stdout.write(
            self.style.SUCCESS(f"Admin: http://127.0.0.1:8000/admin/  users: {names}  password: {PASSWORD}")
        )
