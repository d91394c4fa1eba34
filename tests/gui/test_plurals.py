"""Counts read right in Czech (1; 2-4; 0 and 5+) and English (1; the rest), as the widgets
word them with the shipped catalogues."""

from __future__ import annotations

import pytest

from volmatch.domain import Opportunity, Volunteer
from volmatch.errors import Issue, Problem, Severity
from volmatch.gui import i18n
from volmatch.gui.backend import MatchRow, MatchView
from volmatch.gui.dialogs.exchange import ImportDialog
from volmatch.gui.dialogs.trash_dialog import TrashDialog
from volmatch.gui.widgets.charts import PairedBarChart
from volmatch.importing.columns import Kind
from volmatch.importing.duplicates import Duplicate
from volmatch.importing.importer import ImportReport

from .conftest import wait_idle


@pytest.fixture(params=["cs", "en"])
def lang(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


# --- the overview chart -----------------------------------------------------------------
LISTINGS = {
    "cs": {
        1: "1 zveřejněná nabídka",
        2: "2 zveřejněné nabídky",
        3: "3 zveřejněné nabídky",
        4: "4 zveřejněné nabídky",
        5: "5 zveřejněných nabídek",
    },
    "en": {1: "1 published listing"},
}
VOLUNTEERS = {
    "cs": {1: "1 dobrovolník", 2: "2 dobrovolníci", 3: "3 dobrovolníci", 4: "4 dobrovolníci"},
    "en": {1: "1 volunteer"},
}
OTHER = {
    "cs": ("{n} zveřejněných nabídek", "{n} dobrovolníků"),
    "en": ("{n} published listings", "{n} volunteers"),
}


def chart_row(lang: str, opp: int, vol: int) -> str:
    listings = LISTINGS[lang].get(opp, OTHER[lang][0].format(n=opp))
    volunteers = VOLUNTEERS[lang].get(vol, OTHER[lang][1].format(n=vol))
    return f"Praha 7: {listings}, {volunteers}"


def test_the_expected_chart_rows_are_spelled_out():
    assert chart_row("cs", 21, 22) == "Praha 7: 21 zveřejněných nabídek, 22 dobrovolníků"
    assert chart_row("cs", 1, 3) == "Praha 7: 1 zveřejněná nabídka, 3 dobrovolníci"
    assert chart_row("en", 1, 0) == "Praha 7: 1 published listing, 0 volunteers"


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4, 5, 21, 22, 100])
def test_a_chart_row_counts_listings_and_volunteers(qtbot, lang, count):
    chart = PairedBarChart("")
    qtbot.addWidget(chart)
    other = {0: 1, 1: 5, 2: 1, 3: 22, 4: 2, 5: 4, 21: 1, 22: 3, 100: 0}[count]
    chart.set_rows([("Praha 7", "Praha 7", count, other)], ("", ""))
    assert chart.accessibleDescription() == chart_row(lang, count, other)
    chart.set_rows([("Praha 7", "Praha 7", other, count)], ("", ""))
    assert chart.accessibleDescription() == chart_row(lang, other, count)


def test_a_district_named_with_a_percent_sign_is_not_replaced(qtbot):
    chart = PairedBarChart("")
    qtbot.addWidget(chart)
    chart.set_rows([("x", "50 %2 off", 2, 1)], ("", ""))
    assert chart.accessibleDescription() == "50 %2 off: 2 published listings, 1 volunteer"


# --- the matching page ------------------------------------------------------------------
def _rows(met: int, relaxed: int) -> tuple[MatchRow, ...]:
    parts = {"language": 1.0, "district": 1.0, "interests": 1.0, "availability": 1.0}
    good = [MatchRow(i, f"M{i}", 90.0 - i, parts, True, (), ()) for i in range(met)]
    near = [MatchRow(100 + i, f"N{i}", 50.0, parts, False, ("cs",), ()) for i in range(relaxed)]
    return (*good, *near)


