"""Both interest readers weigh a term naming several tags (a category: "the elderly",
"děti") alike: at ``word_stems.BROAD_FACTOR``. The import reader ranked it by its plain
score, so "visiting elderly" was stored as every seniors' tag while the matcher read senior
visits. The phrases (an activity with people of a category, cs/en/uk/ru/vi) were written
before the import reader applied the factor; main's import put the whole category
first for 3 of the 8 ("visiting elderly people", "walks with older people", "đi dạo với người
già"); both readers now agree on all 8.
"""

from __future__ import annotations

import pytest

from volmatch.matching.context import Codes
from volmatch.matching.interests import Vocabulary, split_phrases
from volmatch.reference.taxonomy import default_taxonomy
from volmatch.reference.word_stems import BROAD_FACTOR

PHRASES = [
    ("visiting elderly people", "senior_visits"),
    ("walks with older people", "senior_walks"),
    ("chodit na procházky se seniory", "senior_walks"),
    ("відвідування літніх людей", "senior_visits"),
    ("прогулки с пожилыми людьми", "senior_walks"),
    ("thăm người già", "senior_visits"),
    ("đi dạo với người già", "senior_walks"),
    ("playing games with children", "children_games"),
]


@pytest.fixture(scope="module")
def readers():
    tx = default_taxonomy()
    return tx, Vocabulary(tx.terms(), Codes(), tx.owners())


def _first(scores: dict[str, float]) -> set[str]:
    top = max(scores.values())
    return {tag for tag, s in scores.items() if s == top}


@pytest.mark.parametrize(("text", "tag"), PHRASES, ids=[t for t, _ in PHRASES])
def test_both_readers_put_the_same_tag_first(readers, text, tag):
    tx, vocab = readers
    matcher = {h.tag: h.score for h in vocab.match_phrases(split_phrases(text)).values()}
    imported = {m.tag: m.rank for m in tx.resolve(text)}
    assert _first(matcher) == _first(imported) == {tag}
    tags, _, _ = tx.parse_interests(text)
    assert tags == (tag,)  # stored as the activity, not as every tag of the category


def test_a_category_word_alone_still_names_every_tag_of_it(readers):
    tx, _ = readers
    seniors = set(tx.tags_of(tx.tags["senior_visits"].category))
    tags, _, issues = tx.parse_interests("senioři")
    assert set(tags) == seniors and not issues  # exact: no "read as" warning
    (match, *_) = tx.resolve("senioři")
    assert match.score == 100 and match.rank == 100 * BROAD_FACTOR


def test_each_phrase_of_an_item_gives_its_best_tags(readers):
    tx, _ = readers
    tags, _, _ = tx.parse_interests("děti a zahrada")
    assert "gardening" in tags and "childcare" in tags  # the category is not outranked away
    tags, _, _ = tx.parse_interests("muzea a galerie")  # a whole term joining two items
    assert tags == ("museums_galleries",)
