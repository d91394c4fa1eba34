"""Reading a legacy .xls sheet in a child process under a memory limit.

The binary .xls container is not measured before calamine reads it (guard.py does that
for XLSX and ODS); a crafted file could make the reader allocate far beyond what a
sheet needs. The child runs with its address space limited: when it dies, the file is
refused with a worded reason and the app goes on. A frozen bundle (no interpreter to
start) or a system without ``resource`` (Windows) reads in-process, where the format's
own bounds (65,536 rows × 256 columns, a file of at most 32 MB) apply.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from volmatch.errors import InputError, Issue, Problem, Severity

CHILD_LIMIT = 1024 * 2**20  # address space of the reading process
CHILD_SECONDS = 300
_CHILD = "from volmatch.importing.isolated import child_main; child_main()"


def _can_isolate() -> bool:
    return os.name == "posix" and not getattr(sys, "frozen", False)


def read_rows_isolated(
    path: Path, sheet: str | None, limit: int = CHILD_LIMIT
) -> tuple[str, list[list[str]]]:
    """The sheet's name and cells as text, read by a memory-limited child process."""
    from volmatch.importing.spreadsheet import sheet_rows

    if not _can_isolate():
        return sheet_rows(path, sheet)

    def limited() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), "" if sheet is None else sheet],
            capture_output=True,
            timeout=CHILD_SECONDS,
            preexec_fn=limited,
        )
    except subprocess.TimeoutExpired:
        raise _refusal(path, f"a sheet read within {CHILD_SECONDS} s") from None
    if done.returncode != 0:
        raise _refusal(
            path,
            f"an .xls sheet that fits in {limit // 2**20} MB of memory (reading this one "
            "needed more: it may be damaged or built to exhaust memory); open it in Excel "
            "or LibreOffice and save it as .xlsx",
        )
    answer = json.loads(done.stdout)
    if "issues" in answer:
        raise InputError([_issue(i) for i in answer["issues"]])
    return answer["sheet"], answer["rows"]


def _refusal(path: Path, expected: str) -> InputError:
    return InputError([Issue(Problem.FILE_UNREADABLE, value=path.name, expected=expected)])


def _issue(data: dict) -> Issue:
    return Issue(
        Problem(data["problem"]),
        column=data["column"],
        row=data["row"],
        value=data["value"],
        expected=data["expected"],
        suggestions=tuple(data["suggestions"]),
        severity=Severity(data["severity"]),
    )


def child_main() -> None:
    """In the child: read the sheet, print JSON (the rows, or the issues of a refusal)."""
    from volmatch.importing.spreadsheet import sheet_rows

    path, sheet = Path(sys.argv[1]), sys.argv[2] or None
    try:
        name, rows = sheet_rows(path, sheet)
        answer: dict = {"sheet": name, "rows": rows}
    except InputError as exc:
        answer = {
            "issues": [
                {
                    "problem": i.problem.value,
                    "column": i.column,
                    "row": i.row,
                    "value": i.value,
                    "expected": i.expected,
                    "suggestions": list(i.suggestions),
                    "severity": i.severity.value,
                }
                for i in exc.issues
            ]
        }
    sys.stdout.write(json.dumps(answer, ensure_ascii=False))
