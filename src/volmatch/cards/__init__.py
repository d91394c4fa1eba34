"""Share card images drawn with Qt's QPainter, offline, for the export (outside the Qt-free core).

:func:`install` registers :func:`render` with :mod:`volmatch.exporting.cards`; Qt is
imported on the first card only. Fonts come from the system (fontconfig / Windows), never
from the network. The same card gives the same PNG bytes on the same machine.
"""

from __future__ import annotations

import os
import struct
import sys
import threading
import zlib

from volmatch.exporting.cards import HEIGHT, WIDTH, Card, register

_lock = threading.Lock()
_app = None
_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Arial", "Liberation Sans"]
INK, MUTED, ACCENT, BAND = "#1a1a1a", "#3d3d3d", "#7a1f1f", "#0b4f94"


def install() -> None:
    """Draw the export's share cards with Qt."""
    register(render)


def _fork_safe() -> bool:
    """True while this process has no Qt application: a forked worker then starts its own.
    (A process that runs Qt already must not be forked: Qt's state is not fork-safe.)"""
    if "PySide6.QtCore" not in sys.modules:
        return True
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is None


def _gui() -> None:
    """An application object for fonts (offscreen when none runs and no display is set).

    A QApplication, not a QGuiApplication: whatever runs later in the same process (the
    desktop app, its self-test) takes the existing instance and needs widgets."""
    global _app
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None and _app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        _app = QApplication(["volmatch"])


def _font(size: int, bold: bool = False):
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(_FAMILIES)
    font.setPixelSize(size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _fit(text: str, width: int, height: int, sizes: tuple[int, ...]):
    """The largest font of ``sizes`` the wrapped text fits in, else the smallest with the
    text cut at a word and "…"."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    flags = int(Qt.TextFlag.TextWordWrap)
    for size in sizes:
        font = _font(size, bold=True)
        metrics = QFontMetrics(font)
        if metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height() <= height:
            return font, text
    words = text.split()
    while len(words) > 1:
        words.pop()
        cut = " ".join(words) + " …"
        if metrics.boundingRect(QRect(0, 0, width, 10_000), flags, cut).height() <= height:
            return font, cut
    return font, metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def render(card: Card) -> bytes:
    """The card as a 1200×630 PNG."""
    with _lock:
        _gui()
        return _draw(card)


render.fork_safe = _fork_safe  # type: ignore[attr-defined]


def _draw(card: Card) -> bytes:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    p.fillRect(0, 0, 24, HEIGHT, QColor(ACCENT))
    p.fillRect(0, HEIGHT - 110, WIDTH, 110, QColor(BAND))
    left, width = 80, WIDTH - 140
    p.setPen(QColor(ACCENT))
    p.setFont(_font(40, bold=True))
    p.drawText(QRect(left, 50, width, 56), int(Qt.AlignmentFlag.AlignLeft), card.city.upper())
    # At most 62 px: Qt draws bigger glyphs differently the first time than from its glyph
    # cache afterwards, so the same card would not give the same bytes.
    font, title = _fit(card.title, width, 250, (62, 56, 50, 44))
    p.setPen(QColor(INK))
    p.setFont(font)
    wrap = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop)
    p.drawText(QRect(left, 120, width, 250), wrap, title)
    p.setPen(QColor(MUTED))
    p.setFont(_font(34))
    one_line = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter)
    metrics = p.fontMetrics()
    for y, text in ((385, card.place), (440, card.organization)):
        if text:
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            p.drawText(QRect(left, y, width, 50), one_line, elided)
    p.setPen(QColor("#ffffff"))
    p.setFont(_font(36, bold=True))
    p.drawText(QRect(left, HEIGHT - 110, width, 110), one_line, card.site)
    p.end()
    return png(image)


def png(image) -> bytes:
    """The image as a PNG, written here: Qt's PNG writer took 4× as long for these cards
    (its filter search); zlib at level 1 on unfiltered rows is fast and still small."""
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    raw = memoryview(rgb.constBits()).cast("B")
    row = width * 3
    rows = b"".join(b"\x00" + raw[y * stride : y * stride + row] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(rows, 1)),
            _chunk(b"IEND", b""),
        )
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
