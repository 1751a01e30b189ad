"""wagtail-localize workflow: sync keeps unchanged Burmese segments, PO files round-trip, alt text is translatable."""

import io

import polib
import pytest
from wagtail_factories import ImageFactory
from wagtail_localize.models import StringSegment, Translation

from cms.translation import translate_page
from home.models import ContentPage
from tests.factories import ContentPageFactory

STRINGS = {"About": "အကြောင်း", "Who we are": "ကျွန်ုပ်တို့ မည်သူများနည်း", "We meet monthly.": "လစဉ် တွေ့ဆုံသည်။"}


@pytest.fixture
def translated(home, burmese):
    page = ContentPageFactory(
        parent=home, title="About", slug="about", intro="Who we are", body=[("text", "<p>We meet monthly.</p>")]
    )
    translate_page(home, burmese)
    burmese_page = translate_page(page, burmese, STRINGS)
    return page, burmese_page


def test_translation_uses_the_translated_segments(translated):
    _page, burmese_page = translated
    assert burmese_page.title == "အကြောင်း" and burmese_page.intro == STRINGS["Who we are"]
    assert STRINGS["We meet monthly."] in str(burmese_page.body[0].value)
    assert burmese_page.slug == "about"  # synchronized


def test_sync_after_an_english_edit_keeps_unchanged_segments(admin_client, translated, burmese):
    page, burmese_page = translated
    page.intro = "Who we are today"
    page.save_revision().publish()
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=burmese)

    response = admin_client.post(f"/admin/localize/update/{translation.source_id}/", {"publish_translations": "on"})

    assert response.status_code == 302
    synced = ContentPage.objects.get(pk=burmese_page.pk)
    assert synced.title == "အကြောင်း"
    assert STRINGS["We meet monthly."] in str(synced.body[0].value)
    assert synced.intro == "Who we are today"  # the changed segment waits for a translator, in English
    assert StringSegment.objects.filter(source=translation.source, string__data="Who we are today").exists()


def test_po_round_trip(admin_client, translated, burmese):
    page, _burmese_page = translated
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=burmese)

    download = admin_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    po = polib.pofile(download.content.decode("utf-8"))
    assert {entry.msgid: entry.msgstr for entry in po}["Who we are"] == STRINGS["Who we are"]
    for entry in po:
        if entry.msgid == "Who we are":
            entry.msgstr = "ကျွန်ုပ်တို့ကွန်ရက်"
    upload = io.BytesIO(str(po).encode("utf-8"))
    upload.name = "about-my.po"
    response = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload, "next": "/admin/"}, follow=True
    )
    assert "Zawgyi" not in response.content.decode()  # Unicode uploads pass without a warning
    translation.save_target(publish=True)

    assert translation.get_target_instance().get_latest_revision_as_object().intro == "ကျွန်ုပ်တို့ကွန်ရက်"


def test_image_alt_text_and_caption_are_translatable_segments(home, burmese):
    image = ImageFactory()
    page = ContentPageFactory(
        parent=home,
        slug="gallery",
        body=[("image", {"image": image, "alt_text": "MPs in a meeting", "caption": "Bangkok, 2022", "credit": ""})],
    )
    translate_page(home, burmese)
    burmese_page = translate_page(page, burmese, {"MPs in a meeting": "အစည်းအဝေးတွင် လွှတ်တော်ကိုယ်စားလှယ်များ"})
    block = burmese_page.body[0].value
    assert block["alt_text"] == "အစည်းအဝေးတွင် လွှတ်တော်ကိုယ်စားလှယ်များ"
    assert block["image"].pk == image.pk  # the image itself is shared
