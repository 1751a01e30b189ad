"""Steps migrations share: moving a model from one app to another without copying rows."""

from django.db import migrations


def move_content_type(old_app, new_app, model):
    """A reversible step giving ``model``'s content type the app label ``new_app``.

    Permissions, groups' grants, log entries, translation sources and search entries
    point to the content type, so they follow the model. Where the new content type
    exists already (a migration granted its permissions first), the old one's
    permissions and their grants are merged into it and the old one is left for
    ``remove_stale_contenttypes``, since deleting it would cascade to what points to it.
    """

    def forward(apps, schema_editor):
        _relabel(apps, old_app, new_app, model)

    def backward(apps, schema_editor):
        _relabel(apps, new_app, old_app, model)

    return migrations.RunPython(forward, backward)


def _relabel(apps, source, target, model):
    content_types = apps.get_model("contenttypes", "ContentType").objects
    permissions = apps.get_model("auth", "Permission").objects
    old = content_types.filter(app_label=source, model=model).first()
    if old is None:
        return
    new = content_types.filter(app_label=target, model=model).first()
    if new is None:
        old.app_label = target
        old.save(update_fields=["app_label"])
        return
    for permission in permissions.filter(content_type=old):
        kept = permissions.filter(content_type=new, codename=permission.codename).first()
        if kept is None:
            permission.content_type = new
            permission.save(update_fields=["content_type"])
        else:
            kept.group_set.add(*permission.group_set.all())
            kept.user_set.add(*permission.user_set.all())
