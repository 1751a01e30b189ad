"""A small library of publications with every kind of filter value, for the listing's tests."""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from publications.models import PublicationDocument
from tests.factories import CountryFactory, PublicationIndexPageFactory, PublicationPageFactory, TopicFactory


def add_document(page, language):
    document = get_document_model()(title=f"{page.title} {language}")
    document.file.save(f"{page.slug}-{language}.pdf", ContentFile(b"%PDF-1.4 " + page.slug.encode()), save=True)
    PublicationDocument.objects.create(page=page, document=document, language=language)


def build_library(home):
    index = PublicationIndexPageFactory(parent=home, slug="publications")
    topics = {
        "prisoners": TopicFactory(slug="political-prisoners", name="Political prisoners"),
        "elections": TopicFactory(slug="elections", name="Elections"),
        "aid": TopicFactory(slug="humanitarian-aid", name="Humanitarian aid"),
    }
    countries = {"mm": CountryFactory(code="mm", name="Myanmar"), "th": CountryFactory(code="th", name="Thailand")}
    rows = [
        ("Release the detained MPs", "statement", "2021-04-20", ["prisoners"], ["mm"], ["en", "my"]),
        ("Elections under martial law are a sham", "statement", "2023-02-01", ["elections"], ["mm"], ["en"]),
        ("Report on detention conditions", "report", "2021-11-15", ["prisoners"], ["mm", "th"], ["en"]),
        ("Aid across the border", "press-release", "2022-09-08", ["aid"], ["th"], ["en", "my"]),
        ("Zero tolerance for executions", "statement", "2022-07-25", ["prisoners", "elections"], ["mm"], ["my"]),
        ("A letter on humanitarian access", "letter", "2021-06-15", ["aid"], [], []),
    ]
    pages = {}
    for title, kind, date, topic_keys, country_keys, languages in rows:
        page = PublicationPageFactory(
            parent=index,
            title=title,
            publication_type=kind,
            date=datetime.date.fromisoformat(date),
            summary=f"Summary of {title.lower()}.",
            topics=[topics[key] for key in topic_keys],
            countries=[countries[key] for key in country_keys],
        )
        for language in languages:
            add_document(page, language)
        pages[title] = page
    return {"index": index, "pages": pages, "topics": topics}
