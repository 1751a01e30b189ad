"""The content version moves when content changes, and again when the change commits."""

from django.db import transaction

from cms.content_cache import bump_content_version, content_version


def test_a_transaction_moves_it_again_once_when_it_commits(db, django_capture_on_commit_callbacks):
    """A request that read the old rows before the commit cached them under a version no one reads after."""
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        for _ in range(3):
            bump_content_version()
        assert content_version() == before + 3
    assert len(callbacks) == 1
    assert content_version() == before + 4


def test_a_rolled_back_transaction_leaves_no_step_behind(db, django_capture_on_commit_callbacks):
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                bump_content_version()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert callbacks == [] and content_version() == before + 1
