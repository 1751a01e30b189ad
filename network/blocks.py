from wagtail import blocks


class WorkAreaBlock(blocks.StructBlock):
    """One area of the network's work, e.g. advocacy or capacity building."""

    title = blocks.CharBlock(max_length=200)
    description = blocks.TextBlock(required=False, max_length=600)

    class Meta:
        icon = "list-ul"
        label = "Work area"
