"""The Membership group: the only people who see submissions and member records.

Editors, moderators and translators hold none of these permissions, so the admin's
Membership menu, listings, exports and bulk actions refuse them.
"""

MEMBERSHIP = "Membership"
MEMBERSHIP_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    *[("participation", "signatory", f"{action}_signatory") for action in ("add", "change", "delete", "view")],
    *[("participation", "joinrequest", f"{action}_joinrequest") for action in ("change", "delete", "view")],
    *[("participation", "member", f"{action}_member") for action in ("add", "change", "delete", "view")],
]


def create_membership_group(apps):
    """Make the group with its permissions (from a migration: permissions may not exist yet)."""
    content_types = apps.get_model("contenttypes", "ContentType").objects
    permissions = apps.get_model("auth", "Permission").objects
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=MEMBERSHIP)
    for app_label, model, codename in MEMBERSHIP_PERMISSIONS:
        content_type, _ = content_types.get_or_create(app_label=app_label, model=model)
        permission, _ = permissions.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
        )
        group.permissions.add(permission)
    return group
