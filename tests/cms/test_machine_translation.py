"""Machine translation is off by default and plugs in through a setting (a fake one here)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from wagtail_localize.models import StringTranslation, Translation

from cms.translation import translate_page
from tests.factories import ContentPageFactory

FAKE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator", "OPTIONS": {}}


@pytest.fixture
def translation(client, home, burmese):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))
    page = ContentPageFactory(parent=home, title="About", slug="about", intro="Who we are")
    translate_page(home, burmese)
    translate_page(page, burmese)
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=burmese)


def test_machine_translation_is_off_by_default(client, translation, settings):
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    response = client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/", follow=True)
    assert response.status_code == 404
    assert not StringTranslation.objects.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE).exists()


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=FAKE_TRANSLATOR)
def test_configured_translator_fills_the_segments(client, translation):
    response = client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
    assert response.status_code == 302
    machine = StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    )
    assert machine.filter(translation_of__data="Who we are", data="are we Who").exists()
