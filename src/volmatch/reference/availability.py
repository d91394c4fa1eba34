"""When a person is available, read from what they wrote, as a weekly bit mask.

A week is 7 days x morning/afternoon/evening (:func:`volmatch.domain.slot_bit`).
Understood in Czech, English, simple Ukrainian/Russian and Vietnamese: days and ranges ("po-pá",
"Mon, Wed", "пн-пт"), weekdays/weekends, parts of the day, hours ("17-20", "od 9 do
12", "after 5pm": before 12 is morning, 12-17 afternoon, from 17 evening) and
"kdykoli"/"anytime". Days named before their times share them: "Mon, Wed 17-20" is
Monday and Wednesday evening. Days without a time mean the whole day; a time without
days means every day. Empty text is 0 (not stated) with no issue.
"""

from __future__ import annotations

import re
import unicodedata

from volmatch.domain import ALL_WEEK, slot_bit
from volmatch.errors import Issue, Problem, Severity
from volmatch.text import fold

EXPECTED = "days and times, e.g. 'po-pá večer', 'víkendy', 'Mon, Wed 17-20' or 'kdykoli'"
ALL_DAYS = frozenset(range(7))
ALL_PARTS = frozenset(range(3))

_DAYS = {
    0: "po pon pondeli pondelky pondelkach pondelka mon monday mondays пн понеділок понеділка "
    "понеділках понедельник понедельника понедельникам",
    1: "ut ute uteri utery utery utky utkach tue tues tuesday tuesdays вт вівторок вівторка "
    "вівторках вторник вторника вторникам",
    2: "st str streda stredu stredy stredach wed weds wednesday wednesdays ср середа середу "
    "середи середах среда среду средам",
    3: "ct ctv ctvrtek ctvrtky ctvrtcich thu thur thurs thursday thursdays чт четвер четверга "
    "четвергах четверг четвергам",
    4: "pa pat patek patky patcich fri friday fridays пт п'ятниця п'ятницю п'ятниці п'ятницях "
    "пятниця пятница пятницу пятницам",
    5: "so sob sobota sobotu soboty sobotach sat saturday saturdays сб субота суботу суботи "
    "суботах суббота субботу субботам",
    6: "ne ned nedele nedeli nedelich sun sunday sundays нд неділя неділю неділі неділях вс "
    "воскресенье воскресенья воскресеньям",
}
_DAY_SETS = {
    frozenset(range(5)): "vsedni dny;vsedni den;vsednich dnech;pracovni dny;pracovni den;"
    "pracovnich dnech;v tydnu;weekdays;weekday;workdays;work days;during the week;"
    "будні;будні дні;у будні;будни;робочі дні;по буднях;в будни",
    frozenset({5, 6}): "vikend;vikendy;vikendech;o vikendu;weekend;weekends;at the weekend;"
    "вихідні;вихідних;на вихідних;выходные;выходных;по выходным",
    ALL_DAYS: "denne;kazdy den;kazdodenne;cely tyden;daily;every day;all week;whole week;"
    "щодня;кожен день;каждый день;ежедневно;весь тиждень",
}
_PARTS = {
    frozenset({0}): "rano;rana;dopoledne;dopoledni;dopo;morning;mornings;before work;"
    "вранці;зранку;ранок;ранку;до обіду;утром;утро;с утра;до обеда",
    frozenset({1}): "odpoledne;odpoledni;odpo;po obede;afternoon;afternoons;after lunch;"
    "після обіду;по обіді;пообіді;после обеда;днем",
    frozenset({2}): "vecer;vecery;vecerni;vecerech;k veceru;po praci;evening;evenings;night;"
    "nights;after work;after school;ввечері;увечері;вечір;вечорами;після роботи;вечером;"
    "вечер;вечерами;после работы",
    frozenset({0, 1}): "pres den;behem dne;daytime;during the day;вдень;протягом дня",
    ALL_PARTS: "cely den;celej den;all day;whole day;full day;весь день;цілий день",
}
_ANY = (
    "kdykoli;kdykoliv;kdykoli po dohode;flexibilne;flexibilni;dle dohody;podle dohody;"
    "dle domluvy;podle domluvy;vzdy;nonstop;anytime;any time;flexible;by arrangement;always;"
    "будь коли;у будь який час;в будь який час;гнучко;в любое время;когда угодно"
)
_FILLER = frozenset(
    [
        "a",
        "i",
        "and",
        "or",
        "nebo",
        "ci",
        "v",
        "ve",
        "o",
        "na",
        "on",
        "in",
        "at",
        "the",
        "every",
        "each",
        "kazdy",
        "kazdou",
        "kazde",
        "a",
        "take",
        "also",
        "only",
        "jen",
        "pouze",
        "obvykle",
        "usually",
        "mostly",
        "vetsinou",
        "cas",
        "time",
        "je",
        "jsem",
        "mam",
        "volno",
        "free",
        "available",
        "dostupny",
        "dostupna",
        "hod",
        "hodin",
        "hodiny",
        "h",
        "hrs",
        "hours",
        "tydne",
        "tydenne",
        "weekly",
        "mesicne",
        "monthly",
        "per",
        "week",
        "x",
        "krat",
        "times",
        "az",
        "to",
        "do",
        "od",
        "from",
        "until",
        "till",
        "through",
        "after",
        "before",
        "pred",
        "po",
        "pozdeji",
        "later",
        "в",
        "у",
        "по",
        "з",
        "із",
        "до",
        "та",
        "і",
        "й",
        "и",
        "або",
        "або",
        "кожен",
        "кожного",
        "кожну",
        "каждый",
        "каждую",
        "часу",
        "год",
        "годин",
        "години",
        "від",
        "с",
        "со",
        "после",
        "після",
        "перед",
        "тиждень",
        "тиждня",
        "неделю",
        "раз",
        "рази",
        "разів",
    ]
)
_AFTER = frozenset(
    ["od", "from", "after", "po", "pozdeji", "з", "із", "від", "с", "после", "після", "since"]
)
_BEFORE = frozenset(["do", "before", "until", "till", "pred", "перед", "до"])
_TO = frozenset(["do", "az", "to", "until", "till", "through", "по", "до"])
_DURATION = frozenset(
    [
        "x",
        "krat",
        "times",
        "hodiny",
        "hodin",
        "hours",
        "hrs",
        "hod",
        "h",
        "tydne",
        "weekly",
        "mesicne",
        "раз",
        "рази",
        "разів",
        "години",
        "годин",
        "часа",
        "часов",
    ]
)
_TOKEN = re.compile(
    r"(?P<num>\d{1,2})(?:[:.](?P<min>\d{2}))?\s?(?P<suffix>am|pm|h\b|hod\b)?"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)?)"
    r"|(?P<dash>[-–—])"
)


