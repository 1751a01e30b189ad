"""The snippet models apps register, as shared code may ask for them without naming an app."""

from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models


def translatable_snippet_models():
    """Registered snippets that are translated (taxonomy terms), in registration order."""
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]
