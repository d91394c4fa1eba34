"""What people type as a place, resolved through the core's gazetteer for the editors."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from volmatch.text import split_list


@dataclass(frozen=True, slots=True)
class PlaceCheck:
    """Districts understood from a text, and what to tell the person about it."""

    districts: tuple[str, ...]
    citywide: bool = False
    remote: bool = False
    error: str = ""
    note: str = ""


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


def check_places(text: str) -> PlaceCheck:
    """Resolve each comma-separated place; unknown or ambiguous ones give an error with suggestions."""
    gz = gazetteer()
    if gz is None:
        return PlaceCheck(tuple(split_list(text)))
    from volmatch.importing.places import place_items
    from volmatch.reference.gazetteer import ResolveStatus

    items, _ = place_items(gz, text)  # one address with commas is one place

    districts: list[str] = []
    notes: list[str] = []
    citywide = remote = False
    for item in items:
        r = gz.resolve(item)
        status = r.status
        if status is ResolveStatus.CITYWIDE:
            citywide = True
        elif status is ResolveStatus.REMOTE:
            remote = True
        elif status is ResolveStatus.EXACT or status is ResolveStatus.FUZZY:
            districts.extend(d for d in r.districts if d not in districts)
            if status is ResolveStatus.FUZZY or r.matched.casefold() != item.casefold():
                notes.append(
                    QCoreApplication.translate("Places", "“%1” read as %2")
                    .replace("%1", item)
                    .replace("%2", ", ".join(gz.label(d) for d in r.districts))
                )
        elif status is ResolveStatus.AMBIGUOUS:
            return PlaceCheck(
                tuple(districts),
                citywide,
                remote,
                QCoreApplication.translate(
                    "Places", "“%1” lies in several districts: %2. Please name one."
                )
                .replace("%1", item)
                .replace("%2", ", ".join(gz.label(d) for d in r.districts)),
            )
        elif status is ResolveStatus.UNKNOWN:
            hint = ""
            if r.suggestions:
                hint = " " + QCoreApplication.translate("Places", "Did you mean %1?").replace(
                    "%1", QCoreApplication.translate("Places", " or ").join(r.suggestions[:3])
                )
            return PlaceCheck(
                tuple(districts),
                citywide,
                remote,
                QCoreApplication.translate(
                    "Places", "“%1” is not a Prague district or quarter."
                ).replace("%1", item)
                + hint,
            )
    return PlaceCheck(tuple(districts), citywide, remote, "", "; ".join(notes))
