"""Search judged by hand-made cases whose answers were written down, not computed.

``test_relevance`` measures precision and recall with a syllable rule of its own; these
cases check the index against answers a Burmese reader gives without any tokenizer:
words that share consonants but not vowels (the false positives of a consonant-only
index), words inside a space-free phrase (the misses of a whole-phrase index), English
word forms, prefixes and phrases.
"""

import pytest

from cms.translation import translate_page
from search.results import search_site
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

BURMESE_PAGES = {
    "battle": "တိုက်ပွဲများ ပြင်းထန်လာသည်",  # the fighting grew fierce
    "students": "ကျောင်းသားများ အစည်းအဝေးသို့ တက်ရောက်ကြသည်",  # students attended the meeting
    "literature": "မြန်မာစာပေ ဆွေးနွေးပွဲ",  # a discussion of Myanmar literature
    "war": "စစ်ရှောင်ပြည်သူများ",  # people fleeing the war
    "country": "မြန်မာနိုင်ငံ ဒီမိုကရေစီ",  # Myanmar, democracy
}
BURMESE_CASES = [
    ("တိုက်", {"battle"}),  # not တက် (attend): same consonant, other vowel
    ("တက်ရောက်", {"students"}),
    ("စာ", {"literature"}),  # not စစ် (war)
    ("စာပေ", {"literature"}),
    ("ဆွေးနွေး", {"literature"}),  # inside the space-free ဆွေးနွေးပွဲ
    ("မြန်မာ", {"literature", "country"}),
    ("နိုင်ငံ", {"country"}),  # inside မြန်မာနိုင်ငံ
    ("ပြည်သူ", {"war"}),
    ("ပွဲ", {"battle", "literature"}),
    ("ရေစီ", {"country"}),
    ("လွှတ်တော်", set()),  # parliament: on no page
]

ENGLISH_PAGES = {
    "elected": "Women elected in 2020 met in exile.",
    "rights": "A statement on human rights and the rule of law.",
    "humans": "The rights of humans under military rule.",
    "democracy": "Support for democracy in the region.",
}
ENGLISH_CASES = [
    ("elections", {"elected"}),  # another form of the same word
    ("democ", {"democracy"}),  # the last word matches as the start of a word
    ('"human rights"', {"rights"}),  # a phrase: words next to each other, in order
    ("human rights", {"rights", "humans"}),  # all words, anywhere
    ("military", {"humans"}),
    ("parliament", set()),
]


def make_pages(root, texts):
    pages = {}
    for key, text in texts.items():
        page = ContentPageFactory(parent=root, slug=f"case-{key}", title=key, intro=text)
        page.save_revision().publish()
        pages[page.pk] = key
    return pages


def found(root, pages, query):
    """The cases' pages the search finds (the site's home page, made by a factory, is left aside)."""
    hits = search_site(root, query).entries.values_list("page_id", flat=True)
    return {pages[page_id] for page_id in hits if page_id in pages}


def test_burmese_answers(home, burmese):
    root = translate_page(home, burmese)
    # Titles are Latin keys so that only the Burmese text decides.
    pages = make_pages(root, BURMESE_PAGES)
    for query, expected in BURMESE_CASES:
        assert found(root, pages, query) == expected, query


def test_english_answers(home):
    pages = make_pages(home, ENGLISH_PAGES)
    for query, expected in ENGLISH_CASES:
        assert found(home, pages, query) == expected, query