def _index(groups: dict, sep: str = ";") -> dict[str, frozenset[int]]:
    out = {}
    for value, words in groups.items():
        for w in words.split(sep):
            out[_norm(w)] = value if isinstance(value, frozenset) else frozenset({value})
    return out


def _norm(text: str) -> str:
    return re.sub(r"[\s\-–—]+", " ", fold(text).replace("’", "'").replace("ʼ", "'")).strip()


_DAY_WORDS = {**_index({d: w for d, w in _DAYS.items()}, " "), **_index(_DAY_SETS)}
_PART_WORDS = _index(_PARTS)
_ANY_WORDS = frozenset(_norm(w) for w in _ANY.split(";"))


def _parts_of(start: float, end: float) -> frozenset[int]:
    """Day parts an hour range overlaps: morning < 12, afternoon 12-17, evening from 17."""
    if end <= start:
        end = 24.0
    bounds = ((0, 0.0, 12.0), (1, 12.0, 17.0), (2, 17.0, 24.0))
    return frozenset(p for p, lo, hi in bounds if start < hi and end > lo)


def _hour(tok: dict) -> float:
    h = int(tok["num"]) + int(tok["min"] or 0) / 60
    if tok["suffix"] == "pm" and h < 12:
        h += 12
    elif tok["suffix"] == "am" and h >= 12:
        h -= 12
    return h


