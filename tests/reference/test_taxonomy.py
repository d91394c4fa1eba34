"""The interest taxonomy: data completeness, names, fuzzy reading, tags cells."""

from __future__ import annotations

import json

import pytest
from rapidfuzz import fuzz

from volmatch.errors import Problem, Severity
from volmatch.paths import resource
from volmatch.reference.taxonomy import LANGS, Taxonomy, default_taxonomy
from volmatch.text import fold


@pytest.fixture(scope="module")
def tx() -> Taxonomy:
    return default_taxonomy()


def test_categories_and_tags_are_complete(tx):
    expected = {
        "children", "tutoring", "seniors", "health", "disability", "social", "migrants",
        "environment", "culture", "sport", "community", "emergencies", "admin_it", "food",
        "education", "crafts", "family",
    }  # fmt: skip
    assert set(tx.categories) == expected
    assert len(tx.tags) >= 150
    for cat in tx.categories.values():
        assert 3 <= len(cat.tags) <= 20, cat.id
        assert all(cat.names.get(lang) for lang in LANGS), cat.id
    for tag in tx.tags.values():
        assert all(tag.names.get(lang) for lang in LANGS), tag.id
        assert len(tag.synonyms) >= 3, tag.id
        assert tag.id in tx.categories[tag.category].tags


# Stored records refer to these ids (the first taxonomy): they must never change.
FIRST_IDS = [
    "children_leisure",
    "childcare",
    "youth_mentoring",
    "summer_camps",
    "tutoring_children",
    "czech_lessons",
    "language_exchange",
    "english_lessons",
    "senior_visits",
    "senior_activities",
    "senior_errands",
    "senior_digital",
    "hospital",
    "hospice",
    "first_aid",
    "mental_health",
    "blood_donation",
    "disability_assistance",
    "sign_language",
    "visual_impairment",
    "adaptive_sport",
    "homeless_support",
    "street_outreach",
    "addiction",
    "social_counselling",
    "interpreting",
    "translation",
    "refugee_support",
    "integration",
    "escort_offices",
    "gardening",
    "cleanups",
    "tree_planting",
    "animal_shelter",
    "nature_conservation",
    "festivals",
    "museums_galleries",
    "theatre_music",
    "arts_crafts",
    "library",
    "sport_coaching",
    "sport_events",
    "outdoor",
    "neighbourhood_help",
    "community_centre",
    "public_space",
    "repair_cafe",
    "crisis_response",
    "floods",
    "humanitarian_aid",
    "firefighters",
    "office_work",
    "it_support",
    "communications",
    "fundraising",
    "food_bank",
    "cooking",
    "soup_kitchen",
    "school_assistance",
    "workshops",
    "stem",
    "adult_education",
]


def test_tag_ids_of_the_first_taxonomy_are_kept(tx):
    assert len(FIRST_IDS) == 62
    assert set(FIRST_IDS) <= set(tx.tags)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("pletení", "knitting_sewing"),
        ("Handyman Needed!", "home_repairs"),
        ("web design", "web_development"),
        ("krizová linka", "crisis_helpline"),
        ("vedoucí na táboře", "camp_leader"),
        ("deskové hry", "board_games"),
        ("prevence", "health_prevention"),
        ("orientace nově příchozích", "newcomer_orientation"),
        ("údržba stezek", "trail_maintenance"),
        ("домашній догляд", "home_care"),
        ("sửa xe đạp", "bike_repair"),
    ],
)
def test_activities_ngos_list_are_known(tx, text, tag):
    assert tag in [m.tag for m in tx.resolve(text)]


def test_names(tx):
    assert tx.name("gardening", "cs") == "zahradničení"
    assert tx.name("gardening", "en") == "gardening"
    assert tx.name("gardening", "uk") == "садівництво"
    assert tx.name("gardening", "ru") == "садоводство"
    assert tx.name("gardening", "vi") == "làm vườn"
    assert tx.name("children", "vi") == "trẻ em và thanh thiếu niên"
    assert tx.name("gardening", "de") == "gardening"  # English when the language is missing
    assert tx.name("environment", "cs") == "životní prostředí a zvířata"
    with pytest.raises(KeyError):
        tx.name("no_such_tag", "en")  # id-shaped: a lost tag, not a keyword


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("zahradničení", "gardening"),
        ("zahradniceni", "gardening"),
        ("zahrada", "gardening"),
        ("gardening", "gardening"),
        ("garden", "gardening"),
        ("gardenning", "gardening"),
        ("садівництво", "gardening"),
        ("городництво", "gardening"),
        ("làm vườn", "gardening"),
        ("lam vuon", "gardening"),
        ("Làm Vườn", "gardening"),
        ("садоводство", "gardening"),
        ("огород", "gardening"),
        ("doučování", "tutoring_children"),
        ("doučování dětí", "tutoring_children"),
        ("doucovani", "tutoring_children"),
        ("tutoring", "tutoring_children"),
        ("homework help", "homework_help"),
        ("репетиторство", "tutoring_children"),
        ("dạy kèm", "tutoring_children"),
        ("day kem", "tutoring_children"),
        ("bóng đá", "football"),
        ("phiên dịch", "interpreting"),
        ("dịch thuật", "translation"),
        ("помощь беженцам", "refugee_support"),
        ("help w/ festivals", "festivals"),
        ("tlumočení", "interpreting"),
        ("pomoc uprchlíkům", "refugee_support"),
        ("I love dogs", "animal_shelter"),
        ("pomoc s úklidem parku", "cleanups"),
    ],
)
def test_resolve_best(tx, text, tag):
    matches = tx.resolve(text)
    assert matches and matches[0].tag == tag


