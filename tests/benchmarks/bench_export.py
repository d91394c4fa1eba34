"""Export speed: ``scale`` published listings to the whole site plus every feed (``all``),
with and without share cards, against the time to only create the same files (the disk's
floor); and the demo data with cards.

Targets: the demo data under 5 s; at 100,000 listings within 1.3× of the disk's floor. The
cards are drawn once per listing and text, ahead of the export (``cardprep``: the app does
it in the background after listings change) or by the first export; both are measured. An
export into the folder of an earlier one takes over the pages and cards of the listings
that have not changed (``reuse``): measured with 1 % of the listings changed (the daily
case) and with none.
Each figure starts after the previous one's writes are flushed (not timed); the floor is
taken twice a run and every ratio is to the faster of the two, the stricter comparison (the
same files took 15.6 to 26.4 s to create from one run to the next on the 2-core machine).
Run alone: ``python tests/benchmarks/bench_export.py --scale 100000``, and not within six
minutes of deleting many files on ext4 without a journal: it skips the inodes freed in the
last one to six minutes (``recently_deleted()``), which makes creating files up to several
times slower and the figures a measure of that.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import BenchRow
from schedwatch import Watch

from volmatch.domain import (
    Commitment,
    LanguageNeed,
    Level,
    Opportunity,
    Scope,
    Status,
    Translation,
)
from volmatch.exporting import export
from volmatch.exporting.names import Names
from volmatch.exporting.parallel import available_workers

BASE_URL = "https://example.org/"

WORDS = [
    "pomoc",
    "doučování",
    "děti",
    "senioři",
    "zahrada",
    "park",
    "úklid",
    "kuchyně",
    "festival",
    "knihovna",
    "sport",
    "tlumočení",
    "ukrajinština",
    "čeština",
    "komunita",
    "sousedé",
    "hudba",
    "divadlo",
    "výtvarka",
    "zvířata",
    "útulek",
]


def listings(n: int, seed: int = 7) -> list[Opportunity]:
    """Deterministic listings with translations, dates and weekly schedules."""
    rnd = random.Random(seed)
    names = Names.default()
    districts = list(getattr(names.gazetteer, "municipal_districts", ())) or [
        f"Praha {i}" for i in range(1, 23)
    ]
    tags = sorted(getattr(names.taxonomy, "tags", {})) or ["education", "gardening", "culture"]
    base = dt.datetime(2025, 1, 1, 8, 0)
    out = []
    for i in range(1, n + 1):
        title = " ".join(rnd.choice(WORDS) for _ in range(4)).capitalize()
        description = " ".join(rnd.choice(WORDS) for _ in range(45)) + "."
        translations = {}
        if rnd.random() < 0.4:
            translations["en"] = Translation(f"Volunteering {i}", "Help wanted. " * 10)
        if rnd.random() < 0.3:
            translations["uk"] = Translation(f"Волонтерство {i}", "Потрібна допомога. " * 8)
        if rnd.random() < 0.03:
            translations["ru"] = Translation(f"Волонтёрство {i}", "Нужна помощь.")
        if rnd.random() < 0.03:
            translations["vi"] = Translation(f"Tình nguyện {i}", "Cần giúp đỡ.")
        scope = rnd.choices([Scope.DISTRICTS, Scope.CITYWIDE, Scope.REMOTE], [85, 10, 5])[0]
        commitment = rnd.choice(list(Commitment))
        start = dt.date(2025, 3, 1) + dt.timedelta(days=rnd.randrange(120))
        one_off = commitment is Commitment.ONE_OFF
        out.append(
            Opportunity(
                id=i,
                external_id=f"EXT-{i}",
                title=title,
                organization=f"Organizace {i % 500}",
                description=description,
                translations=translations,
                scope=scope,
                districts=(rnd.choice(districts),) if scope is Scope.DISTRICTS else (),
                address=f"Ulice {i % 300} {i % 97}",
                languages=(
                    LanguageNeed("cs", Level.B1, True),
                    LanguageNeed(rnd.choice(["uk", "en", "ru", "vi"])),
                ),
                interests=tuple(rnd.sample(tags, 2)),
                commitment=commitment,
                start_date=start if one_off or rnd.random() < 0.5 else None,
                end_date=start if one_off else None,
                schedule_mask=0 if one_off else rnd.getrandbits(21),
                contact_email=f"kontakt{i % 500}@example.org",
                url=f"https://example.org/nabidka/{i}",
                status=Status.PUBLISHED if rnd.random() < 0.9 else Status.DRAFT,
                notes="internal",
                created_at=base + dt.timedelta(minutes=i),
                updated_at=base + dt.timedelta(minutes=2 * i),
            )
        )
    return out


def _page_rows(records: list[Opportunity], names: Names, sample: int) -> list[BenchRow]:
    """Listing pages the old way (the Jinja2 template, per page) against the fast assembly,
    on the same sample of pages, each scaled up to every page of the export."""

    from volmatch.exporting.public import newest_time, select
    from volmatch.exporting.site import SiteWriter

    listings = select(records, today=newest_time(records).date())
    writer = SiteWriter(
        listings, names, now=newest_time(records), base_url="https://example.org/", feeds=True
    )
    pages = [(item, lang) for item in listings for lang in writer.pages[item.key]]
    chosen = pages[:: max(1, len(pages) // sample)][:sample]
    scale = len(pages) / len(chosen)
    gc.disable()  # as during export(); the same for both ways
    for item, lang in chosen:  # warm the phrase caches, as a whole export would have them
        writer.jinja_page(item, lang)
        writer._page(item, lang)
    start = time.perf_counter()
    for item, lang in chosen:
        writer.jinja_page(item, lang)
    naive = (time.perf_counter() - start) * scale
    start = time.perf_counter()
    for item, lang in chosen:
        writer._page(item, lang)
    fast = (time.perf_counter() - start) * scale
    gc.enable()
    note = f"{len(chosen):,} of {len(pages):,} pages timed, scaled up"
    naive_name = "listing pages, Jinja2 template per page (before), scaled"
    return [
        BenchRow(naive_name, naive, note=note),
        BenchRow("listing pages, assembled strings (now), scaled", fast, naive_name, note),
    ]


def _system() -> float:
    """System (kernel) CPU seconds of this process and its finished children: creating
    and deleting files is mostly kernel time."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_stime + kids.ru_stime


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def file_floor(
    sizes: list[tuple[str, int]], parent: str | None = None
) -> tuple[float, float, float]:
    """(wall, CPU, kernel CPU) of only creating the export's files with their sizes: one process,
    one ``os.open``/``os.write`` each, nothing rendered. The disk's share of the export.
    The files are left for the caller to delete (see :func:`run`)."""
    folder = tempfile.mkdtemp(prefix="volmatch-bench-floor-", dir=parent)
    blob = b"x" * max((size for _, size in sizes), default=0)
    dirs: dict[str, int] = {}
    _quiet()
    try:
        start, cpu, system = time.perf_counter(), time.process_time(), _system()
        for path, size in sizes:
            parent_dir, _, name = path.rpartition("/")
            fd_dir = dirs.get(parent_dir)
            if fd_dir is None:
                os.makedirs(os.path.join(folder, parent_dir), exist_ok=True)
                fd_dir = dirs[parent_dir] = os.open(os.path.join(folder, parent_dir), os.O_RDONLY)
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644, dir_fd=fd_dir)
            os.write(fd, blob[:size])
            os.close(fd)
        took, system = time.perf_counter() - start, _system() - system
        return took, time.process_time() - cpu, system
    finally:
        for fd in dirs.values():
            os.close(fd)


