"""Wagtail's "Add documents" and "Add images" pages upload several files at once through our forms."""

import io
import json

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.factories import user_in


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def test_documents_and_images_upload_several_at_once(client, db):
    client.force_login(user_in("Editors"))
    for name in ("briefing-en.pdf", "briefing-my.pdf"):
        response = client.post(
            "/admin/documents/multiple/add/",
            {"files[]": SimpleUploadedFile(name, b"%PDF-1.4 text", "application/pdf"), "title": f"Briefing\x07 {name}"},
        )
        assert response.status_code == 200 and json.loads(response.content)["success"], response.content[:300]
    assert sorted(get_document_model().objects.values_list("title", flat=True)) == [
        "Briefing briefing-en.pdf",
        "Briefing briefing-my.pdf",
    ]
    response = client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("dot.png", png(), "image/png")}
    )
    assert response.status_code == 200 and json.loads(response.content)["success"]
    assert get_image_model().objects.filter(title="dot.png").exists()
