from django.core.exceptions import PermissionDenied
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet, SnippetViewSetGroup

from cms.roles import TRANSLATION_LOCALE, BurmeseOnlyForTranslators, is_translator_only
from taxonomy.models import Country, Topic


class TermEditView(EditView):
    """Checks the term itself, not only its model: translators may change Burmese terms only."""

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission_for_instance(request.user, "change", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TermIndexView(IndexView):
    """Translators list the Burmese terms they may change; the status report leads to the rest."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if is_translator_only(self.request.user):
            queryset = queryset.filter(locale__language_code=TRANSLATION_LOCALE)
        return queryset


class TermViewSet(SnippetViewSet):
    edit_view_class = TermEditView
    index_view_class = TermIndexView
    index_results_view_class = TermIndexView
    search_fields = ["name"]


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]


class CountryViewSet(TermViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "code", "locale"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, CountryViewSet)
    menu_icon = "tag"
    menu_label = "Taxonomy"
    menu_name = "taxonomy"


for taxonomy in (Topic, Country):
    register_permission_policy(taxonomy, BurmeseOnlyForTranslators(taxonomy))
register_snippet(TaxonomyViewSetGroup)
