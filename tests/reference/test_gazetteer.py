"""The Prague gazetteer: facts from the data files and reading what people write."""

from __future__ import annotations

import json

import pytest

from volmatch.errors import Problem, Severity
from volmatch.paths import resource
from volmatch.reference.gazetteer import (
    Gazetteer,
    ResolveStatus,
    available_cities,
    default_gazetteer,
)

S = ResolveStatus


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return default_gazetteer()


def test_counts_from_the_data(gz):
    assert len(gz.municipal_districts) == 57
    assert gz.admin_districts == tuple(f"Praha {n}" for n in range(1, 23))
    assert len(gz.cadastral_areas) == 112
    split = [a for a in gz.cadastral_areas if len(gz.municipal_of_cadastral(a)) > 1]
    assert len(split) == 21


def test_facts(gz):
    assert gz.admin_of("Praha-Troja") == "Praha 7"
    assert gz.municipal_in_admin("Praha 7") == ("Praha 7", "Praha-Troja")
    assert gz.old_district_of("Praha 11") == "Praha 4"
    assert "Praha 11" in gz.municipal_in_old("Praha 4")
    assert "Praha-Troja" in gz.neighbours("Praha 7")
    assert "Praha 13" not in gz.neighbours("Praha 7")
    assert gz.centroid("Praha 7") == (50.10444, 14.43269)
    assert gz.label("Praha-Troja") == "Praha-Troja (Praha 7)"
    assert gz.label("Praha 7") == "Praha 7"
    assert gz.label("Nowhere") == "Nowhere"
    assert "Holešovice" in gz.cadastral_areas_of("Praha 7")
    assert "Vinohrady" in gz.cadastral_areas_of("Praha 10")
    assert "Praha 2" in gz.admin_neighbours("Praha 1")


def test_distance_is_haversine_between_centroids(gz):
    assert gz.distance_km("Praha 7", "Praha 7") == 0
    d = gz.distance_km("Praha 7", "Praha 13")
    assert 9.0 < d < 11.0  # about 9.9 km between the computed centroids
    assert d == pytest.approx(gz.distance_km("Praha 13", "Praha 7"))
    with pytest.raises(KeyError):
        gz.distance_km("Praha 7", "Brno-střed")


def test_unknown_names_raise(gz):
    with pytest.raises(KeyError):
        gz.admin_of("Holešovice")
    with pytest.raises(KeyError):
        gz.neighbours("Praha 99")


@pytest.mark.parametrize(
    "text",
    [
        "Praha 7",
        "Prague 7",
        "P7",
        "P-7",
        "p 7",
        "Praha7",
        "Praha VII",
        "praha vii",
        "Прага 7",
        "Praha  7 ",
    ],
)
def test_numbered_forms(gz, text):
    r = gz.resolve(text)
    assert (r.status, r.districts, r.kind) == (S.EXACT, ("Praha 7",), "municipal")


def test_roman_numerals(gz):
    assert gz.resolve("Praha XXII").districts == ("Praha 22",)
    assert gz.resolve("Praha IV").districts == ("Praha 4",)
    assert gz.resolve("Praha XIV").districts == ("Praha 14",)


@pytest.mark.parametrize("text", ["Praha-Troja", "Praha - Troja", "praha troja", "MČ Praha-Troja"])
def test_named_municipal_district(gz, text):
    r = gz.resolve(text)
    assert (r.status, r.districts, r.matched) == (S.EXACT, ("Praha-Troja",), "Praha-Troja")


def test_cadastral_area_in_one_district(gz):
    r = gz.resolve("smichov")
    assert (r.status, r.districts, r.matched, r.kind) == (
        S.EXACT,
        ("Praha 5",),
        "Smíchov",
        "cadastral",
    )
    assert gz.resolve("Kunratice").districts == ("Praha-Kunratice",)


@pytest.mark.parametrize("text", ["Holešovice", "holesovice", "HOLEŠOVICE"])
def test_holesovice_is_split_with_praha_7_first(gz, text):
    r = gz.resolve(text)
    assert r.status is S.AMBIGUOUS
    assert r.districts == ("Praha 7", "Praha 1")
    assert r.best == "Praha 7"
    assert r.matched == "Holešovice"


@pytest.mark.parametrize("text", ["Žižkov", "Zizkov", "zizkov", "Жижков"])
def test_zizkov_is_split_between_3_8_and_10(gz, text):
    r = gz.resolve(text)
    assert r.status is S.AMBIGUOUS
    assert r.districts[0] == "Praha 3"
    assert set(r.districts) == {"Praha 3", "Praha 8", "Praha 10"}


