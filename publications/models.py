"""Publication pages: an index per site and locale, and the publications under it."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import translation
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms import page_cache
from cms.api.fields import APIField
from cms.cached_objects import cached_relation, reads_database
from cms.languages import DOCUMENT_LANGUAGE_CHOICES
from cms.models import SiteBranding
from cms.pages import BasePage, page_at, page_tabs
from cms.richtext import INLINE_FEATURES
from cms.sharing import share_links
from cms.widgets import CheckboxList, FilterableCheckboxList
from participation.forms import BlankForm, SignOnForm
from participation.models import Signatory
from participation.notifications import signature_received
from participation.routes import SubmissionRoutesMixin
from participation.signing import COUNTRY_PARAMETER as SIGNATORIES_COUNTRY
from participation.signing import PAGE_PARAMETER as SIGNATORIES_PAGE
from participation.signing import Signatures, country_counts, page_of_record
from publications.bitmaps import bitmaps_for
from publications.blocks import PAGE_BODY_BLOCKS
from publications.feeds import PublicationAtomFeed, PublicationFeed
from publications.filters import FILTER_NAMES
from publications.forms import PublicationPageForm
from publications.listing import PublicationListing
from publications.queries import attached_files, neighbourhood
from taxonomy.models import Country, PublicationType, Topic, localized_terms, terms_with_ids

TYPE_LABELS = dict(PublicationType.choices)


class PublicationIndexPage(RoutablePageMixin, BasePage):
    """Lists, filters and sorts the publications below it, a fixed number per page.

    Routes: the listing itself, and ``feed/rss/`` and ``feed/atom/`` with the same filters.
    """

    PAGE_SIZE = 12
    page_cache_parameters = ("q", *FILTER_NAMES, "sort", "page")
    page_description = (
        "The site's list of publications, with filters, search and feeds. One per site and language: "
        "publications are added under it."
    )
    max_count_per_parent = 1

    intro = RichTextField(
        blank=True,
        features=INLINE_FEATURES,
        help_text="A sentence above the list saying what is published here. Optional.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    # The listing itself is /api/v2/publications/?index=<id>, with the same filters as this page.
    api_fields = ["intro"]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage"]

    class Meta:
        verbose_name = "publication index"

    def publications(self):
        return PublicationPage.objects.live().public().child_of(self)

    def listing(self, request):
        return PublicationListing(self, request, self.PAGE_SIZE)

    @path("")
    def index_view(self, request):
        listing = self.listing(request)
        if listing.form.unknown or listing.form.errors or not listing.page_number_is_valid():
            page_cache.refuse(request)
        page_obj = listing.page()
        context = {
            "listing": listing,
            "page_obj": page_obj,
            "page_links": listing.page_links(page_obj),
            "canonical_url": listing.canonical_url(page_obj),
        }
        return self.render(request, context_overrides=context)

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return PublicationFeed(self, self.listing(request), request)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return PublicationAtomFeed(self, self.listing(request), request)(request)


class PublicationPage(SubmissionRoutesMixin, BasePage):
    """A statement, report, press release or other publication with its documents.

    ``topics`` and ``countries`` link to the English terms and are synchronized to
    translations; templates show their localized names. A statement can be open for
    signatures: routes ``sign/`` (the form posts there) and ``signed/`` (the thanks).
    """

    page_description = (
        "A statement, report, press release, briefing paper, submission or letter, "
        "with its documents in English and Burmese. Added under the publication list."
    )

    publication_type = models.CharField(
        "type",
        max_length=20,
        choices=PublicationType.choices,
        default=PublicationType.STATEMENT,
        help_text=(
            "Shown on the publication and in lists; readers filter the list by it. Only statements can be signed."
        ),
    )
    date = models.DateField(
        default=datetime.date.today,
        help_text="Date of issue (not of upload). Lists are sorted by it, newest first.",
    )
    issued_by = models.CharField(
        max_length=250,
        blank=True,
        help_text="Authors or issuing bodies, e.g. 'IPAM and APHR'. Shown under the title. Up to 250 characters.",
    )
    summary = models.TextField(
        max_length=600,
        help_text="One or two sentences shown in lists, feeds, search results and link previews. Up to 600 characters.",
    )
    body = StreamField(
        PAGE_BODY_BLOCKS,
        blank=True,
        help_text="The full text. Leave empty when the publication is only its documents.",
    )
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="publications",
        limit_choices_to={"locale__language_code": "en"},
        help_text=(
            "What the publication is about. Readers filter the list by topic, and 'Relevant publications' "
            "lists follow them. Editors add topics under Taxonomy → Topics."
        ),
    )
    countries = ParentalManyToManyField(
        Country,
        blank=True,
        related_name="publications",
        limit_choices_to={"locale__language_code": "en"},
        help_text="Countries the publication is about or comes from; readers filter the list by country.",
    )
    open_for_signatures = models.BooleanField(
        default=False,
        help_text=(
            "Statements only: parliamentarians can sign it on its page. Signatures wait for the Membership "
            "group's approval before they are counted."
        ),
    )

    base_form_class = PublicationPageForm
    edit_handler = page_tabs(
        (
            "Content",
            [
                *BasePage.content_panels,
                MultiFieldPanel(
                    [FieldPanel("publication_type"), FieldPanel("date"), FieldPanel("issued_by")],
                    heading="About this publication",
                ),
                FieldPanel("summary"),
                FieldPanel("body"),
            ],
        ),
        (
            "Documents",
            [
                InlinePanel(
                    "documents",
                    label="Document",
                    heading="Documents",
                    help_text=(
                        "The publication's files, one per language (e.g. the English PDF and the Burmese PDF), "
                        "listed for download on its page."
                    ),
                )
            ],
        ),
        (
            "Topics and countries",
            [
                FieldPanel("topics", widget=CheckboxList),
                FieldPanel("countries", widget=FilterableCheckboxList),
            ],
        ),
        ("Signatures", [FieldPanel("open_for_signatures")]),
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("issued_by"),
        index.SearchField("document_titles"),
        index.FilterField("date"),
        index.FilterField("publication_type"),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("topics", overridable=False),
        SynchronizedField("countries", overridable=False),
        SynchronizedField("documents"),
        SynchronizedField("open_for_signatures", overridable=False),
    ]
    api_fields = [
        "publication_type",
        "date",
        "issued_by",
        "summary",
        APIField("documents", "documents", "attached_documents"),
        "body",
        APIField("topics", "snippets", "linked_topics"),
        APIField("countries", "snippets", "linked_countries"),
        APIField("related_publications", "publication_cards", "related_publications"),
        APIField("previous_publication", "publication_card", "previous_publication"),
        APIField("next_publication", "publication_card", "next_publication"),
        APIField("signatures", "signatures", "signature_summary"),
    ]
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    # What search.indexing fetches for many publications at once (document_titles), not page by page.
    search_prefetch = ["documents__document"]

    submit_route, thanks_route = "sign", "signed"
    thanks_template = "participation/signed.html"
    form_context_name = "sign_form"

    class Meta:
        verbose_name = "publication"
        # The listing sorts by date (newest, oldest, neighbours), filters years as date
        # ranges and types with a sort: each is an index range scan, whatever the archive's size.
        indexes = [
            models.Index(fields=["date", "page_ptr"], name="publication_date_idx"),
            models.Index(fields=["publication_type", "date"], name="publication_type_date_idx"),
        ]

    RELATED_COUNT = 3
    # What a card reads of a publication, in a list of the API or a page (``publication_card``);
    # lists load no more (a body can be long).
    CARD_FIELDS = ("title", "locale", "content_type", "url_path", "publication_type", "date", "summary", "issued_by")
    page_cache_parameters = (SIGNATORIES_COUNTRY, SIGNATORIES_PAGE)

    def clean(self):
        super().clean()
        if self.open_for_signatures and self.publication_type != PublicationType.STATEMENT:
            raise ValidationError({"open_for_signatures": "Only statements can be signed."})

    @property
    def accepts_signatures(self):
        return self.open_for_signatures and self.publication_type == PublicationType.STATEMENT

    def signature_summary(self):
        """Counts of approved signatures, for the API; None when the publication is not a statement."""
        if self.publication_type != PublicationType.STATEMENT:
            return None
        countries = country_counts(self, self.locale_id)
        return {"open": self.accepts_signatures, "countries": countries}

    @cached_property
    def localized_topics(self):
        return localized_terms(self.linked_topics(), self.locale_id)

    @cached_property
    def localized_countries(self):
        return localized_terms(self.linked_countries(), self.locale_id)

    def linked_topics(self):
        return self._linked_terms("topics", "topic")

    def linked_countries(self):
        return self._linked_terms("countries", "country")

    def _linked_terms(self, relation, filter_name):
        """The terms of ``relation``, as ``self.<relation>.all()`` lists them.

        A live publication's come from its index's bitmaps, which read every publication's
        links once per content version: no query. A draft in preview, a prefetch, or a page
        the bitmaps do not hold reads its own (``cached_relation``).
        """
        rows = getattr(self, relation).all()
        ids = bitmaps_for(self.index_page()).terms_of(self.pk, filter_name) if reads_database(rows) else None
        if ids is None:
            return cached_relation(self, relation, rows)
        return terms_with_ids(rows.model, ids)

    def json_ld(self, request, publisher):
        """schema.org metadata for search engines and link previews."""
        data = {
            "@context": "https://schema.org",
            "@type": "Report" if self.publication_type == PublicationType.REPORT else "Article",
            "headline": self.title,
            "description": self.summary,
            "datePublished": self.date.isoformat(),
            "inLanguage": translation.get_language(),
            "url": self.get_full_url(request),
            "genre": self.get_publication_type_display(),
            "keywords": [topic.name for topic in self.localized_topics],
            "publisher": {"@type": "Organization", "name": publisher},
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.issued_by:
            data["author"] = {"@type": "Organization", "name": self.issued_by}
        return data

    @cached_property
    def _neighbourhood(self):
        """The publications before and after this one by date, and the newest sharing a topic."""
        return neighbourhood(self, self.RELATED_COUNT)

    def previous_publication(self):
        return self._neighbourhood[0]

    def next_publication(self):
        return self._neighbourhood[1]

    def related_publications(self):
        return self._neighbourhood[2]

    def get_publication_type_display(self):
        """The type's label in the active language (Django's own hashes every choice on each call)."""
        return str(TYPE_LABELS.get(self.publication_type, self.publication_type))

    def index_page(self):
        """The publication index this page is listed in (its parent)."""
        return self._index_page

    @cached_property
    def _index_page(self):
        """Found once per instance: the page, its files, terms and neighbours each ask for it."""
        return page_at(self.path[: -self.steplen]) or self.get_parent()

    def document_list(self):
        """The attached files in the editor's order, read from a prefetch of ``documents__document`` when there is one.

        Files attached by an import have no place yet (``sort_order`` is empty): they come
        last, in the order they were attached, on every database.
        """
        if "documents" in getattr(self, "_prefetched_objects_cache", {}):
            return self.documents.all()
        rows = self.documents.select_related("document")
        if not isinstance(rows, models.QuerySet):
            return rows  # a draft's files held in memory, in the order of its form
        return rows.order_by(F("sort_order").asc(nulls_last=True), "pk")

    def attached_documents(self):
        """The attached files, as ``document_list`` gives them, for the page and its API detail.

        A live publication's come from its index's bitmaps (which documents, in which language
        and order) and the documents kept per content version: no query for files already
        kept. A draft in preview, a prefetch, or a page the bitmaps do not hold reads its own.
        """
        held = self.documents.all()  # cheaper to make than ``document_list``'s ordered query, rarely needed
        files = attached_files(bitmaps_for(self.index_page()), [self.pk])[self.pk] if reads_database(held) else None
        if files is None:
            return cached_relation(self, "documents", self.document_list())
        return [PublicationDocument(page=self, document=document, language=language) for document, language in files]

    def document_titles(self):
        """The titles of the attached files, for search."""
        return "\n".join(item.document.title for item in self.document_list())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        full_url = self.get_full_url(request)
        context["documents"] = self.attached_documents()
        context["previous_publication"] = self.previous_publication()
        context["next_publication"] = self.next_publication()
        context["related_publications"] = self.related_publications()
        context["share_links"] = share_links(full_url, self.title)
        context["full_url"] = full_url
        context["index_url"] = self.index_page().get_url(request)
        context["json_ld"] = self.json_ld(request, SiteBranding.for_request(request).name)
        if self.publication_type == PublicationType.STATEMENT:
            context["signatures"] = Signatures(self, request)
            if self.accepts_signatures:
                context["sign_form"] = BlankForm(SignOnForm, self.language_code)
        return context

    # Sign-on: the form posts to sign/ and thanks at signed/ (participation.routes).
    @property
    def takes_submissions(self):
        return self.accepts_signatures

    def bound_submission_form(self, request):
        return SignOnForm(
            request.POST, language_code=self.language_code, instance=Signatory(statement=page_of_record(self))
        )

    def notify_submission(self, signatory):
        signature_received(signatory)


class PublicationDocument(Orderable):
    """A file attached to a publication, in one language."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Choose or upload the file (usually a PDF). Its title is shown as the link text.",
    )
    language = models.CharField(
        max_length=5,
        choices=DOCUMENT_LANGUAGE_CHOICES,
        default="en",
        help_text="The language of this file. Each language once per publication.",
    )

    panels = [FieldPanel("document"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        indexes = [models.Index(fields=["language", "page"], name="publication_document_lang_idx")]

    def __str__(self):
        return f"{self.document.title} ({self.get_language_display()})"
