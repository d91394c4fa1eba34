"""Reasons worded as short sentences a person would say, in Czech, English, Ukrainian,
Russian or Vietnamese (the languages the site is published in).

One sentence per finding: no internal scores or tag identifiers; the interests one phrase
of the volunteer's fits are said together; a language spoken below the level asked for
is said as such. Language names come from the language catalogue (CLDR), district labels
from the gazetteer and tag names from the taxonomy (through :class:`MatchContext`), in the
same language. This module is the one place these sentences are worded: the app, the
command line and the exports all call it.
"""

from __future__ import annotations

import datetime as dt

from .context import MatchContext
from .model import Reason, ReasonKind

LANGS = ("cs", "en", "uk", "ru", "vi")

T = ReasonKind
_TEMPLATES: dict[ReasonKind, dict[str, str]] = {
    T.LANGUAGE_MET: {  # {min} is _AT_LEAST or _AS_REQUIRED
        "en": "speaks {language} {at_level}{min} ✓",
        "cs": "{language} {at_level}{min} ✓",
        "uk": "{language} {at_level}{min} ✓",
        "ru": "{language} {at_level}{min} ✓",
        "vi": "{language} {at_level}{min} ✓",
    },
    T.LANGUAGE_UNMET: {  # below the level; see _NOT_SPOKEN and _NO_LEVEL
        "en": "speaks {language} at level {level}, but the listing asks for {min_level} ✗",
        "cs": "{language} na úrovni {level}, nabídka chce {min_level} ✗",
        "uk": "{language} на рівні {level}, а оголошення вимагає {min_level} ✗",
        "ru": "{language} на уровне {level}, а объявление требует {min_level} ✗",
        "vi": "{language} ở trình độ {level}, nhưng tin đăng yêu cầu {min_level} ✗",
    },
    T.LANGUAGE_WELCOME: {
        "en": "also speaks {language} {at_level}, which the listing welcomes",
        "cs": "{language} {at_level} — nabídka tento jazyk vítá",
        "uk": "{language} {at_level} — оголошення вітає цю мову",
        "ru": "{language} {at_level} — в объявлении этот язык приветствуется",
        "vi": "{language} {at_level} — tin đăng hoan nghênh ngôn ngữ này",
    },
    T.LANGUAGE_WELCOME_MISSING: {
        "en": "does not speak the languages the listing welcomes ({languages})",
        "cs": "nemluví jazyky, které nabídka vítá ({languages})",
        "uk": "не володіє мовами, які вітає оголошення ({languages})",
        "ru": "не владеет языками, которые приветствуются в объявлении ({languages})",
        "vi": "không nói các ngôn ngữ mà tin đăng hoan nghênh ({languages})",
    },
    T.LANGUAGE_NONE_NEEDED: {
        "en": "no language requirements",
        "cs": "bez jazykových požadavků",
        "uk": "без мовних вимог",
        "ru": "без языковых требований",
        "vi": "không yêu cầu ngôn ngữ",
    },
    T.DISTRICT_SAME: {
        "en": "lives in {home}, where the opportunity is",
        "cs": "bydlí v MČ {home}, kde se příležitost koná",
        "uk": "живе в районі {home}, де і можливість",
        "ru": "живёт в районе {home}, где и проходит возможность",
        "vi": "sống ở {home}, nơi diễn ra hoạt động",
    },
    T.DISTRICT_ADMIN: {
        "en": "{lives}; the opportunity is in {place}, the same administrative district",
        "cs": "{lives}; příležitost je v MČ {place}, ve stejném správním obvodu",
        "uk": "{lives}; можливість у районі {place}, той самий адміністративний округ",
        "ru": "{lives}; возможность в районе {place}, в том же административном округе",
        "vi": "{lives}; hoạt động ở {place}, cùng quận hành chính",
    },
    T.DISTRICT_NEIGHBOUR: {
        "en": "{lives}; the opportunity is in {place}, a neighbouring district",
        "cs": "{lives}; příležitost je v sousední MČ {place}",
        "uk": "{lives}; можливість у сусідньому районі {place}",
        "ru": "{lives}; возможность в соседнем районе {place}",
        "vi": "{lives}; hoạt động ở {place}, quận lân cận",
    },
    T.DISTRICT_TRAVEL: {
        "en": "will travel to {place}, where the opportunity is",
        "cs": "je ochoten/ochotna dojíždět do MČ {place}, kde se příležitost koná",
        "uk": "готовий(-а) їздити до району {place}, де можливість",
        "ru": "готов(а) ездить в район {place}, где проходит возможность",
        "vi": "sẵn sàng đi đến {place}, nơi diễn ra hoạt động",
    },
    T.DISTRICT_FAR: {
        "en": "{lives}; the opportunity is in {place}, {km} km away",
        "cs": "{lives}; příležitost je v MČ {place}, {km} km daleko",
        "uk": "{lives}; можливість у районі {place}, за {km} км",
        "ru": "{lives}; возможность в районе {place}, в {km} км",
        "vi": "{lives}; hoạt động ở {place}, cách {km} km",
    },
    T.DISTRICT_CITYWIDE: {
        "en": "citywide: fits any district",
        "cs": "celá Praha: vyhovuje z každé čtvrti",
        "uk": "по всьому місту: підходить з будь-якого району",
        "ru": "по всему городу: подходит из любого района",
        "vi": "toàn thành phố: phù hợp từ mọi quận",
    },
    T.DISTRICT_REMOTE: {
        "en": "remote: can be done from home",
        "cs": "na dálku: lze dělat z domova",
        "uk": "дистанційно: можна з дому",
        "ru": "удалённо: можно из дома",
        "vi": "từ xa: có thể làm tại nhà",
    },
    T.DISTRICT_NOT_GIVEN: {
        "en": "district not given ({side}); distance not counted",
        "cs": "čtvrť neuvedena ({side}); vzdálenost se nepočítá",
        "uk": "район не вказано ({side}); відстань не враховано",
        "ru": "район не указан ({side}); расстояние не учитывается",
        "vi": "chưa ghi quận ({side}); không tính khoảng cách",
    },
    T.DISTRICT_UNKNOWN: {
        "en": "district “{text}” not recognised{suggest}; distance not counted",
        "cs": "čtvrť „{text}“ nerozpoznána{suggest}; vzdálenost se nepočítá",
        "uk": "район «{text}» не розпізнано{suggest}; відстань не враховано",
        "ru": "район «{text}» не распознан{suggest}; расстояние не учитывается",
        "vi": "không nhận ra quận “{text}”{suggest}; không tính khoảng cách",
    },
    T.INTEREST_MATCH: {  # one phrase of the volunteer and every interest it fits
        "en": "interest in “{phrase}” fits: {tags}",
        # the phrase is the volunteer's own words in any case and number ("senioři", "hudba
        # se seniory"): quoted after "zájem", it needs no accusative that "zájem o" would
        "cs": "zájem „{phrase}“ odpovídá: {tags}",
        "uk": "інтерес «{phrase}» відповідає: {tags}",
        "ru": "интерес «{phrase}» соответствует: {tags}",
        "vi": "sở thích “{phrase}” phù hợp với: {tags}",
    },
    T.INTEREST_NO_MATCH: {
        "en": "none of the interests ({interests}) fit this opportunity",
        "cs": "žádný ze zájmů ({interests}) neodpovídá této příležitosti",
        "uk": "жоден з інтересів ({interests}) не відповідає цій можливості",
        "ru": "ни один из интересов ({interests}) не подходит к этой возможности",
        "vi": "không sở thích nào ({interests}) phù hợp với hoạt động này",
    },
    T.INTEREST_NONE_GIVEN: {
        "en": "no interests given: interests count as neutral",
        "cs": "zájmy neuvedeny: počítají se neutrálně",
        "uk": "інтереси не вказано: враховано нейтрально",
        "ru": "интересы не указаны: учитываются нейтрально",
        "vi": "chưa ghi sở thích: tính là trung tính",
    },
    T.INTEREST_UNRECOGNISED: {
        "en": "interests “{text}” not recognised: counted as neutral",
        "cs": "zájmy „{text}“ nerozpoznány: počítají se neutrálně",
        "uk": "інтереси «{text}» не розпізнано: враховано нейтрально",
        "ru": "интересы «{text}» не распознаны: учитываются нейтрально",
        "vi": "không nhận ra sở thích “{text}”: tính là trung tính",
    },
    T.SCHEDULE_OVERLAP: {  # some of the times; see _SCHEDULE_ALL and _SCHEDULE_ONE
        "en": "free at {slots} of the {listing_slots} times it needs",
        # a number after a preposition would need its case ("ve 2", "ze 3"): a colon instead
        "cs": "má čas v potřebných termínech: {slots} z {listing_slots}",
        "uk": "вільний(-а) у потрібний час: {slots} з {listing_slots}",
        "ru": "свободен(-на) в нужное время: {slots} из {listing_slots}",
        "vi": "rảnh vào {slots} trong {listing_slots} khung giờ cần",
    },
    T.SCHEDULE_NO_OVERLAP: {
        "en": "not free at the times it needs",
        "cs": "nemá čas v potřebných termínech",
        "uk": "не вільний(-а) у потрібний час",
        "ru": "не свободен(-на) в нужное время",
        "vi": "không rảnh vào các khung giờ cần",
    },
    T.SCHEDULE_NOT_STATED: {
        "en": "times not stated ({side}): counted as neutral",
        "cs": "časy neuvedeny ({side}): počítají se neutrálně",
        "uk": "час не вказано ({side}): враховано нейтрально",
        "ru": "время не указано ({side}): учитывается нейтрально",
        "vi": "chưa ghi thời gian ({side}): tính là trung tính",
    },
    T.DATES_UNMET: {
        "en": "available {available_from}–{available_until}, but it runs {start}–{end} ✗",
        "cs": "k dispozici {available_from}–{available_until}, ale koná se {start}–{end} ✗",
        "uk": "доступний(-а) {available_from}–{available_until}, але це {start}–{end} ✗",
        "ru": "доступен(-на) {available_from}–{available_until}, но это проходит {start}–{end} ✗",
        "vi": "có thể tham gia {available_from}–{available_until}, nhưng hoạt động diễn ra "
        "{start}–{end} ✗",
    },
    T.AGE_UNMET: {
        "en": "minimum age {min_age}, the volunteer is {age} ✗",
        "cs": "minimální věk {min_age}, dobrovolníkovi je {age} ✗",
        "uk": "мінімальний вік {min_age}, волонтеру {age} ✗",
        "ru": "минимальный возраст {min_age}, волонтёру {age} ✗",
        "vi": "tuổi tối thiểu {min_age}, tình nguyện viên {age} tuổi ✗",
    },
    T.AGE_UNKNOWN: {
        "en": "minimum age {min_age}; age not given",
        "cs": "minimální věk {min_age}; věk neuveden",
        "uk": "мінімальний вік {min_age}; вік не вказано",
        "ru": "минимальный возраст {min_age}; возраст не указан",
        "vi": "tuổi tối thiểu {min_age}; chưa ghi tuổi",
    },
    T.EMPTY_PROFILE: {
        "en": "the profile is nearly empty: low confidence",
        "cs": "profil je téměř prázdný: nízká spolehlivost",
        "uk": "профіль майже порожній: низька надійність",
        "ru": "профиль почти пустой: низкая надёжность",
        "vi": "hồ sơ gần như trống: độ tin cậy thấp",
    },
}

