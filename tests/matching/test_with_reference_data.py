"""The matcher over the real reference data (gazetteer, language catalogue, taxonomy)."""

from __future__ import annotations

import datetime as dt

from volmatch.domain import LanguageNeed, LanguageSkill, Level, Opportunity, Status, Volunteer
from volmatch.matching import MatchContext, Matcher, ReasonKind

TODAY = dt.date(2026, 11, 23)


def _listing(id: int, district: str, tag: str, **kw) -> Opportunity:
    return Opportunity(
        id=id,
        title=f"Listing {id}",
        districts=(district,),
        interests=(tag,),
        status=Status.PUBLISHED,
        **kw,
    )


def test_default_context_has_prague_and_the_taxonomy():
    ctx = MatchContext.default()
    assert len(ctx.districts) == 57 and "Praha-Troja" in ctx.districts
    assert any(tag == "gardening" for _, tag in ctx.terms)
    assert ctx.language_name("uk", "cs") == "ukrajinština"


def test_neighbourhoods_typos_and_unknown_places_never_crash():
    m = Matcher([_listing(1, "Praha 7", "gardening"), _listing(2, "Praha 13", "gardening")])
    holesovice = m.for_volunteer(
        Volunteer(name="A", id=1, district_text="Holesovize", interests_text="zahradničení"),
        today=TODAY,
    )
    assert holesovice.matches[0].opportunity_id == 1
    assert not holesovice.notes
    nowhere = m.for_volunteer(Volunteer(name="B", id=2, district_text="Atlantis"), today=TODAY)
    assert [n.kind for n in nowhere.notes] == [
        ReasonKind.DISTRICT_UNKNOWN,
        ReasonKind.EMPTY_PROFILE,
    ]
    assert {x.parts.district for x in nowhere.matches} == {0.5}


def test_ukrainian_interests_and_czech_sentences():
    m = Matcher(
        [_listing(1, "Praha 8", "gardening", languages=(LanguageNeed("cs", Level.B1, True),))]
    )
    v = Volunteer(
        name="C",
        id=3,
        district="Praha 8",
        interests_text="садівництво",
        languages=(LanguageSkill("uk", Level.NATIVE), LanguageSkill("cs", Level.A2)),
    )
    r = m.for_volunteer(v, today=TODAY, include_unmet=True)
    assert r.matches == () and r.unmet_matches[0].parts.interests == 1.0
    text = m.sentences(r.unmet_matches[0], "cs")
    assert "čeština na úrovni A2, nabídka chce B1 ✗" in text
    assert (
        m.describe_relaxation(r.relaxations[0], "en") == "1 more if you relax the Czech requirement"
    )


def test_stems_cut_case_and_verb_endings():
    from volmatch.reference.word_stems import stem, stem_key

    assert [stem(w) for w in ("дітям", "діти", "дітьми", "детям", "дети", "детьми")] == [
        "діт",
        "діт",
        "діт",
        "дет",
        "дет",
        "дет",
    ]
    assert stem("готувати") == stem("готування") == "готув"
    assert stem("чеськоі") == stem("чеська") == "чеськ"  # folded "чеської"
    assert stem("zahrada") == stem("zahradou") == "zahrad"  # folded Czech: "se zahradou"
    assert stem("bikes") == stem("bike") == "bik" and stem("lidmi") == stem("lide") == "lid"
    assert stem("pes") is None and stem("їжа") is None  # too short to cut safely
    assert stem_key("starsimi lidmi") == stem_key("starsi lide")
    assert stem_key("lidem bez domova") == stem_key("lide bez domova")  # any length
    assert stem_key("людям похилого віку") == stem_key("люди похилого віку")
    assert stem_key("k do") is None  # linking words only


def test_inflected_ukrainian_and_russian_words_find_their_interest():
    """ "допомога дітям" (help to children) means the vocabulary's "діти", which fuzzy
    matching alone scores 67 and misses; an exact term keeps its better score."""
    from volmatch.matching.interests import BROAD_FACTOR, STEM_SCORE, split_phrases

    vocab = Matcher([]).vocab

    def best(text: str) -> dict[str, float]:
        return {h.tag: h.score for h in vocab.match_phrases(split_phrases(text)).values()}

    # "діти" names the whole category: a related interest, a little below an exact tag
    assert best("допомога дітям")["childcare"] == STEM_SCORE * BROAD_FACTOR
    assert best("хочу помогать детям")["children_leisure"] == STEM_SCORE * BROAD_FACTOR
    assert "senior_visits" in best("помощь пожилым людям")
    assert "cooking" in best("готувати їжу")
    assert "animal_shelter" in best("прогулянки з собаками")
    # not lowered by the stem hit (only by naming several tags: shelters, dog walking, rescue)
    assert best("тварини")["animal_shelter"] == 100 * BROAD_FACTOR
    assert best("zahrada") == {"gardening": 100}  # Czech as before


def test_whom_an_activity_serves_counts_less_than_the_activity():
    """The words after "for" ("pro", "для", "cho") say whom the activity serves: when the
    activity names a tag, a tag named only by them counts at SERVED_FACTOR; when it names
    none, they count as before. Vietnamese "cho" (for) is not read as "chó" (dog)."""
    from volmatch.matching.interests import SERVED_FACTOR, split_phrases

    vocab = Matcher([]).vocab

    def best(text: str) -> dict[str, float]:
        return {h.tag: h.score for h in vocab.match_phrases(split_phrases(text)).values()}

    for text, activity, served in [
        ("translation for families", "translation", "family_support"),
        ("приготування їжі для бездомних", "cooking", "homeless_support"),
        ("překlady pro bezdomovce", "translation", "homeless_support"),
        ("phiên dịch cho gia đình", "interpreting", "family_support"),
    ]:
        hits = best(text)
        assert hits[activity] >= 85, text
        assert hits[served] <= SERVED_FACTOR * hits[activity], text
    assert "dog_walking" not in best("nấu ăn cho người vô gia cư")
    assert "dog_walking" in best("chăm sóc chó")
    # no activity named before "for": whom it serves is the interest, as before
    assert best("něco pro bezdomovce")["homeless_support"] >= 80
    assert best("something for homeless")["homeless_support"] >= 80


def test_vietnamese_words_are_not_czech_filler_words_when_folded():
    """ "vẽ" (draw) folds to the Czech filler "ve" and was dropped: "dạy vẽ" (teaching
    drawing) was read as "dạy kèm" (tutoring) by a near spelling of the whole phrase."""
    from volmatch.matching.interests import split_phrases

    vocab = Matcher([]).vocab

    def best(text: str) -> str:
        hits = vocab.match_phrases(split_phrases(text)).values()
        return max(hits, key=lambda h: h.score).tag

    assert best("dạy vẽ cho trẻ em") == "arts_crafts"
    assert best("lớp vẽ") == "arts_crafts"
    assert best("kreslení s dětmi") == "arts_crafts"
    assert best("pomoc ve škole") == "school_assistance"  # Czech "ve" stays a filler word
