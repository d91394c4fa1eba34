"""Organisation names compared without diacritics and legal forms, searched as typed."""

from volmatch.reference.orgnames import legal_forms, name_key, same, search, similar

NAMES = [
    "Komunitní centrum Holešovice, z. s.",
    "Komunitní centrum Kampa, z. ú.",
    "Centrum pro integraci cizinců, o. p. s.",
    "InBáze, z. s.",
    "Charita Praha",
    "Zahrada Troja spol. s r.o.",
]


def test_legal_forms_are_ignored_in_any_spelling():
    assert name_key("Komunitní centrum Holešovice, z. s.") == "komunitni centrum holesovice"
    for written in ("InBáze z.s.", "INBAZE, zapsaný spolek", "Inbaze zs", "InBáze"):
        assert same(written, "InBáze, z. s."), written
    assert name_key("Zahrada Troja spol. s r.o.") == "zahrada troja"
    assert name_key("Nadace Spolek") == "nadace spolek"  # only a trailing form goes
    assert "z s" in legal_forms() and "o p s" in legal_forms()


def test_search_finds_a_name_from_its_start_without_diacritics():
    assert search("komunitni centrum holes", NAMES)[0].name == NAMES[0]
    assert search("cizincu", NAMES)[0].name == NAMES[2]
    assert search("charita prha", NAMES)[0].name == "Charita Praha"  # a typo
    assert search("xyz", NAMES) == []
    assert [m.name for m in search("", NAMES, limit=2)] == NAMES[:2]


def test_similar_names_are_probably_the_same_organisation():
    assert [m.name for m in similar("Komunitni centrum Holesovice", NAMES)] == [NAMES[0]]
    assert [m.name for m in similar("Komunitní centrum Holesovice z.s.", NAMES)] == [NAMES[0]]
    assert similar("Komunitní centrum Holešovice, z. s.", NAMES) == []  # itself
    assert similar("Klub Hanoi", NAMES) == []
