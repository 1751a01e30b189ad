"""Control characters: refused from the public, stripped from editors, never written out.

Text may hold tab, newline and carriage return (browsers send a textarea's line breaks as
CR LF). Every other C0 control, DEL, the C1 controls and the two Unicode non-characters
U+FFFE and U+FFFF are invisible, break XML 1.0 (feeds) and spreadsheets (openpyxl refuses
them), and are never typed on purpose.
"""

import re

from django.utils.translation import gettext_lazy as _

CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")

REFUSED_MESSAGE = _("Remove the invisible control characters from this text (they often come with copy and paste).")


def has_control_chars(text):
    return isinstance(text, str) and CONTROL_CHARS.search(text) is not None


def strip_control_chars(value):
    """``value`` without control characters; anything but a string is returned as it is."""
    if isinstance(value, str):
        return CONTROL_CHARS.sub("", value)
    return value
