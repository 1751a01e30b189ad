"""People: signatures on statements, requests to join a network, and networks' members.

Everything here is personal data about people at risk. It is never serialized by the
API, never indexed for search and never shown on a page, except the fields in
``Signatory.PUBLIC_FIELDS`` of approved signatories and ``Member.PUBLIC_FIELDS`` of
members who consented to be listed, and figures that single nobody out. Pages are
named by model string ("publications.PublicationPage", "network.NetworkPage"): this
app never imports them.
Only the Membership group sees these records in the admin (``participation.roles``).
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from cms.forms import ZAWGYI_PANEL, ZawgyiModelForm
from taxonomy.models import PublicationType


class Status(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class Person(models.Model):
    """Who a submission comes from: one name field, since Burmese names have no family name."""

    name = models.CharField(_("Full name"), max_length=200)
    honorific = models.CharField(
        _("Honorific"), max_length=60, blank=True, help_text=_("For example Hon., Dr, Daw, U.")
    )
    country = models.ForeignKey(
        "taxonomy.Country",
        verbose_name=_("Country"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"locale__language_code": "en"},
    )
    parliament = models.CharField(
        _("Parliament or chamber"), max_length=200, help_text=_("For example House of Representatives.")
    )
    party = models.CharField(_("Party"), max_length=200, blank=True)
    role = models.CharField(_("Role"), max_length=200, blank=True, help_text=_("For example Member, Senator, Speaker."))
    email = models.EmailField(_("Email"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Set by the form when it is shown: a double submission of one form is stored once.
    submission_id = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    base_form_class = ZawgyiModelForm

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.honorific} {self.name}".strip()


class Signatory(Person):
    """A parliamentarian who signed a statement.

    ``statement`` is the statement in the default language, whichever translation was
    signed (``signing.page_of_record``); a statement's signatures are counted over every
    translation (``signing.signatures_of``). A statement with signatures cannot be
    deleted: signatures are records of people, removed only by the Membership group.
    """

    PUBLIC_FIELDS = ("name", "honorific", "country", "parliament", "party", "role", "signed_on")

    statement = models.ForeignKey("publications.PublicationPage", on_delete=models.PROTECT, related_name="signatories")
    signed_on = models.DateField(default=datetime.date.today)
    consent_to_list = models.BooleanField(
        _("List my name publicly"),
        default=False,
        help_text=_("Without it your signature is counted but your name is not shown."),
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)

    panels = [
        ZAWGYI_PANEL,
        FieldPanel("statement"),
        MultiFieldPanel(
            [FieldPanel("honorific"), FieldPanel("name"), FieldPanel("country"), FieldPanel("parliament")],
            heading="Signatory",
        ),
        MultiFieldPanel([FieldPanel("party"), FieldPanel("role"), FieldPanel("email")], heading="Details"),
        MultiFieldPanel(
            [FieldPanel("signed_on"), FieldPanel("consent_to_list"), FieldPanel("status")], heading="Status"
        ),
    ]

    class Meta:
        verbose_name_plural = "signatories"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["statement", "status"])]

    @classmethod
    def statements(cls):
        """The statement pages, found through ``statement`` so that this app never imports page models."""
        return cls._meta.get_field("statement").related_model.objects.filter(publication_type=PublicationType.STATEMENT)

    @property
    def admin_summary(self):
        """One line for the admin's bulk confirmation: where it stands, on what."""
        return f"{self.get_status_display().lower()}, on {self.statement.title}"


class JoinRequest(Person):
    """A sitting MP asking to join a network's meetings and mailing list."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="join_requests")
    # The page whose form was sent, in the language the visitor read it in; kept when the page goes.
    campaign = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="campaign page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page whose join form was sent. Set by the form.",
    )
    phone = models.CharField(_("Phone or messaging number"), max_length=40, blank=True)
    message = models.TextField(_("Message"), max_length=2000, blank=True)
    handled = models.BooleanField(default=False, help_text="Ticked once someone has answered.")

    panels = [
        ZAWGYI_PANEL,
        FieldPanel("site"),
        FieldPanel("campaign", read_only=True),
        MultiFieldPanel(
            [FieldPanel("honorific"), FieldPanel("name"), FieldPanel("country"), FieldPanel("parliament")],
            heading="Parliamentarian",
        ),
        MultiFieldPanel(
            [FieldPanel("party"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone"), FieldPanel("message")],
            heading="Details",
        ),
        FieldPanel("handled"),
    ]

    class Meta:
        ordering = ["-created_at"]

    @property
    def admin_summary(self):
        """One line for the admin's bulk confirmation: where it stands, to whom."""
        state = "handled" if self.handled else "not handled yet"
        source = f" from {self.campaign.title}" if self.campaign else ""
        return f"{self.parliament}, to {self.site.site_name or self.site.hostname}{source}, {state}"


class Level(models.TextChoices):
    UNION = "union", "Union parliament (Pyidaungsu Hluttaw)"
    STATE_REGION = "state-region", "State or Region parliament"


class Term(models.TextChoices):
    RE_ELECTED = "re-elected", "Re-elected in 2020"
    NEWLY_ELECTED = "newly-elected", "Elected for the first time in 2020"


class Member(models.Model):
    """A member of a network. Private: only the network's figures and, with consent, the name leave the admin.

    ``network`` is the network page the member belongs to (any translation of it); its
    figures are computed from these records (``network.figures``), and a network page
    with members cannot be deleted (``participation.protection``).
    """

    PUBLIC_FIELDS = ("name", "parliament")

    network = models.ForeignKey("network.NetworkPage", on_delete=models.PROTECT, related_name="members")
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