_AT_LEVEL = {
    "en": "at level {level}",
    "cs": "na úrovni {level}",
    "uk": "на рівні {level}",
    "ru": "на уровне {level}",
    "vi": "ở trình độ {level}",
}
_NATIVE = {
    "en": "as a mother tongue",
    "cs": "jako mateřský jazyk",
    "uk": "як рідна мова",
    "ru": "как родной язык",
    "vi": "là tiếng mẹ đẻ",
}
_UNKNOWN_LEVEL = {
    "en": "(level not given)",
    "cs": "(úroveň neuvedena)",
    "uk": "(рівень не вказано)",
    "ru": "(уровень не указан)",
    "vi": "(chưa ghi trình độ)",
}
_AT_LEAST = {
    "en": "; the listing asks for at least {min_level}",
    "cs": ", nabídka chce aspoň {min_level}",
    "uk": ", оголошення вимагає щонайменше {min_level}",
    "ru": ", объявление требует не ниже {min_level}",
    "vi": "; tin đăng yêu cầu tối thiểu {min_level}",
}
_AS_REQUIRED = {
    "en": ", as the listing requires",
    "cs": ", jak nabídka vyžaduje",
    "uk": ", як вимагає оголошення",
    "ru": ", как требует объявление",
    "vi": ", đúng như tin đăng yêu cầu",
}
_MIN_IN_BRACKETS = {
    "en": " (at least {min_level})",
    "cs": " (aspoň {min_level})",
    "uk": " (щонайменше {min_level})",
    "ru": " (не ниже {min_level})",
    "vi": " (tối thiểu {min_level})",
}
# A required language the volunteer does not list at all, or lists without a level.
_NOT_SPOKEN = {
    "en": "the listing requires {language}{at_min}, which the profile does not list ✗",
    "cs": "nabídka vyžaduje jazyk {language}{at_min}, který v profilu chybí ✗",
    "uk": "потрібна мова: {language}{at_min} — у профілі її немає ✗",
    "ru": "нужен язык: {language}{at_min} — в профиле его нет ✗",
    "vi": "tin đăng yêu cầu {language}{at_min}, nhưng hồ sơ không có ✗",
}
_NO_LEVEL = {
    "en": "speaks {language} without a stated level, but the listing asks for {min_level} ✗",
    "cs": "{language} bez uvedené úrovně, nabídka chce {min_level} ✗",
    "uk": "{language} без зазначеного рівня, а оголошення вимагає {min_level} ✗",
    "ru": "{language} без указанного уровня, а объявление требует {min_level} ✗",
    "vi": "{language} chưa ghi trình độ, nhưng tin đăng yêu cầu {min_level} ✗",
}
_SIDE = {
    "cs": {"volunteer": "dobrovolník", "opportunity": "příležitost"},
    "en": {"volunteer": "volunteer", "opportunity": "opportunity"},
    "uk": {"volunteer": "волонтер", "opportunity": "можливість"},
    "ru": {"volunteer": "волонтёр", "opportunity": "возможность"},
    "vi": {"volunteer": "tình nguyện viên", "opportunity": "hoạt động"},
}
_DID_YOU_MEAN = {
    "cs": " (myšleno {0}?)",
    "en": " (did you mean {0}?)",
    "uk": " (можливо, {0}?)",
    "ru": " (может быть, {0}?)",
    "vi": " (có phải {0}?)",
}
# "MČ" (městská část) and "район" carry the case, so a name stays as written: "v MČ Praha 8".
_LIVES = {
    "cs": "bydlí v MČ {home}",
    "en": "lives in {home}",
    "uk": "живе в районі {home}",
    "ru": "живёт в районе {home}",
    "vi": "sống ở {home}",
}
_GOES = {
    "cs": "dojíždí do MČ {via}",
    "en": "goes to {via}",
    "uk": "їздить до району {via}",
    "ru": "ездит в район {via}",
    "vi": "đi đến {via}",
}
# Interests the volunteer chose from the list rather than wrote.
_LISTED = {
    "cs": "uvedené zájmy odpovídají: {tags}",
    "en": "the interests listed fit: {tags}",
    "uk": "вказані інтереси відповідають: {tags}",
    "ru": "указанные интересы соответствуют: {tags}",
    "vi": "sở thích đã ghi phù hợp với: {tags}",
}
_OPEN = "…"
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# Free at every time the opportunity needs, and at the only one it needs.
_SCHEDULE_ALL = {
    "en": "free at all {listing_slots} times it needs",
    "cs": "má čas ve všech potřebných termínech ({listing_slots})",
    "uk": "вільний(-а) в усі потрібні часи ({listing_slots})",
    "ru": "свободен(-на) во все нужные периоды ({listing_slots})",
    "vi": "rảnh vào tất cả {listing_slots} khung giờ cần",
}
_SCHEDULE_ONE = {
    "en": "free at the one time it needs",
    "cs": "má čas v jediném potřebném termínu",
    "uk": "вільний(-а) в єдиний потрібний час",
    "ru": "свободен(-на) в единственное нужное время",
    "vi": "rảnh vào khung giờ duy nhất cần",
}


