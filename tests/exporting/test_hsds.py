"""The HSDS export validates against the official Open Referral HSDS 3.0 schemas."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from jsonschema import Draft202012Validator

from volmatch.demo.dataset import demo_records
from volmatch.exporting import build
from volmatch.exporting.hsds import NAMESPACE, PROFILE_FILE
from volmatch.paths import resource

from .conftest import ORGS
from .standards import HSDS, hostile, hsds_errors

TODAY = dt.date(2025, 3, 1)


def _doc(records, names=None, **kw) -> dict:
    tree = build(records, "hsds", today=TODAY, names=names, organizations=ORGS, **kw)[0]
    return json.loads(tree.files["hsds.json"])


def test_demo_data_is_valid_hsds_3():
    records, _ = demo_records(numbered=True)
    doc = _doc(records)
    assert doc["count"] > 40
    assert hsds_errors(doc) == []


def test_hostile_data_is_valid_hsds_3(names):
    doc = _doc(hostile(), names)
    assert doc["count"] >= 6
    assert hsds_errors(doc) == []
    text = json.dumps(doc)
    assert "null" not in text  # a missing value is left out, never null
    assert "INTERNAL-NOTE" not in text and "DRAFT-SECRET" not in text


def test_ids_are_uuid5_and_stable(records, names):
    a = _doc(records, names)
    b = _doc(list(reversed(records)), names)
    assert {s["id"] for s in a["services"]} == {s["id"] for s in b["services"]}
    tutoring = next(s for s in a["services"] if s.get("external_id") == "CPI-1")
    assert uuid.UUID(tutoring["id"]).version == 5
    assert tutoring["id"] == str(uuid.uuid5(NAMESPACE, "service\x1fext-CPI-1"))
    assert tutoring["organization"]["id"] == tutoring["organization_id"]


def test_service_carries_organization_places_languages_schedule_terms(records, names):
    doc = _doc(records, names)
    tutoring = next(s for s in doc["services"] if s.get("external_id") == "CPI-1")
    assert tutoring["name"] == "Doučování češtiny pro děti"
    assert tutoring["alternate_name"] == "Czech tutoring for children"
    assert tutoring["organization"]["email"] == "cpi@example.org"
    assert tutoring["organization"]["description"]
    place = tutoring["service_at_locations"][0]["location"]
    assert place["district"] == "Praha 7" and place["administrative_district"] == "Praha 7"
    assert place["addresses"][0]["address_1"] == "Dukelských hrdinů 1"
    assert place["addresses"][0]["city"] == "Praha"
    czech = tutoring["languages"][0]
    assert (czech["code"], czech["cefr_min_level"], czech["required"]) == ("cs", "B2", True)
    assert czech["name"] == "Czech"
    assert tutoring["schedules"][0]["freq"] == "WEEKLY"
    assert tutoring["schedules"][0]["byday"] == "TU"
    terms = {a["taxonomy_term"]["code"]: a["taxonomy_term"] for a in tutoring["attributes"]}
    assert set(terms) == {"children", "education"}
    assert terms["education"]["name"] and terms["education"]["description"]
    park = next(s for s in doc["services"] if s.get("external_id") == "ZAHR-7")
    assert park["schedules"][0]["valid_from"] == park["schedules"][0]["valid_to"] == "2025-03-15"
    online = next(s for s in doc["services"] if s["name"] == "Online tlumočení")
    assert online["service_at_locations"][0]["location"]["location_type"] == "virtual"


def test_postal_code_and_idn_link_of_hostile_record(names):
    doc = _doc(hostile(), names)
    kitchen = next(s for s in doc["services"] if s["name"].startswith("Pomoc"))
    assert kitchen["url"].startswith("https://xn--")
    places = [a["location"] for a in kitchen["service_at_locations"]]
    assert len(places) == 3 and all("latitude" not in p for p in places)
    assert all(p["addresses"][0]["postal_code"] == "" for p in places)  # several places: no address


def test_profile_is_a_merge_patch_that_still_validates():
    """The Prague profile (a JSON Merge Patch over the schema) types the extra properties."""
    profile = json.loads(resource("schemas", PROFILE_FILE).read_text(encoding="utf-8"))
    base = json.loads((HSDS / "service_with_definitions.json").read_text(encoding="utf-8"))

    def merge(target, patch):
        if not isinstance(patch, dict):
            return patch
        out = dict(target) if isinstance(target, dict) else {}
        for key, value in patch.items():
            if value is None:
                out.pop(key, None)
            else:
                out[key] = merge(out.get(key), value)
        return out

    schema = merge(base, profile)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    records, _ = demo_records(numbered=True)
    doc = _doc(records)
    assert [e.message for s in doc["services"] for e in validator.iter_errors(s)] == []
    doc["services"][0]["languages"] = [{"id": str(uuid.uuid4()), "cefr_min_level": "B7"}]
    with pytest.raises(Exception, match="B7"):
        validator.validate(doc["services"][0])


def test_all_writes_the_profile_beside_the_feed(records, names):
    tree = build(records, "all", names=names, today=TODAY)[0]
    assert tree.files["feeds/" + PROFILE_FILE] == resource("schemas", PROFILE_FILE).read_bytes()


def test_ids_are_the_uuid5_of_their_kind_and_parts():
    from volmatch.exporting.hsds import uid

    for kind, parts in (("service", ("ext", "EXT-1")), ("organization", ("Charita Praha",))):
        expected = uuid.uuid5(NAMESPACE, "\x1f".join((kind, *parts)))
        assert uid(kind, *parts) == str(expected)
    expected = uuid.uuid5(NAMESPACE, "location\x1fŽižkov ёй 😀")
    assert uid("location", "Žižkov ёй 😀") == str(expected)
    assert uuid.UUID(uid("x")).version == 5
