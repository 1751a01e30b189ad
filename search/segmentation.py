"""Text to search tokens: Burmese as syllables, English as lower-case words and their stems.

Burmese is written without spaces between words, so words cannot be told apart
without a dictionary; syllables can, by rule. A syllable starts at a consonant that
is neither stacked under the previous one (preceded by the virama U+1039) nor killed
(followed by the asat U+103A or the virama), or at an independent vowel, a digit or
a punctuation mark; every other sign (medials, vowel signs, tones, asat) belongs to
the syllable it follows. Indexing and querying both split this way, so a query
matches the documents holding the same sequence of syllables, and nothing else.
"""

import re
import unicodedata

import Stemmer

CONSONANTS = range(0x1000, 0x1022)  # က … အ
INDEPENDENT = {*range(0x1023, 0x102B), 0x103F, *range(0x1040, 0x104A), *range(0x104C, 0x1050)}  # ဣ…ဪ ဿ ၀…၉ ၌…၏
SECTION_MARKS = "\u104a\u104b"  # ၊ and ။ separate phrases like commas and full stops
SECTION_BREAK = re.compile(f"[{SECTION_MARKS}]+")
# A token no text produces, between runs a phrase must not span: across ။, a quote, a bracket,
# a paragraph break, or from a page's title into its text.
BOUNDARY = "¶"
BOUNDARY_PAIR = (BOUNDARY, BOUNDARY)
BREAK = re.compile(r"[^\w \t\u00a0]")  # anything but word characters and spaces within a line
VIRAMA, ASAT, DOT_BELOW = "\u1039", "\u103a", "\u1037"
BURMESE_BLOCK = re.compile(r"[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]+")
WORD = re.compile(r"\w+")

# Snowball's English stemmer compiled to C (PyStemmer), with its own cache of recent words.
_stemmer = Stemmer.Stemmer("english")


def normalize(text):
    """NFC, without zero-width characters that keyboards leave between Burmese letters."""
    text = unicodedata.normalize("NFC", text or "")
    return text.replace("\u200b", "").replace("\u200c", "").replace("\ufeff", "")


def _starts_syllable(text, index):
    code = ord(text[index])
    if code in INDEPENDENT:
        return True
    if code not in CONSONANTS:
        return False
    stacked = index > 0 and text[index - 1] == VIRAMA
    # NFC puts the dot below before the asat: "င့်" is င, ့, ်; the consonant is still killed.
    following = text[index + 1 : index + 3].lstrip(DOT_BELOW)[:1]
    killed = following in (ASAT, VIRAMA)
    return not stacked and not killed


# Where ``_starts_syllable`` holds, as one pattern: splitting on it is the same rule at C speed.
SYLLABLE_START = re.compile(
    "(?=[" + "".join(map(chr, sorted(INDEPENDENT))) + "]"
    f"|(?<!{VIRAMA})[{chr(CONSONANTS[0])}-{chr(CONSONANTS[-1])}](?!{DOT_BELOW}?[{ASAT}{VIRAMA}]))"
)


def syllables(burmese):
    """The syllables of a run of Burmese text (no spaces in it)."""
    return [part for part in SYLLABLE_START.split(burmese) if part]


def tokens(text):
    """``[(word, stem)]`` of a text in reading order: Burmese syllables are their own stem.

    Never two boundaries in a row: a boundary is added only after something else.
    """
    text = normalize(text)
    result = []
    position = 0
    for match in BURMESE_BLOCK.finditer(text):
        _add_gap(result, text[position : match.start()])
        for number, run in enumerate(SECTION_BREAK.split(match.group())):
            if number:
                _add_boundary(result)
            result += [(syllable, syllable) for syllable in SYLLABLE_START.split(run) if syllable]
        position = match.end()
    _add_gap(result, text[position:])
    return result


def _add_boundary(result):
    if not result or result[-1] != BOUNDARY_PAIR:
        result.append(BOUNDARY_PAIR)


def _add_gap(result, text):
    """Words between Burmese runs; punctuation or a line break there is a boundary before and after them."""
    broken = BREAK.search(text)
    if broken:
        _add_boundary(result)
    result += _latin_tokens(text)
    if broken:
        _add_boundary(result)


def _latin_tokens(text):
    words = [word.lower() for word in WORD.findall(text)]
    if not words:  # most gaps in Burmese text: a space
        return []
    return list(zip(words, _stemmer.stemWords(words), strict=True))


def starts_syllable_at(text, index):
    """Whether a syllable (or a non-Burmese character) starts at ``index`` of ``text``."""
    code = ord(text[index])
    return _starts_syllable(text, index) or text[index] in SECTION_MARKS or not 0x1000 <= code <= 0x109F


def is_burmese(token):
    return bool(BURMESE_BLOCK.fullmatch(token))


def padded(values):
    """Tokens as one string with a space before and after each, for whole-token matching."""
    return f" {' '.join(values)} " if values else " "
