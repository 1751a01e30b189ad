"""Builds the demo sites idempotently: what exists is kept as it is, what is missing is made.

Every object is found by a stable key (a slug under its parent, a title, a hostname)
before anything is created, so a second run changes and duplicates nothing.
"""

import datetime
import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms.db_statistics import refresh_planner_statistics
from cms.models import SiteBranding
from cms.translation import translate_page
from home.demo import content
from home.demo.burmese import BURMESE
from home.demo.media import make_banner, make_pdf
from home.demo.participation import demo_members, demo_signatories
from home.models import CampaignPage, HomePage
from network.models import NetworkPage
from participation.models import Member, Signatory
from participation.signing import signatures_of
from publications.importer import PublicationImporter, PublicationValues
from publications.models import Country, PublicationIndexPage, PublicationPage, Topic
from search.indexing import deferred
from taxonomy.countries import load_countries


class DemoBuilder:
    def __init__(self, log=print):
        self.log = log
        self.created = 0
        self.english = Locale.objects.get(language_code="en")
        self.burmese, _ = Locale.objects.get_or_create(language_code="my")

    def build(self):
        """Everything in one transaction; each page is indexed once, at the end, not at every save."""
        with transaction.atomic(), deferred():
            created = self._build()
        if created:
            refresh_planner_statistics()
        return created

    def _build(self):
        self.remove_wagtail_welcome_page()
        self.topics = {slug: self.term(Topic, slug=slug, name=name) for slug, name in content.TOPICS}
        self.countries = {code: self.term(Country, code=code, name=name) for code, name in content.COUNTRIES}
        ipam_home = self.site(content.IPAM)
        mwpn_home = self.site(content.MWPN)
        campaign = self.campaign(ipam_home)
        network = self.network(mwpn_home)
        indexes = {"ipam": self.publication_index(ipam_home), "mwpn": self.publication_index(mwpn_home)}
        self.publications(indexes)
        statement = self.feature_statement(campaign)
        self.signatories(statement)
        self.members(network)
        self.set_spotlight(ipam_home, campaign)
        self.set_spotlight(mwpn_home, network)
        for term in [*self.topics.values(), *self.countries.values()]:
            self.translate(term)
        self.created += load_countries()  # every other country, for the sign-on and join forms
        pages = Page.objects.filter(locale=self.english, depth__gt=1).exclude(slug=content.UNTRANSLATED_SLUG)
        newly_translated = {page.pk for page in pages if self.translate(page.specific)}
        if campaign.pk in newly_translated:
            self.leave_out_of_date(campaign)
        return self.created

    # Structure -------------------------------------------------------------

    def remove_wagtail_welcome_page(self):
        """Wagtail's first migration makes a bare 'Welcome' page and a site for it."""
        welcome = Page.objects.filter(depth=2, slug="home", content_type__model="page", numchild=0).first()
        if welcome is not None:
            welcome.delete()
            self.log("Removed Wagtail's placeholder welcome page.")

    def site(self, data):
        home = self.child(Page.get_first_root_node(), HomePage, **data["home"], hero_image=self.banner(data["key"]))
        site = Site.objects.filter(hostname=data["hostname"], port=data["port"]).first()
        if site is None:
            site = Site.objects.create(
                hostname=data["hostname"],
                port=data["port"],
                root_page=home,
                is_default_site=data["is_default_site"],
                site_name=data["branding"]["short_name"],
            )
            self.created += 1
            self.log(f"Created site {site}.")
        self.branding(site, data)
        return home

    def branding(self, site, data):
        branding = SiteBranding.for_site(site)
        if branding.name:
            return
        values = dict(data["branding"])
        links = values.pop("social_links")
        for field, value in values.items():
            setattr(branding, field, value)
        branding.social_links = [("link", {"platform": platform, "url": url}) for platform, url in links]
        branding.save()
        self.created += 1
        self.log(f"Set the branding of {branding.name}.")

    def publication_index(self, home):
        return self.child(
            home,
            PublicationIndexPage,
            title="Publications",
            slug="publications",
            show_in_menus=True,
            intro="<p>Statements, reports, letters and briefings.</p>",
        )

    def campaign(self, home):
        data = dict(content.IPAM_CAMPAIGN)
        topic = self.topics[data.pop("relevant_topic")]
        relevant = {"heading": "", "topics": [topic], "latest": False, "types": [], "limit": 5}
        body = [("relevant_publications", relevant)]
        image = self.banner(content.IPAM["key"])
        return self.child(home, CampaignPage, show_in_menus=True, hero_image=image, body=body, **data)

    def feature_statement(self, campaign):
        """Feature the statement on detained MPs on the campaign, and open it for signatures."""
        statement = PublicationPage.objects.get(slug=slugify(content.IPAM_FEATURED_STATEMENT), locale=self.english)
        if campaign.featured_statement_id is None:
            campaign.featured_statement = statement
            campaign.save_revision().publish()
        if not statement.open_for_signatures:
            statement.open_for_signatures = True
            statement.save_revision().publish()
        return statement

    def signatories(self, statement):
        if signatures_of(statement).exists():
            return
        for row in demo_signatories():
            Signatory.objects.create(statement=statement, **{**row, "country": self.countries[row["country"]]})
        self.created += 1
        self.log(f"Added the demo signatories of '{statement.title}'.")

    def members(self, network):
        if network.member_records().exists():
            return
        Member.objects.bulk_create(Member(network=network, **row) for row in demo_members())
        self.created += 1
        self.log(f"Added the demo members of '{network.title}'.")

    def network(self, home):
        data = dict(content.MWPN_NETWORK)
        data["work_areas"] = [
            ("area", {"title": title, "description": description}) for title, description in data["work_areas"]
        ]
        return self.child(home, NetworkPage, show_in_menus=True, **data)

    def set_spotlight(self, home, page):
        if home.spotlight_id is None:
            home.spotlight = page
            home.save_revision().publish()

    def publications(self, indexes):
        """Create the demo publications through the importer."""
        importers = {key: PublicationImporter(index) for key, index in indexes.items()}
        for site_key, kind, date, title, topics, countries, issued_by, burmese in content.PUBLICATIONS:
            languages = ["en", "my"] if burmese else ["en"]
            values = PublicationValues(
                slug=slugify(title),
                title=title,
                publication_type=kind,
                date=datetime.date.fromisoformat(date),
                summary=content.SUMMARIES[title],
                body_html="".join(f"<p>{text}</p>" for text in content.BODIES.get(title, [content.SUMMARIES[title]])),
                issued_by=issued_by,
                topics=[self.topics[key] for key in topics],
                countries=[self.countries[key] for key in countries],
                documents=[(language, self.document(title, language)) for language in languages],
            )
            if importers[site_key].save(values) != "unchanged":
                self.created += 1

    # Primitives ------------------------------------------------------------

    def child(self, parent, model, slug, **fields):
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        return self.publish(parent, model(slug=slug, **fields))

    def publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        self.log(f"Created {page._meta.verbose_name} '{page.title}'.")
        return page

    def term(self, model, name, **key):
        term, created = model.objects.get_or_create(locale=self.english, **key, defaults={"name": name})
        self.created += created
        return term

    def banner(self, key):
        return self.image(f"{key.upper()} banner", lambda: make_banner(key))

    def image(self, title, render):
        image_model = get_image_model()
        image = image_model.objects.filter(title=title).first()
        if image is None:
            image = image_model(title=title, file=ImageFile(io.BytesIO(render()), name=f"{slugify(title)}.png"))
            image.save()
            self.created += 1
        return image

    def document(self, publication_title, language):
        document_model = get_document_model()
        suffix = " (Burmese)" if language == "my" else ""
        title = f"{publication_title}{suffix}"
        document = document_model.objects.filter(title=title).first()
        if document is None:
            note = "Burmese language edition." if language == "my" else "English edition."
            pdf = make_pdf(publication_title, [note, content.SUMMARIES[publication_title]])
            document = document_model(title=title, file=ContentFile(pdf, name=f"{slugify(title)}.pdf"))
            document._set_document_file_metadata()  # size and hash, as Wagtail's upload form does
            document.save()
            self.created += 1
        return document

    def translate(self, instance):
        """Translate a page or term into Burmese once, through wagtail-localize."""
        if instance.has_translation(self.burmese):
            return False
        translate_page(instance, self.burmese, BURMESE)
        self.created += 1
        self.log(f"Translated '{instance}' into Burmese.")
        return True

    def leave_out_of_date(self, campaign):
        """Change the campaign's English intro right after its translation, so the report shows one stale page."""
        campaign.refresh_from_db()
        campaign.intro = content.OUT_OF_DATE_INTRO
        campaign.save_revision().publish()
