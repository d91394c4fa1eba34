from volmatch.search_hints import Vocabulary
from volmatch.text import fold

TEXTS = [
    "Doučování češtiny pro děti z Ukrajiny",
    "Komunitní zahrada v Holešovicích",
    "Čtení seniorům v domově",
]


def _found(query: str) -> bool:
    return any(query in fold(t) for t in TEXTS)


def test_a_typo_is_corrected_to_words_that_find_something():
    words = Vocabulary.from_texts(TEXTS)
    assert words.suggest("doucovni", _found) == ["Doučování"]
    assert words.suggest("doucovani cestny", _found) == ["Doučování češtiny"]
    assert words.suggest("zahrdada", _found) == ["zahrada"]


def test_nothing_to_suggest_when_nothing_is_near_or_every_word_exists():
    words = Vocabulary.from_texts(TEXTS)
    assert words.suggest("xylofon", _found) == []
    assert words.suggest("zahrada seniorum", _found) == []  # both exist, never together
    assert Vocabulary.from_texts([]).suggest("cokoli", _found) == []
