"""The house is one-way: shared code knows no app, apps import only downhill, no circles.

Every module of the project is parsed and all its imports are read, those inside
functions too (a function-level import hides a circle from Python, not from this
test). Configuration (settings, the root URLs, wsgi and the API router) may name
every app; nothing else in ``cms`` may name any.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ("cms", "taxonomy", "participation", "search", "publications", "network", "home")
# What each app may import besides itself: the arrows of the README's "How the code is arranged".
ALLOWED = {
    "cms": set(),
    "taxonomy": {"cms"},
    "participation": {"cms", "taxonomy"},
    "search": {"cms", "taxonomy"},
    "publications": {"cms", "taxonomy", "participation", "search"},
    "network": {"cms", "taxonomy", "participation"},
    "home": {"cms", "taxonomy", "participation", "search", "publications", "network"},
}
CONFIGURATION = ("cms/settings/", "cms/urls.py", "cms/wsgi.py", "cms/api/urls.py")


def project_modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix()


def imported_apps(source):
    """``{(app, line)}`` of every project app the module's source imports, at any depth of its code."""
    tree = ast.parse(source)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue  # relative imports stay inside their package
        found |= {(name.split(".")[0], node.lineno) for name in names if name.split(".")[0] in APPS}
    return found


def app_graph():
    """``{app: {imported app: [where]}}`` over every module but configuration."""
    graph = {app: {} for app in APPS}
    for module in project_modules():
        if module.startswith(CONFIGURATION):
            continue
        app = module.split("/")[0]
        for target, line in imported_apps((ROOT / module).read_text(encoding="utf-8")):
            if target != app:
                graph[app].setdefault(target, []).append(f"{module}:{line}")
    return graph


def cycles(graph):
    """The import circles between apps, each as the list of apps around it."""
    found, state = [], {}

    def visit(app, trail):
        state[app] = "open"
        for target in sorted(graph[app]):
            if state.get(target) == "open":
                found.append([*trail[trail.index(target) :], target])
            elif target not in state:
                visit(target, [*trail, target])
        state[app] = "done"

    for app in graph:
        if app not in state:
            visit(app, [app])
    return found


def test_the_modules_are_found():
    modules = list(project_modules())
    assert "cms/api/registry.py" in modules and "home/models.py" in modules and len(modules) > 100


def test_shared_code_and_apps_import_only_downhill():
    graph = app_graph()
    wrong = [
        f"{app} → {target} ({', '.join(places)})"
        for app, targets in graph.items()
        for target, places in targets.items()
        if target not in ALLOWED[app]
    ]
    assert not wrong, "\n".join(wrong)


def test_no_import_circle_between_apps():
    assert cycles(app_graph()) == []


def test_the_allowed_arrows_themselves_have_no_circle():
    assert cycles(ALLOWED) == []


def test_a_function_level_import_is_seen():
    """The parser reads imports inside functions and methods: the check cannot be dodged by hiding one."""
    source = (
        "import json\n"
        "class A:\n"
        "    def method(self):\n"
        "        import search.query\n"
        "def hidden():\n"
        "    from publications.models import PublicationPage\n"
    )
    assert imported_apps(source) == {("search", 4), ("publications", 6)}


def test_a_circle_is_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
