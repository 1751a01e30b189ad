"""The network page: who the network is, what it wants and what it does."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.api.fields import APIField
from cms.blocks.figures import FigureBlock
from cms.content_cache import cached
from cms.pages import BasePage, page_tabs
from cms.richtext import PARAGRAPH_FEATURES
from network.blocks import WorkAreaBlock
from network.figures import figures_from_counts, member_counts
from participation.models import Member


class NetworkPage(BasePage):
    """About a network: founding, vision, mission, who we are, our work, contact."""

    spotlight_template = "network/includes/network_sections.html"
    page_description = (
        "About the network: vision, mission, who its members are, its work and how to reach it. "
        "At most one per site and language."
    )
    max_count_per_parent = 1

    about = RichTextField(
        features=PARAGRAPH_FEATURES,
        help_text="How and why the network came together: a few paragraphs, shown first on the page.",
    )
    founded = models.DateField(
        null=True, blank=True, help_text="Date the network was formally established, shown beside 'About'. Optional."
    )
    vision = models.TextField(
        max_length=1000, help_text="The world the network works for, in a sentence or two. Up to 1,000 characters."
    )
    mission = models.TextField(
        max_length=2000, help_text="What the network does to get there, in a short paragraph. Up to 2,000 characters."
    )
    who_we_are = RichTextField(
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text="Who the members are: which parliaments, parties, regions. Never name a member here who has not "
        "agreed to be named.",
    )
    members_label = models.CharField(
        max_length=60,
        default="members",
        help_text="What the member count counts, e.g. 'women MPs'. Up to 60 characters.",
    )
    figures = StreamField(
        [("figure", FigureBlock())],
        blank=True,
        max_num=6,
        help_text=(
            "Key figures shown under 'Who we are', e.g. '100+ women MPs', up to 6. Once the network has member "
            "records (Membership → Members), figures computed from them replace these."
        ),
    )
    work_heading = models.CharField(
        max_length=120, default="Our work", help_text="Heading of the work areas section. Up to 120 characters."
    )
    work_areas = StreamField(
        [("area", WorkAreaBlock())],
        blank=True,
        help_text="The network's areas of work (e.g. advocacy, capacity building), each with a short description.",
    )
    contact_email = models.EmailField(
        blank=True, help_text="Public address shown under 'Contact'; the site's contact email when empty."
    )
    website = models.URLField(
        blank=True, help_text="The network's own website, if it has one elsewhere, shown under 'Contact'."
    )

    edit_handler = page_tabs(
        (
            "About",
            [
                *BasePage.content_panels,
                FieldPanel("about"),
                FieldPanel("founded"),
                MultiFieldPanel([FieldPanel("vision"), FieldPanel("mission")], heading="Vision and mission"),
            ],
        ),
        ("Who we are", [FieldPanel("who_we_are"), FieldPanel("members_label"), FieldPanel("figures")]),
        (
            "Work and contact",
            [
                MultiFieldPanel([FieldPanel("work_heading"), FieldPanel("work_areas")], heading="Our work"),
                MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("website")], heading="Contact"),
            ],
        ),
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("about"),
        index.SearchField("vision"),
        index.SearchField("mission"),
        index.SearchField("who_we_are"),
        index.SearchField("work_areas"),
    ]
    api_fields = [
        "about",
        "founded",
        "vision",
        "mission",
        "who_we_are",
        APIField("figures", "figures", "figure_values"),
        APIField("members", "members", "listed_members"),
        "work_heading",
        "work_areas",
        "contact_email",
        "website",
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = "network page"

    def member_records(self):
        """The network's members, whichever translation of the page they were added to."""
        return Member.objects.filter(network__translation_key=self.translation_key)

    def figure_values(self):
        """``[{"value", "label"}]``: computed from member records where they exist, else as typed."""
        counts = self._members()["counts"]
        if counts["total"]:
            return figures_from_counts(counts, self.members_label, self.language_code)
        return [{"value": child.value["value"], "label": child.value["label"]} for child in self.figures]

    def listed_members(self):
        """Members who agreed to be named publicly; nothing else about anyone leaves the admin."""
        return self._members()["listed"]

    def _members(self):
        """The member records' counts and named members, kept per content version (members are watched)."""

        def read():
            members = self.member_records()
            listed = members.filter(consent_to_list=True).order_by("name").values(*Member.PUBLIC_FIELDS)
            return {"counts": member_counts(members), "listed": list(listed)}

        return cached("network-members", [self.translation_key], read)
