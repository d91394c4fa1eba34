"""Listings derived for an import (``derive._listing_rows``) and one at a time
(``interests.listing_tags``, ``features.listing_features``: an index built, an
explanation) give exactly the rows and tags the matcher's features gave before both
were worked out by ``listing_rows.ListingRows``.

``_reference_row`` is the first implementation as it was, without any cache: ``features.listing_features``
with ``interests.listing_tags``, ``Vocabulary.text_tags`` and ``Keywords.listing``, then
``features.encode_listing`` and ``derive.search_text`` (now ``listing_rows.search_text``).
Both are run on the demo listings
(the labelled cases' listings), generated ones, the written interest cells, the real
spreadsheets of other cities and random realistic texts."""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

from volmatch.demo.dataset import demo_records
from volmatch.demo.generator import generate_opportunities
from volmatch.domain import LanguageNeed, Level, Opportunity, Scope, Translation
from volmatch.matching import derive
from volmatch.matching.context import Codes
from volmatch.matching.features import encode_listing, listing_features
from volmatch.matching.interests import _WORD, Vocabulary
from volmatch.matching.keywords import GENERIC, KW
from volmatch.matching.listing_rows import search_text
from volmatch.reference.gazetteer import default_gazetteer
from volmatch.reference.taxonomy import STOP_WORDS
from volmatch.reference.word_stems import latin_stem
from volmatch.text import fold

TESTS = Path(__file__).parents[1]
REAL = TESTS.parents[0] / ".." / "shared" / "data" / "real-listings"
_KW_WORD = re.compile(r"[^\W\d_]{4,}")


def _text_tags(vocab: Vocabulary, text: str) -> list[int]:
    found: list[int] = []
    words = _WORD.findall(fold(text))
    starts = vocab._run_length.keys() & words
    for i in [i for i, word in enumerate(words) if word in starts]:
        for n in range(1, vocab._run_length[words[i]] + 1):
            for tid in vocab._lookup.get(" ".join(words[i : i + n]), ()):
                if tid not in found:
                    found.append(tid)
    return found


def _stems(text: str, skip) -> list[str]:
    out = []
    for w in _KW_WORD.findall(text.lower()):
        f = fold(w)
        out.append("" if f in STOP_WORDS or f in GENERIC else latin_stem(f))
    return [s for s in dict.fromkeys(out) if s and s not in skip]


def _search_text(r: Opportunity) -> str:
    gz = default_gazetteer()
    admins = []
    for name in r.districts:
        try:
            admins.append(gz.admin_of(name))
        except KeyError:
            continue
    translated = [x for t in r.translations.values() for x in (t.title, t.description)]
    head = (r.title, r.organization or "", ", ".join(r.districts), r.district_text)
    return " ".join(
        (
            " ".join(filter(None, (fold(r.external_id or ""), *(fold(f"{x}") for x in head)))),
            fold(", ".join(r.interests)),
            fold(" ".join(filter(None, admins))),
            fold(" ".join([r.description or "", r.address or "", *translated])),
        )
    )


def _reference_row(r: Opportunity, ctx, vocab: Vocabulary) -> dict:
    tags: dict[int, float] = {}
    free = []
    for t in r.interests:
        tags[vocab.tags.id(t)] = 1.0
        if t not in vocab.known_tags:
            free.append(t)
    for tid in _text_tags(vocab, r.title):
        tags.setdefault(tid, 0.75)
    for tid in _text_tags(vocab, r.description):
        tags.setdefault(tid, 0.5)
    words: dict[int, float] = {}
    for text, factor in (*((k, 1.0) for k in free), (r.title, 0.75), (r.description, 0.5)):
        for s in _stems(text, vocab.term_words):
            words.setdefault(vocab.tags.id(KW + s), factor)
    for tid, factor in words.items():
        tags.setdefault(tid, factor)
    needs = [(n.code, int(n.min_level or 0), int(bool(n.required))) for n in r.languages]
    return {
        "districts": "|".join(x for x in r.districts if ctx.district_id(x) is not None),
        "open": r.scope in (Scope.CITYWIDE, Scope.REMOTE),
        "needs": "|".join("\t".join(str(x) for x in need) for need in needs),
        "tags": [(vocab.tags.names[tid], int(f * 4)) for tid, f in tags.items()],
        "search": _search_text(r),
    }


@pytest.fixture(scope="module")
def reference():
    ctx = derive.deriver()[0]
    own = Vocabulary(
        ctx.terms, Codes(), ctx.term_owners
    )  # ids of its own: names must not depend on them
    return lambda records: [_reference_row(r, ctx, own) for r in records]


def _written_texts() -> list[str]:
    cases = json.loads((TESTS / "matching" / "labelled_cases.json").read_text(encoding="utf-8"))
    out = [c["profile"]["interests"] for c in cases["cases"] if c.get("profile")]
    lines = (TESTS / "reference" / "data" / "interests_written.csv").read_text(encoding="utf-8")
    out += [line.split("|")[0] for line in lines.splitlines()[1:] if "|" in line]
    return out


