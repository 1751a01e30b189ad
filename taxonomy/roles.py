"""What the editing roles may do with topics and countries.

Editors add and change terms in every language (a new topic is needed the day a publication
about it is written); they do not delete them, since publications and filter URLs link to them.
Translators change Burmese terms only (``cms.roles``). Terms have no draft state, so saving a
term is what publishing a page is: ``cms.review.can_publish`` lets whoever may change a term
save its translation, and nobody else.
"""

EDITOR_TERM_PERMISSIONS = [
    ("taxonomy", model, f"{action}_{model}") for model in ("topic", "country") for action in ("add", "change")
]
