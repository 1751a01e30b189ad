"""The publication page's admin form: one attached document per language."""

from django.forms.formsets import DELETION_FIELD_NAME

from cms.pages import BasePageForm

DOCUMENTS = "documents"


def submitted_rows(formset):
    """The valid document rows that are to be kept or added."""
    return [
        row
        for row in formset.forms
        if row.is_valid() and row.cleaned_data.get("document") and not row.cleaned_data.get(DELETION_FIELD_NAME)
    ]


def kept_documents(formset):
    """Saved documents the form does not show: they stay attached whatever it says.

    A form posted twice (a double click, a save racing an autosave) shows the row it
    added the first time without the id it was then given.
    """
    shown = {row.instance.pk for row in formset.initial_forms}
    return [item for item in formset.queryset if item.pk is not None and item.pk not in shown]


class PublicationPageForm(BasePageForm):
    """One document per language: a row repeating a saved document is the same form posted
    again and adds nothing; a second file in a language is refused on its row.

    Checked here rather than by a database constraint, so the editor sees which row to fix
    and nothing typed is lost.
    """

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get(DOCUMENTS)
        if formset is not None:
            self._check_languages(formset)
        return cleaned

    def _check_languages(self, formset):
        kept = kept_documents(formset)
        already_saved = {(item.document_id, item.language) for item in kept}
        languages = {item.language for item in kept}
        repeated = False
        for row in submitted_rows(formset):
            document, language = row.cleaned_data["document"], row.cleaned_data["language"]
            if row.instance.pk is None and (document.pk, language) in already_saved:
                row.cleaned_data[DELETION_FIELD_NAME] = True  # posted again: already attached
                continue
            if language in languages:
                label = dict(row.fields["language"].choices)[language]
                row.add_error("language", f"There is already a document in {label}: one document per language.")
                repeated = True
            languages.add(language)
        if repeated:
            self.add_error(None, "A publication has one document per language: remove or change the repeated language.")
