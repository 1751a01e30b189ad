"""The search page of each site and locale: /en/search/?q=…, /my/search/?q=…"""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms import page_cache
from cms.languages import known_locale
from cms.pages import localized_root
from cms.pagination import page_links
from cms.routing import find_site
from cms.text import MAX_QUERY_LENGTH
from search.query import snippet
from search.results import KIND_LABELS, RankedPages, search_site, shown

RESULTS_PER_PAGE = 10


class SearchForm(forms.Form):
    """Never invalid: a long query is shortened (and said so), an unknown type is ignored."""

    q = forms.CharField(label=_("Search"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False, choices=[("", _("All")), *KIND_LABELS.items()])

    def query(self):
        return self.data.get("q", "")

    def kind(self):
        return self.data.get("type") if self.data.get("type") in KIND_LABELS else ""


def search_root(request):
    """The current site's home page in the active language, or a 404."""
    site = find_site(request)
    locale = known_locale(translation.get_language())
    root = None
    if site is not None and locale is not None:
        root = localized_root(site, locale)
    if root is None:
        raise Http404("This site has no home page in this language.")
    return root


def search_page(request):
    page_cache.allow(request, ("q", "type", "page"))
    root = search_root(request)
    form = SearchForm(request.GET)
    kind = form.kind()
    result = search_site(root, form.query(), kind)
    page_obj = Paginator(RankedPages(result), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    hits = [
        {"entry": entry, "url": page.get_url(request), "snippet": snippet(entry.text, result.query)}
        for entry, page in shown(page_obj.object_list)
    ]

    def url_for(number, chosen_kind=kind):
        pairs = [("q", result.query.text)] + ([("type", chosen_kind)] if chosen_kind else [])
        return f"{request.path}?{urlencode(pairs + ([('page', number)] if number > 1 else []))}"

    context = {
        "root": root,
        "form": form,
        "query": result.query,
        "shortened": len(form.query().strip()) > MAX_QUERY_LENGTH,
        "hits": hits,
        "page_obj": page_obj,
        "page_links": page_links(page_obj, url_for),
        "facets": [dict(facet, url=url_for(1, facet["value"])) for facet in result.facets(kind)],
        "all_url": url_for(1, ""),
        "total": sum(result.counts.values()),
        "kind": kind,
    }
    return render(request, "search/search_page.html", context)
