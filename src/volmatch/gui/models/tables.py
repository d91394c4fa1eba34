"""Table rows for the list pages: plain tuples, interned facets, folded search text.

``read_opportunity_table`` reads 100,000 listings in one query (children joined as
strings by the database) and folds their search text with a translation table, so
the table is on screen in well under a second and holds no ORM object per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from volmatch.gui.models.tablemodel import TableData
from volmatch.text import fold


class _Shared:
    """Interns equal tuples so 100,000 rows share a few hundred facet tuples."""

    def __init__(self) -> None:
        self._seen: dict[tuple, tuple] = {}

    def __call__(self, values: Iterable[Any]) -> tuple:
        key = tuple(values)
        return self._seen.setdefault(key, key)


def _attr(row: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if hasattr(row, name):
            return getattr(row, name)
    return default


def _codes(values: Any) -> tuple[str, ...]:
    """Language codes from a row field: codes, LanguageNeed/Skill records or a text."""
    if not values:
        return ()
    if isinstance(values, str):  # "uk:B2 cs" from the repository rows
        return tuple(v.split(":")[0] for v in values.replace(",", " ").split() if v)
    return tuple(getattr(v, "code", v) for v in values)


def _tuple(values: Any) -> tuple[str, ...]:
    if not values:
        return ()
    if isinstance(values, str):
        return tuple(v.strip() for v in values.replace(";", ",").split(",") if v.strip())
    return tuple(values)


def tag_names(lang: str) -> dict[str, str]:
    """Interest tag id -> its name in ``lang`` (English when missing; empty while the
    taxonomy is not installed). Read from the taxonomy file itself: the taxonomy module
    loads the fuzzy matcher, which the table does not need."""
    import json

    from volmatch.paths import resource

    try:
        data = json.loads(resource("taxonomy", "interests.json").read_text(encoding="utf-8"))
        return {
            tag["id"]: tag["names"].get(lang) or tag["names"]["en"]
            for category in data["categories"]
            for tag in category["tags"]
        }
    except (OSError, ValueError, KeyError, TypeError):
        return {}


class _Joined:
    """Joins interned tuples into display text once per distinct tuple, naming tags."""

    def __init__(self, names: dict[str, str] | None = None) -> None:
        self.names = names or {}
        self._cache: dict[tuple, str] = {}

    def __call__(self, values: tuple[str, ...]) -> str:
        text = self._cache.get(values)
        if text is None:
            text = self._cache[values] = ", ".join(self.names.get(v, v) for v in values)
        return text


def opportunity_table(rows: Sequence[Any], tag_names: dict[str, str] | None = None) -> TableData:
    """Table data from the repository's opportunity rows (or domain records)."""
    shared = _Shared()
    joined = _Joined()
    named = _Joined(tag_names)
    table = TableData(
        facets={"status": [], "district": [], "language": [], "interest": [], "organization": []}
    )
    ids, out, folded = table.ids, table.rows, table.folded
    f_status, f_district, f_lang, f_interest, f_org = (
        table.facets[k] for k in ("status", "district", "language", "interest", "organization")
    )
    for row in rows:
        districts = shared(_tuple(_attr(row, "districts", default=())))
        langs = shared(_codes(_attr(row, "languages", "language_codes", default=())))
        interests = shared(_tuple(_attr(row, "interests", "interest_tags", default=())))
        status = str(_attr(row, "status", default="") or "")
        org = _attr(row, "organization", "organization_name", default="") or ""
        title = _attr(row, "title", default="") or ""
        valid = _attr(row, "valid_until", default=None)
        ids.append(_attr(row, "id"))
        out.append(
            (
                title,
                org,
                joined(districts),
                joined(langs),
                named(interests),
                status,
                valid.isoformat() if valid else "",
            )
        )
        text = _attr(row, "search", "search_text", default=None)
        folded.append(
            text
            if text
            else fold(
                " ".join(
                    (title, org, " ".join(districts), _attr(row, "district_text", default="") or "")
                )
            )
        )
        f_status.append(shared((status,)))
        f_district.append(districts)
        f_lang.append(langs)
        f_interest.append(interests)
        f_org.append(shared((org,)))
    if tag_names:
        table.labels["interest"] = dict(tag_names)
    return table


