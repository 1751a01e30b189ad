"""Campaign pages get a hero image and one "Relevant publications" list: the body block.

The page-level topic and count move into a block; help texts for editors."""

import json
import uuid

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

BLOCK = "relevant_publications"


def relevant_block(topic_id, count):
    """The body block that lists what the page-level "Relevant publications" listed."""
    return {
        "type": BLOCK,
        "id": str(uuid.uuid4()),
        "value": {
            "heading": "",
            "topics": [{"type": "item", "value": topic_id, "id": str(uuid.uuid4())}],
            "latest": False,
            "types": [],
            "limit": count,
        },
    }


def with_block(body, block):
    """``body`` (JSON) with ``block`` appended, unless it lists publications already: one list per page."""
    stream = json.loads(body) if body else []
    if any(item.get("type") == BLOCK for item in stream):
        return body
    return json.dumps([*stream, block])


def relevant_topic_to_block(apps, schema_editor):
    """Campaigns listed their topic's publications from two fields: they become a body block, in the
    live page and its latest revision. A campaign without a topic listed everything, which is
    what is being removed, so it gets no block."""
    CampaignPage = apps.get_model("home", "CampaignPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page in CampaignPage.objects.exclude(relevant_topic=None):
        block = relevant_block(page.relevant_topic_id, page.relevant_count)
        page.body = with_block(json.dumps(list(page.body.raw_data)), block)
        page.save(update_fields=["body"])
        revision = Revision.objects.filter(pk=page.latest_revision_id).first()
        if revision is not None:
            revision.content["body"] = with_block(revision.content.get("body") or "", block)
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_terms_from_taxonomy"),
        ("publications", "0007_listing_indexes"),
        ("wagtailimages", "0027_image_description"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="campaignpage",
            name="hero_image",
            field=models.ForeignKey(
                blank=True,
                help_text="Wide photo at the top of the campaign page; at least 1600 pixels wide works best. Optional.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="accept_join_requests",
            field=models.BooleanField(
                default=False,
                help_text="Show a form where MPs ask to join. Requests are read by the Membership group only (Membership → Join requests).",
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("text", 0),
                    ("image", 5),
                    ("quote", 9),
                    ("call_to_action", 16),
                    ("figures", 22),
                    ("documents", 29),
                    ("embed", 32),
                    ("relevant_publications", 39),
                ],
                blank=True,
                block_lookup={
                    0: ("cms.blocks.rich_text.RichTextSectionBlock", (), {}),
                    1: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose or upload a photo or chart."},
                    ),
                    2: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Describe what the image shows for people who cannot see it.", "max_length": 250},
                    ),
                    3: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown under the image. Optional.", "max_length": 250, "required": False},
                    ),
                    4: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Photographer or source.", "max_length": 120, "required": False},
                    ),
                    5: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 1), ("alt_text", 2), ("caption", 3), ("credit", 4)]],
                        {},
                    ),
                    6: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {
                            "help_text": "The words quoted, without quotation marks. Up to 800 characters.",
                            "max_length": 800,
                        },
                    ),
                    7: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Who said it. Optional.", "max_length": 200, "required": False},
                    ),
                    8: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "E.g. 'MP, Malaysia' or 'IPAM Chair'.", "max_length": 200, "required": False},
                    ),
                    9: ("wagtail.blocks.StructBlock", [[("quote", 6), ("attribution", 7), ("role", 8)]], {}),
                    10: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "What you ask readers to do, e.g. 'Sign the statement'.", "max_length": 120},
                    ),
                    11: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "A sentence or two of why. Optional.", "max_length": 500, "required": False},
                    ),
                    12: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The button's words, e.g. 'Sign now'. Up to 60 characters.", "max_length": 60},
                    ),
                    13: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {"help_text": "Where the button leads on this site.", "required": False},
                    ),
                    14: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address on another site; used when no page is chosen.", "required": False},
                    ),
                    15: (
                        "wagtail.blocks.EmailBlock",
                        (),
                        {
                            "help_text": "The button writes to this address; used when neither page nor address is set.",
                            "required": False,
                        },
                    ),
                    16: (
                        "wagtail.blocks.StructBlock",
                        [
                            [
                                ("heading", 10),
                                ("text", 11),
                                ("button_label", 12),
                                ("page", 13),
                                ("url", 14),
                                ("email", 15),
                            ]
                        ],
                        {},
                    ),
                    17: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown above the figures. Optional.", "max_length": 120, "required": False},
                    ),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The number as shown, e.g. '100+' or '60%'.", "max_length": 20},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "What the number counts, e.g. 'women MPs'.", "max_length": 120},
                    ),
                    20: ("wagtail.blocks.StructBlock", [[("value", 18), ("label", 19)]], {"label": "Figure"}),
                    21: (
                        "wagtail.blocks.ListBlock",
                        (20,),
                        {"help_text": "One to six figures; press + to add one.", "max_num": 6, "min_num": 1},
                    ),
                    22: ("wagtail.blocks.StructBlock", [[("heading", 17), ("figures", 21)]], {}),
                    23: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown above the list. Optional.", "max_length": 120, "required": False},
                    ),
                    24: (
                        "wagtail.documents.blocks.DocumentChooserBlock",
                        (),
                        {"help_text": "Choose or upload the file."},
                    ),
                    25: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Defaults to the document's title.", "max_length": 200, "required": False},
                    ),
                    26: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("en", "English"), ("my", "Burmese")],
                            "help_text": "The language of the file, shown beside the link.",
                        },
                    ),
                    27: (
                        "wagtail.blocks.StructBlock",
                        [[("document", 24), ("title", 25), ("language", 26)]],
                        {"label": "Document"},
                    ),
                    28: (
                        "wagtail.blocks.ListBlock",
                        (27,),
                        {"help_text": "Press + to add a file; drag to reorder.", "min_num": 1},
                    ),
                    29: ("wagtail.blocks.StructBlock", [[("heading", 23), ("documents", 28)]], {}),
                    30: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address of the video or post."},
                    ),
                    31: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown under the video or post. Optional.", "max_length": 250, "required": False},
                    ),
                    32: ("wagtail.blocks.StructBlock", [[("embed", 30), ("caption", 31)]], {}),
                    33: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown above the list; 'Relevant publications' when empty.",
                            "max_length": 120,
                            "required": False,
                        },
                    ),
                    34: ("wagtail.snippets.blocks.SnippetChooserBlock", ("taxonomy.Topic",), {"label": "Topic"}),
                    35: (
                        "wagtail.blocks.ListBlock",
                        (34,),
                        {
                            "default": [],
                            "help_text": "Press + to add a topic. Publications with any of these topics are listed, newest first.",
                            "label": "Topics",
                            "required": False,
                        },
                    ),
                    36: (
                        "wagtail.blocks.BooleanBlock",
                        (),
                        {
                            "help_text": "Tick to list the newest publications of every topic when no topic is chosen. Without topics and without this, the list shows nothing.",
                            "label": "Newest of every topic",
                            "required": False,
                        },
                    ),
                    37: (
                        "wagtail.blocks.MultipleChoiceBlock",
                        [],
                        {
                            "choices": [
                                ("statement", "Statement"),
                                ("report", "Report"),
                                ("press-release", "Press release"),
                                ("briefing-paper", "Briefing paper"),
                                ("submission", "Submission"),
                                ("letter", "Letter"),
                            ],
                            "help_text": "Leave all unticked to list every type.",
                            "label": "Only these types",
                            "required": False,
                        },
                    ),
                    38: (
                        "wagtail.blocks.IntegerBlock",
                        (),
                        {
                            "default": 5,
                            "help_text": "The number of publications shown, 1 to 20.",
                            "label": "How many",
                            "max_value": 20,
                            "min_value": 1,
                        },
                    ),
                    39: (
                        "wagtail.blocks.StructBlock",
                        [[("heading", 33), ("topics", 35), ("latest", 36), ("types", 37), ("limit", 38)]],
                        {},
                    ),
                },
                help_text="The page's sections, in order: text, images, quotes, calls to action, figures, documents, videos, and 'Relevant publications' (a live list of this site's newest publications on the topics you choose). Shown after the join section.",
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="featured_statement",
            field=models.ForeignKey(
                blank=True,
                help_text="A publication shown with its summary, its signature count and links to read and sign it.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="publications.publicationpage",
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="intro",
            field=models.TextField(
                blank=True,
                help_text="One or two sentences under the title, also used in link previews. Up to 500 characters.",
                max_length=500,
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="join_email",
            field=models.EmailField(
                blank=True,
                help_text="Address shown for people who would rather write; the site's contact email when empty.",
                max_length=254,
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="join_heading",
            field=models.CharField(
                default="Join us", help_text="Heading of the call to join. Up to 120 characters.", max_length=120
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="join_text",
            field=wagtail.fields.RichTextField(
                blank=True, help_text="Who may join and how, shown under the join heading."
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="problem",
            field=wagtail.fields.RichTextField(help_text="What is wrong and who it harms: a few short paragraphs."),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="problem_heading",
            field=models.CharField(
                default="What is the problem?",
                help_text="Heading of the first section. Up to 120 characters.",
                max_length=120,
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="response",
            field=wagtail.fields.RichTextField(
                help_text="What the network does about the problem: a few short paragraphs."
            ),
        ),
        migrations.AlterField(
            model_name="campaignpage",
            name="response_heading",
            field=models.CharField(
                default="What are we doing about it?",
                help_text="Heading of the second section. Up to 120 characters.",
                max_length=120,
            ),
        ),
        migrations.AlterField(
            model_name="contentpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("text", 0),
                    ("image", 5),
                    ("quote", 9),
                    ("call_to_action", 16),
                    ("figures", 22),
                    ("documents", 29),
                    ("embed", 32),
                    ("relevant_publications", 39),
                ],
                blank=True,
                block_lookup={
                    0: ("cms.blocks.rich_text.RichTextSectionBlock", (), {}),
                    1: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose or upload a photo or chart."},
                    ),
                    2: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Describe what the image shows for people who cannot see it.", "max_length": 250},
                    ),
                    3: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown under the image. Optional.", "max_length": 250, "required": False},
                    ),
                    4: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Photographer or source.", "max_length": 120, "required": False},
                    ),
                    5: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 1), ("alt_text", 2), ("caption", 3), ("credit", 4)]],
                        {},
                    ),
                    6: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {
                            "help_text": "The words quoted, without quotation marks. Up to 800 characters.",
                            "max_length": 800,
                        },
                    ),
                    7: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Who said it. Optional.", "max_length": 200, "required": False},
                    ),
                    8: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "E.g. 'MP, Malaysia' or 'IPAM Chair'.", "max_length": 200, "required": False},
                    ),
                    9: ("wagtail.blocks.StructBlock", [[("quote", 6), ("attribution", 7), ("role", 8)]], {}),
                    10: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "What you ask readers to do, e.g. 'Sign the statement'.", "max_length": 120},
                    ),
                    11: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "A sentence or two of why. Optional.", "max_length": 500, "required": False},
                    ),
                    12: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The button's words, e.g. 'Sign now'. Up to 60 characters.", "max_length": 60},
                    ),
                    13: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {"help_text": "Where the button leads on this site.", "required": False},
                    ),
                    14: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address on another site; used when no page is chosen.", "required": False},
                    ),
                    15: (
                        "wagtail.blocks.EmailBlock",
                        (),
                        {
                            "help_text": "The button writes to this address; used when neither page nor address is set.",
                            "required": False,
                        },
                    ),
                    16: (
                        "wagtail.blocks.StructBlock",
                        [
                            [
                                ("heading", 10),
                                ("text", 11),
                                ("button_label", 12),
                                ("page", 13),
                                ("url", 14),
                                ("email", 15),
                            ]
                        ],
                        {},
                    ),
                    17: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown above the figures. Optional.", "max_length": 120, "required": False},
                    ),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The number as shown, e.g. '100+' or '60%'.", "max_length": 20},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "What the number counts, e.g. 'women MPs'.", "max_length": 120},
                    ),
                    20: ("wagtail.blocks.StructBlock", [[("value", 18), ("label", 19)]], {"label": "Figure"}),
                    21: (
                        "wagtail.blocks.ListBlock",
                        (20,),
                        {"help_text": "One to six figures; press + to add one.", "max_num": 6, "min_num": 1},
                    ),
                    22: ("wagtail.blocks.StructBlock", [[("heading", 17), ("figures", 21)]], {}),
                    23: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown above the list. Optional.", "max_length": 120, "required": False},
                    ),
                    24: (
                        "wagtail.documents.blocks.DocumentChooserBlock",
                        (),
                        {"help_text": "Choose or upload the file."},
                    ),
                    25: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Defaults to the document's title.", "max_length": 200, "required": False},
                    ),
                    26: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("en", "English"), ("my", "Burmese")],
                            "help_text": "The language of the file, shown beside the link.",
                        },
                    ),
                    27: (
                        "wagtail.blocks.StructBlock",
                        [[("document", 24), ("title", 25), ("language", 26)]],
                        {"label": "Document"},
                    ),
                    28: (
                        "wagtail.blocks.ListBlock",
                        (27,),
                        {"help_text": "Press + to add a file; drag to reorder.", "min_num": 1},
                    ),
                    29: ("wagtail.blocks.StructBlock", [[("heading", 23), ("documents", 28)]], {}),
                    30: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address of the video or post."},
                    ),
                    31: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown under the video or post. Optional.", "max_length": 250, "required": False},
                    ),
                    32: ("wagtail.blocks.StructBlock", [[("embed", 30), ("caption", 31)]], {}),
                    33: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown above the list; 'Relevant publications' when empty.",
                            "max_length": 120,
                            "required": False,
                        },
                    ),
                    34: ("wagtail.snippets.blocks.SnippetChooserBlock", ("taxonomy.Topic",), {"label": "Topic"}),
                    35: (
                        "wagtail.blocks.ListBlock",
                        (34,),
                        {
                            "default": [],
                            "help_text": "Press + to add a topic. Publications with any of these topics are listed, newest first.",
                            "label": "Topics",
                            "required": False,
                        },
                    ),
                    36: (
                        "wagtail.blocks.BooleanBlock",
                        (),
                        {
                            "help_text": "Tick to list the newest publications of every topic when no topic is chosen. Without topics and without this, the list shows nothing.",
                            "label": "Newest of every topic",
                            "required": False,
                        },
                    ),
                    37: (
                        "wagtail.blocks.MultipleChoiceBlock",
                        [],
                        {
                            "choices": [
                                ("statement", "Statement"),
                                ("report", "Report"),
                                ("press-release", "Press release"),
                                ("briefing-paper", "Briefing paper"),
                                ("submission", "Submission"),
                                ("letter", "Letter"),
                            ],
                            "help_text": "Leave all unticked to list every type.",
                            "label": "Only these types",
                            "required": False,
                        },
                    ),
                    38: (
                        "wagtail.blocks.IntegerBlock",
                        (),
                        {
                            "default": 5,
                            "help_text": "The number of publications shown, 1 to 20.",
                            "label": "How many",
                            "max_value": 20,
                            "min_value": 1,
                        },
                    ),
                    39: (
                        "wagtail.blocks.StructBlock",
                        [[("heading", 33), ("topics", 35), ("latest", 36), ("types", 37), ("limit", 38)]],
                        {},
                    ),
                },
                help_text="The page's sections, in order: text, images, quotes, calls to action, figures, documents, videos, and 'Relevant publications' (a live list of this site's newest publications on the topics you choose).",
            ),
        ),
        migrations.AlterField(
            model_name="contentpage",
            name="intro",
            field=models.TextField(
                blank=True,
                help_text="One or two sentences under the title, also used in link previews. Up to 500 characters.",
                max_length=500,
            ),
        ),
        migrations.AlterField(
            model_name="homepage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("text", 0),
                    ("image", 5),
                    ("quote", 9),
                    ("call_to_action", 16),
                    ("figures", 22),
                    ("documents", 29),
                    ("embed", 32),
                    ("relevant_publications", 39),
                ],
                blank=True,
                block_lookup={
                    0: ("cms.blocks.rich_text.RichTextSectionBlock", (), {}),
                    1: (
                        "wagtail.images.blocks.ImageChooserBlock",
                        (),
                        {"help_text": "Choose or upload a photo or chart."},
                    ),
                    2: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Describe what the image shows for people who cannot see it.", "max_length": 250},
                    ),
                    3: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown under the image. Optional.", "max_length": 250, "required": False},
                    ),
                    4: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Photographer or source.", "max_length": 120, "required": False},
                    ),
                    5: (
                        "wagtail.blocks.StructBlock",
                        [[("image", 1), ("alt_text", 2), ("caption", 3), ("credit", 4)]],
                        {},
                    ),
                    6: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {
                            "help_text": "The words quoted, without quotation marks. Up to 800 characters.",
                            "max_length": 800,
                        },
                    ),
                    7: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Who said it. Optional.", "max_length": 200, "required": False},
                    ),
                    8: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "E.g. 'MP, Malaysia' or 'IPAM Chair'.", "max_length": 200, "required": False},
                    ),
                    9: ("wagtail.blocks.StructBlock", [[("quote", 6), ("attribution", 7), ("role", 8)]], {}),
                    10: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "What you ask readers to do, e.g. 'Sign the statement'.", "max_length": 120},
                    ),
                    11: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "A sentence or two of why. Optional.", "max_length": 500, "required": False},
                    ),
                    12: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The button's words, e.g. 'Sign now'. Up to 60 characters.", "max_length": 60},
                    ),
                    13: (
                        "wagtail.blocks.PageChooserBlock",
                        (),
                        {"help_text": "Where the button leads on this site.", "required": False},
                    ),
                    14: (
                        "wagtail.blocks.URLBlock",
                        (),
                        {"help_text": "An address on another site; used when no page is chosen.", "required": False},
                    ),
                    15: (
                        "wagtail.blocks.EmailBlock",
                        (),
                        {
                            "help_text": "The button writes to this address; used when neither page nor address is set.",
                            "required": False,
                        },
                    ),
                    16: (
                        "wagtail.blocks.StructBlock",
                        [
                            [
                                ("heading", 10),
                                ("text", 11),
                                ("button_label", 12),
                                ("page", 13),
                                ("url", 14),
                                ("email", 15),
                            ]
                        ],
                        {},
                    ),
                    17: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown above the figures. Optional.", "max_length": 120, "required": False},
                    ),
                    18: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "The number as shown, e.g. '100+' or '60%'.", "max_length": 20},
                    ),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "What the number counts, e.g. 'women MPs'.", "max_length": 120},
                    ),
                    20: ("wagtail.blocks.StructBlock", [[("value", 18), ("label", 19)]], {"label": "Figure"}),
                    21: (
                        "wagtail.blocks.ListBlock",
                        (20,),
                        {"help_text": "One to six figures; press + to add one.", "max_num": 6, "min_num": 1},
                    ),
                    22: ("wagtail.blocks.StructBlock", [[("heading", 17), ("figures", 21)]], {}),
                    23: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown above the list. Optional.", "max_length": 120, "required": False},
                    ),
                    24: (
                        "wagtail.documents.blocks.DocumentChooserBlock",
                        (),
                        {"help_text": "Choose or upload the file."},
                    ),
                    25: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Defaults to the document's title.", "max_length": 200, "required": False},
                    ),
                    26: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("en", "English"), ("my", "Burmese")],
                            "help_text": "The language of the file, shown beside the link.",
                        },
                    ),
                    27: (
                        "wagtail.blocks.StructBlock",
                        [[("document", 24), ("title", 25), ("language", 26)]],
                        {"label": "Document"},
                    ),
                    28: (
                        "wagtail.blocks.ListBlock",
                        (27,),
                        {"help_text": "Press + to add a file; drag to reorder.", "min_num": 1},
                    ),
                    29: ("wagtail.blocks.StructBlock", [[("heading", 23), ("documents", 28)]], {}),
                    30: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "Paste the address of the video or post."},
                    ),
                    31: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Shown under the video or post. Optional.", "max_length": 250, "required": False},
                    ),
                    32: ("wagtail.blocks.StructBlock", [[("embed", 30), ("caption", 31)]], {}),
                    33: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Shown above the list; 'Relevant publications' when empty.",
                            "max_length": 120,
                            "required": False,
                        },
                    ),
                    34: ("wagtail.snippets.blocks.SnippetChooserBlock", ("taxonomy.Topic",), {"label": "Topic"}),
                    35: (
                        "wagtail.blocks.ListBlock",
                        (34,),
                        {
                            "default": [],
                            "help_text": "Press + to add a topic. Publications with any of these topics are listed, newest first.",
                            "label": "Topics",
                            "required": False,
                        },
                    ),
                    36: (
                        "wagtail.blocks.BooleanBlock",
                        (),
                        {
                            "help_text": "Tick to list the newest publications of every topic when no topic is chosen. Without topics and without this, the list shows nothing.",
                            "label": "Newest of every topic",
                            "required": False,
                        },
                    ),
                    37: (
                        "wagtail.blocks.MultipleChoiceBlock",
                        [],
                        {
                            "choices": [
                                ("statement", "Statement"),
                                ("report", "Report"),
                                ("press-release", "Press release"),
                                ("briefing-paper", "Briefing paper"),
                                ("submission", "Submission"),
                                ("letter", "Letter"),
                            ],
                            "help_text": "Leave all unticked to list every type.",
                            "label": "Only these types",
                            "required": False,
                        },
                    ),
                    38: (
                        "wagtail.blocks.IntegerBlock",
                        (),
                        {
                            "default": 5,
                            "help_text": "The number of publications shown, 1 to 20.",
                            "label": "How many",
                            "max_value": 20,
                            "min_value": 1,
                        },
                    ),
                    39: (
                        "wagtail.blocks.StructBlock",
                        [[("heading", 33), ("topics", 35), ("latest", 36), ("types", 37), ("limit", 38)]],
                        {},
                    ),
                },
                help_text="Further sections below the spotlight; the newest publications are listed after them.",
            ),
        ),
        migrations.AlterField(
            model_name="homepage",
            name="hero_heading",
            field=models.CharField(
                help_text="Large heading at the top of the front page, e.g. the network's aim. Up to 150 characters.",
                max_length=150,
            ),
        ),
        migrations.AlterField(
            model_name="homepage",
            name="hero_image",
            field=models.ForeignKey(
                blank=True,
                help_text="Wide banner behind the heading; at least 1600 pixels wide works best. Optional.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
            ),
        ),
        migrations.AlterField(
            model_name="homepage",
            name="hero_intro",
            field=models.TextField(
                blank=True, help_text="One or two sentences under the heading. Up to 500 characters.", max_length=500
            ),
        ),
        migrations.AlterField(
            model_name="homepage",
            name="spotlight",
            field=models.ForeignKey(
                blank=True,
                help_text="A campaign or network page whose sections (problem, response, join…) are shown in full below the hero, with a link to the page itself.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.WAGTAIL_PAGE_MODEL,
            ),
        ),
        migrations.RunPython(relevant_topic_to_block, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="campaignpage",
            name="relevant_count",
        ),
        migrations.RemoveField(
            model_name="campaignpage",
            name="relevant_topic",
        ),
    ]
