"""What a certificate of volunteering says: Czech plus the volunteer's language, the act's
wording only for an accredited organization, the facts of the placement, nothing else
about the person."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from volmatch.certificates import (
    CERTIFIABLE,
    Facts,
    NotCertifiable,
    build,
    certificate_facts,
    certificate_language,
    texts,
)
from volmatch.certificates.content import period
from volmatch.domain import (
    Commitment,
    LanguageSkill,
    Level,
    Opportunity,
    Placement,
    PlacementState,
    Translation,
    Volunteer,
)
from volmatch.storage import audit, placements
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database
from volmatch.storage.organizations import organizations_with_counts, set_accreditation

UK = (LanguageSkill("uk", Level.NATIVE), LanguageSkill("cs", Level.B1))
FACTS = Facts(
    placement_id=1,
    volunteer="Olena Kovalenko",
    languages=UK,
    organization="Komunitní centrum Holešovice, z. s.",
    accredited=False,
    accreditation_ref="",
    activity={"cs": "Doučování dětí", "uk": "Репетиторство для дітей"},
    place={"cs": "Praha 7", "uk": "Прага 7", "en": "Praha 7", "ru": "Прага 7", "vi": "Praha 7"},
    start=dt.date(2026, 9, 1),
    end=dt.date(2026, 12, 3),
    hours=42.5,
)


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        (UK, ("uk", "uk", False)),
        ((LanguageSkill("vi", Level.NATIVE),), ("vi", "vi", False)),
        ((LanguageSkill("cs", Level.NATIVE), LanguageSkill("uk", Level.B2)), (None, "cs", False)),
        # Arabic: no certificate texts; the best language they do speak of ours, marked
        ((LanguageSkill("ar", Level.NATIVE), LanguageSkill("ru", Level.B2)), ("ru", "ar", True)),
        ((LanguageSkill("ar", Level.NATIVE),), ("en", "ar", True)),
        ((), ("en", "", True)),  # nothing recorded: Czech and English, visibly
    ],
)
def test_the_second_language_is_the_volunteers(spoken, expected):
    assert certificate_language(spoken) == expected


def test_every_language_has_every_text():
    words = texts()
    assert set(words) == {"cs", "en", "uk", "ru", "vi"}
    keys = set(words["cs"])
    for lang, entries in words.items():
        assert set(entries) == keys, lang
        assert all(value.strip() for value in entries.values()), lang
    # The Czech words are Czech, the others are not copies of them.
    for lang in ("en", "uk", "ru", "vi"):
        assert words[lang]["title_act"] != words["cs"]["title_act"]


def test_plain_certificate_for_an_organization_not_accredited():
    cert = build(FACTS, issued_on=dt.date(2026, 12, 4))
    assert cert.langs == ("cs", "uk") and not cert.fell_back
    assert cert.title == ("Potvrzení o dobrovolnické činnosti", texts()["uk"]["title_plain"])
    assert cert.subtitle == ()
    assert "198/2002" not in cert.text()  # no word of the act for a plain confirmation
    assert [line.key for line in cert.lines] == [
        "volunteer",
        "organization",
        "activity",
        "place",
        "period",
        "hours",
    ]
    assert cert.line("volunteer").values == ("Olena Kovalenko",)  # the same in both: once
    assert cert.line("activity").values == ("Doučování dětí", "Репетиторство для дітей")
    # CLDR keeps "2026 р." together with a narrow no-break space
    assert tuple(v.replace("\u202f", " ") for v in cert.line("period").values) == (
        "od 1. září 2026 do 3. prosince 2026",
        "з 1 вересня 2026 р. по 3 грудня 2026 р.",
    )
    assert cert.line("hours").values == ("42,5",)
    assert tuple(v.replace("\u202f", " ") for v in cert.issued.values) == (
        "Praha, 4. prosince 2026",
        "Praha, 4 грудня 2026 р.",
    )
    assert len(cert.signatures) == 2 and all(len(c) == 2 for c in cert.signatures)
    assert texts()["uk"]["translation"] in cert.notes  # the Czech text counts, it says


def test_accredited_organization_gets_the_acts_wording():
    facts = dataclasses.replace(FACTS, accredited=True, accreditation_ref="MV-12345-4/PDS-2024")
    cert = build(facts, second="vi", signatory="Jana Nováková")
    assert cert.title[0] == "Potvrzení o výkonu dobrovolnické služby"
    assert cert.subtitle[0] == "podle zákona č. 198/2002 Sb., o dobrovolnické službě"
    assert "198/2002" in cert.subtitle[1] and cert.langs == ("cs", "vi")
    assert cert.fell_back  # Vietnamese chosen for a Ukrainian speaker
    assert cert.line("organization").labels[0] == "Vysílající organizace"
    assert cert.line("accreditation").values == ("MV-12345-4/PDS-2024",)
    # kind, extent and period: what the act asks a confirmation to state
    assert {"activity", "hours", "period"} <= {line.key for line in cert.lines}
    assert "198/2002" in cert.statement[0] and "198/2002" in cert.statement[1]
    assert cert.line("period").values[1] == (
        "từ ngày 1 tháng 9 năm 2026 đến ngày 3 tháng 12 năm 2026"
    )
    assert cert.signatory == "Jana Nováková"


def test_czech_speaker_gets_czech_only_and_choices_override_the_facts():
    facts = dataclasses.replace(FACTS, languages=(LanguageSkill("cs", Level.NATIVE),))
    cert = build(facts, hours=None, end=None, place_of_issue="Praha 7")
    assert cert.langs == ("cs",)
    assert cert.line("hours") is None  # not recorded: left out, not "0"
    assert cert.line("period").values == ("od 1. září 2026 dosud",)
    assert cert.issued.values[0].startswith("Praha 7, ")
    assert all(len(line.labels) == 1 for line in cert.lines)
    assert build(facts, second="cs").langs == ("cs",)


def test_the_certificate_names_the_person_and_nothing_else_about_them():
    """Consent: the certificate is the volunteer's own, issued at their request, so it may
    carry their name; birth year, contacts, address and nationality stay out."""
    cert = build(FACTS)
    text = cert.text()
    assert "Olena Kovalenko" in text
    facts_fields = {f.name for f in dataclasses.fields(Facts)}
    assert not facts_fields & {"email", "phone", "birth_year", "district", "notes"}


def test_period_words():
    day = dt.date(2026, 5, 9)
    assert period(day, day, "cs") == "9. května 2026"  # a one-off day
    assert period(day, None, "en") == "since 9 May 2026 (ongoing)"
    assert period(None, None, "ru") == ""


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'volmatch.sqlite3'}")
    yield database
    database.dispose()


def _stored(s, state=PlacementState.PLACED, **opportunity):
    [oid] = repo.save_opportunities(
        s,
        [
            Opportunity(
                title="Doučování dětí",
                organization="Komunitní centrum Holešovice, z. s.",
                translations={"uk": Translation("Репетиторство для дітей")},
                districts=("Praha 7",),
                **opportunity,
            )
        ],
    )
    [vid] = repo.save_volunteers(
        s,
        [
            Volunteer(
                name="Olena Kovalenko",
                email="olena@example.org",
                phone="+420 777 123 456",
                languages=UK,
                birth_year=1985,
                consent_date=dt.date(2026, 1, 1),
            )
        ],
    )
    return repo.save_placement(s, Placement(vid, oid, state))


def test_facts_come_from_the_placement_its_listing_and_organization(db):
    with db.session() as s:
        pid = _stored(s)
        placements.record_hours(s, pid, 6)
        [org] = organizations_with_counts(s)
        set_accreditation(s, org.id, True, "MV-1/2024")
    with db.session() as s:
        facts = certificate_facts(s, pid)
    assert (facts.volunteer, facts.organization) == (
        "Olena Kovalenko",
        "Komunitní centrum Holešovice, z. s.",
    )
    assert facts.accredited and facts.accreditation_ref == "MV-1/2024"
    assert facts.activity == {"cs": "Doučování dětí", "uk": "Репетиторство для дітей"}
    assert facts.place["cs"] == "Praha 7" and facts.hours == 6
    assert facts.start == dt.date.today() and facts.end is None  # placed today, still going
    assert "olena@example.org" not in build(facts).text()


def test_an_ended_pair_runs_from_placed_to_ended(db):
    with db.session() as s:
        pid = _stored(s)
        placement = placements.get_placement(s, pid)
        placements.save_placement(s, dataclasses.replace(placement, state=PlacementState.ENDED))
        [create, end] = [
            e for e in audit.history(s, "placement", pid) if e.action == "create" or e.fields
        ][-2:]
    with db.session() as s:
        facts = certificate_facts(s, pid)
    assert facts.start == create.at.astimezone().date()
    assert facts.end == end.at.astimezone().date()


def test_a_one_off_listing_gives_its_own_dates(db):
    with db.session() as s:
        pid = _stored(
            s,
            commitment=Commitment.ONE_OFF,
            start_date=dt.date(2026, 6, 13),
            end_date=dt.date(2026, 6, 14),
        )
        facts = certificate_facts(s, pid)
    assert (facts.start, facts.end) == (dt.date(2026, 6, 13), dt.date(2026, 6, 14))


@pytest.mark.parametrize("state", [s for s in PlacementState if s not in CERTIFIABLE])
def test_no_certificate_before_the_volunteering(db, state):
    with db.session() as s:
        pid = _stored(s, state)
        with pytest.raises(NotCertifiable) as caught:
            certificate_facts(s, pid)
        assert caught.value.reason == "state"
        with pytest.raises(NotCertifiable) as caught:
            certificate_facts(s, 999_999)
        assert caught.value.reason == "missing"


def test_no_certificate_for_a_volunteer_in_the_trash(db):
    with db.session() as s:
        pid = _stored(s)
        repo.delete_volunteer(s, placements.get_placement(s, pid).volunteer_id)
        with pytest.raises(NotCertifiable):
            certificate_facts(s, pid)
