"""What a certificate of volunteering says, in Czech and the volunteer's language.

:func:`build` turns the facts of one placement (:class:`Facts`) and the choices made when
issuing it (period, hours, place and date of issue, who signs) into a :class:`Certificate`:
every line in Czech first, then in the second language. The renderer only lays it out.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from types import EllipsisType

from volmatch.domain import LanguageSkill

#: Languages a certificate can be written in besides Czech.
SECOND_LANGS = ("en", "uk", "ru", "vi")
#: Babel locales for dates and numbers (British English: "3 December 2026").
_LOCALES = {"cs": "cs_CZ", "en": "en_GB", "uk": "uk_UA", "ru": "ru_RU", "vi": "vi_VN"}


@cache
def texts() -> dict[str, dict[str, str]]:
    """The certificate's words by language (``resources/certificates/texts.json``)."""
    from volmatch.paths import resource

    raw = resource("certificates", "texts.json").read_text("utf-8")
    return {lang: words for lang, words in json.loads(raw).items() if not lang.startswith("_")}


@dataclass(frozen=True, slots=True)
class Facts:
    """What the database knows about one placement, for its certificate."""

    placement_id: int
    volunteer: str  # the volunteer's name: the certificate is theirs
    languages: tuple[LanguageSkill, ...]
    organization: str
    accredited: bool
    accreditation_ref: str
    activity: dict[str, str]  # the listing's title by language
    place: dict[str, str]  # where, worded in each language
    start: dt.date | None  # when the volunteering began, as far as recorded
    end: dt.date | None  # when it ended; None: still going on
    hours: float | None


@dataclass(frozen=True, slots=True)
class Line:
    """One labelled fact: label and value in each language of the certificate (Czech first);
    a value the same in every language is given once."""

    key: str
    labels: tuple[str, ...]
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Certificate:
    langs: tuple[str, ...]  # ("cs",) or ("cs", second language)
    wanted: str  # the volunteer's best language ("" when none is recorded)
    fell_back: bool  # the second language is not the volunteer's own
    accredited: bool
    title: tuple[str, ...]
    subtitle: tuple[str, ...]  # the act, for an accredited organization; else empty
    lines: tuple[Line, ...]
    statement: tuple[str, ...]
    issued: Line
    signatures: tuple[tuple[str, ...], ...]  # the captions under each signature line
    signatory: str  # printed under the signature line ("" leaves it for handwriting)
    notes: tuple[str, ...] = field(default=())  # issued at the request; the translation

    def line(self, key: str) -> Line | None:
        return next((line for line in self.lines if line.key == key), None)

    def text(self) -> str:
        """Everything the certificate says, as plain text (tests, accessible previews)."""
        parts = [*self.title, *self.subtitle]
        for line in (*self.lines, self.issued):
            parts += [*line.labels, *line.values]
        parts += [*self.statement, *(c for caps in self.signatures for c in caps)]
        parts += [self.signatory, *self.notes]
        return "\n".join(p for p in parts if p)


def certificate_language(languages: Sequence[LanguageSkill]) -> tuple[str | None, str, bool]:
    """(second language or None for Czech only, the volunteer's best language, fell back):
    the volunteer's best-spoken language; Czech speakers get Czech only; anyone else gets
    the best language they speak among the certificate's, else English, marked as a fallback."""
    spoken = sorted(languages, key=lambda s: -(s.level or 0))
    wanted = spoken[0].code if spoken else ""
    if wanted == "cs":
        return None, wanted, False
    if wanted in SECOND_LANGS:
        return wanted, wanted, False
    other = next((s.code for s in spoken if s.code in SECOND_LANGS), "en")
    return other, wanted, True


def format_day(day: dt.date, lang: str) -> str:
    """A date written out ("3. prosince 2026", "3 грудня 2026 р.")."""
    from babel.dates import format_date

    # CLDR's long Vietnamese date is "3 tháng 12, 2026"; documents write it out in full.
    pattern = "'ngày' d 'tháng' M 'năm' y" if lang == "vi" else "long"
    return format_date(day, pattern, locale=_LOCALES.get(lang, lang))


