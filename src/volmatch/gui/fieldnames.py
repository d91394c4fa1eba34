"""The fields of listings and volunteers as the interface names them (conflicts, history)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import QCoreApplication


def _names() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("Fields", "Title"),
        "name": QCoreApplication.translate("Fields", "Name"),
        "organization": QCoreApplication.translate("Fields", "Organization"),
        "description": QCoreApplication.translate("Fields", "Description"),
        "external_id": QCoreApplication.translate("Fields", "External id"),
        "source_lang": QCoreApplication.translate("Fields", "Language of the text"),
        "translations": QCoreApplication.translate("Fields", "Translations"),
        "scope": QCoreApplication.translate("Fields", "Where"),
        "districts": QCoreApplication.translate("Fields", "Districts"),
        "district": QCoreApplication.translate("Fields", "Home district"),
        "district_text": QCoreApplication.translate("Fields", "Place as written"),
        "travel_districts": QCoreApplication.translate("Fields", "Travels to"),
        "address": QCoreApplication.translate("Fields", "Address"),
        "latitude": QCoreApplication.translate("Fields", "Latitude"),
        "longitude": QCoreApplication.translate("Fields", "Longitude"),
        "languages": QCoreApplication.translate("Fields", "Languages"),
        "interests": QCoreApplication.translate("Fields", "Interests"),
        "interest_tags": QCoreApplication.translate("Fields", "Interests"),
        "interests_text": QCoreApplication.translate("Fields", "Interests as written"),
        "keywords": QCoreApplication.translate("Fields", "Free keywords"),
        "commitment": QCoreApplication.translate("Fields", "Commitment"),
        "start_date": QCoreApplication.translate("Fields", "Start date"),
        "end_date": QCoreApplication.translate("Fields", "End date"),
        "schedule": QCoreApplication.translate("Fields", "Schedule"),
        "schedule_mask": QCoreApplication.translate("Fields", "Schedule (days)"),
        "capacity": QCoreApplication.translate("Fields", "Capacity"),
        "min_age": QCoreApplication.translate("Fields", "Minimum age"),
        "accessibility": QCoreApplication.translate("Fields", "Accessibility"),
        "contact_email": QCoreApplication.translate("Fields", "Contact e-mail"),
        "contact_phone": QCoreApplication.translate("Fields", "Contact phone"),
        "url": QCoreApplication.translate("Fields", "Application web page"),
        "status": QCoreApplication.translate("Fields", "Status"),
        "valid_until": QCoreApplication.translate("Fields", "Valid until"),
        "notes": QCoreApplication.translate("Fields", "Notes"),
        "email": QCoreApplication.translate("Fields", "E-mail"),
        "phone": QCoreApplication.translate("Fields", "Phone"),
        "availability": QCoreApplication.translate("Fields", "Availability"),
        "availability_mask": QCoreApplication.translate("Fields", "Availability (days)"),
        "available_from": QCoreApplication.translate("Fields", "Available from"),
        "available_until": QCoreApplication.translate("Fields", "Available until"),
        "birth_year": QCoreApplication.translate("Fields", "Year of birth"),
        "consent_date": QCoreApplication.translate("Fields", "Consent date"),
        "consent_scope": QCoreApplication.translate("Fields", "Consent scope"),
        "state": QCoreApplication.translate("Fields", "State"),
        "website": QCoreApplication.translate("Fields", "Web site"),
        "listings": QCoreApplication.translate("Fields", "Listings"),
        "merged": QCoreApplication.translate("Fields", "Merged organizations"),
    }


def field_label(name: str) -> str:
    """A stored field's name in the interface language (the name itself if unknown)."""
    return _names().get(name, name)


def field_labels(names) -> str:
    """Several field names, labelled and joined ("—" for none)."""
    return ", ".join(field_label(n) for n in names) or "—"


def _choice_words(name: str, value: str) -> str:
    """A stored choice (status, commitment, scope) in the words the editors show."""
    words = {
        "status": {
            "draft": QCoreApplication.translate("Status", "draft"),
            "published": QCoreApplication.translate("Status", "published"),
            "archived": QCoreApplication.translate("Status", "archived"),
        },
        "commitment": {
            "one-off": QCoreApplication.translate("OpportunityEditor", "one-off"),
            "regular": QCoreApplication.translate("OpportunityEditor", "regular"),
            "long-term": QCoreApplication.translate("OpportunityEditor", "long-term"),
        },
        "scope": {
            "districts": QCoreApplication.translate("OpportunityEditor", "in districts"),
            "citywide": QCoreApplication.translate("OpportunityEditor", "anywhere in Prague"),
            "remote": QCoreApplication.translate("OpportunityEditor", "online / from home"),
        },
    }
    return words.get(name, {}).get(value, value)


def field_value(name: str, value: Any) -> str:
    """A field's value as a person reads it: choices and languages named in the interface
    language, dates as "1. 3. 2025", interest tags by their names, empty as a dash."""
    from volmatch.domain import LanguageNeed, LanguageSkill
    from volmatch.gui.widgets.inputs import (
        format_date,
        format_datetime,
        language_name,
        level_name,
    )

    if value is None or value == "" or value == () or value == {}:
        return "—"
    if isinstance(value, enum.Enum) and name in ("status", "commitment", "scope"):
        return _choice_words(name, str(value.value))
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, LanguageNeed):
        text = f"{language_name(value.code)} {level_name(value.min_level)}"
        required = QCoreApplication.translate("Widgets", "required")
        return f"{text} ({required})" if value.required else text
    if isinstance(value, LanguageSkill):
        return f"{language_name(value.code)} {level_name(value.level)}"
    if name in ("interests", "interest_tags") and isinstance(value, tuple):
        from volmatch.gui.widgets.interests import tag_name

        return ", ".join(tag_name(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {field_value(name, v)}" for k, v in value.items())
    if isinstance(value, (tuple, list)):
        return ", ".join(field_value(name, v) for v in value)
    if dataclasses.is_dataclass(value):
        parts = (getattr(value, f.name) for f in dataclasses.fields(value))
        return " – ".join(str(p) for p in parts if p not in (None, "", False))
    if value is True:
        return "✓"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)
