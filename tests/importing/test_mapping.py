"""Proposing a column mapping, mapping files, transforms, constants and notes for the rest."""

import json

import pytest

from volmatch.domain import Commitment, Scope, Status
from volmatch.errors import InputError, Problem, Severity
from volmatch.importing import read_canonical_csv
from volmatch.importing.mapping import (
    ColumnRule,
    Mapping,
    load_mapping,
    mapping_from_json,
    propose_mapping,
    save_mapping,
)
from volmatch.importing.transforms import apply_transforms, parse_transform


def fields(mapping: Mapping) -> dict[str, str | None]:
    return {r.header: r.field for r in mapping.columns}


def test_czech_headers_are_proposed_with_scores_and_alternatives():
    headers = ["Název příležitosti", "Název organizace", "Městská část", "Jazyky", "Popis",
               "E-mail", "Datum od", "Název EN", "Velikost bot"]  # fmt: skip
    mapping = propose_mapping(headers, "opportunities")
    assert fields(mapping) == {
        "Název příležitosti": "title",
        "Název organizace": "organization",
        "Městská část": "district",
        "Jazyky": "languages_welcome",
        "Popis": "description",
        "E-mail": "contact_email",
        "Datum od": "start_date",
        "Název EN": "title_en",
        "Velikost bot": None,
    }
    jazyky = mapping.rules_for("Jazyky")[0]
    assert jazyky.score == 100 and jazyky.alternatives[0][0] == "languages_required"


def test_english_and_misspelt_headers():
    mapping = propose_mapping(
        ["Title", "Organisation", "District", "Descripton", "Langugaes"], "opportunities"
    )
    assert fields(mapping) == {
        "Title": "title",
        "Organisation": "organization",
        "District": "district",
        "Descripton": "description",
        "Langugaes": "languages_welcome",
    }
    guessed = mapping.rules_for("Descripton")[0]
    assert 80 <= guessed.score < 100


def test_volunteer_headers_and_each_field_only_once():
    mapping = propose_mapping(
        ["Jméno a příjmení", "E-mail", "Bydliště", "Jazyky", "Email 2"], "volunteers"
    )
    assert fields(mapping) == {"Jméno a příjmení": "name", "E-mail": "email",
                               "Bydliště": "district", "Jazyky": "languages", "Email 2": None}  # fmt: skip


def test_a_guessed_column_is_a_warning_in_the_report(csv_file):
    path = csv_file([{"external_id": "OPP-1", "Titel": "Úklid", "organization": "Spolek",
                      "district": "Praha 7"}])  # fmt: skip
    result = read_canonical_csv(path, "opportunities")
    assert result.records[0].title == "Úklid"
    (issue,) = [i for i in result.issues if i.problem is Problem.GUESSED_COLUMN]
    assert issue.severity is Severity.WARNING and "read as 'title'" in issue.expected


def test_mapping_file_round_trip(tmp_path):
    mapping = Mapping(
        kind="opportunities",
        columns=(
            ColumnRule(
                "Kde", "district_text", transforms=(parse_transform({"strip_prefix": "Místo:"}),)
            ),
            ColumnRule("Odkaz", "url"),
            ColumnRule(
                "Odkaz", "external_id", transforms=(parse_transform({"extract": r"id=(\d+)"}),)
            ),
            ColumnRule("Interní", "ignore"),
        ),
        defaults={"district": "citywide"},
        constants={"status": "draft"},
        source_lang="de",
        unmapped="ignore",
    )
    path = tmp_path / "m.json"
    save_mapping(mapping, path)
    assert json.loads(path.read_text(encoding="utf-8"))["columns"]["Odkaz"][0] == "url"
    back = load_mapping(path)
    assert back.columns == mapping.columns
    assert (back.defaults, back.constants, back.source_lang, back.unmapped) == (
        {"district": "citywide"}, {"status": "draft"}, "de", "ignore")  # fmt: skip


def test_mapping_with_defaults_constants_transforms_and_notes(csv_file):
    path = csv_file([
        {"Nr": "7.0", "Name": "Vorlesen", "Träger": "ZAB", "Gebiet": "Einsatzgebiet:\u00a0Süd",
         "Art": "onetime", "Beginn": "January 13 2031", "Sprache": "Deutsch", "Leer": ""},
        {"Nr": "8.0", "Name": "Garten", "Träger": "ZAB", "Gebiet": "", "Art": "ongoing",
         "Beginn": "", "Sprache": "", "Leer": ""},
    ])  # fmt: skip
    mapping = mapping_from_json({
        "kind": "opportunities",
        "source_lang": "de",
        "complete": True,
        "columns": {
            "Nr": {"field": "external_id", "transforms": [{"whole_number": True}, {"prefix": "N-"}]},
            "Name": "title",
            "Träger": "organization",
            "Gebiet": {"field": "district_text", "transforms": [{"strip_prefix": "Einsatzgebiet:"}]},
            "Art": {"field": "commitment", "transforms": [{"map": {"onetime": "one-off", "ongoing": "regular"}}]},
            "Beginn": {"field": "start_date", "transforms": [{"date_format": "%B %d %Y"}]},
        },
        "defaults": {"district": "citywide"},
        "constants": {"status": "draft"},
    })  # fmt: skip
    result = read_canonical_csv(path, "opportunities", mapping)
    assert result.errors == []
    first, second = result.records
    assert (first.external_id, first.district_text, first.scope, first.source_lang) == (
        "N-7", "Süd", Scope.CITYWIDE, "de")  # fmt: skip
    assert first.commitment is Commitment.ONE_OFF and second.commitment is Commitment.REGULAR
    assert str(first.start_date) == "2031-01-13" and first.status is Status.DRAFT
    assert first.notes == "Sprache: Deutsch" and second.notes == ""
    problems = {i.problem: i for i in result.warnings}
    assert problems[Problem.PLACE_NOT_RESOLVED].column == "Gebiet"
    assert problems[Problem.UNKNOWN_COLUMN].column == "Sprache"  # told: kept in notes
    assert "notes" in problems[Problem.UNKNOWN_COLUMN].expected


def test_a_date_not_in_the_mappings_format_names_the_format():
    transforms = (parse_transform({"date_format": "%B %d %Y"}),)
    text, issue = apply_transforms("13. 1. 2011", transforms, "start_date_date", 5)
    assert text == "" and issue.problem is Problem.BAD_DATE and issue.row == 5
    assert "March 01 2026" in issue.expected


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"columns": {"Název": "titel"}}, "titel"),
        ({"columns": {"Název": {"field": "title", "transforms": [{"shout": True}]}}}, "shout"),
        ({"columns": {"Název": {"field": "title", "transforms": [{"remove": "(["}]}}}, "regular"),
        ({"columns": {}, "unmapped": "bin"}, "unmapped"),
        ({"columns": {}, "defaults": {"colour": "red"}}, "colour"),
        (["title"], "JSON object"),
    ],
)
def test_bad_mapping_files_say_what_is_wrong(data, words):
    with pytest.raises(InputError) as err:
        mapping_from_json(data, "opportunities")
    assert words in str(err.value)


def test_unknown_target_suggests_the_nearest_field():
    with pytest.raises(InputError) as err:
        mapping_from_json({"columns": {"Název": "titel"}}, "opportunities")
    assert err.value.issues[0].suggestions[0] == "title"
