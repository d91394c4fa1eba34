"""The message for a volunteer: every part in their language, falling back visibly."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from volmatch.demo import demo_records
from volmatch.domain import LanguageSkill, Level
from volmatch.outreach import volunteer_message


def _pair():
    opportunities, volunteers = demo_records()
    listing = next(
        o for o in opportunities if o.start_date and o.schedule_mask and "uk" in o.translations
    )
    olena = next(v for v in volunteers if v.name == "Olena Kovalenko")
    return listing, olena


def test_ukrainian_message_has_no_czech_fragments():
    listing, olena = _pair()
    m = volunteer_message(olena, listing)
    assert (m.lang, m.fell_back, m.text_lang) == ("uk", False, "uk")
    assert listing.translations["uk"].title in m.body
    for label in ("Де:", "Коли:", "Розклад:", "Зобов'язання:", "Мови:"):
        assert label in m.body
    assert listing.schedule not in m.body  # the organization's Czech words are not copied
    assert "р." in m.body  # dates as Ukrainian write them
    assert olena.email not in m.body  # the volunteer's own data stays out


def test_vietnamese_falls_back_visibly():
    listing, olena = _pair()
    vi = replace(olena, languages=(LanguageSkill("vi", Level.NATIVE),))
    m = volunteer_message(vi, replace(listing, translations={}))
    assert m.lang == "vi" and not m.fell_back and m.text_lang == listing.source_lang
    assert "Chưa được dịch" in m.body.splitlines()[0]  # "not yet translated: shown in …"
    assert "Lịch:" in m.body and "Ở đâu:" in m.body


def test_a_language_without_messages_falls_back_to_english_and_says_so():
    listing, olena = _pair()
    arabic = replace(olena, languages=(LanguageSkill("ar", Level.NATIVE),))
    m = volunteer_message(arabic, listing)
    assert (m.lang, m.wanted, m.fell_back) == ("en", "ar", True)
    assert m.body.startswith("(Arabic → English)")
    assert "When:" in m.body and dt.date.today().year > 2000
