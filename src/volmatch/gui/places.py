"""What people type as a place, resolved through the core's gazetteer, worded for the GUI.

:func:`check_places` reads a text item by item with ``Gazetteer.resolve`` and says what
was understood ("na Letné → Praha 7"), what it needs asked (a place lying in several
districts: which one?) and what it does not know (with the nearest names). The place
entry widget (:mod:`volmatch.gui.widgets.places`) shows it, with clickable choices.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from volmatch.text import split_list


@dataclass(frozen=True, slots=True)
class Choice:
    """A clickable fix: ``text`` replaces the item ``item`` (its index) in the field."""

    label: str
    item: int
    text: str


@dataclass(frozen=True, slots=True)
class PlaceCheck:
    """Districts understood from a text, and what to tell the person about it."""

    districts: tuple[str, ...]
    citywide: bool = False
    remote: bool = False
    error: str = ""
    note: str = ""
    choices: tuple[Choice, ...] = ()
    items: tuple[str, ...] = ()
    short: str = ""  # the error without the choices, for a line showing them as buttons


def gazetteer():
    """The core's gazetteer, or None while that part is not installed."""
    try:
        from volmatch.reference.gazetteer import default_gazetteer
    except ImportError:
        return None
    return default_gazetteer()


def district_names() -> tuple[str, ...]:
    gz = gazetteer()
    return tuple(gz.municipal_districts) if gz is not None else ()


def place_items(text: str, single: bool = False) -> list[str]:
    """The places of a field: one for a single place; for a list, the core decides by
    shape (one postal address with commas is one place, "Praha 2, Karlín" is two)."""
    if single:
        return [text.strip()] if text.strip() else []
    gz = gazetteer()
    if gz is None:
        return split_list(text)
    from volmatch.importing.places import place_items as core_place_items

    return core_place_items(gz, text)[0]


def check_places(text: str, single: bool = False) -> PlaceCheck:
    """Resolve each place; unknown or ambiguous ones give an error with choices.

    ``single``: one place naming one municipal district (a volunteer's home)."""
    gz = gazetteer()
    items = place_items(text, single)
    if gz is None:
        return PlaceCheck(tuple(items), items=tuple(items))
    from volmatch.reference.gazetteer import ResolveStatus

    districts: list[str] = []
    notes: list[str] = []
    problem: tuple[str, tuple[Choice, ...]] | None = None
    fixes: tuple[Choice, ...] = ()
    citywide = remote = False
    for index, item in enumerate(items):
        r = gz.resolve(item)
        status = r.status
        labels = ", ".join(gz.label(d) for d in r.districts)
        if status is ResolveStatus.CITYWIDE:
            citywide = True
            notes.append(
                QCoreApplication.translate("Places", "%1 → anywhere in Prague").replace("%1", item)
            )
        elif status is ResolveStatus.REMOTE:
            remote = True
            notes.append(
                QCoreApplication.translate("Places", "%1 → online / from home").replace("%1", item)
            )
        elif status is ResolveStatus.AMBIGUOUS or (single and len(r.districts) > 1):
            choices = tuple(Choice(gz.label(d), index, d) for d in r.districts)
            message = QCoreApplication.translate(
                "Places", "“%1” lies in several districts. Which one is meant:"
            )
            problem = problem or (message.replace("%1", item), choices)
        elif status in (ResolveStatus.EXACT, ResolveStatus.FUZZY):
            districts.extend(d for d in r.districts if d not in districts)
            if status is ResolveStatus.FUZZY:
                notes.append(
                    QCoreApplication.translate("Places", "“%1” read as %2 (a typo?)")
                    .replace("%1", item)
                    .replace("%2", labels)
                )
                fixes = fixes or (Choice(r.matched, index, r.matched),)
            else:
                notes.append(f"✓ {labels}" if labels == item else f"{item} → {labels}")
        elif status is ResolveStatus.UNKNOWN:
            choices = tuple(Choice(s, index, s) for s in r.suggestions[:4])
            message = QCoreApplication.translate(
                "Places", "“%1” is not a Prague district or quarter."
            ).replace("%1", item)
            if choices:
                message += " " + QCoreApplication.translate("Places", "Did you mean:")
            problem = problem or (message, choices)
    if problem is None and single and (citywide or remote):
        problem = (
            QCoreApplication.translate("Places", "Name the one district where the person lives."),
            (),
        )
    if problem is not None:
        message, choices = problem
        full = message
        if choices:
            full += " " + " / ".join(c.label for c in choices) + "?"
        return PlaceCheck(
            tuple(districts), citywide, remote, full, "", choices, tuple(items), message
        )
    return PlaceCheck(
        tuple(districts), citywide, remote, "", " · ".join(notes), fixes, tuple(items)
    )


def replace_item(text: str, choice: Choice, single: bool = False) -> str:
    """``text`` with the item the choice is about replaced by the choice."""
    items = place_items(text, single)
    if 0 <= choice.item < len(items):
        items[choice.item] = choice.text
    return ", ".join(items)
