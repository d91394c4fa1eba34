"""A short message about a listing for a volunteer, in the volunteer's language."""

from __future__ import annotations

from volmatch.domain import Opportunity, Volunteer

#: Field labels of the message, per language (the volunteer's, not the interface's).
_LABELS = {
    "cs": ("Dobrovolnická příležitost", "Organizace", "Kde", "Kdy", "Kontakt"),
    "en": ("Volunteering opportunity", "Organization", "Where", "When", "Contact"),
    "uk": ("Волонтерська можливість", "Організація", "Де", "Коли", "Контакт"),
    "ru": ("Волонтёрская возможность", "Организация", "Где", "Когда", "Контакт"),
    "vi": ("Cơ hội tình nguyện", "Tổ chức", "Ở đâu", "Khi nào", "Liên hệ"),
}


def message_language(volunteer: Volunteer, opportunity: Opportunity) -> str | None:
    """The volunteer's best-spoken language the listing is written in, or None."""
    available = {opportunity.source_lang, *opportunity.translations}
    spoken = sorted(volunteer.languages, key=lambda s: -(s.level or 0))
    for skill in spoken:
        if skill.code in available and skill.code in _LABELS:
            return skill.code
    return None


def listing_message(opportunity: Opportunity, lang: str) -> str:
    """Title, organization, place, schedule, contact and web page in ``lang``."""
    heading, org, where, when, contact = _LABELS.get(lang, _LABELS["en"])
    if lang == opportunity.source_lang or lang not in opportunity.translations:
        title, description = opportunity.title, opportunity.description
    else:
        text = opportunity.translations[lang]
        title, description = text.title, text.description
    lines = [f"{heading}: {title}"]
    if opportunity.organization:
        lines.append(f"{org}: {opportunity.organization}")
    place = opportunity.district_text or ", ".join(opportunity.districts)
    if place:
        lines.append(f"{where}: {place}")
    if opportunity.schedule:
        lines.append(f"{when}: {opportunity.schedule}")
    reach = ", ".join(x for x in (opportunity.contact_email, opportunity.contact_phone) if x)
    if reach:
        lines.append(f"{contact}: {reach}")
    if opportunity.url:
        lines.append(opportunity.url)
    if description:
        short = description if len(description) <= 280 else description[:277].rstrip() + "…"
        lines += ["", short]
    return "\n".join(lines)
