"""Taxonomies: publication types (fixed choices), topics and countries (translatable snippets).

Each term has a Latin ``slug`` (or ISO ``code``) synchronized across its translations,
so filters and URLs use one value in every locale while names are translated.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.content_cache import shared_per_version
from cms.forms import ZAWGYI_PANEL, ZawgyiModelForm


class PublicationType(models.TextChoices):
    STATEMENT = "statement", _("Statement")
    REPORT = "report", _("Report")
    PRESS_RELEASE = "press-release", _("Press release")
    BRIEFING_PAPER = "briefing-paper", _("Briefing paper")
    SUBMISSION = "submission", _("Submission")
    LETTER = "letter", _("Letter")


class Term(TranslatableMixin, index.Indexed, models.Model):
    """A translatable taxonomy term: a translated name and a synchronized Latin key.

    Subclasses define ``KEY_FIELD`` (the value used in URLs) and that field.
    """

    KEY_FIELD = ""

    name = models.CharField(
        max_length=100,
        help_text="As readers see it in filters and on publications, in this term's language. Up to 100 characters.",
    )

    base_form_class = ZawgyiModelForm
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.KEY_FIELD:
            cls.panels = [ZAWGYI_PANEL, FieldPanel("name"), FieldPanel(cls.KEY_FIELD)]
            cls.override_translatable_fields = [SynchronizedField(cls.KEY_FIELD, overridable=False)]

    def __str__(self):
        return self.name


class Topic(Term):
    KEY_FIELD = "slug"

    slug = models.SlugField(
        max_length=100,
        allow_unicode=False,
        help_text=(
            "Latin letters, digits and hyphens, e.g. 'political-prisoners'; used in filter URLs in every "
            "language, so keep it once publications link to it."
        ),
    )

    class Meta(Term.Meta):
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Country(Term):
    KEY_FIELD = "code"

    code = models.CharField(
        max_length=2,
        validators=[RegexValidator(r"^[a-z]{2}$", "Use the two-letter ISO 3166 code in lower case, e.g. 'mm'.")],
        help_text="Two-letter ISO 3166 code in lower case, e.g. 'mm' for Myanmar.",
    )

    class Meta(Term.Meta):
        verbose_name_plural = "countries"
        unique_together = [("translation_key", "locale"), ("code", "locale")]


def localized_terms(terms, locale_id):
    """The given terms in the locale ``locale_id`` where a translation exists.

    Publications link to the English terms (the links are synchronized), so a
    Burmese page shows its topics through this. A taxonomy's terms in one locale are
    few: they are read once per process and content version, and shared.
    """
    terms = list(terms)
    if all(term.locale_id == locale_id for term in terms):
        return terms
    model = type(terms[0])
    translated = shared_per_version(
        "terms-by-key",
        [model._meta.label_lower, locale_id],
        lambda: {term.translation_key: term for term in model.objects.filter(locale_id=locale_id)},
    )
    return [translated.get(term.translation_key, term) for term in terms]


def terms_with_ids(model, ids):
    """The terms of ``model`` with these ids, in the order the database lists them (by name).

    A taxonomy is small: all its terms are read once per process and content version, and
    shared, so a page whose links are known (``publications.bitmaps``) costs no query.
    """
    placed = shared_per_version(
        "terms-in-order",
        [model._meta.label_lower],
        lambda: {term.pk: (place, term) for place, term in enumerate(model.objects.all())},
    )
    return [term for _place, term in sorted(placed[pk] for pk in ids if pk in placed)]
