"""Reasons worded as short sentences in Czech, English or Ukrainian.

Language names come from the language catalogue, district labels from the gazetteer
and tag names from the taxonomy (through :class:`MatchContext`), in the same language.
"""

from __future__ import annotations

from .context import MatchContext
from .model import Reason, ReasonKind

LANGS = ("cs", "en", "uk")

_LEVEL = {
    "cs": {"native": "rodilý mluvčí"},
    "en": {"native": "native"},
    "uk": {"native": "рідна"},
}
_UNKNOWN_LEVEL = {"cs": "úroveň neuvedena", "en": "level not given", "uk": "рівень не вказано"}

T = ReasonKind
_TEMPLATES: dict[ReasonKind, dict[str, str]] = {
    T.LANGUAGE_MET: {
        "en": "speaks {language} ({level}) — required {language} {min_level} ✓",
        "cs": "mluví: {language} ({level}) — požadováno {language} {min_level} ✓",
        "uk": "володіє: {language} ({level}) — потрібно {language} {min_level} ✓",
    },
    T.LANGUAGE_UNMET: {
        "en": "required {language} {min_level} — {spoken} ✗",
        "cs": "požadováno {language} {min_level} — {spoken} ✗",
        "uk": "потрібно {language} {min_level} — {spoken} ✗",
    },
    T.LANGUAGE_WELCOME: {
        "en": "speaks {language} ({level}), which is welcome",
        "cs": "mluví: {language} ({level}), což je vítáno",
        "uk": "володіє: {language} ({level}), що вітається",
    },
    T.LANGUAGE_WELCOME_MISSING: {
        "en": "does not speak the welcome languages ({languages})",
        "cs": "nemluví vítanými jazyky ({languages})",
        "uk": "не володіє бажаними мовами ({languages})",
    },
    T.LANGUAGE_NONE_NEEDED: {
        "en": "no language requirements",
        "cs": "bez jazykových požadavků",
        "uk": "без мовних вимог",
    },
    T.DISTRICT_SAME: {
        "en": "lives in {home}, where the opportunity is",
        "cs": "bydlí v MČ {home}, kde se příležitost koná",
        "uk": "живе в районі {home}, де і можливість",
    },
    T.DISTRICT_ADMIN: {
        "en": "{lives}; the opportunity is in {place}, the same administrative district",
        "cs": "{lives}; příležitost je v MČ {place}, ve stejném správním obvodu",
        "uk": "{lives}; можливість у районі {place}, той самий адміністративний округ",
    },
    T.DISTRICT_NEIGHBOUR: {
        "en": "{lives}; the opportunity is in {place}, a neighbouring district",
        "cs": "{lives}; příležitost je v sousední MČ {place}",
        "uk": "{lives}; можливість у сусідньому районі {place}",
    },
    T.DISTRICT_TRAVEL: {
        "en": "will travel to {place}, where the opportunity is",
        "cs": "je ochoten/ochotna dojíždět do MČ {place}, kde se příležitost koná",
        "uk": "готовий(-а) їздити до району {place}, де можливість",
    },
    T.DISTRICT_FAR: {
        "en": "{lives}; the opportunity is in {place}, {km} km away",
        "cs": "{lives}; příležitost je v MČ {place}, {km} km daleko",
        "uk": "{lives}; можливість у районі {place}, за {km} км",
    },
    T.DISTRICT_CITYWIDE: {
        "en": "citywide: fits any district",
        "cs": "celá Praha: vyhovuje z každé čtvrti",
        "uk": "по всьому місту: підходить з будь-якого району",
    },
    T.DISTRICT_REMOTE: {
        "en": "remote: can be done from home",
        "cs": "na dálku: lze dělat z domova",
        "uk": "дистанційно: можна з дому",
    },
    T.DISTRICT_NOT_GIVEN: {
        "en": "district not given ({side}); distance not counted",
        "cs": "čtvrť neuvedena ({side}); vzdálenost se nepočítá",
        "uk": "район не вказано ({side}); відстань не враховано",
    },
    T.DISTRICT_UNKNOWN: {
        "en": "district '{text}' not recognised{suggest}; distance not counted",
        "cs": "čtvrť '{text}' nerozpoznána{suggest}; vzdálenost se nepočítá",
        "uk": "район '{text}' не розпізнано{suggest}; відстань не враховано",
    },
    T.INTEREST_MATCH: {
        "en": "'{phrase}' ≈ tag '{tag}' ({score})",
        "cs": "'{phrase}' ≈ štítek '{tag}' ({score})",
        "uk": "'{phrase}' ≈ тег '{tag}' ({score})",
    },
    T.INTEREST_NO_MATCH: {
        "en": "none of the interests ({interests}) fit this opportunity",
        "cs": "žádný ze zájmů ({interests}) neodpovídá této příležitosti",
        "uk": "жоден з інтересів ({interests}) не відповідає цій можливості",
    },
    T.INTEREST_NONE_GIVEN: {
        "en": "no interests given: interests count as neutral",
        "cs": "zájmy neuvedeny: počítají se neutrálně",
        "uk": "інтереси не вказано: враховано нейтрально",
    },
    T.INTEREST_UNRECOGNISED: {
        "en": "interests '{text}' not recognised: counted as neutral",
        "cs": "zájmy '{text}' nerozpoznány: počítají se neutrálně",
        "uk": "інтереси '{text}' не розпізнано: враховано нейтрально",
    },
    T.SCHEDULE_OVERLAP: {  # some of the times; see _SCHEDULE_ALL and _SCHEDULE_ONE
        "en": "free at {slots} of the {listing_slots} times it needs",
        # a number after a preposition would need its case ("ve 2", "ze 3"): a colon instead
        "cs": "má čas v potřebných termínech: {slots} z {listing_slots}",
        "uk": "вільний(-а) у потрібний час: {slots} з {listing_slots}",
    },
    T.SCHEDULE_NO_OVERLAP: {
        "en": "not free at the times it needs",
        "cs": "nemá čas v potřebných termínech",
        "uk": "не вільний(-а) у потрібний час",
    },
    T.SCHEDULE_NOT_STATED: {
        "en": "times not stated ({side}): counted as neutral",
        "cs": "časy neuvedeny ({side}): počítají se neutrálně",
        "uk": "час не вказано ({side}): враховано нейтрально",
    },
    T.DATES_UNMET: {
        "en": "available {available_from}–{available_until}, but it runs {start}–{end} ✗",
        "cs": "k dispozici {available_from}–{available_until}, ale koná se {start}–{end} ✗",
        "uk": "доступний(-а) {available_from}–{available_until}, але це {start}–{end} ✗",
    },
    T.AGE_UNMET: {
        "en": "minimum age {min_age}, volunteer is {age} ✗",
        "cs": "minimální věk {min_age}, dobrovolníkovi je {age} ✗",
        "uk": "мінімальний вік {min_age}, волонтеру {age} ✗",
    },
    T.AGE_UNKNOWN: {
        "en": "minimum age {min_age}; age not given",
        "cs": "minimální věk {min_age}; věk neuveden",
        "uk": "мінімальний вік {min_age}; вік не вказано",
    },
    T.EMPTY_PROFILE: {
        "en": "the profile is nearly empty: low confidence",
        "cs": "profil je téměř prázdný: nízká spolehlivost",
        "uk": "профіль майже порожній: низька надійність",
    },
}

