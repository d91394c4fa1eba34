"""The share card's PNG, put together from separately compressed bands of rows.

A card is a palette image: each band of rows has one text colour on one background, so a
pixel is its band's colour ramp (``RAMPS``) at the ink's coverage, quantised to 16 levels:
a third of the bytes of RGB to compress, and the same look (16 steps of anti-aliasing
cannot be told from 64 at three times the size; the cards are a fifth smaller). Each band is compressed on its
own (raw deflate ending in a flush, no reference into another band), so the bands that
many cards share (the city, the site's title, a district, an organization, blank rows) are
compressed once and their bytes reused; only a card's title is compressed per card.
The same bands give the same bytes, whichever cards were made before.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

LEVELS = 16  # coverage levels per colour ramp: 4 ramps take 64 palette entries
_SHIFT = 4  # a grayscale value (0-255) to its level (0-15)
_MOD = 65521  # Adler-32's modulus
# Run-length matches only: the rows are runs of one index, and zlib's Z_RLE packs them
# faster and smaller than level 1's general matching (0.46 against 0.63 ms for a title).
_LEVEL, _STRATEGY = 1, zlib.Z_RLE


def palette(ramps: tuple[tuple[str, str], ...]) -> bytes:
    """The PLTE payload: per ramp (ink, background), LEVELS steps from ink to background."""
    out = bytearray()
    for ink, background in ramps:
        a, b = _rgb(ink), _rgb(background)
        for level in range(LEVELS):
            t = level / (LEVELS - 1)
            out += bytes(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return bytes(out)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = int(colour.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


@dataclass(frozen=True, slots=True)
class Segment:
    """Rows of the image, compressed on their own: deflate bytes, Adler-32 and length of
    the uncompressed rows (filter byte included)."""

    data: bytes
    adler: int
    size: int


_numpy = None


def numpy_module():
    """numpy, imported on first use; once PySide6 is loaded, an import statement costs
    microseconds each time it runs (PySide6 hooks every import)."""
    global _numpy
    if _numpy is None:
        import numpy

        _numpy = numpy
    return _numpy


def indexed(
    gray: np.ndarray, ramp: int, stripe: int = 0, out: np.ndarray | None = None
) -> np.ndarray:
    """Rows of palette indexes with their PNG filter byte (0: none) from a grayscale
    rendering (255 = background, 0 = full ink) in ramp ``ramp``; the first ``stripe``
    pixels of each row are the first ramp's ink (the card's left edge). ``out``: an array
    of as many rows or more, one byte wider than ``gray``, whose first rows are filled and
    returned (a card's title reuses one: a new array of its size is also a page fault per
    4 kB in the kernel)."""
    np = numpy_module()
    height, width = gray.shape[0], gray.shape[1] + 1
    if out is not None and out.shape[0] >= height and out.shape[1] == width:
        rows = out[:height]
    else:
        rows = np.empty((height, width), np.uint8)
    rows[:, 0] = 0
    np.right_shift(gray, _SHIFT, out=rows[:, 1:])
    if ramp:
        rows[:, 1:] += ramp * LEVELS
    if stripe:
        rows[:, 1 : stripe + 1] = 0
    return rows


def segment(rows: np.ndarray) -> Segment:
    """``rows`` (C-contiguous, read in place: no copy) compressed on their own."""
    packer = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15, 8, _STRATEGY)
    data = packer.compress(rows) + packer.flush(zlib.Z_SYNC_FLUSH)
    return Segment(data, zlib.adler32(rows), rows.nbytes)


def png(width: int, height: int, plte: bytes, segments: list[Segment]) -> bytes:
    """The PNG of a palette image whose rows are ``segments`` in order."""
    adler, size = 1, 0
    for part in segments:
        adler = _combine(adler, part.adler, part.size)
        size += part.size
    if size != height * (width + 1):
        raise ValueError(f"the segments hold {size} bytes, not {height} rows of {width}")
    header = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)  # 8-bit palette
    stream = b"".join(
        (b"\x78\x01", *(part.data for part in segments), b"\x03\x00", struct.pack(">I", adler))
    )
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"PLTE", plte),
            _chunk(b"IDAT", stream),
            _chunk(b"IEND", b""),
        )
    )


def _combine(first: int, second: int, second_size: int) -> int:
    """Adler-32 of two byte strings joined, from theirs (zlib's adler32_combine)."""
    rem = second_size % _MOD
    low = first & 0xFFFF
    high = (rem * low) % _MOD
    low += (second & 0xFFFF) + _MOD - 1
    high += (first >> 16) + (second >> 16) + _MOD - rem
    return ((high % _MOD) << 16) | (low % _MOD)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
