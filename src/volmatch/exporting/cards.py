"""Share cards (Open Graph / Twitter images): what a card says, and the renderer hook.

The core stays Qt-free: it only describes a card (:class:`Card`) and asks the renderer
registered with :func:`register` for the PNG bytes. ``volmatch.cards`` (outside the
core) draws them with Qt's QPainter and is registered by the program's entry points
(``volmatch`` and ``volmatch-gui``); without a renderer the export has no card images
and no image meta tags, and is otherwise the same.

A card is entirely in one language, the language of the text it shows, so the pages
that fall back to the same text share one image: ``cards/<key>-<lang>.png``.
"""

from __future__ import annotations

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
