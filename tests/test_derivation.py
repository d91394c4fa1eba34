"""The fingerprint of derived matching data covers exactly the code that derives it."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import volmatch
from volmatch import derivation
from volmatch.paths import resources

PACKAGE = Path(volmatch.__file__).resolve().parent


def _module_file(name: str) -> Path | None:
    parts = name.split(".")[1:]
    for candidate in (
        PACKAGE.joinpath(*parts).with_suffix(".py"),
        PACKAGE.joinpath(*parts, "__init__.py"),
    ):
        if parts and candidate.is_file():
            return candidate
    return None


def _imports(name: str, path: Path) -> set[str]:
    """volmatch modules ``path`` imports anywhere (also inside functions)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                head = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*head, *([node.module] if node.module else [])])
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return {m for m in found if m.startswith("volmatch.") and _module_file(m)}


# The matching package's __init__ only re-exports: importing a module below it runs it,
# but nothing it holds decides a derived value.
_RE_EXPORTS = {"volmatch.matching"}


def _closure(start: str) -> set[Path]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        name = todo.pop()
        if name in seen or name in _RE_EXPORTS:
            continue
        seen.add(name)
        todo.extend(_imports(name, _module_file(name)))
    return {_module_file(m) for m in seen}


def _hashed() -> set[Path]:
    return {p.resolve() for pattern in derivation.CODE for p in PACKAGE.glob(pattern)}


def test_every_module_the_derivation_imports_is_fingerprinted():
    missing = {p.relative_to(PACKAGE).as_posix() for p in _closure("volmatch.matching.derive")}
    missing -= {p.relative_to(PACKAGE).as_posix() for p in _hashed()}
    assert not missing, f"add to volmatch.derivation.CODE: {sorted(missing)}"


def test_ranking_code_is_not_fingerprinted():
    hashed = {p.relative_to(PACKAGE).as_posix() for p in _hashed()}
    for name in ("matching/engine.py", "matching/reasons.py", "storage/derived.py"):
        assert name not in hashed


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "volmatch"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "resources"))
    return copy


def test_a_rule_changed_derives_again_a_ranking_change_does_not(tmp_path):
    copy = _copy(tmp_path)
    before = derivation.digest(resources(), copy)
    assert before == derivation.fingerprint()
    with open(copy / "matching" / "engine.py", "a", encoding="utf-8") as f:
        f.write("\n# a change to ranking only\n")
    assert derivation.digest(resources(), copy) == before
    with open(copy / "matching" / "keywords.py", "a", encoding="utf-8") as f:
        f.write("\n# a change to a rule\n")
    assert derivation.digest(resources(), copy) != before
