"""Listings built by hand for the export tests (no database needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from volmatch.domain import (
    Commitment,
    LanguageNeed,
    Level,
    Opportunity,
    Organization,
    Scope,
    Status,
    Translation,
    slot_bit,
)
from volmatch.exporting import cardcache, cards

XSS_TITLE = "<script>alert(1)</script>"
XSS_ATTR = '"><img src=x onerror=alert(1)>'
T0 = dt.datetime(2025, 3, 1, 9, 30)


def make(**kw) -> Opportunity:
    base = {
        "title": "Doučování češtiny",
        "organization": "Centrum pro integraci",
        "status": Status.PUBLISHED,
        "created_at": T0,
        "updated_at": T0,
    }
    base.update(kw)
    return Opportunity(**base)


def sample() -> list[Opportunity]:
    return [
        make(
            id=1,
            external_id="CPI-1",
            title="Doučování češtiny pro děti",
            description="Pomoc s domácími úkoly.\nKaždé úterý.",
            translations={
                "en": Translation("Czech tutoring for children", "Homework help."),
                "uk": Translation("Репетиторство з чеської для дітей", "Допомога з уроками."),
            },
            districts=("Praha 7",),
            district_text="Holešovice",
            address="Dukelských hrdinů 1",
            languages=(LanguageNeed("cs", Level.B2, True), LanguageNeed("uk")),
            interests=("education", "children"),
            schedule="úterý 16–18",
            schedule_mask=slot_bit(1, 1),
            contact_email="info@example.org",
            contact_phone="+420 123 456 789",
            url="https://example.org/doucovani",
            notes="INTERNAL-NOTE do not publish",
            updated_at=T0 + dt.timedelta(days=3),
        ),
        make(
            id=2,
            external_id="ZAHR-7",
            title="Úklid parku Stromovka",
            organization="Zelená Praha",
            description="Jednorázová brigáda.",
            districts=("Praha-Troja",),
            commitment=Commitment.ONE_OFF,
            start_date=dt.date(2025, 3, 15),
            interests=("gardening",),
            translations={"ru": Translation("Уборка парка Стромовка", "Разовая акция.")},
        ),
        make(
            id=3,
            title=XSS_TITLE,
            organization=XSS_ATTR,
            description=XSS_ATTR + "\n</script><script>alert(2)</script>",
            scope=Scope.CITYWIDE,
            url="javascript:alert(1)",
            contact_email="x@y.cz",
            schedule='=HYPERLINK("http://evil")',
            accessibility="@SUM(A1)",
            interests=("culture",),
        ),
        make(id=4, title="Koncept", status=Status.DRAFT, notes="DRAFT-SECRET"),
        make(
            id=5,
            title="Prošlá nabídka",
            valid_until=dt.date(2025, 1, 1),
            notes="EXPIRED",
        ),
        make(
            id=6,
            title="Online tlumočení",
            source_lang="uk",
            scope=Scope.REMOTE,
            languages=(LanguageNeed("uk", Level.C1, True), LanguageNeed("ru")),
            commitment=Commitment.LONG_TERM,
            translations={"vi": Translation("Phiên dịch trực tuyến", "Từ nhà.")},
        ),
    ]


ORGS = (
    Organization("Centrum pro integraci", email="cpi@example.org", website="https://cpi.example"),
    Organization("Zelená Praha", website="javascript:alert(3)"),
)


class FakeGazetteer:
    """The gazetteer contract, enough for district filters (Praha 7 administers Troja)."""

    municipal_districts = ("Praha 7", "Praha-Troja", "Praha 8")
    admin_districts = ("Praha 7", "Praha 8")

    def admin_of(self, name):
        return {"Praha-Troja": "Praha 7"}.get(name, name)

    def label(self, name):
        admin = self.admin_of(name)
        return name if admin == name else f"{name} ({admin})"

    def resolve(self, text):
        from types import SimpleNamespace

        from volmatch.text import fold

        for name in self.municipal_districts:
            if fold(name) == fold(text):
                return SimpleNamespace(
                    status="EXACT", districts=(name,), matched=name, suggestions=()
                )
        if fold(text) == "holesovice":
            return SimpleNamespace(
                status="EXACT", districts=("Praha 7",), matched="Holešovice", suggestions=()
            )
        return SimpleNamespace(
            status="UNKNOWN", districts=(), matched="", suggestions=("Praha 7", "Praha 8")
        )


@pytest.fixture
def records() -> list[Opportunity]:
    return sample()


@pytest.fixture
def names():
    from volmatch.exporting.names import Names

    real = Names.default()
    return Names(FakeGazetteer(), real.catalogue, real.taxonomy)


class FakeRenderer:
    """A fake share card renderer (no Qt): a PNG-like header and the card's words, counted."""

    version = "test 1"

    def __init__(self) -> None:
        self.drawn = 0

    def __call__(self, card: cards.Card) -> bytes:
        self.drawn += 1
        return bytes(33) + "|".join((card.lang, card.title, card.place)).encode()

    @staticmethod
    def fork_safe() -> bool:
        return True


@pytest.fixture
def draw(tmp_path):
    """A FakeRenderer registered, with an empty card cache in ``tmp_path``."""
    renderer = FakeRenderer()
    cards.register(renderer)
    cardcache.use(tmp_path / "cache")
    yield renderer
    cards.register(None)
    cardcache.use(None)