def _pick(table: dict[str, str], lang: str) -> str:
    return table.get(lang) or table["en"]


def format_day(iso: str | None, lang: str) -> str:
    """A date as people write it in ``lang``: 1. 9. 2026, 01.09.2026, 1 Sep 2026."""
    if not iso:
        return _OPEN
    try:
        d = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    if lang == "cs":
        return f"{d.day}. {d.month}. {d.year}"
    if lang in ("uk", "ru"):
        return f"{d:%d.%m.%Y}"
    if lang == "vi":
        return f"{d:%d/%m/%Y}"
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _at_level(level: str | None, lang: str) -> str:
    if level == "native":
        return _pick(_NATIVE, lang)
    if not level:
        return _pick(_UNKNOWN_LEVEL, lang)
    return _pick(_AT_LEVEL, lang).format(level=level)


def _language_sentence(reason: Reason, lang: str, f: dict) -> str | None:
    """The language findings, which depend on what was spoken at which level."""
    level, min_level = f.get("level"), f.get("min_level") or ""
    f["at_level"] = _at_level(level, lang)
    f["at_min"] = _pick(_MIN_IN_BRACKETS, lang).format(min_level=min_level) if min_level else ""
    if reason.kind == ReasonKind.LANGUAGE_MET:
        more = _AT_LEAST if min_level else _AS_REQUIRED
        f["min"] = _pick(more, lang).format(min_level=min_level)
        return None
    if reason.kind == ReasonKind.LANGUAGE_UNMET:
        if not f.get("spoken"):
            return _pick(_NOT_SPOKEN, lang).format(**f)
        if not level:
            return _pick(_NO_LEVEL, lang).format(**f)
    return None


