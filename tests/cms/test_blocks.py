import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.blocks import ImageChooserBlock
from wagtail_factories import ImageFactory

from cms.blocks import CallToActionBlock
from cms.blocks.choosers import KeptImageChooserBlock
from publications.blocks import PAGE_BODY_BLOCKS
from tests.factories import ContentPageFactory, PublicationIndexPageFactory, PublicationPageFactory

VIDEO_URL = "https://www.youtube.com/watch?v=demo"


@pytest.fixture
def embed_in_cache(db):
    """Wagtail looks embeds up in its table before asking a provider: no network needed."""
    return Embed.objects.create(
        hash=get_embed_hash(VIDEO_URL, 800),
        url=VIDEO_URL,
        max_width=800,
        type="video",
        html='<iframe title="Briefing video" src="https://www.youtube.com/embed/demo"></iframe>',
        title="Briefing video",
    )


def test_every_block_renders_in_a_page(client, home, embed_in_cache):
    image = ImageFactory(title="Protest")
    document = get_document_model()(title="Report")
    document.file.save("report.pdf", ContentFile(b"%PDF-1.4 report"), save=True)
    body = [
        ("text", "<h2>Background</h2><p>Some text.</p>"),
        ("image", {"image": image, "alt_text": "Crowd in Yangon", "caption": "February 2021", "credit": "APHR"}),
        ("quote", {"quote": "We stand together.", "attribution": "A member", "role": "MP"}),
        ("call_to_action", {"heading": "Write to us", "button_label": "Email", "email": "a@example.org"}),
        ("figures", {"heading": "In numbers", "figures": [{"value": "300", "label": "signatories"}]}),
        ("documents", {"heading": "Files", "documents": [{"document": document, "title": "", "language": "my"}]}),
        ("embed", {"embed": VIDEO_URL, "caption": "Our briefing"}),
        (
            "relevant_publications",
            {"heading": "More reading", "topics": [], "latest": True, "types": ["report"], "limit": 3},
        ),
    ]
    assert {name for name, _block in PAGE_BODY_BLOCKS} == {name for name, _value in body}
    page = ContentPageFactory(parent=home, slug="blocks", body=body)
    index = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=index, title="A report", publication_type="report")
    PublicationPageFactory(parent=index, title="A letter", publication_type="letter")

    html = client.get(page.url).content.decode()

    assert "<h2>Background</h2>" in html
    assert 'alt="Crowd in Yangon"' in html and "February 2021" in html and "APHR" in html
    assert "We stand together." in html and "A member" in html
    assert '<a class="button" href="mailto:a@example.org">Email</a>' in html
    assert "<dd>300</dd>" in html and "<dt>signatories</dt>" in html
    assert 'hreflang="my" download>Report</a>' in html and "Burmese · PDF" in html
    assert 'src="https://www.youtube.com/embed/demo"' in html and "Our briefing" in html
    assert "More reading" in html and "A report" in html and "A letter" not in html


def test_call_to_action_needs_a_target():
    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"heading": "Join", "button_label": "Go"}))


def test_call_to_action_prefers_page_then_url_then_email(home):
    assert CallToActionBlock.target({"page": home, "url": "https://x.org", "email": "a@b.org"}) == home.url
    assert CallToActionBlock.target({"page": None, "url": "https://x.org", "email": "a@b.org"}) == "https://x.org"
    assert CallToActionBlock.target({"page": None, "url": "", "email": "a@b.org"}) == "mailto:a@b.org"


def test_kept_choosers_give_what_wagtail_gives_without_asking_twice(db, django_assert_num_queries):
    first, second = ImageFactory(title="First"), ImageFactory(title="Second")
    values = [second.pk, None, first.pk, 999_999, second.pk]
    kept, wagtail = KeptImageChooserBlock(), ImageChooserBlock()

    chosen = kept.bulk_to_python(values)
    assert chosen == wagtail.bulk_to_python(values)
    assert chosen[0] is not chosen[4]  # the same image chosen twice is two values
    with django_assert_num_queries(0):
        assert [image.title for image in kept.bulk_to_python([first.pk, second.pk])] == ["First", "Second"]
    assert kept.deconstruct()[0] == "wagtail.images.blocks.ImageChooserBlock"  # migrations see Wagtail's block
