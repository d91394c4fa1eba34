"""Both interest readers on terms of several words inside longer phrases, and on near
spellings of phrases whose activity word differs (``reference.word_stems.words_agree``).

The phrases were written as volunteers write them (cs/en/uk/ru/vi) before either reader
ran on them; see docs/matching-quality.md for how many main read.
"""

from __future__ import annotations

import pytest

from volmatch.matching.context import Codes
from volmatch.matching.interests import Vocabulary, split_phrases
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
    vocab = Vocabulary(tx.terms(), Codes())

    def matcher(text: str) -> dict[str, tuple[float, str]]:
        hits = vocab.match_phrases(split_phrases(text)).values()
        return {h.tag: (h.score, fold(h.term)) for h in hits}

    def importer(text: str) -> dict[str, tuple[float, str]]:
        return {m.tag: (m.score, fold(m.term)) for m in tx.resolve(text)}

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


def test_a_vietnamese_activity_word_is_not_carried_by_the_shared_words(readers):
    # "dạy vẽ" (teach drawing) is not "dạy kèm" (tutoring). The import reader still
    # takes "vẽ" for the filler "ve" and reads "dạy cho trẻ em" as tutoring.
    terms = {t for _, t in readers["matcher"]("dạy vẽ cho trẻ em").values()}
    assert "day kem cho tre em" not in terms and "day ve" in terms


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
    assert words_agree("gardenning", "gardening", 82, filler)  # one word: not checked


def test_word_windows_are_runs_of_three_and_more_shorter_than_the_phrase():
    words = ["giup", "do", "nguoi", "vo", "gia", "cu"]
    runs = word_windows(words, 9)
    assert "vo gia cu" in runs and "nguoi vo gia cu" in runs
    assert " ".join(words) not in runs and all(len(r.split()) >= 3 for r in runs)
    assert word_windows(words, 3) == [" ".join(words[i : i + 3]) for i in range(4)]
