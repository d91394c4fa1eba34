"""Which column of a file feeds which import field: proposed fuzzily, corrected, saved as JSON.

``propose_mapping(headers, kind)`` gives, per column, the field it most likely holds
with a score (0-100) and the next candidates, for a dialog to show; a mapping file
(format in docs/import.md) stores the user's choice with constants, defaults and value
transforms for real-world files.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from volmatch.errors import InputError, Issue, Problem
from volmatch.importing.columns import KNOWN_COLUMNS, TRANSLATION_COLUMN, Kind, column_key
from volmatch.importing.synonyms import (
    OPPORTUNITY_SYNONYMS,
    TRANSLATION_WORDS,
    VOLUNTEER_SYNONYMS,
)
from volmatch.importing.transforms import Transform, TransformError, parse_transform
from volmatch.text import fold

FORMAT_VERSION = 1
IGNORE = "ignore"  # a column deliberately left out (not even into notes)
KEEP_TEXT = "district_text"  # the place as written, not resolved against the city
AUTO_SCORE = 80.0  # a proposal at or above this is taken without asking
UNMAPPED_POLICIES = ("notes", "ignore")

SYNONYMS = {Kind.OPPORTUNITIES: OPPORTUNITY_SYNONYMS, Kind.VOLUNTEERS: VOLUNTEER_SYNONYMS}
_WORDS = re.compile(r"[^\w]+")
_TRANSLATED = re.compile(r"^(\w+?)[ _]?\(?([a-z]{2})\)?$")


@dataclass(frozen=True, slots=True)
class ColumnRule:
    """One column of the file and the field it goes to.

    ``field`` is an import field, ``title_<lang>``/``description_<lang>``, ``district_text``,
    ``notes``, ``"ignore"``, or None (not mapped: the mapping's ``unmapped`` policy applies).
    """

    header: str
    field: str | None
    score: float = 100.0
    alternatives: tuple[tuple[str, float], ...] = ()
    transforms: tuple[Transform, ...] = ()

    def to_json(self) -> dict[str, Any] | str | None:
        if not self.transforms:
            return self.field
        return {"field": self.field, "transforms": [t.to_json() for t in self.transforms]}


@dataclass(frozen=True)
class Mapping:
    """A whole mapping: rules per column, fixed values, and what happens to the rest."""

    kind: Kind
    columns: tuple[ColumnRule, ...] = ()
    defaults: dict[str, str] = field(default_factory=dict)  # when the cell is empty or absent
    constants: dict[str, str] = field(default_factory=dict)  # always, whatever the file says
    unmapped: str = "notes"  # "notes": "Column: value" lines in notes; "ignore"
    source_lang: str | None = None  # language of title and description (opportunities)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    complete: bool = False  # True: headers not named here are unmapped (no fuzzy guess)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", Kind(self.kind))

    def rules_for(self, header: str) -> list[ColumnRule]:
        return self.rules_by_key().get(column_key(header), [])

    def rules_by_key(self) -> dict[str, list[ColumnRule]]:
        """The rules by compared header (built once: mapping stays linear in the columns)."""
        cached = self.__dict__.get("_by_key")
        if cached is None or cached[0] is not self.columns:
            index: dict[str, list[ColumnRule]] = {}
            for rule in self.columns:
                index.setdefault(column_key(rule.header), []).append(rule)
            cached = (self.columns, index)
            object.__setattr__(self, "_by_key", cached)
        return cached[1]

    def with_field(self, header: str, target: str | None) -> Mapping:
        """A copy where ``header`` goes to ``target`` (what a dialog does on a correction)."""
        rules = [r for r in self.columns if column_key(r.header) != column_key(header)]
        rules.append(ColumnRule(header, target, 100.0))
        return replace(self, columns=tuple(rules))

    def to_json(self) -> dict[str, Any]:
        columns: dict[str, Any] = {}
        for rule in self.columns:
            value = rule.to_json()
            if rule.header in columns:
                previous = columns[rule.header]
                previous = previous if isinstance(previous, list) else [previous]
                value = [*previous, value]
            columns[rule.header] = value
        data: dict[str, Any] = {"volmatch_mapping": FORMAT_VERSION, "kind": self.kind.value}
        if self.source_lang:
            data["source_lang"] = self.source_lang
        file_opts = {
            k: v
            for k, v in (
                ("encoding", self.encoding),
                ("delimiter", self.delimiter),
                ("sheet", self.sheet),
            )
            if v
        }
        if file_opts:
            data["file"] = file_opts
        data["columns"] = columns
        if self.complete:
            data["complete"] = True
        data["defaults"] = dict(self.defaults)
        data["constants"] = dict(self.constants)
        data["unmapped"] = self.unmapped
        return data


def targets(kind: Kind | str) -> tuple[str, ...]:
    """Every field a column can be mapped to (translations aside)."""
    return (*KNOWN_COLUMNS[Kind(kind)], KEEP_TEXT)


def _key(header: str) -> str:
    return _WORDS.sub(" ", fold(header).replace("_", " ")).strip()


def _score(key: str, synonym: str) -> float:
    if key == synonym:
        return 100.0
    if len(synonym) <= 3 or len(key) <= 3:
        return 0.0  # "od", "id", "kde": only as the whole header
    return max(fuzz.ratio(key, synonym), 0.92 * fuzz.token_set_ratio(key, synonym))


def _translation(kind: Kind, header: str) -> str | None:
    """title_en / "Název EN" / "Popis (uk)" -> title_en / description_uk."""
    if kind is not Kind.OPPORTUNITIES:
        return None
    key = column_key(header)
    if TRANSLATION_COLUMN.match(key):
        return key
    match = _TRANSLATED.match(_key(header))
    if match:
        word, lang = match.groups()
        for target, words in TRANSLATION_WORDS.items():
            if word in words:
                return f"{target}_{lang}"
    return None


def score_header(header: str, kind: Kind | str) -> list[tuple[str, float]]:
    """Every field with the score of ``header`` for it, best first."""
    kind = Kind(kind)
    key = _key(header)
    if not key:
        return []
    scores = []
    for name, synonyms in SYNONYMS[kind].items():
        best = max((_score(key, s) for s in (_key(name), *synonyms)), default=0.0)
        if best > 0:
            scores.append((name, round(best, 1)))
    return sorted(scores, key=lambda p: (-p[1], p[0]))


def propose_mapping(headers: list[str], kind: Kind | str, threshold: float = AUTO_SCORE) -> Mapping:
    """The likeliest field of each header, each field used once, best scores first.

    A column scoring below ``threshold`` everywhere is left unmapped (None) with its
    candidates in ``alternatives``.
    """
    kind = Kind(kind)
    rules: dict[int, ColumnRule] = {}
    candidates: list[tuple[float, int, str]] = []
    scored: dict[int, list[tuple[str, float]]] = {}
    for i, header in enumerate(headers):
        if not header.strip():
            continue
        translation = _translation(kind, header)
        if translation:
            rules[i] = ColumnRule(header, translation, 100.0)
            continue
        scored[i] = score_header(header, kind)
        candidates.extend((score, i, name) for name, score in scored[i])
    taken: set[str] = set()
    for score, i, name in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if i in rules or name in taken or score < threshold:
            continue
        rules[i] = ColumnRule(headers[i], name, score)
        taken.add(name)
    result = []
    for i, header in enumerate(headers):
        if not header.strip():
            continue
        rule = rules.get(i) or ColumnRule(header, None, 0.0)
        alternatives = tuple((n, s) for n, s in scored.get(i, [])[:4] if n != rule.field)[:3]
        result.append(replace(rule, alternatives=alternatives))
    return Mapping(kind=kind, columns=tuple(result))


def complete_mapping(mapping: Mapping, headers: list[str]) -> Mapping:
    """``mapping`` plus proposals for the headers it does not name (unless ``complete``)."""
    named = {column_key(r.header) for r in mapping.columns}
    missing = [h for h in headers if h.strip() and column_key(h) not in named]
    if not missing or mapping.complete:
        return mapping
    taken = {r.field for r in mapping.columns if r.field}
    proposal = propose_mapping(headers, mapping.kind)
    extra = []
    for rule in proposal.columns:
        if column_key(rule.header) in named:
            continue
        if rule.field in taken:
            rule = replace(rule, field=None, score=0.0)
        extra.append(rule)
    return replace(mapping, columns=mapping.columns + tuple(extra))


# --- mapping files ---------------------------------------------------------------------------


def _bad(path: str, expected: str, value: str = "") -> InputError:
    return InputError(
        [Issue(Problem.FILE_UNREADABLE, column="mapping", value=value or path, expected=expected)]
    )


def _rules(header: str, spec: Any, kind: Kind, where: str) -> list[ColumnRule]:
    if isinstance(spec, list):
        return [r for item in spec for r in _rules(header, item, kind, where)]
    if spec is None or isinstance(spec, str):
        spec = {"field": spec}
    if not isinstance(spec, dict) or "field" not in spec:
        raise _bad(
            where,
            f'for column "{header}" a field name or {{"field": ..., "transforms": [...]}}',
            repr(spec),
        )
    target = spec["field"]
    allowed = (*targets(kind), "notes", IGNORE)
    if target is not None and target not in allowed and not TRANSLATION_COLUMN.match(str(target)):
        from rapidfuzz import process

        near = tuple(m[0] for m in process.extract(str(target), allowed, limit=2, score_cutoff=60))
        raise InputError(
            [
                Issue(
                    Problem.BAD_CHOICE,
                    column=f"mapping: {header}",
                    value=str(target),
                    expected="one of " + ", ".join(allowed) + ", title_<lang>, description_<lang>",
                    suggestions=near,
                )
            ]
        )
    if not isinstance(target, str | None) or not isinstance(spec.get("transforms", []), list):
        raise _bad(
            where,
            f'for column "{header}" {{"field": "<field name>", "transforms": [...]}}',
            repr(spec)[:60],
        )
    try:
        transforms = tuple(parse_transform(t) for t in spec.get("transforms", []))
    except TransformError as exc:
        raise _bad(where, f'valid transforms for column "{header}": {exc}') from exc
    return [ColumnRule(header, target, 100.0, (), transforms)]


def mapping_from_json(data: Any, kind: Kind | str | None = None, where: str = "mapping") -> Mapping:
    """A Mapping from a parsed mapping file; also the short form {"Název": "title", ...}."""
    if not isinstance(data, dict):
        raise _bad(
            where, 'a JSON object, e.g. {"columns": {"Název": "title"}}', type(data).__name__
        )
    if "columns" not in data and "volmatch_mapping" not in data:
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise _bad(where, 'an object of column names, e.g. {"Název": "title"}')
        data = {"columns": data}
    file_kind = data.get("kind")
    if file_kind is not None and file_kind not in (k.value for k in Kind):
        raise _bad(where, "kind 'opportunities' or 'volunteers'", str(file_kind))
    if kind is not None and file_kind is not None and Kind(kind) != Kind(file_kind):
        raise _bad(where, f"a mapping for {Kind(kind).value}", f"a mapping for {file_kind}")
    resolved = Kind(kind or file_kind or Kind.OPPORTUNITIES)
    columns = data.get("columns", {})
    if not isinstance(columns, dict):
        raise _bad(where, '"columns": an object of column name -> field')
    rules = [r for header, spec in columns.items() for r in _rules(header, spec, resolved, where)]
    fixed: dict[str, dict[str, str]] = {}
    for name in ("defaults", "constants"):
        values = data.get(name, {}) or {}
        if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
            raise _bad(where, f'"{name}": an object of field -> text, e.g. {{"status": "draft"}}')
        unknown = [
            k for k in values if k not in targets(resolved) and not TRANSLATION_COLUMN.match(k)
        ]
        if unknown:
            raise _bad(
                where, f'"{name}" naming fields: ' + ", ".join(targets(resolved)), unknown[0]
            )
        fixed[name] = dict(values)
    unmapped = data.get("unmapped", "notes")
    if unmapped not in UNMAPPED_POLICIES:
        raise _bad(where, '"unmapped": "notes" or "ignore"', str(unmapped))
    file_opts = _file_options(data.get("file"), where)
    source_lang = data.get("source_lang")
    if source_lang is not None and not (
        isinstance(source_lang, str) and re.fullmatch(r"[a-z]{2,3}", source_lang)
    ):
        raise _bad(where, '"source_lang": a language code like "cs" or "en"', str(source_lang)[:40])
    if not isinstance(data.get("complete", False), bool):
        raise _bad(where, '"complete": true or false', str(data.get("complete"))[:40])
    return Mapping(
        kind=resolved,
        columns=tuple(rules),
        defaults=fixed["defaults"],
        constants=fixed["constants"],
        unmapped=unmapped,
        source_lang=source_lang,
        encoding=file_opts.get("encoding"),
        delimiter=file_opts.get("delimiter"),
        sheet=file_opts.get("sheet"),
        complete=bool(data.get("complete", False)),
    )


def _file_options(options: Any, where: str) -> dict[str, str]:
    """The "file" object: encoding (a known codec), delimiter (one character), sheet."""
    options = options or {}
    if not isinstance(options, dict) or not all(
        isinstance(options.get(k, ""), str) for k in ("encoding", "delimiter", "sheet")
    ):
        raise _bad(where, '"file": an object like {"encoding": "cp1250", "delimiter": ";"}')
    encoding = options.get("encoding")
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _bad(
                where, '"file" "encoding": e.g. "utf-8" or "cp1250"', encoding[:40]
            ) from None
    delimiter = options.get("delimiter")
    if delimiter and (len(delimiter) != 1 or delimiter in '"\r\n'):
        raise _bad(where, '"file" "delimiter": one character such as ";" or ","', delimiter[:40])
    return options


def load_mapping(path: Path | str, kind: Kind | str | None = None) -> Mapping:
    """Read a mapping file; InputError (FILE_UNREADABLE or BAD_CHOICE) says what is wrong."""
    path = Path(path)
    from volmatch.importing import limits
    from volmatch.importing.guard import check_file_size

    try:
        check_file_size(path, limits.MAX_MAPPING_BYTES)
    except InputError as exc:
        raise _bad(str(path), "a mapping file " + exc.issues[0].expected) from None
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise _bad(str(path), f"a readable mapping file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise _bad(
            str(path), f"a mapping file in UTF-8 ({exc.reason} at byte {exc.start})"
        ) from exc
    except json.JSONDecodeError as exc:
        raise _bad(
            str(path),
            f'valid JSON (line {exc.lineno}: {exc.msg}), e.g. {{"columns": {{"Název": "title"}}}}',
        ) from exc
    except (RecursionError, ValueError) as exc:  # nesting too deep, a number too long
        raise _bad(str(path), f"a mapping file of plain JSON ({str(exc)[:80]})") from exc
    return mapping_from_json(data, kind, where=str(path))


def save_mapping(mapping: Mapping, path: Path | str) -> None:
    """Write ``mapping`` as a mapping file (UTF-8 JSON, readable by load_mapping)."""
    text = json.dumps(mapping.to_json(), ensure_ascii=False, indent=2) + "\n"
    Path(path).write_text(text, encoding="utf-8")
