"""New pages written in bulk: what ``add_child``, ``save_revision`` and ``publish`` leave in the rows.

Saving a page through Wagtail costs dozens of statements (validation lookups, the tree,
the revision, the publish, their log entries and every signal); importers and the
benchmark seeder write many new pages at once instead, a few statements for a whole
batch whatever its size:

1. ``place_children``: the next places under a parent, as treebeard's ``add_child``
   gives them (path, depth, url_path, the parent's child count), the parent's row
   locked meanwhile;
2. ``insert_pages``: the page rows and the specific page type's own rows;
3. ``add_first_revisions``: each page's first revision, published or left as a draft,
   and the log entries a save and a publish write (the page's history in the admin).

What the pages show through other indexes (the site search, Wagtail's admin search and
reference index) is written by ``search.indexing.index_created``, which then moves the
content version on (``cms.content_cache``): no signal is sent here.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.log_actions import get_active_log_context
from wagtail.models import Page, PageLogEntry, Revision

# The columns of a page row, taken from the specific page built in memory.
PAGE_COLUMNS = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
# Set by the caller and by place_children: not what validate_new_page checks.
SET_FOR_THE_BATCH = [field.name for field in Page._meta.concrete_fields if field.is_relation] + [
    "path",
    "depth",
    "numchild",
    "url_path",
]


class TreeFull(Exception):
    pass


def without_inline_children(page):
    """Say so of a new page: its inline children (comments, documents…) are then not asked for page by page."""
    for relation in get_all_child_relations(page):
        setattr(page, relation.get_accessor_name(), [])
    return page


def validate_new_page(page):
    """``page.full_clean()`` without the database lookups a batch makes once for all its pages.

    Foreign keys are set by the caller, the place in the tree by ``place_children`` (after
    validation, so a rejected page takes none), path and translation key are new, and
    the slug was looked up among the parent's children for the whole batch
    (``Page.clean`` would ask once per page).
    """
    page._check_slug_is_unique = _checked_for_the_batch
    try:
        page.full_clean(exclude=SET_FOR_THE_BATCH, validate_unique=False, validate_constraints=False)
    finally:
        del page._check_slug_is_unique


def _checked_for_the_batch():
    return None


def place_children(pages, parent):
    """Give ``pages`` the next places under ``parent`` (whose row is locked meanwhile) and count them there."""
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    last = Page.objects.child_of(parent).order_by("-path").values_list("path", flat=True).first()
    step = Page._str2int(last[-Page.steplen :]) if last else 0
    if len(Page._int2str(step + len(pages))) > Page.steplen:
        raise TreeFull(f"No room left under {parent.url_path} in the page tree.")
    for offset, page in enumerate(pages, start=1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step + offset)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page._cached_parent_obj = parent
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))


def insert_pages(pages):
    """Insert placed pages of one specific type: their page rows, then their own rows."""
    if not pages:
        return
    rows = Page.objects.bulk_create(
        [Page(**{column: getattr(page, column) for column in PAGE_COLUMNS}) for page in pages]
    )
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    insert_own_rows(type(pages[0]), pages)


def insert_own_rows(model, instances):
    """Insert the rows of ``model``'s own table for instances whose parent rows exist.

    ``bulk_create`` refuses models with a parent table; this is the insert it would make
    for the child table alone, in batches the database accepts.
    """
    fields = model._meta.local_concrete_fields
    alias = router.db_for_write(model)
    size = connections[alias].ops.bulk_batch_size(fields, instances) or len(instances)
    for start in range(0, len(instances), size):
        model._base_manager._insert(instances[start : start + size], fields=fields, using=alias)
    for instance in instances:
        instance._state.adding, instance._state.db = False, alias


def link(model, name, pairs):
    """The rows of many-to-many field ``name`` of ``model``: (instance, related objects) pairs, one insert."""
    field = model._meta.get_field(name)
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    through.objects.bulk_create(
        [through(**{f"{source}_id": item.pk, f"{target}_id": other.pk}) for item, others in pairs for other in others]
    )


def add_first_revisions(pages, user=None, publish=True):
    """Each inserted page's first revision by ``user``, published or a draft, with the page's log entries.

    The revision holds the page as ``save_revision`` serializes a page just added (its
    inline children and links included, so insert those first); the page rows then
    point at it as ``save_revision`` and ``publish`` leave them, in one update. The log
    says "created" (by the page's owner when no user is given) and, when published,
    "published" with the revision.
    """
    if not pages:
        return
    now = timezone.now()
    base_content_type = pages[0].get_base_content_type()
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type_id=page.content_type_id,
                base_content_type=base_content_type,
                object_id=str(page.pk),
                user=user,
                content=page.serializable_data(),
                object_str=str(page),
                created_at=now,
            )
            for page in pages
        ]
    )
    values = {"latest_revision_created_at": now, "has_unpublished_changes": not publish}
    if publish:
        values |= {"first_published_at": now, "last_published_at": now}
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
        page.live_revision = revision if publish else None
        for name, value in values.items():
            setattr(page, name, value)
    latest = Subquery(
        Revision.objects.filter(base_content_type=base_content_type, object_id=Cast(OuterRef("pk"), CharField()))
        .order_by("-pk")
        .values("pk")[:1]
    )
    Page.objects.filter(pk__in=[page.pk for page in pages]).update(
        latest_revision=latest, live_revision=latest if publish else None, **values
    )
    _log(pages, user, publish)


def _log(pages, user, publish):
    context = get_active_log_context()
    content_type = ContentType.objects.get_for_model(pages[0], for_concrete_model=False)

    def entry(page, action, revision, acting):
        return PageLogEntry(
            content_type=content_type,
            label=page.get_admin_display_title(),
            action=action,
            timestamp=timezone.now(),
            uuid=context.uuid,
            user=acting,
            page_id=page.pk,
            revision=revision,
            content_changed=True,
        )

    entries = [entry(page, "wagtail.create", None, page.owner or context.user) for page in pages]
    if publish:
        entries += [entry(page, "wagtail.publish", page.live_revision, user or context.user) for page in pages]
    PageLogEntry.objects.bulk_create(entries)
