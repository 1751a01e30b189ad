from wagtail import blocks

from cms.blocks.choosers import KeptImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    """An image with the alt text a screen reader needs and an optional caption."""

    image = KeptImageChooserBlock(help_text="Choose or upload a photo or chart.")
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250, help_text="Shown under the image. Optional.")
    credit = blocks.CharBlock(required=False, max_length=120, help_text="Photographer or source.")

    class Meta:
        icon = "image"
        label = "Image"
        template = "blocks/image.html"

    def get_api_representation(self, value, context=None):
        """In the API the image carries this block's alt text, written and translated with the page."""
        from cms.api.blocks import struct_data

        data = struct_data(self, value, context)
        if data["image"] is not None:
            data["image"]["alt"] = value["alt_text"]
        return data
