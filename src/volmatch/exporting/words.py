"""A listing's facts worded in one site language (shared by the site, feeds and posts)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from volmatch.domain import WEEKDAYS, LanguageNeed, Scope
from volmatch.exporting.names import Names
from volmatch.exporting.public import Listing
from volmatch.exporting.strings import WEEKDAY_NAMES, strings


@lru_cache(maxsize=8192)
def format_date(day: dt.date, lang: str) -> str:
    from babel.dates import format_date as babel_format

    try:
        return babel_format(day, "medium", locale=lang)
    except Exception:  # an unknown locale: ISO is readable everywhere
        return day.isoformat()


def days_of(mask: int) -> tuple[int, ...]:
    """Weekdays (0 = Monday) with at least one slot in an availability mask."""
    return tuple(d for d in range(len(WEEKDAYS)) if (mask >> (d * 3)) & 0b111)


def place_key(listing: Listing) -> tuple[str, ...] | str:
    """What a listing's place is worded from: its districts, or "remote" / "citywide"
    (plain strings hash faster than the Scope members)."""
    scope = listing.scope
    if scope is Scope.REMOTE:
        return "remote"
    if scope is Scope.CITYWIDE or not listing.districts:
        return "citywide"
    return listing.districts


class Words:
    """Phrases for one language; cheap to call per listing.

    A city's listings share a few hundred districts, date pairs, language needs and
    interest sets, so each phrase is worded once per value and then looked up.
    """

    def __init__(self, names: Names, lang: str) -> None:
        self.names = names
        self.lang = lang
        self.t = strings(lang)
        self.weekdays = WEEKDAY_NAMES.get(lang, WEEKDAY_NAMES["en"])
        self._where: dict[tuple, str] = {}
        self._when: dict[tuple, str] = {}
        self._languages: dict[tuple, tuple[str, ...]] = {}
        self._interests: dict[tuple, tuple[str, ...]] = {}

    def where(self, listing: Listing) -> str:
        key = place_key(listing)
        value = self._where.get(key)
        if value is None:
            value = self._where[key] = self._word_where(listing)
        return value

    def _word_where(self, listing: Listing) -> str:
        if listing.scope is Scope.REMOTE:
            return self.t["remote"]
        if listing.scope is Scope.CITYWIDE or not listing.districts:
            return self.t["citywide"]
        return ", ".join(self.names.district(d) for d in listing.districts)

    def when(self, listing: Listing) -> str:
        key = (listing.start_date, listing.end_date)
        value = self._when.get(key)
        if value is None:
            value = self._when[key] = self._word_when(listing)
        return value

    def _word_when(self, listing: Listing) -> str:
        start, end = listing.start_date, listing.end_date
        if start and end and end != start:
            return f"{format_date(start, self.lang)} – {format_date(end, self.lang)}"
        if start:
            return format_date(start, self.lang)
        if end:
            return f"{self.t['until']} {format_date(end, self.lang)}"
        return ""

    def days(self, listing: Listing) -> str:
        return ", ".join(self.weekdays[d] for d in days_of(listing.schedule_mask))

    def schedule(self, listing: Listing) -> str:
        days = self.days(listing)
        return " · ".join(part for part in (days, listing.schedule) if part)

    def need(self, need: LanguageNeed) -> str:
        name = self.names.language(need.code, self.lang)
        level = f" {need.min_level.label}" if need.min_level is not None else ""
        return f"{name}{level} ({self.t['required'] if need.required else self.t['welcome']})"

    def need_explained(self, need: LanguageNeed) -> str:
        """ "Czech: B1 — you can handle everyday situations (required)" for a listing page."""
        name = self.names.language(need.code, self.lang)
        level = self.t[f"level_{need.min_level.label}"] if need.min_level is not None else ""
        note = self.t["required"] if need.required else self.t["welcome"]
        return f"{name}: {level} ({note})" if level else f"{name} ({note})"

    def source_note(self, source_lang: str) -> str:
        """ "(written by the organization in Czech)" beside free text, "" in its own language."""
        if source_lang == self.lang:
            return ""
        return (
            "(" + self.t["in_czech"].format(lang=self.names.language(source_lang, self.lang)) + ")"
        )

    def languages(self, listing: Listing) -> list[str]:
        value = self._languages.get(listing.languages)
        if value is None:
            value = tuple(self.need(n) for n in listing.languages)
            self._languages[listing.languages] = value
        return list(value)

    def interests(self, listing: Listing) -> list[str]:
        value = self._interests.get(listing.interests)
        if value is None:
            value = tuple(self.names.interest(tag, self.lang) for tag in listing.interests)
            self._interests[listing.interests] = value
        return list(value)

    def commitment(self, listing: Listing) -> str:
        return self.t[listing.commitment.value]

    def fallback_note(self, listing: Listing, text_lang: str) -> str:
        """The visible note on a listing shown in another language than the reader's."""
        if text_lang == self.lang:
            return ""
        return self.t["fallback"].format(lang=self.names.language(text_lang, self.lang))

    def date(self, day: dt.date | None) -> str:
        return format_date(day, self.lang) if day else ""
