"""The canonical columns of the two import kinds and matching a file's header to them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import process

from volmatch.errors import Issue, Problem, Severity
from volmatch.text import fold


class Kind(StrEnum):
    OPPORTUNITIES = "opportunities"
    VOLUNTEERS = "volunteers"


OPPORTUNITY_COLUMNS = (
    "external_id",
    "title",
    "organization",
    "description",
    "district",
    "languages_required",
    "languages_welcome",
    "interests",
    "commitment",
    "start_date",
    "end_date",
    "capacity",
    "min_age",
    "contact_email",
    "url",
    "status",
)
OPPORTUNITY_EXTRA = (
    "address",
    "schedule",
    "valid_until",
    "accessibility",
    "contact_phone",
    "latitude",
    "longitude",
    "notes",
)
VOLUNTEER_COLUMNS = (
    "external_id",
    "name",
    "email",
    "phone",
    "district",
    "travel_districts",
    "languages",
    "interests",
    "availability",
    "consent_date",
    "notes",
)
VOLUNTEER_EXTRA = ("birth_year", "consent_scope")

# Without these a file cannot be imported at all; other canonical columns may be left out.
REQUIRED_COLUMNS = {
    Kind.OPPORTUNITIES: ("external_id", "title", "organization", "district"),
    Kind.VOLUNTEERS: ("external_id", "name", "district", "languages"),
}
KNOWN_COLUMNS = {
    Kind.OPPORTUNITIES: OPPORTUNITY_COLUMNS + OPPORTUNITY_EXTRA,
    Kind.VOLUNTEERS: VOLUNTEER_COLUMNS + VOLUNTEER_EXTRA,
}
TRANSLATION_COLUMN = re.compile(r"^(title|description)_([a-z]{2})$")

_SEPARATORS = re.compile(r"[\s\-./]+")


def column_key(name: str) -> str:
    """A header cell in comparable form: "Title EN" and "title-en" -> "title_en"."""
    return _SEPARATORS.sub("_", fold(name)).strip("_")


_HEADERS: dict[int, tuple[ColumnMap, dict[str, str]]] = {}


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which file column (0-based index) holds each canonical column, and the translations."""

    index: dict[str, int]
    translations: dict[
        str, tuple[int | None, int | None]
    ]  # lang -> (title index, description index)
    header: list[str]

    def cell(self, row: list[str], name: str) -> str:
        i = self.index.get(name)
        return row[i] if i is not None and i < len(row) else ""

    def headers(self) -> dict[str, str]:
        """Field -> the column name as written in the file (cached: asked for every row)."""
        cached = _HEADERS.get(id(self))
        if cached is None or cached[0] is not self:
            if len(_HEADERS) > 64:
                _HEADERS.clear()
            cached = _HEADERS[id(self)] = (self, {n: self.header_of(n) for n in self.index})
        return cached[1]

    def header_of(self, name: str) -> str:
        """The column name as written in the file, for messages."""
        i = self.index.get(name)
        return self.header[i].strip() if i is not None else name


def match_header(
    header: list[str], kind: Kind, mapping: dict[str, str] | None = None
) -> tuple[ColumnMap, list[Issue]]:
    """Map header cells to canonical names; unknown columns warn, missing required ones are errors.

    ``mapping`` renames source columns (compared like headers) to canonical names first.
    """
    known = KNOWN_COLUMNS[kind]
    renames = {column_key(k): column_key(v) for k, v in (mapping or {}).items()}
    index: dict[str, int] = {}
    translations: dict[str, list[int | None]] = {}
    issues: list[Issue] = []
    for i, raw in enumerate(header):
        if not raw.strip():
            continue
        key = column_key(raw)
        key = renames.get(key, key)
        target: str | None = None
        if key in known:
            target = key
        elif kind is Kind.OPPORTUNITIES and (m := TRANSLATION_COLUMN.match(key)):
            field_name, lang = m.groups()
            pair = translations.setdefault(lang, [None, None])
            slot = 0 if field_name == "title" else 1
            if pair[slot] is None:
                pair[slot] = i
                continue
        if target is not None and target not in index:
            index[target] = i
            continue
        if target is not None or key in translations or TRANSLATION_COLUMN.match(key):
            issues.append(
                Issue(
                    Problem.UNKNOWN_COLUMN,
                    column=raw.strip(),
                    row=1,
                    value=raw.strip(),
                    expected="each column only once (this one is ignored)",
                    severity=Severity.WARNING,
                )
            )
            continue
        near = process.extract(key, list(known), limit=2, score_cutoff=75)
        issues.append(
            Issue(
                Problem.UNKNOWN_COLUMN,
                column=raw.strip(),
                row=1,
                value=raw.strip(),
                expected="one of the canonical columns (the column is ignored)",
                suggestions=tuple(m[0] for m in near),
                severity=Severity.WARNING,
            )
        )
    for lang, (title_i, desc_i) in translations.items():
        if title_i is None and desc_i is not None:
            issues.append(
                Issue(
                    Problem.MISSING_COLUMN,
                    column=f"title_{lang}",
                    row=1,
                    value=header[desc_i].strip(),
                    expected=f"a title_{lang} column next to description_{lang} "
                    "(the translation is ignored without a title)",
                    severity=Severity.WARNING,
                )
            )
    for name in REQUIRED_COLUMNS[kind]:
        if name not in index:
            near = process.extract(
                name, [h.strip() for h in header if h.strip()], limit=1, score_cutoff=60
            )
            issues.append(
                Issue(
                    Problem.MISSING_COLUMN,
                    column=name,
                    row=1,
                    expected=f"a column named '{name}' in the first row",
                    suggestions=tuple(f"rename '{m[0]}' to '{name}'" for m in near),
                )
            )
    pairs = {lang: (p[0], p[1]) for lang, p in translations.items() if p[0] is not None}
    return ColumnMap(index=index, translations=pairs, header=list(header)), issues