def volunteer_table(rows: Sequence[Any], tag_names: dict[str, str] | None = None) -> TableData:
    """Table data from the repository's volunteer rows (or domain records)."""
    shared = _Shared()
    joined = _Joined()
    named = _Joined(tag_names)
    table = TableData(facets={"district": [], "language": [], "interest": []})
    for row in rows:
        district = _attr(row, "district", default=None) or ""
        langs = shared(_codes(_attr(row, "languages", "language_codes", default=())))
        interests = shared(_tuple(_attr(row, "interest_tags", "interests", default=())))
        consent = _attr(row, "consent_date", default=None)
        name = _attr(row, "name", default="") or ""
        table.ids.append(_attr(row, "id"))
        table.rows.append(
            (
                name,
                district,
                joined(langs),
                named(interests),
                consent.isoformat() if consent else "",
            )
        )
        text = _attr(row, "search", "search_text", default=None)
        table.folded.append(
            text
            if text
            else fold(
                " ".join(
                    (
                        name,
                        district,
                        _attr(row, "email", default="") or "",
                        _attr(row, "district_text", default="") or "",
                    )
                )
            )
        )
        table.facets["district"].append(shared((district,)))
        table.facets["language"].append(langs)
        table.facets["interest"].append(interests)
    if tag_names:
        table.labels["interest"] = dict(tag_names)
    return table


def fold_pending(table: TableData) -> list[str]:
    """Fold the search text a fast read left for later (call off the GUI thread)."""
    return [fold(text) for text in table.pending_fold]


def _merged_ranks(ranks: list, values: list, new_values: list, collator: Any) -> list | None:
    """Sort ranks for the kept rows' ``values`` (their ``ranks``) followed by ``new_values``:
    a new value takes the rank of an equal kept value, else a rank between its neighbours in
    Czech order (found by bisection; several in one gap spread evenly in their own order),
    so 100,000 titles are not collated again."""
    if not all(isinstance(v, str) for v in new_values):
        return None
    order = sorted(range(len(values)), key=ranks.__getitem__)
    rank_of: dict[Any, Any] = dict(zip(values, ranks, strict=True))
    gaps: dict[int, list[str]] = {}
    for value in dict.fromkeys(v for v in new_values if v not in rank_of):
        lo, hi = 0, len(order)
        while lo < hi:
            mid = (lo + hi) // 2
            if collator.compare(values[order[mid]], value) < 0:
                lo = mid + 1
            else:
                hi = mid
        gaps.setdefault(lo, []).append(value)
    for lo, group in gaps.items():
        before = ranks[order[lo - 1]] if lo > 0 else None
        after = ranks[order[lo]] if lo < len(order) else None
        if before is None:
            before = (after if after is not None else 0) - 1
        if after is None:
            after = before + 1
        group.sort(key=collator.sortKey)
        step = (after - before) / (len(group) + 1)
        for n, value in enumerate(group, 1):
            rank_of[value] = before + n * step
    return list(ranks) + [rank_of[v] for v in new_values]


