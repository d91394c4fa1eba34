"""The stored form of what the matcher derives from records (``storage.derived`` keeps it).

Everything that decides a stored value lives in this module and the ones it imports,
which ``volmatch.derivation`` fingerprints: a change elsewhere (ranking, reasons, the
read path) keeps what is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

OPPORTUNITY = "opportunity"
VOLUNTEER = "volunteer"


@cache
def deriver():
    """The matcher's reference data and vocabulary, built once per process."""
    from .context import Codes, MatchContext
    from .interests import Vocabulary

    ctx = MatchContext.default()
    return ctx, Vocabulary(ctx.terms, Codes())


def derive(kind: str, records: Sequence[Any]) -> list[dict[str, Any]]:
    """The stored form of each record's features, in order."""
    from . import features as f
    from .interests import split_phrases

    ctx, vocab = deriver()
    if kind == OPPORTUNITY:
        return [
            {**f.encode_listing(f.listing_features(r, ctx, vocab)), "search": search_text(r)}
            for r in records
        ]
    vocab.prime(split_phrases(r.interests_text) for r in records)
    return [f.encode_volunteer(f.volunteer_features(r, ctx, vocab)) for r in records]


def search_text(record: Any) -> str:
    """The folded text ``volmatch list opportunities --search`` looks for every word in:
    identifiers, title, organisation, districts (with their administrative districts),
    interests, the whole description, the address and every translation."""
    from volmatch.reference.gazetteer import default_gazetteer
    from volmatch.text import fold

    gz = default_gazetteer()
    admins = []
    for name in record.districts:
        try:
            admins.append(gz.admin_of(name))
        except KeyError:
            continue
    translated = [x for t in record.translations.values() for x in (t.title, t.description)]
    return " ".join(
        (
            # the table's search text without its description head: the whole
            # description below holds every word the head does
            fold(
                f"{record.external_id or ''} {record.title} {record.organization or ''} "
                f"{', '.join(record.districts)} {record.district_text}"
            ),
            fold(", ".join(record.interests)),
            fold(" ".join(filter(None, admins))),
            fold(" ".join([record.description or "", record.address or "", *translated])),
        )
    )
