"""What each app adds to the content API, so the shared API names no app.

The shared part (``cms.api``) serializes pages and blocks and writes the OpenAPI
document; an app's ``api`` module describes its part in an ``ApiPart`` and registers it
from its ``AppConfig.ready()``. The router (``cms.api.urls``) mounts the apps' endpoints.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Kind:
    """How one kind of page content is written (``serialize(page, value, request, field)``) and described."""

    serialize: object
    schema: object


@dataclass(frozen=True)
class SnippetForm:
    """How a snippet chosen on a page or in a block is written, in the page's locale.

    ``serialize(value, locale_id)`` writes one; ``serialize_many(values, locale_id)`` several
    in one go (a page's topics).
    """

    serialize: object
    serialize_many: object
    schema: dict


@dataclass(frozen=True)
class ApiPart:
    """One app's part: content kinds by name, snippet forms by model, OpenAPI schemas and paths.

    ``paths(parameters)`` returns OpenAPI path items; ``parameters`` maps the shared
    parameter names (``site``, ``locale``, ``id``, ``limit``, ``offset``…) to references.
    """

    kinds: dict = field(default_factory=dict)
    snippets: dict = field(default_factory=dict)
    schemas: dict = field(default_factory=dict)
    paths: object = None


_parts = []


def register(part):
    """Add an app's part (idempotent: ``ready()`` may run twice in tests)."""
    if part not in _parts:
        _parts.append(part)


def kinds():
    return {name: kind for part in _parts for name, kind in part.kinds.items()}


def snippet_form(model):
    """The form of a chosen snippet of ``model``, or None when no app describes it."""
    for part in _parts:
        if model in part.snippets:
            return part.snippets[model]
    return None


def schemas():
    return {name: schema for part in _parts for name, schema in part.schemas.items()}


def paths(parameters):
    return {path: item for part in _parts if part.paths for path, item in part.paths(parameters).items()}
