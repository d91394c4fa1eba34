"""The share card's PNG assembled from separately compressed bands: a valid palette PNG
whose pixels are the bands' rows, the same bytes whatever was cached before."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest

from volmatch.cards import png as cardpng


def _chunks(data: bytes) -> dict[bytes, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    out, at = {}, 8
    while at < len(data):
        (size,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + size]
        assert struct.unpack(">I", data[at + 8 + size : at + 12 + size])[0] == zlib.crc32(
            kind + body
        )
        out[kind] = body
        at += 12 + size
    return out


def test_bands_join_into_one_valid_stream():
    rnd = np.random.default_rng(3)
    gray = rnd.integers(0, 256, (40, 30), dtype=np.uint8)
    gray[10:25] = 255  # a plain stretch, as between a card's texts
    parts = [cardpng.indexed(gray[:10], 0, 3), cardpng.indexed(gray[10:25], 1)]
    parts.append(cardpng.indexed(gray[25:], 3))
    plte = cardpng.palette((("#7a1f1f", "#ffffff"),) * 3 + (("#ffffff", "#0b4f94"),))
    data = cardpng.png(30, 40, plte, [cardpng.segment(p) for p in parts])
    chunks = _chunks(data)
    width, height, depth, kind = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (width, height, depth, kind) == (30, 40, 8, 3)
    assert len(chunks[b"PLTE"]) == 4 * cardpng.LEVELS * 3
    raw = zlib.decompress(chunks[b"IDAT"])  # checks the combined Adler-32 too
    assert raw == b"".join(p.tobytes() for p in parts)
    rows = np.frombuffer(raw, np.uint8).reshape(40, 31)
    assert (rows[:, 0] == 0).all()  # filter byte: none
    assert (rows[:10, 1:4] == 0).all()  # the stripe is the first ramp's ink
    assert (rows[10:25, 1:] == 2 * cardpng.LEVELS - 1).all()  # the second ramp's background
    assert rows[25:, 1:].min() >= 3 * cardpng.LEVELS


def test_palette_runs_from_ink_to_background():
    plte = cardpng.palette((("#1a1a1a", "#ffffff"), ("#ffffff", "#0b4f94")))
    last = cardpng.LEVELS - 1
    assert plte[:3] == bytes.fromhex("1a1a1a")
    assert plte[last * 3 : (last + 1) * 3] == b"\xff\xff\xff"
    assert plte[(last + 1) * 3 : (last + 2) * 3] == b"\xff\xff\xff"
    assert plte[(2 * last + 1) * 3 :] == bytes.fromhex("0b4f94")


def test_sixteen_levels_of_ink_from_dark_to_background():
    """16 coverage levels: the same look as 64 (see the module), a fifth fewer bytes."""
    gray = np.array([[0, 15, 16, 127, 239, 240, 254, 255]], np.uint8)
    rows = cardpng.indexed(gray, 2)
    assert cardpng.LEVELS == 16
    assert rows[0].tolist() == [0, 32, 32, 33, 39, 46, 47, 47, 47]
    assert len(cardpng.palette((("#000000", "#ffffff"),) * 4)) == 64 * 3


def test_wrong_row_count_is_refused():
    part = cardpng.segment(cardpng.indexed(np.full((2, 4), 255, np.uint8), 0))
    with pytest.raises(ValueError):
        cardpng.png(4, 3, cardpng.palette((("#000000", "#ffffff"),)), [part])


def test_a_card_is_the_same_bytes_with_or_without_cached_bands():
    pytest.importorskip("PySide6.QtGui")
    from PySide6.QtGui import QColor, QImage

    from volmatch import cards
    from volmatch.exporting.cards import Card

    card = Card("cs", "Doučování dětí v Troji", "Praha-Troja (Praha 7)", "Centrum", "Praha", "Web")
    other = Card("cs", "Zahrada " * 30, "Praha 8", "Centrum", "Praha", "Web")
    cards._bands.clear()
    fresh = cards.render(card)
    cards.render(other)
    assert cards.render(card) == fresh
    image = QImage.fromData(fresh, "PNG")
    assert (image.width(), image.height()) == (1200, 630)
    assert image.pixelColor(5, 300) == QColor(cards.ACCENT)  # the left edge
    assert image.pixelColor(5, 600) == QColor(cards.BAND)  # the foot band covers it
    assert image.pixelColor(600, 370) == QColor(cards.WHITE)
    inked = [image.pixelColor(x, y) for x in range(80, 700, 3) for y in range(130, 190, 3)]
    assert QColor(cards.INK) in inked  # the title is drawn in full ink


def test_a_title_cut_at_its_blank_rows_gives_the_same_rows():
    from volmatch.cards import _cut_at_blank_rows

    rnd = np.random.default_rng(5)
    gray = np.full((60, 1200), 255, np.uint8)
    for first, last in ((3, 10), (12, 20), (30, 41), (58, 59)):  # gaps of 2, 10, 17 rows
        gray[first:last, 100:400] = rnd.integers(0, 256, (last - first, 300), dtype=np.uint8)
    segments = _cut_at_blank_rows(gray, 1, 24)
    expected = cardpng.indexed(gray, 1, 24).tobytes()
    stream = b"".join(part.data for part in segments) + b"\x03\x00"
    assert zlib.decompress(stream, -15) == expected
    assert sum(part.size for part in segments) == len(expected)
    # the blank runs of 4 rows or more are shared: the same objects for another title
    again = _cut_at_blank_rows(gray.copy(), 1, 24)
    shared = [a for a, b in zip(segments, again, strict=True) if a is b]
    assert len(shared) == 2  # the 10 and 17 blank rows; 3 above, 2 and 1 stay with the ink


def test_blank_rows_found_eight_pixels_at_a_time_match_the_row_minimum():
    from volmatch.cards import _blank_rows

    gray = np.full((6, 1200), 255, np.uint8)
    gray[1, 0] = 254  # a faint pixel at either end of a row, and inside a word
    gray[3, 1199] = 0
    gray[4, 605] = 200
    for rows in (gray, gray[:, :1197], gray[:, ::2]):  # a width of 8k, and two others
        assert _blank_rows(rows).tolist() == (rows.min(axis=1) == 255).tolist()
    assert _blank_rows(gray).tolist() == [True, False, True, False, False, True]


def test_indexes_fill_the_rows_they_are_given_and_compress_in_place():
    gray = np.full((5, 16), 255, np.uint8)
    gray[2, 3:9] = 0
    out = np.full((8, 17), 7, np.uint8)
    rows = cardpng.indexed(gray, 1, 2, out)
    assert np.shares_memory(rows, out) and rows.shape == (5, 17)
    assert rows.tobytes() == cardpng.indexed(gray, 1, 2).tobytes()
    assert cardpng.indexed(gray, 1, 2, out[:, :9]).shape == (5, 17)  # too narrow: a new one
    part = cardpng.segment(rows)
    assert zlib.decompress(part.data + b"\x03\x00", -15) == rows.tobytes()
    assert (part.adler, part.size) == (zlib.adler32(rows.tobytes()), 5 * 17)
