"""Publication pages: an index per site and locale, and the publications under it."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.api.fields import APIField
from cms.languages import DOCUMENT_LANGUAGE_CHOICES
from cms.models import SiteBranding
from cms.pages import BasePage
from cms.richtext import INLINE_FEATURES
from cms.sharing import share_links
from participation.forms import SignOnForm
from participation.models import Signatory
from participation.notifications import signature_received
from participation.routes import SubmissionRoutesMixin
from participation.signing import Signatures, country_counts, page_of_record
from publications.blocks import PAGE_BODY_BLOCKS
from publications.feeds import PublicationAtomFeed, PublicationFeed
from publications.filters import index_facts, neighbours, related
from publications.listing import PublicationListing, fetch_publications
from taxonomy.models import Country, PublicationType, Topic, localized_terms


class PublicationIndexPage(RoutablePageMixin, BasePage):
    """Lists, filters and sorts the publications below it, a fixed number per page.

    Routes: the listing itself, and ``feed/rss/`` and ``feed/atom/`` with the same filters.
    """

    PAGE_SIZE = 12

    intro = RichTextField(blank=True, features=INLINE_FEATURES)

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

    publication_type = models.CharField(
        "type", max_length=20, choices=PublicationType.choices, default=PublicationType.STATEMENT
    )
    date = models.DateField(default=datetime.date.today, help_text="Date of issue.")
    issued_by = models.CharField(
        max_length=250, blank=True, help_text="Authors or issuing bodies, e.g. 'IPAM and APHR'."
    )
    summary = models.TextField(max_length=600, help_text="One or two sentences shown in lists and feeds.")
    body = StreamField(PAGE_BODY_BLOCKS, blank=True)
    topics = ParentalManyToManyField(
        Topic, blank=True, related_name="publications", limit_choices_to={"locale__language_code": "en"}
    )
    countries = ParentalManyToManyField(
        Country,
        blank=True,
        related_name="publications",
        limit_choices_to={"locale__language_code": "en"},
        help_text="Countries the publication is about or comes from.",
    )
    open_for_signatures = models.BooleanField(
        default=False,
        help_text="Statements only: parliamentarians can sign it on its page; signatures wait for approval.",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("publication_type"),
                FieldPanel("date"),
                FieldPanel("issued_by"),
                FieldPanel("open_for_signatures"),
            ],
            heading="About this publication",
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel(
            "documents", label="Documents", help_text="One file per language, e.g. English PDF and Burmese PDF."
        ),
        MultiFieldPanel([FieldPanel("topics"), FieldPanel("countries")], heading="Taxonomy"),
    ]
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
        APIField("documents", "documents", "document_list"),
        "body",
        "topics",
        "countries",
        APIField("related_publications", "publication_cards", "related_publications"),
        APIField("previous_publication", "publication_card", "previous_publication"),
        APIField("next_publication", "publication_card", "next_publication"),
        APIField("signatures", "signatures", "signature_summary"),
    ]
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    submit_route, thanks_route = "sign", "signed"
    thanks_template = "participation/signed.html"
    form_context_name = "sign_form"

    class Meta:
        verbose_name = "publication"

    RELATED_COUNT = 3

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
        return localized_terms(self.topics.all(), self.locale_id)

    @cached_property
    def localized_countries(self):
        return localized_terms(self.countries.all(), self.locale_id)

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
        facts, _options = index_facts(self.path[: -self.steplen])
        older, newer = neighbours(facts, self.pk)
        related_pks = related(facts, self.pk, self.RELATED_COUNT)
        previous_page, next_page, *related_pages = fetch_publications([older, newer, *related_pks])
        return previous_page, next_page, [page for page in related_pages if page is not None]

    def previous_publication(self):
        return self._neighbourhood[0]

    def next_publication(self):
        return self._neighbourhood[1]

    def related_publications(self):
        return self._neighbourhood[2]

    def document_list(self):
        return self.documents.select_related("document")

    def document_titles(self):
        """The titles of the attached files, for search."""
        return "\n".join(item.document.title for item in self.document_list())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        full_url = self.get_full_url(request)
        context["documents"] = self.document_list()
        context["previous_publication"] = self.previous_publication()
        context["next_publication"] = self.next_publication()
        context["related_publications"] = self.related_publications()
        context["share_links"] = share_links(full_url, self.title)
        context["full_url"] = full_url
        context["json_ld"] = self.json_ld(request, SiteBranding.for_request(request).name)
        if self.publication_type == PublicationType.STATEMENT:
            context["signatures"] = Signatures(self, request)
            if self.accepts_signatures:
                context["sign_form"] = SignOnForm(language_code=self.locale.language_code)
        return context

    # Sign-on: the form posts to sign/ and thanks at signed/ (participation.routes).
    @property
    def takes_submissions(self):
        return self.accepts_signatures

    def bound_submission_form(self, request):
        return SignOnForm(
            request.POST, language_code=self.locale.language_code, instance=Signatory(statement=page_of_record(self))
        )

    def notify_submission(self, signatory):
        signature_received(signatory)


class PublicationDocument(Orderable):
    """A file attached to a publication, in one language."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=5, choices=DOCUMENT_LANGUAGE_CHOICES, default="en")

    panels = [FieldPanel("document"), FieldPanel("language")]

    def __str__(self):
        return f"{self.document.title} ({self.get_language_display()})"
