"""Site roots, campaign pages and plain content pages."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.api.fields import APIField
from cms.pages import BasePage, live_translation
from cms.richtext import INLINE_FEATURES, SECTION_FEATURES
from participation.forms import JoinRequestForm
from participation.models import JoinRequest
from participation.notifications import join_request_received
from participation.routes import SubmissionRoutesMixin
from publications.blocks import PAGE_BODY_BLOCKS
from publications.queries import latest_publications


class HomePage(BasePage):
    """The root of one network's site in one locale.

    ``spotlight`` shows a campaign or network page in full below the hero, so a
    site's front page leads with what the network is about.
    """

    LATEST_COUNT = 3

    hero_heading = models.CharField(max_length=150, help_text="Large heading at the top of the page.")
    hero_intro = models.TextField(blank=True, max_length=500, help_text="One or two sentences under the heading.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    spotlight = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A campaign or network page whose sections are shown on the home page.",
    )
    body = StreamField(PAGE_BODY_BLOCKS, blank=True, help_text="Further content below the spotlight.")

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_intro"), FieldPanel("hero_image")], heading="Hero"
        ),
        PageChooserPanel("spotlight", page_type=["home.CampaignPage", "network.NetworkPage"]),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("hero_intro"), index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.CampaignPage",
        "home.ContentPage",
        "network.NetworkPage",
        "publications.PublicationIndexPage",
    ]

    api_fields = [
        "hero_heading",
        "hero_intro",
        "hero_image",
        APIField("spotlight", "page_detail", "spotlight_page"),
        "body",
        APIField("latest_publications", "publication_cards", "latest_publications"),
    ]

    class Meta:
        verbose_name = "home page"

    def spotlight_page(self):
        """The spotlight in this page's locale, if it is a page type that can be shown in full."""
        page = live_translation(self.spotlight, self.locale_id)
        return page if hasattr(page, "spotlight_template") else None

    def latest_publications(self):
        return latest_publications(self, limit=self.LATEST_COUNT)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["spotlight_page"] = self.spotlight_page()
        context["latest_publications"] = self.latest_publications()
        return context


class CampaignPage(SubmissionRoutesMixin, BasePage):
    """A campaign in the problem / response pattern, with a join call and live publications.

    When it accepts join requests its join section holds a form that posts to ``join/``;
    ``joined/`` thanks the sender.
    """

    spotlight_template = "home/includes/campaign_sections.html"

    intro = models.TextField(blank=True, max_length=500)
    problem_heading = models.CharField(max_length=120, default="What is the problem?")
    problem = RichTextField(features=SECTION_FEATURES)
    response_heading = models.CharField(max_length=120, default="What are we doing about it?")
    response = RichTextField(features=SECTION_FEATURES)
    join_heading = models.CharField(max_length=120, default="Join us")
    join_text = RichTextField(blank=True, features=INLINE_FEATURES)
    join_email = models.EmailField(
        blank=True, help_text="Address for join requests; the site's contact email when empty."
    )
    accept_join_requests = models.BooleanField(
        default=False,
        help_text="Show a form where MPs ask to join; requests are listed under Participation in the admin.",
    )
    featured_statement = models.ForeignKey(
        "publications.PublicationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A statement shown with its summary and a link.",
    )
    relevant_topic = models.ForeignKey(
        "taxonomy.Topic",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="'Relevant publications' lists the newest publications of this topic.",
    )
    relevant_count = models.PositiveSmallIntegerField(
        default=5, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    body = StreamField(PAGE_BODY_BLOCKS, blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("problem_heading"), FieldPanel("problem")], heading="The problem"),
        MultiFieldPanel([FieldPanel("response_heading"), FieldPanel("response")], heading="Our response"),
        MultiFieldPanel(
            [
                FieldPanel("join_heading"),
                FieldPanel("join_text"),
                FieldPanel("join_email"),
                FieldPanel("accept_join_requests"),
            ],
            heading="Join",
        ),
        PageChooserPanel("featured_statement", page_type="publications.PublicationPage"),
        MultiFieldPanel([FieldPanel("relevant_topic"), FieldPanel("relevant_count")], heading="Relevant publications"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("problem"),
        index.SearchField("response"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ContentPage"]

    api_fields = [
        "intro",
        "problem_heading",
        "problem",
        "response_heading",
        "response",
        "join_heading",
        "join_text",
        "join_email",
        "accept_join_requests",
        APIField("featured_statement", "publication_card", "featured_statement_localized"),
        "body",
        "relevant_topic",
        "relevant_count",
        APIField("relevant_publications", "publication_cards", "relevant_publications"),
    ]

    submit_route, thanks_route = "join", "joined"
    thanks_template = "participation/joined.html"
    form_context_name = "join_form"

    class Meta:
        verbose_name = "campaign page"

    @property
    def relevant_topics(self):
        return [self.relevant_topic] if self.relevant_topic_id else []

    def featured_statement_localized(self):
        return live_translation(self.featured_statement, self.locale_id)

    def relevant_publications(self):
        """The newest publications of the relevant topic (all topics when none is set)."""
        return latest_publications(self.site_root, topics=self.relevant_topics, limit=self.relevant_count)

    def join_form(self):
        """A blank join form, or None when the campaign takes no requests."""
        return JoinRequestForm(language_code=self.locale.language_code) if self.accept_join_requests else None

    # Join requests: the form posts to join/ and thanks at joined/ (participation.routes).
    @property
    def takes_submissions(self):
        return self.accept_join_requests

    def bound_submission_form(self, request):
        instance = JoinRequest(site=self.get_site(), campaign=self)
        return JoinRequestForm(request.POST, language_code=self.locale.language_code, instance=instance)

    def notify_submission(self, join_request):
        join_request_received(join_request)


class ContentPage(BasePage):
    """A plain page: an introduction and a body of blocks (about, contact, policies…)."""

    intro = models.TextField(blank=True, max_length=500)
    body = StreamField(PAGE_BODY_BLOCKS, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = ["intro", "body"]
    parent_page_types = ["home.HomePage", "home.CampaignPage", "home.ContentPage", "network.NetworkPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = "content page"
