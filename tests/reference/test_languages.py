"""Languages: CLDR names, what people write, levels, list cells with Issues."""

from __future__ import annotations

import pytest

from volmatch.domain import LanguageNeed, LanguageSkill, Level
from volmatch.errors import Problem, Severity
from volmatch.paths import resource
from volmatch.reference.languages import LanguageCatalogue, default_catalogue, parse_level


@pytest.fixture(scope="module")
def cat() -> LanguageCatalogue:
    return default_catalogue()


def test_codes_are_iso_639_1(cat):
    assert {"cs", "en", "uk", "ru", "vi", "de", "mn", "ar", "fa"} <= set(cat.codes)
    assert all(len(c) == 2 for c in cat.codes)
    assert 150 < len(cat.codes) < 200


def test_cldr_names(cat):
    assert cat.name("uk", "cs") == "ukrajinština"
    assert cat.name("uk", "uk") == "українська"
    assert cat.name("uk", "en") == "Ukrainian"
    assert cat.name("uk", "ru") == "украинский"
    assert cat.name("vi", "vi") == "Tiếng Việt"
    assert cat.name("cs", "cs") == "čeština"
    assert cat.name("uk", "de") == "Ukrainisch"  # any other CLDR locale on demand
    assert cat.names("cs")["en"] == "angličtina"
    with pytest.raises(KeyError):
        cat.name("xx", "en")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ukrajinsky", "uk"),
        ("anglicky", "en"),
        ("mluvím vietnamsky", "vi"),
        ("čeština", "cs"),
        ("cestina", "cs"),
        ("česky", "cs"),
        ("německy", "de"),
        ("vietnamština", "vi"),
        ("Ukrainian", "uk"),
        ("ENGLISH", "en"),
        ("українська", "uk"),
        ("украинский", "uk"),
        ("англійська", "en"),
        ("українською", "uk"),
        ("по-английски", "en"),
        ("ua", "uk"),
        ("ukr", "uk"),
        ("cz", "cs"),
        ("cze", "cs"),
        ("ces", "cs"),
        ("eng", "en"),
        ("vie", "vi"),
        ("rus", "ru"),
        ("uk", "uk"),
        ("español", "es"),
        ("Tiếng Việt", "vi"),
        ("монгол", "mn"),
    ],
)
def test_resolve(cat, text, code):
    assert cat.resolve(text) == code


def test_resolve_unknown_and_typo_is_none(cat):
    assert cat.resolve("ukrajnsky") is None
    assert cat.resolve("") is None
    assert cat.resolve("klingonsky") is None


def test_typo_match_and_suggestions(cat):
    m = cat.match("ukrajnsky")
    assert m.code == "uk" and FUZZY_RANGE(m.score)
    assert cat.suggest("ukrajnsky")[0] == "uk"
    assert cat.match("qqqqzz") is None


def FUZZY_RANGE(score: float) -> bool:
    return 85 <= score < 100


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("A1", Level.A1),
        ("b1", Level.B1),
        ("C2", Level.C2),
        ("C2+", Level.C2),
        ("B2-", Level.B2),
        ("B1/B2", Level.B1),
        ("native", Level.NATIVE),
        ("Native speaker", Level.NATIVE),
        ("rodilý mluvčí", Level.NATIVE),
        ("mateřský jazyk", Level.NATIVE),
        ("рідна", Level.NATIVE),
        ("родной", Level.NATIVE),
        ("pokročilý", Level.C1),
        ("středně pokročilý", Level.B1),
        ("beginner", Level.A1),
        ("level B2", Level.B2),
        ("", None),
        ("good-ish", None),
        ("D1", None),
    ],
)
def test_parse_level(text, level):
    assert parse_level(text) == level


@pytest.mark.parametrize(
    ("item", "code", "level"),
    [
        ("uk:C2", "uk", Level.C2),
        ("uk:B2", "uk", Level.B2),
        ("uk: B2", "uk", Level.B2),
        ("čeština B1", "cs", Level.B1),
        ("English (native)", "en", Level.NATIVE),
        ("Ukrainian - native", "uk", Level.NATIVE),
        ("ukrajinsky (rodilý)", "uk", Level.NATIVE),
        ("vietnamština", "vi", None),
        ("cz A2", "cs", Level.A2),
        ("B2 angličtina", "en", Level.B2),
        ("mluvím vietnamsky", "vi", None),
        ("rusky - rodilý mluvčí", "ru", Level.NATIVE),
        ("українська рідна", "uk", Level.NATIVE),
        ("English fluent", "en", Level.C1),
    ],
)
def test_parse_skill(cat, item, code, level):
    skill, issue = cat.parse_skill(item)
    assert skill == LanguageSkill(code, level)
    assert issue is None


def test_parse_skill_unknown_language_is_an_error_with_suggestions(cat):
    skill, issue = cat.parse_skill("ukrajnskyy qq B2", "languages", 7)
    assert skill is None
    assert (issue.problem, issue.severity, issue.row, issue.column) == (
        Problem.UNKNOWN_LANGUAGE, Severity.ERROR, 7, "languages",
    )  # fmt: skip
    skill, issue = cat.parse_skill("klingon C1", "languages", 7)
    assert skill is None and issue.severity is Severity.ERROR and issue.value == "klingon C1"


def test_parse_skill_typo_is_read_with_a_warning(cat):
    skill, issue = cat.parse_skill("ukrajnsky B2", "languages", 3)
    assert skill == LanguageSkill("uk", Level.B2)
    assert (issue.problem, issue.severity) == (Problem.UNKNOWN_LANGUAGE, Severity.WARNING)
    assert issue.suggestions[0] == "ukrajinsky"


def test_parse_skill_unknown_level_keeps_the_language(cat):
    skill, issue = cat.parse_skill("English (good-ish)", "languages", 2)
    assert skill == LanguageSkill("en", None)
    assert (issue.problem, issue.severity) == (Problem.UNKNOWN_LEVEL, Severity.WARNING)


def test_parse_need(cat):
    need, issue = cat.parse_need("uk:B2", required=True)
    assert need == LanguageNeed("uk", Level.B2, True) and issue is None
    need, issue = cat.parse_need("angličtina", required=False)
    assert need == LanguageNeed("en", None, False)


def test_parse_skills_cell(cat):
    skills, issues = cat.parse_skills(
        "English (native), čeština B1; uk:C2 | ukrajinsky A2\nfoo", "languages", 9
    )
    assert skills == (
        LanguageSkill("en", Level.NATIVE),
        LanguageSkill("cs", Level.B1),
        LanguageSkill("uk", Level.C2),  # named twice: the higher level
    )
    assert [(i.value, i.row) for i in issues] == [("foo", 9)]
    assert cat.parse_skills("") == ((), [])


def test_parse_needs_cell(cat):
    needs, issues = cat.parse_needs("uk:B2, cs", True, "languages_required", 4)
    assert needs == (LanguageNeed("uk", Level.B2, True), LanguageNeed("cs", None, True))
    assert issues == []


def test_resources_and_cache(cat):
    assert default_catalogue() is cat
    assert resource("languages", "aliases.csv").is_file()
    assert resource("languages", "levels.csv").is_file()
