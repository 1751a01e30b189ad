from wagtail import blocks

from cms.blocks.choosers import KeptDocumentChooserBlock
from cms.languages import DOCUMENT_LANGUAGE_CHOICES


class DocumentLinkBlock(blocks.StructBlock):
    document = KeptDocumentChooserBlock(help_text="Choose or upload the file.")
    title = blocks.CharBlock(required=False, max_length=200, help_text="Defaults to the document's title.")
    language = blocks.ChoiceBlock(
        choices=DOCUMENT_LANGUAGE_CHOICES, default="en", help_text="The language of the file, shown beside the link."
    )


class DocumentListBlock(blocks.StructBlock):
    """Downloadable files with their language, format and size."""

    heading = blocks.CharBlock(required=False, max_length=120, help_text="Shown above the list. Optional.")
    documents = blocks.ListBlock(
        DocumentLinkBlock(label="Document"), min_num=1, help_text="Press + to add a file; drag to reorder."
    )

    class Meta:
        icon = "doc-full"
        label = "Documents"
        template = "blocks/document_list.html"
