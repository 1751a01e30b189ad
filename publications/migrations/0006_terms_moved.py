"""Topics and countries leave this app's state; their tables live on in the taxonomy app."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0005_terms_from_taxonomy"),
        ("home", "0005_terms_from_taxonomy"),
        ("participation", "0005_countries_from_taxonomy"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Country"), migrations.DeleteModel(name="Topic")]
        )
    ]