def _quiet() -> None:
    """Start a figure with nothing of the previous one still to write: flush the dirty
    pages (not timed) and let the writeback end. Without it the kernel writes an earlier
    export's gigabytes during the next figure, which then measures that (the floor taken
    right after two exports was a third slower than on a quiet disk)."""
    if hasattr(os, "sync"):
        os.sync()
    time.sleep(1)


def _floor_row(sizes: list[tuple[str, int]], scratch: str, which: str) -> BenchRow:
    """The disk's floor for the export with cards (:func:`file_floor`), taken twice a run:
    on this machine the same files took 15.6 to 26.4 s from one run to the next."""
    wall, cpu, system = file_floor(sizes, scratch)
    name = f"creating the same files only (the disk's floor, the export with cards; {which})"
    note = f"{len(sizes):,} files, CPU {cpu:.1f} s (kernel {system:.1f} s)"
    return BenchRow(name, wall, note=note)


def _settle() -> None:
    """Wait for the card cache's pruning an export left to a process of its own (not in
    the export's time by design), so that it does not run into the next figure."""
    from volmatch.exporting import cardcache

    for pruner in cardcache._pruners:
        pruner.wait()


@contextlib.contextmanager
def _replaced_kept(scratch: str):
    """Keep each folder an export replaces in ``scratch`` (deleted with it at the end)
    instead of deleting it in a process of its own. Between two publications a person
    makes that deleting has long ended; during a run it would either run into the next
    figure or, waited for, leave the disk slow to create files for minutes."""
    from volmatch.exporting import atomic

    count = iter(range(1_000_000))

    def keep(old: Path, files: int) -> None:
        os.replace(old, Path(scratch) / f"replaced-{next(count)}")

    real = atomic.discard
    atomic.discard = keep
    try:
        yield
    finally:
        atomic.discard = real


