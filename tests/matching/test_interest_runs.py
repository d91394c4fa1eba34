"""Both interest readers on terms of several words inside longer phrases, and on near
spellings of phrases whose activity word differs (``reference.word_stems.words_agree``).

The phrases were written as volunteers write them (cs/en/uk/ru/vi) before either reader
ran on them; see docs/matching-quality.md for how many main read.
"""

from __future__ import annotations

import pytest

from volmatch.matching.context import Codes
from volmatch.matching.interests import Vocabulary, split_phrases
from volmatch.reference.filler_words import filler_flags
from volmatch.reference.taxonomy import default_taxonomy
from volmatch.reference.word_stems import word_windows, words_agree
from volmatch.text import fold

SENIORS = {"senior_visits", "senior_companionship", "senior_activities", "care_home", "home_care"}

# a term of three or more words inside a longer phrase -> tags any of which is right
RUNS = [
    ("tôi muốn giúp người vô gia cư", {"homeless_support"}),
    ("nấu cơm cho người vô gia cư", {"homeless_support", "soup_kitchen"}),
    ("chăm sóc người cao tuổi ở nhà", SENIORS),
    ("muốn làm ở trạm cứu hộ động vật", {"animal_shelter"}),
    ("giúp các em làm bài tập về nhà", {"homework_help"}),
    ("rád bych pomáhal lidem bez domova", {"homeless_support"}),
    ("chodila bych do útulku pro zvířata", {"animal_shelter"}),
    ("o víkendu pomoc s domácími úkoly", {"homework_help"}),
    ("хочу допомагати людям похилого віку", SENIORS),
    ("допомога в притулку для тварин", {"animal_shelter"}),
    ("помогать в приюте для бездомных", {"homeless_support"}),
    ("общение с пожилыми людьми по выходным", SENIORS),
    ("I like visiting the elderly at weekends", {"senior_visits"}),
    ("after school tutoring in maths", {"homework_help", "maths_tutoring"}),
]


@pytest.fixture(scope="module")
def readers():
    tx = default_taxonomy()
    vocab = Vocabulary(tx.terms(), Codes(), tx.owners())

    def matcher(text: str) -> dict[str, tuple[float, str]]:
        hits = vocab.match_phrases(split_phrases(text)).values()
        return {h.tag: (h.score, fold(h.term)) for h in hits}

    def importer(text: str) -> dict[str, tuple[float, str]]:
        return {m.tag: (m.rank, fold(m.term)) for m in tx.resolve(text)}

    return {"matcher": matcher, "import": importer}


def _best(hits: dict[str, tuple[float, str]]) -> set[str]:
    top = max((s for s, _ in hits.values()), default=None)
    return {tag for tag, (s, _) in hits.items() if s == top}


@pytest.mark.parametrize("reader", ["matcher", "import"])
@pytest.mark.parametrize(("text", "tags"), RUNS, ids=[t for t, _ in RUNS])
def test_a_term_of_several_words_is_read_inside_a_longer_phrase(readers, reader, text, tags):
    assert _best(readers[reader](text)) & tags


# a near spelling carried by shared words while the activity word differs: not taken
NOT_MEANT = [
    ("pomoc pro seniory", "pocitac pro seniory"),  # computers for seniors
    ("psychologická podpora", "psychosocialni podpora"),
    ("психологічна підтримка", "психосоціальна підтримка"),
    ("phiên dịch", "bien dich"),  # interpreting; "biên dịch" is written translation
]


@pytest.mark.parametrize("reader", ["matcher", "import"])
@pytest.mark.parametrize(("text", "term"), NOT_MEANT, ids=[t for t, _ in NOT_MEANT])
def test_shared_words_do_not_carry_a_different_activity(readers, reader, text, term):
    assert term not in {t for _, t in readers[reader](text).values()}