def _show(page, subject, met: int, relaxed: int = 0, considered: int = 40, left_out: int = 0):
    if isinstance(subject, Volunteer):
        page.for_volunteer.setChecked(True)
    else:
        page.for_opportunity.setChecked(True)
    relaxations = (("cs", relaxed, "relax Czech"),) if relaxed else ()
    view = MatchView(subject, _rows(met, relaxed), relaxations, considered, (), {}, "", left_out)
    page.show_view(view)
    if relaxed:
        page.relax_checks["cs"].setChecked(True)
    return page.summary.text()


MATCH_SUMMARY = {
    # (for a volunteer, met, relaxed) -> (Czech, English)
    (True, 1, 0): (
        "Všechny požadavky splňuje 1 nabídka (posouzeno 40).",
        "1 match meets every requirement (40 considered).",
    ),
    (True, 3, 0): (
        "Všechny požadavky splňují 3 nabídky (posouzeno 40).",
        "3 matches meet every requirement (40 considered).",
    ),
    (True, 5, 0): (
        "Všechny požadavky splňuje 5 nabídek (posouzeno 40).",
        "5 matches meet every requirement (40 considered).",
    ),
    (True, 21, 0): (
        "Všechny požadavky splňuje 21 nabídek (posouzeno 40).",
        "21 matches meet every requirement (40 considered).",
    ),
    (True, 0, 1): (
        "Všechny požadavky splňuje 0 nabídek (posouzeno 40). "
        "Další 1 nabídka se zmírněnými požadavky.",
        "0 matches meet every requirement (40 considered). 1 more with relaxed requirements.",
    ),
    (True, 2, 4): (
        "Všechny požadavky splňují 2 nabídky (posouzeno 40). "
        "Další 4 nabídky se zmírněnými požadavky.",
        "2 matches meet every requirement (40 considered). 4 more with relaxed requirements.",
    ),
    (True, 1, 5): (
        "Všechny požadavky splňuje 1 nabídka (posouzeno 40). "
        "Dalších 5 nabídek se zmírněnými požadavky.",
        "1 match meets every requirement (40 considered). 5 more with relaxed requirements.",
    ),
    (False, 1, 0): (
        "Všechny požadavky splňuje 1 dobrovolník (posouzeno 40).",
        "1 match meets every requirement (40 considered).",
    ),
    (False, 4, 0): (
        "Všechny požadavky splňují 4 dobrovolníci (posouzeno 40).",
        "4 matches meet every requirement (40 considered).",
    ),
    (False, 5, 1): (
        "Všechny požadavky splňuje 5 dobrovolníků (posouzeno 40). "
        "Další 1 dobrovolník se zmírněnými požadavky.",
        "5 matches meet every requirement (40 considered). 1 more with relaxed requirements.",
    ),
    (False, 22, 3): (
        "Všechny požadavky splňuje 22 dobrovolníků (posouzeno 40). "
        "Další 3 dobrovolníci se zmírněnými požadavky.",
        "22 matches meet every requirement (40 considered). 3 more with relaxed requirements.",
    ),
}


@pytest.mark.parametrize("case", list(MATCH_SUMMARY), ids=str)
def test_the_matching_summary_counts_the_matches(qtbot, make_window, lang, case):
    for_volunteer, met, relaxed = case
    page = make_window().matching
    subject = Volunteer(id=1, name="Olena") if for_volunteer else Opportunity(id=1, title="Sad")
    text = _show(page, subject, met, relaxed)
    assert text == MATCH_SUMMARY[case][0 if lang == "cs" else 1]


@pytest.mark.parametrize(
    ("left_out", "english"),
    [
        (1, "1 volunteer was left out because they have not consented to matching."),
        (2, "2 volunteers were left out because they have not consented to matching."),
        (5, "5 volunteers were left out because they have not consented to matching."),
    ],
)
def test_the_matching_summary_counts_volunteers_left_out(
    qtbot, make_window, lang, left_out, english
):
    page = make_window().matching
    text = _show(page, Opportunity(id=1, title="Sad"), 3, left_out=left_out)
    czech = (
        "Všechny požadavky splňují 3 dobrovolníci (posouzeno 40). "
        f"Vynecháno dobrovolníků bez souhlasu se zprostředkováním: {left_out}."
    )
    assert text == (
        czech if lang == "cs" else f"3 matches meet every requirement (40 considered). {english}"
    )


