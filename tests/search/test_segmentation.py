"""Burmese syllables and search tokens."""

import pytest

from search.segmentation import BOUNDARY, normalize, syllables, tokens


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
