"""Backups: the database and the media folder in one archive, and back again.

PostgreSQL is dumped with ``pg_dump --format=custom`` (restored with ``pg_restore``),
SQLite copied with its online backup API, so both are consistent while the site runs.
Media in object storage (S3) are not in the archive: the bucket keeps its own versions.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import dj_database_url
from django.conf import settings
from django.db import connections

POSTGRES = "django.db.backends.postgresql"
SQLITE = "django.db.backends.sqlite3"
DUMPS = {POSTGRES: "database.dump", SQLITE: "database.sqlite3"}
MANIFEST = "manifest.json"


def create(output_dir):
    """Write ``hluttaw-<time>.tar.gz`` into ``output_dir``; returns its path."""
    database = settings.DATABASES["default"]
    engine = _engine(database)
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    archive = output_dir / f"hluttaw-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / DUMPS[engine]
        _dump(engine, database, dump)
        manifest = Path(work) / MANIFEST
        manifest.write_text(json.dumps({"engine": engine, "created": stamp, "database": dump.name}))
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(manifest, MANIFEST)
            tar.add(dump, dump.name)
            if Path(settings.MEDIA_ROOT).is_dir():
                tar.add(settings.MEDIA_ROOT, "media")
    return archive


def restore(archive, database_url=None, media_root=None):
    """Load ``archive`` into the database (``database_url``, else the site's own) and its media."""
    database = dj_database_url.parse(database_url) if database_url else settings.DATABASES["default"]
    engine = _engine(database)
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
        tar.extractall(work, filter="data")
        manifest = json.loads((Path(work) / MANIFEST).read_text())
        if manifest["engine"] != engine:
            raise ValueError(f"The archive holds a {manifest['engine']} database; the target is {engine}.")
        connections.close_all()
        _load(engine, database, Path(work) / manifest["database"])
        media = Path(work) / "media"
        if media.is_dir():
            shutil.copytree(media, media_root or settings.MEDIA_ROOT, dirs_exist_ok=True)


def _engine(database):
    engine = database["ENGINE"].replace("postgresql_psycopg2", "postgresql")
    if engine not in DUMPS:
        raise ValueError(f"Backups support PostgreSQL and SQLite, not {engine}.")
    return engine


def _dump(engine, database, path):
    if engine == SQLITE:
        with sqlite3.connect(database["NAME"]) as source, sqlite3.connect(path) as target:
            source.backup(target)
        return
    _postgres("pg_dump", database, "--format=custom", "--no-owner", "--no-privileges", f"--file={path}")


def _load(engine, database, path):
    if engine == SQLITE:
        with sqlite3.connect(path) as source, sqlite3.connect(database["NAME"]) as target:
            source.backup(target)
        return
    _postgres("pg_restore", database, "--clean", "--if-exists", "--no-owner", "--no-privileges", str(path))


def _postgres(program, database, *arguments):
    """Run a PostgreSQL client against ``database``; the password goes by environment, not argument."""
    environment = {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}
    command = [program, f"--dbname={database['NAME']}", *arguments]
    if database.get("HOST"):
        command.append(f"--host={database['HOST']}")
    if database.get("PORT"):
        command.append(f"--port={database['PORT']}")
    if database.get("USER"):
        command.append(f"--username={database['USER']}")
    subprocess.run(command, env=environment, check=True, capture_output=True)  # noqa: S603 - fixed programs