# --- the import dialog ------------------------------------------------------------------
def _duplicate(row: int) -> Duplicate:
    return Duplicate(row, f"Title {row}", row, None, f"Stored {row}", "", (), 95.0)


def _issues(errors: int, warnings: int) -> list[Issue]:
    return [Issue(Problem.REQUIRED, "title", 2 + i) for i in range(errors)] + [
        Issue(Problem.GUESSED_COLUMN, "x", 2 + i, severity=Severity.WARNING)
        for i in range(warnings)
    ]


def _report(rows: int, errors: int = 0, warnings: int = 0, undecided: int = 0, **fields):
    return ImportReport(
        Kind.OPPORTUNITIES,
        "x.csv",
        rows,
        issues=_issues(errors, warnings),
        undecided=[_duplicate(2 + i) for i in range(undecided)],
        **fields,
    )


IMPORT_RESULTS = [
    (
        _report(1, errors=1),
        "Načteno řádků: 1; v souboru je třeba opravit problémů: 1. Nic nebylo importováno.",
        "1 row read; 1 problem must be fixed in the file. Nothing was imported.",
    ),
    (
        _report(5, errors=3),
        "Načteno řádků: 5; v souboru je třeba opravit problémů: 3. Nic nebylo importováno.",
        "5 rows read; 3 problems must be fixed in the file. Nothing was imported.",
    ),
    (
        _report(1, warnings=1, dry_run=True),
        "Načteno řádků: 1, bez chyb: připraveno k importu (upozornění: 1).",
        "1 row read, no errors: ready to import (1 warning).",
    ),
    (
        _report(5, warnings=0, dry_run=True),
        "Načteno řádků: 5, bez chyb: připraveno k importu (upozornění: 0).",
        "5 rows read, no errors: ready to import (0 warnings).",
    ),
    (
        _report(1, undecided=1, dry_run=True),
        "Načteno řádků: 1, bez chyb; 1 z nich se podobá už uložené nabídce "
        "a před importem je třeba rozhodnout, co s ním.",
        "1 row read, no errors; 1 of them looks like a listing already stored "
        "and needs a decision before importing.",
    ),
    (
        _report(5, undecided=3, dry_run=True),
        "Načteno řádků: 5, bez chyb; 3 z nich se podobají už uloženým nabídkám "
        "a před importem je třeba rozhodnout, co s nimi.",
        "5 rows read, no errors; 3 of them look like listings already stored "
        "and need a decision before importing.",
    ),
    (
        _report(6, undecided=5, dry_run=True),
        "Načteno řádků: 6, bez chyb; 5 z nich se podobá už uloženým nabídkám "
        "a před importem je třeba rozhodnout, co s nimi.",
        "6 rows read, no errors; 5 of them look like listings already stored "
        "and need a decision before importing.",
    ),
    (
        _report(5, undecided=1),
        "Nic nebylo importováno: 1 řádek z 5 se podobá už uložené nabídce. "
        "Zvolte, zda jej přeskočit, nebo sloučit, a pak importujte znovu.",
        "Nothing was imported: 1 row of 5 looks like a listing already stored. "
        "Choose whether to skip or merge it, then import again.",
    ),
    (
        _report(5, undecided=2),
        "Nic nebylo importováno: 2 řádky z 5 se podobají už uloženým nabídkám. "
        "U každého zvolte, zda jej přeskočit, nebo sloučit, a pak importujte znovu.",
        "Nothing was imported: 2 rows of 5 look like listings already stored. "
        "Choose for each whether to skip or merge it, then import again.",
    ),
    (
        _report(5, undecided=5),
        "Nic nebylo importováno: 5 řádků z 5 se podobá už uloženým nabídkám. "
        "U každého zvolte, zda jej přeskočit, nebo sloučit, a pak importujte znovu.",
        "Nothing was imported: 5 rows of 5 look like listings already stored. "
        "Choose for each whether to skip or merge it, then import again.",
    ),
    (
        _report(1, created=1, stored=True),
        "Importováno řádků: 1 (nových 1, aktualizovaných 0).",
        "Imported 1 row: 1 new, 0 updated.",
    ),
    (
        _report(5, created=2, updated=1, skipped=1, merged=1, stored=True),
        "Importováno řádků: 5 (nových 2, aktualizovaných 1). "
        "Přeskočené možné duplicity: 1, sloučené s uloženými nabídkami: 1.",
        "Imported 5 rows: 2 new, 1 updated. "
        "1 possible duplicate skipped, 1 merged into a stored listing.",
    ),
    (
        _report(22, created=12, skipped=5, merged=5, stored=True),
        "Importováno řádků: 22 (nových 12, aktualizovaných 0). "
        "Přeskočené možné duplicity: 5, sloučené s uloženými nabídkami: 5.",
        "Imported 22 rows: 12 new, 0 updated. "
        "5 possible duplicates skipped, 5 merged into stored listings.",
    ),
]


