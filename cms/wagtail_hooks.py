from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms import two_factor
from cms.admin_input import require_uploaded_file
from cms.admin_views import TranslationStatusPanel, translation_status, upload_pofile
from cms.document_access import check_document_access


@hooks.register("register_admin_urls")
def register_admin_urls():
    # The PO upload path is wagtail-localize's own: registered first (the cms app comes
    # before wagtail_localize), this view answers it and adds the Zawgyi notice.
    return [
        path("reports/burmese-translations/", translation_status, name="burmese_translation_status"),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            require_uploaded_file(upload_pofile),
            name="upload_pofile",
        ),
        path("two-factor/", two_factor.setup, name=two_factor.SETUP),
        path("two-factor/verify/", two_factor.verify, name=two_factor.VERIFY),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {"url": reverse(two_factor.SETUP), "label": "Two-factor authentication", "help_text": "Codes from an app"}


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem("Burmese translations", reverse("burmese_translation_status"), icon_name="globe", order=50)


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel())


@hooks.register("insert_global_admin_css")
def burmese_admin_css():
    # Burmese has no italic: the translation editor slants segment text, which harms reading.
    return '<style>[lang="my"], :lang(my) { font-style: normal !important; line-height: 1.8; }</style>'


hooks.register("before_serve_document", check_document_access)
