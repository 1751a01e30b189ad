"""Factories for the project's models, built on wagtail-factories."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory
from wagtail.models import Locale, Page, Site

from cms.models import SiteBranding
from home.models import CampaignPage, ContentPage, HomePage
from network.models import NetworkPage
from publications.models import Country, PublicationIndexPage, PublicationPage, Topic


def english():
    return Locale.objects.get(language_code="en")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_heading = "A network of parliamentarians"
    hero_intro = "Working for democracy in Myanmar."

    class Meta:
        model = HomePage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = "The campaign"
    problem = "<p>The military seized power on 1 February 2021.</p>"
    response = "<p>Members of parliament founded an alliance on 25 March 2021.</p>"
    join_heading = "Join the alliance"

    class Meta:
        model = CampaignPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = "About"
    intro = "Who we are."

    class Meta:
        model = ContentPage


class NetworkPageFactory(wagtail_factories.PageFactory):
    title = "About the network"
    about = "<p>Women MPs came together after the coup.</p>"
    founded = datetime.date(2022, 11, 2)
    vision = "A federal democratic union."
    mission = "Stand with all the peoples of Myanmar."

    class Meta:
        model = NetworkPage


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publications"

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Publication {n}")
    publication_type = "statement"
    date = datetime.date(2021, 4, 20)
    summary = "A short summary of the publication."

    class Meta:
        model = PublicationPage


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(english)

    class Meta:
        model = Topic


class CountryFactory(DjangoModelFactory):
    name = "Myanmar"
    code = "mm"
    locale = factory.LazyFunction(english)

    class Meta:
        model = Country


def user_in(group_name, username=None):
    """A user in one of the groups the migrations create (Editors, Moderators, Translators…)."""
    username = username or group_name.lower()
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def make_home(slug="home-test"):
    """An English HomePage served by the default site on the test host, with branding."""
    Site.objects.all().delete()
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Home", slug=slug)
    site = Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    SiteBranding.objects.create(site=site, name="Test Alliance", short_name="TA", contact_email="contact@example.org")
    return home
