from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re

import pytest
from matching_fakes import TODAY, make_context, need, opp, skill, vol

from volmatch.domain import ALL_WEEK, Level, Scope, Status, slot_bit
from volmatch.matching import (
    AGE,
    DATES,
    Matcher,
    OpportunityFilter,
    ReasonKind,
    Weights,
    split_phrases,
)
from volmatch.matching.scoring import NO_OVERLAP


def kinds(match):
    return {r.kind for r in match.reasons}


def test_olena_gets_ranked_listings_with_reasons(ctx):
    listings = [
        opp(
            1,
            title="Komunitní zahrada",
            districts=("Praha 7",),
            languages=(need("cs", Level.B1),),
            interests=("gardening",),
        ),
        opp(
            2,
            title="Doučování dětí",
            districts=("Praha 8",),
            languages=(need("uk", Level.B1),),
            interests=("tutoring", "children"),
        ),
        opp(3, title="Úklid", districts=("Praha 22",)),
    ]
    m = Matcher(listings, context=ctx)
    olena = vol(
        1,
        district_text="Libeň",
        languages=(skill("uk", Level.NATIVE), skill("cs", Level.B1)),
        interests_text="zahradniceni, doučování dětí",
    )
    r = m.for_volunteer(olena, today=TODAY)
    assert [x.opportunity_id for x in r.matches] == [2, 1, 3]
    first = m.sentences(r.matches[0], "en")
    assert "speaks Ukrainian as a mother tongue; the listing asks for at least B1 ✓" in first
    # One sentence for the phrase, naming every interest it fits; no scores, no tag ids.
    assert "interest in “doučování dětí” fits: tutoring, children" in first
    czech = m.sentences(r.matches[0], "cs")
    assert "zájem „doučování dětí“ odpovídá: tutoring, children" in czech  # a fake taxonomy
    assert not any(re.search(r"\(\d+\)|≈", s) for s in czech)
    assert (
        "lives in Praha 8; the opportunity is in Praha 7, a neighbouring district"
        in m.sentences(r.matches[1], "en")
    )
    # Czech and Ukrainian name the district through a declined noun, the name as written
    assert "bydlí v MČ Praha 8, kde se příležitost koná" in m.sentences(r.matches[0], "cs")
    assert "bydlí v MČ Praha 8; příležitost je v sousední MČ Praha 7" in m.sentences(
        r.matches[1], "cs"
    )
    assert "живе в районі Praha 8; можливість у сусідньому районі Praha 7" in m.sentences(
        r.matches[1], "uk"
    )
    assert all(0 <= x.score <= 100 for x in r.matches)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("zahradniceni", "gardening"),
        ("gardenning", "gardening"),
        ("help w/ festivals", "festivals"),
        ("doučování dětí", "tutoring"),
        ("DĚTI", "children"),
        ("Садівництво", "gardening"),
    ],
)
def test_interest_text_is_typo_case_and_diacritics_tolerant(ctx, text, tag):
    m = Matcher([opp(1, interests=(tag,)), opp(2, interests=("cooking",))], context=ctx)
    r = m.for_volunteer(vol(interests_text=text), today=TODAY)
    assert r.matches[0].opportunity_id == 1
    assert r.matches[0].parts.interests > 0.8 > r.matches[1].parts.interests
    hit = next(x for x in r.matches[0].reasons if x.kind == ReasonKind.INTEREST_MATCH)
    assert hit.fields["tag"] == tag


def test_unrelated_words_do_not_match(ctx):
    m = Matcher([opp(1, interests=("gardening",))], context=ctx)
    r = m.for_volunteer(vol(interests_text="rybaření"), today=TODAY)
    assert ReasonKind.INTEREST_UNRECOGNISED in kinds(r.matches[0])
    assert r.matches[0].parts.interests == 0.5


def test_split_phrases_keeps_what_was_written():
    assert split_phrases("Zahrada, help w/ festivals; děti a vaření") == [
        "Zahrada",
        "help with festivals",
        "děti",
        "vaření",
    ]
    assert split_phrases("bóng đá và vẽ tranh, zahrada či les") == [
        "bóng đá",
        "vẽ tranh",
        "zahrada",
        "les",
    ]
    assert split_phrases("") == []


