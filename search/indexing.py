"""Keeping the search index in step with public content.

A page is in the index while it is live and public. Every save of a page re-reads
its row, which holds the live content (a draft lives in revisions, never in the row):
publishing, translation syncs and imports write the entry, unpublishing removes it,
and a draft saved on a live page leaves the live text indexed. Publishing indexes once
more when done, as a page's inline children (its documents) are saved after its row. Deleting a page
deletes its entry; moving a page or changing a view restriction re-indexes the
pages below.
"""

from django.db import transaction
from wagtail.models import Page
from wagtail.search import index

from cms.pages import SITE_ROOT_DEPTH
from search.segmentation import BOUNDARY, normalize, padded, tokens

PAGE_KIND = "page"


def page_text(page):
    """The plain text of a page's search fields (its title apart), one field a line.

    Rich text and StreamField give their text through Wagtail's ``get_searchable_content``.
    """
    parts = []
    for field in page.search_fields:
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        value = getattr(page, field.field_name, None)
        if callable(value):
            value = value()
        model_field = _model_field(page, field.field_name)
        if model_field is not None and hasattr(model_field, "get_searchable_content"):
            parts += [str(part) for part in model_field.get_searchable_content(value)]
        elif value:
            parts.append(str(value))
    return normalize("\n".join(part.strip() for part in parts if part))


def _model_field(page, name):
    try:
        return page._meta.get_field(name)
    except Exception:
        return None


def entry_values(page):
    """The index row of a (specific) page."""
    text = page_text(page)
    title_tokens = tokens(page.title)
    text_tokens = tokens(text)
    return {
        "locale_id": page.locale_id,
        "site_root_path": page.path[: page.steplen * SITE_ROOT_DEPTH],
        "kind": getattr(page, "publication_type", PAGE_KIND),
        "title": page.title,
        "text": text,
        "date": getattr(page, "date", None),
        "title_stems": padded(stem for _word, stem in title_tokens),
        "stems": padded(stem for _word, stem in [*title_tokens, (BOUNDARY, BOUNDARY), *text_tokens]),
        "words": padded(word for word, _stem in [*title_tokens, (BOUNDARY, BOUNDARY), *text_tokens]),
    }


def is_public(page):
    return Page.objects.live().public().filter(pk=page.pk).exists()


def index_page(page):
    """Write or remove the entry of ``page`` as it now stands."""
    from search.models import SearchEntry

    page = page.specific
    if page.depth <= 1 or type(page) is Page or not is_public(page):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return
    SearchEntry.objects.update_or_create(page_id=page.pk, defaults=entry_values(page))


def index_subtree(page):
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        index_page(descendant)


def rebuild():
    """Index every page afresh; returns the number of entries."""
    from search.models import SearchEntry

    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for page in Page.objects.live().public().filter(depth__gt=1).specific().iterator():
            index_page(page)
    return SearchEntry.objects.count()


def _on_published(sender, instance, **kwargs):
    """After publishing: the page's inline children (documents) are saved only after its row."""
    index_page(instance)


def _on_page_saved(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    saved = instance.specific_class.objects.filter(pk=instance.pk).first()
    if saved is not None:
        index_page(saved)


def _on_moved(sender, instance, **kwargs):
    index_subtree(instance)


def _on_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        index_subtree(page)


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, post_page_move

    post_save.connect(_on_page_saved, dispatch_uid="search-index-page-saved")
    page_published.connect(_on_published, dispatch_uid="search-index-published")
    post_page_move.connect(_on_moved, dispatch_uid="search-index-moved")
    post_save.connect(_on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-index-restriction")
    post_delete.connect(_on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-index-unrestrict")
