"""The Zawgyi guard: detect Burmese typed in the Zawgyi encoding and convert it to Unicode.

Zawgyi reuses Unicode's Myanmar code points for other glyphs, so Zawgyi text looks
right on a Zawgyi phone and wrong everywhere else, and it cannot be searched. Every
way text enters the CMS passes through ``check``:

- probability above 0.95: Zawgyi; convert to Unicode and tell the user;
- 0.05 to 0.95: doubtful; warn and let the user choose;
- below 0.05, or text without Burmese: Unicode, keep as it is.

The detector (Google's, from ``myanmartools``) is unreliable on very short strings
(the Unicode word ကေလး scores 0.965), so text with fewer than ``MIN_BURMESE_CHARACTERS``
Burmese characters is converted only when the detector is all but certain
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
MYANMAR = re.compile(r"[\u1000-\u109f]")


class Encoding(enum.Enum):
    UNICODE = "unicode"
    ZAWGYI = "zawgyi"
    DOUBTFUL = "doubtful"


@dataclass(frozen=True)
class Check:
    encoding: Encoding
    probability: float
    original: str
    converted: str


@lru_cache(maxsize=1)
def detector():
    return ZawgyiDetector()


def to_unicode(text):
    return converter.convert(text, "zawgyi", "unicode")


def check(text):
    """Classify ``text`` and, when it is Zawgyi or doubtful, offer its Unicode conversion."""
    burmese = len(MYANMAR.findall(text)) if isinstance(text, str) else 0
    if burmese == 0:
        return Check(Encoding.UNICODE, float("-inf"), text, text)
    probability = detector().get_zawgyi_probability(text)
    short = burmese < MIN_BURMESE_CHARACTERS
    if probability > (SHORT_TEXT_ZAWGYI_ABOVE if short else ZAWGYI_ABOVE):
        return Check(Encoding.ZAWGYI, probability, text, to_unicode(text))
    if probability >= UNICODE_BELOW and not short:
        return Check(Encoding.DOUBTFUL, probability, text, to_unicode(text))
    return Check(Encoding.UNICODE, probability, text, text)
