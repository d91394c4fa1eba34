"""Forms of a taxonomy word by a vowel that comes and goes or a consonant that alternates
(resources/taxonomy/word_alternations.csv): Czech, Ukrainian and Russian words and phrases
chosen after the rules were written, none of them the file's examples nor a labelled case."""

from __future__ import annotations

import pytest

from volmatch.matching.context import Codes
from volmatch.matching.interests import Vocabulary, split_phrases
from volmatch.reference.taxonomy import default_taxonomy
from volmatch.reference.word_stems import stem_key, term_keys

# (a word as a term writes it, a form of it): genitive plurals and datives or locatives
FORMS = [
    ("hračky", "hraček"),
    ("lavičky", "laviček"),
    ("matky", "matek"),
    ("školka", "školce"),
    ("sbírka", "sbírce"),
    ("podlaha", "podlaze"),
    ("книжки", "книжок"),
    ("вишивка", "вишивці"),
    ("подруга", "подрузі"),
    ("черепаха", "черепасі"),
    ("книжки", "книжек"),
    ("сиделка", "сиделок"),
    ("девочки", "девочек"),
]


@pytest.mark.parametrize(("term", "form"), FORMS, ids=[f for _, f in FORMS])
def test_a_form_finds_the_word(term, form):
    from volmatch.text import fold

    assert stem_key(fold(form)) in term_keys(fold(term))


@pytest.mark.parametrize("word", ["walking", "books", "park", "coach", "rukavice"])
def test_words_without_such_a_form_get_no_other_key(word):
    # English words, and a Czech word whose ending was not cut
    assert term_keys(word) == (stem_key(word),)


# phrases with a word of the taxonomy in the dative or locative, read by both readers
PHRASES = [
    ("pomoc při přednášce", "workshops"),
    ("v knihobudce", "library_help"),
    ("na turistice", "hiking_trips"),
    ("výdej v polévce", "soup_kitchen"),
    ("práce v keramice", "pottery"),
    ("на виставці", "museums_galleries"),
    ("в кераміці", "pottery"),
    ("допомога у математиці", "maths_tutoring"),
    ("на толоці", "cleanups"),
    ("у вишивці", "knitting_sewing"),
]


@pytest.fixture(scope="module")
def readers():
    tx = default_taxonomy()
    return tx, Vocabulary(tx.terms(), Codes(), tx.owners())


@pytest.mark.parametrize(("text", "tag"), PHRASES, ids=[t for t, _ in PHRASES])
def test_both_readers_read_a_form_as_the_word(readers, text, tag):
    tx, vocab = readers
    hits = vocab.match_phrases(split_phrases(text)).values()
    matcher = {h.tag: h.score for h in hits}
    imported = {m.tag: m.rank for m in tx.resolve(text)}
    assert _first(matcher) == _first(imported) and tag in _first(matcher)


def _first(scores: dict[str, float]) -> set[str]:
    top = max(scores.values(), default=None)
    return {tag for tag, s in scores.items() if s == top}
