from wagtail import blocks

from cms.richtext import BODY_FEATURES


class RichTextSectionBlock(blocks.RichTextBlock):
    """Formatted text: headings, lists, links. No raw HTML, no inline images."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", BODY_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = "Text"
        help_text = "Paragraphs with headings, lists and links. Paste as plain text to drop another site's styling."
        template = "blocks/rich_text.html"