@pytest.mark.parametrize("reader", ["matcher", "import"])
def test_a_vietnamese_activity_word_is_not_carried_by_the_shared_words(readers, reader):
    # "dạy vẽ" (teach drawing) is not "dạy kèm" (tutoring): "vẽ" folds to the Czech
    # filler "ve" but is a word as written (``reference.filler_words``)
    hits = readers[reader]("dạy vẽ cho trẻ em")
    assert "day kem cho tre em" not in {t for _, t in hits.values()}
    assert "arts_crafts" in _best(hits) and "tutoring_children" not in hits


# Vietnamese words that fold to Czech or English filler ("vẽ"/"về" -> "ve", "đồ" -> "do",
# "thể" -> "the") inside phrases: read by both readers as words
VI_WORDS = [
    ("cô giáo dạy vẽ cho thiếu nhi", {"arts_crafts"}),
    ("mở lớp vẽ cuối tuần", {"arts_crafts"}),
    ("làm đồ thủ công với trẻ em", {"arts_crafts"}),
    ("tập thể thao với thanh niên", {"cycling", "football", "hiking_trips", "martial_arts"}),
]


@pytest.mark.parametrize("reader", ["matcher", "import"])
@pytest.mark.parametrize(("text", "tags"), VI_WORDS, ids=[t for t, _ in VI_WORDS])
def test_vietnamese_words_that_fold_to_filler_are_read(readers, reader, text, tags):
    assert readers[reader](text).keys() & tags


# an inflected word one letter from a term of another stem: "domově" (in a home) is not
# "Romové" (Roma); the homes are still read where a term names them
HOMES = [
    ("v domově pro seniory", SENIORS),
    ("pomoc v dětském domově", {"orphanage_children"}),
    ("hraní her s dětmi v domově", {"children_games", "board_games"}),
    ("čtení klientům v domově důchodců", SENIORS),
    ("dobrovolnice v domovech pro seniory", SENIORS),
    ("допомога в дитячому будинку", {"orphanage_children"}),
    ("відвідувати літніх людей у будинку для літніх", SENIORS),
    ("волонтёр в детском доме", {"orphanage_children"}),
    ("помощь в доме престарелых", SENIORS),
]


@pytest.mark.parametrize("reader", ["matcher", "import"])
@pytest.mark.parametrize(("text", "tags"), HOMES, ids=[t for t, _ in HOMES])
def test_an_inflected_word_is_not_read_as_a_term_of_another_stem(readers, reader, text, tags):
    hits = readers[reader](text)
    assert "roma_inclusion" not in hits
    assert hits.keys() & tags


@pytest.mark.parametrize("reader", ["matcher", "import"])
@pytest.mark.parametrize("text", ["domově", "v domově", "Romové", "romovee", "Romove"])
def test_domove_alone_is_not_roma_but_a_typo_of_romove_is(readers, reader, text):
    assert ("roma_inclusion" in readers[reader](text)) == text.lower().startswith("rom")


# typos and word forms in phrases of several words are still read
STILL_READ = [
    ("venčení psú", {"dog_walking"}),
    ("pomoc s domacimi ukolly", {"homework_help"}),
    ("doprovod k lekařy", {"patient_support"}),
    ("спільне готування", {"cooking", "community_kitchen"}),
    ("visiting the elderley", {"senior_visits"}),
]


@pytest.mark.parametrize("reader", ["matcher", "import"])
@pytest.mark.parametrize(("text", "tags"), STILL_READ, ids=[t for t, _ in STILL_READ])
def test_near_spellings_of_phrases_are_still_read(readers, reader, text, tags):
    assert _best(readers[reader](text)) & tags


def test_words_agree_word_by_word():
    filler = frozenset({"pomoc", "pro", "ve"})
    assert not words_agree("pomoc pro seniory", "pocitac pro seniory", 82, filler)
    assert not words_agree("day ve cho tre em", "day kem cho tre em", 82, filler)
    assert words_agree("pomoc s domacimi ukolly", "pomoc s domacimi ukoly", 82, filler)
    assert words_agree("lidem bez domova", "lide bez domova", 82, filler)  # same stem
    assert words_agree("спільне готування", "спільне приготування іжі", 82, filler)
    assert words_agree("gardenning", "gardening", 82, filler)
    assert not words_agree("domove", "romove", 82, filler)  # "dom" is not "rom"
    assert words_agree("romovee", "romove", 82, filler)  # a typo in the ending