def test_title_words_count_when_a_listing_has_no_tags(ctx):
    m = Matcher(
        [opp(1, title="Pomoc na zahradě a zahrada u školy"), opp(2, title="Úklid")], context=ctx
    )
    r = m.for_volunteer(vol(interests_text="gardening"), today=TODAY)
    assert r.matches[0].opportunity_id == 1
    hit = next(x for x in r.matches[0].reasons if x.kind == ReasonKind.INTEREST_MATCH)
    assert hit.fields["source"] == "title"


def test_no_interests_is_neutral_with_a_reason(ctx):
    m = Matcher([opp(1, interests=("gardening",))], context=ctx)
    r = m.for_volunteer(vol(district="Praha 7"), today=TODAY)
    assert r.matches[0].parts.interests == 0.5
    assert ReasonKind.INTEREST_NONE_GIVEN in kinds(r.matches[0])


def test_district_order_same_admin_neighbour_far(ctx):
    m = Matcher(
        [
            opp(1, districts=("Praha 22",)),
            opp(2, districts=("Praha 8",)),
            opp(3, districts=("Praha-Troja",)),
            opp(4, districts=("Praha 7",)),
            opp(5, scope=Scope.CITYWIDE),
            opp(6, scope=Scope.REMOTE),
        ],
        context=ctx,
    )
    r = m.for_volunteer(vol(district="Praha 7"), today=TODAY)
    order = [x.opportunity_id for x in r.matches]
    # same, citywide, remote, same admin (as near as a neighbour, a little above), neighbour, far
    assert order == [4, 5, 6, 3, 2, 1]
    by_id = {x.opportunity_id: x for x in r.matches}
    assert ReasonKind.DISTRICT_ADMIN in kinds(by_id[3])
    assert ReasonKind.DISTRICT_NEIGHBOUR in kinds(by_id[2])
    assert ReasonKind.DISTRICT_FAR in kinds(by_id[1])
    assert ReasonKind.DISTRICT_CITYWIDE in kinds(by_id[5])
    assert ReasonKind.DISTRICT_REMOTE in kinds(by_id[6])


def test_travel_districts_count(ctx):
    m = Matcher([opp(1, districts=("Praha 22",)), opp(2, districts=("Praha 13",))], context=ctx)
    r = m.for_volunteer(vol(district="Praha 7", travel_districts=("Praha 22",)), today=TODAY)
    assert r.matches[0].opportunity_id == 1
    assert r.matches[0].parts.district == pytest.approx(0.95)
    assert ReasonKind.DISTRICT_TRAVEL in kinds(r.matches[0])


def test_unknown_district_text_never_crashes_and_says_so(ctx):
    m = Matcher([opp(1, districts=("Praha 7",))], context=ctx)
    r = m.for_volunteer(vol(district_text="Holeshovitse"), today=TODAY)
    assert r.matches[0].parts.district == 0.5
    note = next(x for x in r.notes if x.kind == ReasonKind.DISTRICT_UNKNOWN)
    assert note.fields["suggestions"] == ["Praha 7"]
    assert any("did you mean Praha 7" in s for s in m.sentences(r.matches[0], "en"))


def test_required_language_miss_ranks_below_and_is_counted(ctx):
    listings = [
        opp(i, languages=(need("cs", Level.B2),), interests=("gardening",)) for i in (1, 2, 3)
    ]
    listings.append(opp(4, title="Úklid"))
    m = Matcher(listings, context=ctx)
    v = vol(
        languages=(skill("uk", Level.NATIVE), skill("cs", Level.A2)), interests_text="gardening"
    )
    r = m.for_volunteer(v, today=TODAY)
    assert [x.opportunity_id for x in r.matches] == [4]
    assert r.unmet_total == 3 and r.unmet_matches == ()
    assert [(x.need, x.count) for x in r.relaxations] == [("cs", 3)]
    assert m.describe_relaxation(r.relaxations[0]) == "3 more if you relax the Czech requirement"
    r = m.for_volunteer(v, today=TODAY, include_unmet=True)
    assert [x.opportunity_id for x in r.unmet_matches] == [1, 2, 3]
    assert r.unmet_matches[0].unmet == ("cs",)
    # Below the level is said as such, not as "missing".
    assert "speaks Czech at level A2, but the listing asks for B2 ✗" in m.sentences(
        r.unmet_matches[0], "en"
    )
    assert "čeština na úrovni A2, nabídka chce B2 ✗" in m.sentences(r.unmet_matches[0], "cs")
    assert m.sentences(r.unmet_matches[0], "uk")[0].endswith(
        " на рівні A2, а оголошення вимагає B2 ✗"
    )


