from wagtail import blocks


class WorkAreaBlock(blocks.StructBlock):
    """One area of the network's work, e.g. advocacy or capacity building."""

    title = blocks.CharBlock(max_length=200, help_text="A few words, e.g. 'Advocacy'. Up to 200 characters.")
    description = blocks.TextBlock(
        required=False, max_length=600, help_text="What the network does in this area. Up to 600 characters."
    )

    class Meta:
        icon = "list-ul"
        label = "Work area"
