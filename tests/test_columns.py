from volmatch.columns import transpose


def test_transpose_gives_one_list_per_column():
    rows = [(1, "a", None), (2, "b", True)]
    assert transpose(rows, 3) == [[1, 2], ["a", "b"], [None, True]]
    assert transpose(rows, 2) == [[1, 2], ["a", "b"]]
    assert transpose([], 2) == [[], []]
