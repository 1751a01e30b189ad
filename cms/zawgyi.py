"""The Zawgyi guard: detect Burmese typed in the Zawgyi encoding and convert it to Unicode.

Zawgyi reuses Unicode's Myanmar code points for other glyphs, so Zawgyi text looks
right on a Zawgyi phone and wrong everywhere else, and it cannot be searched. Every
way text enters the CMS passes through ``check``.

Text is judged run by run: a *run* is an unbroken stretch of Myanmar characters
(spaces, Latin letters, digits, punctuation and markup end it). A text pasted
together from two sources can hold a Unicode phrase beside a Zawgyi one, and
converting the whole would corrupt the Unicode part ("သူငယ်ချင်း" would become
"သူငယျခငျြး"), so only the Zawgyi runs are converted. Two encodings typed together
without any separator form one run and are judged together: the detector cannot
place the border inside a word reliably. For each run:

- probability above 0.95: Zawgyi; convert it to Unicode and tell the user;
- 0.05 to 0.95: doubtful; warn and let the user choose;
- below 0.05: Unicode, kept as it is.

The detector (Google's, from ``myanmartools``) is unreliable on very short strings
(the Unicode word ကေလး scores 0.965), so a run with fewer than ``MIN_BURMESE_CHARACTERS``
characters is converted only when the detector is all but certain
(``SHORT_TEXT_ZAWGYI_ABOVE``) and never doubted.
"""

import enum
import re
from dataclasses import dataclass
from functools import lru_cache

from myanmar import converter
from myanmartools import ZawgyiDetector

ZAWGYI_ABOVE = 0.95
UNICODE_BELOW = 0.05
MIN_BURMESE_CHARACTERS = 6
SHORT_TEXT_ZAWGYI_ABOVE = 0.999
RUN = re.compile(r"[\u1000-\u109f]+")


class Encoding(enum.Enum):
    UNICODE = "unicode"
    ZAWGYI = "zawgyi"
    DOUBTFUL = "doubtful"


@dataclass(frozen=True)
class Run:
    """One stretch of Myanmar characters, where it is, what it is and its Unicode form."""

    start: int
    end: int
    encoding: Encoding
    probability: float
    original: str
    converted: str


@dataclass(frozen=True)
class Check:
    """The verdict on a text.

    ``encoding`` is the worst of its runs (doubtful before Zawgyi before Unicode).
    ``text`` is what to store when nobody has been asked: the Zawgyi runs converted,
    doubtful runs kept. ``converted`` converts the doubtful runs too: what "convert"
    offers. ``changes`` lists (typed, stored) for each run that ``text`` converts.
    """

    encoding: Encoding
    probability: float
    original: str
    text: str
    converted: str
    changes: tuple[tuple[str, str], ...] = ()

    def resolved(self, convert_doubtful=False):
        """The text to keep: doubtful runs converted only when the user chose to."""
        return self.converted if convert_doubtful else self.text


@lru_cache(maxsize=1)
def detector():
    return ZawgyiDetector()


def to_unicode(text):
    return converter.convert(text, "zawgyi", "unicode")


def judge_run(match):
    """The encoding of one run of Myanmar characters, and its Unicode form."""
    run = match.group()
    probability = detector().get_zawgyi_probability(run)
    short = len(run) < MIN_BURMESE_CHARACTERS
    if probability > (SHORT_TEXT_ZAWGYI_ABOVE if short else ZAWGYI_ABOVE):
        encoding = Encoding.ZAWGYI
    elif probability >= UNICODE_BELOW and not short:
        encoding = Encoding.DOUBTFUL
    else:
        encoding = Encoding.UNICODE
    converted = run if encoding is Encoding.UNICODE else to_unicode(run)
    return Run(match.start(), match.end(), encoding, probability, run, converted)


def _rebuild(text, runs, encodings):
    """``text`` with the runs of the given encodings replaced by their conversion."""
    parts, position = [], 0
    for run in runs:
        if run.encoding in encodings:
            parts += [text[position : run.start], run.converted]
            position = run.end
    return "".join(parts) + text[position:]


def check(text):
    """Classify ``text`` run by run and offer its Unicode conversion."""
    if not isinstance(text, str) or not RUN.search(text):
        return Check(Encoding.UNICODE, float("-inf"), text, text, text)
    runs = [judge_run(match) for match in RUN.finditer(text)]
    found = {run.encoding for run in runs}
    encoding = next((worst for worst in (Encoding.DOUBTFUL, Encoding.ZAWGYI) if worst in found), Encoding.UNICODE)
    return Check(
        encoding=encoding,
        probability=max(run.probability for run in runs),
        original=text,
        text=_rebuild(text, runs, {Encoding.ZAWGYI}),
        converted=_rebuild(text, runs, {Encoding.ZAWGYI, Encoding.DOUBTFUL}),
        changes=tuple((run.original, run.converted) for run in runs if run.encoding is Encoding.ZAWGYI),
    )


def describe_changes(changes, limit=3):
    """What was converted, for a person: "typed → stored" for the first few runs."""
    shown = [f"{typed} → {stored}" for typed, stored in changes[:limit]]
    more = len(changes) - limit
    return "; ".join(shown) + (f" (and {more} more)" if more > 0 else "")
