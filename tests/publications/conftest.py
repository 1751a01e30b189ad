import pytest

from tests.factories import make_home
from tests.module_data import fresh, references, rolled_back
from tests.publications.library import build_library


@pytest.fixture(scope="module")
def built_library(django_db_setup, django_db_blocker):
    """The library (tests/publications/library.py), built once per module (see tests/module_data.py)."""
    with rolled_back(django_db_blocker):
        yield references(build_library(make_home("home-library")))


@pytest.fixture
def library(db, built_library):
    return fresh(built_library)