def format_hours(hours: float, lang: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(round(hours, 2), locale=_LOCALES.get(lang, lang))


def period(start: dt.date | None, end: dt.date | None, lang: str) -> str:
    """ "od 3. listopadu 2026 do 3. prosince 2026", "od … dosud", or one day."""
    t = texts()[lang]
    if start is None:
        return format_day(end, lang) if end else ""
    if end is None:
        return t["since"].format(start=format_day(start, lang))
    if end == start:
        return format_day(start, lang)
    return t["from_to"].format(start=format_day(start, lang), end=format_day(end, lang))


def build(
    facts: Facts,
    *,
    second: str | EllipsisType | None = ...,
    start: dt.date | EllipsisType | None = ...,
    end: dt.date | EllipsisType | None = ...,
    hours: float | EllipsisType | None = ...,
    place_of_issue: str = "Praha",
    issued_on: dt.date | None = None,
    signatory: str = "",
) -> Certificate:
    """The certificate for ``facts``; any argument left out comes from the facts (the
    second language from the volunteer's languages, see :func:`certificate_language`)."""
    chosen, wanted, fell_back = certificate_language(facts.languages)
    if second is ...:
        second = chosen
    else:
        fell_back = second is not None and second != wanted
    if second == "cs":
        second = None
    elif second is not None and second not in SECOND_LANGS:
        second, fell_back = "en", True
    start = facts.start if start is ... else start
    end = facts.end if end is ... else end
    hours = facts.hours if hours is ... else hours
    langs = ("cs",) if second is None else ("cs", second)
    words = [texts()[lang] for lang in langs]
    act = facts.accredited
    kind = "act" if act else "plain"

    def line(key: str, label: str, values: Sequence[str]) -> Line:
        return Line(key, tuple(w[label] for w in words), _once(values))

    lines = [
        line("volunteer", "volunteer", [facts.volunteer]),
        line("organization", f"organization_{kind}", [facts.organization]),
    ]
    if act and facts.accreditation_ref:
        lines.append(line("accreditation", "accreditation", [facts.accreditation_ref]))
    activity = [facts.activity.get(lang) or _first(facts.activity) for lang in langs]
    lines.append(line("activity", f"activity_{kind}", activity))
    if any(facts.place.values()):
        lines.append(line("place", "place", [facts.place.get(lang, "") for lang in langs]))
    if start is not None or end is not None:
        lines.append(line("period", "period", [period(start, end, lang) for lang in langs]))
    if hours is not None:
        lines.append(line("hours", "hours", [format_hours(hours, lang) for lang in langs]))
    day = issued_on or dt.date.today()
    issued = line(
        "issued",
        "issued",
        [
            ", ".join(p for p in (place_of_issue.strip(), format_day(day, lang)) if p)
            for lang in langs
        ],
    )
    notes: tuple[str, ...] = (words[0]["request"],)
    if second is not None:
        notes += (words[0]["translation"], words[1]["request"], words[1]["translation"])
    return Certificate(
        langs=langs,
        wanted=wanted,
        fell_back=fell_back,
        accredited=act,
        title=tuple(w[f"title_{kind}"] for w in words),
        subtitle=tuple(w["subtitle_act"] for w in words) if act else (),
        lines=tuple(lines),
        statement=tuple(w[f"statement_{kind}"] for w in words),
        issued=issued,
        signatures=(tuple(w["stamp"] for w in words), tuple(w["signature"] for w in words)),
        signatory=signatory.strip(),
        notes=notes,
    )


def _once(values: Sequence[str]) -> tuple[str, ...]:
    """The values, or just the first when every language says the same."""
    values = tuple(v or "" for v in values)
    return values[:1] if len(set(values)) <= 1 else values


def _first(by_lang: dict[str, str]) -> str:
    return by_lang.get("cs") or next(iter(by_lang.values()), "")
