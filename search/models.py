"""The search index: one row per live, public page, its text as tokens any database can match."""

from django.db import models

from search.fulltext import TokenVectorField


class SearchEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        """Refuses the token columns: their vectors are made as a row is saved, which ``update`` skips."""
        if {"title_stems", "stems", "words"} & kwargs.keys():
            raise ValueError("Write tokens with save() or bulk_create(), which make their vectors too.")
        return super().update(**kwargs)


class SearchEntry(models.Model):
    """What the search knows of one page.

    Token columns hold space-separated tokens with a space at each end (``" a b "``):
    a whole token, a token prefix or a sequence of tokens is then a plain ``LIKE``
    that SQLite and PostgreSQL answer alike. ``stems`` has the title and the text as
    English stems and Burmese syllables; ``words`` the same words unstemmed, for
    matching the word being typed; ``title_stems`` weighs title matches in ranking.
    """

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    site_root_path = models.CharField(max_length=255, db_index=True, help_text="Path of the page's site root.")
    kind = models.CharField(max_length=30, help_text="'page', or the publication's type.")
    title = models.CharField(max_length=255)
    text = models.TextField(help_text="Plain text, for result snippets.")
    date = models.DateField(null=True, blank=True)
    title_stems = models.TextField()
    stems = models.TextField()
    words = models.TextField()
    indexed_at = models.DateTimeField(auto_now=True)
    # What PostgreSQL's full-text index reads (``search.fulltext``); empty on SQLite.
    stems_vector = TokenVectorField(tokens="stems", title_tokens="title_stems")
    words_vector = TokenVectorField(tokens="words")

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "search entries"

    def __str__(self):
        return self.title
