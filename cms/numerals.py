"""Burmese numerals: the digits ၀–၉ (U+1040–U+1049) in place of 0–9."""

BURMESE_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")


def burmese_digits(value):
    """``value`` as text with every ASCII digit written as a Burmese digit."""
    return str(value).translate(BURMESE_DIGITS)


def localize_digits(value, language_code):
    """Burmese digits for ``my``, the value as text for every other language."""
    return burmese_digits(value) if language_code == "my" else str(value)
