"""Vietnamese words are whole in both interest readers: never cut by Czech or Slavic
ending rules (``reference.filler_words.as_written``, ``reference.word_stems``).

The phrases were written as Vietnamese volunteers write them, with the tags the vocabulary
has for them, before either reader ran on them; see docs/matching-quality.md.
"""

from __future__ import annotations

import pytest

from volmatch.matching.context import Codes
from volmatch.matching.interests import Vocabulary, split_phrases
from volmatch.reference.filler_words import as_written
from volmatch.reference.taxonomy import default_taxonomy
from volmatch.reference.word_stems import stem_key, words_agree
from volmatch.text import fold

SENIORS = {"senior_visits", "senior_companionship", "senior_activities", "care_home", "home_care"}
CHILD_PLAY = {"children_games", "children_leisure"}

# phrase -> tags any of which is right (empty: the vocabulary has no term for it)
PHRASES = [
    ("đồ chơi", set()),  # toys: "chơi" less the Czech "-i" is "cho", but not "chó" (dog)
    ("chơi", set()),
    ("đồ chơi cho trẻ em", {"childcare", "children_games", "preschool", "youth_mentoring"}),
    ("trò chơi", {"board_games"}),
    ("chơi với trẻ", CHILD_PLAY),
    ("chơi với trẻ em", CHILD_PLAY),
    (
        "đồ ăn",
        {"food_bank", "cooking", "soup_kitchen", "food_distribution"},
    ),  # food (since 12/2026)
    ("nấu ăn", {"cooking"}),
    ("dọn dẹp", {"cleanups"}),  # tidying, as "úklid" (since 12/2026)
    ("giúp đỡ người già", SENIORS),
    ("dạy tiếng Việt", {"vietnamese_lessons"}),
    ("phiên dịch", {"interpreting"}),
    ("dắt chó đi dạo", {"dog_walking"}),  # the dog is still read where it is written
    ("chó", {"dog_walking"}),
]


@pytest.fixture(scope="module")
def readers():
    tx = default_taxonomy()
    vocab = Vocabulary(tx.terms(), Codes(), tx.owners())

    def matcher(text: str) -> set[str]:
        return {h.tag for h in vocab.match_phrases(split_phrases(text)).values()}

    def importer(text: str) -> set[str]:
        return {m.tag for m in tx.resolve(text)}

    return {"matcher": matcher, "import": importer}


@pytest.mark.parametrize("reader", ["matcher", "import"])
@pytest.mark.parametrize(("text", "tags"), PHRASES, ids=[t for t, _ in PHRASES])
def test_vietnamese_phrases_read_as_their_tags(readers, reader, text, tags):
    got = readers[reader](text)
    if "chó" not in text:
        assert "dog_walking" not in got
    if tags:
        assert got & tags
    else:
        assert not got


def test_vietnamese_words_stay_as_written_and_are_never_cut():
    assert as_written("đồ chơi", ["do", "choi"]) == ["đồ", "chơi"]
    assert as_written("Dạy tiếng Việt", ["day", "tieng", "viet"]) == ["dạy", "tiếng", "việt"]
    assert as_written("pomoc s dětmi", ["pomoc", "s", "detmi"]) == ["pomoc", "s", "detmi"]
    assert stem_key("chơi") == "choi="  # whole, not "cho"
    assert stem_key(fold("chơi")) != stem_key("chơi")  # unmarked "choi" is read as Czech
    assert stem_key("đồ chơi") == "do= choi="  # "đồ" is a word, not the link "do"
    # syllables keep their order: "ở nhà" (at home) is not "nhà ở" (housing)
    assert stem_key("ở nhà") != stem_key("nha o")
    assert stem_key("trẻ em") == stem_key("tre em")
    assert not words_agree("chơi", "cho", 82, frozenset())  # a syllable only as spelled
    assert words_agree("chơi với trẻ", "vui choi voi tre", 82, frozenset())
    assert words_agree("lidem bez domova", "lide bez domova", 82, frozenset())
