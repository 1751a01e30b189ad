"""What every page type shares, and how a page finds its site's root in its locale."""

from django.shortcuts import redirect
from django.utils.functional import cached_property
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail_localize.fields import SynchronizedField

from cms.api import preview
from cms.cached_objects import cached_page
from cms.forms import ZAWGYI_PANEL, ZawgyiPageForm
from cms.languages import locale_code
from cms.page_urls import url_parts
from cms.restrictions import CachedRestrictionsQuerySet, is_public, restriction_may_apply

# Site roots (one HomePage per site and locale) sit directly under Wagtail's tree root.
SITE_ROOT_DEPTH = 2


class BasePageForm(ZawgyiPageForm):
    """The page form: a page made directly under a site root is in the site's menu unless unticked."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = self.parent_page
        if self.instance._state.adding and parent is not None and parent.depth == SITE_ROOT_DEPTH:
            self.initial["show_in_menus"] = True


def page_tabs(*tabs):
    """The editor's tabs: ``(heading, panels)`` pairs first, then Wagtail's Promote and Settings.

    For page types with more fields than fit on one screen; the first tab holds the Zawgyi
    question, which the form shows at the top when it has to ask.
    """
    return TabbedInterface(
        [
            *(ObjectList(panels, heading=heading) for heading, panels in tabs),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )


class BasePage(Page):
    """Abstract base of every page type.

    The slug is synchronized with the English source: slugify strips Burmese vowel
    signs and medials, so a translated slug would come out mangled or empty, and
    shared Latin slugs keep /en/x/ and /my/x/ parallel. Its admin form carries the
    Zawgyi guard (``cms.forms``).
    """

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    base_form_class = BasePageForm
    content_panels = [ZAWGYI_PANEL, *Page.content_panels]
    # What the content API shows of this page type (see cms.api.fields; Wagtail's name for it).
    api_fields = []
    # Query parameters the page reads: with no others, anonymous GETs are served from the page cache.
    page_cache_parameters = ()

    objects = PageManager.from_queryset(CachedRestrictionsQuerySet)()

    class Meta:
        abstract = True

    def get_url_parts(self, request=None):
        """Wagtail's answer, written without a ``reverse`` per page (``cms.page_urls``)."""
        return url_parts(self, request)

    @cached_property
    def site_root(self):
        return site_root_of(self)

    @property
    def language_code(self):
        """The code of this page's language, read without a query (``cms.languages``)."""
        return locale_code(self.locale_id)

    def get_view_restrictions(self):
        """Wagtail's restrictions of this page and its ancestors, not read when none can apply.

        An alias shows its source's content, so the restrictions above its source apply as
        well: Wagtail checks an alias's source but not the source's ancestors.
        """
        if not restriction_may_apply(self):
            return PageViewRestriction.objects.none()
        restrictions = super().get_view_restrictions()
        if self.alias_of_id is not None:
            restrictions |= Page.objects.get(pk=self.alias_of_id).get_view_restrictions()
        return restrictions

    @property
    def preview_modes(self):
        """The site's own rendering, and another front end's when one is configured."""
        modes = list(super().preview_modes)
        if preview.is_enabled():
            modes.append((preview.FRONT_END_MODE, "Front end"))
        return modes

    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        """The "Front end" mode sends the editor to the other front end with the draft's token.

        Decided here, before ``serve_preview``, which a routable page type (an index, a
        publication, a campaign) overrides with its own rendering.
        """
        if preview_mode == preview.FRONT_END_MODE and preview.is_enabled():
            return redirect(preview.front_end_url(self))
        return super().make_preview_request(original_request, preview_mode, extra_request_attrs)


def site_root_of(page):
    """The HomePage ``page`` lives under, in the page's own locale."""
    if page.depth <= SITE_ROOT_DEPTH:
        return page
    return page_at(page.path[: page.steplen * SITE_ROOT_DEPTH])


def page_at(path):
    """The specific page at this tree path (one of ``page.path``'s prefixes), or None; kept per content version."""
    return cached_page("page-at", [path], lambda: Page.objects.filter(path=path).first())


def localized_root(site, locale):
    """The site's home page in ``locale`` (as its own type) if that translation is live, else None.

    Kept per content version. Whether it is public is left to the queries below it:
    ``public()`` leaves out everything under a restricted page, the root included.
    """
    return cached_page("localized-root", [site.pk, locale.pk], lambda: _live_root(site, locale))


def _live_root(site, locale):
    root = site.root_page
    if root.locale_id != locale.pk:
        root = Page.objects.filter(translation_key=root.translation_key, locale=locale).first()
    return root if root is not None and root.live else None


def live_translation(page, locale_id):
    """``page`` in the given locale if that translation is live and public, else ``page`` itself if so.

    Used for links and featured pages that editors set once on the English page
    (synchronized page links), so a Burmese page points to Burmese content as soon as it
    is published. A page behind a view restriction is never shown or linked this way.
    """
    if page is None:
        return None
    if page.locale_id != locale_id:
        translation = page.get_translation_or_none(locale_id)
        if translation is not None and translation.live and is_public(translation):
            return translation.specific
    return page.specific if page.live and is_public(page) else None


def live_translation_of(page_id, locale_id):
    """``live_translation`` of the page with this id (or None), kept per content version.

    For a foreign key read by every view of a page: keyed by the id it holds, so a
    draft's choice seen in preview is never what the live page shows.
    """
    if page_id is None:
        return None
    chosen = Page.objects.filter(pk=page_id)
    return cached_page("live-translation", [page_id, locale_id], lambda: live_translation(chosen.first(), locale_id))
