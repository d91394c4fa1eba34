from volmatch.columns import by_last_key, transpose


def test_transpose_gives_one_list_per_column():
    rows = [(1, "a", None), (2, "b", True)]
    assert transpose(rows, 3) == [[1, 2], ["a", "b"], [None, True]]
    assert transpose(rows, 2) == [[1, 2], ["a", "b"]]
    assert transpose([], 2) == [[], []]


def test_by_last_key_orders_the_columns_and_keeps_a_keys_last_values():
    keys, columns = by_last_key([3, 1, 3, 2], [["a", "b", "c", "d"], [10, 20, 30, 40]])
    assert keys == [1, 2, 3]
    assert columns == [["b", "d", "c"], [20, 40, 30]]
    ascending = (["x", "y"],)
    assert by_last_key([1, 5], ascending) == ([1, 5], [["x", "y"]])
    assert by_last_key([], [[], []]) == ([], [[], []])
