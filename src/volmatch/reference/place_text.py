"""Reading places as people write them, around the gazetteer's names.

The gazetteer knows names; this module finds one in what was written:

- a sentence or a preposition around it: "bydlím na Proseku", "u Anděla", "живу в Празі 4",
  "tôi sống ở Chodov", "near Florenc";
- a Czech case form ("v Nuslích", "ve Vysočanech", "na Smíchově"), read by cutting the
  ending off both the written word and every known name (regular forms; irregular ones are
  listed in the city's ``case_forms.csv``);
- a postal code (``postal_codes.csv``), alone or in an address;
- a street address: "Jaromírova 15, 128 00 Praha 2", "Korunní 5, Vinohrady", or a known street
  with a house number alone ("Na Pankráci 15": the city's ``streets.csv``; a street crossing a
  district border is ambiguous).

:meth:`Gazetteer.looks_like_address` tells a cell holding one address (commas inside) from a
list of places.
"""

from __future__ import annotations

import re
from itertools import product

from volmatch.text import fold

POSTAL = re.compile(r"(?<!\d)(1\d{2})\s?(\d{2})(?!\d)")
# "Jaromírova 15", "Na Pankráci 1685/17", "nám. Míru 9a", "Korunní 5/A"
STREET = re.compile(r"^\D*[^\W\d_]\.?\s+\d+[a-z]?(?:\s?/\s?\d+[a-z]?)?$", re.IGNORECASE)
_ENDINGS = tuple(
    sorted(
        {
            # Czech, folded: "v Nuslích", "ve Vysočanech", "u Anděla", "na Černém Mostě"
            "ich", "ech", "ach", "ami", "emi", "iho", "eho", "imu", "emu", "em", "ou", "im",
            "ym", "um", "e", "u", "a", "i", "y", "o",
            # Ukrainian and Russian, folded (й -> и): "у Виноградах", "в Летнянах", "на Смихові"
            "ах", "ях", "ами", "ями", "ом", "ем", "ою", "ыи", "ии", "ои", "еи", "ого", "ому",
            "ім", "ым", "им", "а", "я", "е", "і", "и", "ы", "у", "ю", "о",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
# Words around a place, folded as _key() leaves them; dropped from the start and the end.
FILLER = frozenset(
    fold(w)
    for w in [
        "bydlim",
        "bydlime",
        "bydli",
        "zijeme",
        "ziju",
        "zije",
        "jsem",
        "jsme",
        "pracuji",
        "pracuju",
        "skolu",
        "chodim",
        "chodime",
        "v",
        "ve",
        "na",
        "u",
        "do",
        "z",
        "ze",
        "k",
        "ke",
        "od",
        "kolem",
        "okoli",
        "poblic",
        "poblíž",
        "blizko",
        "kousek",
        "nedaleko",
        "u",
        "metra",
        "metro",
        "stanice",
        "stanici",
        "zastavka",
        "zastavky",
        "tram",
        "tramvaj",
        "tramvaje",
        "bus",
        "autobus",
        "vlak",
        "lokalita",
        "lokalite",
        "misto",
        "mista",
        "oblast",
        "oblasti",
        "ctvrt",
        "ctvrti",
        "cast",
        "casti",
        "mestska",
        "mestske",
        "adresa",
        "adrese",
        "ulice",
        "ulici",
        "ul",
        "street",
        "вулиця",
        "вулиці",
        "улица",
        "улице",
        "duong",
        "prahy",
        "praze",
        "praha",
        "prague",
        "a",
        "okoli",
        "i",
        "live",
        "living",
        "lives",
        "based",
        "in",
        "at",
        "near",
        "around",
        "close",
        "to",
        "the",
        "area",
        "of",
        "station",
        "stop",
        "metro",
        "tram",
        "я",
        "живу",
        "живемо",
        "мешкаю",
        "проживаю",
        "живём",
        "живем",
        "в",
        "у",
        "на",
        "біля",
        "около",
        "возле",
        "поруч",
        "рядом",
        "район",
        "районі",
        "районе",
        "метро",
        "станція",
        "станции",
        "станция",
        "зупинка",
        "остановка",
        "біля",
        "toi",
        "song",
        "o",
        "gan",
        "khu",
        "quan",
        "pho",
        "tram",
        "ga",
        "phuong",
    ]
)
_FILLER_PHRASES = tuple(
    tuple(fold(p).split())
    for p in (
        "u metra",
        "stanice metra",
        "v blizkosti",
        "v okoli",
        "a okoli",
        "close to",
        "next to",
        "i live in",
        "we live in",
        "i live near",
        "toi song o",
        "chung toi song o",
        "я живу в",
        "я живу на",
        "я живу у",
    )
)


# Places joined by "or"/"and" in the five languages, or by a slash that is not inside a
# house number ("Praha 5 nebo Praha 13", "Praha 3 / Praha 10"; not "Táborská 350/32").
_JOINED = re.compile(
    r"\s(?:a|i|nebo|anebo|či|or|and|або|чи|та|і|или|и|và|hoặc|hay)\s|\s[&+]\s"
    r"|\s*(?<!\d)/\s*|\s*/(?!\d)\s*",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
# The kind of a resolution that names several places joined by a word or a slash.
JOINED = "joined"


def stem(word: str) -> str:
    """A folded word without a Czech case ending: "nuslich" -> "nusl", "proseku" -> "prosek"."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def stem_key(key: str) -> str:
    """Every word of a gazetteer key stemmed; numbers kept."""
    return " ".join(w if w.isdigit() else stem(w) for w in key.split())


def strip_filler(key: str) -> str:
    """A key without the sentence around a place: "bydlim na proseku" -> "proseku"."""
    words = key.split()
    changed = True
    while words and changed:
        changed = False
        for phrase in _FILLER_PHRASES:
            n = len(phrase)
            if len(words) > n and tuple(words[:n]) == phrase:
                words, changed = words[n:], True
            if len(words) > n and tuple(words[-n:]) == phrase:
                words, changed = words[:-n], True
        if len(words) > 1 and words[0] in FILLER and not words[1].isdigit():
            words, changed = words[1:], True
        if len(words) > 1 and words[-1] in FILLER:
            words, changed = words[:-1], True
    return " ".join(words)


def postal_code(text: str) -> str | None:
    """The first Prague postal code in ``text``, as "128 00"."""
    m = POSTAL.search(text)
    return f"{m.group(1)} {m.group(2)}" if m else None


def without_postal_code(text: str) -> str:
    return POSTAL.sub(" ", text).strip(" ,")


_HOUSE_NUMBER = re.compile(r"(?:\s\d+(?:\s[a-z])?)+$")
_STREET_ABBREVIATIONS = {"nam": "namesti", "nabr": "nabrezi", "tr": "trida"}


def street_key(key: str) -> str:
    """A gazetteer key of a street without its house number and with its type written out:
    "nam miru 9" -> "namesti miru", "ul vinohradska 12" -> "vinohradska"."""
    words = _HOUSE_NUMBER.sub("", key).split()
    if words and words[0] in ("ul", "ulice") and len(words) > 1:
        words = words[1:]
    return " ".join(_STREET_ABBREVIATIONS.get(w, w) for w in words)


def is_street(piece: str) -> bool:
    """A street and house number: "Jaromírova 15", "Na Pankráci 1685/17"."""
    return bool(STREET.match(piece.strip())) and not POSTAL.search(piece)


class PlaceReading:
    """Gazetteer methods reading addresses, postal codes, sentences and case forms."""

    def _is_street(self, piece: str) -> bool:
        return pt_is_street(piece) and self._exact(self._strip_prefix(self._key(piece))) is None

    def looks_like_address(self, cell: str) -> bool:
        """One postal address, not a list of places: a street with a number or a postal code.

        "Jaromírova 15, 128 00 Praha 2" is one place; "Praha 2, Praha 3" is two.
        """
        pieces = [p for p in re.split(r"[,;\n]", cell or "") if p.strip()]
        return postal_code(cell or "") is not None or any(self._is_street(p) for p in pieces)

    def _address(self, raw: str):
        """A street address or a postal code: what its parts name, agreeing with each other."""
        from .gazetteer import Resolution, ResolveStatus

        code = postal_code(raw)
        pieces = [p for p in re.split(r"[,;\n]", raw) if p.strip()]
        streets = [p for p in pieces if self._is_street(p)]
        if code is None and not streets:
            return None
        readings = []
        for piece in pieces:
            if piece in streets:
                continue
            rest = without_postal_code(piece)
            if not self._key(rest):
                continue
            r = self.resolve(rest)
            if r.districts and r.status is not ResolveStatus.UNKNOWN:
                readings.append(r)
        by_code = self._postal.get(code, ()) if code else ()
        # What was written (a district, a quarter, a postal code) comes first; the street
        # list (written from knowledge) answers when nothing else does, or narrows a reading
        # that names several districts.
        written = self._written_address(raw, readings, by_code, code)
        known = [r for r in map(self._street, streets) if r is not None]
        if not known:
            return written
        street = min(known, key=lambda r: len(r.districts))
        if written is None:
            return street
        narrowed = [d for d in written.districts if d in street.districts]
        if written.status is ResolveStatus.AMBIGUOUS and narrowed:
            status = ResolveStatus.EXACT if len(narrowed) == 1 else ResolveStatus.AMBIGUOUS
            return Resolution(status, tuple(narrowed), street.matched, "street", 100.0)
        return written

    def _written_address(self, raw, readings, by_code, code):
        from .gazetteer import Resolution, ResolveStatus

        if not readings and not by_code:
            return None
        candidates: list[str] = []
        if readings:
            best = min(readings, key=lambda r: len(r.districts))
            candidates = [d for d in best.districts if all(d in r.districts for r in readings)]
            if by_code and len(candidates) > 1:
                # the postal code narrows a place split between districts
                narrowed = [d for d in candidates if d in by_code or self._admin[d] in by_code]
                candidates = narrowed or candidates
            matched, kind = best.matched, best.kind
        if not candidates:
            candidates = list(by_code) or [d for r in readings for d in r.districts]
            matched, kind = (f"PSČ {code}", "postal_code") if by_code else (clean_join(raw), "")
        status = ResolveStatus.EXACT if len(candidates) == 1 else ResolveStatus.AMBIGUOUS
        return Resolution(status, tuple(dict.fromkeys(candidates)), matched, kind, 100.0)

    def _street(self, piece: str):
        """What a known street with a house number names ("Vinohradská 12"), else None."""
        from .gazetteer import Resolution, ResolveStatus

        key = self._key(piece)
        found = self._streets.get(street_key(key)) or self._streets.get(
            street_key(strip_filler(key))
        )
        if found is None:
            return None
        name, districts = found
        status = ResolveStatus.EXACT if len(districts) == 1 else ResolveStatus.AMBIGUOUS
        return Resolution(status, districts, name, "street", 100.0)

    def _joined(self, raw: str):
        """Places joined by "nebo", "a", "or", "/"... that name different districts: AMBIGUOUS
        with all of them, asked rather than the first taken; None unless every part is a place."""
        from .gazetteer import Resolution, ResolveStatus

        parts = [p.strip() for p in _JOINED.split(raw) if p and p.strip()]
        if len(parts) < 2 or not all(_LETTER.search(p) for p in parts):
            return None
        readings = [self.resolve(p) for p in parts]
        if any(r.status not in (ResolveStatus.EXACT, ResolveStatus.AMBIGUOUS) for r in readings):
            return None
        sets = [set(r.districts) for r in readings]
        conjunction = bool(_JOINED.search(raw.replace("/", " ")))
        if all(s == sets[0] for s in sets):  # "Smíchov nebo Košíře": both in Praha 5
            return Resolution(readings[0].status, readings[0].districts, clean_join(raw), "", 100.0)
        if not conjunction and set.intersection(*sets):
            return None  # a slash qualifying a place ("Praha 4/Nusle"): read as a compound
        union = tuple(dict.fromkeys(d for r in readings for d in r.districts))
        return Resolution(ResolveStatus.AMBIGUOUS, union, clean_join(raw), JOINED, 100.0)

    def joined_parts(self, raw: str) -> list[str]:
        """The places of a text that joins them with "a", "nebo", "or", "/"... (see
        :meth:`_joined`), for a cell where a list is possible (a listing's districts)."""
        return [p.strip() for p in _JOINED.split(raw) if p and p.strip()]

    def _transliterated(self, raw: str):
        """A Cyrillic name read back into Czech letters, when one reading is a known place."""
        from .gazetteer import ResolveStatus

        if not _CYRILLIC.search(raw):
            return None
        for latin in latin_readings(raw):
            found = self._resolve(latin, guess=False)
            if found.status in (ResolveStatus.EXACT, ResolveStatus.AMBIGUOUS):
                return found
        return None

    def _read_words(self, key: str):
        """A place inside a sentence or in a Czech case form."""
        from .gazetteer import Resolution, ResolveStatus

        written = key
        # "Karlovo nám." -> "karlovo namesti": abbreviated street types ("tř" is too short)
        key = " ".join(w if w == "tr" else _STREET_ABBREVIATIONS.get(w, w) for w in key.split())
        core = strip_filler(key)
        if core != written:
            if core in self._citywide:
                return Resolution(ResolveStatus.CITYWIDE, matched=core, score=100.0)
            found = self._exact(self._strip_prefix(core))
            if found is not None:
                return found
        for cand in dict.fromkeys((core, key)):
            entry = self._stems.get(stem_key(self._strip_prefix(cand)))
            if entry is not None:
                return self._entry_resolution(entry)
        return None


# Czech names written in Ukrainian or Russian letters by ear: "Хостівар", "Троя", "Глоубєтін".
# The spellings people agree on are listed (spellings.csv); any other is read back letter by
# letter. Where the two alphabets do not map one to one (х is Czech h or ch, г is h or g,
# и is y in Ukrainian and i in Russian) every choice is tried.
_CYRILLIC = re.compile(r"[а-яёєіїґ]", re.IGNORECASE)
_LETTERS = {
    "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "є": "e", "ё": "jo", "ж": "ž",
    "з": "z", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "ц": "c", "ч": "č", "ш": "š",
    "щ": "šč", "ь": "", "ъ": "", "ы": "y", "э": "e",
}  # fmt: skip
_SOFT = {"я": "a", "ю": "u"}  # after a consonant: "Летняни" -> "Letňany"
_CHOICES = tuple(product(("h", "ch"), ("h", "g"), ("y", "i")))  # х, г, и
_VOWELS = frozenset("аеєёиіїоуыэюя")


def latin_readings(text: str) -> list[str]:
    """Czech spellings a Cyrillic place name may stand for, most likely first."""
    low = text.lower().replace("рж", "ř")
    out: list[str] = []
    for kh, g, i in _CHOICES:
        chars = []
        for n, ch in enumerate(low):
            after_consonant = n > 0 and low[n - 1].isalpha() and low[n - 1] not in _VOWELS
            if ch in _SOFT:
                chars.append(_SOFT[ch] if after_consonant else "j" + _SOFT[ch])
            else:
                chars.append({"х": kh, "г": g, "и": i}.get(ch, _LETTERS.get(ch, ch)))
        latin = "".join(chars)
        if latin not in out:
            out.append(latin)
    return out


def clean_join(text: str) -> str:
    return " ".join(text.split())


pt_is_street = is_street
