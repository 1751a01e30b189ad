from wagtail import blocks


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=20, help_text="The number as shown, e.g. '100+' or '60%'.")
    label = blocks.CharBlock(max_length=120, help_text="What the number counts, e.g. 'women MPs'.")


class FiguresBlock(blocks.StructBlock):
    """A row of key figures, e.g. members, countries, share re-elected."""

    heading = blocks.CharBlock(required=False, max_length=120, help_text="Shown above the figures. Optional.")
    figures = blocks.ListBlock(
        FigureBlock(label="Figure"), min_num=1, max_num=6, help_text="One to six figures; press + to add one."
    )

    class Meta:
        icon = "table"
        label = "Figures"
        template = "blocks/figures.html"
