"""Synthetic listings and volunteers for benchmarks (when the demo generator is absent).

Also a stand-in context (57 districts on a grid, 200 tags x 5 terms) for machines
where the reference data is not installed yet.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from volmatch.domain import (
    LanguageNeed,
    LanguageSkill,
    Level,
    Opportunity,
    Scope,
    Status,
    Volunteer,
)
from volmatch.matching import MatchContext

LANGS = ["cs", "uk", "en", "ru", "vi", "ar", "fr", "de", "es", "fa"]


def context() -> MatchContext:
    """The installed reference data when present, else a synthetic city of the same size."""
    ctx = MatchContext.default()
    if ctx.districts and ctx.terms:
        return ctx
    names = [f"District {i}" for i in range(57)]
    pos = {n: (i % 8, i // 8) for i, n in enumerate(names)}

    def km(a: str, b: str) -> float:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        return 2.0 * math.hypot(x1 - x2, y1 - y2)

    rnd = random.Random(5)
    words = [
        "garden",
        "kids",
        "tutor",
        "festival",
        "cook",
        "sport",
        "music",
        "art",
        "senior",
        "animal",
        "refugee",
        "library",
        "clean",
        "translate",
        "driver",
        "computer",
        "sewing",
        "chess",
        "dance",
        "theatre",
    ]
    terms = []
    for t in range(200):
        base = f"{words[t % len(words)]}{'' if t < len(words) else t // len(words)}"
        for k in range(5):
            terms.append(
                (
                    f"{base} {['', 'help', 'club', 'work', 'group'][k]}".strip()
                    + ("" if k < 3 else f" {rnd.choice(words)}"),
                    f"tag{t}",
                )
            )
    return MatchContext(
        districts=tuple(names),
        admin_of=lambda n: f"Admin {int(n.split()[1]) // 3}",
        neighbours=lambda n: frozenset(m for m in names if m != n and km(n, m) <= 2.0),
        distance_km=km,
        terms=tuple(terms),
    )


def _typo(rnd: random.Random, word: str) -> str:
    if len(word) < 5 or rnd.random() < 0.6:
        return word
    i = rnd.randrange(1, len(word) - 1)
    return word[:i] + word[i] + word[i:] if rnd.random() < 0.5 else word[:i] + word[i + 1 :]


def opportunities(n: int, ctx: MatchContext, seed: int = 1) -> list[Opportunity]:
    rnd = random.Random(seed)
    tags = sorted({tag for _, tag in ctx.terms})
    districts = list(ctx.districts)
    today = dt.date.today()
    out = []
    for i in range(1, n + 1):
        needs = []
        if rnd.random() < 0.6:
            needs.append(LanguageNeed("cs", rnd.choice([Level.A2, Level.B1, Level.B2]), True))
        for code in rnd.sample(LANGS[1:], rnd.randint(0, 2)):
            needs.append(LanguageNeed(code, None, rnd.random() < 0.2))
        scope = rnd.choices([Scope.DISTRICTS, Scope.CITYWIDE, Scope.REMOTE], [85, 10, 5])[0]
        out.append(
            Opportunity(
                id=i,
                external_id=f"SYN-{i}",
                title=f"Listing {i}",
                scope=scope,
                districts=tuple(rnd.sample(districts, rnd.randint(1, 2)))
                if scope == Scope.DISTRICTS
                else (),
                languages=tuple(needs),
                interests=tuple(rnd.sample(tags, rnd.randint(1, 4))),
                schedule_mask=rnd.choice([0, rnd.getrandbits(21)]),
                min_age=rnd.choice([None, None, 15, 18]),
                status=Status.PUBLISHED if rnd.random() < 0.9 else Status.DRAFT,
                valid_until=today + dt.timedelta(days=rnd.randint(-30, 300)),
            )
        )
    return out


def volunteers(n: int, ctx: MatchContext, seed: int = 2) -> list[Volunteer]:
    rnd = random.Random(seed)
    terms = [t for t, _ in ctx.terms]
    districts = list(ctx.districts)
    out = []
    for i in range(1, n + 1):
        langs = [
            LanguageSkill(c, rnd.choice(list(Level))) for c in rnd.sample(LANGS, rnd.randint(1, 3))
        ]
        phrases = [
            " ".join(_typo(rnd, w) for w in rnd.choice(terms).split())
            for _ in range(rnd.randint(1, 4))
        ]
        out.append(
            Volunteer(
                id=i,
                name=f"Volunteer {i}",
                district=rnd.choice(districts),
                travel_districts=tuple(rnd.sample(districts, rnd.randint(0, 2))),
                languages=tuple(langs),
                interests_text=", ".join(phrases),
                availability_mask=rnd.choice([0, rnd.getrandbits(21)]),
                birth_year=rnd.choice([None, rnd.randint(1950, 2012)]),
            )
        )
    return out
