"""Admin forms of images and documents: text without control characters, images that decode.

Wagtail reads only an image's header when it is uploaded; a truncated file passed, then
failed with a server error when its thumbnail was made. Decoding it whole on upload
turns that into a form error.
"""

from django import forms
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from cms.forms import ControlCharsStrippedMixin

UNREADABLE_IMAGE = "This image file is damaged or incomplete: it cannot be read. Export it again and upload the new file."


class ImageForm(ControlCharsStrippedMixin, BaseImageForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.files:
            try:
                upload.seek(0)
                with Image.open(upload) as image:
                    image.load()
            except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
                raise forms.ValidationError(UNREADABLE_IMAGE, code="unreadable") from error
            finally:
                upload.seek(0)
        return upload


class DocumentForm(ControlCharsStrippedMixin, BaseDocumentForm):
    pass