def sentence(reason: Reason, lang: str, ctx: MatchContext, tags: list[str] | None = None) -> str:
    """The reason as one short sentence in ``lang`` (cs, en, uk, ru or vi; else English);
    ``tags``: the names of every interest the reason's phrase fits (see ``sentences``)."""
    lang = lang if lang in LANGS else "en"
    f = dict(reason.fields)
    if "language" in f:
        f["language"] = ctx.language_name(f["language"], lang)
        said = _language_sentence(reason, lang, f)
        if said is not None:
            return " ".join(said.split())
    if "languages" in f:
        f["languages"] = ", ".join(ctx.language_name(c, lang) for c in f["languages"])
    for key in ("home", "place", "via"):
        if f.get(key):
            f[key] = ctx.district_label(f[key])
    if "home" in f:
        f["lives"] = _pick(_GOES if f.get("via") else _LIVES, lang).format(**f)
    if "tag" in f:
        f["tag"] = ctx.tag_name(f["tag"], lang)
        f["tags"] = ", ".join(tags) if tags else f["tag"]
    if "side" in f:
        f["side"] = _pick(_SIDE, lang).get(f["side"], f["side"])
    if "interests" in f:
        f["interests"] = ", ".join(f["interests"])
    if reason.kind == ReasonKind.DISTRICT_UNKNOWN:
        sug = f.get("suggestions") or []
        f["suggest"] = _pick(_DID_YOU_MEAN, lang).format(", ".join(sug[:3])) if sug else ""
    for key in ("available_from", "available_until", "start", "end"):
        if key in f:
            f[key] = format_day(f[key], lang)
    template = _pick(_TEMPLATES[reason.kind], lang)
    if reason.kind == ReasonKind.INTEREST_MATCH and not f.get("phrase"):
        template = _pick(_LISTED, lang)
    if reason.kind == ReasonKind.SCHEDULE_OVERLAP and f.get("slots") == f.get("listing_slots"):
        template = _pick(_SCHEDULE_ONE if f.get("listing_slots") == 1 else _SCHEDULE_ALL, lang)
    text = template.format(**f)
    return " ".join(text.split())


