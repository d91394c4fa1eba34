"""A small Prague-like context and record helpers for the matcher tests."""

from __future__ import annotations

import datetime as dt
import math

from volmatch.domain import LanguageNeed, LanguageSkill, Level, Opportunity, Status, Volunteer
from volmatch.matching import MatchContext

TODAY = dt.date(2026, 6, 1)

_COORDS = {
    "Praha 1": (50.087, 14.421),
    "Praha 2": (50.075, 14.430),
    "Praha 7": (50.102, 14.433),
    "Praha 8": (50.110, 14.470),
    "Praha-Troja": (50.116, 14.420),
    "Praha 13": (50.050, 14.330),
    "Praha 22": (50.030, 14.600),
}
_ADMIN = {"Praha-Troja": "Praha 7"}
_NEAR = {
    frozenset(p)
    for p in [
        ("Praha 1", "Praha 2"),
        ("Praha 7", "Praha 8"),
        ("Praha 7", "Praha-Troja"),
        ("Praha 8", "Praha-Troja"),
        ("Praha 1", "Praha 7"),
    ]
}
_TERMS = {
    "gardening": ["zahradničení", "zahrada", "gardening", "garden", "садівництво"],
    "children": ["děti", "kids", "children", "діти"],
    "tutoring": ["doučování", "tutoring", "репетиторство"],
    "festivals": ["festivaly", "festivals", "festival", "фестивалі"],
    "cooking": ["vaření", "cooking", "кулінарія"],
}
_NAMES = {
    ("cs", "en"): "Czech",
    ("uk", "en"): "Ukrainian",
    ("en", "en"): "English",
    ("cs", "cs"): "čeština",
    ("uk", "cs"): "ukrajinština",
    ("uk", "uk"): "українська",
}
_ALIASES = {"holesovice": "Praha 7", "liben": "Praha 8", "troja": "Praha-Troja"}


def _km(a: str, b: str) -> float:
    (la1, lo1), (la2, lo2) = _COORDS[a], _COORDS[b]
    return math.hypot((la1 - la2) * 111.0, (lo1 - lo2) * 71.0)


def _resolve(text: str):
    from volmatch.text import fold

    key = fold(text)
    for name in _COORDS:
        if fold(name) == key:
            return name, ()
    if key in _ALIASES:
        return _ALIASES[key], ()
    return None, ("Praha 7",) if key.startswith("hol") else ()


def make_context() -> MatchContext:
    return MatchContext(
        districts=tuple(_COORDS),
        admin_of=lambda n: _ADMIN.get(n, n),
        neighbours=lambda n: frozenset(x for p in _NEAR if n in p for x in p if x != n),
        distance_km=_km,
        district_label=lambda n: n,
        resolve_district=_resolve,
        language_name=lambda code, lang: _NAMES.get((code, lang), code),
        tag_name=lambda tag, lang: tag,
        terms=tuple((t, tag) for tag, ts in _TERMS.items() for t in ts),
    )


def opp(id: int, **kw) -> Opportunity:
    kw.setdefault("title", f"Listing {id}")
    kw.setdefault("status", Status.PUBLISHED)
    return Opportunity(id=id, **kw)


def vol(id: int = 1, **kw) -> Volunteer:
    kw.setdefault("name", f"Volunteer {id}")
    return Volunteer(id=id, **kw)


def need(code: str, level: Level | None = None, required: bool = True) -> LanguageNeed:
    return LanguageNeed(code, level, required)


def skill(code: str, level: Level | None = None) -> LanguageSkill:
    return LanguageSkill(code, level)
