"""Who may download a document: anyone once live, public content uses it; before that,
only the people who may edit it or a page that uses it.

A file attached to a draft or to a page behind a view restriction is not published yet:
its id and file name are guessable, so the serve view checks (the API's document list
applies the same rule). Collection view restrictions stay Wagtail's own check.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.http import Http404
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from cms.api.media import referenced_by_public_pages


def is_public(document):
    return referenced_by_public_pages(type(document)).filter(target=document.pk).exists()


def pages_using(document):
    page_ids = ReferenceIndex.get_references_to(document).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    keys = page_ids.values_list("object_id", flat=True)
    return Page.objects.annotate(key=Cast("pk", output_field=CharField())).filter(key__in=keys)


def may_edit(user, document):
    if not user.is_authenticated:
        return False
    if policy_registry.get_by_type(type(document)).user_has_permission_for_instance(user, "change", document):
        return True
    return any(page.permissions_for_user(user).can_edit() for page in pages_using(document).specific())


def check_document_access(document, request):
    """The ``before_serve_document`` hook: unpublished documents for their editors only."""
    if not is_public(document) and not may_edit(request.user, document):
        raise Http404
