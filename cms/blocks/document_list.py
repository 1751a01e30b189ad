from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from cms.languages import DOCUMENT_LANGUAGE_CHOICES


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, max_length=200, help_text="Defaults to the document's title.")
    language = blocks.ChoiceBlock(choices=DOCUMENT_LANGUAGE_CHOICES, default="en")


class DocumentListBlock(blocks.StructBlock):
    """Downloadable files with their language, format and size."""

    heading = blocks.CharBlock(required=False, max_length=120)
    documents = blocks.ListBlock(DocumentLinkBlock(), min_num=1)

    class Meta:
        icon = "doc-full"
        label = "Documents"
        template = "blocks/document_list.html"
