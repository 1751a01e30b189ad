"""Privacy follows the source: a view restriction (password, login, groups) on an English page
applies to its translations too, until a translation is given a restriction of its own.

wagtail-localize copies a source's restriction when it creates or syncs a translation; this
module keeps the copies current when the restriction is added, changed or lifted afterwards.
A copy is recognised by being the same as the source's restriction was before the change;
a translation whose restriction differs has its own and is left alone. Everything that reads
restrictions (page serving, ``.public()`` in the API, search, sitemap, media) then sees the
translations restricted as their source is.

Serving a page reads no restriction when none can apply to it (``restriction_may_apply``):
the paths that hold one are kept per content version, which any restriction's save or
delete changes.
"""

from functools import reduce
from operator import or_

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.query import PageQuerySet

from cms.content_cache import cached, shared_per_version


def _terms(restriction):
    return (restriction.restriction_type, restriction.password)


def _translations(page):
    if page.locale_id != Locale.get_default().pk:
        return []
    return list(page.get_translations().prefetch_related("view_restrictions"))


def remember_previous(sender, instance, **kwargs):
    """pre_save and pre_delete: how the restriction read in the database before this change.

    Wagtail's privacy form sets the type to "none" on the instance it then deletes, so
    the instance alone does not say which copies to lift.
    """
    previous = sender.objects.filter(pk=instance.pk).first() if instance.pk else None
    instance._previous_terms = _terms(previous) if previous else None


def follow_saved(sender, instance, raw=False, **kwargs):
    """post_save: give each translation the restriction, or bring its copy up to date.

    Rows loaded as they are (fixtures, a test's snapshot) bring their copies with them.
    """
    if raw:
        return
    previous = getattr(instance, "_previous_terms", None)
    for translation in _translations(instance.page):
        existing = translation.view_restrictions.all()
        if not existing:
            copy = PageViewRestriction.objects.create(
                page=translation, restriction_type=instance.restriction_type, password=instance.password
            )
            copy.groups.set(instance.groups.all())
        for restriction in existing:
            if previous is not None and _terms(restriction) == previous:
                restriction.restriction_type, restriction.password = _terms(instance)
                restriction.save()
                restriction.groups.set(instance.groups.all())


def follow_deleted(sender, instance, **kwargs):
    """post_delete: lift the copies (the same as the source's restriction read before); a
    translation's own restriction stays."""
    terms = getattr(instance, "_previous_terms", None) or _terms(instance)
    for translation in _translations(instance.page):
        for restriction in translation.view_restrictions.all():
            if _terms(restriction) == terms:
                restriction.delete()


def follow_groups(sender, instance, action, **kwargs):
    """m2m_changed on the restriction's groups: the copies get the same groups."""
    if action not in ("post_add", "post_remove", "post_clear") or not isinstance(instance, PageViewRestriction):
        return
    for translation in _translations(instance.page):
        for restriction in translation.view_restrictions.all():
            if _terms(restriction) == _terms(instance):
                restriction.groups.set(instance.groups.all())


def connect_signals():
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

    pre_save.connect(remember_previous, sender=PageViewRestriction, dispatch_uid="restrictions-previous")
    pre_delete.connect(remember_previous, sender=PageViewRestriction, dispatch_uid="restrictions-previous-deleted")
    post_save.connect(follow_saved, sender=PageViewRestriction, dispatch_uid="restrictions-follow-saved")
    post_delete.connect(follow_deleted, sender=PageViewRestriction, dispatch_uid="restrictions-follow-deleted")
    m2m_changed.connect(
        follow_groups, sender=PageViewRestriction.groups.through, dispatch_uid="restrictions-follow-groups"
    )


def _sections():
    """Tree paths, kept per content version, of:

    - ``restricted``: pages with a view restriction, and aliases of pages in such a section
      (an alias shows its source's content, and Wagtail's ``private_q`` does not see them);
    - ``aliases``: aliases with children, whose descendants follow their source's restrictions.
    """
    return cached("restricted-sections", [], _read_sections)


def _read_sections():
    """One query, and a second for the aliases of restricted pages when any page is restricted."""
    holding = PageViewRestriction.objects.filter(page=OuterRef("pk"))
    rows = (
        Page.objects.filter(Q(view_restrictions__isnull=False) | Q(alias_of__isnull=False, numchild__gt=0))
        .annotate(restricted=Exists(holding))
        .values_list("path", "restricted")
        .distinct()
    )
    restricted, aliases = set(), set()
    for path, is_restricted in rows:
        (restricted if is_restricted else aliases).add(path)
    if restricted:
        in_section = reduce(or_, (Q(alias_of__path__startswith=path) for path in restricted))
        restricted |= set(Page.objects.filter(in_section).values_list("path", flat=True))
    return {"restricted": sorted(restricted), "aliases": sorted(aliases)}


def restriction_may_apply(page):
    """Whether Wagtail must read ``page``'s view restrictions: it is an alias, or lies in a section above."""
    sections = _sections()
    return page.alias_of_id is not None or page.path.startswith((*sections["restricted"], *sections["aliases"]))


def is_public(page):
    """Whether anyone may see ``page``: no view restriction on it, above it or on an alias's source.

    Read from the content cache; a query only where one may apply.
    """
    if page.path.startswith(tuple(_sections()["restricted"])):
        return False
    return not (restriction_may_apply(page) and Page.get_view_restrictions(page).exists())


class CachedRestrictionsQuerySet(PageQuerySet):
    """Wagtail's page queryset, ``public()`` and ``private()`` reading the restricted sections
    from the content cache instead of a query each time, aliases of restricted pages included."""

    def private_q(self):
        restricted = _sections()["restricted"]
        if not restricted:
            return Q(pk__in=[])  # no page is private
        return reduce(or_, (Q(path__startswith=path) for path in restricted))


def live_public_pages(model=Page):
    """``model``'s live pages outside the restricted sections, those read from the content cache.

    The queryset is built once per process and content version (its conditions cost a
    millisecond to build, and an API answer asked for it three times); each caller gets
    a copy of it, never the shared one, which is never run.
    """
    return shared_per_version("live-public-pages", [model._meta.label_lower], lambda: _live_public_pages(model)).all()


def _live_public_pages(model):
    return CachedRestrictionsQuerySet(model).order_by("path").live().public()


def public_page_types():
    """``{page id: content type id}`` of every live public page of the project's types (not Wagtail's bare ``Page``).

    Built once per process and content version (a few hundred kilobytes at 10,000 pages):
    whether a page is public, and as which type to load it, is then answered without a query.
    """
    return shared_per_version(
        "public-page-types",
        [],
        lambda: dict(live_public_pages().not_exact_type(Page).order_by().values_list("pk", "content_type_id")),
    )


def public_translations():
    """``{page id or translation key: ids of the live public pages of that translation key, by locale}``.

    Kept like ``public_page_types``: a page and its translations then load in one query by id
    (``cms.by_ids``), with no query to find which they are. A draft not live yet finds its
    live translations by its key.
    """
    return shared_per_version("public-translations", [], _translation_groups)


def _translation_groups():
    rows = live_public_pages().not_exact_type(Page).order_by("locale_id", "pk").values_list("pk", "translation_key")
    groups = {}
    for pk, key in rows:
        groups.setdefault(key, []).append(pk)
    table = {}
    for key, members in groups.items():
        group = table[key] = tuple(members)
        table.update(dict.fromkeys(group, group))
    return table
