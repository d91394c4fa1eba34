"""The certificate of volunteering drawn with Qt: an A4 PDF (QPdfWriter) and the same page
as an image for previews (outside the Qt-free core, like ``volmatch.cards``).

:func:`install` registers :func:`render_pdf` with :mod:`volmatch.certificates`. Fonts come
from the system (DejaVu Sans first: it covers Czech, Cyrillic and Vietnamese diacritics),
never from the network; the PDF embeds the glyphs it uses. Every line is in Czech, with
the second language beneath it in grey.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from volmatch.certificates import Certificate, register

_lock = threading.Lock()
FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Liberation Sans"]
INK, MUTED, ACCENT, RULE = "#1a1a1a", "#555555", "#0b4f94", "#b8c4d0"
A4_MM = (210.0, 297.0)
MARGIN_MM = 20.0
PDF_DPI = 600


def install() -> None:
    """Make the certificates' PDFs with Qt."""
    register(render_pdf)


def render_pdf(certificate: Certificate) -> bytes:
    """The certificate as a one-page A4 PDF."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    with _lock:
        _gui()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        # The document's title names the kind of document, never the person.
        writer.setTitle(certificate.title[0])
        writer.setCreator("volmatch")
        painter = QPainter(writer)
        _paint(painter, certificate, PDF_DPI)
        painter.end()
        buffer.close()
        return bytes(data.data())


def render_image(certificate: Certificate, dpi: int = 100):
    """The same page as a QImage (white A4 at ``dpi``), for the preview."""
    from PySide6.QtGui import QColor, QImage, QPainter

    with _lock:
        _gui()
        width, height = (round(mm / 25.4 * dpi) for mm in A4_MM)
        image = QImage(width, height, QImage.Format.Format_RGB32)
        per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(per_metre)
        image.setDotsPerMeterY(per_metre)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _paint(painter, certificate, dpi)
        painter.end()
        return image


def _gui() -> None:
    from volmatch.cards import _gui as cards_gui

    cards_gui()


def _font(points: float, bold: bool = False):
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass
class _Page:
    """Where the next block goes, in device units; ``draw`` False only measures."""

    painter: object
    mm: float  # device units per millimetre
    scale: float  # font scale, below 1 when the content would not fit
    draw: bool
    y: float = 0.0

    def unit(self, mm: float) -> float:
        return mm * self.mm


def _paint(painter, certificate: Certificate, dpi: int) -> None:
    """Lay the certificate out; shrink the type until it fits one page."""
    mm = dpi / 25.4
    for scale in (1.0, 0.92, 0.85, 0.78, 0.7, 0.62, 0.55):
        page = _Page(painter, mm, scale, draw=False)
        if _layout(page, certificate) <= page.unit(A4_MM[1] - MARGIN_MM):
            break
    _layout(_Page(painter, mm, scale, draw=True), certificate)


def _text(page: _Page, x: float, width: float, text: str, points: float, **style) -> float:
    """One wrapped paragraph at ``page.y``; returns its height."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor

    if not text:
        return 0.0
    p = page.painter
    p.setFont(_font(points * page.scale, style.get("bold", False)))
    align = style.get("align", Qt.AlignmentFlag.AlignLeft)
    flags = int(Qt.TextFlag.TextWordWrap) | int(align) | int(Qt.AlignmentFlag.AlignTop)
    rect = p.boundingRect(QRectF(x, page.y, width, page.unit(400)), flags, text)
    if page.draw:
        p.setPen(QColor(style.get("color", INK)))
        p.drawText(QRectF(x, page.y, width, rect.height()), flags, text)
    return rect.height()


def _rule(page: _Page, x: float, width: float, colour: str = RULE, weight_mm: float = 0.25):
    from PySide6.QtCore import QLineF
    from PySide6.QtGui import QColor, QPen

    if page.draw:
        pen = QPen(QColor(colour))
        pen.setWidthF(page.unit(weight_mm))
        page.painter.setPen(pen)
        page.painter.drawLine(QLineF(x, page.y, x + width, page.y))


def _stack(page: _Page, x: float, width: float, texts, sizes, colours, bold=False, **kw) -> float:
    """Texts one beneath the other (Czech, then the second language); their height."""
    top = page.y
    for i, text in enumerate(texts):
        page.y += _text(
            page, x, width, text, sizes[min(i, 1)], color=colours[min(i, 1)], bold=bold, **kw
        )
        if text and i + 1 < len(texts):
            page.y += page.unit(0.6)
    height = page.y - top
    page.y = top
    return height


def _layout(page: _Page, c: Certificate) -> float:
    """Draw (or measure) everything; returns the bottom of the content."""
    from PySide6.QtCore import Qt

    left, width = page.unit(MARGIN_MM), page.unit(A4_MM[0] - 2 * MARGIN_MM)
    centre = {"align": Qt.AlignmentFlag.AlignHCenter}
    page.y = page.unit(MARGIN_MM)
    organization = next((line.values[0] for line in c.lines if line.key == "organization"), "")
    page.y += _text(page, left, width, organization, 10, color=ACCENT, bold=True)
    page.y += page.unit(2)
    _rule(page, left, width, ACCENT, 0.6)
    page.y += page.unit(12)
    page.y += _stack(page, left, width, c.title, (19, 14), (INK, MUTED), bold=True, **centre)
    page.y += page.unit(3)
    if c.subtitle:
        page.y += _stack(page, left, width, c.subtitle, (10.5, 9.5), (INK, MUTED), **centre)
    page.y += page.unit(12)
    label_w = page.unit(55)
    value_x, value_w = left + label_w + page.unit(5), width - label_w - page.unit(5)
    for line in c.lines:
        _rule(page, left, width)
        page.y += page.unit(2.5)
        labels = _stack(page, left, label_w, line.labels, (9, 8.5), (INK, MUTED), bold=True)
        values = _stack(page, value_x, value_w, line.values, (11.5, 10.5), (INK, MUTED))
        page.y += max(labels, values) + page.unit(2.5)
    _rule(page, left, width)
    page.y += page.unit(9)
    for i, text in enumerate(c.statement):
        page.y += _text(page, left, width, text, 10.5 if i == 0 else 10, color=(INK, MUTED)[i])
        page.y += page.unit(2.5)
    page.y += page.unit(5)
    labels = _stack(page, left, label_w, c.issued.labels, (9, 8.5), (INK, MUTED), bold=True)
    values = _stack(page, value_x, value_w, c.issued.values, (11.5, 10.5), (INK, MUTED))
    page.y += max(labels, values) + page.unit(24)
    page.y += _signatures(page, c, left, width)
    page.y += page.unit(10)
    for i, note in enumerate(c.notes):
        page.y += _text(page, left, width, note, 8, color=MUTED)
        page.y += page.unit(0.8 if i + 1 < len(c.notes) else 0)
    return page.y


def _signatures(page: _Page, c: Certificate, left: float, width: float) -> float:
    """Two lines to sign on (stamp, signature), captions beneath; their height."""
    gap = page.unit(16)
    box = (width - gap) / 2
    height = 0.0
    for i, captions in enumerate(c.signatures):
        x = left + i * (box + gap)
        top = page.y
        _rule(page, x, box, INK, 0.3)
        page.y += page.unit(1.5)
        if i == 1 and c.signatory:
            page.y += _text(page, x, box, c.signatory, 10) + page.unit(0.8)
        page.y += _stack(page, x, box, captions, (8.5, 8), (INK, MUTED))
        height = max(height, page.y - top)
        page.y = top
    return height
