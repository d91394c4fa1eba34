"""Word stems: a folded word without its case, number or verb ending.

Both readers of interests use them (``taxonomy.Taxonomy.resolve`` for imports and
``matching.interests.Vocabulary`` for the matcher), so that an inflected word reads the
same in an import report and in a match. Czech and English endings are cut leaving at
least four letters for free keywords and three for taxonomy terms ("zahradou" -> "zahrad",
"bikes" -> "bike"); Ukrainian and Russian ones leaving at least three ("дітям" -> "діт"). No
dictionary: two words with the same stem are taken as forms of one word, and a near spelling
of one word must stay near without its ending (:func:`stems_near`).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache, lru_cache

from rapidfuzz import fuzz

from volmatch.text import fold

from .filler_words import VI_LETTER

_LATIN_MIN = 4
# A word and a term whose stems are equal are taken as meant at this score (of 100): above
# the fuzzy cut-off, below an exact spelling.
STEM_SCORE = 86.0
# A word of a longer phrase says less than the whole phrase ("děti" of "doučování dětí"):
# a term matching only part of a phrase scores at most this much of its ratio.
PART_WEIGHT = 0.85
# A near spelling of a term holding words the person did not write scores this much of
# its ratio, as a written word scores when it is only part of a phrase (PART_WEIGHT): so
# the term whose words were written, even inside a longer phrase, ranks first.
ADDED_WORDS_FACTOR = 0.85
# A term naming several tags (a category: "děti", "the elderly") is a related interest, not
# the exact one: it ranks at this factor in both readers, so "visiting elderly" is senior
# visits (a near spelling of "visiting the elderly") before every tag of the seniors'
# category; in a match, a related reading below an exact one of the same written interest
# counts less again (matching.query.RELATED_POWER), so that an exact tag one district away
# outranks a same-category listing next door.
# Swept in docs/matching-quality.md (0.6-0.9 alike on half A).
BROAD_FACTOR = 0.8


def broad(n_tags: int, own_name: bool) -> bool:
    """Whether a term naming ``n_tags`` tags reads one of them at BROAD_FACTOR: not when
    the term is that tag's own name ("dog walking" is dog walking, and the animal shelter,
    which lists it as a synonym, is the related reading)."""
    return n_tags > 1 and not own_name


_LATIN = re.compile(r"[a-z]{4,}")
_CYRILLIC = re.compile(r"[а-яёєіїґ]{4,}")
_CYRILLIC_SHORT = re.compile(r"[а-яёєіїґ]{3}")
_CYRILLIC_ENDINGS = tuple(
    sorted(
        {
            # verbs and verbal nouns
            "ати",
            "яти",
            "ити",
            "іти",
            "ать",
            "ять",
            "ить",
            "еть",
            "ання",
            "ення",
            "іння",
            "ание",
            "ение",
            # adjectives
            "ого",
            "его",
            "ому",
            "ему",
            "ими",
            "ыми",
            "ии",
            "ыи",
            "ая",
            "яя",
            "ое",
            "ее",
            "ые",
            "ие",
            "ых",
            "их",
            "ым",
            "им",
            "ім",
            "іх",
            "ую",
            "юю",
            "оі",
            "еі",
            # nouns
            "ьми",
            "ами",
            "ями",
            "ах",
            "ях",
            "ам",
            "ям",
            "ом",
            "ем",
            "ою",
            "ею",
            "ов",
            "ев",
            "ів",
            "еи",
            "ои",
            "ия",
            "ія",
            "и",
            "і",
            "ы",
            "а",
            "я",
            "у",
            "ю",
            "е",
            "о",
            "ь",
        },
        key=len,
        reverse=True,
    )
)


def cyrillic_stem(word: str) -> str | None:
    """A folded Ukrainian or Russian word without its ending ("дітям" -> "діт"), or
    None for other words and for words too short to cut."""
    if not _CYRILLIC.fullmatch(word):
        return None
    return _cut(word, _CYRILLIC_BY_LENGTH, 3)


_LATIN_ENDINGS = tuple(
    sorted(
        {
            "ing", "ers", "er", "es", "s", "ove", "ovy", "ami", "emi", "ach", "ech", "ich",
            "ovi", "em", "ou", "im", "ym", "ho", "mu", "ni", "nim", "imi", "ymi", "ych", "mi", "a",
            "e", "i", "o",
            "u", "y",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip


def latin_stem(word: str, min_len: int = _LATIN_MIN) -> str:
    """A folded word without a common Czech or English ending ("pletenim" -> "pleten")."""
    return _cut(word, _LATIN_BY_LENGTH, min_len)


def _by_length(endings: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """Endings grouped by length, longest first: a word is cut by its longest ending."""
    sizes = sorted({len(e) for e in endings}, reverse=True)
    return tuple((n, frozenset(e for e in endings if len(e) == n)) for n in sizes)


def _cut(word: str, by_length, min_len: int) -> str:
    for n, endings in by_length:
        if len(word) - n >= min_len and word[-n:] in endings:
            return word[:-n]
    return word


_CYRILLIC_BY_LENGTH = _by_length(_CYRILLIC_ENDINGS)
_LATIN_BY_LENGTH = _by_length(_LATIN_ENDINGS)


def stem(word: str) -> str | None:
    """The stem of a folded Cyrillic or Latin word of 4+ letters (at least three left), else
    None ("lidmi" and "lide" -> "lid")."""
    if _LATIN.fullmatch(word):
        return latin_stem(word, 3)
    return cyrillic_stem(word)


def has_letter_word(text: str) -> bool:
    """Whether a folded phrase has a word of one letter ("o truong", "pece o deti"): such a
    phrase is taken only as written, never by a near spelling, since one letter more or
    less there is another word (Vietnamese "ở trường", at school, is not "môi trường",
    environment)."""
    return any(len(w) == 1 for w in text.split())


# Short words between two words of an activity ("doprovod k lékaři", "супровід до лікаря"):
# left out of a key, so that such a phrase reads as its two words.
_LINKS = frozenset(["k", "ke", "ku", "do", "to", "the", "a", "an", "of", "до", "к", "ко"])


@cache
def same_words() -> dict[str, str]:
    """Stem of a written word -> stem of the word of the taxonomy it stands for ("fixing"
    -> "repair", "лагодити" -> "ремонт"), from resources/taxonomy/activity_words.csv."""
    from volmatch.paths import resource
    from volmatch.text import fold

    text = resource("taxonomy", "activity_words.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    out = {}
    for row in rows:
        word, means = fold(row["word"]), fold(row["means"])
        out[stem(word) or word] = stem(means) or means
    return out


def stem_key(text: str) -> str | None:
    """The stems of a folded phrase, in a fixed order and joined by a space ("starsimi
    lidmi" and "starsi lide" give one key, as do "fixing bikes" and "bike repair", and
    "людям похилого віку" and "люди похилого віку": a word is first replaced by the one it
    stands for, see :func:`same_words`); a word too short to cut equals only itself; None
    for a phrase of linking words only."""
    keys = _word_keys(text)
    return None if keys is None else _joined(keys)


def term_keys(text: str) -> tuple[str, ...]:
    """The keys a term is found by: its :func:`stem_key`, and where a word of it is a plural
    of a three-letter word ("cats", "dogs", "kids"), the key with that word as written alone,
    so that "cat" finds "cats" while a three-letter word still matches no other word by its
    stem ("pes", dog, is not "pěší", on foot). Not for a syllable the taxonomy writes with
    Vietnamese marks: "tre" (trẻ, child) is not "trees"."""
    keys = _word_keys(text)
    if keys is None:
        return ()
    out = [_joined(keys)]
    words = [w for w in text.split() if w not in _LINKS]
    short = [_plural_of_short(w) for w in words]
    if any(short):
        out.append(_joined([s + "=" if s else k for s, k in zip(short, keys, strict=True)]))
    # a word of the term in another form: one word at a time ("na procházce se seniory")
    for i, w in enumerate(words):
        if not VI_LETTER.search(w):
            out += [_joined([*keys[:i], f, *keys[i + 1 :]]) for f in stem_forms(w)]
    return tuple(dict.fromkeys(out))


@cache
def _alternations() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """Script -> (end of a term's stem, end in a form, only after a consonant), longest
    first, from resources/taxonomy/word_alternations.csv."""
    from volmatch.paths import resource

    text = resource("taxonomy", "word_alternations.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for row in rows:
        rule = (row["term_end"], row["form_end"], row["after_consonant"] == "yes")
        out.setdefault(row["script"], []).append(rule)
    return {k: tuple(sorted(v, key=lambda r: -len(r[0]))) for k, v in out.items()}


_VOWELS = frozenset("aeiouyаеиоуыэюяєії")


def stem_forms(word: str) -> tuple[str, ...]:
    """Stems a folded word of a term also takes in its forms, by a vowel that comes and
    goes or a consonant that alternates (resources/taxonomy/word_alternations.csv):
    "kocky" -> ("kocek", "kocc"), "прогулянки" -> ("прогулянок", "прогулянек",
    "прогулянц"). None for a word without an ending cut or too short."""
    s = stem(word)
    latin = bool(_LATIN.fullmatch(word))
    # a Latin word cut of a vowel ending is Czech ("kočky"); not "walking", "park", "books"
    if s is None or len(s) < 4 or s == word or (latin and word[-1] not in "aeiouy"):
        return ()
    rules = _alternations().get("latin" if latin else "cyrillic", ())
    out = []
    for end, form, after_consonant in rules:
        if s.endswith(end) and not (after_consonant and s[-len(end) - 1] in _VOWELS):
            out.append(s[: -len(end)] + form)
    return tuple(out)


def _plural_of_short(word: str) -> str | None:
    """The three-letter word a Latin plural stands for ("cats" -> "cat"), or None."""
    if not (_LATIN.fullmatch(word) and len(word) in (4, 5) and word.endswith("s")):
        return None
    short = word[:-2] if word.endswith("es") and len(word) == 5 else word[:-1]
    if len(short) != 3:
        return None
    from .filler_words import marked_syllables

    return None if short in marked_syllables() else short


def _word_keys(text: str) -> list[str] | None:
    words = [w for w in text.split() if w not in _LINKS]
    if not words:
        return None
    same = same_words()
    keys = []
    for w in words:
        if VI_LETTER.search(w):  # a Vietnamese word (see filler_words.as_written): whole
            keys.append(fold(w) + "=")
            continue
        keys.append(_word_key(w, same))
    return keys


def _word_key(w: str, same: dict[str, str]) -> str:
    s = stem(w)
    # a Latin word too short to cut stands for itself only: Vietnamese "tre" (child) is
    # not the stem of "trees"; a Cyrillic one is the stem of its forms ("дом", "доме")
    if s is None:
        s = w if _CYRILLIC_SHORT.fullmatch(w) else None
    return same.get(s, s) if s is not None else same.get(w, w + "=")


def _joined(keys: list[str]) -> str:
    if all(k.endswith("=") for k in keys):
        # words that take no endings (Vietnamese syllables) say what they mean in their
        # order: "ở nhà" (at home) is not "nhà ở" (housing)
        return " ".join(keys)
    return " ".join(sorted(keys))


def word_key(word: str) -> str:
    """The key of one folded word as :func:`stem_key` keys it (its stem, or what it stands
    for)."""
    return _word_key(word, same_words())


def near_spelling_allowed(key: str) -> bool:
    """Whether a folded candidate may be read by near spelling in either reader: four
    letters or more ("cat" is not "chat") and no word of one letter (see
    :func:`has_letter_word`). A shorter word is read only as written or by its forms."""
    return len(key) >= 4 and not has_letter_word(key)


def words_agree(cand: str, term: str, near: float, filler: frozenset[str]) -> bool:
    """Whether a near spelling of a folded phrase of two or more words is a near spelling
    word by word: each written word that the term lacks is as close to a word of the term
    (``near``, the limit for a single word, or the same stem), or a filler word where the
    term has no word left in its place. "pomoc pro seniory" is not "pocitac pro seniory",
    nor "day ve cho tre em" (drawing) "day kem cho tre em" (tutoring): the shared words
    carried the phrase while the activity word differs. A term may hold a word more
    ("спільне готування" is "спільне приготування їжі"). One word against one term must be
    near in its stem too (:func:`stems_near`). A word written with Vietnamese letters
    (kept so by ``filler_words.as_written``) is never cut and never filler; alone, it is read
    only as spelled, since a syllable one letter off is another word ("chơi" is not "chó")."""
    written = cand.split()
    whole = {fold(w) for w in written if VI_LETTER.search(w)}
    a, b = [fold(w) for w in written] if whole else written, term.split()
    if len(a) == 1 and whole:
        return False
    if len(a) == 1 and len(b) == 1:
        return stems_near(a[0], b[0], near)
    if len(a) < 2 or len(b) < 2:
        return True
    left_b = list((Counter(b) - Counter(a)).elements())
    differ = list((Counter(a) - Counter(b)).elements())
    plain = filler - whole  # a Vietnamese word is never filler
    for w in sorted(differ, key=lambda w: w in plain):  # distinctive words first
        pair = max(left_b, key=lambda x: fuzz.ratio(w, x), default=None)
        if pair is not None and _near(w, pair, near, w in whole):
            left_b.remove(pair)
        elif w not in plain or left_b:
            return False
    return True


def adds_words(cand: str, term: str, filler: frozenset[str]) -> bool:
    """Whether a term read by near spelling holds more meaningful words than were written:
    "giup do nguoi vo gia cu" (helping the homeless) for "giúp đỡ người già" (helping the
    elderly) holds every written word and two more, which a plain ratio barely charges."""
    written = [w for w in fold(cand).split() if w not in filler]
    return len([w for w in term.split() if w not in filler]) > len(written)


def stems_near(word: str, other: str, near: float) -> bool:
    """Whether a near spelling of one word is still one with a case ending cut (from
    either word or both, as a typo may change which ending is cut): a typo, not another
    word in another case. "domove" (locative of "domov", home) is one letter from
    "romove" (Roma), but "dom" is neither "rom" nor "romove"; "romovee" is "romove"."""
    a, b = stem(word) or word, stem(other) or other
    pairs = {(a, b), (a, other), (word, b)} - {(word, other)}  # at least one ending cut
    return not pairs or any(x == y or fuzz.ratio(x, y) >= near for x, y in pairs)


def _near(word: str, other: str, near: float, whole: bool = False) -> bool:
    if fuzz.ratio(word, other) >= near:
        return True
    if whole:  # a Vietnamese syllable has no ending to cut
        return False
    s = stem(word)
    return s is not None and s == stem(other)


def word_windows(words: list[str], longest: int) -> list[str]:
    """Runs of three or more consecutive words, up to ``longest`` and shorter than all of
    them: where a term of several words sits inside a longer phrase ("vo gia cu" in "giup
    do nguoi vo gia cu", "lidem bez domova" in "pomahat lidem bez domova")."""
    top = min(longest, len(words) - 1)
    return [
        " ".join(words[i : i + n]) for n in range(3, top + 1) for i in range(len(words) - n + 1)
    ]


# "tlumočení pro vietnamské rodiny", "výuka češtiny pro cizince": the words after "for" say
# whom the activity serves, not another activity. When the words before it name a tag, a tag
# named only by the words after it counts at this factor in both readers: a playroom for
# families is not interpreting for families. Swept in docs/matching-quality.md (0.8: no
# change; 0.4-0.6 alike).
SERVED_FACTOR = 0.5
_FOR = frozenset({"pro", "for", "для", "cho"})  # as written: cs, en, uk/ru, vi ("chó" is a dog)
HAS_FOR = re.compile(r"\s(?:pro|for|для|cho)\s", re.IGNORECASE)  # most phrases: skipped at once


def for_at(phrase: str, folded_words: list[str], word: re.Pattern[str]) -> int:
    """Index of "for" ("pro", "для", "cho") between an activity and whom it serves in the
    words of ``phrase`` (by ``word``, folded: ``folded_words``), or -1."""
    if not HAS_FOR.search(phrase):
        return -1
    written = word.findall(phrase.lower())  # "cho" (for), not the folded "chó" (dog)
    if len(written) != len(folded_words):
        return -1
    at = next((i for i, w in enumerate(written) if w in _FOR), -1)
    return at if 0 < at < len(written) - 1 else -1


# An everyday activity done in many places ("úklid", "cleaning", "прибирання", "dọn dẹp")
# says less than the place or object written with it ("úklid v útulku", "cleaning cat
# pens"): there, alone as a candidate, it counts at this factor in both readers, as a term
# naming several tags does (BROAD_FACTOR: a general reading, not the exact one).
GENERAL_FACTOR = BROAD_FACTOR


@cache
def _general_keys() -> frozenset[str]:
    from volmatch.paths import resource

    text = resource("taxonomy", "general_words.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    out = set()
    for row in rows:
        for w in row["word"].lower().split():
            out.update(_word_keys(w if VI_LETTER.search(w) else fold(w)) or ())
    return frozenset(out)


@lru_cache(maxsize=65536)  # candidates repeat across people: "úklid", "cleaning"
def is_general(cand: str) -> bool:
    """Whether a candidate (folded, Vietnamese words as written) is only words of an
    everyday activity done in many places (resources/taxonomy/general_words.csv)."""
    keys = _word_keys(cand)
    return bool(keys) and all(k in _general_keys() for k in keys)


def general_in_context(words: list[str]) -> bool:
    """Whether a phrase's meaningful words (as candidates are written) hold an everyday
    activity (:func:`is_general`) and a word of three letters or more that is none."""
    return any(is_general(w) for w in words) and any(
        len(w) >= 3 and not is_general(w) for w in words
    )
