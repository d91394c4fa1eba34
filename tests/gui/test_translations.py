"""Every visible string is marked for translation and translated; placeholders agree."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from volmatch.gui import i18n

from .conftest import wait_idle

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
PLACEHOLDER = re.compile(r"%n|%\d+|\{\w*\}")
#: Plural forms of a numerus message (tr("%n row(s)", "", n)) in Qt's rules per language.
NUMERUS_FORMS = {"cs": 3, "en": 2, "uk": 3}


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TS_DIR / f"volmatch_{lang}.ts")
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out.append((name, message.findtext("source"), message.find("translation")))
    return out


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(lang):
    found = messages(lang)
    assert len(found) > 200
    assert any(t.find("numerusform") is not None for _c, _s, t in found)
    for context, source, translation in found:
        assert translation.get("type") is None, f"{context}: {source!r} is unfinished"
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if forms:
            # A count: each plural form is a whole translation of its own.
            assert "%n" in source, f"{context}: {source!r} is numerus without %n"
            assert len(forms) == NUMERUS_FORMS[lang], f"{context}: {source!r} -> {forms!r}"
            texts = forms
        else:
            assert "%n" not in source, f"{context}: {source!r} needs tr(text, '', count)"
            texts = [translation.text or ""]
        for text in texts:
            assert text.strip(), f"{context}: {source!r} has no translation"
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
                f"{context}: placeholders differ in {source!r} -> {text!r}"
            )
            assert text.count("&") - text.count("&&") <= 1, f"two accelerators in {text!r}"
            assert source.endswith(":") == text.endswith(":"), f"{source!r} -> {text!r}"


def test_the_catalogues_hold_every_string_in_the_code(tmp_path):
    """A string added with tr() but not extracted and translated fails here."""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "volmatch" / "gui").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    tree = ET.parse(fresh)
    in_code = {
        (c.findtext("name"), m.findtext("source"))
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
    }
    for lang in i18n.LANGUAGES:
        shipped = {(c, s) for c, s, _t in messages(lang)}
        assert in_code - shipped == set(), f"run scripts/update_translations.py ({lang})"


def test_compiled_catalogues_are_current(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    for lang in i18n.LANGUAGES:
        shutil.copy(TS_DIR / f"volmatch_{lang}.ts", tmp_path / f"x_{lang}.ts")
        subprocess.run(
            [str(lrelease), str(tmp_path / f"x_{lang}.ts")], check=True, capture_output=True
        )
        assert (tmp_path / f"x_{lang}.qm").read_bytes() == (
            TS_DIR / f"volmatch_{lang}.qm"
        ).read_bytes(), f"volmatch_{lang}.qm is stale: run pyside6-lrelease"


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what a person reads: labels, buttons, tabs, menus, headers, placeholders."""
    texts: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            texts.append((name, w.windowTitle()))
        if (
            isinstance(w, QLabel)
            and w.objectName() not in ("aboutText", "databaseLabel", "countLabel", "legend")
        ) or isinstance(w, QAbstractButton):
            texts.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            texts.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            texts.append((name, w.placeholderText()))
        elif isinstance(w, QTabWidget):
            texts += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox) and not w.isEditable():
            # Filter pickers list data (districts, organizations) after their first item.
            count = 1 if w.objectName().startswith("filter_") else w.count()
            texts += [(name, w.itemText(i)) for i in range(count)]
        elif isinstance(w, QMenu):
            texts += [(name, a.text()) for a in w.actions()]
        if w.toolTip() and w.objectName() != "databaseLabel":
            texts.append((name + " tooltip", w.toolTip()))
        model = getattr(w, "model", None)
        if hasattr(w, "horizontalHeader") and callable(model):
            m = model()
            texts += [
                (
                    name + " header",
                    m.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal),
                )
                for c in range(m.columnCount())
            ]
    return [(where, t) for where, t in texts if isinstance(t, str) and t.strip()]


@pytest.fixture(params=["cs", "uk"])
def interface(qapp, request):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def untranslated(roots: list[QWidget], lang: str) -> list[tuple[str, str]]:
    """(where, text) of every visible text under ``roots`` that is not in ``lang``: not a
    translation from its catalogue, nor a name that is the same in every language."""
    translated = {t.text for _c, _s, t in messages(lang)}
    translated |= {f.text for _c, _s, t in messages(lang) for f in t.iter("numerusform")}
    # Toolbar buttons show action texts without the accelerator and the ellipsis.
    translated |= {t.replace("&", "").rstrip("…") for t in translated}
    # Tab titles start with a capital letter ("čeština" -> "Čeština").
    translated |= {t[:1].upper() + t[1:] for t in translated}
    # A template's longest fixed part ("tento záznam po jeho otevření uložil(a)…" of "%1 tento…").
    templates = [
        max(re.split(r"%n|%\d", t), key=len) for t in translated if "%" in t and len(t) > 6
    ]
    templates = [t for t in templates if len(t.strip()) > 6]
    allowed = {
        "volmatch",
        "Čeština",
        "English",
        "Українська",
        "name@example.org",
        "https://",
        "…",
        "uk",
        "cs",
        "en",
    }
    bad = []
    for root in roots:
        for where, shown in visible_texts(root):
            text = re.sub(r"<[^>]+>", "", shown)  # rich text: the words, not the markup
            if text in translated or text in allowed:
                continue
            # A text put together from translated lines (the CEFR levels' tooltip).
            if "\n" in text and all(line in translated for line in text.split("\n")):
                continue
            # Composed texts (a translated template filled with data) contain a translated part.
            if any(part in text for part in templates):
                continue
            if re.fullmatch(r"[\W\d]*|[ABC][12]", text):  # numbers, symbols, CEFR levels
                continue
            # Language names in pickers come from our own translated list: "čeština (cs)".
            if re.fullmatch(r".+ \([a-z]{2}\)", text):
                continue
            bad.append((where, text))
    return bad


