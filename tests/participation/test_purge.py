"""purge_personal_data: what is older than the retention goes; public signatures stay."""

import datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from participation.models import JoinRequest, Signatory, Status
from tests.participation.helpers import add_signatory

OLD = timezone.now() - datetime.timedelta(days=800)


def test_old_personal_data_goes_and_recent_or_public_data_stays(statement, countries, home, settings, capsys):
    settings.PERSONAL_DATA_RETENTION_DAYS = 730
    old_approved = add_signatory(statement, "Old Approved", countries["th"], created_at=OLD)
    add_signatory(statement, "Old Pending", countries["th"], status=Status.PENDING, created_at=OLD)
    add_signatory(statement, "Old Rejected", countries["th"], status=Status.REJECTED, created_at=OLD)
    add_signatory(statement, "New Pending", countries["th"], status=Status.PENDING)
    site = home.get_site()
    JoinRequest.objects.create(site=site, name="Old Join", country=countries["mm"], parliament="P", created_at=OLD)
    JoinRequest.objects.create(site=site, name="New Join", country=countries["mm"], parliament="P")

    call_command("purge_personal_data", dry_run=True)
    assert "Would delete 1 join requests and 2 unapproved signatures, and the email of 1" in capsys.readouterr().out
    assert Signatory.objects.count() == 4

    call_command("purge_personal_data")
    assert set(Signatory.objects.values_list("name", flat=True)) == {"Old Approved", "New Pending"}
    assert list(JoinRequest.objects.values_list("name", flat=True)) == ["New Join"]
    old_approved.refresh_from_db()
    assert old_approved.email == "" and old_approved.status == Status.APPROVED


def test_days_can_be_given_on_the_command_line(statement, countries, capsys):
    add_signatory(statement, "Recent", countries["th"], status=Status.REJECTED)
    call_command("purge_personal_data", days=0)
    assert not Signatory.objects.exists()


def test_a_negative_retention_is_refused_and_deletes_nothing(statement, countries):
    add_signatory(statement, "Recent", countries["th"], status=Status.REJECTED)
    with pytest.raises(CommandError, match="0 days or more"):
        call_command("purge_personal_data", days=-1)
    assert Signatory.objects.count() == 1
