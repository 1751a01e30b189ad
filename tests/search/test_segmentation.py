"""Burmese syllables and search tokens."""

import random

import pytest

from search.segmentation import (
    ASAT,
    BOUNDARY,
    DOT_BELOW,
    SECTION_MARKS,
    VIRAMA,
    normalize,
    starts_syllable_at,
    syllables,
    tokens,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("မြန်မာနိုင်ငံ", ["မြန်", "မာ", "နိုင်", "ငံ"]),
        ("ဒီမိုကရေစီ", ["ဒီ", "မို", "က", "ရေ", "စီ"]),
        ("လွှတ်တော်", ["လွှတ်", "တော်"]),
        ("နှင့်", ["နှင့်"]),  # dot below before the asat, as NFC orders them
        ("ကမ္ဘာ", ["ကမ္ဘာ"]),  # a stacked consonant stays with its syllable
        ("သင်္ချိုင်း", ["သင်္ချိုင်း"]),  # kinzi
        ("ဥပဒေ", ["ဥ", "ပ", "ဒေ"]),  # an independent vowel starts a syllable
        ("၂၀၂၁", ["၂", "၀", "၂", "၁"]),
    ],
)
def test_syllables(text, expected):
    assert syllables(normalize(text)) == expected


def test_english_words_are_stemmed_and_kept():
    assert tokens("Elections of Parliamentarians") == [
        ("elections", "elect"),
        ("of", "of"),
        ("parliamentarians", "parliamentarian"),
    ]


def test_mixed_text_and_boundaries():
    words = [word for word, _stem in tokens("IPAM မဟာမိတ်။ “ဒီမို” (CDM)\nနိုင်ငံ")]
    assert words == [
        "ipam",
        "မ",
        "ဟာ",
        "မိတ်",
        BOUNDARY,  # one boundary for ။, the space and the quote
        "ဒီ",
        "မို",
        BOUNDARY,
        "cdm",
        BOUNDARY,
        "နိုင်",
        "ငံ",
    ]


def test_zero_width_characters_do_not_split_words():
    assert tokens("မြန်\u200bမာ") == tokens("မြန်မာ")


def test_the_splitting_pattern_follows_the_rule_letter_by_letter():
    """``syllables`` splits with one pattern; it must start a syllable exactly where the rule says.

    Random runs of Burmese letters and signs (a run never holds a section mark: ``tokens``
    splits there first), heavy in dots below, asats and viramas, the signs the rule looks
    at around a consonant.
    """
    letters = [chr(code) for code in range(0x1000, 0x10A0) if chr(code) not in SECTION_MARKS]
    rule_by_letter = letters + [DOT_BELOW, ASAT, VIRAMA] * 8
    chooser = random.Random(17)  # noqa: S311 (repeatable test data, not a secret)
    for _ in range(20_000):
        run = "".join(chooser.choice(rule_by_letter) for _ in range(chooser.randint(1, 12)))
        expected = []
        for index, letter in enumerate(run):
            if expected and not starts_syllable_at(run, index):
                expected[-1] += letter
            else:
                expected.append(letter)
        assert syllables(run) == expected, run