def test_welcome_language_helps_but_is_not_required(ctx):
    m = Matcher(
        [
            opp(1, languages=(need("uk", required=False),)),
            opp(2, languages=(need("en", required=False),)),
        ],
        context=ctx,
    )
    r = m.for_volunteer(vol(languages=(skill("uk"),)), today=TODAY)
    assert [x.opportunity_id for x in r.matches] == [1, 2]
    # a welcome language not spoken costs a little, never like a missing requirement
    assert r.matches[1].parts.language == 0.9 and not r.matches[1].unmet


def test_schedule_dates_and_age(ctx):
    evenings = sum(slot_bit(d, 2) for d in range(5))
    weekend_mornings = sum(slot_bit(d, 0) for d in (5, 6))  # no day nor part of it shared
    listings = [
        opp(1, schedule_mask=evenings),
        opp(2, schedule_mask=weekend_mornings),
        opp(3),
        opp(4, start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 9, 30)),
        opp(5, min_age=18),
    ]
    m = Matcher(listings, context=ctx)
    v = vol(availability_mask=evenings, available_until=dt.date(2026, 8, 31), birth_year=2010)
    r = m.for_volunteer(v, today=TODAY, include_unmet=True)
    assert [x.opportunity_id for x in r.matches] == [1, 3, 2]
    assert [x.parts.availability for x in r.matches] == [1.0, 0.5, NO_OVERLAP]
    unmet = {x.opportunity_id: x.unmet for x in r.unmet_matches}
    assert unmet == {4: (DATES,), 5: (AGE,)}
    assert {x.need for x in r.relaxations} == {DATES, AGE}
    # age not given: not unmet, but said
    r = m.for_volunteer(vol(), today=TODAY)
    five = next(x for x in r.matches if x.opportunity_id == 5)
    assert ReasonKind.AGE_UNKNOWN in kinds(five)


def test_default_filter_hides_drafts_and_expired_and_can_be_switched_off(ctx):
    listings = [
        opp(1),
        opp(2, status=Status.DRAFT),
        opp(3, valid_until=dt.date(2026, 5, 31)),
        opp(4, end_date=dt.date(2026, 1, 1)),
        opp(5, valid_until=TODAY),
    ]
    m = Matcher(listings, context=ctx)
    r = m.for_volunteer(vol(), today=TODAY)
    assert [x.opportunity_id for x in r.matches] == [1, 5]
    assert r.excluded_by_filter == 3 and r.filter.enabled and r.filter.today == TODAY
    r = m.for_volunteer(vol(), filter=OpportunityFilter(enabled=False, today=TODAY))
    assert [x.opportunity_id for x in r.matches] == [1, 2, 3, 4, 5]
    assert r.excluded_by_filter == 0


def test_ties_break_by_id_and_results_are_deterministic(ctx):
    listings = [opp(i, districts=("Praha 1",)) for i in (9, 3, 7, 1, 5)]
    m = Matcher(listings, context=ctx)
    r1 = m.for_volunteer(vol(district="Praha 1"), top=3, today=TODAY)
    assert [x.opportunity_id for x in r1.matches] == [1, 3, 5]
    m2 = Matcher(list(reversed(listings)), context=ctx)
    r2 = m2.for_volunteer(vol(district="Praha 1"), top=3, today=TODAY)
    assert r1.matches == r2.matches


def test_weights_change_the_order_and_are_validated(ctx):
    listings = [
        opp(1, districts=("Praha 7",)),
        opp(2, districts=("Praha 22",), interests=("gardening",)),
    ]
    v = vol(district="Praha 7", interests_text="gardening")
    near = Matcher(listings, context=ctx, weights=Weights(district=1, interests=0.1))
    keen = Matcher(listings, context=ctx, weights=Weights(district=0.05, interests=1))
    assert near.for_volunteer(v, today=TODAY).matches[0].opportunity_id == 1
    assert keen.for_volunteer(v, today=TODAY).matches[0].opportunity_id == 2
    with pytest.raises(ValueError):
        Weights(language=-1)


def test_empty_profile_gives_an_honest_low_confidence_result(ctx):
    m = Matcher([opp(1, languages=(need("cs", Level.B1),)), opp(2)], context=ctx)
    r = m.for_volunteer(vol(languages=(skill("xx"),)), today=TODAY)
    assert [x.opportunity_id for x in r.matches] == [2]
    r = m.for_volunteer(vol(), today=TODAY)
    assert any(n.kind == ReasonKind.EMPTY_PROFILE for n in r.notes)
    assert r.matches[0].reasons[0].kind == ReasonKind.EMPTY_PROFILE


