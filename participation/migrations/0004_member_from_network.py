"""Member records, taken over from the network app with their table and ids (state only)."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

from cms.migrating import move_content_type


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0003_signatures_on_the_default_language"),
        ("network", "0004_member_table_to_participation"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Member',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200)),
                        ('ethnic_group', models.CharField(blank=True, max_length=100)),
                        ('level', models.CharField(choices=[('union', 'Union parliament (Pyidaungsu Hluttaw)'), ('state-region', 'State or Region parliament')], max_length=20)),
                        ('parliament', models.CharField(help_text='For example Pyithu Hluttaw, Kachin State Hluttaw.', max_length=200)),
                        ('term', models.CharField(choices=[('re-elected', 'Re-elected in 2020'), ('newly-elected', 'Elected for the first time in 2020')], max_length=20)),
                        ('consent_to_list', models.BooleanField(default=False, help_text="Only with the member's explicit consent.", verbose_name='listed publicly')),
                        ('email', models.EmailField(blank=True, max_length=254)),
                        ('phone', models.CharField(blank=True, max_length=40)),
                        ('notes', models.TextField(blank=True)),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('network', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='members', to='network.networkpage')),
                    ],
                    options={
                        'ordering': ['name'],
                    },
                ),
            ]
        ),
        move_content_type("network", "participation", "member"),
    ]