def sentence_per_reason(
    reasons: tuple[Reason, ...] | list[Reason], lang: str, ctx: MatchContext
) -> list[str]:
    """Each reason's sentence; the interests one phrase fits share one sentence naming them
    all ("zájem „doučování dětí“ odpovídá: doučování, volnočasové aktivity s dětmi")."""
    lang = lang if lang in LANGS else "en"
    tags: dict[str, list[str]] = {}
    for reason in reasons:
        if reason.kind == ReasonKind.INTEREST_MATCH and "tag" in reason.fields:
            names = tags.setdefault(reason.fields.get("phrase") or "", [])
            name = ctx.tag_name(reason.fields["tag"], lang)
            if name not in names:
                names.append(name)
    return [
        sentence(r, lang, ctx, tags=tags.get(r.fields.get("phrase") or ""))
        if r.kind == ReasonKind.INTEREST_MATCH and "tag" in r.fields
        else sentence(r, lang, ctx)
        for r in reasons
    ]


def sentences(
    reasons: tuple[Reason, ...] | list[Reason], lang: str, ctx: MatchContext
) -> list[str]:
    """One sentence per finding, in the reasons' order (see ``sentence_per_reason``)."""
    return list(dict.fromkeys(sentence_per_reason(reasons, lang, ctx)))