def _random_records(seed: int):
    rnd = random.Random(seed)
    districts = [*make_context().districts, "Nowhere"]
    tags = ["gardening", "children", "tutoring", "festivals", "cooking", "unknown-tag"]
    langs = ["cs", "uk", "en", "ru"]
    listings = []
    for i in range(1, 80):
        needs = tuple(
            {
                c: need(c, rnd.choice([None, *Level]), rnd.random() < 0.4)
                for c in rnd.sample(langs, rnd.randint(0, 2))
            }.values()
        )
        listings.append(
            opp(
                i,
                title=rnd.choice(["Zahrada", "Doučování", "Festival v parku", "Úklid"]),
                scope=rnd.choice([Scope.DISTRICTS] * 4 + [Scope.CITYWIDE, Scope.REMOTE]),
                districts=tuple(rnd.sample(districts, rnd.randint(0, 2))),
                languages=needs,
                interests=tuple(rnd.sample(tags, rnd.randint(0, 2))),
                schedule_mask=rnd.choice([0, 7, 448, ALL_WEEK]),
                min_age=rnd.choice([None, 15, 18]),
                start_date=rnd.choice([None, dt.date(2026, 7, 1)]),
                end_date=rnd.choice([None, dt.date(2026, 12, 1)]),
            )
        )
    volunteers = []
    for i in range(1, 40):
        volunteers.append(
            vol(
                i,
                district=rnd.choice([None, *districts]),
                travel_districts=tuple(rnd.sample(districts, rnd.randint(0, 2))),
                languages=tuple(
                    skill(c, rnd.choice([None, *Level]))
                    for c in rnd.sample(langs, rnd.randint(0, 3))
                ),
                interests_text=rnd.choice(
                    ["", "zahradniceni", "gardenning, kids", "help w/ festivals", "vařeni"]
                ),
                interest_tags=tuple(rnd.sample(tags, rnd.randint(0, 1))),
                availability_mask=rnd.choice([0, 7, 448]),
                birth_year=rnd.choice([None, 1990, 2012]),
                available_until=rnd.choice([None, dt.date(2026, 6, 30)]),
            )
        )
    return listings, volunteers


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_vectorised_scores_equal_explained_scores_in_both_directions(ctx, seed):
    listings, volunteers = _random_records(seed)
    m = Matcher(listings, volunteers, context=ctx)
    flt = OpportunityFilter(enabled=False, today=TODAY)
    for v in volunteers[:15]:
        r = m.for_volunteer(v, top=100, include_unmet=True, filter=flt)
        assert len(r.matches) + len(r.unmet_matches) == len(listings)
        for x in r.matches + r.unmet_matches:
            again = m.explain(v, m.opportunities.get(x.opportunity_id), today=TODAY)
            assert again == x
        scored = m.opportunities.score(m.prepare(v, TODAY), m.weights)
        for x in r.matches + r.unmet_matches:
            assert scored.score[m.opportunities.slot(x.opportunity_id)] == x.score
    for o in listings[:15]:
        r = m.for_opportunity(o, top=100, include_unmet=True, today=TODAY)
        assert len(r.matches) + len(r.unmet_matches) == len(volunteers)
        for x in r.matches + r.unmet_matches:
            forward = m.explain(m.volunteers.get(x.volunteer_id), o, today=TODAY)
            assert (forward.score, forward.parts, forward.unmet) == (x.score, x.parts, x.unmet)
            assert forward.reasons == x.reasons


def test_incremental_updates_equal_a_rebuild(ctx):
    listings, volunteers = _random_records(7)
    m = Matcher(listings[:50], context=ctx)
    for o in listings[50:]:
        m.upsert_opportunity(o)
    changed = dataclasses.replace(listings[3], interests=("cooking",), districts=("Praha 22",))
    m.upsert_opportunity(changed)
    assert m.remove_opportunity(10) and not m.remove_opportunity(10)
    m.upsert_opportunity(opp(500, interests=("gardening",)))  # reuses the freed slot
    expected = [changed if o.id == changed.id else o for o in listings if o.id != 10]
    expected.append(opp(500, interests=("gardening",)))
    fresh = Matcher(expected, context=ctx)
    flt = OpportunityFilter(enabled=False, today=TODAY)
    for v in volunteers[:10]:
        got = m.for_volunteer(v, top=200, include_unmet=True, filter=flt)
        want = fresh.for_volunteer(v, top=200, include_unmet=True, filter=flt)
        assert got.matches == want.matches and got.unmet_matches == want.unmet_matches
    assert len(m.opportunities) == len(expected)


