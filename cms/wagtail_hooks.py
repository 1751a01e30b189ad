from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.admin_views import TranslationStatusPanel, translation_status


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("reports/burmese-translations/", translation_status, name="burmese_translation_status")]


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
