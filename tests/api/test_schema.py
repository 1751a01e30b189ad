"""The OpenAPI document: valid, browsable, and true: generated requests never get a 5xx or an undocumented answer."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from cms.api.schema import openapi_document

pytestmark = pytest.mark.django_db

schema = schemathesis.openapi.from_dict(openapi_document())
schema.app = WSGIHandler()


@pytest.fixture
def in_test_transaction():
    """Requests through the WSGI handler would close the test's connection; keep it, as Django's client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_the_document_is_valid_openapi(client):
    response = client.get("/api/v2/schema/")

    assert response.status_code == 200
    document = response.json()
    validate(document)
    assert document["openapi"].startswith("3.1")
    operations = set(document["paths"])
    for endpoint in ("pages/", "pages/{id}/", "pages/find/", "images/", "documents/", "publications/", "sites/"):
        assert f"/api/v2/{endpoint}" in operations


def test_every_page_type_has_a_content_schema():
    from wagtail.models import Page, get_page_models

    variants = openapi_document()["components"]["schemas"]["PageDetail"]["oneOf"]
    assert {variant["title"] for variant in variants} == {
        model._meta.label for model in get_page_models() if model is not Page
    }


def test_the_browsable_page_lists_every_endpoint(client):
    response = client.get("/api/v2/")

    assert response.status_code == 200
    html = response.content.decode()
    for path in openapi_document()["paths"]:
        assert f"<code>{path}</code>" in html
    assert 'href="/api/v2/schema/"' in html


@schema.parametrize()
@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_generated_requests_get_documented_answers(case, content, in_test_transaction):
    case.call_and_validate(
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    )
