"""The Translators group, with the Burmese site roots that exist already."""

from django.db import migrations

from cms.roles import TRANSLATOR_PERMISSIONS, TRANSLATORS, grant_burmese_root


def create_translators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group, _ = Group.objects.get_or_create(name=TRANSLATORS)
    for app_label, model, codename in TRANSLATOR_PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
        )
        group.permissions.add(permission)
    for page in Page.objects.filter(depth=2, locale__language_code="my").select_related("locale"):
        grant_burmese_root(page, Group, Permission, GroupPagePermission)


def remove_translators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=TRANSLATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_burmese_locale"),
        ("publications", "0002_relevant_publications_block"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_translators, remove_translators)]
