from PySide6.QtCore import Qt

from volmatch.gui.models.tablemodel import FastTableModel, TableData, collation_ranks
from volmatch.gui.models.tables import opportunity_table
from volmatch.text import fold


def table(titles: list[str], districts: list[str] | None = None) -> TableData:
    data = TableData(facets={"district": []})
    for i, title in enumerate(titles):
        district = (districts or ["Praha 1"] * len(titles))[i]
        data.ids.append(i + 1)
        data.rows.append((title, district))
        data.folded.append(fold(f"{title} {district}"))
        data.facets["district"].append((district,))
    return data


def titles(model: FastTableModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_model_passes_modeltester(qtmodeltester):
    model = FastTableModel(["Title", "District"])
    model.set_table(table(["Žižkov", "Karlín", "Chodov"]))
    qtmodeltester.check(model, force_py=True)
    model.sort(0)
    model.set_search("ov")
    qtmodeltester.check(model, force_py=True)


def test_search_ignores_case_and_diacritics(qapp):
    model = FastTableModel(["Title", "District"])
    model.set_table(table(["Zahrada na Žižkově", "Karlín", "ŽIŽKOV – doučování"]))
    model.set_search("zizkov")
    assert titles(model) == ["Zahrada na Žižkově", "ŽIŽKOV – doučování"]
    model.set_search("ŽIŽKOV –")
    assert titles(model) == ["ŽIŽKOV – doučování"]
    model.set_search("zizk")
    assert titles(model) == ["Zahrada na Žižkově", "ŽIŽKOV – doučování"]
    model.set_search("")
    assert model.rowCount() == 3


def test_typing_on_narrows_and_backspace_widens(qapp):
    model = FastTableModel(["Title", "District"])
    model.set_table(table(["abc", "abd", "xyz"]))
    model.set_search("a")
    model.set_search("ab")
    model.set_search("abc")
    assert titles(model) == ["abc"]
    model.set_search("ab")
    assert titles(model) == ["abc", "abd"]


def test_czech_collation_puts_ch_after_h(qapp):
    model = FastTableModel(["Title", "District"])
    model.set_table(table(["chata", "hrad", "cesta", "čaj", "Ábel", "zahrada", "Žatec"]))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert titles(model) == ["Ábel", "cesta", "čaj", "hrad", "chata", "zahrada", "Žatec"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert titles(model)[0] == "Žatec"


def test_ranks_sort_numbers_and_none():
    assert collation_ranks([None, 3, 1]) == [0, 2, 1]


def test_filters_combine_with_search_and_keep_sort(qapp):
    model = FastTableModel(["Title", "District"])
    model.set_table(table(["b zahrada", "a zahrada", "c dílna"], ["Praha 7", "Praha 7", "Praha 3"]))
    model.sort(0)
    model.set_filter("district", "Praha 7")
    assert titles(model) == ["a zahrada", "b zahrada"]
    model.set_search("b")
    assert titles(model) == ["b zahrada"]
    model.set_filter("district", None)
    assert titles(model) == ["b zahrada"]
    model.set_search("")
    assert titles(model) == ["a zahrada", "b zahrada", "c dílna"]


def test_sort_keeps_the_selected_row(qapp):
    model = FastTableModel(["Title", "District"])
    model.set_table(table(["b", "a", "c"]))
    from PySide6.QtCore import QPersistentModelIndex

    keep = QPersistentModelIndex(model.index(0, 0))  # "b"
    model.sort(0)
    assert keep.row() == 1 and keep.data() == "b"


def test_opportunity_rows_become_table_data():
    class Row:
        def __init__(self, **kw):
            self.__dict__.update(kw)

    rows = [
        Row(
            id=5,
            title="Doučování",
            organization="Charita",
            districts="Praha 7, Praha-Troja",
            languages="uk:B2 cs",
            interests="tutoring",
            status="published",
            valid_until=None,
            search="doucovani charita",
        )
    ]
    data = opportunity_table(rows)
    assert data.ids == [5]
    assert data.rows[0][:4] == ("Doučování", "Charita", "Praha 7, Praha-Troja", "uk, cs")
    assert data.facets["district"][0] == ("Praha 7", "Praha-Troja")
    assert data.facets["language"][0] == ("uk", "cs")
    assert data.folded[0] == "doucovani charita"


def test_search_typed_before_the_search_text_is_ready_applies_when_it_arrives(qapp):
    model = FastTableModel(["Title", "District"])
    data = table(["Žižkov", "Karlín"])
    data.pending_fold, data.folded = list(data.folded), []
    model.set_table(data)
    model.set_search("karl")
    assert model.rowCount() == 2  # not searchable yet: everything stays visible
    model.set_folded([fold(t) for t in data.pending_fold])
    assert titles(model) == ["Karlín"]
