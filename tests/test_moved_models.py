"""Topics and countries moved to ``taxonomy``, members to ``participation``: with every row and link.

The demo content is loaded, the database migrated back to before the move and forward
again; every moved row, every link to one and the groups' permissions come out as they
went in.
"""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from participation.models import JoinRequest, Member, Signatory
from publications.models import PublicationPage
from taxonomy.models import Country, Topic
from tests.demo_data import load_demo_rows

BEFORE_THE_MOVE = [
    ("publications", "0003_publicationpage_open_for_signatures"),
    ("network", "0003_members_protect_their_network"),
    ("participation", "0003_signatures_on_the_default_language"),
    ("home", "0004_campaignpage_accept_join_requests"),
    ("taxonomy", None),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def snapshot():
    """Every moved row and every link to one, by id."""
    return {
        "topics": sorted(Topic.objects.values_list("pk", "slug", "name", "locale_id", "translation_key")),
        "countries": sorted(Country.objects.values_list("pk", "code", "name", "locale_id", "translation_key")),
        "members": sorted(Member.objects.values_list("pk", "name", "network_id", "consent_to_list", "email")),
        "publication topics": sorted(
            PublicationPage.topics.through.objects.values_list("publicationpage_id", "topic_id")
        ),
        "publication countries": sorted(
            PublicationPage.countries.through.objects.values_list("publicationpage_id", "country_id")
        ),
        "signatory countries": sorted(Signatory.objects.values_list("pk", "country_id")),
        "join request countries": sorted(JoinRequest.objects.values_list("pk", "country_id")),
        "grants": sorted(
            Group.objects.filter(permissions__content_type__model__in=["topic", "country", "member"]).values_list(
                "name", "permissions__content_type__app_label", "permissions__codename"
            )
        ),
    }


def table_rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608 - fixed names
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_move_keeps_every_row_and_link():
    load_demo_rows()
    before = snapshot()
    assert before["topics"] and before["members"] and before["publication topics"] and before["signatory countries"]
    assert ("Membership", "participation", "view_member") in before["grants"]
    assert ("Translators", "taxonomy", "change_topic") in before["grants"]

    migrate(BEFORE_THE_MOVE)
    try:
        assert table_rows("publications_topic") == len(before["topics"])
        assert table_rows("publications_country") == len(before["countries"])
        assert table_rows("network_member") == len(before["members"])
    finally:
        migrate(latest())

    after = snapshot()
    assert after == before
