"""A campaign taking join requests (the statement and countries come from tests/conftest.py)."""

import pytest

from tests.factories import CampaignPageFactory


@pytest.fixture
def campaign(home, countries):
    page = CampaignPageFactory(parent=home, slug="campaign", accept_join_requests=True)
    page.save_revision().publish()
    return page
