"""A message for a volunteer about one listing, in the volunteer's language.

Every part is worded in that language — place, dates, weekdays and times, commitment,
languages asked for — with the website's own phrases (``volmatch.exporting``), so the
app, the command line and the published site say the same thing. When the volunteer
speaks none of the languages the site is written in, or the listing's text exists only in
another language, the message says so in its first lines instead of silently mixing.

```python
from volmatch.outreach import volunteer_message
m = volunteer_message(volunteer, opportunity)   # Message(lang, wanted, fell_back, subject, body)
```
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from volmatch.domain import Opportunity, Organization, Volunteer

#: Languages the site and the messages are written in.
MESSAGE_LANGS = ("cs", "en", "uk", "ru", "vi")


@dataclass(frozen=True, slots=True)
class Message:
    lang: str  # the language the message is written in
    wanted: str  # the volunteer's best language ("" when no language is recorded)
    fell_back: bool  # written in ``lang`` because ``wanted`` is not available
    text_lang: str  # the language of the listing's own title and description
    subject: str
    body: str


def message_language(volunteer: Volunteer) -> tuple[str, str]:
    """(language to write in, the volunteer's best language): the best-spoken language
    the messages exist in; English when none of them (Czech if the person speaks it)."""
    spoken = sorted(volunteer.languages, key=lambda s: -(s.level or 0))
    wanted = spoken[0].code if spoken else ""
    for skill in spoken:
        if skill.code in MESSAGE_LANGS:
            return skill.code, wanted
    return "en", wanted


def volunteer_message(
    volunteer: Volunteer,
    opportunity: Opportunity,
    organizations: Sequence[Organization] = (),
    lang: str | None = None,
) -> Message:
    """The message about ``opportunity`` for ``volunteer`` (no personal data of anyone else)."""
    from volmatch.exporting.names import Names
    from volmatch.exporting.public import to_listing
    from volmatch.exporting.words import Words

    chosen, wanted = message_language(volunteer)
    lang = lang or chosen
    names = Names.default()
    words = Words(names, lang)
    t = words.t
    listing = to_listing(opportunity, {o.name: o for o in organizations})
    text_lang = lang if lang in listing.texts else _text_language(listing, lang)
    text = listing.text(lang)
    lines: list[str] = []
    if wanted and wanted != lang:
        lines.append(f"({names.language(wanted, lang)} → {names.language(lang, lang)})")
    if text_lang != lang:
        lines.append(t["fallback"].format(lang=names.language(text_lang, lang)))
    if lines:
        lines.append("")
    lines.append(text.title)
    facts = (
        (t["organization"], listing.organization.name),
        (t["where"], words.where(listing)),
        (t["when"], words.when(listing)),
        (t["schedule"], _schedule(words, listing, lang)),
        (t["commitment"], t.get(listing.commitment.value, "")),
        (t["languages"], ", ".join(words.languages(listing))),
        (t["contact"], ", ".join(x for x in (listing.contact_email, listing.contact_phone) if x)),
        (t["more"], listing.url),
    )
    lines += [f"{label}: {value}" for label, value in facts if value]
    if text.description:
        short = text.description
        short = short if len(short) <= 400 else short[:397].rstrip() + "…"
        lines += ["", short]
    subject = f"{t['site_title']}: {text.title}"
    return Message(
        lang, wanted, bool(wanted) and wanted != lang, text_lang, subject, "\n".join(lines)
    )


def _text_language(listing, lang: str) -> str:
    """The language ``Listing.text(lang)`` falls back to."""
    wanted = listing.text(lang)
    return next((code for code, text in listing.texts.items() if text is wanted), lang)


def _schedule(words, listing, lang: str) -> str:
    """Weekdays in ``lang``; the organization's own words only when they are in ``lang``
    (or nothing else is known), marked with the language they are written in."""
    if lang == listing.source_lang or not listing.schedule:
        return words.schedule(listing)
    days = words.days(listing)
    if days:
        return days
    return f"{listing.schedule} {words.source_note(listing.source_lang)}".strip()
