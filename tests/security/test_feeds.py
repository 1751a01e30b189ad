"""Feeds hold whatever is stored: a control character in a summary does not break them."""

from publications.models import PublicationPage
from tests.factories import PublicationIndexPageFactory, PublicationPageFactory


def test_a_vertical_tab_in_a_summary_leaves_rss_and_atom_working(client, home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    page = PublicationPageFactory(parent=index, title="Report\x0c one", slug="report")
    PublicationPage.objects.filter(pk=page.pk).update(summary="Line\x0bbreak \x01here")
    page.save_revision().publish()
    PublicationPage.objects.filter(pk=page.pk).update(summary="Line\x0bbreak \x01here")
    for feed in ("rss", "atom"):
        response = client.get(f"/en/publications/feed/{feed}/")
        assert response.status_code == 200
        body = response.content.decode()
        assert "Linebreak here" in body and "\x0b" not in body
