"""Share cards (Open Graph / Twitter images): what a card says, and the renderer hook.

The core stays Qt-free: it only describes a card (:class:`Card`) and asks the renderer
registered with :func:`register` for the PNG bytes. ``volmatch.cards`` (outside the
core) draws them with Qt's QPainter and is registered by the program's entry points
(``volmatch`` and ``volmatch-gui``); without a renderer the export has no card images
and no image meta tags, and is otherwise the same.

A card is entirely in one language, the language of the text it shows, so the pages
that fall back to the same text share one image: ``cards/<key>-<lang>.png``.

Each image carries a key (a PNG text chunk): a hash of what the card says and of the
renderer's version. An export into a folder that holds a card with the same key links
that file (or copies it) instead of drawing it again: the bytes are the ones a fresh
export would draw, and the previous folder stays untouched until the swap.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

WIDTH, HEIGHT = 1200, 630


@dataclass(frozen=True, slots=True)
class Card:
    lang: str  # the language of every word on the card
    title: str
    place: str  # "Praha-Troja (Praha 7)", "Anywhere in Prague", "Online / from home"
    organization: str
    city: str  # the city's name in ``lang``
    site: str  # the site's title in ``lang``


Renderer = Callable[[Card], bytes]
_renderer: Renderer | None = None


def register(renderer: Renderer | None) -> None:
    """Use ``renderer`` (Card -> PNG bytes, the same bytes for the same card) from now on."""
    global _renderer
    _renderer = renderer


def renderer() -> Renderer | None:
    return _renderer


def parallel_safe() -> bool:
    """Whether the registered renderer may draw in forked worker processes (it says so
    with a ``fork_safe()`` attribute; without one, cards are drawn in this process)."""
    check = getattr(_renderer, "fork_safe", None)
    return bool(check and check())


def card_path(key: str, lang: str) -> str:
    return f"cards/{key}-{lang}.png"


_KEYWORD = b"volmatch-card"
_IHDR_END = 33  # the PNG signature and its IHDR chunk, always first
_HEAD = _IHDR_END + 12 + len(_KEYWORD) + 1 + 32


def card_key(card: Card) -> str:
    """What the image of ``card`` depends on, hashed: its words and the renderer's version
    (``version`` attribute, a string or a function giving one); "" when the renderer has
    none (its cards are then never reused)."""
    version = getattr(_renderer, "version", None)
    if callable(version):
        version = version()
    if not version:
        return ""
    words = "\0".join(
        (str(version), card.lang, card.title, card.place, card.organization, card.city, card.site)
    )
    return hashlib.sha256(words.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def with_key(png: bytes, key: str) -> bytes:
    """``png`` with ``key`` in a text chunk right after its header ("" : unchanged)."""
    if not key:
        return png
    body = _KEYWORD + b"\0" + key.encode("ascii")
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + body))
    return png[:_IHDR_END] + chunk + png[_IHDR_END:]


def key_of(head: bytes) -> str:
    """The key in the first bytes of a card written by :func:`with_key`, else ""."""
    body = head[_IHDR_END + 8 : _HEAD - 4]
    if head[_IHDR_END + 4 : _IHDR_END + 8] != b"tEXt" or not body.startswith(_KEYWORD + b"\0"):
        return ""
    return body[len(_KEYWORD) + 1 :].decode("ascii", "replace")


def reuse(sink: object, path: str, previous: str, key: str) -> bool:
    """Put the card at ``path`` of the ``previous`` export into ``sink`` when it has
    ``key`` (the sink links it, or copies it); False when it cannot (draw it then)."""
    if not previous:
        return False
    return link_if_key(sink, path, os.path.join(previous, path), key)


# a regular file only: never through a symbolic link, never waiting on a pipe
_READ_CARD = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
)


def link_if_key(sink: object, path: str, source: str, key: str) -> bool:
    """Put the card file ``source`` at ``path`` of ``sink`` when it carries ``key``."""
    link = getattr(sink, "link", None)
    if not key or link is None:
        return False
    try:
        fd = os.open(source, _READ_CARD)
    except OSError:
        return False
    try:  # os.read, not a file object: os.fdopen imports io at each call, through Qt's hook
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or key_of(os.read(fd, _HEAD)) != key:
            return False
    finally:
        os.close(fd)
    return link(path, source, info.st_size)