def test_volunteer_index_updates(ctx):
    m = Matcher(
        [opp(1, interests=("gardening",))],
        [vol(1, interests_text="gardening"), vol(2)],
        context=ctx,
    )
    assert [x.volunteer_id for x in m.for_opportunity(1, today=TODAY).matches] == [1, 2]
    m.upsert_volunteer(vol(2, interests_text="zahrada", district="Praha 1"))
    m.upsert_volunteer(vol(1, interests_text="vaření"))
    assert [x.volunteer_id for x in m.for_opportunity(1, today=TODAY).matches] == [2, 1]
    m.remove_volunteer(2)
    assert [x.volunteer_id for x in m.for_opportunity(1, today=TODAY).matches] == [1]
    with pytest.raises(KeyError):
        m.for_opportunity(99)


@pytest.mark.parametrize("top", [1, 3, 5])
def test_overview_gives_every_volunteer_their_top_n(ctx, top, monkeypatch):
    listings, volunteers = _random_records(4)
    m = Matcher(listings, volunteers, context=ctx)
    flt = OpportunityFilter(today=TODAY)
    fast_used = []
    original = m.opportunities.top

    def spy(*args, **kwargs):
        found = original(*args, **kwargs)
        fast_used.append(found is not None)
        return found

    monkeypatch.setattr(m.opportunities, "top", spy)
    over = m.overview(top=top, filter=flt)
    assert set(over) == {v.id for v in volunteers}
    assert any(fast_used) and not all(fast_used)  # both the shortcut and the full scoring ran
    for v in volunteers:
        single = m.for_volunteer(v, top=top, filter=flt)
        assert [(x.opportunity_id, x.score, x.parts) for x in over[v.id].matches] == [
            (x.opportunity_id, x.score, x.parts) for x in single.matches
        ]
    with_reasons = m.overview(top=top, filter=flt, reasons=True)
    for v in volunteers:
        single = m.for_volunteer(v, top=top, filter=flt)
        assert with_reasons[v.id].matches == single.matches


@pytest.mark.parametrize("lang", ["cs", "en", "uk", "ru", "vi", "de"])
def test_every_reason_kind_has_a_sentence_in_every_language(ctx, lang):
    from volmatch.matching import Part, Reason, sentence

    samples = {
        "language": "uk",
        "level": "native",
        "min_level": "B1",
        "languages": ["en"],
        "home": "Praha 8",
        "place": "Praha 7",
        "km": 3.2,
        "side": "volunteer",
        "text": "xyz",
        "suggestions": ["Praha 7"],
        "phrase": "zahrada",
        "term": "zahrada",
        "tag": "gardening",
        "score": 93,
        "interests": ["a"],
        "slots": 2,
        "listing_slots": 3,
        "available_from": None,
        "available_until": "2026-06-30",
        "start": "2026-07-01",
        "end": None,
        "age": 15,
        "min_age": 18,
    }
    for kind in ReasonKind:
        text = sentence(Reason(kind, Part.LANGUAGE, samples), lang, ctx)
        assert text and "{" not in text


def test_a_relation_through_a_travel_district_says_so(ctx):
    m = Matcher([opp(1, districts=("Praha-Troja",))], context=ctx)
    r = m.for_volunteer(vol(district="Praha 22", travel_districts=("Praha 8",)), today=TODAY)
    assert m.sentences(r.matches[0], "en")[1] == (
        "goes to Praha 8; the opportunity is in Praha-Troja, a neighbouring district"
    )


def test_a_language_without_level_meets_the_requirement_and_says_so(ctx):
    m = Matcher([opp(1, languages=(need("cs", Level.C1),))], context=ctx)
    r = m.for_volunteer(vol(languages=(skill("cs"),)), today=TODAY)
    assert not r.matches[0].unmet
    assert (
        m.sentences(r.matches[0], "en")[0]
        == "speaks Czech (level not given); the listing asks for at least C1 ✓"
    )


