"""Measuring Burmese search: precision and recall of syllable queries over real and generated text.

Truth is read from the raw text, not from the index: a page contains a query when
the query's characters occur in its title or text (spaces ignored) starting and
ending at syllable boundaries, and not across a ။ or other punctuation. Precision
asks that every hit contains the query, recall that every page containing it is
found. Plain substring recall is reported too: a query such as ``ဆ`` also occurs
inside the syllables ``ဆို`` or ``ဆန္ဒ``, which a syllable search rightly does not find.
"""

import random
import re
from dataclasses import dataclass, field

from search.results import search_site, site_entries
from search.segmentation import is_burmese, starts_syllable_at, tokens


@dataclass
class Report:
    queries: int
    hits: int = 0
    correct_hits: int = 0
    expected: int = 0
    found: int = 0
    substring_expected: int = 0
    substring_found: int = 0
    failures: list = field(default_factory=list)

    @property
    def precision(self):
        return self.correct_hits / self.hits if self.hits else 1.0

    @property
    def recall(self):
        return self.found / self.expected if self.expected else 1.0

    @property
    def substring_recall(self):
        return self.substring_found / self.substring_expected if self.substring_expected else 1.0


def burmese_syllables(text):
    return [word for word, _stem in tokens(text) if is_burmese(word)]


def syllable_inventory(texts):
    """Every Burmese syllable of ``texts``, in a stable order."""
    found = {}
    for text in texts:
        for syllable in burmese_syllables(text):
            found.setdefault(syllable, None)
    return list(found)


def generated_texts(count, inventory, seed=1):
    """``count`` Burmese texts of random syllables of ``inventory``: phrases of 2–6 syllables split by spaces."""
    rng = random.Random(seed)  # noqa: S311  (seeded: the same sample every run)
    texts = []
    for _ in range(count):
        phrases = ["".join(rng.choices(inventory, k=rng.randint(2, 6))) for _ in range(rng.randint(6, 20))]
        texts.append(" ".join(phrases))
    return texts


def sample_queries(texts, count, seed=1):
    """Queries of 1–4 consecutive syllables cut from the texts, and a tenth made of syllables in no text order."""
    rng = random.Random(seed)  # noqa: S311  (seeded: the same sample every run)
    sequences = [syllables for syllables in map(burmese_syllables, texts) if syllables]
    queries = []
    while len(queries) < count:
        syllables = rng.choice(sequences)
        if len(queries) % 10 == 9:
            queries.append("".join(rng.sample(syllables, k=min(3, len(syllables)))))
            continue
        length = rng.randint(1, 4)
        start = rng.randrange(max(1, len(syllables) - length + 1))
        queries.append("".join(syllables[start : start + length]))
    return queries


def _without_spaces(text):
    """Spaces removed, line breaks kept: words may be spaced apart, paragraphs stay apart."""
    return re.sub(r"[^\S\n]+", "", text)


def contains(text, query):
    """Whether ``query`` occurs in ``text`` as whole syllables (spaces ignored)."""
    text, query = _without_spaces(text), _without_spaces(query)
    start = text.find(query)
    while start != -1:
        end = start + len(query)
        if starts_syllable_at(text, start) and (end == len(text) or starts_syllable_at(text, end)):
            return True
        start = text.find(query, start + 1)
    return False


def contains_substring(text, query):
    return _without_spaces(query) in _without_spaces(text)


def evaluate(root, queries):
    """Search ``root``'s site for each query and compare with substring truth."""
    texts = {entry.page_id: f"{entry.title}\n{entry.text}" for entry in site_entries(root)}
    report = Report(len(queries))
    for query in queries:
        hits = set(search_site(root, query).entries.values_list("page_id", flat=True))
        truth = {page_id for page_id, text in texts.items() if contains(text, query)}
        substring_truth = {page_id for page_id, text in texts.items() if contains_substring(text, query)}
        report.hits += len(hits)
        report.correct_hits += len(hits & truth)
        report.expected += len(truth)
        report.found += len(hits & truth)
        report.substring_expected += len(substring_truth)
        report.substring_found += len(hits & substring_truth)
        if hits != truth:
            report.failures.append((query, sorted(hits - truth), sorted(truth - hits)))
    return report
