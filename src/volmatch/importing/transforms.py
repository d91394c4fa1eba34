"""Per-column value transforms a mapping file can ask for, for real-world spreadsheets.

A transform is a one-key JSON object, applied in order to the cell text:

- ``{"strip_prefix": "Einsatzgebiet:"}`` drops a label in front of the value
  (case and non-breaking spaces ignored);
- ``{"first_line": true}`` keeps the first non-empty line of a multi-line cell;
- ``{"remove": "REGEX"}`` deletes every match (e.g. ``"\\(.*?\\)"``);
  patterns run with a time limit per cell (the ``regex`` engine's timeout), so a pattern
  like ``(a+)+$`` cannot hang an import on a crafted cell;
- ``{"extract": "REGEX"}`` keeps the first group (or the whole match) of the first match,
  nothing when there is none;
- ``{"map": {"onetime": "one-off"}}`` replaces a whole value (compared ignoring case
  and diacritics); values not listed stay;
- ``{"date_format": "%B %d %Y"}`` reads a date in that ``strptime`` format and writes it
  as 2011-01-13;
- ``{"whole_number": true}`` writes "10010.0" as "10010";
- ``{"prefix": "NYC-"}`` puts text in front of a non-empty value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from volmatch.errors import Issue, Problem
from volmatch.importing import limits
from volmatch.text import clean, fold

TRANSFORMS = (
    "strip_prefix",
    "first_line",
    "remove",
    "extract",
    "map",
    "date_format",
    "whole_number",
    "prefix",
)
_WHOLE = re.compile(r"^([+-]?\d+)\.0*$")
# Patterns that ran out of time once: not run again, so a file of many rows costs one
# time limit per pattern, not one per cell.
_TOO_SLOW: set[str] = set()


class TransformError(ValueError):
    """A transform in a mapping file that cannot work (unknown name, bad pattern)."""


def _pattern(text: str) -> Any:
    import regex  # its timeout bounds what a crafted pattern and cell can cost

    return regex.compile(text, regex.VERSION0)


@dataclass(frozen=True, slots=True)
class Transform:
    name: str
    arg: Any  # a compiled pattern for remove/extract

    def to_json(self) -> dict[str, Any]:
        return {self.name: getattr(self.arg, "pattern", self.arg)}


def parse_transform(data: Any) -> Transform:
    """A transform from its JSON object; TransformError says what is wrong."""
    if not isinstance(data, dict) or len(data) != 1:
        raise TransformError(
            f"a transform is an object with one key, one of {', '.join(TRANSFORMS)}; found {data!r}"
        )
    ((name, arg),) = data.items()
    if name not in TRANSFORMS:
        raise TransformError(f"unknown transform '{name}'; expected one of {', '.join(TRANSFORMS)}")
    if name in ("remove", "extract"):
        if not isinstance(arg, str) or len(arg) > limits.MAX_PATTERN_CHARS:
            raise TransformError(
                f"'{name}' needs a regular expression of at most "
                f"{limits.MAX_PATTERN_CHARS} characters, found {str(arg)[:60]!r}"
            )
        try:
            arg = _pattern(arg)
        except Exception as exc:  # regex.error, and recursion or size errors of the compiler
            raise TransformError(f"'{name}': not a regular expression ({exc}): {arg!r}") from exc
        return Transform(name, arg)
    if name == "map" and not (
        isinstance(arg, dict) and all(isinstance(v, str) for v in arg.values())
    ):
        raise TransformError('\'map\' needs an object of text -> text, e.g. {"onetime": "one-off"}')
    if name in ("strip_prefix", "prefix", "date_format") and not isinstance(arg, str):
        raise TransformError(f"'{name}' needs a text, found {arg!r}")
    return Transform(name, arg)


def _strip_prefix(text: str, prefix: str) -> str:
    plain = text.replace("\u00a0", " ").lstrip()
    label = prefix.replace("\u00a0", " ").strip()
    if fold(plain[: len(label)]) == fold(label):
        return plain[len(label) :].strip()
    return text


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _extract(text: str, pattern: Any) -> str:
    match = pattern.search(text, timeout=limits.PATTERN_SECONDS)
    if not match:
        return ""
    return match.group(1) if match.groups() else match.group(0)


_SIMPLE: dict[str, Callable[[str, Any], str]] = {
    "strip_prefix": _strip_prefix,
    "first_line": lambda text, _arg: _first_line(text),
    "remove": lambda text, arg: arg.sub("", text, timeout=limits.PATTERN_SECONDS).strip(),
    "extract": _extract,
    "map": lambda text, arg: {fold(k): v for k, v in arg.items()}.get(fold(text), text),
    "whole_number": lambda text, _arg: m.group(1) if (m := _WHOLE.match(text.strip())) else text,
    "prefix": lambda text, arg: arg + text if text.strip() else text,
}


def apply_transforms(
    text: str, transforms: tuple[Transform, ...], column: str, row: int
) -> tuple[str, Issue | None]:
    """The transformed cell text, and an Issue when a transform could not read it."""
    for t in transforms:
        if not text.strip():
            return "", None
        if t.name == "date_format":
            value = clean(text)
            try:
                text = dt.datetime.strptime(value, t.arg).date().isoformat()
            except ValueError:
                example = dt.date(2026, 3, 1).strftime(t.arg)
                return "", Issue(
                    Problem.BAD_DATE,
                    column=column,
                    row=row,
                    value=value,
                    expected=f"a date written like '{example}' (the mapping's format {t.arg})",
                )
        else:
            try:
                if t.name in ("remove", "extract") and t.arg.pattern in _TOO_SLOW:
                    raise TimeoutError
                text = _SIMPLE[t.name](text, t.arg)
            except TimeoutError:
                _TOO_SLOW.add(t.arg.pattern)
                return "", Issue(
                    Problem.BAD_CHOICE,
                    column=column,
                    row=row,
                    value=text[:60],
                    expected=f"a cell the mapping's pattern '{t.arg.pattern[:60]}' can read "
                    f"within {limits.PATTERN_SECONDS * 1000:.0f} ms (simplify the pattern)",
                )
    return text, None