def test_every_split_area_is_ambiguous_with_all_parts(gz):
    for area in gz.cadastral_areas:
        parts = gz.municipal_of_cadastral(area)
        r = gz.resolve(area)
        if len(parts) > 1:
            assert r.status is S.AMBIGUOUS, area
            assert set(r.districts) == set(parts), area
        else:
            assert (r.status, r.districts) == (S.EXACT, parts), area


def test_same_named_municipal_district_comes_first(gz):
    assert gz.resolve("Troja").districts == ("Praha-Troja", "Praha 8")


def test_typo_is_fuzzy_with_score(gz):
    r = gz.resolve("Holesovize")
    assert r.status is S.FUZZY
    assert r.matched == "Holešovice"
    assert r.districts[0] == "Praha 7"
    assert 85 <= r.score < 100
    assert gz.resolve("Barandov").districts == ("Praha 5",)


@pytest.mark.parametrize(
    ("text", "district", "matched"),
    [
        ("Praha 4 - Nusle", "Praha 4", "Nusle"),
        ("Nusle, Praha 4", "Praha 4", "Nusle"),
        ("Nusle (Praha 2)", "Praha 2", "Nusle"),
        ("Praha 7 - Holešovice", "Praha 7", "Holešovice"),
        ("Praha 7 Holešovice", "Praha 7", "Holešovice"),
        ("Holešovice (Praha 7)", "Praha 7", "Holešovice"),
        ("Vinohrady, Praha 10", "Praha 10", "Vinohrady"),
        # postal addresses use the old districts: Chodov is in Praha 11, old Praha 4
        ("Praha 4 - Chodov", "Praha 11", "Chodov"),
        ("Praha 10 - Uhříněves", "Praha 22", "Uhříněves"),
        ("Praha 5 - Barrandov", "Praha 5", "Barrandov"),
        ("Holešovice, Letná", "Praha 7", "Letná"),
    ],
)
def test_compound_takes_the_most_specific_consistent_reading(gz, text, district, matched):
    r = gz.resolve(text)
    assert (r.status, r.districts, r.matched) == (S.EXACT, (district,), matched)


def test_compound_with_an_address_keeps_the_number(gz):
    r = gz.resolve("Praha 7, Dukelských hrdinů 12")
    assert (r.status, r.districts) == (S.EXACT, ("Praha 7",))


def test_compound_that_disagrees_is_ambiguous(gz):
    r = gz.resolve("Praha 2 - Chodov")
    assert r.status is S.AMBIGUOUS
    assert r.districts == ("Praha 2", "Praha 11")


def test_administrative_district(gz):
    r = gz.resolve("správní obvod Praha 7")
    assert (r.status, r.kind, r.districts) == (
        S.EXACT,
        "administrative",
        ("Praha 7", "Praha-Troja"),
    )


@pytest.mark.parametrize(
    ("text", "districts"),
    [
        ("Old Town", ("Praha 1",)),
        ("Letná", ("Praha 7",)),
        ("letna", ("Praha 7",)),
        ("Barrandov", ("Praha 5",)),
        ("Jižní Město", ("Praha 11",)),
        ("Pankrác", ("Praha 4",)),
        ("Anděl", ("Praha 5",)),
        ("Черный Мост", ("Praha 14",)),
    ],
)
def test_aliases(gz, text, districts):
    r = gz.resolve(text)
    assert (r.status, r.districts, r.kind) == (S.EXACT, districts, "alias")


def test_exonyms_of_split_areas_are_ambiguous(gz):
    assert gz.resolve("New Town").districts == ("Praha 1", "Praha 2", "Praha 8")
    assert gz.resolve("Lesser Town").districts == ("Praha 1", "Praha 5")
    assert gz.resolve("Castle district").districts == ("Praha 1", "Praha 6")
    assert gz.resolve("Florenc").status is S.AMBIGUOUS


def test_neighbourhoods_that_are_cadastral_areas(gz):
    assert gz.resolve("Černý Most").districts == ("Praha 14",)
    assert gz.resolve("Háje").districts == ("Praha 11",)


@pytest.mark.parametrize(
    "text", ["celá Praha", "citywide", "all Prague", "вся Прага", "všude", "Praha", "CELÁ PRAHA"]
)
def test_citywide(gz, text):
    assert gz.resolve(text).status is S.CITYWIDE


@pytest.mark.parametrize("text", ["online", "remote", "z domova", "онлайн", "Online / z domova"])
def test_remote(gz, text):
    assert gz.resolve(text).status is S.REMOTE


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty(gz, text):
    assert gz.resolve(text).status is S.EMPTY
    assert gz.resolve_issue(text) == (gz.resolve(text), None)


