"""The network page: who the network is, what it wants and what it does."""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.api.fields import ApiField
from cms.blocks.figures import FigureBlock
from cms.forms import ZAWGYI_PANEL, ZawgyiModelForm
from cms.pages import BasePage
from network.blocks import WorkAreaBlock
from network.figures import member_figures

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class NetworkPage(BasePage):
    """About a network: founding, vision, mission, who we are, our work, contact."""

    spotlight_template = "network/includes/network_sections.html"

    about = RichTextField(features=TEXT_FEATURES, help_text="How and why the network came together.")
    founded = models.DateField(null=True, blank=True, help_text="Date the network was formally established.")
    vision = models.TextField(max_length=1000)
    mission = models.TextField(max_length=2000)
    who_we_are = RichTextField(features=TEXT_FEATURES, blank=True)
    members_label = models.CharField(
        max_length=60, default="members", help_text="What the member count counts, e.g. 'women MPs'."
    )
    figures = StreamField(
        [("figure", FigureBlock())],
        blank=True,
        max_num=6,
        help_text=(
            "Key figures shown under 'Who we are', e.g. '100+ women MPs'. Once the network has member "
            "records (Membership → Members), figures computed from them replace these."
        ),
    )
    work_heading = models.CharField(max_length=120, default="Our work")
    work_areas = StreamField([("area", WorkAreaBlock())], blank=True)
    contact_email = models.EmailField(blank=True, help_text="The site's contact email when empty.")
    website = models.URLField(blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("about"),
        FieldPanel("founded"),
        MultiFieldPanel([FieldPanel("vision"), FieldPanel("mission")], heading="Vision and mission"),
        MultiFieldPanel(
            [FieldPanel("who_we_are"), FieldPanel("members_label"), FieldPanel("figures")], heading="Who we are"
        ),
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
        ApiField("figures", "figures", "figure_values"),
        ApiField("members", "members", "listed_members"),
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
        members = self.member_records()
        if members.exists():
            return member_figures(members, self.members_label, self.locale.language_code)
        return [{"value": child.value["value"], "label": child.value["label"]} for child in self.figures]

    def listed_members(self):
        """Members who agreed to be named publicly; nothing else about anyone leaves the admin."""
        return list(self.member_records().filter(consent_to_list=True).order_by("name").values(*Member.PUBLIC_FIELDS))


class Level(models.TextChoices):
    UNION = "union", "Union parliament (Pyidaungsu Hluttaw)"
    STATE_REGION = "state-region", "State or Region parliament"


class Term(models.TextChoices):
    RE_ELECTED = "re-elected", "Re-elected in 2020"
    NEWLY_ELECTED = "newly-elected", "Elected for the first time in 2020"


class Member(models.Model):
    """A member of a network. Private: only the network's figures and, with consent, the name leave the admin.

    ``network`` is the network page the member belongs to (any translation of it); a
    network page with members cannot be deleted (``participation.protection``).
    """

    PUBLIC_FIELDS = ("name", "parliament")

    network = models.ForeignKey(NetworkPage, on_delete=models.PROTECT, related_name="members")
    name = models.CharField(max_length=200)
    ethnic_group = models.CharField(max_length=100, blank=True)
    level = models.CharField(max_length=20, choices=Level.choices)
    parliament = models.CharField(max_length=200, help_text="For example Pyithu Hluttaw, Kachin State Hluttaw.")
    term = models.CharField(max_length=20, choices=Term.choices)
    consent_to_list = models.BooleanField(
        "listed publicly", default=False, help_text="Only with the member's explicit consent."
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    base_form_class = ZawgyiModelForm
    panels = [
        ZAWGYI_PANEL,
        FieldPanel("network"),
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("ethnic_group"),
                FieldPanel("level"),
                FieldPanel("parliament"),
                FieldPanel("term"),
            ],
            heading="Member",
        ),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone"), FieldPanel("notes")], heading="Private contact"),
        FieldPanel("consent_to_list"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