def test_vietnamese_and_joins_two_interests(tx):
    """Split at "và", each half is an exact term, not a part of a longer phrase."""
    scores = {m.tag: m.score for m in tx.resolve("làm vườn và dạy kèm")}
    assert scores["gardening"] == scores["tutoring_children"] == 100


def test_resolve_exact_and_fuzzy_scores(tx):
    exact = tx.resolve("zahradniceni")[0]
    assert (exact.score, exact.term) == (100.0, "zahradničení")
    typo = tx.resolve("gardenning")[0]
    assert 82 <= typo.score < 100 and typo.term == "gardening"
    assert tx.resolve("xyzzy qwerty") == []
    assert tx.resolve("") == []


def test_category_name_stands_for_its_tags(tx):
    tags = {m.tag for m in tx.resolve("senioři")}
    assert tags == set(tx.categories["seniors"].tags)


def test_terms_cover_every_name_and_synonym(tx):
    terms = tx.terms()
    pairs = set(terms)
    assert len(pairs) == len(terms)
    assert ("zahradniceni", "gardening") in pairs
    assert ("садівництво", "gardening") in pairs
    assert all(term == fold(term).replace("-", " ") or "'" in term for term, _ in terms)
    for tag in tx.tags.values():
        tagged = {term for term, t in terms if t == tag.id}
        assert fold(tag.names["en"]).replace("-", " ") in tagged


def test_parse_tags(tx):
    tags, issues = tx.parse_tags("gardening; zahradniceni, festivals | hospice", "interests", 3)
    assert tags == ("gardening", "festivals", "hospice")
    assert issues == []


def test_parse_tags_typo_warns_unknown_is_kept_with_a_warning(tx):
    tags, issues = tx.parse_tags("gardenning, xyzzy", "interests", 8)
    assert tags == ("gardening",)
    warn, kept = issues
    assert (warn.problem, warn.severity, warn.value) == (
        Problem.INTEREST_READ_AS,
        Severity.WARNING,
        "gardenning",
    )
    assert "read as gardening" in warn.expected and "gardening" not in warn.suggestions
    assert (kept.problem, kept.severity, kept.row, kept.column) == (
        Problem.UNKNOWN_INTEREST,
        Severity.WARNING,
        8,
        "interests",
    )
    assert "free keyword" in kept.expected


def test_parse_interests_keeps_free_keywords(tx):
    tags, keywords, issues = tx.parse_interests("zahrada, horolezectví, Kanoistika", "interests", 2)
    assert tags == ("gardening",)
    assert keywords == ("horolezectví", "Kanoistika")
    assert all(i.severity is Severity.WARNING for i in issues)
    assert tx.is_keyword("horolezectví") and not tx.is_keyword("gardening")
    assert tx.name("horolezectví", "cs") == "horolezectví"


def test_parse_tags_unknown_may_be_an_error(tx):
    _, issues = tx.parse_tags("xyzzy", unknown=Severity.ERROR)
    assert issues[0].severity is Severity.ERROR


# Words the suggestions were tuned on are below; these are other words (held out).
@pytest.mark.parametrize(
    "word", ["canoeing", "šití", "kanoistika", "horolezectví", "pletení", "origami", "шахи",
             "вязание", "câu cá", "skateboarding", "zpěv ptáků", "kolo"],
)  # fmt: skip
def test_no_unrelated_did_you_mean(tx, word):
    for s in tx.suggest(word):
        assert fold(s)[:3] == fold(word)[:3] or fuzz.ratio(fold(s), fold(word)) >= 78, s


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("gardenning", "gardening"), ("tutorng", "tutoring"), ("doučovaní", "doučování"),
     ("zahradniceni", "zahradničení")],
)  # fmt: skip
def test_near_spellings_are_suggested(tx, typo, meant):
    assert meant in tx.suggest(typo)