@pytest.mark.parametrize(
    ("report", "czech", "english"), IMPORT_RESULTS, ids=[e for _r, _c, e in IMPORT_RESULTS]
)
def test_the_import_result_counts_rows_and_problems(
    qtbot, make_window, lang, report, czech, english
):
    window = make_window()
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show_report(report)
    assert dialog.result.text() == (czech if lang == "cs" else english)


# --- the trash --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("count", "czech", "english"),
    [
        (
            1,
            "Smazaných záznamů: 1. Lze jej obnovit po dobu 30 dní.",
            "1 deleted record. It can be restored for 30 days.",
        ),
        (
            3,
            "Smazaných záznamů: 3. Každý lze obnovit po dobu 30 dní.",
            "3 deleted records. Each can be restored for 30 days.",
        ),
        (
            5,
            "Smazaných záznamů: 5. Každý lze obnovit po dobu 30 dní.",
            "5 deleted records. Each can be restored for 30 days.",
        ),
    ],
)
def test_the_trash_counts_its_records(qtbot, make_window, lang, count, czech, english):
    window = make_window()
    backend = window.ctx.backend
    for i in range(count):
        backend.delete_opportunity(backend.save_opportunity(Opportunity(title=f"Nabídka {i}")))
    dialog = TrashDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == count, timeout=10000)
    wait_idle(qtbot)
    assert dialog.summary.text() == (czech if lang == "cs" else english)


@pytest.mark.parametrize(
    ("counts", "czech", "english"),
    [
        ((0, 0), "Aktualizováno podle změn provedených jinde.", None),
        ((-1, -1), "Aktualizováno podle změn provedených jinde.", None),
        ((1, 0), "Aktualizováno: 1 záznam změněn jinde.", "Updated: 1 record changed elsewhere."),
        (
            (1, 2),
            "Aktualizováno: 3 záznamy změněny jinde.",
            "Updated: 3 records changed elsewhere.",
        ),
        (
            (0, 4),
            "Aktualizováno: 4 záznamy změněny jinde.",
            "Updated: 4 records changed elsewhere.",
        ),
        (
            (3, 2),
            "Aktualizováno: 5 záznamů změněno jinde.",
            "Updated: 5 records changed elsewhere.",
        ),
        ((21, 0), "Aktualizováno: 21 záznamů změněno jinde.", None),
    ],
)
def test_the_status_bar_counts_records_changed_elsewhere_and_never_zero(
    qtbot, make_window, lang, counts, czech, english
):
    window = make_window()
    window._updated_elsewhere(*counts)
    text = window.statusBar().currentMessage()
    assert text and not text.startswith(("Aktualizováno: 0 ", "Updated: 0 "))
    if lang == "cs":
        assert text == czech
    elif english is not None:
        assert text == english
