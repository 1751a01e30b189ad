"""Text typed into search boxes and filters: one length limit and one way to tidy it."""

import unicodedata

# The longest search text any form or API parameter accepts (templates read it too).
MAX_QUERY_LENGTH = 200


def clean_text(value):
    """Collapse whitespace and drop control characters from a search query."""
    kept = "".join(" " if unicodedata.category(char).startswith("C") else char for char in value)
    return " ".join(kept.split())
