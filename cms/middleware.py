"""Middleware of the project."""

from django.middleware.locale import LocaleMiddleware


class ContentLocaleMiddleware(LocaleMiddleware):
    """Django's locale middleware, except that it leaves the content API alone.

    Django answers a 404 on an unprefixed path by redirecting to ``/en/<path>`` when
    that resolves, and the page catch-all resolves everything: an API 404 would
    become a redirect to an HTML page. The API is outside the language prefix and
    its 404s stay JSON.
    """

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)
