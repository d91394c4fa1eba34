"""Refresh the interface catalogues: extract tr() strings, keep translations, compile .qm.

    python scripts/update_translations.py [--from REV ...]

Runs pyside6-lupdate over every module of ``volmatch.gui`` for each shipped language, then
fills messages that came out unfinished with a finished translation of the same context and
source found in the catalogues of the given git revisions (a branch being rebased keeps its
translations this way), and finally compiles each catalogue with pyside6-lrelease.
Messages that are still untranslated are listed; translate them in the .ts file and run again.

The core's and the command line's messages (``_()``, ``N_()``, ``ngettext()`` outside
``volmatch.gui``) are extracted the same way into ``resources/locale/<lang>/LC_MESSAGES/
volmatch.po`` (Babel) and compiled to ``volmatch.mo``; translate them in the .po files.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def languages() -> list[str]:
    return sorted(p.stem.removeprefix("volmatch_") for p in TS_DIR.glob("volmatch_*.ts"))


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
        return False
    texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
    return all(t and t.strip() for t in texts)


def known_translations(rev: str, lang: str) -> dict[tuple[str, str], ET.Element]:
    path = f"resources/translations/volmatch_{lang}.ts"
    shown = subprocess.run(
        ["git", "show", f"{rev}:{path}"], cwd=ROOT, capture_output=True, check=False
    )
    if shown.returncode != 0:
        return {}
    tree = ET.fromstring(shown.stdout)
    found = {}
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if finished(message):
                found[(name, message.findtext("source"))] = message.find("translation")
    return found


def fill(lang: str, revs: list[str]) -> tuple[list[str], int]:
    path = TS_DIR / f"volmatch_{lang}.ts"
    known: dict = {}
    for rev in revs:
        known.update(known_translations(rev, lang))
    tree = ET.parse(path)
    missing, filled = [], 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if finished(message):
                continue
            old = known.get((name, message.findtext("source")))
            if old is not None:
                message.remove(message.find("translation"))
                message.append(copy.deepcopy(old))
                filled += 1
            else:
                missing.append(f"{lang} {name}: {message.findtext('source')!r}")
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing, filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="revs", action="append", default=[])
    args = parser.parse_args()
    sources = sorted(str(p) for p in (ROOT / "src" / "volmatch" / "gui").rglob("*.py"))
    missing = []
    for lang in languages():
        ts = TS_DIR / f"volmatch_{lang}.ts"
        lupdate = [str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)]
        subprocess.run(lupdate, check=True, capture_output=True)
        untranslated, filled = fill(lang, args.revs)
        if filled:
            # Back to lupdate's own layout after ElementTree wrote the file.
            subprocess.run(lupdate, check=True, capture_output=True)
        missing += untranslated
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts)], check=True, capture_output=True)
    missing += update_core_catalogues()
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


CORE_LANGS = ("cs", "uk")
LOCALE_DIR = ROOT / "resources" / "locale"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def extract_core():
    """A template catalogue of every marked message of the core and the command line."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    # A fixed date: the files change only when their messages do.
    template = Catalog(project="volmatch", creation_date=FIXED_DATE)
    package = ROOT / "src" / "volmatch"
    for path in sorted(package.rglob("*.py")):
        if "gui" in path.relative_to(package).parts:
            continue
        with path.open("rb") as source:
            found = extract_from_file("python", source.name, keywords=KEYWORDS)
            for lineno, message, comments, context in found:
                where = (path.relative_to(ROOT).as_posix(), lineno)
                template.add(message, locations=[where], auto_comments=comments, context=context)
    return template


def update_core_catalogues() -> list[str]:
    """Merge the extracted messages into each language's .po, compile the .mo; the
    messages still untranslated."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    template = extract_core()
    missing = []
    for lang in CORE_LANGS:
        folder = LOCALE_DIR / lang / "LC_MESSAGES"
        folder.mkdir(parents=True, exist_ok=True)
        po = folder / "volmatch.po"
        if po.exists():
            with po.open("rb") as f:
                catalog = read_po(f, locale=lang)
        else:
            from babel.messages.catalog import Catalog

            catalog = Catalog(locale=lang, project="volmatch")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        catalog.revision_date = FIXED_DATE
        catalog.fuzzy = False
        with po.open("wb") as f:
            write_po(f, catalog, width=100, omit_header=False, no_location=True, sort_output=True)
        with (folder / "volmatch.mo").open("wb") as f:
            write_mo(f, catalog)
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if not all(strings) or message.fuzzy:
                ident = message.id[0] if isinstance(message.id, tuple) else message.id
                missing.append(f"{lang} core: {ident!r}")
    return missing


if __name__ == "__main__":
    sys.exit(main())
