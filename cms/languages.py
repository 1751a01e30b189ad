"""Language choices shared by documents, blocks and templates."""

from django.utils.translation import gettext_lazy as _

DOCUMENT_LANGUAGE_CHOICES = [("en", _("English")), ("my", _("Burmese"))]
