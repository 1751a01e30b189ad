"""Signatures and join requests point to the taxonomy app's countries (same table: state only)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0004_member_from_network"),
        ("taxonomy", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='joinrequest',
                    name='country',
                    field=models.ForeignKey(limit_choices_to={'locale__language_code': 'en'}, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.country', verbose_name='Country'),
                ),
                migrations.AlterField(
                    model_name='signatory',
                    name='country',
                    field=models.ForeignKey(limit_choices_to={'locale__language_code': 'en'}, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='taxonomy.country', verbose_name='Country'),
                ),
            ]
        ),
    ]
