"""The memoized interest readers give exactly what they gave before memoizing.

``_reference_candidates`` is the matcher's candidate reader as it was, phrase list at a
time; ``Taxonomy._read`` is the import reader unmemoized. Both are compared with the
memoized paths on the labelled cases, the written cells and random realistic texts."""

from __future__ import annotations

import json
import random
from itertools import pairwise
from pathlib import Path

import pytest

from volmatch.matching import interests
from volmatch.matching.context import Codes
from volmatch.matching.interests import Vocabulary, split_phrases
from volmatch.reference.filler_words import as_written
from volmatch.reference.taxonomy import RESOLVE_MIN, default_taxonomy
from volmatch.reference.word_stems import word_windows
from volmatch.text import fold

TESTS = Path(__file__).parents[1]
_WORD = interests._WORD


def _reference_candidates(phrases, longest):
    seen: dict[str, str] = {}
    for phrase in phrases:
        raw = _WORD.findall(fold(phrase))
        shown = as_written(phrase, raw, _WORD)
        seen.setdefault(" ".join(shown), phrase)
        for run in word_windows(shown, longest):
            seen.setdefault(run, phrase)
        skip = interests._for_at(phrase, raw)
        words = [shown[i] for i, _ in interests._meaningful(phrase, raw, skip)]
        if words:
            seen.setdefault(" ".join(words), phrase)
        for w in words:
            if len(w) >= 3:
                seen.setdefault(w, phrase)
        for a, b in pairwise(words):
            seen.setdefault(f"{a} {b}", phrase)
    return list(seen.items())


def _texts() -> list[str]:
    cases = json.loads((TESTS / "matching" / "labelled_cases.json").read_text(encoding="utf-8"))
    out = [c["profile"]["interests"] for c in cases["cases"] if c.get("profile")]
    lines = (TESTS / "reference" / "data" / "interests_written.csv").read_text(encoding="utf-8")
    out += [line.split("|")[0] for line in lines.splitlines()[1:] if "|" in line]
    rng = random.Random(18)
    words = [w for text in out for w in text.replace(",", " ").split()]
    joins = [", ", " a ", " pro ", " cho ", " and ", " ", "; ", " w/ "]
    for _ in range(3000):
        n = rng.randint(1, 7)
        out.append("".join(rng.choice(words) + rng.choice(joins) for _ in range(n)).strip(" ,;"))
    return out


TEXTS = _texts()


def test_the_texts_cover_the_written_cells_and_cases() -> None:
    assert len(TEXTS) > 3000 + 103 + 100


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    tx = default_taxonomy()
    return Vocabulary(tx.terms(), Codes(tx.tags), tx.owners())


def test_candidates_as_before(vocab: Vocabulary) -> None:
    for text in TEXTS:
        phrases = split_phrases(text)
        longest = vocab._longest
        assert interests._candidates(phrases, longest) == _reference_candidates(phrases, longest)


def test_candidates_keep_the_first_phrase_of_a_shared_word(vocab: Vocabulary) -> None:
    phrases = ["zahrada děti", "děti zahrada"]
    assert interests._candidates(phrases, 4) == _reference_candidates(phrases, 4)
    assert dict(interests._candidates(phrases, 4))["zahrada"] == "zahrada děti"


def test_resolve_as_before_and_a_copy_each_time() -> None:
    tx = default_taxonomy()
    for text in TEXTS:
        first = tx.resolve(text)
        assert first == tx._read(text, RESOLVE_MIN) == tx.resolve(text)
    first = tx.resolve("zahrada")
    first.clear()
    assert tx.resolve("zahrada")


def _reference_match(vocab: Vocabulary, phrases):
    """``Vocabulary.match_phrases`` as it was: a TagHit for every better hit met."""
    cands = interests._candidates(phrases, vocab._longest)
    vocab._score([c for c, _ in cands])
    hits = {}
    length = {p: len(interests._content(p)) or 1 for p in phrases}
    served = {
        p: after
        for p, (before, after) in interests._served(phrases).items()
        if vocab._named({c for c in before if not interests.is_general(c)})
    }
    weight = interests.PART_WEIGHT
    for cand, phrase in cands:
        n = length[phrase]
        part = 1.0 if len(cand) >= n else weight + (1 - weight) * len(cand) / n
        if served and cand in served.get(phrase, ()):
            part *= interests.SERVED_FACTOR
        if interests._general(phrase) and interests.is_general(cand):
            part *= interests.GENERAL_FACTOR
        for c, raw in vocab._cache.get(cand, ()):
            tids, owner = vocab.term_tags[c], vocab.term_owner[c]
            for tid in tids:
                own = tid == owner  # a tag's own name reads it exactly
                s = raw * part * (interests.BROAD_FACTOR if len(tids) > 1 and not own else 1.0)
                old = hits.get(tid)
                if old is None or s > old.score:
                    hits[tid] = interests.TagHit(vocab.tags.names[tid], s, phrase, vocab.terms[c])
    return hits


def test_match_phrases_as_before(vocab: Vocabulary) -> None:
    for text in TEXTS:
        phrases = split_phrases(text)
        assert vocab.match_phrases(phrases) == _reference_match(vocab, phrases), text
