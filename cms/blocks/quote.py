from wagtail import blocks


class QuoteBlock(blocks.StructBlock):
    """A pull quote with the person or body it comes from."""

    quote = blocks.TextBlock(
        max_length=800, help_text="The words quoted, without quotation marks. Up to 800 characters."
    )
    attribution = blocks.CharBlock(required=False, max_length=200, help_text="Who said it. Optional.")
    role = blocks.CharBlock(required=False, max_length=200, help_text="E.g. 'MP, Malaysia' or 'IPAM Chair'.")

    class Meta:
        icon = "openquote"
        label = "Quote"
        template = "blocks/quote.html"
