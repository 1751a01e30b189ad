"""Topics and countries, taken over from the publications app with their tables and ids.

The tables were renamed by ``publications.0004``; here the models enter this app's
state only, and their content types (with permissions, log entries and translation
sources) change app label.
"""

import uuid

import django.core.validators
import django.db.models.deletion
import modelsearch.index
from django.db import migrations, models

from cms.migrating import move_content_type


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("publications", "0004_terms_tables_to_taxonomy"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Country',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=100)),
                        ('code', models.CharField(help_text="Two-letter ISO 3166 code in lower case, e.g. 'mm' for Myanmar.", max_length=2, validators=[django.core.validators.RegexValidator('^[a-z]{2}$', "Use the two-letter ISO 3166 code in lower case, e.g. 'mm'.")])),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'verbose_name_plural': 'countries',
                        'ordering': ['name'],
                        'abstract': False,
                        'unique_together': {('code', 'locale'), ('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='Topic',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=100)),
                        ('slug', models.SlugField(help_text='Latin letters, digits and hyphens; used in filter URLs in every language.', max_length=100)),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'ordering': ['name'],
                        'abstract': False,
                        'unique_together': {('slug', 'locale'), ('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ]
        ),
        move_content_type("publications", "taxonomy", "topic"),
        move_content_type("publications", "taxonomy", "country"),
    ]
