"""``export()``: published listings -> a folder of site pages and feeds, written atomically."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from volmatch.collector import collector_paused
from volmatch.domain import Opportunity, Organization
from volmatch.errors import InputError, Issue, Problem
from volmatch.exporting import cardcache, cards, data, feeds, hsds, ics, ofn, reuse, social, tables
from volmatch.exporting.atomic import Tree, publish_with
from volmatch.exporting.names import Names
from volmatch.exporting.parallel import PARALLEL_FROM, available_workers, run_jobs
from volmatch.exporting.public import Listing, aware, fallback_order, newest_time, select
from volmatch.exporting.reuse import Keep
from volmatch.exporting.site import (
    PAGE_CHUNK,
    Job,
    SiteWriter,
    page_for,
    page_languages,
    site_languages,
)
from volmatch.paths import resource
from volmatch.progress import ProgressSink, check

CARD_CHUNK = 100  # listings per page-writing job with share cards (a job per 0.1 s of drawing)
CARDS_PARALLEL_FROM = 40  # listings; with cards, a second process pays off this early


@dataclass(frozen=True)
class ExportFormat:
    """One export format for the CLI and the publish dialog (which word it themselves)."""

    code: str
    files: tuple[str, ...]  # what a single-format export writes at the top of its folder
    standard: str = ""  # the published standard it follows, if any


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("site", ("index.html", "<lang>/", "embed/", "assets/")),
    ExportFormat("json", ("listings.json", data.SCHEMA_FILE)),
    ExportFormat("hsds", ("hsds.json", hsds.PROFILE_FILE), "Open Referral HSDS 3.0"),
    ExportFormat("ofn", (ofn.FILE,), "OFN Události 2020-07-01"),
    ExportFormat("ics", ("calendar-<lang>.ics",), "RFC 5545"),
    ExportFormat("atom", ("<lang>.atom",), "RFC 4287"),
    ExportFormat("csv", ("listings.csv",)),
    ExportFormat("social", ("<lang>/posts.txt", "<lang>/digest.txt")),
    ExportFormat("all", ("index.html", "<lang>/", "feeds/", "social/")),
)
FORMATS = tuple(f.code for f in EXPORT_FORMATS)


@dataclass(frozen=True)
class ExportReport:
    format: str
    out_dir: Path
    listings: int  # published listings written
    left_out: int  # records not published (draft, archived, expired, other districts/languages)
    languages: tuple[str, ...]
    files: int
    bytes: int
    district: str | None
    lang: str | None
    now: dt.datetime


class _Links:
    """Where a listing's page is, as seen from a file ``depth`` folders below the export root."""

    def __init__(
        self, listings: Sequence[Listing], base_url: str, with_site: bool, langs: tuple[str, ...]
    ) -> None:
        self.base = base_url.rstrip("/") + "/" if base_url else ""
        self.with_site = with_site
        self.langs = langs
        self.pages = {i.key: page_languages(i, langs) for i in listings}

    def path(self, item: Listing, lang: str) -> str:
        return f"{page_for(item, lang, self.pages[item.key])}/{item.key}.html"

    def relative(self, depth: int) -> Callable[[Listing, str], str]:
        def href(item: Listing, lang: str) -> str:
            if self.base:
                return self.base + self.path(item, lang)
            if self.with_site:
                return "../" * depth + self.path(item, lang)
            return item.url

        return href

    def absolute(self, item: Listing, lang: str) -> str:
        if self.base:
            return self.base + self.path(item, lang)
        return item.url


def _resolve_lang(lang: str | None, names: Names) -> str | None:
    if not lang:
        return None
    text = lang.strip()
    if re.fullmatch(r"[a-z]{2,3}", text):
        return text
    code = None
    if names.catalogue is not None:
        code = names.catalogue.resolve(text)
    if code:
        return code
    suggestions: tuple[str, ...] = ()
    if names.catalogue is not None and hasattr(names.catalogue, "suggest"):
        suggestions = tuple(names.catalogue.suggest(text))[:5]
    raise InputError(
        [
            Issue(
                Problem.UNKNOWN_LANGUAGE,
                column="lang",
                value=text,
                expected="an ISO 639-1 code such as 'uk' or a language name",
                suggestions=suggestions,
            )
        ]
    )


