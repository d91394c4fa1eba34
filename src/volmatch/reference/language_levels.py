"""Language levels from what people write: CEFR grades, level words and notes around them.

Levels are CEFR A1..C2 plus native (``resources/languages/levels.csv`` maps words):
"C2+" reads as C2 (native is a first language, not a grade above C2), "pokročilý" /
"advanced" / "fluent" as C1, "středně pokročilý" / "intermediate" as B1, "basic" as
A2, "beginner" / "trochu" as A1, and a range such as "B1/B2" as its lower end.
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache

from volmatch.domain import Level
from volmatch.paths import resource
from volmatch.text import fold

_PUNCT = re.compile(r"[\s\-–—_.,;:/()\[\]\"„“”]+")
_APOSTROPHES = re.compile(r"[’ʼ`´]")
_CEFR = re.compile(r"^([abc]) ?([12]) ?[+-]?$")
_CEFR_RANGE = re.compile(
    r"^([abc]) ?([12])[+-]? ?(?:/|-|–|to|az|až|or|nebo|\s) ?([abc]) ?([12])[+-]?$"
)
_LEVEL_FILLER = frozenset(
    [
        # notes around a level: "(zkouška A2)", "certificate", "úroveň"
        "zkouska",
        "zkousky",
        "slozena",
        "slozenou",
        "certifikat",
        "certifikatem",
        "certificate",
        "certified",
        "exam",
        "test",
        "diplom",
        "stupen",
        "statni",
        "statnice",
        "сертифікат",
        "сертификат",
        "іспит",
        "экзамен",
        "chung",
        "chi",
        "trinh",
        "do",
        "muc",
        "se",
        "mluvim",
        "umim",
        "ovladam",
        "i",
        "speak",
        "говорю",
        "розмовляю",
        "володію",
        "владею",
        "знаю",
        "уровне",
        "рівні",
        "level",
        "uroven",
        "na",
        "urovni",
        "cefr",
        "cerf",
        "рівень",
        "уровень",
        "рівня",
        "уровня",
        "niveau",
        "на",
        # Vietnamese: "thi" (exam), "vĩnh trú" (permanent residence: the exam for it)
        "thi",
        "vinh",
        "tru",
    ]
)
_LANG_FILLER = frozenset(
    # folded words around a language name: "mluvím vietnamsky", "I speak English",
    # "a bit of Czech", "basic knowledge of German"
    [
        "of",
        "knowledge",
        "mluvim",
        "umim",
        "ovladam",
        "znam",
        "jazyk",
        "jazyka",
        "i",
        "speak",
        "speaks",
        "language",
        "мова",
        "мовою",
        "мови",
        "язык",
        "языком",
        "говорю",
        "розмовляю",
        "володію",
        "владею",
        "знаю",
    ]
)


def _key(text: str | None) -> str:
    """Folded, apostrophes unified, punctuation to spaces: "по-английски" -> "по английски"."""
    return _PUNCT.sub(" ", _APOSTROPHES.sub("'", fold(text))).strip()


def _read_csv(*parts: str) -> list[dict[str, str]]:
    text = resource(*parts).read_text(encoding="utf-8-sig")
    lines = [line for line in io.StringIO(text) if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


@cache
def _level_words() -> dict[str, Level]:
    words = {}
    for row in _read_csv("languages", "levels.csv"):
        value = row["level"].upper()
        words[_key(row["text"])] = Level.NATIVE if value == "NATIVE" else Level[value]
    return words


@cache
def _exam_words() -> frozenset[str]:
    """Words of exam names ("Goethe", "IELTS"): a note around a level, like "certificate"."""
    return frozenset(
        w for row in _read_csv("languages", "exams.csv") for w in _key(row["name"]).split()
    )


def _abbreviated_level(prefix: str) -> str | None:
    """The one-word level term ``prefix`` begins, when every such term means one level
    ("pokr" -> "pokrocily"; "stred" begins B1 and B2 words: None)."""
    found = {w: lv for w, lv in _level_words().items() if " " not in w and w.startswith(prefix)}
    return min(found) if len(set(found.values())) == 1 else None


_CEFR_ANY = re.compile(r"(?<![a-z0-9])([abc]) ?([12])(?![0-9])")


def parse_level(text: str | None) -> Level | None:
    """A CEFR level or native from "B1", "c2+", "rodilý mluvčí", "native", "pokročilý"; else None.

    Also inside a note: "(zkouška A2)", "B1 certificate", "A2/B1" and "B2-C1" (the lower
    end: what can be relied on), "umím trochu" (the level word in a phrase).
    """
    words = _key(text).replace("+", "+ ").split()
    filler = _LEVEL_FILLER | _exam_words()
    table = _level_words()
    # a level phrase holding a word that is filler around a language ("working knowledge")
    if (whole := " ".join(w for w in words if w not in filler)) in table:
        return table[whole]
    key = " ".join(w for w in words if w not in filler and w not in _LANG_FILLER)
    key = key.replace(" +", "+").strip()
    if not key:
        return None
    m = _CEFR.match(key)
    if m:
        return Level[f"{m.group(1).upper()}{m.group(2)}"]
    m = _CEFR_RANGE.match(key)
    if m:  # "B1/B2": the lower end is what can be relied on
        a = Level[f"{m.group(1).upper()}{m.group(2)}"]
        b = Level[f"{m.group(3).upper()}{m.group(4)}"]
        return min(a, b)
    if key in table:
        return table[key]
    found = [Level[f"{a.upper()}{b}"] for a, b in _CEFR_ANY.findall(key)]
    if found:  # "A2 (zkouška A2)", "B1 složená zkouška": notes were dropped as filler
        rest = _CEFR_ANY.sub(" ", key).replace("+", " ").replace("-", " ").split()
        # a grade next to level words ("pokročilá (certifikát C1)"): the grade is exact
        return min(found) if _level_phrase(rest, table) or not rest else None
    return _level_phrase(key.replace("+", "").split(), table)


def _level_phrase(words: list[str], table: dict[str, Level]) -> Level | None:
    """The one level word or phrase ``words`` consist of, around filler already dropped
    ("velmi dobre" -> B2); anything else left over means the text is not understood."""
    for n in range(min(len(words), 5), 0, -1):
        for i in range(len(words) - n + 1):
            level = table.get(" ".join(words[i : i + n]))
            if level is not None:
                rest = words[:i] + words[i + n :]
                return level if all(table.get(w) == level for w in rest) else None
    return None
