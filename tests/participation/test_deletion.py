"""Signatures and member records are records of people: deleting pages never takes them along."""

import pytest
from django.apps import apps
from django.contrib.messages import get_messages
from django.db.models import ProtectedError
from wagtail.models import Page

from cms.translation import translate_page
from participation.models import Signatory, Status
from tests.participation.helpers import add_signatory


@pytest.fixture
def translated(statement, burmese):
    translate_page(statement.get_parent().get_parent(), burmese)
    translate_page(statement.get_parent(), burmese)
    return translate_page(statement, burmese, {"Release the detained MPs": "ထုတ်ပြန်ချက်"})


def assert_refused(response, page, records=Signatory):
    assert response.status_code == 302 and "/admin/pages/" in response["Location"]
    assert "cannot be deleted" in " ".join(message.message for message in get_messages(response.wsgi_request))
    assert Page.objects.filter(pk=page.pk).exists() and records.objects.count() == 1


@pytest.mark.parametrize("status", [Status.PENDING, Status.REJECTED])
def test_a_signed_statement_cannot_be_deleted_even_by_an_administrator(admin_client, statement, countries, status):
    add_signatory(statement, "Kept Signatory", countries["th"], status=status)
    assert_refused(admin_client.get(f"/admin/pages/{statement.pk}/delete/"), statement)
    assert_refused(admin_client.post(f"/admin/pages/{statement.pk}/delete/"), statement)


def test_nor_the_index_above_it_nor_its_translation(admin_client, statement, countries, translated):
    add_signatory(statement, "Kept Signatory", countries["th"])
    assert_refused(admin_client.post(f"/admin/pages/{statement.get_parent().pk}/delete/"), statement)
    assert_refused(admin_client.post(f"/admin/pages/{translated.pk}/delete/"), statement)
    assert Page.objects.filter(pk=translated.pk).exists()


def test_bulk_deletion_is_refused_too(admin_client, statement, countries):
    add_signatory(statement, "Kept Signatory", countries["th"])
    index = statement.get_parent()
    url = f"/admin/bulk/wagtailcore/page/delete/?childOf={index.get_parent().pk}&id={index.pk}"
    assert_refused(admin_client.post(url), statement)
    # The statement itself is refused by Wagtail, as its signatures protect it.
    url = f"/admin/bulk/wagtailcore/page/delete/?childOf={index.pk}&id={statement.pk}"
    assert admin_client.post(url).status_code == 302
    assert Page.objects.filter(pk=statement.pk).exists() and Signatory.objects.count() == 1


def test_the_database_protects_what_the_admin_missed(statement, countries):
    add_signatory(statement, "Kept Signatory", countries["th"])
    with pytest.raises(ProtectedError):
        Page.objects.get(pk=statement.pk).delete()
    assert Signatory.objects.count() == 1


def test_an_unsigned_statement_is_deleted_as_usual(admin_client, statement):
    response = admin_client.post(f"/admin/pages/{statement.pk}/delete/")
    assert response.status_code == 302 and not Page.objects.filter(pk=statement.pk).exists()


def test_signatures_stored_on_a_translation_move_to_the_default_language(statement, countries, translated):
    from importlib import import_module

    migration = import_module("participation.migrations.0003_signatures_on_the_default_language")
    on_translation = add_signatory(translated, "Signed In Burmese", countries["th"])
    on_source = add_signatory(statement, "Signed In English", countries["th"])
    migration.move_to_default_language(apps, None)
    on_translation.refresh_from_db()
    on_source.refresh_from_db()
    assert on_translation.statement_id == statement.pk == on_source.statement_id


def test_a_network_with_members_keeps_its_page_and_the_site_above(admin_client, home):
    from participation.models import Member
    from tests.factories import NetworkPageFactory

    network = NetworkPageFactory(parent=home, slug="network")
    Member.objects.create(network=network, name="Kept Member", level="union", parliament="P", term="re-elected")
    assert_refused(admin_client.post(f"/admin/pages/{network.pk}/delete/"), network, Member)
    assert_refused(admin_client.post(f"/admin/pages/{home.pk}/delete/"), network, Member)
    with pytest.raises(ProtectedError):
        Page.objects.get(pk=network.pk).delete()
