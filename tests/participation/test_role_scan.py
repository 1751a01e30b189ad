"""Every admin URL that names a personal record, requested as every role.

The URLs come from the URL resolver, not from a list: a Wagtail upgrade that adds a view
for snippets (a new chooser, a report) is scanned as soon as it exists.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.views.bulk_action.registry import bulk_action_registry

from participation.admin_fence import PERSONAL_MODELS
from participation.models import JoinRequest, Member, Signatory, Status
from participation.roles import MEMBERSHIP
from tests.factories import NetworkPageFactory
from tests.participation.helpers import add_signatory, user_in

OTHER_ROLES = ["Editors", "Moderators", "Translators"]
PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>|\(\?P<(?P<regex_name>\w+)>[^)]*\)")


def admin_routes(resolver=None, prefix=""):
    """Every route under the admin, as text such as ``admin/snippets/participation/signatory/edit/<str:pk>/``."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern).lstrip("^").rstrip("$").replace("\\/", "/")
        if isinstance(entry, URLResolver):
            yield from admin_routes(entry, route)
        elif isinstance(entry, URLPattern) and route.startswith("admin/"):
            yield route


def names_personal_model(route, model):
    """A route for ``model``: it names it, or takes any model by ``app_label`` and ``model_name``."""
    label = f"{model._meta.app_label}/{model._meta.model_name}/"
    return label in route or ("app_label>" in route and "model_name>" in route)


def fill(route, model, record):
    """The route with its parameters filled: the model's names and the record's id."""
    values = {"app_label": model._meta.app_label, "model_name": model._meta.model_name}

    def value(match):
        name = match.group("name") or match.group("regex_name")
        return str(values.get(name, record.pk))

    return "/" + PARAMETER.sub(value, route)


def urls_for(model, record):
    urls = set()
    for route in admin_routes():
        if not names_personal_model(route, model):
            continue
        if "<str:action>" in route:
            actions = bulk_action_registry.get_bulk_actions_for_model(model._meta.app_label, model._meta.model_name)
            for action in actions:
                url = fill(route.replace("<str:action>", action.action_type), model, record)
                urls.update({f"{url}?id={record.pk}", f"{url}?id=all"})
        else:
            urls.add(fill(route, model, record))
            urls.add(fill(route, model, record) + f"?id={record.pk}&q={record.name.split()[0]}")
    return sorted(urls)


@pytest.fixture
def people(statement, countries, home):
    network = NetworkPageFactory(parent=home, slug="network")
    return {
        JoinRequest: JoinRequest.objects.create(
            site=home.get_site(), name="Secret Joiner", country=countries["mm"], parliament="Pyithu Hluttaw",
            email="joiner@example.org",
        ),
        Member: Member.objects.create(
            network=network, name="Secret Member", parliament="Shan State Hluttaw", email="member@example.org"
        ),
        Signatory: add_signatory(
            statement, "Secret Signer", countries["th"], status=Status.PENDING, email="signer@example.org"
        ),
    }  # fmt: skip


def secrets_in(body):
    return [word for word in ("Secret", "joiner@", "member@", "signer@") if word in body]


def superuser():
    return get_user_model().objects.create_superuser("root", "root@example.org", "pw")


def test_the_scan_covers_choosers_chosen_views_bulk_actions_history_and_usage(people):
    urls = [url for model in PERSONAL_MODELS for url in urls_for(model, people[model])]
    joined = "\n".join(urls)
    for part in ("/snippets/choose/", "/chosen/", "/bulk/", "/delete/?id=", "/history/", "/usage/", "/approve/"):
        assert part in joined, part
    assert len(urls) > 40


@pytest.mark.parametrize("group", OTHER_ROLES)
def test_other_roles_never_see_a_name_on_any_admin_url_of_people(client, people, group):
    client.force_login(user_in(group))
    leaks = []
    for model in PERSONAL_MODELS:
        for url in urls_for(model, people[model]):
            response = client.get(url)
            body = response.content.decode(errors="replace") if not response.streaming else ""
            if response.status_code not in (403, 404) or secrets_in(body):
                leaks.append((url, response.status_code, secrets_in(body)))
    assert leaks == []


def test_anonymous_visitors_are_sent_to_the_login_page(client, people):
    for model in PERSONAL_MODELS:
        for url in urls_for(model, people[model]):
            response = client.get(url)
            assert response.status_code in (302, 404), url
            if response.status_code == 302:
                assert response["Location"].startswith("/admin/login/"), url


@pytest.mark.parametrize("who", [MEMBERSHIP, "superuser"])
def test_membership_and_superusers_reach_every_url_without_an_error(client, people, who):
    client.force_login(superuser() if who == "superuser" else user_in(MEMBERSHIP))
    seen = set()
    for model in PERSONAL_MODELS:
        for url in urls_for(model, people[model]):
            response = client.get(url)
            assert response.status_code < 500, url
            if response.status_code == 200 and not response.streaming:
                seen.update(secrets_in(response.content.decode()))
    assert "Secret" in seen


def test_an_editor_cannot_delete_people_through_the_bulk_delete_post(client, people):
    client.force_login(user_in("Editors"))
    signatory = people[Signatory]
    response = client.post(f"/admin/bulk/participation/signatory/delete/?id={signatory.pk}")
    assert response.status_code == 403
    assert Signatory.objects.filter(pk=signatory.pk).exists()