def merge_rows(
    old: TableData,
    fresh: TableData,
    changed: set[int],
    column: int | None = None,
    collator: Any = None,
) -> TableData:
    """``old`` with the rows of ``changed`` replaced by ``fresh`` (a changed id missing from
    ``fresh`` was deleted); unchanged rows keep their folded search text and, for the sort
    ``column`` (with a ``collator`` of this thread), their sort ranks. Off the GUI thread."""
    from itertools import compress

    keep = [record_id not in changed for record_id in old.ids]
    fresh_folded = fresh.folded if fresh.searchable else fold_pending(fresh)

    def kept(values: list) -> list:
        return list(compress(values, keep))

    labels = {facet: dict(values) for facet, values in old.labels.items()}
    for facet, values in fresh.labels.items():
        labels.setdefault(facet, {}).update(values)
    rows = kept(old.rows)
    ranks = {}
    if column is not None and collator is not None and column in old.ranks:
        merged = _merged_ranks(
            kept(old.ranks[column]),
            [row[column] for row in rows],
            [row[column] for row in fresh.rows],
            collator,
        )
        if merged is not None:
            ranks[column] = merged
    return TableData(
        ids=kept(old.ids) + list(fresh.ids),
        ranks=ranks,
        rows=rows + list(fresh.rows),
        folded=kept(old.folded) + list(fresh_folded),
        facets={
            facet: kept(values) + list(fresh.facets.get(facet, [()] * len(fresh.ids)))
            for facet, values in old.facets.items()
        },
        labels=labels,
    )


def read_opportunity_table(
    db: Any, tag_names: dict[str, str] | None = None, ids: Any = None
) -> TableData:
    """All listings for the table in one query: children come joined as strings by the database
    and each distinct string is split once. The search text is left unfolded in
    ``pending_fold`` so the rows can be shown first; :func:`fold_pending` finishes it."""
    from volmatch.storage.table_columns import opportunity_table_columns

    columns = opportunity_table_columns(db, ids)
    return opportunity_table_from_columns(columns, tag_names)


def opportunity_table_from_columns(
    columns: dict[str, list[Any]], tag_names: dict[str, str] | None = None
) -> TableData:
    """Table data from one list per field of ``volmatch.storage.fastread.OPPORTUNITY_FIELDS``
    (children as comma-joined text); the search text is left unfolded in ``pending_fold``.

    Work is done once per distinct value and rows are assembled with ``map``/``zip``:
    100,000 rows then cost a fraction of a Python loop over them."""

    def split(text: str | None) -> tuple[str, ...]:
        return tuple(sorted(filter(None, map(str.strip, (text or "").split(",")))))

    def strings(values: list[Any]) -> list[str]:
        # One string object per distinct value (organizations, statuses, dates repeat).
        text = {
            v: "" if v is None else v if isinstance(v, str) else v.isoformat() for v in set(values)
        }
        return list(map(text.__getitem__, values))

    def children(values: list[str | None], names: dict[str, str]) -> tuple[list, list]:
        distinct = {v: split(v) for v in set(values)}
        shared = {}
        for key, parts in distinct.items():  # equal tuples shared between rows
            distinct[key] = shared.setdefault(parts, parts)
        label = {parts: ", ".join(names.get(p, p) for p in parts) for parts in shared}
        facet = list(map(distinct.__getitem__, values))
        return facet, list(map(label.__getitem__, facet))

    titles = columns["title"]
    organizations = strings(columns["organization"])
    statuses = strings(columns["status"])
    f_district, district_labels = children(columns["districts"], {})
    f_lang, language_labels = children(columns["languages"], {})
    f_interest, interest_labels = children(columns["interests"], tag_names or {})
    one = {v: (v,) for v in set(statuses) | set(organizations)}
    table = TableData(
        ids=list(columns["id"]),
        rows=list(
            zip(
                titles,
                organizations,
                district_labels,
                language_labels,
                interest_labels,
                statuses,
                strings(columns["valid_until"]),
                strict=True,
            )
        ),
        pending_fold=list(
            map(
                " ".join,
                zip(
                    titles,
                    organizations,
                    district_labels,
                    strings(columns["district_text"]),
                    strict=True,
                ),
            )
        ),
        facets={
            "status": list(map(one.__getitem__, statuses)),
            "district": f_district,
            "language": f_lang,
            "interest": f_interest,
            "organization": list(map(one.__getitem__, organizations)),
        },
    )
    if tag_names:
        table.labels["interest"] = dict(tag_names)
    return table
