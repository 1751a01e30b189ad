"""Share links for a page: plain URLs, no third-party scripts, nothing loaded until clicked."""

from urllib.parse import quote, urlencode

from django.utils.translation import gettext as _


def share_links(url, title):
    """(label, href) pairs for sharing ``url`` with ``title`` by email and social networks."""
    text = f"{title} {url}"
    return [
        (_("Email"), f"mailto:?{urlencode({'subject': title, 'body': url}, quote_via=quote)}"),
        ("X", f"https://x.com/intent/post?{urlencode({'url': url, 'text': title})}"),
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?{urlencode({'u': url})}"),
        ("WhatsApp", f"https://wa.me/?{urlencode({'text': text})}"),
        ("Telegram", f"https://t.me/share/url?{urlencode({'url': url, 'text': title})}"),
    ]