def open_everything(window) -> list[QWidget]:
    """The main window and every dialog and editor it opens, built but not shown."""
    from volmatch.gui.dialogs.about import AboutDialog
    from volmatch.gui.dialogs.exchange import ImportDialog, PublishDialog
    from volmatch.gui.editors.opportunity_editor import OpportunityEditor
    from volmatch.gui.editors.volunteer_editor import VolunteerEditor

    roots: list[QWidget] = [
        window,
        AboutDialog(window.ctx, window),
        ImportDialog(window.ctx, window),
        PublishDialog(window.ctx, window),
        VolunteerEditor(None, window),
    ]
    editor = OpportunityEditor(None, [], window)
    editor.languages.add_row("uk")
    roots.append(editor)
    return roots + more_dialogs(window)


def more_dialogs(window) -> list[QWidget]:
    """The dialogs opened from records and from faults: trash, history, organizations,
    a conflict over schedule and capacity, each database fault, the import's panels."""
    import dataclasses

    from volmatch.gui.dialogs.conflict_dialog import ConflictDialog
    from volmatch.gui.dialogs.db_fault_dialog import DatabaseFaultDialog
    from volmatch.gui.dialogs.history_dialog import HistoryDialog
    from volmatch.gui.dialogs.import_duplicates import DuplicatesPanel
    from volmatch.gui.dialogs.import_mapping import MappingPanel
    from volmatch.gui.dialogs.organizations_dialog import OrganizationsDialog
    from volmatch.gui.dialogs.trash_dialog import TrashDialog
    from volmatch.storage.conflicts import Conflict
    from volmatch.storage.database import DatabaseError, DatabaseErrorCode

    first = window.opportunities.model.data_.ids[0]
    theirs = window.ctx.backend.get_opportunity(first)
    mine = dataclasses.replace(theirs, capacity=(theirs.capacity or 0) + 3, schedule="po")
    differing = ("capacity", "schedule")
    conflict = Conflict(mine, theirs, 1, 2, differing, differing, ("Jana",))
    roots: list[QWidget] = [
        TrashDialog(window.ctx, window),
        HistoryDialog(window.ctx, "opportunity", first, window),
        OrganizationsDialog(window.ctx, window),
        ConflictDialog(conflict, window),
        DuplicatesPanel(window),
        MappingPanel(window),
    ]
    roots += [
        DatabaseFaultDialog(DatabaseError(code, "x"), "sqlite:///x.sqlite3", window)
        for code in DatabaseErrorCode
        if code != DatabaseErrorCode.CONFLICT
    ]
    return roots


def test_the_interface_shows_no_english(qtbot, interface, make_window, demo_url):
    """Walk every page and dialog in Czech and Ukrainian: any text that is not a translation
    (or a name that is the same in every language) was not marked for translation."""
    window = make_window(demo_url)
    window.nav.setCurrentRow(3)
    wait_idle(qtbot)
    bad = untranslated(open_everything(window), interface)
    assert bad == [], "\n".join(f"{w}: {t!r}" for w, t in bad)
    assert window.nav.item(0).text() == {"cs": "Příležitosti", "uk": "Можливості"}[interface]


def test_a_planted_untranslated_text_is_caught(qtbot, interface, make_window, demo_url):
    """The walk above would notice a text someone forgot to pass through tr()."""
    window = make_window(demo_url)
    assert untranslated([window], interface) == []
    planted = QLabel("Import a file", window.opportunities)
    planted.setObjectName("planted")
    assert untranslated([window], interface) == [("QLabel:planted", "Import a file")]


def test_table_cells_show_words_not_codes(qtbot, interface, make_window, demo_url):
    """Languages by name and statuses in words: never "kk" or "published"."""
    from PySide6.QtCore import Qt

    window = make_window(demo_url)
    for page in (window.opportunities, window.volunteers):
        model = page.model
        columns = [page.language_column, 5 if page is window.opportunities else None]
        for row in range(min(model.rowCount(), 80)):
            for column in filter(None, columns):
                text = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                assert not re.fullmatch(r"[a-z]{2}(, [a-z]{2})*", text), text
                assert text not in ("draft", "published", "archived"), text
