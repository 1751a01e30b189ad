"""Admin forms of images and documents: text without control characters, images that decode.

Wagtail reads only an image's header on upload, and a truncated file raised ``OSError``
(a server error) there or later, when its thumbnail was made. Decoding it whole on upload
turns that into a form error.
"""

from django import forms
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from cms.forms import ControlCharsStrippedMixin

UNREADABLE_IMAGE = (
    "This image file is damaged or incomplete: it cannot be read. Export it again and upload the new file."
)


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, refusing files that do not decode to the end."""

    def to_python(self, data):
        try:
            upload = super().to_python(data)
            if upload is not None:
                upload.seek(0)
                with Image.open(upload) as image:
                    image.load()
                upload.seek(0)
        except (OSError, SyntaxError, ValueError) as error:
            raise forms.ValidationError(UNREADABLE_IMAGE, code="unreadable") from error
        return upload


class ImageForm(ControlCharsStrippedMixin, BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.fields.get("file"), WagtailImageField):
            # Wagtail builds the field from the model; only its cleaning changes.
            self.fields["file"].__class__ = DecodedImageField


class DocumentForm(ControlCharsStrippedMixin, BaseDocumentForm):
    pass
