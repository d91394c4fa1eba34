"""Terms composed from an activity and the words for whom it is done.

A tag's name often joins an activity with its category's people: "návštěvy seniorů",
"visiting the elderly", "відвідування літніх людей", "thăm người già". People write the
same activity with another word of the category ("navštěvovat důchodce", "visit old
people", "провідувати пенсіонерів"). Each such term of a tag gives its activity words
joined with every name and synonym of the tag's category (one marked "people" in
interests.json: children, seniors, people with disabilities, migrants) in the same language,
as terms of that tag; both readers of interests read them (``taxonomy.Taxonomy``), forms through the
stems (``word_stems``) as for any term.
"""

from __future__ import annotations

from volmatch.text import fold

from .filler_words import STOP_WORDS
from .word_stems import _LINKS, word_key

LANGS = ("cs", "en", "uk", "ru", "vi")


def _terms(item: dict, lang: str) -> list[str]:
    return [item["names"][lang], *item.get("synonyms", {}).get(lang, ())]


def composed_terms(data: dict) -> list[tuple[str, str]]:
    """(folded term, tag id) for each activity of a tag joined with each word for its
    category's people, in the language of both; terms the taxonomy has already are left out."""
    out: dict[str, str] = {}
    known = {
        fold(t)
        for c in data["categories"]
        for item in (c, *c["tags"])
        for lang in LANGS
        for t in _terms(item, lang)
    }
    for cat in (c for c in data["categories"] if c.get("people")):
        # the category's words for people: names of one or two words, no linking words
        people = {lang: [w for t in _terms(cat, lang) if (w := _plain(t))] for lang in LANGS}
        people_keys = {word_key(w) for terms in people.values() for t in terms for w in t}
        for tag in cat["tags"]:
            for lang in LANGS:
                for term in _terms(tag, lang):
                    for composed in _composed(term, people_keys, people[lang]):
                        if composed not in known:
                            out.setdefault(composed, tag["id"])
    return list(out.items())


def _plain(text: str) -> list[str] | None:
    words = fold(text).split()
    if not 1 <= len(words) <= 2 or any(w in STOP_WORDS or w in _LINKS for w in words):
        return None
    return words


def _composed(term: str, people_keys: set[str], people: list[list[str]]) -> list[str]:
    """The term's activity (one or two words, before or after the category's people, as
    "návštěvy" of "návštěvy seniorů") joined with each of ``people`` in the same order; none
    when the term is not such a join."""
    words = [w for w in fold(term).split() if w not in STOP_WORDS and w not in _LINKS]
    who = [word_key(w) in people_keys for w in words]
    if not any(who) or all(who):
        return []
    n = who.index(True)
    if 1 <= n <= 2 and all(who[n:]):  # activity first: "visiting the elderly"
        return [" ".join(words[:n] + p) for p in people]
    m = len(words) - who[::-1].index(True)
    if 1 <= len(words) - m <= 2 and all(who[:m]):  # people first: "người già ..." (rare)
        return [" ".join(p + words[m:]) for p in people]
    return []
