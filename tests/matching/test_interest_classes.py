"""Classes of what people write about interests, read alike by both readers.

Visiting verbs with any word for the elderly ("navštěvovat důchodce", "visit old people",
"провідувати пенсіонерів"): a tag's activity joined with its people's words
(``reference.composed_terms``) and verbs standing for the visits (activity_words.csv).
Short words against their plurals ("cat" is "cats") while a word of three letters is never
read by near spelling ("cat" is not "chat", "pěší" is not "pes"). An everyday activity
beside its place ("dọn dẹp thư viện") is read after the place. Whom an activity serves
("šití pro děti") counts less in both readers alike. The phrases were written
after the rules, not before: none of them was used to set a rule.
"""

from __future__ import annotations

import pytest

from volmatch.matching.context import Codes
from volmatch.matching.interests import Vocabulary, split_phrases
from volmatch.reference.taxonomy import default_taxonomy


@pytest.fixture(scope="module")
def readers():
    tx = default_taxonomy()
    return tx, Vocabulary(tx.terms(), Codes(), tx.owners())


def _first(scores: dict[str, float]) -> set[str]:
    if not scores:
        return set()
    top = max(scores.values())
    return {tag for tag, s in scores.items() if s == top}


def _both(readers, text: str) -> tuple[set[str], set[str], tuple[str, ...]]:
    tx, vocab = readers
    matcher = {h.tag: h.score for h in vocab.match_phrases(split_phrases(text)).values()}
    imported = {m.tag: m.rank for m in tx.resolve(text)}
    tags, _, _ = tx.parse_interests(text)
    return _first(matcher), _first(imported), tags


VISITS = [
    "navštěvování důchodců",
    "navštívit staré lidi doma",
    "visit elderly neighbours",
    "провідувати пенсіонерів",
    "відвідую літніх людей",
    "навестить пенсионеров",
]


@pytest.mark.parametrize("text", VISITS)
def test_a_visiting_verb_with_a_word_for_the_elderly_is_senior_visits(readers, text):
    matcher, imported, stored = _both(readers, text)
    assert matcher == imported == {"senior_visits"}
    assert stored == ("senior_visits",)  # not every seniors' tag


PLURALS = [("cat", "animal_shelter"), ("pet", "animal_shelter"), ("bee", "beekeeping")]


@pytest.mark.parametrize(("text", "tag"), PLURALS)
def test_a_short_word_finds_its_plural(readers, text, tag):
    matcher, imported, stored = _both(readers, text)
    assert matcher == imported == {tag}
    assert stored == (tag,)


@pytest.mark.parametrize(
    ("text", "not_tag"),
    [
        ("cat", "crisis_helpline"),  # "chat": one letter more, another word
        ("pěší výlety", "dog_walking"),  # "pěší" (on foot) is not "pes" (dog)
        ("tre", "tree_planting"),  # Vietnamese "trẻ" (child) without its marks
    ],
)
def test_a_short_word_is_not_read_by_near_spelling(readers, text, not_tag):
    tx, vocab = readers
    matcher = {h.tag for h in vocab.match_phrases(split_phrases(text)).values()}
    imported = {m.tag for m in tx.resolve(text)}
    assert not_tag not in matcher | imported


def test_irregular_forms_of_dog(readers):
    for text in ("pes", "пес", "гуляти з псами"):
        matcher, imported, _ = _both(readers, text)
        assert "dog_walking" in matcher & imported, text


@pytest.mark.parametrize("text", ["visitting old peopel", "navstevi duchodcu"])
def test_composed_terms_are_never_offered_as_spellings(readers, text):
    tx, _ = readers
    assert not set(tx.suggest(text)) & tx._composed  # "did you mean" names real terms only


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("cleaning the library shelves", "library"),
        ("dọn dẹp thư viện", "library"),
        ("уборка в приюте для животных", "animal_shelter"),
    ],
)
def test_an_everyday_activity_reads_after_its_place(readers, text, tag):
    tx, vocab = readers
    matcher = {h.tag: h.score for h in vocab.match_phrases(split_phrases(text)).values()}
    imported = {m.tag: m.rank for m in tx.resolve(text)}
    for scores in (matcher, imported):
        assert _first(scores) == {tag}
        assert "cleanups" in scores  # still read, after the place
    assert tx.parse_interests(text)[0] == (tag,)


@pytest.mark.parametrize(
    "text",
    [
        "cooking for refugees",
        "вечеря для безхатченків",
        "nấu ăn cho trẻ em",
        "šití pro děti",
        "vaření pro lidi bez domova",
    ],
)
def test_whom_an_activity_serves_counts_alike_in_both_readers(readers, text):
    tx, vocab = readers
    matcher = {h.tag: round(h.score, 6) for h in vocab.match_phrases(split_phrases(text)).values()}
    imported = {m.tag: round(m.rank, 6) for m in tx.resolve(text)}
    assert _first(matcher) == _first(imported)
    served = {"refugee_support", "homeless_support", "scouting", "youth_mentoring"}
    for tag in served & matcher.keys() & imported.keys():
        # the same factor; the readers' part weights differ in how they count a phrase's
        # letters (a point at most)
        assert abs(matcher[tag] - imported[tag]) < 1, tag


# Words for the dying and verbs for cooking (interests.json, activity_words.csv), in the five
# languages; none of these phrases is a synonym as written or a labelled case.
DYING_AND_COOKING = [
    ("sitting with dying people", "hospice"),
    ("care for the dying", "hospice"),
    ("допомога вмираючим", "hospice"),
    ("поддержка умирающих", "hospice"),
    ("thăm người hấp hối", "hospice"),
    ("куховарити", "cooking"),
    ("готовить пищу", "cooking"),
]


@pytest.mark.parametrize(("text", "tag"), DYING_AND_COOKING)
def test_words_for_the_dying_and_for_cooking(readers, text, tag):
    matcher, imported, _ = _both(readers, text)
    assert matcher == imported == {tag}
