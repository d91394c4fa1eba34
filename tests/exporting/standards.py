"""Validators for the shared standards' schemas (``<repo>/../shared/standards``), read offline."""

from __future__ import annotations

import datetime as dt
import json
import math
from functools import cache
from pathlib import Path

from jsonschema import Draft201909Validator, Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT201909

from volmatch.domain import (
    Commitment,
    LanguageNeed,
    Level,
    Scope,
    Status,
    Translation,
    slot_bit,
)

from .conftest import XSS_ATTR, XSS_TITLE, make, sample

STANDARDS = Path(__file__).resolve().parents[2].parent / "shared" / "standards"
HSDS = STANDARDS / "hsds-3.0"
OFN = STANDARDS / "ofn-2020-07-01"
OFN_BASE = "https://ofn.gov.cz/"


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def hsds_validators() -> tuple[Draft202012Validator, Draft202012Validator]:
    """(service, organization) validators with format checking on."""
    checker = Draft202012Validator.FORMAT_CHECKER
    service = Draft202012Validator(
        _load(HSDS / "service_with_definitions.json"), format_checker=checker
    )
    org = Draft202012Validator(_load(HSDS / "organization.json"), format_checker=checker)
    return service, org


def hsds_errors(doc: dict) -> list[str]:
    service, org = hsds_validators()
    errors = [
        f"services[{i}] {list(e.absolute_path)}: {e.message}"
        for i, s in enumerate(doc["services"])
        for e in service.iter_errors(s)
    ]
    errors += [
        f"organizations[{i}] {list(e.absolute_path)}: {e.message}"
        for i, o in enumerate(doc["organizations"])
        for e in org.iter_errors(o)
    ]
    return errors


def _retrieve(uri: str) -> Resource:
    """An ofn.gov.cz schema from the shared copy (a GeoJSON schema outside it: anything)."""
    if not uri.startswith(OFN_BASE):
        return Resource.from_contents({}, default_specification=DRAFT201909)
    from urllib.parse import unquote

    path = OFN / unquote(uri[len(OFN_BASE) :]).split("#")[0]
    return Resource.from_contents(_load(path), default_specification=DRAFT201909)


@cache
def ofn_validator() -> Draft201909Validator:
    """The norm's list of events (``události.json``), references resolved offline."""
    schema = _load(OFN / "události" / "2020-07-01" / "schémata" / "události.json")
    registry = Registry(retrieve=_retrieve)
    return Draft201909Validator(
        schema, registry=registry, format_checker=Draft201909Validator.FORMAT_CHECKER
    )


def ofn_errors(doc) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in ofn_validator().iter_errors(doc)]


def hostile() -> list:
    """The test sample plus records built to break a naive writer of the standards."""
    far = dt.date(9999, 12, 31)
    return [
        *sample(),
        make(
            id=20,
            title="  Pomoc\x00 v kuchyni\u2028 ",
            organization="",
            description="",
            url="https://příklad.cz/cesta/ž?q=ž#č",
            contact_email="jméno@příklad.cz",
            contact_phone="   ",
            districts=("Praha 7", "Praha 8", "Praha-Troja"),
            address="Dělnická 12, 170 00 Praha 7",
            latitude=math.nan,
            longitude=math.inf,
            valid_until=far,
            end_date=far,
            start_date=dt.date(1, 1, 1),
            commitment=Commitment.REGULAR,
            schedule_mask=slot_bit(0, 0) | slot_bit(6, 2),
            languages=(LanguageNeed("vi", Level.NATIVE, True), LanguageNeed("xx")),
            interests=("nonexistent-tag", "gardening"),
            capacity=0,
            min_age=-3,
            translations={
                "UK": Translation("Допомога на кухні", ""),
                "vi": Translation("   ", "no title"),
                "en": Translation(XSS_TITLE, XSS_ATTR),
            },
        ),
        make(
            id=21,
            external_id="id with spaces/and#hash",
            title="Online",
            organization='Org "quoted" <b>',
            scope=Scope.REMOTE,
            url='https://example.org/a"b<c>{d}',
            commitment=Commitment.ONE_OFF,
            start_date=dt.date(2025, 5, 1),
            end_date=dt.date(2025, 4, 1),  # before the start
            source_lang="ru",
            status=Status.PUBLISHED,
        ),
        make(id=22, title="Celá Praha", scope=Scope.CITYWIDE, districts=("Praha 7",)),
    ]
