"""Publications point to the taxonomy app's topics and countries (same tables: state only)."""

import modelcluster.fields
import wagtail.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0004_terms_tables_to_taxonomy"),
        ("taxonomy", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='publicationpage',
                    name='countries',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Countries the publication is about or comes from.', limit_choices_to={'locale__language_code': 'en'}, related_name='publications', to='taxonomy.country'),
                ),
                migrations.AlterField(
                    model_name='publicationpage',
                    name='topics',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, limit_choices_to={'locale__language_code': 'en'}, related_name='publications', to='taxonomy.topic'),
                ),
            ]
        ),
        migrations.AlterField(
            model_name='publicationpage',
            name='body',
            field=wagtail.fields.StreamField([('text', 0), ('image', 5), ('quote', 9), ('call_to_action', 16), ('figures', 22), ('documents', 28), ('embed', 30), ('relevant_publications', 36)], blank=True, block_lookup={0: ('cms.blocks.rich_text.RichTextSectionBlock', (), {}), 1: ('wagtail.images.blocks.ImageChooserBlock', (), {}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the image shows for people who cannot see it.', 'max_length': 250}), 3: ('wagtail.blocks.CharBlock', (), {'max_length': 250, 'required': False}), 4: ('wagtail.blocks.CharBlock', (), {'help_text': 'Photographer or source.', 'max_length': 120, 'required': False}), 5: ('wagtail.blocks.StructBlock', [[('image', 1), ('alt_text', 2), ('caption', 3), ('credit', 4)]], {}), 6: ('wagtail.blocks.TextBlock', (), {'max_length': 800}), 7: ('wagtail.blocks.CharBlock', (), {'max_length': 200, 'required': False}), 8: ('wagtail.blocks.CharBlock', (), {'help_text': "E.g. 'MP, Malaysia' or 'IPAM Chair'.", 'max_length': 200, 'required': False}), 9: ('wagtail.blocks.StructBlock', [[('quote', 6), ('attribution', 7), ('role', 8)]], {}), 10: ('wagtail.blocks.CharBlock', (), {'max_length': 120}), 11: ('wagtail.blocks.TextBlock', (), {'max_length': 500, 'required': False}), 12: ('wagtail.blocks.CharBlock', (), {'max_length': 60}), 13: ('wagtail.blocks.PageChooserBlock', (), {'required': False}), 14: ('wagtail.blocks.URLBlock', (), {'help_text': 'Used when no page is chosen.', 'required': False}), 15: ('wagtail.blocks.EmailBlock', (), {'help_text': 'Used when neither page nor URL is set.', 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('heading', 10), ('text', 11), ('button_label', 12), ('page', 13), ('url', 14), ('email', 15)]], {}), 17: ('wagtail.blocks.CharBlock', (), {'max_length': 120, 'required': False}), 18: ('wagtail.blocks.CharBlock', (), {'help_text': "The number as shown, e.g. '100+' or '60%'.", 'max_length': 20}), 19: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the number counts.', 'max_length': 120}), 20: ('wagtail.blocks.StructBlock', [[('value', 18), ('label', 19)]], {}), 21: ('wagtail.blocks.ListBlock', (20,), {'max_num': 6, 'min_num': 1}), 22: ('wagtail.blocks.StructBlock', [[('heading', 17), ('figures', 21)]], {}), 23: ('wagtail.documents.blocks.DocumentChooserBlock', (), {}), 24: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to the document's title.", 'max_length': 200, 'required': False}), 25: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('en', 'English'), ('my', 'Burmese')]}), 26: ('wagtail.blocks.StructBlock', [[('document', 23), ('title', 24), ('language', 25)]], {}), 27: ('wagtail.blocks.ListBlock', (26,), {'min_num': 1}), 28: ('wagtail.blocks.StructBlock', [[('heading', 17), ('documents', 27)]], {}), 29: ('wagtail.embeds.blocks.EmbedBlock', (), {'help_text': 'Paste the address of the video or post.'}), 30: ('wagtail.blocks.StructBlock', [[('embed', 29), ('caption', 3)]], {}), 31: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to 'Relevant publications'.", 'max_length': 120, 'required': False}), 32: ('wagtail.snippets.blocks.SnippetChooserBlock', ('taxonomy.Topic',), {}), 33: ('wagtail.blocks.ListBlock', (32,), {'default': [], 'required': False}), 34: ('wagtail.blocks.MultipleChoiceBlock', [], {'choices': [('statement', 'Statement'), ('report', 'Report'), ('press-release', 'Press release'), ('briefing-paper', 'Briefing paper'), ('submission', 'Submission'), ('letter', 'Letter')], 'required': False}), 35: ('wagtail.blocks.IntegerBlock', (), {'default': 5, 'max_value': 20, 'min_value': 1}), 36: ('wagtail.blocks.StructBlock', [[('heading', 31), ('topics', 33), ('types', 34), ('limit', 35)]], {})}),
        ),
    ]
