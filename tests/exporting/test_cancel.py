"""Cancelling an export: the previous export byte-identical, no temporary folders left."""

from __future__ import annotations

import pytest

from volmatch.errors import Cancelled
from volmatch.exporting import export, parallel

from .test_atomic import digest
from .test_parallel import many

needs_fork = pytest.mark.skipif(
    parallel.available_workers() < 2, reason="forked workers need Linux and two cores"
)


class StopAfter:
    def __init__(self, n: int) -> None:
        self.n = n
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        return len(self.reports) >= self.n


def test_progress_reports_every_job(names, tmp_path):
    sink = StopAfter(10**9)
    export(many(30), "all", tmp_path / "out", names=names, progress=sink)
    total = sink.reports[-1][1]
    assert total > 3 and [d for d, _ in sink.reports] == list(range(total + 1))


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=needs_fork)])
@pytest.mark.parametrize("stop_after", [1, 3])
def test_a_cancel_keeps_the_previous_export(names, tmp_path, monkeypatch, workers, stop_after):
    from volmatch.exporting import site

    monkeypatch.setattr(site, "PAGE_CHUNK", 10)  # several jobs to stop between
    out = tmp_path / "site"
    export(many(40), "all", out, names=names)
    before = digest(out)
    sink = StopAfter(stop_after)
    with pytest.raises(Cancelled):
        export(many(80), "all", out, names=names, workers=workers, progress=sink)
    assert digest(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]
    assert len(sink.reports) == stop_after  # no job reported after the cancel


def test_a_cancel_after_the_last_job_keeps_the_previous_export(names, tmp_path):
    out = tmp_path / "site"
    export(many(5), "site", out, names=names)
    before = digest(out)
    counting = StopAfter(10**9)
    export(many(5), "csv", tmp_path / "probe", names=names, progress=counting)
    # "csv" has one job: reports 0/1 and 1/1; stop on the last report, before the swap
    with pytest.raises(Cancelled):
        export(many(7), "csv", out, names=names, progress=StopAfter(len(counting.reports)))
    assert digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["probe", "site"]
