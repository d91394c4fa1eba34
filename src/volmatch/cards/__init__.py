"""Share card images drawn with Qt's QPainter, offline, for the export (outside the Qt-free core).

:func:`install` registers :func:`render` with :mod:`volmatch.exporting.cards`; Qt is
imported on the first card only. Fonts come from the system (fontconfig / Windows), never
from the network. The same card gives the same PNG bytes on the same machine.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from types import SimpleNamespace

from volmatch.cards import png as cardpng
from volmatch.exporting import cardcache
from volmatch.exporting.cards import HEIGHT, WIDTH, Card, register

_lock = threading.Lock()
_app = None
_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Arial", "Liberation Sans"]
INK, MUTED, ACCENT, BAND, WHITE = "#1a1a1a", "#3d3d3d", "#7a1f1f", "#0b4f94", "#ffffff"


def install(cache: str | os.PathLike | None = None) -> None:
    """Draw the export's share cards with Qt; keep them in the folder ``cache`` (the
    program uses ``card-cache`` in the user's data folder) for later exports."""
    register(render)
    cardcache.use(cache)


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
    if _app is not None:
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None and _app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        _app = QApplication(["volmatch"])


@functools.cache
def _qt() -> SimpleNamespace:
    """The Qt names a card is drawn with, imported on the first card. An import statement
    in a function costs microseconds each time it runs once PySide6 is loaded (PySide6
    hooks every import); a card ran ten of them."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QImage, QPainter

    flags = SimpleNamespace(
        left=int(Qt.AlignmentFlag.AlignLeft),
        one_line=int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter),
        wrap=int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop),
        word_wrap=int(Qt.TextFlag.TextWordWrap),
    )
    return SimpleNamespace(
        QRect=QRect,
        Qt=Qt,
        QImage=QImage,
        QPainter=QPainter,
        flags=flags,
        elide_right=Qt.TextElideMode.ElideRight,
        black=Qt.GlobalColor.black,
        antialiasing=QPainter.RenderHint.TextAntialiasing,
        grayscale=QImage.Format.Format_Grayscale8,
    )


@functools.cache
def _font(size: int, bold: bool = False):
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(_FAMILIES)
    font.setPixelSize(size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@functools.cache
def _metrics(size: int, bold: bool = False):
    from PySide6.QtGui import QFontMetrics

    return QFontMetrics(_font(size, bold))


def _fit(text: str, width: int, height: int, sizes: tuple[int, ...]) -> tuple[int, str, int]:
    """The largest font size of ``sizes`` the wrapped text fits in, else the smallest with
    the text cut at a word and "…"; and the height it takes."""
    qt = _qt()
    flags = qt.flags.word_wrap
    box = qt.QRect(0, 0, width, 10_000)
    for size in sizes:
        metrics = _metrics(size, True)
        took = metrics.boundingRect(box, flags, text).height()
        if took <= height:
            return size, text, took
    words = text.split()
    while len(words) > 1:
        words.pop()
        cut = " ".join(words) + " …"
        took = metrics.boundingRect(box, flags, cut).height()
        if took <= height:
            return size, cut, took
    return size, metrics.elidedText(text, qt.elide_right, width), height


def render(card: Card) -> bytes:
    """The card as a 1200×630 PNG."""
    with _lock:
        _gui()
        return _draw(card)


@functools.cache
def _version() -> str:
    """What a card's bytes depend on besides its words (exporting.cards.card_key): this
    drawing, the Qt that draws it. Change VERSION when the drawing changes."""
    import PySide6

    return f"{VERSION} Qt {PySide6.__version__}"


# 2: palette image from compressed bands; 3: title cut at blank rows; 4: 16 levels of ink
VERSION = "4"
render.fork_safe = _fork_safe  # type: ignore[attr-defined]
render.version = _version  # type: ignore[attr-defined]


# The card's bands of rows, top to bottom (first row, rows, colour ramp of RAMPS): each has
# one text colour on one background, so the PNG is a palette image (png.py).
RAMPS = ((ACCENT, WHITE), (INK, WHITE), (MUTED, WHITE), (WHITE, BAND))
_HEAD, _TITLE, _PLACE, _ORG, _FOOT = (
    (0, 120, 0),
    (120, 250, 1),
    (370, 70, 2),
    (440, 80, 2),
    (520, 110, 3),
)
_LEFT, _WIDTH, _STRIPE = 80, WIDTH - 140, 24
_CACHED = 5_000  # bands kept per process (2–5 kB each: at most about 25 MB)
_bands: dict[tuple, list[cardpng.Segment]] = {}


def _draw(card: Card) -> bytes:
    flags = _qt().flags
    left, one_line, wrap = flags.left, flags.one_line, flags.wrap
    # At most 62 px: Qt draws bigger glyphs differently the first time than from its glyph
    # cache afterwards, so the same card would not give the same bytes.
    size, title, _ = _fit(card.title, _WIDTH, 250, (62, 56, 50, 44))
    segments = [
        *_band(_HEAD, ((50, 56, 40, True, left, card.city.upper(), False),)),
        *_band(_TITLE, ((120, 250, size, True, wrap, title, False),), False),
        *_band(_PLACE, ((385, 50, 34, False, one_line, card.place, True),)),
        *_band(_ORG, ((440, 50, 34, False, one_line, card.organization, True),)),
        *_band(_FOOT, ((HEIGHT - 110, 110, 36, True, one_line, card.site, False),)),
    ]
    return cardpng.png(WIDTH, HEIGHT, _palette(), segments)


@functools.cache
def _palette() -> bytes:
    return cardpng.palette(RAMPS)


def _band(band: tuple[int, int, int], texts: tuple, cache: bool = True) -> list:
    """The compressed rows of one band with its texts: (y, height, font size, bold, flags,
    text, elided to one line). A title's band (``cache`` False) is cut at its blank rows
    (above, between and below its lines): runs of them are the same for many cards, so
    they are compressed once and only the rows with ink are compressed per card."""
    key = (band, texts)
    found = _bands.get(key) if cache else None
    if found is not None:
        return found
    first, rows, ramp = band
    stripe = 0 if ramp == 3 else _STRIPE  # the band at the foot covers the left edge
    gray = _gray(first, rows, texts)
    if not cache:
        return _cut_at_blank_rows(gray, ramp, stripe)
    found = [cardpng.segment(cardpng.indexed(gray, ramp, stripe))]
    if len(_bands) >= _CACHED:
        _bands.clear()
    _bands[key] = found
    return found


def _cut_at_blank_rows(gray, ramp: int, stripe: int) -> list:
    """Segments of the rows: runs of at least _BLANK_RUN blank rows from the cache, the
    rows between them compressed here."""
    np = cardpng.numpy_module()
    blank = _blank_rows(gray)
    # where a run of equal rows (blank or inked) starts, and the run's kind
    edges = np.flatnonzero(blank[1:] != blank[:-1]) + 1
    starts = [0, *edges.tolist()]
    ends = [*starts[1:], len(blank)]
    segments, pending = [], 0  # ``pending``: the first row not yet in a segment
    scratch = _scratch(gray.shape)
    for start, end in zip(starts, ends, strict=True):
        if blank[start] and end - start >= _BLANK_RUN:
            if pending < start:
                rows = cardpng.indexed(gray[pending:start], ramp, stripe, scratch)
                segments.append(cardpng.segment(rows))
            segments.append(_blank(end - start, ramp, stripe))
            pending = end
    if pending < len(blank):
        segments.append(cardpng.segment(cardpng.indexed(gray[pending:], ramp, stripe, scratch)))
    return segments


_scratches: dict[tuple[int, int], object] = {}


def _scratch(shape: tuple[int, int]):
    """An array for ``shape``'s rows as palette indexes, kept for the next title: each
    segment is compressed before the next one is filled in."""
    found = _scratches.get(shape)
    if found is None:
        np = cardpng.numpy_module()
        found = _scratches[shape] = np.empty((shape[0], shape[1] + 1), np.uint8)
    return found


def _blank_rows(gray):
    """Which rows of ``gray`` are all background (255), eight pixels at a time when the
    rows allow it (a third of the time of a row's minimum)."""
    np = cardpng.numpy_module()
    if gray.shape[1] % 8 or not gray.flags.c_contiguous:
        return gray.min(axis=1) == 255
    words = gray.view(np.uint64)
    return np.bitwise_and.reduce(words, axis=1) == np.uint64(0xFFFF_FFFF_FFFF_FFFF)


_BLANK_RUN = 4  # shorter runs of blank rows stay with the rows around them
_blanks: dict[tuple[int, int, int], cardpng.Segment] = {}


def _blank(rows: int, ramp: int, stripe: int) -> cardpng.Segment:
    """``rows`` blank rows of ``ramp``, compressed once per process."""
    key = (rows, ramp, stripe)
    found = _blanks.get(key)
    if found is None:
        np = cardpng.numpy_module()
        gray = np.full((rows, WIDTH), 255, np.uint8)
        found = _blanks[key] = cardpng.segment(cardpng.indexed(gray, ramp, stripe))
    return found


_canvases: dict[int, object] = {}


def _gray(first: int, rows: int, texts: tuple):
    """The band's rows drawn black on white in gray (a view into a canvas reused for the
    next band of the same height: copy what must outlive that)."""
    qt = _qt()
    image = _canvases.get(rows)
    if image is None:
        image = _canvases[rows] = qt.QImage(WIDTH, rows, qt.grayscale)
    image.fill(255)
    if texts:
        p = qt.QPainter(image)
        p.setRenderHint(qt.antialiasing, True)
        p.setPen(qt.black)
        for y, height, size, bold, flags, text, elide in texts:
            if elide:
                text = _metrics(size, bold).elidedText(text, qt.elide_right, _WIDTH)
            p.setFont(_font(size, bold))
            p.drawText(qt.QRect(_LEFT, y - first, _WIDTH, height), flags, text)
        p.end()
    stride = image.bytesPerLine()
    np = cardpng.numpy_module()
    gray = np.frombuffer(image.constBits(), np.uint8, count=stride * rows)
    return gray.reshape(rows, stride)[:, :WIDTH]