def _real_listings() -> list[Opportunity]:
    out = []
    nyc = REAL / "nyc_service_volunteer_opportunities.csv"
    if nyc.exists():
        with nyc.open(encoding="utf-8") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                out.append(
                    Opportunity(
                        title=row["title"],
                        description=row["summary"],
                        organization=row["org_title"] or None,
                        external_id=f"NYC-{i}",
                        address=row["locality"],
                        interests=tuple(filter(None, [row["category_desc"]])),
                    )
                )
    return out


def _random_listings(n: int, seed: int) -> list[Opportunity]:
    rng = random.Random(seed)
    demo = demo_records()[0]
    ctx, vocab = derive.deriver()
    words = [w for text in _written_texts() for w in text.replace(",", " ").split()]
    words += [w for r in demo for w in f"{r.title} {r.description}".split()]
    words += [w for r in _real_listings()[:200] for w in r.description.split()]
    words += [t for t, _ in ctx.terms[::7]]
    words += ["  ", "\u00a0", "e\u0301", "\u0301", "Đức", "日本語", "🙂", "ß", "İ", "\t", "\n"]
    # inside words: letters whose fold is not one letter, marks, ligatures, other scripts
    words += ["cafe\u0301s", "aßb", "straße", "İstanbul", "ﬁlmy", "pi\u0301sek", "ǈubljana"]
    words += [
        "ŉoc",
        "ΣΟΦΙΑΣ",
        "Ⅻkurz",
        "x\u00adyz",
        "dob\u200brovolník",
        "ＰＲＡＨＡ",
        "a\u0308hnlich",
    ]
    joins = [" ", ", ", " a ", " pro ", ". ", " - ", "/", "\n", "  ", ""]
    names = [*list(ctx.districts)[::5], "Neznámá čtvrť", "praha 7", ""]
    tags = [*list(vocab.tags.names)[::9], "pletení", "~pleten", "zahrada", ""]

    def text(k: int) -> str:
        return "".join(rng.choice(words) + rng.choice(joins) for _ in range(rng.randint(0, k)))

    out = []
    for i in range(n):
        base = rng.choice(demo)
        out.append(
            replace(
                base,
                title=text(6),
                description=text(40),
                organization=rng.choice([None, "", text(3)]),
                external_id=rng.choice([None, f"R-{i}", text(1)]),
                districts=tuple(rng.sample(names, rng.randint(0, 3))),
                district_text=rng.choice([None, "", text(2)]),
                address=rng.choice(["", text(4)]),
                scope=rng.choice(list(Scope)),
                interests=tuple(rng.sample(tags, rng.randint(0, 4))),
                languages=tuple(
                    LanguageNeed(
                        rng.choice(["cs", "uk", "en", "vi"]),
                        rng.choice([None, *Level]),
                        rng.random() < 0.5,
                    )
                    for _ in range(rng.randint(0, 3))
                ),
                translations={
                    lang: Translation(text(4), text(10))
                    for lang in rng.sample(["en", "uk", "cs"], rng.randint(0, 2))
                },
            )
        )
    return out


def _one_at_a_time(records) -> list[list[tuple[str, int]]]:
    """The tags of each listing as an index or an explanation derives them."""
    ctx, vocab = derive.deriver()
    return [encode_listing(listing_features(r, ctx, vocab))["tags"] for r in records]


def _same(records, reference) -> None:
    expected = reference(records)
    assert derive.derive("opportunity", records) == expected
    assert derive.derive("opportunity", records) == expected  # remembered parts
    assert _one_at_a_time(records) == [row["tags"] for row in expected]


def test_demo_and_generated_listings_as_before(reference) -> None:
    _same(demo_records()[0], reference)
    _same(generate_opportunities(2000, 11), reference)


def test_written_cells_as_titles_and_descriptions_as_before(reference) -> None:
    texts = _written_texts()
    assert len(texts) > 103
    base = demo_records()[0][0]
    records = [replace(base, title=t, description=t) for t in texts]
    records += [
        replace(base, title="", description=", ".join(texts[i : i + 5]))
        for i in range(0, len(texts), 5)
    ]
    records += [replace(base, interests=(t,)) for t in texts]
    _same(records, reference)


def test_real_listings_of_other_cities_as_before(reference) -> None:
    records = _real_listings()
    if not records:
        pytest.skip("the real spreadsheets are not here")
    _same(records, reference)


def test_random_realistic_listings_as_before(reference) -> None:
    records = _random_listings(3000, 18)
    _same(records, reference)
    assert [search_text(r) for r in records] == [_search_text(r) for r in records]


def test_the_reference_can_tell_a_difference(reference) -> None:
    base = demo_records()[0][0]
    changed = replace(base, description=base.description + " zahrada")
    assert reference([changed]) != reference([base])
    assert derive.derive("opportunity", [changed]) == reference([changed])
    assert _one_at_a_time([changed]) == [reference([changed])[0]["tags"]]


def test_every_character_inside_and_between_words_as_before(reference) -> None:
    base = demo_records()[0][0]
    texts = [f"Zahra{c}da dě{c}ti {c}Praha{c} {c}{c}kafé{c}s" for c in map(chr, range(0x2200))]
    records = [replace(base, title=t, description=t * 2) for t in texts]
    _same(records, reference)
