"""The network page: who the network is, what it wants and what it does."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.blocks.figures import FigureBlock
from cms.pages import BasePage
from network.blocks import WorkAreaBlock

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class NetworkPage(BasePage):
    """About a network: founding, vision, mission, who we are, our work, contact."""

    spotlight_template = "network/includes/network_sections.html"

    about = RichTextField(features=TEXT_FEATURES, help_text="How and why the network came together.")
    founded = models.DateField(null=True, blank=True, help_text="Date the network was formally established.")
    vision = models.TextField(max_length=1000)
    mission = models.TextField(max_length=2000)
    who_we_are = RichTextField(features=TEXT_FEATURES, blank=True)
    figures = StreamField(
        [("figure", FigureBlock())],
        blank=True,
        max_num=6,
        help_text="Key figures shown under 'Who we are', e.g. '100+ women MPs'.",
    )
    work_heading = models.CharField(max_length=120, default="Our work")
    work_areas = StreamField([("area", WorkAreaBlock())], blank=True)
    contact_email = models.EmailField(blank=True, help_text="The site's contact email when empty.")
    website = models.URLField(blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("about"),
        FieldPanel("founded"),
        MultiFieldPanel([FieldPanel("vision"), FieldPanel("mission")], heading="Vision and mission"),
        MultiFieldPanel([FieldPanel("who_we_are"), FieldPanel("figures")], heading="Who we are"),
        MultiFieldPanel([FieldPanel("work_heading"), FieldPanel("work_areas")], heading="Our work"),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("website")], heading="Contact"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("about"),
        index.SearchField("vision"),
        index.SearchField("mission"),
        index.SearchField("who_we_are"),
        index.SearchField("work_areas"),
    ]
    api_content_fields = [
        "about",
        "founded",
        "vision",
        "mission",
        "who_we_are",
        "figures",
        "work_heading",
        "work_areas",
        "contact_email",
        "website",
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = "network page"

    @property
    def figure_values(self):
        return [child.value for child in self.figures]
