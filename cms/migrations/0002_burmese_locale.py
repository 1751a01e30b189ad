"""Create the Burmese locale beside the default English one."""

from django.db import migrations


def create_burmese_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="my")


class Migration(migrations.Migration):
    dependencies = [("cms", "0001_initial"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create_burmese_locale, migrations.RunPython.noop)]
