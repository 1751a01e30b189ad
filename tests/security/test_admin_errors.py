"""Malformed admin requests are answered with a 4xx or a form error, never a 500."""

import io

import pytest
from PIL import Image
from wagtail.images import get_image_model
from wagtail_localize.models import Translation

from cms.translation import translate_page
from tests.factories import ContentPageFactory


@pytest.mark.parametrize("query", ["id=x", "id=1&id=%00", "id=all&childOf=x", "id=99999999999999999999999"])
def test_bulk_actions_with_ids_that_are_not_ids_are_a_400(admin_client, home, query):
    for path in ("/admin/bulk/wagtailcore/page/delete/", "/admin/bulk/participation/signatory/approve/"):
        response = admin_client.get(f"{path}?{query}")
        assert response.status_code in (400, 404), (path, query)


def test_a_bulk_action_with_real_ids_still_works(admin_client, home):
    response = admin_client.get(f"/admin/bulk/wagtailcore/page/unpublish/?id={home.pk}")
    assert response.status_code == 200


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "red").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_truncated_png_is_a_form_error(admin_client, db):
    upload = io.BytesIO(png_bytes()[:200])
    upload.name = "broken.png"
    response = admin_client.post("/admin/images/add/", {"title": "Broken", "file": upload})
    assert response.status_code == 200
    assert "damaged or incomplete" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_a_whole_png_uploads(admin_client, db):
    upload = io.BytesIO(png_bytes())
    upload.name = "whole.png"
    assert admin_client.post("/admin/images/add/", {"title": "Whole", "file": upload}).status_code == 302
    assert get_image_model().objects.filter(title="Whole").exists()


def test_a_po_upload_without_a_file_says_so(admin_client, home, burmese):
    page = ContentPageFactory(parent=home, title="About", slug="about")
    translate_page(home, burmese)
    translate_page(page, burmese, {})
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=burmese)
    response = admin_client.post(f"/admin/localize/translate/{translation.pk}/pofile/upload/", {}, follow=True)
    assert response.status_code == 200
    assert "Choose a file to upload first." in response.content.decode()