def _plan(
    records: Sequence[Opportunity],
    fmt: str,
    *,
    district: str | None,
    lang: str | None,
    now: dt.datetime | None,
    today: dt.date | None,
    base_url: str,
    organizations: Sequence[Organization],
    names: Names | None,
    contact: str = "",
    previous: str | None = None,
) -> tuple[list[Job], list[Listing], dict]:
    """The selected listings and the jobs that write the export's files."""
    if fmt not in FORMATS:
        raise InputError(
            [
                Issue(
                    Problem.BAD_CHOICE,
                    column="format",
                    value=fmt,
                    expected="one of " + ", ".join(FORMATS),
                )
            ]
        )
    names = names or Names.default()
    now = aware(now) if now is not None else newest_time(records)
    today = today or now.date()
    districts, district_name = (None, None)
    if district:
        districts, district_name = names.resolve_district(district)
    code = _resolve_lang(lang, names)
    listings = select(
        records, today=today, districts=districts, lang=code, organizations=organizations
    )
    everything = fmt == "all"
    with_site = everything or fmt == "site"
    langs = site_languages(listings)
    links = _Links(listings, base_url, with_site, langs)
    feed_dir = "feeds/" if everything else ""
    depth = 1 if everything else 0
    jobs: list[Job] = []
    keep = None  # what may be taken over from the export being replaced (reuse.py)
    if with_site and previous is not None:
        keep = _keep(previous, base_url, names, feeds=everything)
        if keep is not None:
            keep.prepare(listings, links.pages)

    if everything or fmt == "json":

        def json_job(sink) -> None:
            pages = {i.key: links.path(i, "cs") for i in listings} if with_site else {}
            path = feed_dir + "listings.json"
            pairs = data.listings_pairs(
                listings,
                names,
                now=now,
                district=district_name,
                lang=code,
                pages=pages,
                kept=reuse.kept(keep, sink, path),
            )
            reuse.write_pieces(sink, path, pairs)
            sink.add(
                feed_dir + data.SCHEMA_FILE, resource("schemas", data.SCHEMA_FILE).read_bytes()
            )

        jobs.append(json_job)
    if everything or fmt == "hsds":

        def hsds_job(sink) -> None:
            path = feed_dir + "hsds.json"
            extra, pairs = hsds.hsds_pairs(
                listings, names, now=now, kept_for=lambda e: reuse.kept(keep, sink, path, e)
            )
            reuse.write_pieces(sink, path, pairs, extra)
            profile = resource("schemas", hsds.PROFILE_FILE).read_bytes()
            sink.add(feed_dir + hsds.PROFILE_FILE, profile)

        jobs.append(hsds_job)
    if everything or fmt == "ofn":

        def ofn_job(sink) -> None:
            path = feed_dir + ofn.FILE
            kept = reuse.kept(keep, sink, path)
            reuse.write_pieces(sink, path, ofn.events_pairs(listings, names, links.absolute, kept))

        jobs.append(ofn_job)
    if everything or fmt == "ics":

        def ics_job(sink) -> None:
            pieces = ics.calendar_pieces(listings, names, langs, now=now, page_url=links.absolute)
            sink.add_pieces((feed_dir + f"calendar-{lang}.ics", piece) for lang, piece in pieces)

        jobs.append(ics_job)
    if everything or fmt == "social":

        def social_job(language: str) -> Job:
            social_dir = f"social/{language}/" if everything else f"{language}/"

            def job(sink) -> None:
                path = social_dir + "posts.txt"
                kept = reuse.kept(keep, sink, path)
                pairs = social.posts_pairs(listings, names, language, links.absolute, kept)
                reuse.write_pieces(sink, path, pairs)
                sink.add(
                    social_dir + "digest.txt",
                    social.digest(listings, names, language, now=now, link_for=links.absolute),
                )

            return job

        jobs += [social_job(language) for language in langs]
    if everything or fmt == "csv":
        jobs.append(
            lambda sink: sink.add_chunks(
                feed_dir + "listings.csv",
                tables.listings_csv_chunks(
                    listings, names, lang="cs", page_href=links.relative(depth)
                ),
            )
        )
    if everything or fmt == "atom":

        def atom_job(sink) -> None:
            for language in langs:
                self_href = f"{links.base}{feed_dir}{language}.atom" if links.base else ""
                site_href = f"{links.base}{language}/index.html" if links.base else ""
                sink.add(
                    feed_dir + f"{language}.atom",
                    feeds.atom_feed(
                        listings,
                        names,
                        language,
                        now=now,
                        page_href=links.relative(depth),
                        self_href=self_href,
                        site_href=site_href,
                    ),
                )

        jobs.append(atom_job)
    if with_site:
        writer = SiteWriter(
            listings,
            names,
            now=now,
            base_url=base_url,
            feeds=everything,
            pages=links.pages,
            contact=contact,
            previous=previous or "",
        )
        writer.keep = keep
        # at least eight chunks, so that two processes end together; smaller ones with share
        # cards, which cost far more than pages when they are drawn
        most = CARD_CHUNK if cards.renderer() else PAGE_CHUNK
        chunk = min(most, -(-len(listings) // 8))
        jobs += writer.jobs(chunk=max(1, chunk))
    info = {"district": district_name, "lang": code, "now": now, "languages": langs, "keep": keep}
    return jobs, listings, info


def _keep(previous: str, base_url: str, names: Names, *, feeds: bool) -> Keep | None:
    """What the export may take over from the one it replaces (reuse.py): nothing
    with reference data other than the program's own."""
    if not names.standard:
        return None
    with_cards = cards.renderer() is not None
    stamp = reuse.site_stamp(base_url=base_url, feeds=feeds, with_cards=with_cards)
    return Keep(previous, stamp) if stamp else None


def build(
    records: Sequence[Opportunity],
    fmt: str,
    *,
    district: str | None = None,
    lang: str | None = None,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
    base_url: str = "",
    organizations: Sequence[Organization] = (),
    names: Names | None = None,
    contact: str = "",
    fallbacks: dict[str, tuple[str, ...]] | None = None,
) -> tuple[Tree, list[Listing], dict]:
    """The files of an export in memory (``export`` writes them)."""
    with collector_paused(), fallback_order(fallbacks):
        jobs, listings, info = _plan(
            records,
            fmt,
            district=district,
            lang=lang,
            now=now,
            today=today,
            base_url=base_url,
            organizations=organizations,
            names=names,
            contact=contact,
        )
        tree = Tree()
        for job in jobs:
            job(tree)
    return tree, listings, info


def export(
    records: Sequence[Opportunity],
    fmt: str,
    out_dir: str | Path,
    *,
    district: str | None = None,
    lang: str | None = None,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
    base_url: str = "",
    organizations: Sequence[Organization] = (),
    names: Names | None = None,
    contact: str = "",
    fallbacks: dict[str, tuple[str, ...]] | None = None,
    workers: int | None = None,
    progress: ProgressSink | None = None,
    keep_others: bool = False,
) -> ExportReport:
    """Export published, still-valid listings as ``fmt`` into ``out_dir``, all or nothing.

    ``now`` stamps the output (default: the newest ``updated_at``, so the same data
    gives the same bytes); ``today`` decides what has expired (default: ``now``'s date).
    ``district`` (municipal or administrative) and ``lang`` narrow the listings.
    Files are written as they are made, by ``workers`` processes (default: one per
    core for a large export where forking is available, else 1); the output is the same.
    Raises InputError for an unknown format, district or language, or an unsafe target.
    ``progress`` hears of each finished job (a group of files); a cancel before the swap
    raises errors.Cancelled, removes the temporary folder and keeps the previous export.
    ``contact``: where the accessibility statement sends feedback (an e-mail address or a
    web page; default: the city's website). ``fallbacks``: {reader's language: languages
    to show an untranslated listing in}, default English then Czech for every language.
    Only the files of the previous export are replaced; other files in ``out_dir`` are
    refused (InputError) unless ``keep_others`` keeps them (atomic.publish_with).
    """
    with collector_paused(), fallback_order(fallbacks):
        jobs, listings, info = _plan(
            records,
            fmt,
            district=district,
            lang=lang,
            now=now,
            today=today,
            base_url=base_url,
            organizations=organizations,
            names=names,
            contact=contact,
            previous=str(Path(out_dir).absolute()),
        )
        if workers is None:
            start_from = CARDS_PARALLEL_FROM if cards.parallel_safe() else PARALLEL_FROM
            workers = available_workers() if len(listings) >= start_from else 1
        if cards.renderer() is not None and not cards.parallel_safe():
            workers = 1  # the card renderer may not be forked
        counts: list[tuple[int, int]] = []
        out = Path(out_dir)
        check(progress)

        def fill(tmp: Path) -> None:
            files, size, notes = run_jobs(jobs, tmp, workers, progress)
            counts.append((files, size))
            if info["keep"] is not None:
                reuse.save(tmp, info["keep"].stamp, notes)
            check(progress)  # the last chance before the swap

        publish_with(out, fill, keep_others=keep_others)
        if cards.renderer() is not None:
            cardcache.prune_after_export(len(listings))
    files, size = counts[0]
    return ExportReport(
        format=fmt,
        out_dir=out,
        listings=len(listings),
        left_out=len(records) - len(listings),
        languages=info["languages"],
        files=files,
        bytes=size,
        district=info["district"],
        lang=info["lang"],
        now=info["now"],
    )
