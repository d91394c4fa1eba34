"""What the matcher derives from one record, as plain values that can be stored.

The indexes build their rows from these (so the stored copy and a live index can never
disagree): :func:`listing_features` and :func:`volunteer_features` call the same
reference-data functions the matcher always called. :func:`encode_*`/:func:`decode_*`
turn them into short texts for the ``*_match`` tables (``volmatch.storage.derived``).
They depend on the reference data and on this code: :func:`fingerprint` names both.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from volmatch.domain import Opportunity, Scope, Volunteer

from .context import Codes, MatchContext
from .interests import Vocabulary, listing_tags
from .keywords import KW
from .keywords import words as keyword_words
from .query import interest_hits, volunteer_levels, volunteer_places

#: Bump when what is derived changes in a way the source files below do not show.
DERIVATION_VERSION = 1

# Reference data the derived values depend on (below the resources folder) ...
_REFERENCE = ("taxonomy", "cities", "languages")
# ... and the code that derives them (below the volmatch package): every module the
# derivation may call, so that a change to any rule derives again.
_CODE = ("text.py", "matching/*.py", "reference/*.py")


@dataclass(frozen=True, slots=True)
class ListingFeatures:
    districts: tuple[str, ...]  # municipal districts the gazetteer knows
    open: bool  # citywide or remote: fits every district
    needs: tuple[tuple[str, int, bool], ...]  # (language code, minimum level or 0, required)
    tags: tuple[tuple[str, float], ...]  # (tag id, factor): own tags 1, named in text less
    # free keyword (tags named keywords.KW + stem) -> its word as first written here: the
    # matcher shows a keyword by the word of the first listing that used it
    words: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class VolunteerFeatures:
    home: str | None  # the home municipal district, resolved from what was written
    travel: tuple[str, ...]  # known travel districts other than home
    levels: tuple[tuple[str, int | float], ...]  # (language code, best level)
    hits: tuple[tuple[str, float, int], ...]  # (tag id, score 0..100, written interest no.)
    wanted: int  # written interests with a hit: the coverage denominator


def listing_features(opp: Opportunity, ctx: MatchContext, vocab: Vocabulary) -> ListingFeatures:
    tags = [
        (vocab.tags.names[tid], factor)
        for tid, factor in listing_tags(vocab, opp.interests, opp.title, opp.description)
    ]
    return ListingFeatures(
        districts=tuple(x for x in opp.districts if ctx.district_id(x) is not None),
        open=opp.scope in (Scope.CITYWIDE, Scope.REMOTE),
        needs=tuple((n.code, int(n.min_level or 0), bool(n.required)) for n in opp.languages),
        tags=tuple(tags),
        words=_first_words(opp, vocab, [t for t, _ in tags if t.startswith(KW)]),
    )


def _first_words(opp: Opportunity, vocab: Vocabulary, named: list[str]) -> tuple:
    """Each free keyword's word as first written in the listing, in the order
    ``listing_tags`` meets them (its free keywords, the title, the description)."""
    if not named:
        return ()
    free = [t for t in opp.interests if t not in vocab.known_tags]
    found: dict[str, str] = {}
    for text in (*free, opp.title, opp.description):
        for stem_, word in keyword_words(text, vocab.term_words):
            found.setdefault(KW + stem_, word)
    return tuple((t, found.get(t, t[len(KW) :])) for t in named)


def volunteer_features(v: Volunteer, ctx: MatchContext, vocab: Vocabulary) -> VolunteerFeatures:
    home, travel, _ = volunteer_places(v, ctx)
    codes = Codes(s.code for s in v.languages)
    levels = volunteer_levels(v, codes)
    _, hits, wanted = interest_hits(v, vocab)
    phrase_ids: dict[str, int] = {}
    return VolunteerFeatures(
        home=home,
        travel=travel,
        levels=tuple((codes.names[lid], level) for lid, level in levels.items()),
        hits=tuple(
            (vocab.tags.names[tid], hit.score, phrase_ids.setdefault(hit.phrase, len(phrase_ids)))
            for tid, hit in hits.items()
        ),
        wanted=wanted,
    )


# -- as stored text ---------------------------------------------------------------------
# District names, language codes and tag ids never contain "|" or "\t"; a value that
# did would fail to decode into the same features, which the tests check for the data.
ITEM, PART = "|", "\t"


def _join(rows) -> str:
    return ITEM.join(PART.join(str(x) for x in row) for row in rows)


def _split(text: str | None) -> list[list[str]]:
    return [item.split(PART) for item in text.split(ITEM)] if text else []


def encode_listing(f: ListingFeatures) -> dict[str, object]:
    first = dict(f.words)
    return {
        "districts": ITEM.join(f.districts),
        "open": f.open,
        "needs": _join((c, m, int(r)) for c, m, r in f.needs),
        "tags": _join((t, repr(x), first[t]) if t in first else (t, repr(x)) for t, x in f.tags),
    }


def decode_listing(districts: str, open_: object, needs: str, tags: str) -> ListingFeatures:
    return ListingFeatures(
        districts=tuple(districts.split(ITEM)) if districts else (),
        open=bool(open_),
        needs=tuple((c, int(m), r == "1") for c, m, r in _split(needs)),
        tags=tuple((t, float(x)) for t, x, *_ in _split(tags)),
        words=tuple((t, w) for t, _, *w in _split(tags) for w in w),
    )


def encode_volunteer(f: VolunteerFeatures) -> dict[str, object]:
    return {
        "home": f.home,
        "travel": ITEM.join(f.travel),
        "levels": _join((c, repr(x)) for c, x in f.levels),
        "hits": _join((t, repr(s), p) for t, s, p in f.hits),
        "wanted": f.wanted,
    }


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def decode_volunteer(
    home: str | None, travel: str, levels: str, hits: str, wanted: int
) -> VolunteerFeatures:
    return VolunteerFeatures(
        home=home or None,
        travel=tuple(travel.split(ITEM)) if travel else (),
        levels=tuple((c, _number(x)) for c, x in _split(levels)),
        hits=tuple((t, float(s), int(p)) for t, s, p in _split(hits)),
        wanted=int(wanted),
    )


# -- what the derived values depend on ------------------------------------------------------
@cache
def fingerprint() -> str:
    """A short hash of the reference data files, the deriving code and its version.

    Stored beside the derived values; a different one means "derive everything again"."""
    from volmatch.paths import resources

    digest = hashlib.sha256(f"derivation {DERIVATION_VERSION}".encode())
    root = resources()
    for folder in _REFERENCE:
        node = root / folder
        for path in sorted(_files(node), key=lambda p: p[0]):
            digest.update(path[0].encode())
            digest.update(path[1].read_bytes())
    package = Path(__file__).resolve().parents[1]
    for pattern in _CODE:
        # a frozen bundle may carry no sources: DERIVATION_VERSION stands for them
        for source in sorted(package.glob(pattern)):
            digest.update(source.relative_to(package).as_posix().encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:20]


def _files(node, prefix: str = ""):
    if not node.is_dir():
        return []
    found = []
    for child in node.iterdir():
        name = f"{prefix}/{child.name}"
        if child.is_dir():
            found += _files(child, name)
        elif not child.name.endswith(".md"):
            found.append((name, child))
    return found
