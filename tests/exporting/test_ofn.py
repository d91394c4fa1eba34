"""The OFN export validates offline against the Czech open formal norm Události 2020-07-01."""

from __future__ import annotations

import datetime as dt
import json

from volmatch.demo.dataset import demo_records
from volmatch.exporting import EXPORT_FORMATS, FORMATS, build
from volmatch.exporting.ofn import FILE
from volmatch.exporting.safety import tel

from .conftest import ORGS
from .standards import hostile, ofn_errors

TODAY = dt.date(2025, 3, 1)
BASE = "https://dobrovolnici.praha.example/"


def _doc(records, names=None, **kw) -> list:
    tree = build(records, "ofn", today=TODAY, names=names, organizations=ORGS, **kw)[0]
    return json.loads(tree.files[FILE])


def test_the_norm_rejects_what_it_should():
    assert ofn_errors([{"typ": "Událost"}]) == []
    assert ofn_errors([{"typ": "Událost", "název": {"uk": "лише українською"}}])
    assert ofn_errors([{"typ": "Událost", "kontakt": [{"typ": "Kontakt", "telefon": "123"}]}])


def test_demo_data_is_valid_ofn():
    records, _ = demo_records(numbered=True)
    doc = _doc(records, base_url=BASE)
    assert len(doc) > 40
    assert ofn_errors(doc) == []


def test_hostile_data_is_valid_ofn(names):
    for base in ("", BASE):
        doc = _doc(hostile(), names, base_url=base)
        assert len(doc) >= 6
        assert ofn_errors(doc) == []
        text = json.dumps(doc, ensure_ascii=False)
        assert "null" not in text and "INTERNAL-NOTE" not in text


def test_event_has_language_maps_time_place_contacts(records, names):
    doc = _doc(records, names, base_url=BASE)
    by_name = {e["název"].get("cs", e["název"].get("en")): e for e in doc}
    tutoring = by_name["Doučování češtiny pro děti"]
    assert tutoring["@context"].startswith("https://ofn.gov.cz/události/2020-07-01/")
    assert set(tutoring["název"]) == {"cs", "en", "uk"}
    assert tutoring["iri"] == BASE + "cs/1.html"
    spec = tutoring["doba_trvání"][0]
    assert spec["den_v_týdnu"] == [
        "https://data.mvcr.gov.cz/zdroj/číselníky/dny-v-týdnu/položky/úterý"
    ]
    assert spec["popis"]["uk"] == "вт" and spec["popis"]["cs"] == "út · úterý 16–18"
    place = tutoring["umístění"][0]
    assert place["adresa"]["název_mop"] == {"cs": "Praha 7"}
    assert place["adresa"]["text"] == {"cs": "Dukelských hrdinů 1"}
    kinds = {c["druh"]["cs"]: c for c in tutoring["kontakt"]}
    assert kinds["Přihlášky"]["email"] == "mailto:info@example.org"
    assert kinds["Přihlášky"]["telefon"] == "tel:+420123456789"
    assert kinds["Pořadatel"]["název"] == {"cs": "Centrum pro integraci"}
    assert set(tutoring["registrace"]) == {"cs", "en", "uk", "ru", "vi"}
    park = by_name["Úklid parku Stromovka"]
    interval = park["doba_trvání"][0]["časový_interval"]
    assert interval["začátek"]["datum"] == interval["konec"]["datum"] == "2025-03-15"
    online = next(e for e in doc if "vi" in e["název"])
    assert online["název"]["cs"].startswith("Text je zatím jen v jazyce")  # written in Ukrainian
    assert online["umístění"][0]["název"]["uk"] == "Онлайн / з дому"


def test_phone_numbers_become_tel_links():
    assert tel("+420 123 456 789") == "tel:+420123456789"
    assert tel("00420 123-456-789") == "tel:+420123456789"
    assert tel("123 456 789") == "tel:+420123456789"
    assert tel("volejte večer") == ""


def test_ofn_is_a_format_of_its_own_and_of_all(records, names):
    assert "ofn" in FORMATS and FORMATS[-1] == "all"
    assert {f.code for f in EXPORT_FORMATS} == set(FORMATS)
    tree = build(records, "all", names=names, today=TODAY)[0]
    assert json.loads(tree.files["feeds/" + FILE])