def test_unknown_has_suggestions(tx):
    assert "zahrada" in tx.suggest("zahrady kolem")


def test_resource_and_cache(tx):
    assert default_taxonomy() is tx
    assert resource("taxonomy", "interests.json").is_file()


def test_duplicate_ids_are_refused():
    tag = {"id": "a", "names": dict.fromkeys(LANGS, "a")}
    data = {"categories": [{"id": "c", "names": dict.fromkeys(LANGS, "c"), "tags": [tag, tag]}]}
    with pytest.raises(ValueError, match="twice"):
        Taxonomy(data)


def test_every_name_and_synonym_in_five_languages(tx):
    assert LANGS == ("cs", "en", "uk", "ru", "vi")
    data = json.loads(resource("taxonomy", "interests.json").read_text(encoding="utf-8"))
    assert data["languages"] == list(LANGS)
    items = [*data["categories"], *(t for c in data["categories"] for t in c["tags"])]
    assert len(items) >= 17 + 150
    for item in items:
        assert all(item["names"].get(lang) for lang in LANGS), item["id"]
        for lang in LANGS:  # a name and at least one synonym in every language
            assert len(item["synonyms"].get(lang, ())) >= 1, (item["id"], lang)
            assert tx.name(item["id"], lang) == item["names"][lang]
    terms = set(tx.terms())
    assert ("lam vuon", "gardening") in terms  # a Vietnamese name, folded
    assert ("trong rau", "gardening") in terms  # a Vietnamese synonym
    assert ("огород", "gardening") in terms  # a Russian synonym


def test_vietnamese_and_russian_category_names_stand_for_their_tags(tx):
    for text in ("người cao tuổi", "nguoi cao tuoi", "пожилые люди"):
        assert {m.tag for m in tx.resolve(text)} == set(tx.categories["seniors"].tags), text


def test_a_missing_translation_is_refused():
    names = {"cs": "a", "en": "a", "uk": "a", "ru": "a"}  # no "vi"
    full = {**names, "vi": "a"}
    tag = {"id": "a", "names": names}
    with pytest.raises(ValueError, match="tag 'a' has no name in \\['vi'\\]"):
        Taxonomy({"categories": [{"id": "c", "names": full, "tags": [tag]}]})
    with pytest.raises(ValueError, match="category 'c' has no name in \\['vi'\\]"):
        Taxonomy({"categories": [{"id": "c", "names": names, "tags": [{**tag, "names": full}]}]})


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # a verb for "repair" and a noun, in either order, in any form (activity_words.csv)
        ("fixing bikes", "bike_repair"),
        ("mending bicycles", "bike_repair"),
        ("opravuju kola", "bike_repair"),
        ("лагоджу ровери", "bike_repair"),
        ("ремонтировать велосипеды", "bike_repair"),
        # an escort to the doctor is patient support, for anyone
        ("doprovázení k doktorovi", "patient_support"),
        ("супроводжую до лікаря", "patient_support"),
        ("accompanying to doctors", "patient_support"),
        ("ženy", "women_support"),
        ("phụ nữ", "women_support"),
        ("giúp gia đình", "family_support"),
    ],
)
def test_activity_phrases_are_read_by_their_words(tx, text, tag):
    found = tx.resolve(text)
    assert found and found[0].tag == tag, found[:3]


def test_cycling_is_not_bike_repair_and_an_errand_is_not_patient_support(tx):
    assert [m.tag for m in tx.resolve("cyklistika")][:1] == ["cycling"]
    assert "bike_repair" not in {m.tag for m in tx.resolve("cyklistika")}
    assert "senior_errands" not in {m.tag for m in tx.resolve("doprovod k lékaři")}
    assert "senior_errands" not in {m.tag for m in tx.resolve("procházky se seniory")}


def test_activity_words_stand_for_words_the_taxonomy_uses(tx):
    from volmatch.reference.word_stems import same_words, stem

    used = {stem(w) or w for term, _ in tx.terms() for w in term.split()}
    assert len(same_words()) >= 30
    assert set(same_words().values()) <= used


def test_an_interest_read_by_a_similar_word_is_named_in_the_users_language(tx):
    from volmatch.issue_words import expected_text
    from volmatch.messages import language, set_language

    _, _, issues = tx.parse_interests("ремонтировать велосипеды")
    (warn,) = [i for i in issues if i.problem is Problem.INTEREST_READ_AS]
    (tag,) = [t for t in tx.tags if f"read as {tx.name(t, 'en')}" in warn.expected]
    before = language()
    try:
        set_language("cs")
        said = expected_text(warn.expected)
    finally:
        set_language(before)
    assert said.endswith("čte jako " + tx.name(tag, "cs")), said
