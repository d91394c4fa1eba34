"""Synthetic opportunities and volunteers for scale tests and benchmarks.

Deterministic for a given ``(n, seed)``: every field is drawn from a ``random.Random(seed)``
in whole columns (``choices(k=n)``), which keeps 100,000 records within a second or two.
Districts come from the gazetteer, tags from the taxonomy; the language mix follows
Prague's foreign residents (Ukrainian, Slovak, Vietnamese, Russian first).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import cache

from volmatch.domain import (
    Commitment,
    LanguageNeed,
    LanguageSkill,
    Level,
    Opportunity,
    Scope,
    Status,
    Translation,
    Volunteer,
    slot_bit,
)
from volmatch.text import fold

# Languages and how often they come up among foreigners in Prague (roughly).
LANGUAGE_WEIGHTS = {
    "uk": 30, "en": 20, "ru": 10, "vi": 8, "sk": 6, "ar": 3, "es": 3, "de": 3, "fr": 3,
    "pl": 2, "tr": 2, "fa": 1, "it": 2, "ro": 1, "hu": 1, "zh": 2, "mn": 1, "kk": 1,
}  # fmt: skip
ORIGIN_NAMES = {
    "uk": (("Olena", "Dmytro", "Iryna", "Oleksandr", "Kateryna", "Andriy", "Tetiana", "Serhii"),
           ("Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko", "Moroz", "Lysenko")),
    "vi": (("Lan", "Minh", "Huy", "Mai", "Nam", "Thu", "Quang", "Linh"),
           ("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Vũ", "Bùi", "Đặng")),
    "ru": (("Svetlana", "Natalia", "Ivan", "Olga", "Sergei", "Anastasia", "Pavel"),
           ("Ivanova", "Kuznetsova", "Smirnov", "Popova", "Volkov", "Sokolova")),
    "ar": (("Ahmad", "Fatima", "Mohammed", "Mariam", "Omar", "Layla", "Yusuf"),
           ("Al-Hassan", "Khalil", "Yousef", "Haddad", "Nasser", "Saleh")),
    "cs": (("Anna", "Petr", "Marie", "Jan", "Lucie", "Tomáš", "Hana", "Lukáš", "Eva", "Jakub"),
           ("Nováková", "Svoboda", "Dvořáková", "Procházka", "Černý", "Veselá", "Král", "Malá")),
    "en": (("Daniel", "Emily", "James", "Sarah", "Michael", "Laura"),
           ("Smith", "Okoro", "Brown", "Wilson", "Taylor", "Murphy")),
}  # fmt: skip
ORIGIN_WEIGHTS = {"uk": 35, "cs": 30, "vi": 10, "ru": 10, "ar": 5, "en": 10}
ORG_KINDS = (
    "Komunitní centrum", "Rodinné centrum", "Domov seniorů", "Sousedský spolek", "Knihovna",
    "Základní škola", "Potravinová pomoc", "Charita", "Zelený spolek", "Sportovní klub",
    "Mezikulturní centrum", "Festival", "Nízkoprahový klub", "Hospic", "Útulek",
)  # fmt: skip
TITLE_FORMS = (
    "{Tag} – dobrovolníci",
    "Pomoc: {tag}",
    "Hledáme pomocníky: {tag}",
    "{Tag} v {district}",
)
EN_TITLE_FORMS = ("{Tag} – volunteers wanted", "Help with {tag}", "{Tag} in {district}")
UK_TITLE_FORMS = ("{Tag} – потрібні волонтери", "Допомога: {tag}")

# (text, mask) presets of when people are free; the text is what a form would say.
_WEEKDAYS = range(5)
AVAILABILITY = (
    ("po–pá večer", sum(slot_bit(d, 2) for d in _WEEKDAYS)),
    ("víkendy", sum(slot_bit(d, p) for d in (5, 6) for p in range(3))),
    ("weekday mornings", sum(slot_bit(d, 0) for d in _WEEKDAYS)),
    ("út a čt odpoledne", slot_bit(1, 1) | slot_bit(3, 1)),
    ("so dopoledne", slot_bit(5, 0)),
    ("kdykoli", (1 << 21) - 1),
    ("", 0),
)
LEVELS = (Level.A2, Level.B1, Level.B2, Level.C1, Level.C2)
BASE_DATE = dt.date(2026, 1, 1)


@dataclass(frozen=True, slots=True)
class _Pools:
    districts: tuple[str, ...]
    district_weights: tuple[int, ...]
    neighbours: dict[str, tuple[str, ...]]
    tags: tuple[str, ...]
    tag_cs: dict[str, str]
    tag_en: dict[str, str]
    tag_uk: dict[str, str]


@cache
def _pools() -> _Pools:
    from volmatch.reference.gazetteer import default_gazetteer
    from volmatch.reference.taxonomy import default_taxonomy

    gz = default_gazetteer()
    tx = default_taxonomy()
    districts = tuple(gz.municipal_districts)
    # The numbered districts hold most of the population; the small "Praha-X" ones far less.
    weights = tuple(6 if d.split(" ")[-1].isdigit() else 1 for d in districts)
    tags = tuple(sorted(tx.tags))
    return _Pools(
        districts=districts,
        district_weights=weights,
        neighbours={d: tuple(sorted(gz.neighbours(d))) for d in districts},
        tags=tags,
        tag_cs={t: tx.name(t, "cs") for t in tags},
        tag_en={t: tx.name(t, "en") for t in tags},
        tag_uk={t: tx.name(t, "uk") for t in tags},
    )


def _organizations(rng: random.Random, pools: _Pools, count: int) -> list[tuple[str, str]]:
    """(name, home district) of made-up organizations."""
    out = []
    for i in range(count):
        district = rng.choices(pools.districts, pools.district_weights)[0]
        out.append((f"{rng.choice(ORG_KINDS)} {district} {i + 1}", district))
    return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def generate_opportunities(n: int, seed: int = 0) -> list[Opportunity]:
    """``n`` made-up opportunities with external ids ``GEN-<seed>-000001`` …"""
    rng = random.Random(seed)
    pools = _pools()
    orgs = _organizations(rng, pools, max(5, n // 40))
    codes = tuple(LANGUAGE_WEIGHTS)
    code_weights = tuple(LANGUAGE_WEIGHTS.values())
    org_pick = rng.choices(orgs, k=n)
    scope_pick = rng.choices((Scope.DISTRICTS, Scope.CITYWIDE, Scope.REMOTE), (85, 10, 5), k=n)
    status_pick = rng.choices((Status.PUBLISHED, Status.DRAFT, Status.ARCHIVED), (70, 20, 10), k=n)
    commit_pick = rng.choices(tuple(Commitment), (25, 55, 20), k=n)
    avail_pick = rng.choices(AVAILABILITY, k=n)
    welcome_pick = rng.choices(codes, code_weights, k=2 * n)
    tag_counts = rng.choices((1, 2, 3), (40, 45, 15), k=n)
    out: list[Opportunity] = []
    for i in range(n):
        org, home = org_pick[i]
        scope = scope_pick[i]
        if scope is Scope.DISTRICTS:
            districts: tuple[str, ...] = (home,)
            if rng.random() < 0.15 and pools.neighbours[home]:
                districts = (home, rng.choice(pools.neighbours[home]))
            place = home
        else:
            districts, place = (), ("celá Praha" if scope is Scope.CITYWIDE else "online")
        tags = tuple(dict.fromkeys(rng.choices(pools.tags, k=tag_counts[i])))
        main = tags[0]
        needs: list[LanguageNeed] = []
        if rng.random() < 0.6:
            needs.append(LanguageNeed("cs", rng.choice(LEVELS[:3]), required=True))
        if rng.random() < 0.25:
            needs.append(LanguageNeed(welcome_pick[2 * i], rng.choice(LEVELS[1:]), required=True))
        for code in (welcome_pick[2 * i], welcome_pick[2 * i + 1]):
            if all(code != need.code for need in needs):
                needs.append(LanguageNeed(code))
        translations = {}
        if rng.random() < 0.7:
            en_title = rng.choice(EN_TITLE_FORMS).format(
                Tag=_cap(pools.tag_en[main]), tag=pools.tag_en[main], district=place
            )
            translations["en"] = Translation(en_title, f"Volunteering with {org}.")
        if rng.random() < 0.45:
            uk_title = rng.choice(UK_TITLE_FORMS).format(
                Tag=_cap(pools.tag_uk[main]), tag=pools.tag_uk[main]
            )
            translations["uk"] = Translation(uk_title, f"Волонтерство в організації {org}.")
        start = BASE_DATE + dt.timedelta(days=rng.randrange(540))
        commitment = commit_pick[i]
        end = start if commitment is Commitment.ONE_OFF else (
            start + dt.timedelta(days=rng.randrange(60, 400)) if rng.random() < 0.5 else None
        )  # fmt: skip
        schedule, mask = avail_pick[i]
        title = rng.choice(TITLE_FORMS).format(
            Tag=_cap(pools.tag_cs[main]), tag=pools.tag_cs[main], district=place
        )
        out.append(
            Opportunity(
                title=title,
                organization=org,
                description=f"{_cap(pools.tag_cs[main])}: {org} hledá dobrovolníky ({place}).",
                external_id=f"GEN-{seed}-{i + 1:06d}",
                translations=translations,
                scope=scope,
                districts=districts,
                district_text=place,
                languages=tuple(needs),
                interests=tags,
                commitment=commitment,
                start_date=start,
                end_date=end,
                schedule=schedule,
                schedule_mask=mask,
                capacity=rng.randint(1, 30),
                min_age=rng.choice((15, 16, 18, 18, 18)),
                contact_email=f"dobrovolnici{i % 997}@example.org",
                status=status_pick[i],
                valid_until=end or start + dt.timedelta(days=365),
            )
        )
    return out


def generate_volunteers(n: int, seed: int = 0) -> list[Volunteer]:
    """``n`` made-up volunteers (example.org e-mails, +420 555 phones), ids ``GENV-<seed>-000001`` …"""
    rng = random.Random(seed + 1_000_003)
    pools = _pools()
    origins = rng.choices(tuple(ORIGIN_WEIGHTS), tuple(ORIGIN_WEIGHTS.values()), k=n)
    home_pick = rng.choices(pools.districts, pools.district_weights, k=n)
    avail_pick = rng.choices(AVAILABILITY, k=n)
    tag_counts = rng.choices((1, 2, 3, 4), (20, 40, 30, 10), k=n)
    out: list[Volunteer] = []
    for i in range(n):
        origin = origins[i]
        firsts, lasts = ORIGIN_NAMES[origin]
        first, last = rng.choice(firsts), rng.choice(lasts)
        skills = [LanguageSkill(origin, Level.NATIVE)]
        if origin != "cs":
            skills.append(LanguageSkill("cs", rng.choice(LEVELS)))
        if origin != "en" and rng.random() < 0.55:
            skills.append(LanguageSkill("en", rng.choice(LEVELS)))
        if origin == "uk" and rng.random() < 0.6:
            skills.append(LanguageSkill("ru", rng.choice(LEVELS[2:])))
        home = home_pick[i]
        near = pools.neighbours[home]
        travel = tuple(rng.sample(near, k=min(len(near), rng.randrange(3))))
        tags = tuple(dict.fromkeys(rng.choices(pools.tags, k=tag_counts[i])))
        availability, mask = avail_pick[i]
        handle = fold(f"{first}.{last}").replace(" ", "").replace("đ", "d")
        out.append(
            Volunteer(
                name=f"{first} {last}",
                external_id=f"GENV-{seed}-{i + 1:06d}",
                email=f"{handle}.{i + 1}@example.org",
                phone=f"+420 555 {(i // 1000) % 1000:03d} {i % 1000:03d}",
                district=home,
                district_text=home,
                travel_districts=travel,
                languages=tuple(skills),
                interests_text=", ".join(pools.tag_cs[t] for t in tags),
                interest_tags=tags,
                availability=availability,
                availability_mask=mask,
                birth_year=rng.randint(1950, 2008),
                consent_date=BASE_DATE + dt.timedelta(days=rng.randrange(300)),
                consent_scope="matching",
            )
        )
    return out
