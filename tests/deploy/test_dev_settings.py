"""Development settings: runserver's threads do not each keep a database connection open."""

import os
import subprocess
import sys

from django.conf import settings

SHOW_MAX_AGE = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.DATABASES['default']['CONN_MAX_AGE'])"
)


def max_age_in_development(**env):
    environment = {key: value for key, value in os.environ.items() if key in {"PATH", "HOME", "LANG"}}
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings.dev")
    result = subprocess.run(  # noqa: S603 (this interpreter, a constant script)
        [sys.executable, "-c", SHOW_MAX_AGE],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_connections_are_not_kept_in_development_unless_asked_for():
    assert max_age_in_development() == "0"
    assert max_age_in_development(DATABASE_CONN_MAX_AGE="30") == "30"
