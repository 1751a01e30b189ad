"""Searching the index: a visitor's text to conditions, ranked matches and highlighted snippets.

Every query is data, never syntax: quotes make a phrase, the last word (unless
followed by a space) also matches as the start of a word, and everything else is a
word to find. ``OR``, ``*`` or ``NEAR(`` are just text. All words must match.
"""

import hashlib
import re
from dataclasses import dataclass

from django.db.models import F
from django.utils.html import escape
from django.utils.safestring import mark_safe

from cms.text import MAX_QUERY_LENGTH, clean_text
from cms.zawgyi import check
from search import fulltext
from search.segmentation import BOUNDARY, is_burmese, normalize, tokens

MAX_TERMS = 12
SNIPPET_LENGTH = 220
PHRASE = re.compile(r'"([^"]*)"?')


@dataclass(frozen=True)
class Term:
    """One thing a document must contain: a sequence of tokens, or with ``prefix`` a word's start."""

    words: tuple
    stems: tuple
    prefix: bool = False

    @classmethod
    def of(cls, pairs, prefix=False):
        return cls(tuple(word for word, _stem in pairs), tuple(stem for _word, stem in pairs), prefix)

    def pattern(self):
        """A regular expression finding this term in the text, for highlighting."""
        pieces = [
            re.escape(word) if is_burmese(word) else rf"\b(?:{re.escape(word)}|{re.escape(stem)})\w*"
            for word, stem in zip(self.words, self.stems, strict=True)
        ]
        # Syllables of one Burmese word may be split by spaces only; English words also by punctuation.
        return (r"\s*" if all(map(is_burmese, self.words)) else r"[\s\W]*").join(pieces)


@dataclass(frozen=True)
class Query:
    text: str
    terms: tuple
    converted_from_zawgyi: bool = False

    def __bool__(self):
        return bool(self.terms)

    @property
    def digest(self):
        """A short name of what this query matches, for cache keys."""
        return hashlib.sha256(repr(self.terms).encode()).hexdigest()[:32]


def clean(text):
    """The visitor's text without control characters, whitespace collapsed, at most 200 characters."""
    return clean_text(normalize(text or ""))[:MAX_QUERY_LENGTH]


def parse(raw):
    """The query a visitor typed, Zawgyi converted to Unicode."""
    result = check(clean(raw))
    text = result.text
    typing = not (raw or "").endswith((" ", '"'))
    terms = []
    position = 0
    for match in PHRASE.finditer(text):
        terms += _word_terms(text[position : match.start()], typing=False)
        terms += [Term.of(group) for group in _groups(tokens(match.group(1)))]
        position = match.end()
    terms += _word_terms(text[position:], typing=typing)
    return Query(
        text=text, terms=tuple(dict.fromkeys(terms))[:MAX_TERMS], converted_from_zawgyi=text != result.original
    )


def _word_terms(text, typing):
    """A term per space-separated word; a Burmese word is its syllable sequence."""
    terms = []
    words = text.split()
    for number, chunk in enumerate(words):
        last_typed = typing and number == len(words) - 1
        for group in _groups(tokens(chunk)):
            if all(is_burmese(word) for word, _stem in group):
                terms.append(Term.of(group))
                continue
            for index, pair in enumerate(group):
                prefix = last_typed and index == len(group) - 1 and not is_burmese(pair[0])
                terms.append(Term.of([pair], prefix))
    return terms


def _groups(pairs):
    """The tokens split at boundaries (punctuation), empty groups left out."""
    groups = [[]]
    for pair in pairs:
        if pair[0] == BOUNDARY:
            groups.append([])
        else:
            groups[-1].append(pair)
    return [group for group in groups if group]


def matching(entries, query):
    """``entries`` holding every term of ``query``, best first by the database's full-text rank."""
    found = fulltext.matching(entries, query.terms)
    return found.order_by("-score", F("date").desc(nulls_last=True), "pk")


def snippet(text, query, length=SNIPPET_LENGTH):
    """An excerpt of ``text`` around the first match, HTML-escaped, matches in ``<mark>``."""
    if not query:
        return escape(text[:length])
    pattern = re.compile("|".join(f"(?:{term.pattern()})" for term in query.terms), re.IGNORECASE)
    first = pattern.search(text)
    start = 0 if first is None else max(0, first.start() - length // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space > start - 20 else start
    excerpt = text[start : start + length]
    parts, position = [], 0
    for match in pattern.finditer(excerpt):
        if match.end() == match.start():
            continue
        parts += [escape(excerpt[position : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        position = match.end()
    parts.append(escape(excerpt[position:]))
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)
