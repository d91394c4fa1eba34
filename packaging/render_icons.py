"""Render the hand-drawn app icon (resources/icons/app/volmatch.svg) to PNG, ICO and ICNS.

Run after editing the SVG: ``python packaging/render_icons.py``. Uses Qt's own SVG
renderer so no other image tool is needed; the ICO (Windows) and ICNS (macOS)
containers hold PNG images, which every Windows since Vista and macOS since 10.7 read.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app"
SVG = ICON_DIR / "volmatch.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
)


def render_png(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico with PNG entries (a 256 px entry is written as 0 in the directory)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    directory = b""
    body = b""
    offset = 6 + 16 * len(images)
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(body))
        body += png
    return header + directory + body


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns with PNG elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = images[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: render_png(size) for size in PNG_SIZES}
    for size, png in images.items():
        (ICON_DIR / f"volmatch-{size}.png").write_bytes(png)
    (ICON_DIR / "volmatch.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (ICON_DIR / "volmatch.icns").write_bytes(icns(images))
    del app
    print(f"wrote {len(images)} PNGs, volmatch.ico and volmatch.icns to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
