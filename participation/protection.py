"""Pages that hold records of people are not deleted with them.

Signatures protect their statement and member records their network page, in the
database (``on_delete=PROTECT``) and in the admin, where Wagtail refuses to delete a
page they point to and the hooks in ``wagtail_hooks`` refuse to delete a page above
one, or a translation of one.
"""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from wagtail.models import Page

from participation.models import Member, Signatory


def pages_holding_people(pages):
    """Those of ``pages`` (a page queryset) that are, or translate, a page with signatures or members."""
    signed = Signatory.objects.values("statement__translation_key")
    with_members = Member.objects.values("network__translation_key")
    return pages.filter(Q(translation_key__in=signed) | Q(translation_key__in=with_members))


KEEP_PAGES_OF_PEOPLE = (
    "“{title}” cannot be deleted: it is, or holds, a statement with signatures or a network with members. "
    "Unpublish it instead; these are records of people and only the Membership group removes them."
)


def refuse_deleting_pages_of_people(request, pages):
    """A redirect with the reason if deleting ``pages`` (subtrees, translations) would take records of people."""
    subtrees = Page.objects.none()
    for page in pages:
        subtrees |= Page.objects.descendant_of(page, inclusive=True)
    held = pages_holding_people(subtrees).first()
    if held is None:
        return None
    messages.error(request, KEEP_PAGES_OF_PEOPLE.format(title=held.get_admin_display_title()))
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)
