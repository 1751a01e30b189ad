"""Every demo page, snippet and setting opens in the admin editor."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.models import SiteBranding
from publications.models import Country, Topic


@pytest.fixture
def admin_client_with_demo(client, db):
    call_command("load_demo", verbosity=0)
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))
    return client


def test_every_demo_page_opens_in_the_editor(admin_client_with_demo):
    for page in Page.objects.filter(depth__gt=1):
        response = admin_client_with_demo.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.title


def test_taxonomy_and_branding_open_in_the_admin(admin_client_with_demo):
    for model in (Topic, Country):
        listing = admin_client_with_demo.get(f"/admin/snippets/publications/{model._meta.model_name}/")
        assert listing.status_code == 200
        term = model.objects.first()
        edit = admin_client_with_demo.get(f"/admin/snippets/publications/{model._meta.model_name}/edit/{term.pk}/")
        assert edit.status_code == 200
    for site in Site.objects.all():
        response = admin_client_with_demo.get(f"/admin/settings/cms/sitebranding/{site.pk}/")
        assert response.status_code == 200
        assert SiteBranding.for_site(site).name in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
