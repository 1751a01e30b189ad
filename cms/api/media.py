"""Images and documents as the API shows them, and which of them the API may show at all.

Only files that live, public content uses are listed: an image chosen on a draft or
a document attached to a private page stays out of the API until that page is public.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, ReferenceIndex

from cms.models import SiteBranding
from cms.renditions import kept_renditions
from cms.restrictions import live_public_pages

# Widths a front end can choose from (srcset); a rendition is never wider than its original.
RENDITION_WIDTHS = (400, 800, 1600)
RENDITION_SPECS = tuple(f"width-{width}" for width in RENDITION_WIDTHS)


def image_data(image, request, alt=None):
    """An image with its renditions; ``alt`` is the text for this use, the image's own by default."""
    if image is None:
        return None
    # Narrow originals are not enlarged: keep one rendition per distinct width. An image whose
    # file is missing has none (Wagtail's stand-ins have no id).
    kept = kept_renditions(image, RENDITION_SPECS).values()
    renditions = {rendition.width: rendition for rendition in kept if rendition.pk}
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text if alt is None else alt,
        "width": image.width,
        "height": image.height,
        "renditions": [
            {
                "width": rendition.width,
                "height": rendition.height,
                "url": request.build_absolute_uri(rendition.url),
            }
            for _width, rendition in sorted(renditions.items())
        ],
    }


def document_data(document, request, language=None, title=None):
    """A downloadable file: where it is, what it is, how big, in which language."""
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": title or document.title,
        "url": request.build_absolute_uri(document.url),
        "format": document.file_extension.lower(),
        "size": document.file_size,
        "language": language,
    }


def images_with_renditions():
    return get_image_model().objects.prefetch_renditions(*RENDITION_SPECS)


def public_images():
    """Images used by live, public pages or shown as a site's logo."""
    used = referenced_by_public_pages(get_image_model())
    logos = SiteBranding.objects.filter(logo__isnull=False).values("logo_id")
    return images_with_renditions().filter(pk__in=used) | images_with_renditions().filter(pk__in=logos)


def public_documents():
    """Documents used by live, public pages, outside collections with a view restriction."""
    documents = get_document_model().objects.filter(pk__in=referenced_by_public_pages(get_document_model()))
    for path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
        documents = documents.exclude(collection__path__startswith=path)
    return documents


def referenced_by_public_pages(model):
    """A subquery of the ids of ``model`` objects referenced from live, public pages."""
    page_ids = live_public_pages().annotate(key=Cast("pk", output_field=CharField())).values("key")
    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=page_ids,
            to_content_type=ContentType.objects.get_for_model(model),
        )
        .annotate(target=Cast("to_object_id", output_field=IntegerField()))
        .values("target")
    )
