"""Images in templates from renditions kept per content version (``cms.renditions``)."""

from django import template

from cms.renditions import kept_renditions

register = template.Library()


@register.simple_tag
def renditions(image, **specs):
    """``{name: rendition}`` of ``image``, or ``{}`` without one.

    ``{% renditions page.hero_image narrow="fill-640x300|format-webp" wide="fill-1600x600|format-webp" as hero %}``
    then ``{{ hero.wide.url }}``: Wagtail's filter specs, their operations joined by ``|``.
    """
    if image is None:
        return {}
    kept = kept_renditions(image, specs.values())
    return {name: kept[spec] for name, spec in specs.items()}
