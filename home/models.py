"""Site roots, campaign pages and plain content pages."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.api.fields import APIField
from cms.pages import BasePage, live_translation_of, page_tabs
from cms.richtext import INLINE_FEATURES, SECTION_FEATURES
from participation.forms import BlankForm, JoinRequestForm
from participation.models import JoinRequest
from participation.notifications import join_request_received
from participation.routes import SubmissionRoutesMixin
from publications.blocks import PAGE_BODY_BLOCKS
from publications.queries import latest_publications

BODY_HELP = (
    "The page's sections, in order: text, images, quotes, calls to action, figures, documents, "
    "videos, and 'Relevant publications' (a live list of this site's newest publications on the topics you choose)."
)


class HomePage(BasePage):
    """The root of one network's site in one locale.

    ``spotlight`` shows a campaign or network page in full below the hero, so a
    site's front page leads with what the network is about.
    """

    LATEST_COUNT = 3

    page_description = "The front page of one network's site in one language. Each site has exactly one."

    hero_heading = models.CharField(
        max_length=150,
        help_text="Large heading at the top of the front page, e.g. the network's aim. Up to 150 characters.",
    )
    hero_intro = models.TextField(
        blank=True, max_length=500, help_text="One or two sentences under the heading. Up to 500 characters."
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Wide banner behind the heading; at least 1600 pixels wide works best. Optional.",
    )
    spotlight = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "A campaign or network page whose sections (problem, response, join…) are shown in full "
            "below the hero, with a link to the page itself."
        ),
    )
    body = StreamField(
        PAGE_BODY_BLOCKS,
        blank=True,
        help_text="Further sections below the spotlight; the newest publications are listed after them.",
    )

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
        page = live_translation_of(self.spotlight_id, self.locale_id)
        return page if hasattr(page, "spotlight_template") else None

    def latest_publications(self):
        return latest_publications(self, limit=self.LATEST_COUNT)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["spotlight_page"] = self.spotlight_page()
        context["latest_publications"] = self.latest_publications()
        return context


class CampaignPage(SubmissionRoutesMixin, BasePage):
    """A campaign in the problem / response pattern, with a join call and a featured statement.

    Publications are listed by the "Relevant publications" block of its body, the one
    mechanism every page type shares. When it accepts join requests its join section holds
    a form that posts to ``join/``; ``joined/`` thanks the sender.
    """

    spotlight_template = "home/includes/campaign_sections.html"
    page_description = (
        "A campaign: what the problem is, what the network does about it, a call to join, "
        "a featured statement and the publications on its topics."
    )

    intro = models.TextField(
        blank=True,
        max_length=500,
        help_text="One or two sentences under the title, also used in link previews. Up to 500 characters.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Wide photo at the top of the campaign page; at least 1600 pixels wide works best. Optional.",
    )
    problem_heading = models.CharField(
        max_length=120, default="What is the problem?", help_text="Heading of the first section. Up to 120 characters."
    )
    problem = RichTextField(
        features=SECTION_FEATURES, help_text="What is wrong and who it harms: a few short paragraphs."
    )
    response_heading = models.CharField(
        max_length=120,
        default="What are we doing about it?",
        help_text="Heading of the second section. Up to 120 characters.",
    )
    response = RichTextField(
        features=SECTION_FEATURES, help_text="What the network does about the problem: a few short paragraphs."
    )
    join_heading = models.CharField(
        max_length=120, default="Join us", help_text="Heading of the call to join. Up to 120 characters."
    )
    join_text = RichTextField(
        blank=True, features=INLINE_FEATURES, help_text="Who may join and how, shown under the join heading."
    )
    join_email = models.EmailField(
        blank=True,
        help_text="Address shown for people who would rather write; the site's contact email when empty.",
    )
    accept_join_requests = models.BooleanField(
        default=False,
        help_text=(
            "Show a form where MPs ask to join. Requests are read by the Membership group only "
            "(Membership → Join requests)."
        ),
    )
    featured_statement = models.ForeignKey(
        "publications.PublicationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A publication shown with its summary, its signature count and links to read and sign it.",
    )
    body = StreamField(
        PAGE_BODY_BLOCKS,
        blank=True,
        help_text=BODY_HELP + " Shown after the join section.",
    )

    edit_handler = page_tabs(
        (
            "Content",
            [
                *BasePage.content_panels,
                FieldPanel("intro"),
                FieldPanel("hero_image"),
                MultiFieldPanel([FieldPanel("problem_heading"), FieldPanel("problem")], heading="The problem"),
                MultiFieldPanel([FieldPanel("response_heading"), FieldPanel("response")], heading="Our response"),
            ],
        ),
        (
            "Join and statement",
            [
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
            ],
        ),
        ("More sections", [FieldPanel("body")]),
    )
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
        "hero_image",
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
    ]

    submit_route, thanks_route = "join", "joined"
    thanks_template = "participation/joined.html"
    form_context_name = "join_form"

    class Meta:
        verbose_name = "campaign page"

    def featured_statement_localized(self):
        return live_translation_of(self.featured_statement_id, self.locale_id)

    def join_form(self):
        """A blank join form, or None when the campaign takes no requests."""
        return BlankForm(JoinRequestForm, self.language_code) if self.accept_join_requests else None

    # Join requests: the form posts to join/ and thanks at joined/ (participation.routes).
    @property
    def takes_submissions(self):
        return self.accept_join_requests

    def bound_submission_form(self, request):
        instance = JoinRequest(site=self.get_site(), campaign=self)
        return JoinRequestForm(request.POST, language_code=self.language_code, instance=instance)

    def notify_submission(self, join_request):
        join_request_received(join_request)


class ContentPage(BasePage):
    """A plain page: an introduction and a body of blocks (about, contact, policies…)."""

    page_description = "A plain page of text and blocks: about us, contact, policies, background."

    intro = models.TextField(
        blank=True,
        max_length=500,
        help_text="One or two sentences under the title, also used in link previews. Up to 500 characters.",
    )
    body = StreamField(PAGE_BODY_BLOCKS, blank=True, help_text=BODY_HELP)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = ["intro", "body"]
    parent_page_types = ["home.HomePage", "home.CampaignPage", "home.ContentPage", "network.NetworkPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = "content page"