# Vietnamese names days by number ("thứ hai" = day two = Monday, "thứ 7" = Saturday,
# "T2", "CN") and folding would read "thứ" as "thu" (Thursday) and "tối" (evening) as
# "tôi" (I): they are put into English words before folding.
_VI_NUMBERS = {
    **{str(n): n for n in range(2, 8)},
    **dict.fromkeys(("hai",), 2),
    **dict.fromkeys(("ba",), 3),
    **dict.fromkeys(("tư", "tu", "bốn", "bon"), 4),
    **dict.fromkeys(("năm", "nam"), 5),
    **dict.fromkeys(("sáu", "sau"), 6),
    **dict.fromkeys(("bảy", "bay"), 7),
}
_VI_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat")
_VI_WORD = "hai|bảy|bay|ba|tư|tu|bốn|bon|năm|nam|sáu|sau"
# "thứ 2" / "thứ hai" / "thu hai" / "T2"; ASCII "thu" only before a word ("Thu 5pm" is English)
_VI_ONE = rf"(?:thứ\s?(?:[2-7]|{_VI_WORD})|thu\s(?:{_VI_WORD})|t[2-7])"
_VI_DAY = re.compile(rf"(?<!\w){_VI_ONE}(?:\s*[-–—]\s*(?:{_VI_ONE}|[2-7]|{_VI_WORD}))?(?![\w:.])")
_VI_NUMBER_IN = re.compile(rf"[2-7]|(?<!\w)(?:{_VI_WORD})(?!\w)")
_VI_HINT = re.compile(rf"(?i)(?<!\w)(?:thu\s(?:{_VI_WORD})|t[2-7]|cn|chu nhat|cuoi tuan)(?!\w)")
_VI_WORDS = (
    (re.compile(r"(?<!\w)(?:chủ nhật|chu nhat|cn)(?!\w)"), "sun"),
    (re.compile(r"(?<!\w)(?:cuối tuần|cuoi tuan)(?!\w)"), "weekend"),
    (re.compile(r"(?<!\w)(?:ngày thường|ngay thuong|trong tuần)(?!\w)"), "weekdays"),
    (re.compile(r"(?<!\w)(?:hàng ngày|hằng ngày|mỗi ngày)(?!\w)"), "daily"),
    (re.compile(r"(?<!\w)(?:cả ngày)(?!\w)"), "all day"),
    (re.compile(r"(?<!\w)(?:bất kỳ lúc nào|bất cứ lúc nào|linh hoạt|linh hoat)(?!\w)"), "anytime"),
    (re.compile(r"(?<!\w)(?:buổi sáng|buoi sang|sáng)(?!\w)"), "morning"),
    (re.compile(r"(?<!\w)(?:buổi chiều|buoi chieu|chiều)(?!\w)"), "afternoon"),
    (re.compile(r"(?<!\w)(?:buổi tối|buoi toi|tối)(?!\w)"), "evening"),
    (re.compile(r"(?<!\w)(?:tôi|rảnh|vào|các|mỗi|buổi)(?!\w)"), " "),
    (re.compile(r"(?<!\w)và(?!\w)"), "and"),
)


def _vietnamese(text: str) -> str:
    """Vietnamese day and time words as English ones; other text unchanged."""
    text = unicodedata.normalize("NFC", text).lower()

    def day(m: re.Match) -> str:
        # "thứ" itself holds no number word; "ba" in "thứ ba" is the first one
        words = _VI_NUMBER_IN.findall(m.group(0).replace("thứ", " "))
        return "-".join(_VI_DAY_NAMES[_VI_NUMBERS[w] - 2] for w in words[:2])

    text = _VI_DAY.sub(day, text)
    for pattern, english in _VI_WORDS:
        text = pattern.sub(english, text)
    return text


def _tokens(text: str) -> list[dict]:
    if not text.isascii() or _VI_HINT.search(text):
        text = _vietnamese(text)
    norm = fold(text).replace("’", "'").replace("ʼ", "'")
    out = []
    for m in _TOKEN.finditer(norm):
        if m.group("num"):
            out.append({"kind": "num", **m.groupdict()})
        elif m.group("word"):
            out.append({"kind": "word", "text": m.group("word")})
        else:
            out.append({"kind": "dash"})
    return out


def parse_availability(
    text: str | None, column: str = "availability", row: int | None = None
) -> tuple[int, list[Issue]]:
    """The availability mask of ``text`` and, for words not understood, a warning Issue."""
    tokens = _tokens(text or "")
    if not tokens:
        return 0, []
    mask = 0
    days: set[int] = set()
    parts: set[int] = set()
    last = ""
    unknown: list[str] = []
    understood = False

    def close() -> None:
        nonlocal mask, days, parts
        if days or parts:
            for d in days or ALL_DAYS:
                for p in parts or ALL_PARTS:
                    mask |= slot_bit(d, p)
        days, parts = set(), set()

    def add_days(found: frozenset[int]) -> None:
        nonlocal last
        if days and parts and last == "part":
            close()
        days.update(found)
        last = "day"

    def add_parts(found: frozenset[int]) -> None:
        nonlocal last
        if days and parts and last == "day":
            close()
        parts.update(found)
        last = "part"

    def word_at(j: int) -> str | None:
        return tokens[j]["text"] if 0 <= j < len(tokens) and tokens[j]["kind"] == "word" else None

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok["kind"] == "num":
            i, hours = _read_hours(tokens, i, word_at(i - 1))
            if hours is not None:
                add_parts(_parts_of(*hours))
                understood = True
            continue
        if tok["kind"] == "dash":
            i += 1
            continue
        phrase, kind, value, i = _read_phrase(tokens, i)
        if kind == "any":
            mask |= ALL_WEEK
            understood = True
        elif kind == "day":
            # A range: "po-pá", "Mon to Fri", "з понеділка по п'ятницю".
            j = i
            if j < len(tokens) and (tokens[j]["kind"] == "dash" or word_at(j) in _TO):
                _, kind2, value2, k = (
                    _read_phrase(tokens, j + 1) if j + 1 < len(tokens) else ("", "", None, j)
                )
                if kind2 == "day" and len(value) == 1 and len(value2) == 1:
                    a, b = min(value), min(value2)
                    value = frozenset((a + n) % 7 for n in range((b - a) % 7 + 1))
                    i = k
            add_days(value)
            understood = True
        elif kind == "part":
            add_parts(value)
            understood = True
        elif phrase not in _FILLER:
            unknown.append(phrase)
    close()
    issues = []
    if unknown or not understood:
        detail = f" (not understood: {', '.join(unknown)})" if unknown else ""
        value = (text or "").strip()
        issues.append(
            Issue(Problem.BAD_CHOICE, column, row, value, EXPECTED + detail, (), Severity.WARNING)
        )
    return mask, issues


