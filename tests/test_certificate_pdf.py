"""The certificate PDF drawn with Qt: one A4 page, fonts embedded, every diacritic of Czech,
Ukrainian and Vietnamese readable back from the file (poppler's pdftotext), the person's
name nowhere in the file's metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import subprocess

import pytest

from volmatch import certificate_pdf, certificates
from volmatch.certificates import Facts, build
from volmatch.domain import LanguageSkill, Level

FACTS = Facts(
    placement_id=1,
    volunteer="Nguyễn Thị Hương",
    languages=(LanguageSkill("vi", Level.NATIVE),),
    organization="Komunitní centrum Holešovice, z. s.",
    accredited=True,
    accreditation_ref="MV-12345-4/PDS-2024",
    activity={"cs": "Doučování dětí", "vi": "Dạy kèm cho trẻ em", "uk": "Репетиторство"},
    place=dict.fromkeys(("cs", "en", "uk", "ru", "vi"), "Praha 7"),
    start=dt.date(2026, 9, 1),
    end=dt.date(2026, 12, 3),
    hours=42.5,
)


def _poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("VOLMATCH_REQUIRE_POPPLER") == "1":
            pytest.fail(f"VOLMATCH_REQUIRE_POPPLER=1 but {tool} (poppler-utils) is missing")
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def _run(tool: str, *args) -> str:
    return subprocess.run(
        [_poppler(tool), *map(str, args)], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(autouse=True)
def _renderer_restored():
    yield
    certificates.register(None)


@pytest.mark.parametrize(
    ("second", "words"),
    [
        ("vi", ["Xác nhận thực hiện dịch vụ tình nguyện", "Nguyễn Thị Hương", "Dạy kèm"]),
        ("uk", ["Підтвердження виконання волонтерської служби", "Репетиторство"]),
        ("ru", ["Подтверждение о прохождении добровольческой службы"]),
    ],
)
def test_pdf_is_one_a4_page_with_embedded_fonts_and_every_diacritic(tmp_path, second, words):
    certificate_pdf.install()
    cert = build(FACTS, second=second, issued_on=dt.date(2026, 12, 4), signatory="Jana Nováková")
    data = certificates.render_pdf(cert)
    assert data.startswith(b"%PDF-")
    path = tmp_path / "certificate.pdf"
    path.write_bytes(data)
    info = _run("pdfinfo", path)
    assert re.search(r"^Pages:\s+1$", info, re.M)
    assert re.search(r"Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info), info
    assert "Hương" not in info and "Potvrzení o výkonu dobrovolnické služby" in info
    fonts = _run("pdffonts", path).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # embedded
    text = " ".join(_run("pdftotext", "-enc", "UTF-8", path, "-").split())
    for phrase in ["Potvrzení o výkonu dobrovolnické služby", "Vysílající organizace", *words]:
        assert phrase in text, phrase
    assert "podle zákona č. 198/2002 Sb." in text and "42,5" in text


def test_a_long_certificate_still_fits_one_page(tmp_path):
    long = dataclasses.replace(
        FACTS,
        activity={"cs": "Doučování dětí a dospělých z rodin cizinců " * 8, "vi": "Dạy kèm " * 30},
        organization="Sdružení pro integraci a migraci, z. s. " * 3,
    )
    path = tmp_path / "long.pdf"
    path.write_bytes(certificate_pdf.render_pdf(build(long, signatory="Jana Nováková")))
    assert re.search(r"^Pages:\s+1$", _run("pdfinfo", path), re.M)
    text = " ".join(_run("pdftotext", path, "-").split())
    assert "Podpis oprávněné osoby" in text and "Vydáno na žádost dobrovolníka." in text


def test_preview_image_shows_the_page():
    from PySide6.QtGui import QColor

    image = certificate_pdf.render_image(build(FACTS), dpi=50)
    assert (image.width(), image.height()) == (413, 585)  # A4 at 50 dpi
    white = QColor("#ffffff").rgb()
    inked = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixel(x, y) != white
    )
    assert inked > 500  # text was drawn (no fonts would draw nothing)


def test_without_a_renderer_the_core_says_so():
    certificates.register(None)
    with pytest.raises(RuntimeError, match="renderer"):
        certificates.render_pdf(build(FACTS))
