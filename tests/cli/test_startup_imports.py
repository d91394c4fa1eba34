"""What the small commands load: heavy libraries only when a command needs them (issue 18)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

HEAVY = ("sqlalchemy", "numpy", "rapidfuzz", "babel", "jinja2", "alembic", "importlib.metadata")


def _loaded_after(code: str) -> dict[str, bool]:
    probe = (
        f"import json, sys\n{code}\nprint(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout.splitlines()[-1])


def _main(args: list[str]) -> str:
    return (
        "from volmatch.launcher import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit:\n"
        "    pass"
    )


def test_help_and_parsing_load_no_heavy_library():
    loaded = _loaded_after(_main(["--help"]))
    assert not any(loaded.values()), loaded
    loaded = _loaded_after(_main(["match", "--help"]))
    assert not any(loaded.values()), loaded


def test_version_reads_the_package_metadata_only():
    loaded = _loaded_after(_main(["--version"]))
    assert loaded.pop("importlib.metadata")
    assert not any(loaded.values()), loaded


def test_consent_rules_load_neither_jinja2_nor_the_database():
    loaded = _loaded_after("from volmatch.privacy.consent import can_match")
    assert not loaded["jinja2"] and not loaded["sqlalchemy"]
    # the package's names still resolve, loading their module on first use
    loaded = _loaded_after("from volmatch import privacy\nprivacy.render_person")
    assert loaded["jinja2"]


def test_naming_a_language_does_not_build_the_catalogue():
    code = (
        "from volmatch.reference import languages\n"
        "assert languages.language_name('uk', 'cs') == 'ukrajinština'\n"
        "assert languages.language_name('vi', 'vi') == 'Tiếng Việt'\n"
        "assert languages.language_name('uk', 'xx-nonsense') == 'Ukrainian'\n"
        "assert languages.default_catalogue.cache_info().currsize == 0\n"
        "assert languages.default_catalogue().name('uk', 'cs') == 'ukrajinština'"
    )
    _loaded_after(code)


def test_listing_loads_no_database_library_and_a_search_no_matcher(tmp_path):
    from volmatch.cli import main

    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["demo", "--db", url]) == 0
    for kind in ("opportunities", "volunteers"):
        loaded = _loaded_after(_main(["--db", url, "list", kind]))
        assert not any(loaded.values()), (kind, loaded)
    search = _main(["--db", url, "list", "opportunities", "--search", "zahrada"])
    loaded = _loaded_after(search)
    assert not any(loaded.values()), loaded
    # A listing changed by a writer that did not derive: the normal path derives it again.
    with sqlite3.connect(tmp_path / "demo.sqlite3") as con:
        con.execute("UPDATE opportunity SET version = version + 1 WHERE id = 1")
    loaded = _loaded_after(search)
    assert loaded["sqlalchemy"], loaded
    loaded = _loaded_after(search)  # derived and stored: read directly again
    assert not loaded["sqlalchemy"], loaded


def test_the_matchers_light_modules_load_without_numpy():
    """``volmatch match`` starts reading its stored columns before numpy and the engine
    load: the service, the model and the handoff come without them."""
    code = (
        "from volmatch.matching import service, model, handoff\n"
        "from volmatch.matching.service import WeightsInEffect"
    )
    assert not _loaded_after(code)["numpy"]
    # the package's names still resolve, loading their module on first use
    assert _loaded_after("from volmatch.matching import Matcher, sentences")["numpy"]


def test_the_snapshot_reader_starts_without_the_records_modules():
    """The app's listings process and ``volmatch match`` start their long reads right
    after loading the snapshot reader: the domain's dataclasses load when a record is built."""
    probe = (
        "import sys\n"
        "from volmatch.storage import fastrecords\n"
        "print('volmatch.domain' in sys.modules, 'volmatch.storage.records' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
