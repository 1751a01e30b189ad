"""Editors add and change topics and countries."""

from django.db import migrations

from cms.roles import EDITORS, grant_permissions
from taxonomy.roles import EDITOR_TERM_PERMISSIONS


def grant(apps, schema_editor):
    grant_permissions(apps, EDITORS, EDITOR_TERM_PERMISSIONS)


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=EDITORS).first()
    if group is not None:
        codenames = [codename for _, _, codename in EDITOR_TERM_PERMISSIONS]
        group.permissions.remove(*group.permissions.filter(content_type__app_label="taxonomy", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0002_help_texts"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
