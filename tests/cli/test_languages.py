"""The command line speaks Czech and Ukrainian: every help page and a failing import hold
no English left over from the English run of the same command."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "importing"))

from import_helpers import volunteer_row, write_rows

from volmatch import messages
from volmatch.cli import main, message_language

#: Every command and action whose help a person may ask for.
COMMANDS = [
    [],
    ["demo"],
    ["import"],
    ["export"],
    ["cards"],
    ["match"],
    ["list"],
    ["db"],
    *[["db", a] for a in ("upgrade", "backup", "check", "restore", "history", "trash")],
    ["privacy"],
    *[["privacy", a] for a in ("review", "erase", "export")],
]
# Three or more words of plain letters in a row: a phrase, not a name or an option.
PHRASE = re.compile(r"\b[A-Za-z][a-z']+(?: [a-z][a-z']+){2,}\b")


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    messages.set_language("en")


def english_left(text: str, english: str) -> list[str]:
    """Phrases of the English output that are still in ``text``."""
    said = set(PHRASE.findall(english))
    # "volmatch db upgrade" is a command, the same in every language.
    return sorted({p for p in PHRASE.findall(text) if p in said and not p.startswith("volmatch")})


def run(capsys, argv: list[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.parametrize("lang", ["cs", "uk"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "volmatch")
def test_every_help_page_is_translated(capsys, lang, command):
    _code, english = run(capsys, ["--lang", "en", *command, "--help"])
    code, text = run(capsys, ["--lang", lang, *command, "--help"])
    assert code == 0
    assert english_left(text, english) == [], text
    assert {"cs": "použití:", "uk": "використання:"}[lang] in text


@pytest.mark.parametrize("lang", ["cs", "uk"])
def test_a_failing_import_is_reported_in_the_language(capsys, tmp_path, lang):
    path = write_rows(
        tmp_path / "v.csv",
        [
            volunteer_row(external_id="VOL-1", district="Atlantis", consent_date="32. 1. 2026"),
            volunteer_row(external_id="VOL-2", email="jana(at)example,org"),
            volunteer_row(external_id="VOL-2", languages="klingonsky B1"),
        ],
    )
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    code_en, english = run(capsys, ["--lang", "en", "import", "volunteers", path, "--db", url])
    code, text = run(capsys, ["--lang", lang, "import", "volunteers", path, "--db", url])
    assert code == code_en == 1  # exit codes do not depend on the language
    assert english_left(text, english) == [], text
    assert {"cs": "Chyby (", "uk": "Помилки ("}[lang] in text
    assert {"cs": "nic se neuložilo", "uk": "нічого не збережено"}[lang] in text


def test_a_planted_english_message_is_caught(capsys):
    _code, english = run(capsys, ["--lang", "en", "import", "--help"])
    _code, czech = run(capsys, ["--lang", "cs", "import", "--help"])
    assert english_left(czech, english) == []
    planted = czech + "\n  --sheet NAME  the sheet of an XLSX/ODS file to read\n"
    assert "the sheet of an" in english_left(planted, english)


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        (["match", "--volunteer", "1"], {"LANG": "uk_UA.UTF-8"}, "uk"),
        (["match", "--volunteer", "1"], {"LANG": "de_DE.UTF-8"}, "cs"),
        (["match", "--volunteer", "1"], {"LANG": "C.UTF-8"}, "en"),
        (["--lang", "cs", "list", "volunteers"], {"LANG": "en_GB.UTF-8"}, "cs"),
        (["list", "volunteers", "--lang", "uk"], {}, "uk"),
        (["match", "--volunteer", "1", "--lang", "ru"], {"LANG": "cs_CZ.UTF-8"}, "cs"),
        # export's --lang picks the listings, privacy export's the document: not the messages
        (["export", "json", "--out", "x", "--lang", "uk"], {"LANG": "C"}, "en"),
    ],
)
def test_the_language_of_the_messages(argv, environ, expected):
    assert message_language(argv, environ) == expected


def test_match_lang_words_the_reasons_in_every_published_language(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert main(["demo", "--db", url]) == 0
    capsys.readouterr()
    reasons = {}
    for lang in ("cs", "en", "uk", "ru", "vi"):
        argv = ["match", "--volunteer", "VOL-001", "--top", "1", "--lang", lang, "--db", url]
        assert main(argv) == 0
        reasons[lang] = [
            line.strip()[2:] for line in capsys.readouterr().out.splitlines() if "- " in line
        ]
    assert "čeština na úrovni B1, nabídka chce aspoň B1 ✓" in reasons["cs"]
    assert "чеська на рівні B1, оголошення вимагає щонайменше B1 ✓" in reasons["uk"]
    assert any(r.startswith("чешский на уровне B1") for r in reasons["ru"])
    assert any("ở trình độ B1" in r for r in reasons["vi"])
    # One sentence per phrase, naming every interest it fits; no scores.
    interest = [r for r in reasons["cs"] if r.startswith("zájem „")]
    assert len(interest) == 1 and interest[0].count(",") >= 1
    assert not any(re.search(r"\(\d+\)|≈", r) for lang in reasons for r in reasons[lang])


@pytest.mark.parametrize("lang", ["cs", "uk"])
def test_a_damaged_database_is_reported_in_the_language(capsys, tmp_path, lang):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all " * 50)
    argv = ["list", "volunteers", "--db", f"sqlite:///{bad}"]
    code_en, english = run(capsys, ["--lang", "en", *argv])
    code, text = run(capsys, ["--lang", lang, *argv])
    assert code == code_en == 1
    assert english_left(text, english) == [], text
