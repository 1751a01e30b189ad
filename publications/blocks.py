"""Blocks that list publications; model references are strings to avoid import cycles."""

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from publications.taxonomy import PublicationType


class RelevantPublicationsBlock(blocks.StructBlock):
    """A live list of the site's newest publications of some topics or types."""

    heading = blocks.CharBlock(required=False, max_length=120, help_text="Defaults to 'Relevant publications'.")
    topics = blocks.ListBlock(SnippetChooserBlock("publications.Topic"), required=False, default=[])
    types = blocks.MultipleChoiceBlock(choices=PublicationType.choices, required=False)
    limit = blocks.IntegerBlock(min_value=1, max_value=20, default=5)

    class Meta:
        icon = "list-ul"
        label = "Relevant publications"
        template = "blocks/relevant_publications.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        context["site_root"] = getattr(page, "site_root", None)
        return context
