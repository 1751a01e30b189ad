"""The three roles and what they may touch.

- Editors write pages and submit them for moderation (Wagtail's own group: add and
  change on every page, no publish).
- Moderators approve and publish through the "Moderators approval" workflow (Wagtail's
  own group and workflow).
- Translators translate into Burmese: they may submit translations and edit the
  Burmese tree and Burmese taxonomy terms, and nothing in English. The Burmese root
  of each site is granted to them when it is created (``grant_burmese_root``).
"""

from wagtail.permission_policies import ModelPermissionPolicy

from cms.pages import SITE_ROOT_DEPTH

EDITORS, MODERATORS, TRANSLATORS = "Editors", "Moderators", "Translators"
TRANSLATION_LOCALE = "my"
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page")
TRANSLATOR_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("wagtail_localize", "translation", "submit_translation"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "choose_document"),
    ("taxonomy", "topic", "change_topic"),
    ("taxonomy", "country", "change_country"),
]


# Every role's group and the name of its development user; apps add theirs from ``ready()``.
_roles = {EDITORS: "editor", MODERATORS: "moderator", TRANSLATORS: "translator"}


def register_role(group_name, dev_username):
    """Make an app's group known to the commands that work with every role."""
    _roles[group_name] = dev_username


def roles():
    """``{group name: development user name}`` of every role."""
    return dict(_roles)


def grant_permissions(apps, group_name, permissions):
    """Give the group ``(app_label, model, codename)`` permissions, from a migration: the group is
    made if missing, and the permissions too (Django creates them only after migrating)."""
    content_types = apps.get_model("contenttypes", "ContentType").objects
    permission_objects = apps.get_model("auth", "Permission").objects
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=group_name)
    for app_label, model, codename in permissions:
        content_type, _ = content_types.get_or_create(app_label=app_label, model=model)
        permission, _ = permission_objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
        )
        group.permissions.add(permission)
    return group


def is_translator_only(user):
    """A translator who holds no editing role: limited to Burmese content."""
    if user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return TRANSLATORS in names and not names & {EDITORS, MODERATORS}


def grant_burmese_root(page, group_model, permission_model, page_permission_model):
    """Let translators add and change pages under a Burmese site root."""
    if page.depth != SITE_ROOT_DEPTH or page.locale.language_code != TRANSLATION_LOCALE:
        return
    group = group_model.objects.filter(name=TRANSLATORS).first()
    if group is None:
        return
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        permission = permission_model.objects.get(content_type__app_label="wagtailcore", codename=codename)
        page_permission_model.objects.get_or_create(group=group, page_id=page.pk, permission=permission)


def on_page_saved(sender, instance, created, raw=False, **kwargs):
    """A new Burmese root page gives translators their permissions; rows loaded as they are bring their own."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Page

    if created and not raw and isinstance(instance, Page):
        grant_burmese_root(instance, Group, Permission, GroupPagePermission)


class BurmeseOnlyForTranslators(ModelPermissionPolicy):
    """Translatable snippets: translators may change the Burmese terms only."""

    def user_has_permission_for_instance(self, user, action, instance):
        if is_translator_only(user) and instance.locale.language_code != TRANSLATION_LOCALE:
            return False
        return super().user_has_permission_for_instance(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if is_translator_only(user):
            instances = instances.filter(locale__language_code=TRANSLATION_LOCALE)
        return instances
