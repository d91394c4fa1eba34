"""Matching quality on the labelled cases (tests/matching/labelled_cases.json).

Precision@1 (the first proposal is one a coordinator would pick) and recall@3 (how many of
the expected listings are among the first three) over the demo data; the time is one
ranking per case. The figures do not depend on ``scale``. The cases without a batch are
reported in two halves (by the SHA-1 of the case name: rules are decided on half A and
checked on half B), then each held-out batch, and how many labels were corrected after
the case was written (the field ``relabelled`` says why); the last row is how many of the
written interest cells (tests/reference/data/interests_written.csv) each reader understands.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from pathlib import Path

from common import BenchRow

CASES = Path(__file__).parents[1] / "matching" / "labelled_cases.json"


def _volunteer(i: int, profile: dict):
    from volmatch.domain import Volunteer
    from volmatch.reference.availability import parse_availability
    from volmatch.reference.languages import default_catalogue

    skills, _ = default_catalogue().parse_skills(profile["languages"], "languages", i)
    mask, _ = parse_availability(profile["availability"])
    return Volunteer(
        name=f"Case {i}",
        id=10_000 + i,
        district_text=profile["district_text"],
        languages=skills,
        interests_text=profile["interests"],
        availability_mask=mask,
        birth_year=profile["birth_year"],
    )


def run(scale: int, repeat: int) -> list[BenchRow]:
    from volmatch.demo.dataset import demo_records
    from volmatch.matching import Matcher, OpportunityFilter

    data = json.loads(CASES.read_text(encoding="utf-8"))
    opportunities, volunteers = demo_records(numbered=True)
    ext = {o.id: o.external_id for o in opportunities}
    by_ext = {v.external_id: v for v in volunteers}
    matcher = Matcher(opportunities)
    flt = OpportunityFilter(today=dt.date.fromisoformat(data["today"]))
    per_case: list[tuple[str, float, float]] = []  # (batch, hit@1, recall@3)
    start = time.perf_counter()
    for i, case in enumerate(data["cases"]):
        v = by_ext[case["volunteer"]] if "volunteer" in case else _volunteer(i, case["profile"])
        top = [ext[m.opportunity_id] for m in matcher.for_volunteer(v, top=3, filter=flt).matches]
        hit = float(bool(top) and top[0] in case["expected"])
        recall = len(set(top) & set(case["expected"])) / min(3, len(case["expected"]))
        per_case.append((case.get("batch") or _half(case["case"]), hit, recall))
    elapsed = (time.perf_counter() - start) / len(per_case)
    notes = []
    for batch in ("all", *dict.fromkeys(b for b, _, _ in per_case)):
        rows = [r for r in per_case if batch in ("all", r[0])]
        n = len(rows)
        p1, r3 = sum(r[1] for r in rows) / n, sum(r[2] for r in rows) / n
        notes.append(f"{batch}: precision@1 {p1:.3f}, recall@3 {r3:.3f} ({n} cases)")
    relabelled = sum("relabelled" in case for case in data["cases"])
    notes.append(f"labels corrected after writing: {relabelled}")
    rows = [BenchRow("labelled cases: one ranking per case", elapsed, note="; ".join(notes))]
    return [*rows, _interest_cells()]


def _half(name: str) -> str:
    return "half A" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "half B"


def _interest_cells() -> BenchRow:
    import sys

    sys.path.insert(0, str(CASES.parent))
    from test_interests_written import _rate, _rows

    from volmatch.matching.context import Codes
    from volmatch.matching.interests import Vocabulary, split_phrases
    from volmatch.reference.taxonomy import default_taxonomy

    tx = default_taxonomy()
    vocab = Vocabulary(tx.terms(), Codes(), tx.owners())
    rows = _rows()
    start = time.perf_counter()
    matcher, _ = _rate(
        lambda t: {vocab.tags.names[i] for i in vocab.match_phrases(split_phrases(t))}, rows
    )
    elapsed = (time.perf_counter() - start) / len(rows)
    imported, _ = _rate(
        lambda t: {m.tag for part in (t, *split_phrases(t)) for m in tx.resolve(part)}, rows
    )
    note = f"{len(rows)} cells: matcher {matcher:.1%}, import {imported:.1%} read"
    return BenchRow("written interest cells: one cell read", elapsed, note=note)
