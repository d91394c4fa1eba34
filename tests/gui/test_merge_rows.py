"""Rows changed elsewhere merged into a loaded table: search text and Czech sort order kept."""

from volmatch.gui.models.tablemodel import TableData, collation_ranks, czech_collator
from volmatch.gui.models.tables import merge_rows
from volmatch.text import fold


def _table(ids, titles) -> TableData:
    return TableData(
        ids=list(ids),
        rows=[(t,) for t in titles],
        folded=[fold(t) for t in titles],
        facets={"status": [("published",)] * len(ids)},
        ranks={0: collation_ranks(list(titles))},
    )


def test_new_and_changed_rows_sort_in_czech_order_without_collating_all_again():
    old = _table([1, 2, 3, 4], ["Cvičení", "hudba", "Zahrada", "Abeceda"])
    fresh = TableData(
        ids=[2, 9],
        rows=[("chata",), ("Čtení",)],
        pending_fold=["chata", "Čtení"],
        facets={"status": [("draft",), ("published",)]},
    )
    merged = merge_rows(old, fresh, {2, 4, 9}, column=0, collator=czech_collator())
    assert merged.ids == [1, 3, 2, 9]  # 4 was deleted, 2 changed, 9 is new
    assert merged.folded == ["cviceni", "zahrada", "chata", "cteni"]
    order = sorted(range(len(merged.ids)), key=merged.ranks[0].__getitem__)
    assert [merged.rows[i][0] for i in order] == ["Cvičení", "Čtení", "chata", "Zahrada"]
    assert merged.facets["status"][2] == ("draft",)