def _sizes(root: Path) -> list[tuple[str, int]]:
    out = []
    for folder, _, files in os.walk(root):
        rel = os.path.relpath(folder, root)
        for name in files:
            out.append((f"{rel}/{name}", os.path.getsize(os.path.join(folder, name))))
    return out


def _export_rows(records, names, scale: int, repeat: int, scratch: str, cards: bool):
    """(the export's row, the sizes of the files it wrote)."""
    from volmatch.exporting import cards as card_hook

    if cards:
        from volmatch.cards import install

        install()
    else:
        card_hook.register(None)
    times, cpus, spent, sizes, report = [], [], [], [], None
    for attempt in range(max(1, repeat)):
        out = Path(scratch) / f"out-{'cards' if cards else 'plain'}-{attempt}"
        if cards:  # kept for later exports, as the program does; empty for each attempt
            from volmatch.exporting import cardcache

            cardcache.use(Path(scratch) / f"card-cache-{attempt}")
        _quiet()
        own, kids = _cpu()
        system = _system()
        start = time.perf_counter()
        with Watch() as watch:
            report = export(records, "all", out, names=names, base_url=BASE_URL)
        times.append(time.perf_counter() - start)
        _settle()
        own2, kids2 = _cpu()
        cpus.append((own2 - own, kids2 - kids, _system() - system))
        spent.append(watch.spent.note())
        sizes = _sizes(out)
    card_hook.register(None)
    own, kids, system = cpus[len(cpus) // 2]
    where = f"; {spent[len(spent) // 2]}" if spent[len(spent) // 2] else ""
    note = (
        f"{report.listings:,} published, {report.files:,} files, "
        f"{report.bytes / 1e6:.0f} MB, {available_workers()} processes; "
        f"CPU {own + kids:.1f} s (main process {own:.1f} s, workers {kids:.1f} s; "
        f"kernel {system:.1f} s){where}; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    what = "with share cards" if cards else "without share cards"
    name = f"export all, {scale:,} listings, {what}: select, render, write, swap"
    return BenchRow(name, statistics.median(times), note=note), sizes


def _timed(work, cache: Path | None):
    """(seconds, CPU seconds, what ``work`` returned) with the Qt card renderer installed and
    the card cache ``cache`` (None: none)."""
    from volmatch.cards import install
    from volmatch.exporting import cards as card_hook

    install(cache=cache)
    _quiet()
    own, kids = _cpu()
    start = time.perf_counter()
    result = work()
    took = time.perf_counter() - start
    _settle()
    own2, kids2 = _cpu()
    card_hook.register(None)
    return took, own2 - own + kids2 - kids, result


def _prepare_row(records, names, scale: int, scratch: str) -> BenchRow:
    """The cards drawn ahead into an empty card cache (exporting/cardprep.py), as the app
    does in the background after listings change and ``volmatch cards`` does."""
    from volmatch.exporting import cardprep

    cache = Path(scratch) / "card-cache-prepared"
    took, cpu, done = _timed(lambda: cardprep.prepare(records, names=names), cache)
    note = (
        f"{done.drawn:,} cards drawn of {done.cards:,}; CPU {cpu:.1f} s; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    name = f"share cards drawn ahead, {scale:,} listings (background, before the export)"
    return BenchRow(name, took, note=note)


def _cards_export_row(records, names, out: Path, cache: Path | None, name: str) -> BenchRow:
    """The export with cards into ``out``: a new folder whose cards are all in ``cache``
    (filled by the first export, or drawn ahead), or an earlier export's folder again
    (``cache`` None), whose pages and cards of unchanged listings are taken over
    (exporting/reuse.py); the feeds, indexes and everything changed are written anew."""

    def work():
        return export(records, "all", out, names=names, base_url=BASE_URL)

    took, cpu, report = _timed(work, cache)
    note = f"{report.files:,} files; CPU {cpu:.1f} s; load average {os.getloadavg()[0]:.1f}"
    return BenchRow(name, took, note=note)


def _edited(records: list[Opportunity], every: int) -> list[Opportunity]:
    """``records`` with every ``every``-th one edited a day later: a new title (so new
    pages and cards) and a new description."""
    out = list(records)
    for i in range(0, len(out), every):
        r = out[i]
        later = r.updated_at + dt.timedelta(days=1)
        out[i] = dataclasses.replace(
            r, title=f"{r.title} (upraveno)", description=r.description + " Nově.", updated_at=later
        )
    return out


def _demo_row(scratch: str) -> BenchRow:
    """The demo data exported whole, with share cards (target < 5 s). Run last: it draws
    the cards in this process, which then holds a Qt application (workers fork from it)."""
    from volmatch.cards import install
    from volmatch.demo.dataset import demo_records
    from volmatch.exporting import cards as card_hook

    install()
    records, _ = demo_records(numbered=True)
    _quiet()
    start = time.perf_counter()
    report = export(
        records, "all", Path(scratch) / "demo", today=dt.date(2025, 1, 1), base_url=BASE_URL
    )
    took = time.perf_counter() - start
    _settle()
    card_hook.register(None)
    note = f"{report.listings} published, {report.files} files (target < 5 s)"
    return BenchRow("export all of the demo data, with share cards", took, note=note)


class _Rows(list):
    """The figures, each printed as soon as it is taken when ``show``: deleting a large run's
    output takes minutes on some disks, and the figures are wanted before that."""

    def __init__(self, show: bool) -> None:
        super().__init__()
        self.show = show

    def append(self, row: BenchRow) -> None:
        super().append(row)
        if self.show:
            self.say(row)

    def say(self, row: BenchRow) -> None:
        """Print ``row`` now (when ``show``) without counting it as a figure."""
        if self.show:
            print(f"{row.name}: {row.median_s:.2f} s  {row.note}", flush=True)


def run(scale: int, repeat: int, show: bool = False) -> list[BenchRow]:
    records = listings(scale)
    names = Names.default()
    rows = _Rows(show)
    # Nothing is deleted until every figure is taken: on ext4 without a journal, creating a
    # file right after many were deleted scans past each inode freed in the last minutes
    # (ext4's recently_deleted()), which made the same writes up to ten times slower.
    scratch = tempfile.mkdtemp(prefix="volmatch-bench-export-")
    try:
        plain, _ = _export_rows(records, names, scale, repeat, scratch, cards=False)
        rows.say(plain)
        with_cards, sizes = _export_rows(records, names, scale, repeat, scratch, cards=True)
        rows.say(with_cards)
        floors = [_floor_row(sizes, scratch, "first")]
        rows.append(floors[0])
        rows.append(_prepare_row(records, names, scale, scratch))
        new_folder = f"export all into a new folder, {scale:,} listings, share cards"
        folder = Path(scratch)
        prepared = _cards_export_row(
            records,
            names,
            folder / "out-prepared",
            folder / "card-cache-prepared",
            f"{new_folder} drawn ahead",
        )
        cached = _cards_export_row(
            records,
            names,
            folder / "out-cached",
            folder / "card-cache-0",
            f"{new_folder} from the first export's card cache",
        )
        # the floor again, before "again" deletes the first export's folder (deleting
        # slows creating files for minutes); each ratio is to the faster floor
        floors.append(_floor_row(sizes, scratch, "second"))
        rows.append(floors[1])
        wall = min(row.median_s for row in floors)
        with _replaced_kept(scratch):  # deleted at the end, with the rest
            edited = _edited(records, every=100)
            changed = _cards_export_row(  # replaces the prepared export's folder
                edited,
                names,
                folder / "out-prepared",
                None,
                f"export all again after {len(records) // 100:,} of {scale:,} listings changed "
                "(the daily case), share cards",
            )
            again = _cards_export_row(  # replaces the first export's folder
                records,
                names,
                folder / "out-cards-0",
                None,
                f"export all again, {scale:,} listings, nothing changed, share cards",
            )
        for row in (with_cards, plain, prepared, cached, changed, again):
            ratio = row.median_s / wall if wall else 0.0
            note = f"{row.note}; {ratio:.2f}× the disk's faster floor (target ≤ 1.3×)"
            rows.append(BenchRow(row.name, row.median_s, note=note))
        rows.append(_demo_row(scratch))
        for row in _page_rows(records, names, sample=min(2000, scale)):
            rows.append(row)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return list(rows)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}", flush=True)
    run(args.scale, args.repeat, show=True)