def test_unknown_has_suggestions_and_never_a_guess(gz):
    r = gz.resolve("Nusel")
    assert r.status is S.UNKNOWN
    assert r.districts == ()
    assert "Nusle" in r.suggestions
    assert gz.resolve("Xyzabc").status is S.UNKNOWN
    assert gz.resolve("7").suggestions[0] == "Praha 7"


def test_resolve_issue(gz):
    res, issue = gz.resolve_issue("Praha 7", "district", 4)
    assert issue is None and res.districts == ("Praha 7",)

    _, issue = gz.resolve_issue("Holesovize", "district", 4)
    assert (issue.problem, issue.severity, issue.row, issue.column) == (
        Problem.UNKNOWN_DISTRICT, Severity.WARNING, 4, "district",
    )  # fmt: skip
    assert issue.suggestions[0] == "Holešovice"

    _, issue = gz.resolve_issue("Žižkov", "district", 5)
    assert (issue.problem, issue.severity) == (Problem.AMBIGUOUS_DISTRICT, Severity.WARNING)
    assert issue.suggestions == ("Praha 3", "Praha 10", "Praha 8")

    _, issue = gz.resolve_issue("Nusel", "travel_districts", 6)
    assert (issue.problem, issue.severity, issue.value) == (
        Problem.UNKNOWN_DISTRICT,
        Severity.ERROR,
        "Nusel",
    )
    assert "Nusle" in issue.suggestions
    assert "row 6" in issue.describe() and "Nusle" in issue.describe()


def test_default_is_cached_and_loaded_through_resources(gz):
    assert default_gazetteer() is gz
    assert (resource("cities", "prague", "city.json")).is_file()
    assert "prague" in available_cities()


def test_another_city_is_a_folder(tmp_path):
    """A tiny second city works from files alone: no code for it."""
    city = tmp_path / "brno"
    city.mkdir()
    (city / "city.json").write_text(
        json.dumps(
            {
                "id": "brno",
                "name": {"cs": "Brno"},
                "files": {
                    "cadastral": "c.csv",
                    "municipal": "m.csv",
                    "admin_centroids": "a.csv",
                    "municipal_adjacency": "ma.csv",
                    "admin_adjacency": "aa.csv",
                },
                "number_prefixes": ["brno"],
                "citywide": ["celé Brno"],
                "remote": ["online"],
            }
        ),
        encoding="utf-8",
    )
    (city / "c.csv").write_text(
        "cadastral_area,municipal_district,administrative_district\n"
        "Veveří,Brno-střed,Brno-střed\nŽabovřesky,Brno-Žabovřesky,Brno-Žabovřesky\n",
        encoding="utf-8",
    )
    (city / "m.csv").write_text(
        "mc_code,municipal_district,administrative_district,old_district_1960,area_km2,centroid_lat,centroid_lon\n"
        "1,Brno-střed,Brno-střed,,15,49.19,16.60\n2,Brno-Žabovřesky,Brno-Žabovřesky,,5,49.21,16.57\n",
        encoding="utf-8",
    )
    (city / "a.csv").write_text(
        "administrative_district,centroid_lat,centroid_lon\nBrno-střed,49.19,16.60\n"
        "Brno-Žabovřesky,49.21,16.57\n",
        encoding="utf-8",
    )
    (city / "ma.csv").write_text(
        "municipal_district_a,municipal_district_b,shared_border_m\nBrno-střed,Brno-Žabovřesky,900\n",
        encoding="utf-8",
    )
    (city / "aa.csv").write_text(
        "administrative_district_a,administrative_district_b,shared_border_m\n", encoding="utf-8"
    )
    brno = Gazetteer(city)
    assert brno.municipal_districts == ("Brno-střed", "Brno-Žabovřesky")
    assert brno.resolve("Veveri").districts == ("Brno-střed",)
    assert brno.resolve("Zabovresky").districts == ("Brno-Žabovřesky",)
    assert brno.resolve("celé Brno").status is S.CITYWIDE
    assert brno.neighbours("Brno-střed") == frozenset({"Brno-Žabovřesky"})
    assert brno.resolve("Holešovice").status is S.UNKNOWN


@pytest.mark.parametrize(
    ("text", "district", "matched"),
    [
        ("Praha Smíchov", "Praha 5", "Smíchov"),
        ("Prague Karlín", "Praha 8", "Karlín"),
        ("Praha 7-Holešovice", "Praha 7", "Holešovice"),
        ("P7 Holešovice", "Praha 7", "Holešovice"),
        ("Praha-Troja", "Praha-Troja", "Praha-Troja"),
    ],
)
def test_city_name_before_a_place(gz, text, district, matched):
    r = gz.resolve(text)
    assert (r.status, r.districts, r.matched) == (S.EXACT, (district,), matched)
