from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms import guide, localize_views, page_cache, two_factor
from cms.admin_input import require_uploaded_file
from cms.admin_views import TranslationStatusPanel, translation_status, upload_pofile, works_on_content
from cms.document_access import check_document_access


@hooks.register("register_admin_urls")
def register_admin_urls():
    # Paths under localize/ are wagtail-localize's own: registered first (the cms app comes
    # before wagtail_localize), these views answer them with the project's rules.
    return [
        path("reports/burmese-translations/", translation_status, name="burmese_translation_status"),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            require_uploaded_file(upload_pofile),
            name="upload_pofile",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            localize_views.UpdateTranslationsView.as_view(),
            name="cms_update_translations",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            localize_views.convert_to_alias,
            name="cms_convert_to_alias",
        ),
        path(
            "localize/translate/<int:translation_id>/submit-for-review/",
            localize_views.submit_translation_for_review,
            name="cms_submit_translation_for_review",
        ),
        path(
            "localize/translate/<int:translation_id>/stop/confirm/",
            localize_views.confirm_stop_translation,
            name="cms_confirm_stop_translation",
        ),
        path("guide/", guide.guide_page, name="cms_guide"),
        path("guide/<str:name>.md", guide.guide_page, name="cms_guide_page"),
        path("guide/img/<str:name>.png", guide.guide_image, name="cms_guide_image"),
        path("two-factor/", two_factor.setup, name=two_factor.SETUP),
        path("two-factor/verify/", two_factor.verify, name=two_factor.VERIFY),
    ]


@hooks.register("register_help_menu_item")
def guide_menu_item():
    return MenuItem("Guide for this site", reverse("cms_guide"), icon_name="help", order=900)


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {"url": reverse(two_factor.SETUP), "label": "Two-factor authentication", "help_text": "Codes from an app"}


class ContentMenuItem(MenuItem):
    """Shown to the people who work on content (editors, moderators, translators), not to Membership."""

    def is_shown(self, request):
        return works_on_content(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return ContentMenuItem("Burmese translations", reverse("burmese_translation_status"), icon_name="globe", order=50)


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if works_on_content(request.user):
        panels.append(TranslationStatusPanel())


@hooks.register("insert_global_admin_css")
def burmese_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-burmese.css"))


@hooks.register("insert_global_admin_js")
def burmese_admin_js():
    return format_html('<script src="{}"></script>', static("js/admin-burmese.js"))


hooks.register("before_serve_document", check_document_access)


@hooks.register("before_serve_page")
def allow_page_cache(page, request, serve_args, serve_kwargs):
    """Every public page may be cached for anonymous visitors with the query parameters it reads."""
    page_cache.allow(request, page.page_cache_parameters)
