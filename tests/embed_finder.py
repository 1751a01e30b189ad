"""An oEmbed finder for the test suite: answers from here, never from the network."""

from wagtail.embeds.finders.base import EmbedFinder


class LocalEmbedFinder(EmbedFinder):
    def accept(self, url):
        return url.startswith("https://video.example.org/")

    def find_embed(self, url, max_width=None, max_height=None):
        return {
            "title": "A test video",
            "type": "video",
            "html": f'<iframe src="{url}/player" title="A test video"></iframe>',
            "width": 640,
            "height": 360,
        }
