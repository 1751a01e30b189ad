"""Form data and records for the participation tests."""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from participation.models import Signatory, Status


def user_in(group_name):
    user = get_user_model().objects.create_user(group_name.lower(), f"{group_name.lower()}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def sign_on_data(**changes):
    data = {
        "honorific": "Hon.",
        "name": "Aung Aung",
        "country": "th",
        "parliament": "House of Representatives",
        "party": "Independent",
        "role": "Member",
        "email": "aung@example.org",
        "consent_to_list": "on",
        "confirm": "on",
        "submission_id": str(uuid.uuid4()),
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def join_data(**changes):
    data = sign_on_data(confirm=None, consent_to_list=None, phone="+95 9 123 456", message="I would like to join.")
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def add_signatory(statement, name, country, status=Status.APPROVED, consent=True, **fields):
    return Signatory.objects.create(
        statement=statement,
        name=name,
        country=country,
        parliament=fields.pop("parliament", "Parliament"),
        email=fields.pop("email", f"{name.split()[0].lower()}@example.org"),
        status=status,
        consent_to_list=consent,
        **fields,
    )
