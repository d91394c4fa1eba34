"""What the matcher derives from one record, as plain values that can be stored.

The indexes build their rows from these (so the stored copy and a live index can never
disagree): :func:`listing_features` and :func:`volunteer_features` call the same
reference-data functions the matcher always called. :func:`encode_*`/:func:`decode_*`
turn them into short texts for the ``*_match`` tables (``volmatch.storage.derived``).
They depend on the reference data and on this code: :func:`fingerprint`
(``volmatch.derivation``) names both.
"""

from __future__ import annotations

from dataclasses import dataclass

# What the derived values depend on lives apart, light to import (re-exported here).
from volmatch.derivation import DERIVATION_VERSION, fingerprint  # noqa: F401
from volmatch.domain import Opportunity, Scope, Volunteer

from .context import Codes, MatchContext
from .interests import Vocabulary, listing_tags
from .keywords import KW
from .query import keyword_words, taxonomy_hits, volunteer_levels, volunteer_places


@dataclass(frozen=True, slots=True)
class ListingFeatures:
    districts: tuple[str, ...]  # municipal districts the gazetteer knows
    open: bool  # citywide or remote: fits every district
    needs: tuple[tuple[str, int, bool], ...]  # (language code, minimum level or 0, required)
    tags: tuple[tuple[str, float], ...]  # (tag id, factor): own tags 1, named in text less


@dataclass(frozen=True, slots=True)
class VolunteerFeatures:
    home: str | None  # the home municipal district, resolved from what was written
    travel: tuple[str, ...]  # known travel districts other than home
    levels: tuple[tuple[str, int | float], ...]  # (language code, best level)
    hits: tuple[tuple[str, float, int], ...]  # (taxonomy tag id, score 0..100, phrase no.)
    wanted: int  # written interests (and chosen tags) with a taxonomy hit
    # (stem, phrase no., phrase length) of each word written: a listing's free keyword is
    # looked up among these when it is matched (keywords depend on the listings)
    words: tuple[tuple[str, int, int], ...] = ()


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
    )


def volunteer_features(v: Volunteer, ctx: MatchContext, vocab: Vocabulary) -> VolunteerFeatures:
    home, travel, _ = volunteer_places(v, ctx)
    codes = Codes(s.code for s in v.languages)
    levels = volunteer_levels(v, codes)
    hits, wanted, words = _interests(v, vocab)
    return VolunteerFeatures(
        home=home,
        travel=travel,
        levels=tuple((codes.names[lid], level) for lid, level in levels.items()),
        hits=hits,
        wanted=wanted,
        words=words,
    )


_INTERESTS: dict[tuple, tuple] = {}  # people write the same interests: "zahrada, děti"
_INTERESTS_OF: list[Vocabulary] = []  # ... against this vocabulary


def _interests(v: Volunteer, vocab: Vocabulary) -> tuple[tuple, int, tuple]:
    """The hits, the written interests with a hit and the words of one profile's
    interests: they depend on its text, its chosen tags and the vocabulary only."""
    key = (v.interests_text, tuple(v.interest_tags))
    if not _INTERESTS_OF or _INTERESTS_OF[0] is not vocab or len(_INTERESTS) > 50_000:
        _INTERESTS.clear()
        _INTERESTS_OF[:] = [vocab]
    found = _INTERESTS.get(key)
    if found is None:
        phrases, hits = taxonomy_hits(v, vocab)
        # phrases by their place in the text; the chosen tags ("") after them
        number = {p: i for i, p in enumerate(phrases)}
        number[""] = len(phrases)
        found = _INTERESTS[key] = (
            tuple(
                (vocab.tags.names[tid], hit.score, number[hit.phrase]) for tid, hit in hits.items()
            ),
            len({hit.phrase for hit in hits.values()}),
            tuple(keyword_words(phrases, vocab)),
        )
    return found


# -- as stored -------------------------------------------------------------------------
# District names and language codes are short texts; tags and the words written are
# stored as numbers (``volmatch.storage.match_codes``): a cold reader reads arrays.
# District names and language codes never contain "|" or "\t"; a value that did would
# fail to decode into the same features, which the tests check for the data.
ITEM, PART = "|", "\t"


def _join(rows) -> str:
    return ITEM.join(PART.join(str(x) for x in row) for row in rows)


def _split(text: str | None) -> list[list[str]]:
    return [item.split(PART) for item in text.split(ITEM)] if text else []


# A listing's factors are exact quarters (1, 0.75, 0.5): stored as a digit per tag.
FACTOR_DIGITS = 4


_DIGIT = {i / FACTOR_DIGITS: i for i in range(1, 10)}


def encode_listing(f: ListingFeatures) -> dict[str, object]:
    """The stored form; ``tags`` as (tag name, factor digit) pairs."""
    try:
        tags = [(t, _DIGIT[x]) for t, x in f.tags]
    except KeyError as exc:
        raise ValueError(
            f"a listing's tag factor must be a quarter 0.25..2.25, not {exc}"
        ) from None
    return {
        "districts": ITEM.join(f.districts),
        "open": f.open,
        "needs": _join((c, m, int(r)) for c, m, r in f.needs) if f.needs else "",
        "tags": tags,
    }


def decode_listing(districts: str, open_: object, needs: str, tags=()) -> ListingFeatures:
    return ListingFeatures(
        districts=tuple(districts.split(ITEM)) if districts else (),
        open=bool(open_),
        needs=tuple((c, int(m), r == "1") for c, m, r in _split(needs)),
        tags=tuple((t, d / FACTOR_DIGITS) for t, d in tags),
    )


def encode_volunteer(f: VolunteerFeatures) -> dict[str, object]:
    """The stored form; ``hits`` as (name, phrase no., value) triples: a taxonomy tag's
    hit with its score, then each word written (its name starts with KW) with the length
    of its phrase."""
    return {
        "home": f.home,
        "travel": ITEM.join(f.travel),
        "levels": _join((c, repr(x)) for c, x in f.levels),
        "hits": [(t, p, score) for t, score, p in f.hits] + [(KW + w, p, n) for w, p, n in f.words],
        "wanted": f.wanted,
    }


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def decode_volunteer(home: str | None, travel: str, levels: str, hits=(), wanted: int = 0):
    return VolunteerFeatures(
        home=home or None,
        travel=tuple(travel.split(ITEM)) if travel else (),
        levels=tuple((c, _number(x)) for c, x in _split(levels)),
        hits=tuple((t, float(v), int(p)) for t, p, v in hits if not t.startswith(KW)),
        wanted=int(wanted),
        words=tuple((t[len(KW) :], int(p), int(v)) for t, p, v in hits if t.startswith(KW)),
    )
