"""Indexes built from stored columns (``volmatch.storage.derived``) instead of records.

A cold process reads each listing's plain columns and its derived features as a few
long lists; distinct values are decoded once and the rows filled column by column.
Domain records are loaded later, only for the few shown (``index.ensure``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np

from volmatch.domain import Opportunity, Status, Volunteer
from volmatch.storage.match_codes import DIGIT_BITS, HIT_SIZE, Packed

from .columns import narrow
from .context import Codes, MatchContext
from .features import FACTOR_DIGITS, ITEM, decode_listing, decode_volunteer
from .index import OpportunityIndex
from .interests import Vocabulary
from .keywords import KW
from .scoring import BIG_DAY
from .volunteer_index import VolunteerIndex


def _numbers(values: list) -> list[int]:
    """Stored numbers, a missing one (None) as 0."""
    return [v or 0 for v in values] if None in values else values


def _days(values: list, default: int) -> list[int]:
    """Day ordinals of stored dates (ISO text from SQLite, dates from PostgreSQL)."""
    cache: dict = {None: default, "": default}
    for v in set(values):
        if v not in cache:
            cache[v] = (dt.date.fromisoformat(v) if isinstance(v, str) else v).toordinal()
    return list(map(cache.__getitem__, values))


class SlotLists:
    """Each slot's list of (tag id, factor), or of tag ids, kept flat; a slot's own list is made when
    asked for: built from 100,000 stored rows, a Python list per slot would cost more than
    the rest of the index; only the listings shown and those updated later need theirs."""

    def __init__(self, offsets: np.ndarray, tids: np.ndarray, factors=None) -> None:
        self._offsets, self._tids, self._factors = offsets, tids, factors
        self._changed: dict[int, list] = {}
        self._n = len(offsets) - 1

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, slot: int) -> list:
        found = self._changed.get(slot)
        if found is not None:
            return found
        a, b = self._offsets[slot], self._offsets[slot + 1]
        if self._factors is None:
            return self._tids[a:b].tolist()
        return list(zip(self._tids[a:b].tolist(), self._factors[a:b].tolist(), strict=True))

    def __setitem__(self, slot: int, value: list) -> None:
        self._changed[slot] = value

    def append(self, value: list) -> None:
        self._changed[self._n] = value
        self._n += 1


def opportunity_index(
    ctx: MatchContext,
    vocab: Vocabulary,
    languages: Codes,
    stored: dict[str, list],
    load: Callable[[list[int]], dict[int, Opportunity]],
) -> OpportunityIndex:
    """Listings from stored columns (``volmatch.storage.derived.read_listings``): no
    domain records; ``load(ids)`` gives the records of the few that are shown."""
    idx = OpportunityIndex(ctx, vocab, languages)
    n = len(stored["id"])
    idx.cols.reserve(n)
    idx.size, idx.load = n, load
    c = idx.cols
    c["id"][:n] = stored["id"]
    c["alive"][:n] = True
    published = Status.PUBLISHED.value
    c["published"][:n] = list(map(published.__eq__, stored["status"]))
    c["valid_until"][:n] = _days(stored["valid_until"], BIG_DAY)
    c["start"][:n] = _days(stored["start_date"], 0)
    c["end"][:n] = _days(stored["end_date"], BIG_DAY)
    c["min_age"][:n] = _numbers(stored["min_age"])
    masks = _numbers(stored["schedule_mask"])
    # Few distinct values: each is decoded and registered once.
    sig = {m: idx.mask_sigs.id([m], [m.bit_count()]) for m in set(masks)}
    c["mask_sig"][:n] = list(map(sig.__getitem__, masks))
    places = list(zip(stored["districts"], stored["open"], strict=True))
    distinct = list(set(places))
    # each district name resolved once: many listings name a few dozen districts
    resolved = {
        name: ctx.district_id(name) for text, _ in distinct for name in (text or "").split(ITEM)
    }
    rows = []
    for text, open_ in distinct:
        found = {resolved[x] for x in text.split(ITEM)} - {None} if text and not open_ else ()
        rows.append((sorted(found), [bool(open_)]))
    dist = dict(zip(distinct, idx.dist_sigs.ids(rows), strict=True))
    c["dist_sig"][:n] = list(map(dist.__getitem__, places))
    distinct = list(set(stored["needs"]))
    rows = []
    for text in distinct:
        needs = decode_listing("", False, text).needs
        rows.append(
            (
                [languages.id(code) for code, _, _ in needs],
                [level for _, level, _ in needs],
                [required for _, _, required in needs],
            )
        )
    lang = dict(zip(distinct, idx.lang_sigs.ids(rows), strict=True))
    c["lang_sig"][:n] = list(map(lang.__getitem__, stored["needs"]))
    slots, tids, factors, offsets = listing_tags(vocab, stored["tag_codes"], stored["terms"])
    idx.slot_tags = SlotLists(offsets, tids, factors)
    idx.records = [None] * n
    idx._slot_of = dict(zip(stored["id"], range(n), strict=True))
    idx.tags.bulk(tids, slots, factors)
    return idx


# a volunteer's hit or word as stored (``storage.match_codes.HIT_FORMAT``)
_HIT = np.dtype([("term", "<i4"), ("phrase", "<i4"), ("value", "<f8")])
assert _HIT.itemsize == HIT_SIZE


def _flat(codes: list[bytes | None] | Packed, dtype) -> tuple[np.ndarray, np.ndarray]:
    """(each row's number of items, every item) of stored codes, in one array."""
    size = np.dtype(dtype).itemsize
    if isinstance(codes, Packed):
        return np.array(codes.lengths, dtype=np.int64) // size, np.frombuffer(codes.data, dtype)
    if None in codes:
        codes = [c or b"" for c in codes]
    lengths = np.fromiter(map(len, codes), np.int64, len(codes))
    flat = np.frombuffer(b"".join(codes), dtype=dtype)
    return lengths // size, flat


def _lookup(terms: np.ndarray, names: dict[int, str], register: Callable[[str], int]):
    """``terms`` (stored term ids) as the ids ``register`` gives their names, registered in
    the order they first occur (as when the names themselves were read in order); and
    those ids in that order."""
    bound = int(terms.max(initial=-1)) + 1
    used, first = np.unique(narrow(terms, bound), return_index=True)
    used = used.astype(np.int64)
    table = np.full(int(used.max(initial=0)) + 1, -1, dtype=np.int64)
    # a term deleted meanwhile (a person erased while another writer stored it) names
    # nothing any record can hit
    unknown = "\x00{}".format
    order = [
        register(names.get(tid) or unknown(tid))
        for tid in used[np.argsort(first, kind="stable")].tolist()
    ]
    table[used[np.argsort(first, kind="stable")]] = order
    return (table[terms] if terms.size else terms.astype(np.int64)), order


def listing_tags(vocab: Vocabulary, codes: list[bytes | None] | Packed, names: dict[int, str]):
    """(slot, tag id, factor) of every stored tag (``storage.match_codes``), and each
    slot's offsets; which free keywords the listings use is counted in ``vocab``."""
    lengths, flat = _flat(codes, "<i4")
    n = len(lengths)
    flat = flat.astype(np.int64)
    factors = (flat & (1 << DIGIT_BITS) - 1) / FACTOR_DIGITS
    tids, order = _lookup(flat >> DIGIT_BITS, names, vocab.tags.id)
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    counts = np.bincount(tids, minlength=len(vocab.tags))
    every = vocab.tags.names
    vocab.keywords.set_listed(
        {every[t][len(KW) :]: int(counts[t]) for t in order if every[t].startswith(KW)}
    )
    return np.repeat(np.arange(n, dtype=np.int64), lengths), tids, factors, offsets


def listed_keywords(vocab: Vocabulary, codes: list[bytes | None] | Packed, names: dict[int, str]):
    """Which free keywords the listings use and how many times, counted in ``vocab``, as
    :func:`listing_tags` counts them: all that ranking volunteers needs of the listings
    (no tag ids looked up or sorted for 770,000 codes; the typos' order is their own)."""
    _, flat = _flat(codes, "<i4")
    counts = np.bincount(flat >> DIGIT_BITS) if flat.size else np.zeros(0, dtype=np.int64)
    used = [(names.get(t) or "", int(counts[t])) for t in np.flatnonzero(counts).tolist()]
    vocab.keywords.set_listed({name[len(KW) :]: n for name, n in used if name.startswith(KW)})


def volunteer_index(
    ctx: MatchContext,
    vocab: Vocabulary,
    languages: Codes,
    stored: dict[str, list],
    load: Callable[[list[int]], dict[int, Volunteer]],
) -> VolunteerIndex:
    """Volunteers from stored columns (``volmatch.storage.derived.read_volunteers``)."""
    idx = VolunteerIndex(ctx, vocab, languages)
    n = len(stored["id"])
    idx.cols.reserve(n)
    idx.size, idx.load = n, load
    idx.records = [None] * n
    idx._slot_of = dict(zip(stored["id"], range(n), strict=True))
    c = idx.cols
    c["id"][:n] = stored["id"]
    c["alive"][:n] = True
    c["mask"][:n] = _numbers(stored["availability_mask"])
    c["from"][:n] = _days(stored["available_from"], 0)
    c["until"][:n] = _days(stored["available_until"], BIG_DAY)
    c["birth_year"][:n] = _numbers(stored["birth_year"])
    c["consent"][:n] = _consent(stored["consent_date"], stored["consent_scope"])
    c["wanted"][:n] = stored["wanted"]
    home = {h: ctx.district_id(h) if h else None for h in set(stored["home"])}
    home = {h: -1 if d is None else d for h, d in home.items()}
    c["home"][:n] = list(map(home.__getitem__, stored["home"]))
    travel = {}
    for text in set(stored["travel"]):
        travel[text] = [ctx.district_id(t) for t in decode_volunteer(None, text, "", "", 0).travel]
    width = max(map(len, travel.values()), default=0)
    c.widen("travel", width)
    if width:
        c["travel"][:n] = _gather(
            {k: v + [-1] * (width - len(v)) for k, v in travel.items()}, stored["travel"]
        )
    levels = {}
    for text in set(stored["levels"]):
        found = decode_volunteer(None, "", text, "", 0).levels
        levels[text] = [(languages.id(code), level) for code, level in found]
    c.widen("levels", len(languages))
    width = c["levels"].shape[1]
    rows = {}
    for text, found in levels.items():
        rows[text] = [0.0] * width
        for lid, level in found:
            rows[text][lid] = level
    if n:  # no volunteers: nothing to gather (an empty table would have the wrong shape)
        c["levels"][:n] = _gather(rows, stored["levels"])
    words, names = idx.words, stored["terms"]

    def register(name: str) -> int:  # a word written, or a taxonomy tag
        return words.id(name[len(KW) :]) if name.startswith(KW) else vocab.tags.id(name)

    lengths, found = _flat(stored["hit_codes"], _HIT)
    slots = np.repeat(np.arange(n, dtype=np.int64), lengths)
    terms = found["term"].astype(np.int64)
    mapped, _ = _lookup(terms, names, register)
    # which stored terms are words written (from the few names, not the many hits)
    kw = np.zeros(int(terms.max(initial=0)) + 1, dtype=np.bool_)
    kw[[t for t, name in names.items() if t < kw.size and name.startswith(KW)]] = True
    is_word = kw[terms]
    is_hit = ~is_word
    hit_slots, word_slots = slots[is_hit], slots[is_word]
    tags = mapped[is_hit]
    phrase = found["phrase"]
    hit_phrases, word_phrases = phrase[is_hit].astype(np.int64), phrase[is_word].astype(np.int64)
    idx.max_phrases = max(1, int(phrase.max(initial=-1)) + 1)
    order = idx.hits.bulk(tags, hit_slots, found["value"][is_hit])
    idx.phrase_of_hit.bulk(tags, hit_slots, hit_phrases.astype(np.float64), order)
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(hit_slots, minlength=n), out=offsets[1:])
    idx.slot_tags = SlotLists(offsets, tags)
    # a word's place among its volunteer's words (first on a tie of scores)
    starts = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(word_slots, minlength=n), out=starts[1:])
    order = np.arange(word_slots.size) - starts[word_slots]
    lengths_of = found["value"][is_word].astype(np.int64)
    words.bulk(mapped[is_word], word_slots, word_phrases, lengths_of, order)
    return idx


def _gather(rows: dict, values: list) -> np.ndarray:
    """The row of each value, from the few distinct ones (a list per slot is slow)."""
    number = {value: i for i, value in enumerate(rows)}
    table = np.array(list(rows.values()))
    return table[np.fromiter(map(number.__getitem__, values), np.int64, count=len(values))]


def _consent(dates: list, scopes: list) -> list[bool]:
    """Who may be matched, by the privacy rule itself (called once per distinct value)."""
    from types import SimpleNamespace

    from volmatch.privacy.consent import can_match

    # the date itself does not matter, only whether it is given
    given, missing = {}, {}
    for scope in set(scopes):
        for date, allowed in ((dt.date.min, given), (None, missing)):
            probe = SimpleNamespace(consent_date=date, consent_scope=scope or "")
            allowed[scope] = can_match(probe)[0]  # type: ignore[arg-type]
    return [(missing if d is None else given)[s] for d, s in zip(dates, scopes, strict=True)]
