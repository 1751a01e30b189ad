"""Data built once for a test module and rolled back after its last test.

Building pages is the slow part of many tests. A module-scoped fixture builds them inside
a transaction that ends in a rollback; each test runs in a savepoint within it, and reads
its own copies of the objects (``fresh``), so what one test changes never reaches the next.
"""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def rolled_back(django_db_blocker):
    """Database access for a module fixture, undone when the block ends."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def references(value):
    """What to find the objects by again: (model, pk), through lists and dicts."""
    if isinstance(value, dict):
        return {key: references(item) for key, item in value.items()}
    if isinstance(value, list):
        return [references(item) for item in value]
    return type(value), value.pk


def fresh(reference):
    """The objects ``references`` named, read from the database again."""
    if isinstance(reference, dict):
        return {key: fresh(item) for key, item in reference.items()}
    if isinstance(reference, list):
        return [fresh(item) for item in reference]
    model, pk = reference
    return model.objects.get(pk=pk)
