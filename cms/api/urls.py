"""Routes of the content API, mounted at /api/v2/ outside the language prefix.

The router names every app: the shared endpoints come from ``cms.api.views``, the
rest from each app's ``api`` module.
"""

from django.urls import path, re_path

from cms.api import views
from participation import api as participation_api
from publications import api as publications_api
from search import api as search_api

app_name = "api"
urlpatterns = [
    path("pages/", views.pages, name="pages"),
    path("pages/find/", views.find, name="find"),
    path("pages/<int:pk>/", views.page, name="page"),
    path("pages/<int:pk>/signatories/", participation_api.signatories, name="signatories"),
    path("images/", views.images, name="images"),
    path("images/<int:pk>/", views.image, name="image"),
    path("documents/", views.documents, name="documents"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("publications/", publications_api.publications, name="publications"),
    path("search/", search_api.search, name="search"),
    path("sites/", views.site_list, name="sites"),
    path("sites/<int:pk>/", views.site, name="site"),
    path("preview/", views.preview, name="preview"),
    path("schema/", views.schema, name="schema"),
    path("", views.schema_browser, name="browser"),
    # Anything else under /api/ is a JSON 404, never a redirect to /en/api/….
    re_path(r"", views.not_found_view),
]
