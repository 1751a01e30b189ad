"""Chooser blocks whose chosen objects are kept per content version, like the page naming them.

A page body names its images, documents and terms by id; Wagtail loads them with a query
each time the body is shown. These read them with ``cms.cached_objects``: an uncached page
with an image or a list of topics costs no query. Their models move the content version
on when saved. In migrations they are Wagtail's own blocks: they store the same values.
"""

import copy

from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.cached_objects import cached_objects


class KeptChoices:
    """``bulk_to_python`` from ``cached_objects``: in order, None where nothing (any longer) has the id."""

    def bulk_to_python(self, values):
        found = {obj.pk: obj for obj in cached_objects(self.model_class, [value for value in values if value])}
        chosen, seen = [], set()
        for value in values:
            obj = found.get(value)
            # The same object chosen twice is two values a block may change apart, as Wagtail has it.
            chosen.append(copy.copy(obj) if obj is not None and value in seen else obj)
            seen.add(value)
        return chosen

    @property
    def canonical_module_path(self):
        wagtail_block = type(self).__mro__[2]
        return f"{wagtail_block.__module__}.{wagtail_block.__name__}"


class KeptImageChooserBlock(KeptChoices, ImageChooserBlock):
    pass


class KeptDocumentChooserBlock(KeptChoices, DocumentChooserBlock):
    pass


class KeptSnippetChooserBlock(KeptChoices, SnippetChooserBlock):
    pass
