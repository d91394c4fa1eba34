"""Everyday activities as volunteers write them (``tests/reference/data/interests_everyday.csv``):
food, cleaning and tidying, washing up, sorting, packing, carrying and loading, in five
languages. Main read 9 of the 28 cells with either reader, mostly through another word of the
phrase ("kuchyni", "garden", "bữa ăn"), and none of "cleaning", "carrying", "nošení", "миття
посуду", "dọn dẹp", "đồ ăn" alone; the words were then added to
the taxonomy for each activity in every language where one was missing (sources in
resources/taxonomy/README.md). The cells and the words were written by one person, so this
set shows the class is covered, not how well unseen text is read (held-out-7 does that).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from volmatch.matching.context import Codes
from volmatch.matching.interests import Vocabulary, split_phrases
from volmatch.reference.taxonomy import default_taxonomy

DATA = Path(__file__).parents[1] / "reference" / "data" / "interests_everyday.csv"


def _rows() -> list[tuple[str, list[set[str]]]]:
    tx = default_taxonomy()

    def accepted(group: str) -> set[str]:
        out: set[str] = set()
        for item in group.split():
            out |= set(tx.tags_of(item)) if item in tx.categories else {item}
        return out

    lines = DATA.read_text(encoding="utf-8").splitlines()[1:]
    rows = [line.split("|") for line in lines if line and not line.startswith("#")]
    return [(text, [accepted(g) for g in expected.split(";")]) for text, expected, _ in rows]


ROWS = _rows()


@pytest.fixture(scope="module")
def vocab():
    tx = default_taxonomy()
    return Vocabulary(tx.terms(), Codes(), tx.owners())


@pytest.mark.parametrize(("text", "groups"), ROWS, ids=[t for t, _ in ROWS])
def test_an_everyday_activity_is_read_by_both_readers(vocab, text, groups):
    tx = default_taxonomy()
    matcher = {vocab.tags.names[t] for t in vocab.match_phrases(split_phrases(text))}
    imported = {m.tag for part in (text, *split_phrases(text)) for m in tx.resolve(part)}
    assert all(g & matcher for g in groups), matcher
    assert all(g & imported for g in groups), imported


def test_every_language_has_the_word():
    """Each activity added is named in all five languages (a word in one language only
    leaves the others' writers unread, as Vietnamese "dọn dẹp" was)."""
    tx = default_taxonomy()
    for tag, words in {
        "cleanups": ("úklid", "cleaning", "прибирання", "уборка", "dọn dẹp"),
        "cooking": ("mytí nádobí", "washing dishes", "миття посуду", "мытьё посуды", "rửa bát"),
        "material_collection": ("nošení", "carrying", "перенесення", "переноска", "khuân vác"),
    }.items():
        for word in words:
            assert tx.resolve(word)[0].tag == tag, word
    assert {m.tag for m in tx.resolve("đồ ăn")} == set(tx.tags_of("food"))