_SIDE = {
    "cs": {"volunteer": "dobrovolník", "opportunity": "příležitost"},
    "en": {"volunteer": "volunteer", "opportunity": "opportunity"},
    "uk": {"volunteer": "волонтер", "opportunity": "можливість"},
}
_NOT_SPOKEN = {"cs": "nemluví", "en": "not spoken", "uk": "не володіє"}
_SPOKEN_AT = {"cs": "mluví na úrovni {level}", "en": "speaks it at {level}", "uk": "рівень {level}"}
_DID_YOU_MEAN = {"cs": " (myšleno {0}?)", "en": " (did you mean {0}?)", "uk": " (можливо, {0}?)"}
# "MČ" (městská část) and "район" carry the case, so a name stays as written: "v MČ Praha 8".
_LIVES = {"cs": "bydlí v MČ {home}", "en": "lives in {home}", "uk": "живе в районі {home}"}
_GOES = {"cs": "dojíždí do MČ {via}", "en": "goes to {via}", "uk": "їздить до району {via}"}
_LISTED = {
    "cs": "uvedený zájem '{tag}'",
    "en": "listed interest '{tag}'",
    "uk": "вказаний інтерес '{tag}'",
}
_OPEN = {"cs": "…", "en": "…", "uk": "…"}
# Free at every time the opportunity needs, and at the only one it needs.
_SCHEDULE_ALL = {
    "en": "free at all {listing_slots} times it needs",
    "cs": "má čas ve všech potřebných termínech ({listing_slots})",
    "uk": "вільний(-а) в усі потрібні часи ({listing_slots})",
}
_SCHEDULE_ONE = {
    "en": "free at the one time it needs",
    "cs": "má čas v jediném potřebném termínu",
    "uk": "вільний(-а) в єдиний потрібний час",
}


def sentence(reason: Reason, lang: str, ctx: MatchContext) -> str:
    """The reason as one short sentence in ``lang`` (cs, en or uk; others fall back to en)."""
    lang = lang if lang in LANGS else "en"
    f = dict(reason.fields)
    level = f.get("level")
    f["level"] = _LEVEL[lang].get(level, level) if level else _UNKNOWN_LEVEL[lang]
    f["min_level"] = _LEVEL[lang].get(f.get("min_level"), f.get("min_level")) or ""
    if "language" in f:
        if level:
            f["spoken"] = _SPOKEN_AT[lang].format(level=f["level"])
        else:
            f["spoken"] = _UNKNOWN_LEVEL[lang] if f.get("spoken") else _NOT_SPOKEN[lang]
        f["language"] = ctx.language_name(f["language"], lang)
    if "languages" in f:
        f["languages"] = ", ".join(ctx.language_name(c, lang) for c in f["languages"])
    for key in ("home", "place", "via"):
        if f.get(key):
            f[key] = ctx.district_label(f[key])
    if "home" in f:
        f["lives"] = (_GOES if f.get("via") else _LIVES)[lang].format(**f)
    if "tag" in f:
        f["tag"] = ctx.tag_name(f["tag"], lang)
    if "side" in f:
        f["side"] = _SIDE[lang].get(f["side"], f["side"])
    if "interests" in f:
        f["interests"] = ", ".join(f["interests"])
    if reason.kind == ReasonKind.DISTRICT_UNKNOWN:
        sug = f.get("suggestions") or []
        f["suggest"] = _DID_YOU_MEAN[lang].format(", ".join(sug[:3])) if sug else ""
    for key in ("available_from", "available_until", "start", "end"):
        if key in f and not f[key]:
            f[key] = _OPEN[lang]
    template = _TEMPLATES[reason.kind][lang]
    if reason.kind == ReasonKind.INTEREST_MATCH and not f.get("phrase"):
        template = _LISTED[lang]
    if reason.kind == ReasonKind.SCHEDULE_OVERLAP and f.get("slots") == f.get("listing_slots"):
        template = (_SCHEDULE_ONE if f.get("listing_slots") == 1 else _SCHEDULE_ALL)[lang]
    text = template.format(**f)
    return " ".join(text.split())
