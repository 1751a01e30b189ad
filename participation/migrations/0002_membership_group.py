"""The Membership group: the only group that sees submissions and member records."""

from django.db import migrations

from participation.roles import MEMBERSHIP, create_membership_group


def create_group(apps, schema_editor):
    create_membership_group(apps)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=MEMBERSHIP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0001_initial"),
        ("network", "0002_member"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
