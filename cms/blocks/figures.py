from wagtail import blocks


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=20, help_text="The number as shown, e.g. '100+' or '60%'.")
    label = blocks.CharBlock(max_length=120, help_text="What the number counts.")


class FiguresBlock(blocks.StructBlock):
    """A row of key figures, e.g. members, countries, share re-elected."""

    heading = blocks.CharBlock(required=False, max_length=120)
    figures = blocks.ListBlock(FigureBlock(), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        label = "Figures"
        template = "blocks/figures.html"
