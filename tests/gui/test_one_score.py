"""One score everywhere: the Matching page and ``volmatch match`` rank through the one
matching service with the weights stored in the database, so they agree pair by pair."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialogButtonBox

from volmatch.cli import main

from .conftest import wait_idle, when_dialog


def cli_top(capsys, url: str, *args: str) -> dict:
    assert main(["match", "--db", url, *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def pairs(matches: list[dict], kind: str) -> list[tuple[int, float]]:
    return [(m[kind]["id"], m["score"]) for m in matches]


def gui_top(page, n: int = 20) -> list[tuple[int, float]]:
    rows = [r for r in page.model.rows if r.meets_requirements or r.pinned]
    return [(r.other_id, r.score) for r in rows[:n]]


def test_gui_and_cli_agree_for_every_demo_volunteer(qtbot, make_window, demo_url, capsys):
    window = make_window(demo_url)
    window.nav.setCurrentRow(2)
    page = window.matching
    wait_idle(qtbot)
    ids = list(window.volunteers.model.data_.ids)
    assert len(ids) >= 10
    compared = 0
    for vid in ids:
        page.match_for("volunteer", vid)
        wait_idle(qtbot)
        cli = cli_top(capsys, demo_url, "--volunteer", str(vid), "--top", "20")
        if cli["blocked"]:
            assert page.model.rowCount() == 0
            continue
        assert gui_top(page) == pairs(cli["matches"], "opportunity"), vid
        compared += 1
    assert compared >= 10
    # the reverse direction too, for a few listings
    for oid in list(window.opportunities.model.data_.ids)[:5]:
        page.match_for("opportunity", oid)
        wait_idle(qtbot)
        cli = cli_top(capsys, demo_url, "--opportunity", str(oid), "--top", "20")
        assert gui_top(page) == pairs(cli["matches"], "volunteer"), oid


def test_weights_changed_in_the_app_are_used_by_the_cli(qtbot, make_window, demo_url, capsys):
    window = make_window(demo_url)
    window.nav.setCurrentRow(2)
    page = window.matching
    wait_idle(qtbot)
    assert "defaults" in page.weights_label.text()
    vid = window.volunteers.model.data_.ids[0]
    page.match_for("volunteer", vid)
    wait_idle(qtbot)
    before = gui_top(page)

    def set_weights(dialog):
        dialog.spins["district"].setValue(2.0)
        dialog.spins["interests"].setValue(0.1)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(set_weights)
    page.weights_button.click()
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert "District 2.00" in page.weights_label.text()
    after = gui_top(page)
    assert after != before
    cli = cli_top(capsys, demo_url, "--volunteer", str(vid), "--top", "20")
    assert cli["weights"]["district"] == 2.0 and cli["weights_source"] == "stored"
    assert after == pairs(cli["matches"], "opportunity")
    # --weights overrides the stored ones for one run and says so
    assert (
        main(["match", "--db", demo_url, "--volunteer", str(vid), "--weights", "district=1"]) == 0
    )
    assert "Weights (given with --weights)" in capsys.readouterr().out

    def reset(dialog):
        dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
        assert dialog.spins["district"].value() == 0.25
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(reset)
    page.weights_button.click()
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert "defaults" in page.weights_label.text()
    assert gui_top(page) == before