def test_filler_flags_keep_words_written_with_vietnamese_letters():
    for text in ("dạy vẽ", "nói về quê hương", "sửa đồ chơi", "môn thể dục"):
        words = fold(text).split()
        flags = filler_flags(text, words)
        assert not any(flags), text
    # "cho" (for) among Vietnamese words is filler, as "pro" is in Czech
    assert filler_flags("dạy vẽ cho trẻ em", fold("dạy vẽ cho trẻ em").split()) == [
        False,
        False,
        True,
        False,
        False,
    ]
    assert filler_flags("pomoc ve škole", ["pomoc", "ve", "skole"]) == [True, True, False]
    assert filler_flags("help with the garden", ["help", "with", "the", "garden"]) == [
        True,
        True,
        True,
        False,
    ]


def test_word_windows_are_runs_of_three_and_more_shorter_than_the_phrase():
    words = ["giup", "do", "nguoi", "vo", "gia", "cu"]
    runs = word_windows(words, 9)
    assert "vo gia cu" in runs and "nguoi vo gia cu" in runs
    assert " ".join(words) not in runs and all(len(r.split()) >= 3 for r in runs)
    assert word_windows(words, 3) == [" ".join(words[i : i + 3]) for i in range(4)]


# A longer term holding every written word and a few more must not outrank the term the
# phrase names. "giúp đỡ người già" (helping the elderly) is one word off "giúp đỡ người
# vô gia cư" (helping the homeless) by ratio; the elderly are what was written.
NAMED_FIRST = [
    ("giúp đỡ người già", SENIORS),
    ("giúp người già", SENIORS),
    ("giúp đỡ người vô gia cư", {"homeless_support"}),
]


@pytest.mark.parametrize("reader", ["matcher", "import"])
@pytest.mark.parametrize(("text", "tags"), NAMED_FIRST, ids=[t for t, _ in NAMED_FIRST])
def test_the_named_term_ranks_before_a_longer_one(readers, reader, text, tags):
    best = _best(readers[reader](text))
    assert best & tags
    assert ("homeless_support" in best) == ("homeless_support" in tags)


# the same in every language, on terms of the shape: the named term is part of the phrase,
# a longer term holds all of the phrase and a short word more
ADDED = [
    ("pomoc starým lidem", "stari lide", "pomoc starym lidem bez nich"),
    ("допомога літнім людям", "літні люди", "допомога літнім бідним людям"),
    ("помощь пожилым людям", "пожилые люди", "помощь пожилым бедным людям"),
    ("help for the elderly", "elderly", "help for the old elderly"),
    ("giúp đỡ người già", "người già", "giúp đỡ người vô gia cư"),
]


@pytest.mark.parametrize(("text", "named", "longer"), ADDED, ids=[t for t, _, _ in ADDED])
def test_a_term_adding_unwritten_words_costs_in_both_readers(text, named, longer):
    from volmatch.reference.taxonomy import Taxonomy

    def tag(id_, term):
        return {"id": id_, "names": dict.fromkeys(("cs", "en", "uk", "ru", "vi"), term)}

    data = {
        "categories": [
            {
                "id": "people",
                "names": dict.fromkeys(("cs", "en", "uk", "ru", "vi"), "zzzz"),
                "tags": [tag("named", named), tag("longer", longer)],
            }
        ]
    }
    tx = Taxonomy(data)
    vocab = Vocabulary(tx.terms(), Codes(), tx.owners())
    hits = vocab.match_phrases(split_phrases(text))
    assert max(hits.values(), key=lambda h: h.score).tag == "named"
    assert tx.resolve(text)[0].tag == "named"


def test_adds_words_counts_meaningful_words_only():
    from volmatch.reference.word_stems import adds_words

    assert adds_words("giúp đỡ người già", "giup do nguoi vo gia cu", frozenset())
    assert not adds_words("giup do nguoi gia", "giup do nguoi gia", frozenset())
    assert not adds_words("help elderly", "help for elderly", frozenset({"for"}))
