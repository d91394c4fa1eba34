"""Hours and the certificate of volunteering through the real widgets: recorded from the
Placements page and the Matching page, an organization marked as accredited in Edit →
Organizations…, the certificate previewed and saved as a PDF only where the user says."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from volmatch.domain import PlacementState
from volmatch.gui import backend_placements
from volmatch.gui.dialogs.certificate_dialog import CertificateDialog

from .conftest import type_text, wait_idle, when_dialog


def _olena(window) -> int:
    volunteers = window.volunteers.model.data_
    return volunteers.ids[[r[0] for r in volunteers.rows].index("Olena Kovalenko")]


def _certificate_dialog(qtbot) -> CertificateDialog:
    found = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CertificateDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(opened, timeout=10000)
    return found[0]


def test_hours_and_certificate_from_the_placements_page(
    qtbot, make_window, demo_url, tmp_path, monkeypatch
):
    window = make_window(demo_url)
    backend = window.ctx.backend
    olena = _olena(window)
    [first, second] = [r.other_id for r in backend.rank_for_volunteer(olena, True, "en").rows[:2]]
    backend_placements.record(backend, olena, first, PlacementState.PLACED)
    backend_placements.record(backend, olena, second, PlacementState.SUGGESTED)
    window.show_page("placements")
    wait_idle(qtbot)
    page = window.placements
    states = [r.state for r in page.pipeline_model.rows]
    page.pipeline.selectRow(states.index(PlacementState.SUGGESTED))
    # Not offered before anyone volunteers, and the tooltip says why.
    assert not page.hours_button.isEnabled() and not page.certificate_button.isEnabled()
    assert "placed" in page.certificate_button.toolTip()
    page.pipeline.selectRow(states.index(PlacementState.PLACED))
    assert page.hours_button.isEnabled() and page.certificate_button.isEnabled()

    def add_hours(dialog):
        assert dialog.add.isChecked()
        dialog.hours.setValue(4.5)
        type_text(dialog.note, "doučování")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog(add_hours)
    page.hours_button.click()
    wait_idle(qtbot)
    wait_idle(qtbot)
    placed = next(r for r in page.pipeline_model.rows if r.state is PlacementState.PLACED)
    assert placed.hours == 4.5 and placed.notes.endswith("+4.5 h — doučování")
    row = page.pipeline_model.rows.index(placed)
    assert page.pipeline_model.index(row, 7).data() == "4.5"  # the Hours column
    assert page.pipeline_model.index(row, 8).data().endswith(": +4.5 h — doučování")
    page.pipeline.selectRow(row)

    page.certificate_button.click()
    dialog = _certificate_dialog(qtbot)
    assert dialog.language.currentData() == "uk"  # Olena's own language
    assert not dialog.preview.pixmap().isNull()
    text = dialog.certificate.text()
    assert "Olena Kovalenko" in text and "Підтвердження волонтерської діяльності" in text
    assert "198/2002" not in text and "not marked as accredited" in dialog.variant.text()
    assert dialog.certificate.line("hours").values == ("4,5",)
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    assert "Xác nhận hoạt động tình nguyện" in dialog.certificate.text()
    assert "language is Ukrainian" in dialog.language_note.text()
    type_text(dialog.signatory, "Jana Nováková")
    assert dialog.certificate.signatory == "Jana Nováková"

    target = tmp_path / "out" / "potvrzeni"
    target.parent.mkdir()
    asked = []

    def save_as(parent, caption, start, filters):
        asked.append(start)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.save_button.click()
    saved = target.with_name("potvrzeni.pdf")
    assert saved.read_bytes().startswith(b"%PDF-") and dialog.saved_to == saved
    assert asked and asked[0].endswith("olena-kovalenko.pdf")
    assert [p.name for p in saved.parent.iterdir()] == ["potvrzeni.pdf"]  # no .part left
    window.show_page("overview")
    wait_idle(qtbot)
    assert "Hours volunteered so far: 4.5." in window.overview.headline.text()
    assert saved.stat().st_mode & 0o777 == 0o600  # it names the volunteer: owner only
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", saved, "-"], capture_output=True, text=True).stdout
        assert "Xác nhận hoạt động tình nguyện" in " ".join(out.split())
    dialog.close()


def test_accredited_organization_and_hours_from_the_matching_page(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    backend = window.ctx.backend
    olena = _olena(window)
    window.nav.setCurrentRow(2)
    page = window.matching
    page.match_for("volunteer", olena)
    wait_idle(qtbot)
    page.table.selectRow(0)
    assert not page.certificate_button.isEnabled()  # nothing recorded for the pair yet
    opportunity = backend.get_opportunity(page.current_row().other_id)
    page.outcome.setCurrentIndex(page.outcome.findData(PlacementState.PLACED.value))
    page.record_button.click()
    wait_idle(qtbot)
    wait_idle(qtbot)
    page.table.selectRow(0)
    assert page.current_row().state == "placed" and page.hours_button.isEnabled()

    # Edit → Organizations…: the listing's organization is accredited under the act.
    window.act_organizations.trigger()
    organizations = window.organizations_dialog
    qtbot.waitUntil(lambda: organizations.table.rowCount() > 3, timeout=10000)
    organizations.select_names([opportunity.organization])
    assert organizations.accreditation_button.isEnabled()

    def accredit(dialog):
        dialog.accredited.setChecked(True)
        type_text(dialog.reference, "MV-12345-4/PDS-2024")
        dialog.accept()

    when_dialog(accredit)
    organizations.accreditation_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "accredited" in organizations.status.text(), timeout=10000)
    row = [
        organizations.table.item(r, 0).text() for r in range(organizations.table.rowCount())
    ].index(opportunity.organization)
    assert "MV-12345-4/PDS-2024" in organizations.table.item(row, 2).text()
    organizations.close()

    def correct_total(dialog):
        dialog.correct.setChecked(True)
        dialog.hours.setValue(12)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog(correct_total)
    page.hours_button.click()
    wait_idle(qtbot)
    wait_idle(qtbot)
    wait_idle(qtbot)
    page.table.selectRow(0)
    page.certificate_button.click()
    dialog = _certificate_dialog(qtbot)
    cert = dialog.certificate
    cert_facts_id = dialog.facts.placement_id
    assert cert.title[0] == "Potvrzení o výkonu dobrovolnické služby"
    assert cert.line("accreditation").values == ("MV-12345-4/PDS-2024",)
    assert cert.line("hours").values == ("12",)
    dialog.hours.setValue(-1)  # "not stated": the act wants the extent, the dialog says so
    assert "extent" in dialog.warning.text()
    dialog.close()

    # The volunteer's placements list offers the same on a placed line (right-click).
    lines = page.subject_placements
    placed = [i for i in range(lines.count()) if lines.item(i).text().startswith("placed")]
    assert placed
    lines.setCurrentRow(placed[0])
    assert page.placement_certificate.isEnabled() and page.placement_hours.isEnabled()
    assert page.placement_certificate in lines.actions()
    page.placement_certificate.trigger()
    listed = _certificate_dialog(qtbot)
    assert listed is not dialog and listed.facts.placement_id == cert_facts_id
    listed.close()


def test_hours_lines_use_the_interface_decimal_mark(qapp):
    from PySide6.QtCore import QLocale

    from volmatch.gui.placement_words import notes_text

    before = QLocale()
    QLocale.setDefault(QLocale("cs_CZ"))
    try:
        text = notes_text("2026-09-14: +2.5 h — doučování\n2026-09-21: = 12 h\n2026-09-22: 1.5 h")
    finally:
        QLocale.setDefault(before)
    assert text.splitlines() == [
        "14. 9. 2026: +2,5 h — doučování",
        "21. 9. 2026: = 12 h",
        "22. 9. 2026: 1.5 h",  # someone's own words stay as written
    ]


def test_unknown_language_gives_czech_and_english_and_says_so(qtbot):
    import dataclasses
    import datetime as dt

    from volmatch.certificates import Facts
    from volmatch.domain import LanguageSkill, Level

    facts = Facts(
        placement_id=7,
        volunteer="Amina Haddad",
        languages=(),
        organization="Farní charita Žižkov",
        accredited=False,
        accreditation_ref="",
        activity={"cs": "Výdej potravin"},
        place=dict.fromkeys(("cs", "en", "uk", "ru", "vi"), "Praha 3"),
        start=dt.date(2026, 10, 1),
        end=None,
        hours=None,
    )
    dialog = CertificateDialog(facts)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    assert dialog.certificate.langs == ("cs", "en")
    assert "No language is recorded" in dialog.language_note.text()
    assert dialog.warning.text() == ""  # no hours, but a plain confirmation needs none
    arabic = CertificateDialog(
        dataclasses.replace(facts, languages=(LanguageSkill("ar", Level.NATIVE),))
    )
    qtbot.addWidget(arabic)
    assert arabic.certificate.langs == ("cs", "en")
    assert "not available in Arabic" in arabic.language_note.text()
    arabic.language.setCurrentIndex(arabic.language.findData("cs"))
    assert arabic.certificate.langs == ("cs",)
    dialog.ongoing.setChecked(False)
    dialog.end.setDate(dialog.start.date().addDays(-3))
    assert "ends before it begins" in dialog.warning.text()
    assert not dialog.save_button.isEnabled()