def _read_phrase(tokens: list[dict], i: int) -> tuple[str, str, frozenset[int] | None, int]:
    """The longest known phrase (up to 4 words, dashes between words allowed) at token i."""
    words: list[tuple[str, int]] = []  # (word, index after it)
    j = i
    while j < len(tokens) and len(words) < 4:
        if tokens[j]["kind"] == "word":
            words.append((tokens[j]["text"], j + 1))
        elif tokens[j]["kind"] != "dash" or not words:
            break
        j += 1
    for n in range(len(words), 0, -1):
        phrase = " ".join(w for w, _ in words[:n])
        end = words[n - 1][1]
        if phrase in _ANY_WORDS:
            return phrase, "any", None, end
        if phrase in _PART_WORDS:
            return phrase, "part", _PART_WORDS[phrase], end
        if phrase in _DAY_WORDS:
            nxt = tokens[end] if end < len(tokens) else None
            if phrase == "po" and nxt is not None and nxt["kind"] == "num":
                return phrase, "", None, end  # "po 17" is "after 17", not Monday
            return phrase, "day", _DAY_WORDS[phrase], end
    if not words:
        return "", "", None, i + 1
    return words[0][0], "", None, words[0][1]


def _read_hours(
    tokens: list[dict], i: int, before: str | None
) -> tuple[int, tuple[float, float] | None]:
    """An hour or hour range at token i: (next index, (start, end)) or None for "2x", "3 hodiny"."""
    first = tokens[i]
    j = i + 1
    nxt = tokens[j] if j < len(tokens) else None
    is_to = nxt is not None and (nxt["kind"] == "dash" or nxt.get("text") in _TO)
    if is_to and j + 1 < len(tokens) and tokens[j + 1]["kind"] == "num":
        second = tokens[j + 1]
        start, end = _hour(first), _hour(second)
        if first["suffix"] is None and second["suffix"] == "pm" and start + 12 <= end:
            start += 12
        return j + 2, (start, end)
    plain = before not in _AFTER and before not in _BEFORE and first["suffix"] is None
    if plain and nxt is not None and nxt.get("text") in _DURATION:
        return j + 1, None  # "2x týdně", "3 hodiny": how often or how long, not when
    h = _hour(first)
    if before in _AFTER:
        return j, (h, 24.0)
    if before in _BEFORE:
        return j, (0.0, h)
    return j, (h, h + 1)


_NAMES = {
    "cs": (
        ("po", "út", "st", "čt", "pá", "so", "ne"),
        ("dopoledne", "odpoledne", "večer"),
        "celý den",
        "kdykoli",
    ),
    "en": (
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        ("morning", "afternoon", "evening"),
        "all day",
        "anytime",
    ),
    "uk": (
        ("пн", "вт", "ср", "чт", "пт", "сб", "нд"),
        ("вранці", "після обіду", "ввечері"),
        "весь день",
        "будь-коли",
    ),
}


def format_availability(mask: int, lang: str = "cs") -> str:
    """Short text for a mask ("po–pá večer, so dopoledne"); parse_availability reads it back."""
    if not mask:
        return ""
    days_names, part_names, all_day, anytime = _NAMES.get(lang, _NAMES["en"])
    if mask & ALL_WEEK == ALL_WEEK:
        return anytime
    groups: dict[int, list[int]] = {}
    for d in range(7):
        value = (mask >> (d * 3)) & 7
        if value:
            groups.setdefault(value, []).append(d)
    out = []
    for value, days in groups.items():
        runs: list[list[int]] = []
        for d in days:
            if runs and runs[-1][-1] == d - 1:
                runs[-1].append(d)
            else:
                runs.append([d])
        day_text = ", ".join(
            days_names[r[0]] if len(r) == 1 else f"{days_names[r[0]]}–{days_names[r[-1]]}"
            for r in runs
        )
        part_text = (
            all_day if value == 7 else "/".join(part_names[p] for p in range(3) if value >> p & 1)
        )
        out.append(f"{day_text} {part_text}")
    return ", ".join(out)
