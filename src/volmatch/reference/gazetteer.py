"""A city's districts and how people write them.

A city is a folder ``resources/cities/<id>/`` with ``city.json`` naming its CSV files
(cadastral areas, municipal districts, administrative centroids, adjacency, the
curated order of split areas, aliases) and the words for "anywhere in the city" and
"remote". :meth:`Gazetteer.resolve` turns what a person wrote ("Holesovice", "P7",
"Praha VII", "Nusle, Praha 4", "Прага 7") into municipal district names, and says
when it guessed, when a place is split between districts, and when it does not know.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources.abc import Traversable

from rapidfuzz import fuzz, process

from volmatch.errors import Issue, Problem, Severity
from volmatch.paths import resource
from volmatch.text import clean

from . import place_text as pt
from .place_keys import Entry as _Entry
from .place_keys import Resolution, ResolveStatus
from .place_keys import haversine_km as _haversine
from .place_keys import natural_order as _natural
from .place_keys import place_key as _key
from .place_keys import read_csv_rows as _read_csv
from .place_keys import roman_number as _roman

__all__ = [
    "EXPECTED",
    "FUZZY_MARGIN",
    "FUZZY_MIN",
    "SUGGEST_MIN",
    "Gazetteer",
    "Resolution",
    "ResolveStatus",
    "available_cities",
    "default_gazetteer",
]

FUZZY_MIN = 85.0  # below this a typo is not taken as meant, only suggested
SUGGEST_MIN = 60.0
FUZZY_MARGIN = 4.0  # the best guess must beat a guess naming other districts by this much
EXPECTED = "a district of {city}, e.g. 'Praha 7', 'Praha-Troja' or 'Holešovice'"
# translated by volmatch.issue_words, which lists the same sentence
AMBIGUOUS_EXPECTED = "one municipal district; '{place}' lies in {districts}, and {main} is used"


_CASE_NOTE = re.compile(r"^(?:locative|genitive|dative|accusative|instrumental)(?: of (.+))?$")


class Gazetteer(pt.PlaceReading):
    """The districts of one city, loaded from its resource folder."""

    _key = staticmethod(lambda text: _key(text))

    def __init__(self, folder: Traversable) -> None:
        self.config: dict = json.loads((folder / "city.json").read_text(encoding="utf-8"))
        self.id: str = self.config.get("id", folder.name)
        names = self.config.get("name", {})
        self.name: str = names.get("cs") or names.get("en") or self.id
        files = self.config["files"]

        municipal = _read_csv(folder, files["municipal"])
        self.municipal_districts: tuple[str, ...] = tuple(
            r["municipal_district"] for r in municipal
        )
        self._admin = {r["municipal_district"]: r["administrative_district"] for r in municipal}
        self._old = {r["municipal_district"]: r.get("old_district_1960", "") for r in municipal}
        self._centroid: dict[str, tuple[float, float]] = {
            r["municipal_district"]: (float(r["centroid_lat"]), float(r["centroid_lon"]))
            for r in municipal
        }
        admins = _read_csv(folder, files["admin_centroids"])
        self.admin_districts: tuple[str, ...] = tuple(
            sorted({r["administrative_district"] for r in admins}, key=_natural)
        )
        self._admin_centroid = {
            r["administrative_district"]: (float(r["centroid_lat"]), float(r["centroid_lon"]))
            for r in admins
        }
        self._neighbours = self._adjacency(
            folder, files["municipal_adjacency"], "municipal_district"
        )
        self._admin_neighbours = self._adjacency(
            folder, files["admin_adjacency"], "administrative_district"
        )

        self._cadastral: dict[str, list[str]] = {}
        for r in _read_csv(folder, files["cadastral"]):
            self._cadastral.setdefault(r["cadastral_area"], []).append(r["municipal_district"])
        if files.get("split_order"):
            for r in _read_csv(folder, files["split_order"]):
                order = [d for d in r["municipal_districts"].split("|") if d]
                parts = self._cadastral.get(r["cadastral_area"])
                if parts is not None and sorted(order) == sorted(parts):
                    parts[:] = order
        for area, parts in self._cadastral.items():
            # Without a curated order, the municipal district of the same name comes first.
            same = [p for p in parts if _key(p).endswith(_key(area))]
            parts[:] = same + [p for p in parts if p not in same]

        self._prefixes = tuple(_key(p) for p in self.config.get("number_prefixes", ()))
        self._admin_prefixes = tuple(_key(p) for p in self.config.get("admin_prefixes", ()))
        # "MČ Troja", "Praha-Smíchov", "Prague Karlín": the prefix adds nothing to the name.
        self._strip = tuple(_key(p) for p in self.config.get("strip_prefixes", ())) + tuple(
            p for p in self._prefixes if len(p) > 1
        )
        self._citywide = frozenset(_key(w) for w in self.config.get("citywide", ()))
        self._remote = frozenset(_key(w) for w in self.config.get("remote", ()))
        self._number_format: str = self.config.get("numbered_district", "")
        alternatives = "|".join(re.escape(p) for p in self._prefixes) or "(?!)"
        self._number_pattern = re.compile(rf"\b(?:{alternatives}) ?(?:\d{{1,2}}|[ivxl]{{1,5}})\b")
        self._index: dict[str, _Entry] = {}
        self._build_index(folder, files.get("aliases"))
        for name in files.get("places", ()):
            self._read_aliases(folder, name)
        self._postal: dict[str, tuple[str, ...]] = {}
        if files.get("postal_codes"):
            for r in _read_csv(folder, files["postal_codes"]):
                self._postal[r["postal_code"]] = self._targets(r["postal_code"], r["districts"])
        self._streets: dict[str, tuple[str, tuple[str, ...]]] = {}
        if files.get("streets"):
            for r in _read_csv(folder, files["streets"]):
                targets = self._targets(r["street"], r["districts"])
                self._streets[pt.street_key(_key(r["street"]))] = (r["street"], targets)
        self._stems = self._stem_index()
        self._choices = [k for k in self._index if len(k) >= 4]
        self._cache: dict[str, Resolution] = {}

    # -- loading -----------------------------------------------------------
    @classmethod
    def load(cls, city: str = "prague") -> Gazetteer:
        """The gazetteer of ``resources/cities/<city>/``."""
        folder = resource("cities", city)
        if not (folder / "city.json").is_file():
            raise FileNotFoundError(
                f"no gazetteer for city '{city}' (resources/cities/{city}/city.json)"
            )
        return cls(folder)

    @staticmethod
    def _adjacency(folder: Traversable, name: str, column: str) -> dict[str, frozenset[str]]:
        pairs: dict[str, set[str]] = {}
        for r in _read_csv(folder, name):
            a, b = r[f"{column}_a"], r[f"{column}_b"]
            pairs.setdefault(a, set()).add(b)
            pairs.setdefault(b, set()).add(a)
        return {k: frozenset(v) for k, v in pairs.items()}

    def _add(self, text: str, entry: _Entry) -> None:
        key = _key(text)
        if key and key not in self._index:
            self._index[key] = entry

    def _build_index(self, folder: Traversable, aliases: str | None) -> None:
        for md in self.municipal_districts:
            self._add(md, _Entry(md, "municipal", (md,)))
        # The official names first, so that an alias never hides one.
        for area, parts in self._cadastral.items():
            self._add(area, _Entry(area, "cadastral", tuple(parts)))
        for md in self.municipal_districts:
            # "Praha-Troja" is also written "Troja" when no cadastral area claims that name.
            prefix, _, rest = md.partition("-")
            if rest and _key(prefix) in self._prefixes:
                self._add(rest, _Entry(md, "municipal", (md,)))
        if aliases:
            self._read_aliases(folder, aliases)

    def _targets(self, name: str, target: str) -> tuple[str, ...]:
        """A cadastral area's parts, or municipal districts separated by |."""
        if target in self._cadastral:
            return tuple(self._cadastral[target])
        parts = tuple(d for d in target.split("|") if d)
        unknown = [d for d in parts if d not in self._admin]
        if unknown or not parts:
            raise ValueError(f"gazetteer: '{name}' names unknown district(s) {unknown}")
        return parts

    def _read_aliases(self, folder: Traversable, name: str) -> None:
        for r in _read_csv(folder, name):
            # a case form ("Letné", note "locative of Letná") is shown as the name it bends
            case = _CASE_NOTE.match(r.get("note", ""))
            shown = (case.group(1) or r["target"]) if case else r["alias"]
            self._add(r["alias"], _Entry(shown, "alias", self._targets(r["alias"], r["target"])))

    def _stem_index(self) -> dict[str, _Entry]:
        """Stemmed keys ("nusl", "vysocan") -> entry, where no two places share a stem."""
        out: dict[str, _Entry] = {}
        clash: set[str] = set()
        for key, entry in self._index.items():
            if len(key) < 4 or key.isdigit():
                continue
            s = pt.stem_key(key)
            old = out.setdefault(s, entry)
            if old.districts != entry.districts:
                clash.add(s)
        return {k: v for k, v in out.items() if k not in clash}

    # -- facts ---------------------------------------------------------------
    def _known(self, name: str) -> str:
        if name not in self._admin:
            raise KeyError(f"'{name}' is not a municipal district of {self.name}")
        return name

    def admin_of(self, name: str) -> str:
        """The administrative district of a municipal district."""
        return self._admin[self._known(name)]

    def old_district_of(self, name: str) -> str:
        """The old (1960) district of a municipal district, still used by courts and post."""
        return self._old[self._known(name)]

    def municipal_in_admin(self, admin: str) -> tuple[str, ...]:
        return tuple(md for md in self.municipal_districts if self._admin[md] == admin)

    def municipal_in_old(self, old: str) -> tuple[str, ...]:
        return tuple(md for md in self.municipal_districts if self._old[md] == old)

    def neighbours(self, name: str) -> frozenset[str]:
        """Municipal districts sharing a border with ``name``."""
        return self._neighbours.get(self._known(name), frozenset())

    def admin_neighbours(self, admin: str) -> frozenset[str]:
        return self._admin_neighbours.get(admin, frozenset())

    def centroid(self, name: str) -> tuple[float, float]:
        """(lat, lon) of a municipal or administrative district."""
        if name in self._centroid:
            return self._centroid[name]
        if name in self._admin_centroid:
            return self._admin_centroid[name]
        raise KeyError(f"'{name}' is not a district of {self.name}")

    def distance_km(self, a: str, b: str) -> float:
        """Great-circle distance between two districts' centroids."""
        return _haversine(self.centroid(a), self.centroid(b))

    def label(self, name: str) -> str:
        """For display: "Praha-Troja (Praha 7)"; names it does not know come back unchanged."""
        admin = self._admin.get(name)
        return name if admin is None or admin == name else f"{name} ({admin})"

    @property
    def cadastral_areas(self) -> tuple[str, ...]:
        return tuple(self._cadastral)

    def cadastral_areas_of(self, name: str) -> tuple[str, ...]:
        """Cadastral areas lying (wholly or partly) in a municipal district."""
        self._known(name)
        return tuple(a for a, parts in self._cadastral.items() if name in parts)

    def municipal_of_cadastral(self, area: str) -> tuple[str, ...]:
        """The municipal districts a cadastral area lies in, main part first."""
        return tuple(self._cadastral[area])

    # -- resolving -----------------------------------------------------------
    def resolve(self, text: str | None) -> Resolution:
        """What ``text`` names; see :class:`Resolution` and :class:`ResolveStatus`."""
        raw = clean(text)
        cached = self._cache.get(raw)
        if cached is None:
            cached = self._resolve(raw)
            if len(self._cache) < 50_000:
                self._cache[raw] = cached
        return cached

    def _resolve(self, raw: str, guess: bool = True) -> Resolution:
        """``guess=False``: no typo guessing (UNKNOWN instead), for readings tried in bulk."""
        key = self._strip_prefix(_key(raw))
        if not key:
            return Resolution(ResolveStatus.EMPTY)
        scope = self._scope(raw, key)
        if scope is not None:
            return scope
        found = self._exact(key)
        if found is not None:
            return found
        found = self._joined(raw)
        if found is not None:
            return found
        found = self._address(raw)
        if found is not None:
            return found
        compound = self._compound(raw)
        if compound is not None:
            return compound
        found = self._read_words(key)
        if found is not None:
            return found
        found = self._transliterated(raw) if guess else None
        if found is not None:
            return found
        if not guess:
            return Resolution(ResolveStatus.UNKNOWN)
        return self._fuzzy(pt.strip_filler(key) or key)

    def _strip_prefix(self, key: str) -> str:
        if key in self._index:
            return key
        for p in self._strip:
            if key.startswith(p + " ") and key[len(p) + 1 :] in self._index:
                return key[len(p) + 1 :]
        return key

    def _scope(self, raw: str, key: str) -> Resolution | None:
        parts = [_key(p) for p in re.split(r"[/,;+]|\s[-–—]\s|\(|\)", raw)]
        parts = [p for p in parts if p] or [key]
        for words, status in (
            (self._remote, ResolveStatus.REMOTE),
            (self._citywide, ResolveStatus.CITYWIDE),
        ):
            if key in words or all(p in words for p in parts):
                return Resolution(status, matched=raw, score=100.0)
        return None

    def _entry_resolution(self, entry: _Entry, score: float = 100.0) -> Resolution:
        status = ResolveStatus.AMBIGUOUS if len(entry.districts) > 1 else ResolveStatus.EXACT
        return Resolution(status, entry.districts, entry.canonical, entry.kind, score)

    def _number(self, key: str) -> int | None:
        """N of "praha 7", "p 7", "praha vii", "прага 7"; None otherwise."""
        for prefix in self._prefixes:
            if key.startswith(prefix + " ") or (prefix == "p" and key[1:2].isdigit()):
                rest = key[len(prefix) :].strip()
                if rest.isdigit():
                    return int(rest)
                if len(prefix) > 1 and (n := _roman(rest)):
                    return n
        return None

    def _numbered(self, n: int) -> str | None:
        if not self._number_format:
            return None
        name = self._number_format.format(n=n)
        return name if name in self._admin else None

    def _exact(self, key: str) -> Resolution | None:
        entry = self._index.get(key)
        if entry is not None:
            return self._entry_resolution(entry)
        for prefix in self._admin_prefixes:
            if key.startswith(prefix + " "):
                admin = self._numbered(self._number(key[len(prefix) + 1 :]) or 0)
                if admin and admin in self.admin_districts:
                    return Resolution(
                        ResolveStatus.EXACT,
                        self.municipal_in_admin(admin),
                        admin,
                        "administrative",
                        100.0,
                    )
        n = self._number(key)
        md = self._numbered(n) if n else None
        if md:
            return Resolution(ResolveStatus.EXACT, (md,), md, "municipal", 100.0)
        return None

    def _compound(self, raw: str) -> Resolution | None:
        """ "Praha 4 - Nusle", "Nusle, Praha 4", "Praha 7 Holešovice": the most specific consistent reading."""
        numbered = None
        m = self._number_pattern.search(_key(raw))
        if m and (n := self._number(_key(m.group(0)))):
            numbered = self._numbered(n)
        pieces = []
        for piece in re.split(r"[,;/()]|\s[-–—]\s", raw):
            k = _key(piece)
            if numbered:
                k = self._number_pattern.sub(" ", k).strip()
            if k := self._strip_prefix(k):
                pieces.append(k)
        if numbered is None and len(pieces) < 2:
            return None
        readings = []
        for piece in pieces:
            found = self._exact(piece)
            if found is None and numbered:
                guess = self._fuzzy(piece)  # a typo next to a number is still worth reading
                found = guess if guess.status is ResolveStatus.FUZZY else None
            if found is None and numbered is None:
                return None
            if found is not None and found.districts:
                readings.append(found)
        if not readings:
            if numbered is None:
                return None
            return Resolution(ResolveStatus.EXACT, (numbered,), numbered, "municipal", 100.0)
        # The most specific reading names the fewest districts.
        best = min(readings, key=lambda r: len(r.districts))
        candidates = [d for d in best.districts if all(d in r.districts for r in readings)]
        if numbered:
            candidates = [
                d for d in candidates if numbered in (d, self._admin[d], self._old.get(d))
            ]
        if not candidates:
            # The parts disagree: say so with every reading.
            union = [numbered] if numbered else []
            for r in readings:
                union += [d for d in r.districts if d not in union]
            return Resolution(
                ResolveStatus.AMBIGUOUS, tuple(union), clean(raw), best.kind, best.score
            )
        status = ResolveStatus.FUZZY if best.status is ResolveStatus.FUZZY else ResolveStatus.EXACT
        if len(candidates) > 1:
            status = ResolveStatus.AMBIGUOUS
        return Resolution(
            status, tuple(candidates), best.matched, best.kind, best.score, best.suggestions
        )

    def _display(self, key: str) -> str:
        return self._index[key].canonical

    def _fuzzy(self, key: str) -> Resolution:
        hits = process.extract(
            key, self._choices, scorer=fuzz.ratio, limit=8, score_cutoff=SUGGEST_MIN
        )
        suggestions = tuple(dict.fromkeys(self._display(k) for k, _, _ in hits))[:5]
        if hits and hits[0][1] >= FUZZY_MIN:
            best_key, score, _ = hits[0]
            entry = self._index[best_key]
            rivals = [s for k, s, _ in hits[1:] if self._index[k].districts != entry.districts]
            if not rivals or score - rivals[0] >= FUZZY_MARGIN:
                return Resolution(
                    ResolveStatus.FUZZY,
                    entry.districts,
                    entry.canonical,
                    entry.kind,
                    float(score),
                    suggestions,
                )
        n = key.strip()
        if n.isdigit() and self._numbered(int(n)):
            suggestions = (self._numbered(int(n)), *suggestions)  # a bare "7": ask, do not assume
        return Resolution(ResolveStatus.UNKNOWN, suggestions=tuple(dict.fromkeys(suggestions))[:5])

    def resolve_issue(
        self, text: str | None, column: str = "district", row: int | None = None
    ) -> tuple[Resolution, Issue | None]:
        """The resolution and, for a guess (warning) or an unknown place (error), an Issue."""
        res = self.resolve(text)
        value = clean(text)
        expected = EXPECTED.format(city=self.name)
        if res.status is ResolveStatus.FUZZY:
            return res, Issue(
                Problem.UNKNOWN_DISTRICT, column, row, value, expected,
                tuple(dict.fromkeys((res.matched, *res.suggestions)))[:5], Severity.WARNING,
            )  # fmt: skip
        if res.status is ResolveStatus.AMBIGUOUS:
            return res, Issue(
                Problem.AMBIGUOUS_DISTRICT, column, row, value,
                AMBIGUOUS_EXPECTED.format(
                    place=res.matched, districts=", ".join(res.districts), main=res.districts[0]
                ),
                res.districts, Severity.WARNING,
            )  # fmt: skip
        if res.status is ResolveStatus.UNKNOWN:
            return res, Issue(
                Problem.UNKNOWN_DISTRICT, column, row, value, expected, res.suggestions
            )
        return res, None

    def resolve_many(self, texts: Iterable[str]) -> list[Resolution]:
        return [self.resolve(t) for t in texts]


def available_cities() -> tuple[str, ...]:
    """Ids of the cities with a gazetteer folder."""
    folder = resource("cities")
    return tuple(sorted(p.name for p in folder.iterdir() if (p / "city.json").is_file()))


@cache
def default_gazetteer(city: str = "prague") -> Gazetteer:
    """The gazetteer of ``city``, loaded once (kept ready between runs: ``prepared``)."""
    from volmatch.reference.prepared import load_or_build

    return load_or_build(f"gazetteer-{city}", lambda: Gazetteer.load(city))
