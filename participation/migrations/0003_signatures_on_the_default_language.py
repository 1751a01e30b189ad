"""Signatures belong to the statement in the default language and protect it from deletion.

Signatures stored on a translation move to the default-language page of the same
statement (same translation key), so deleting a translation can lose none.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_to_default_language(apps, schema_editor):
    Signatory = apps.get_model("participation", "Signatory")
    PublicationPage = apps.get_model("publications", "PublicationPage")
    default = settings.LANGUAGE_CODE
    pages = {
        page.translation_key: page.pk
        for page in PublicationPage.objects.filter(locale__language_code=default).only("pk", "translation_key")
    }
    on_translations = Signatory.objects.exclude(statement__locale__language_code=default)
    for key in set(on_translations.values_list("statement__translation_key", flat=True)):
        if key in pages:  # one update per statement, not per signature
            on_translations.filter(statement__translation_key=key).update(statement_id=pages[key])


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0002_membership_group"),
        ("publications", "0003_publicationpage_open_for_signatures"),
    ]

    operations = [
        migrations.AlterField(
            model_name="signatory",
            name="statement",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="signatories",
                to="publications.publicationpage",
            ),
        ),
        migrations.RunPython(move_to_default_language, migrations.RunPython.noop),
    ]
