"""Pages that hold records of people are not deleted with them.

Signatures protect their statement and member records their network page, in the
database (``on_delete=PROTECT``) and in the admin, where Wagtail refuses to delete a
page they point to and the hooks in ``wagtail_hooks`` refuse to delete a page above
one, or a translation of one.
"""

from django.db.models import Q

from network.models import Member
from participation.models import Signatory


def pages_holding_people(pages):
    """Those of ``pages`` (a page queryset) that are, or translate, a page with signatures or members."""
    signed = Signatory.objects.values("statement__translation_key")
    with_members = Member.objects.values("network__translation_key")
    return pages.filter(Q(translation_key__in=signed) | Q(translation_key__in=with_members))
