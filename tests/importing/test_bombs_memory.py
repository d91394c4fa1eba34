"""Spreadsheet bombs read in a child process under a memory limit: a regression makes the
test fail (the child dies or runs out of memory) instead of taking the machine down."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import hostile_files as h

resource = pytest.importorskip("resource")

LIMIT = 1536 * 2**20  # address space of the child: the bombs ask for hundreds of GB
READ = """
import sys
from volmatch.errors import InputError
from volmatch.importing.spreadsheet import read_table
try:
    table = read_table(sys.argv[1])
except InputError as exc:
    print("REFUSED", exc)
else:
    print("READ", len(table.rows))
"""


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def read_in_child(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", READ, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limited,
    )
    assert done.returncode == 0, f"the reader died ({done.returncode}): {done.stderr[-500:]}"
    return done.stdout


@pytest.mark.parametrize(
    "build",
    [h.xlsx_corner_bomb, h.ods_repeat_bomb, lambda p: h.xlsx_long_cell(p, 40_000_000)],
    ids=["xlsx-corners", "ods-repeats", "xlsx-40mb-cell"],
)
def test_bombs_are_refused_within_the_memory_limit(tmp_path, build):
    suffix = ".ods" if build is h.ods_repeat_bomb else ".xlsx"
    path = build(tmp_path / f"bomb{suffix}")
    assert path.stat().st_size < 200_000
    assert read_in_child(path).startswith("REFUSED")


def test_the_child_reads_a_legitimate_file(tmp_path):
    path = h.xlsx_rows(tmp_path / "ok.xlsx", [["external_id", "title"], ["A-1", "Zahrada"]])
    assert read_in_child(path).strip() == "READ 1"


def test_the_isolated_reader_reads_in_a_child_and_words_its_death(tmp_path):
    from volmatch.errors import InputError
    from volmatch.importing.isolated import read_rows_isolated

    path = h.xlsx_rows(tmp_path / "ok.xlsx", [["external_id", "title"], ["A-1", "Žižkov"]])
    assert read_rows_isolated(path, None) == (
        "List1",
        [["external_id", "title"], ["A-1", "Žižkov"]],
    )
    with pytest.raises(InputError) as missing:
        read_rows_isolated(path, "Nope")
    assert "the name of one of its sheets: List1" in missing.value.issues[0].describe()
    # a limit no reading fits in stands for a file that would need gigabytes
    with pytest.raises(InputError) as died:
        read_rows_isolated(path, None, limit=16 * 2**20)
    assert "fits in 16 MB of memory" in died.value.issues[0].describe()
