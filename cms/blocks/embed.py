from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock


class CaptionedEmbedBlock(blocks.StructBlock):
    """A video or post from an oEmbed provider (YouTube, Vimeo…) with a caption."""

    embed = EmbedBlock(help_text="Paste the address of the video or post.")
    caption = blocks.CharBlock(required=False, max_length=250, help_text="Shown under the video or post. Optional.")

    class Meta:
        icon = "media"
        label = "Embed"
        template = "blocks/embed.html"