_BELOW = {
    "en": "{language} {level} (asks {min_level})",
    "cs": "{language} {level} (chce {min_level})",
    "uk": "{language} {level} (потрібно {min_level})",
    "ru": "{language} {level} (нужно {min_level})",
    "vi": "{language} {level} (cần {min_level})",
}
_NEEDS = {
    "dates": {"en": "dates", "cs": "termíny", "uk": "дати", "ru": "даты", "vi": "ngày"},
    "age": {"en": "age", "cs": "věk", "uk": "вік", "ru": "возраст", "vi": "tuổi"},
}


def unmet_words(
    reasons: tuple[Reason, ...] | list[Reason], lang: str, ctx: MatchContext
) -> list[str]:
    """The requirements a pair misses, in a few words each: "čeština B1 (chce B2)",
    "ukrajinština", "termíny" — a level below the one asked for is said as such."""
    lang = lang if lang in LANGS else "en"
    words: list[str] = []
    for reason in reasons:
        f = reason.fields
        if reason.kind == ReasonKind.LANGUAGE_UNMET:
            name = ctx.language_name(f["language"], lang)
            if f.get("spoken") and f.get("level") and f.get("min_level"):
                level = _pick(_NATIVE, lang) if f["level"] == "native" else f["level"]
                words.append(
                    _pick(_BELOW, lang).format(language=name, level=level, min_level=f["min_level"])
                )
            else:
                words.append(name)
        elif reason.kind == ReasonKind.DATES_UNMET:
            words.append(_pick(_NEEDS["dates"], lang))
        elif reason.kind == ReasonKind.AGE_UNMET:
            words.append(_pick(_NEEDS["age"], lang))
    return words
