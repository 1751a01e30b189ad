"""Blocks that list publications, and the body blocks of pages that may list them."""

from django.forms import CheckboxSelectMultiple
from wagtail import blocks

from cms.api.blocks import struct_data, struct_schema
from cms.api.refs import array_of, ref
from cms.blocks import BODY_BLOCKS
from cms.blocks.choosers import KeptSnippetChooserBlock
from publications.queries import latest_publications
from taxonomy.models import PublicationType


class RelevantPublicationsBlock(blocks.StructBlock):
    """A live list of the site's newest publications of some topics (and types).

    Nothing is listed until a topic is chosen, unless the editor asks for the newest
    publications of every topic: an empty list is never a silent "everything".
    """

    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Shown above the list; 'Relevant publications' when empty."
    )
    topics = blocks.ListBlock(
        KeptSnippetChooserBlock("taxonomy.Topic", label="Topic"),
        required=False,
        default=[],
        label="Topics",
        help_text="Press + to add a topic. Publications with any of these topics are listed, newest first.",
    )
    latest = blocks.BooleanBlock(
        required=False,
        label="Newest of every topic",
        help_text="Tick to list the newest publications of every topic when no topic is chosen. "
        "Without topics and without this, the list shows nothing.",
    )
    types = blocks.MultipleChoiceBlock(
        choices=PublicationType.choices,
        required=False,
        widget=CheckboxSelectMultiple,
        label="Only these types",
        help_text="Leave all unticked to list every type.",
    )
    limit = blocks.IntegerBlock(
        min_value=1, max_value=20, default=5, label="How many", help_text="The number of publications shown, 1 to 20."
    )

    class Meta:
        icon = "list-ul"
        label = "Relevant publications"
        template = "blocks/relevant_publications.html"
        help_text = "A list of this site's newest publications on the chosen topics, kept up to date by itself."

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        context["chosen"] = bool(value["topics"] or value["latest"])
        context["publications"] = self.publications(value, getattr(page, "site_root", None))
        return context

    @staticmethod
    def publications(value, site_root):
        topics = [topic for topic in value["topics"] if topic is not None]  # None: a topic deleted since
        if site_root is None or not (topics or value["latest"]):
            return []
        return latest_publications(site_root, topics=topics, types=value["types"], limit=value["limit"])

    def get_api_representation(self, value, context=None):
        """The block's settings and, as on the page, the publications they select."""
        from publications.api import publication_card  # the API module imports this one's page models

        site_root = getattr(context.get("page"), "site_root", None)
        cards = [publication_card(page, context["request"]) for page in self.publications(value, site_root)]
        return {**struct_data(self, value, context), "publications": cards}

    def api_schema(self):

        return struct_schema(self, {"publications": array_of(ref("PublicationCard"))})


# Page bodies: the shared blocks and a live list of publications.
PAGE_BODY_BLOCKS = [*BODY_BLOCKS, ("relevant_publications", RelevantPublicationsBlock())]
