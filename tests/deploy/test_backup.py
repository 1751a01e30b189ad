"""A backup restored into a new database has the same pages, publications, signatures and media."""

import sqlite3
from pathlib import Path

import dj_database_url
import psycopg
import pytest
from django.core.management import call_command
from django.db import connection
from wagtail_factories import ImageFactory

from participation.models import Signatory, Status
from tests.participation.helpers import sign_on_data

COMPARED = {
    "pages": "SELECT id, title, slug, live, locale_id, path FROM wagtailcore_page ORDER BY id",
    "publications": "SELECT page_ptr_id, publication_type, open_for_signatures FROM publications_publicationpage"
    " ORDER BY page_ptr_id",
    "signatures": "SELECT submission_id, name, email, status, statement_id FROM participation_signatory ORDER BY id",
    "images": "SELECT id, title, file FROM wagtailimages_image ORDER BY id",
}


def rows(database, sql):
    if database["ENGINE"].endswith("sqlite3"):
        with sqlite3.connect(database["NAME"]) as raw:
            return [tuple(str(value) for value in row) for row in raw.execute(sql)]
    conninfo = {
        "dbname": database["NAME"],
        "host": database.get("HOST") or None,
        "port": database.get("PORT") or None,
        "user": database.get("USER") or None,
        "password": database.get("PASSWORD") or None,
    }
    with psycopg.connect(**{key: value for key, value in conninfo.items() if value}) as raw:
        return [tuple(str(value) for value in row) for row in raw.execute(sql)]


@pytest.fixture
def new_database(django_db_serialized_rollback, transactional_db, tmp_path):
    """The URL of an empty database of the same engine as the test database."""
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"{settings_dict['NAME']}_restored"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    user = settings_dict.get("USER") or ""
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    yield f"postgres://{user}{password}@{settings_dict['HOST']}:{settings_dict['PORT']}/{name}"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_restored_backup_matches_the_original(statement, new_database, tmp_path, client):
    for name in ("Daw Aye", "U Maung"):
        assert client.post("/en/publications/release/sign/", sign_on_data(name=name)).status_code == 302
    Signatory.objects.filter(name="Daw Aye").update(status=Status.APPROVED)
    image = ImageFactory(title="Banner")
    image_bytes = Path(image.file.path).read_bytes()
    archive = tmp_path / "out"
    call_command("backup", output_dir=str(archive))
    (backup,) = archive.glob("hluttaw-*.tar.gz")

    media = tmp_path / "restored-media"
    call_command("restore", str(backup), database_url=new_database, media_root=str(media), noinput=True)

    restored = dj_database_url.parse(new_database)
    for name, sql in COMPARED.items():
        original = rows(connection.settings_dict, sql)
        assert original, name
        assert rows(restored, sql) == original, name
    assert (media / image.file.name).read_bytes() == image_bytes
