"""Models shared by every app: the per-site branding setting."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from cms.blocks import SocialLinkBlock
from cms.content_cache import cached
from cms.forms import ZAWGYI_PANEL, ZawgyiModelForm


@register_setting(icon="site")
class SiteBranding(BaseSiteSetting):
    """Name, logo and footer of one network's site; every template reads it."""

    name = models.CharField(
        max_length=150, help_text="Full name, e.g. 'International Parliamentarians Alliance for Myanmar'."
    )
    burmese_name = models.CharField(
        max_length=200, blank=True, help_text="The name in Burmese (Unicode), shown on /my/ pages."
    )
    short_name = models.CharField(max_length=30, help_text="Abbreviation shown in the header, e.g. 'IPAM'.")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown in the header. A wide image on a transparent background works best.",
    )
    about = models.TextField(blank=True, max_length=800, help_text="A few sentences about the network for the footer.")
    about_burmese = models.TextField(
        blank=True, max_length=800, help_text="The same in Burmese (Unicode), shown on /my/ pages."
    )
    contact_email = models.EmailField(blank=True, help_text="Public address for enquiries and join requests.")
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, help_text="The network's accounts, shown as icons in the footer."
    )
    parent_organisation = models.CharField(
        max_length=150, blank=True, help_text="The organisation that runs the network, e.g. 'APHR'."
    )
    parent_organisation_url = models.URLField(
        blank=True, help_text="The parent organisation's website; its name in the footer links there."
    )
    parent_organisation_about = models.TextField(
        blank=True, max_length=800, help_text="A sentence or two about the parent organisation for the footer."
    )
    parent_organisation_about_burmese = models.TextField(
        blank=True, max_length=800, help_text="The same in Burmese (Unicode), shown on /my/ pages."
    )

    base_form_class = ZawgyiModelForm
    panels = [
        ZAWGYI_PANEL,
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("burmese_name"), FieldPanel("short_name"), FieldPanel("logo")],
            heading="Identity",
        ),
        MultiFieldPanel(
            [FieldPanel("about"), FieldPanel("about_burmese"), FieldPanel("contact_email"), FieldPanel("social_links")],
            heading="Footer",
        ),
        MultiFieldPanel(
            [
                FieldPanel("parent_organisation"),
                FieldPanel("parent_organisation_url"),
                FieldPanel("parent_organisation_about"),
                FieldPanel("parent_organisation_about_burmese"),
            ],
            heading="Parent organisation",
        ),
    ]

    # The logo is shown on every page: read with the branding, not after it.
    select_related = ["logo"]

    class Meta:
        verbose_name = "Site branding"

    def __str__(self):
        return self.name

    @classmethod
    def for_site(cls, site):
        """The site's branding (made on first use), kept per content version, which saving it changes."""
        if site is None:
            return super().for_site(site)
        return cached("site-branding", [site.pk], lambda: super(SiteBranding, cls).for_site(site))

    # Site settings are per site, not per language: the Burmese text sits beside the English.
    BURMESE_FIELDS = {
        "name": "burmese_name",
        "about": "about_burmese",
        "parent_organisation_about": "parent_organisation_about_burmese",
    }

    def text_for(self, field, language_code):
        """``field`` in the given language, the English text when no Burmese one is set."""
        if language_code == "my" and getattr(self, self.BURMESE_FIELDS[field]):
            return getattr(self, self.BURMESE_FIELDS[field])
        return getattr(self, field)

    def name_for(self, language_code):
        return self.text_for("name", language_code)
