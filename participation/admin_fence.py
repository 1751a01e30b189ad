"""A fence around every admin URL that names a record of a person.

Wagtail's snippet chooser, its "chosen" view and the bulk action confirmation pages list
objects' names to any admin user, whatever the model's permissions say; so may views added
by later Wagtail versions. Rather than chase each view, every admin request whose path or
query names a personal model (``participation/signatory``, ``participation.signatory``) is
refused unless the user may view that model, which only the Membership group and
superusers may.
"""

from urllib.parse import unquote

from django.core.exceptions import PermissionDenied

from cms.admin_paths import in_admin
from participation.models import JoinRequest, Member, Signatory

PERSONAL_MODELS = (Signatory, JoinRequest, Member)


def personal_model_named_in(text):
    """The personal model ``text`` names as ``app_label/model_name`` or ``app_label.model_name``."""
    text = unquote(text).lower()
    for model in PERSONAL_MODELS:
        app_label, model_name = model._meta.app_label, model._meta.model_name
        if f"{app_label}/{model_name}" in text or f"{app_label}.{model_name}" in text:
            return model
    return None


def may_see(user, model):
    return user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")


class PersonalDataFenceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if in_admin(request) and request.user.is_authenticated:
            model = personal_model_named_in(f"{request.path_info}?{request.META.get('QUERY_STRING', '')}")
            if model is not None and not may_see(request.user, model):
                raise PermissionDenied
        return self.get_response(request)
