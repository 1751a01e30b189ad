"""The locks that `make` installs agree with the requirements people edit."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


def pins(path):
    """Package name (normalised) to version, for every ``name==version`` line of a file."""
    found = {}
    for line in (ROOT / path).read_text().splitlines():
        if match := PIN.match(line):
            found[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return found


def hashed_entries(path):
    """The lock's entries, each a package line with its continuation lines."""
    return re.split(r"\n(?=[A-Za-z0-9])", (ROOT / path).read_text().split("\n\n", 1)[-1].strip())


@pytest.mark.parametrize(
    ("requirements", "lock"),
    [("requirements.txt", "requirements.lock"), ("requirements-dev.txt", "requirements-dev.lock")],
)
def test_every_direct_dependency_is_locked_at_its_pinned_version(requirements, lock):
    wanted, locked = pins(requirements), pins(lock)
    assert wanted, f"{requirements} pins nothing"
    assert {name: locked.get(name) for name in wanted} == wanted


def test_the_development_lock_holds_the_runtime_lock_unchanged():
    runtime, development = pins("requirements.lock"), pins("requirements-dev.lock")
    assert {name: development.get(name) for name in runtime} == runtime


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-dev.lock"])
def test_every_locked_package_carries_a_hash(lock):
    entries = [entry for entry in hashed_entries(lock) if PIN.match(entry)]
    assert len(entries) == len(pins(lock)) > 0
    assert [entry.split(" ")[0] for entry in entries if "--hash=sha256:" not in entry] == []


def test_make_installs_from_the_locks_with_hashes_required():
    makefile = (ROOT / "Makefile").read_text()
    assert "--require-hashes -r requirements.lock" in makefile
    assert "--require-hashes -r requirements-dev.lock" in makefile
    assert not re.search(r"pip install[^\n]*-r requirements(-dev)?\.txt", makefile)