def test_coverage_counts_written_interests_not_tags(ctx):
    # "děti" names one tag, "zahrada" another; a listing serving both beats one serving one
    m = Matcher(
        [opp(1, interests=("children",)), opp(2, interests=("children", "gardening"))], context=ctx
    )
    r = m.for_volunteer(vol(interests_text="děti, zahrada"), today=TODAY)
    assert [x.opportunity_id for x in r.matches] == [2, 1]
    assert r.matches[0].parts.interests == pytest.approx(1.0)
    assert r.matches[1].parts.interests == pytest.approx(0.85)


@pytest.mark.parametrize(
    ("slots", "needed", "expected"),
    [
        (
            1,
            1,
            {
                "en": "free at the one time it needs",
                "cs": "má čas v jediném potřebném termínu",
                "uk": "вільний(-а) в єдиний потрібний час",
            },
        ),
        (
            3,
            3,
            {
                "en": "free at all 3 times it needs",
                "cs": "má čas ve všech potřebných termínech (3)",
                "uk": "вільний(-а) в усі потрібні часи (3)",
            },
        ),
        (
            1,
            2,
            {
                "en": "free at 1 of the 2 times it needs",
                "cs": "má čas v potřebných termínech: 1 z 2",
                "uk": "вільний(-а) у потрібний час: 1 з 2",
            },
        ),
    ],
)
def test_the_schedule_reason_reads_well_for_any_count(ctx, slots, needed, expected):
    """Not "free at 1 of the 1 times" nor "v 1 z 1 potřebných termínů"."""
    from volmatch.matching import Part, Reason, sentence

    reason = Reason(
        ReasonKind.SCHEDULE_OVERLAP, Part.AVAILABILITY, {"slots": slots, "listing_slots": needed}
    )
    assert {lang: sentence(reason, lang, ctx) for lang in expected} == expected


def test_every_reason_is_worded_in_every_published_language():
    """Czech, English, Ukrainian, Russian and Vietnamese: the site's languages."""
    from volmatch.matching.reasons import _TEMPLATES, LANGS

    assert LANGS == ("cs", "en", "uk", "ru", "vi")
    for kind in ReasonKind:
        assert set(_TEMPLATES[kind]) == set(LANGS), kind


def test_a_required_language_not_spoken_and_one_without_level_read_as_such(ctx):
    from volmatch.matching import Part, Reason, sentence

    absent = Reason(
        ReasonKind.LANGUAGE_UNMET,
        Part.LANGUAGE,
        {"language": "cs", "spoken": False, "level": None, "min_level": "B2"},
    )
    assert sentence(absent, "cs", ctx) == (
        "nabídka vyžaduje jazyk čeština (aspoň B2), který v profilu chybí ✗"
    )
    assert sentence(absent, "en", ctx) == (
        "the listing requires Czech (at least B2), which the profile does not list ✗"
    )
    unknown = Reason(
        ReasonKind.LANGUAGE_UNMET,
        Part.LANGUAGE,
        {"language": "cs", "spoken": True, "level": None, "min_level": "B2"},
    )
    assert sentence(unknown, "uk", ctx).endswith(
        " без зазначеного рівня, а оголошення вимагає B2 ✗"
    )


def test_dates_in_reasons_read_as_people_write_them(ctx):
    from volmatch.matching import Part, Reason, sentence

    reason = Reason(
        ReasonKind.DATES_UNMET,
        Part.AVAILABILITY,
        {
            "available_from": None,
            "available_until": "2026-06-30",
            "start": "2026-07-01",
            "end": None,
        },
    )
    assert sentence(reason, "cs", ctx) == "k dispozici …–30. 6. 2026, ale koná se 1. 7. 2026–… ✗"
    assert sentence(reason, "uk", ctx).startswith("доступний(-а) …–30.06.2026")
    assert "30 Jun 2026" in sentence(reason, "en", ctx)


def test_the_requirements_missed_are_named_with_the_level_asked_for(ctx):
    from volmatch.matching.reasons import unmet_words

    m = Matcher([opp(1, languages=(need("cs", Level.B2),), min_age=18)], context=ctx)
    v = vol(languages=(skill("cs", Level.B1),), birth_year=TODAY.year - 15)
    r = m.for_volunteer(v, today=TODAY, include_unmet=True)
    missed = r.unmet_matches[0]
    assert unmet_words(missed.reasons, "cs", ctx) == ["čeština B1 (chce B2)", "věk"]
    assert unmet_words(missed.reasons, "en", ctx) == ["Czech B1 (asks B2)", "age"]
