"""Image renditions kept per content version, so a page shows its images without asking for each.

Wagtail finds a rendition with one cache round trip per rendition and parses its filter
each time: three of them (a hero's two sizes and its link-preview cut) were a fifth of an
uncached campaign page. Kept here, they come with the round trip that reads the version,
or from the process's own copies. A rendition made later is never missed: each set of
filters is its own entry, made whole by Wagtail the first time. Saving an image or
deleting a rendition moves the content version on.
"""

from wagtail.images.shortcuts import get_rendition_or_not_found

from cms.content_cache import cached

# How many times this process showed Wagtail's stand-in for a missing file. A page or an
# answer showing one is not kept (``stand_ins_shown`` before and after): once the file is
# back, the next request shows the image.
_stand_ins = [0]


def stand_ins_shown():
    return _stand_ins[0]


def kept_renditions(image, specs):
    """``{spec: rendition}`` of ``image`` for Wagtail filter specs such as ``"fill-640x300|format-webp"``."""
    specs = sorted(set(specs))
    made = {}

    def make():
        made.update((spec, get_rendition_or_not_found(image, spec)) for spec in specs)
        if not all(rendition.pk for rendition in made.values()):  # the stand-in has no id
            _stand_ins[0] += 1
        return made

    return cached("renditions", [image.pk, *specs], make, keep=lambda: all(r.pk for r in made.values()))
