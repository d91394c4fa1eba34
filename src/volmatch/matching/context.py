"""What the matcher needs from the reference data, behind one small object.

``MatchContext.default()`` takes the gazetteer, language catalogue and taxonomy from
:mod:`volmatch.reference`; tests and other cities may pass their own. District
affinities are precomputed as a square matrix over municipal district names.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from volmatch.text import fold

# District part of a pair (0..1); documented in the module docstring of volmatch.matching.
SAME = 1.0
# Another municipal district of one's administrative district (Libuš for Modřany, both
# Praha 12) is a place as near as a neighbour, not nearly home: the step from home must
# cost more than times that do not meet ((1 - 0.71) * 25 = 7.25 > 7 points of 100 with the
# default weights, see scoring.NO_OVERLAP), as a neighbour's does. It was 0.85 (3.75
# points), which put a listing there at the person's times above one at home at other
# times. Kept a little above NEIGHBOUR: relation() tells the two apart by value.
SAME_ADMIN = 0.71
NEIGHBOUR = 0.7
FAR_MAX = 0.6  # farther districts decay from this with the distance between centroids
FAR_SCALE_KM = 10.0  # Prague: 10 km is a half-hour tram ride, not out of reach
TRAVEL = 0.95  # a travel district counts almost like home
NEUTRAL = 0.5  # not stated on one side


class Codes:
    """A growing str <-> int registry (languages, tags, districts)."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._ids: dict[str, int] = {}
        self.names: list[str] = []
        for n in names:
            self.id(n)

    def id(self, name: str) -> int:
        found = self._ids.get(name)
        if found is None:
            found = self._ids[name] = len(self.names)
            self.names.append(name)
        return found

    def get(self, name: str) -> int | None:
        return self._ids.get(name)

    def __len__(self) -> int:
        return len(self.names)


@dataclass
class MatchContext:
    """Reference data as the matcher uses it.

    ``districts``: municipal district names; ``admin_of``/``neighbours``/``distance_km``
    describe them; ``terms``: (folded term, tag id) pairs, the interest vocabulary; ``term_owners``: the
    tag whose own name a term is.
    """

    districts: Sequence[str] = ()
    admin_of: Callable[[str], str | None] = lambda name: None
    neighbours: Callable[[str], frozenset[str]] = lambda name: frozenset()
    distance_km: Callable[[str, str], float | None] = lambda a, b: None
    district_label: Callable[[str], str] = lambda name: name
    resolve_district: Callable[[str], tuple[str | None, tuple[str, ...]]] = lambda text: (None, ())
    # "celá Praha", "online": no home district, but nothing unrecognised either
    anywhere: Callable[[str], bool] = lambda text: False
    language_name: Callable[[str, str], str] = lambda code, lang: code
    tag_name: Callable[[str, str], str] = lambda tag, lang: tag
    terms: Sequence[tuple[str, str]] = ()
    term_owners: Mapping[str, str] = field(default_factory=dict)  # term -> tag it names
    district_codes: Codes = field(init=False)
    _affinity: np.ndarray | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.district_codes = Codes(self.districts)

    @classmethod
    def default(cls) -> MatchContext:
        """From volmatch.reference (cached); pieces not installed fall back to plain codes."""
        return _default_context()

    # -- districts ---------------------------------------------------------
    def district_id(self, name: str | None) -> int | None:
        """The id of a known municipal district name, else None."""
        return self.district_codes.get(name) if name else None

    def known_district(
        self, name: str | None, text: str = ""
    ) -> tuple[str | None, tuple[str, ...]]:
        """A municipal district from a stored name or, failing that, what the person wrote."""
        if name and self.district_codes.get(name) is not None:
            return name, ()
        for candidate in (name, text):
            if candidate:
                resolved, suggestions = self.resolve_district(candidate)
                if resolved and self.district_codes.get(resolved) is not None:
                    return resolved, ()
                if suggestions:
                    return None, suggestions
        return None, ()

    def affinity(self) -> np.ndarray:
        """D x D district affinity (SAME, SAME_ADMIN, NEIGHBOUR or distance decay)."""
        if self._affinity is None:
            names = list(self.districts)
            n = len(names)
            mat = np.zeros((n, n), dtype=np.float64)
            admin = [self.admin_of(x) for x in names]
            for i, a in enumerate(names):
                near = self.neighbours(a)
                for j, b in enumerate(names):
                    mat[i, j] = self._pair_affinity(a, b, admin[i], admin[j], near)
            self._affinity = mat
        return self._affinity

    def _pair_affinity(self, a: str, b: str, admin_a, admin_b, near: frozenset[str]) -> float:
        if a == b:
            return SAME
        if admin_a and admin_a == admin_b:
            return SAME_ADMIN
        if b in near:
            return NEIGHBOUR
        km = self.distance_km(a, b)
        if km is None:
            return 0.0
        return FAR_MAX * math.exp(-km / FAR_SCALE_KM)

    def relation(self, home: str, place: str) -> tuple[str, float]:
        """How ``place`` relates to ``home``: same/admin/neighbour/far and the affinity."""
        i, j = self.district_id(home), self.district_id(place)
        if i is None or j is None:
            return "unknown", 0.0
        value = float(self.affinity()[i, j])
        if home == place:
            return "same", value
        if value == SAME_ADMIN:
            return "admin", value
        if value == NEIGHBOUR:
            return "neighbour", value
        return "far", value


@cache
def _default_context() -> MatchContext:
    kwargs: dict = {}
    try:
        from volmatch.reference.gazetteer import default_gazetteer

        gz = default_gazetteer()
        kwargs.update(
            districts=tuple(gz.municipal_districts),
            admin_of=gz.admin_of,
            neighbours=gz.neighbours,
            distance_km=gz.distance_km,
            district_label=gz.label,
            resolve_district=lambda text: _resolve_with(gz, text),
            anywhere=lambda text: gz.resolve(text).status.name in ("CITYWIDE", "REMOTE"),
        )
    except ImportError:
        pass
    # The catalogue (and Babel under it) loads when a reason first names a language.
    kwargs["language_name"] = _language_name
    try:
        from volmatch.reference.taxonomy import default_taxonomy

        tx = default_taxonomy()
        kwargs["tag_name"] = lambda tag, lang: _safe(tx.name, tag, lang)
        kwargs["terms"] = tuple((fold(t), tag) for t, tag in tx.terms())
        kwargs["term_owners"] = {fold(t): tag for t, tag in tx.owners().items()}
    except ImportError:
        pass
    return MatchContext(**kwargs)


def _language_name(code: str, lang: str) -> str:
    try:
        from volmatch.reference.languages import language_name
    except ImportError:
        return code
    return _safe(language_name, code, lang)


def _safe(fn: Callable[[str, str], str], code: str, lang: str) -> str:
    try:
        return fn(code, lang) or code
    except (KeyError, ValueError, LookupError):
        return code


def _resolve_with(gz, text: str) -> tuple[str | None, tuple[str, ...]]:
    res = gz.resolve(text)
    status = getattr(res.status, "name", str(res.status))
    # An area split between districts (Holešovice, Libeň) is taken as its main district:
    # the gazetteer lists the best first.
    if status in ("EXACT", "FUZZY", "AMBIGUOUS") and res.districts:
        return res.districts[0], ()
    return None, tuple(getattr(res, "suggestions", ()))
