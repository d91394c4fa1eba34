"""The GUI's single doorway to the core: open a database, read rows, save, match.

Runs in worker threads (never touches Qt) and returns plain data: table rows as
tuples with a folded search text, domain records, the matcher's rankings. It
holds no business rules; it only shapes the core's answers for the views.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from volmatch.domain import Opportunity, Placement, Volunteer
from volmatch.gui.backend_matching import MatchRow, MatchView  # noqa: F401  (part of the API)
from volmatch.gui.models.tablemodel import TableData
from volmatch.gui.models.tables import (
    read_opportunity_table,
    tag_names,
    volunteer_table,
)

#: Columns of the opportunities table, in order.
OPPORTUNITY_COLUMNS = (
    "title",
    "organization",
    "districts",
    "languages",
    "interests",
    "status",
    "valid_until",
)
#: Columns of the volunteers table, in order.
VOLUNTEER_COLUMNS = ("name", "district", "languages", "interests", "consent_date")


@dataclass(frozen=True, slots=True)
class OverviewCounts:
    """Opportunities and volunteers per district and per language code."""

    opportunities_by_district: dict[str, int]
    volunteers_by_district: dict[str, int]
    opportunities_by_language: dict[str, int]
    volunteers_by_language: dict[str, int]
    placed_by_district: dict[str, int] | None = None  # placed/ended pairs, listing's district
    placed_by_language: dict[str, int] | None = None  # languages the placed volunteers speak
    hours: float = 0.0  # hours recorded on placed and ended pairs


def _same_version(old: Any, current: Any) -> Any:
    """``old`` carrying ``current``'s version, so the optimistic lock accepts an undo."""
    if hasattr(current, "version"):
        return replace(old, version=current.version)
    return old


class Backend:
    """An open database and, once asked for, the matcher's index over it."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._matcher: Any = None
        #: The listings' side prepared while the window was painted (gui/preload.py):
        #: a call that waits for it, taken by the first matcher() call.
        self.prepared: Any = None

    @classmethod
    def open(cls, url: str | None) -> Backend:
        from volmatch.storage.database import open_database

        return cls(open_database(url))

    def housekeeping(self) -> tuple[str, ...]:
        """Start-of-day work (daily backup, emptying the old trash); its problems in words."""
        from volmatch.storage.housekeeping import on_start

        return on_start(self.db).problems

    def close(self) -> None:
        self.db.dispose()

    @property
    def url(self) -> str:
        return str(self.db.url)

    @property
    def display_url(self) -> str:
        """The address without a password."""
        url = self.db.url
        if hasattr(url, "render_as_string"):
            return url.render_as_string(hide_password=True)
        from sqlalchemy.engine import make_url

        return make_url(str(url)).render_as_string(hide_password=True)

    # --- reading -----------------------------------------------------------------
    def _repo(self):
        from volmatch.storage import repository

        return repository

    def is_empty(self) -> bool:
        """No listings and no volunteers (one cheap query each, even at 100,000 rows)."""
        from sqlalchemy import select

        from volmatch.storage import models

        with self.db.engine.connect() as connection:
            for table in (models.Opportunity.__table__, models.Volunteer.__table__):
                if connection.execute(select(table.c.id).limit(1)).first() is not None:
                    return False
        return True

    def opportunity_table(self, lang: str = "en", ids: Any = None) -> TableData:
        """Rows for the listings table (all, or those of ``ids``); interests named in ``lang``."""
        return read_opportunity_table(self.db, tag_names(lang), ids)

    def volunteer_table(self, lang: str = "en") -> TableData:
        with self.db.session() as s:
            rows = self._repo().volunteer_rows(s)
        return volunteer_table(rows, tag_names(lang))

    def get_opportunity(self, record_id: int) -> Opportunity | None:
        with self.db.session() as s:
            return self._repo().get_opportunity(s, record_id)

    def get_volunteer(self, record_id: int) -> Volunteer | None:
        with self.db.session() as s:
            return self._repo().get_volunteer(s, record_id)

    def organizations(self) -> list[str]:
        with self.db.session() as s:
            return [o.name for o in self._repo().list_organizations(s)]

    def organizations_with_counts(self) -> list[Any]:
        """Every organization with its number of listings (storage.organizations)."""
        from volmatch.storage.organizations import organizations_with_counts

        with self.db.session() as s:
            return organizations_with_counts(s)

    def rename_organization(self, org_id: int, name: str) -> int:
        """Rename; how many listings show the new name (OrganizationError if refused)."""
        from volmatch.storage.organizations import rename_organization

        with self.db.session(write=True) as s:
            count = rename_organization(s, org_id, name)
        self._matcher = None
        return count

    def set_accreditation(self, org_id: int, accredited: bool, reference: str = "") -> bool:
        """Accredited under zákon č. 198/2002 Sb. or not (with the decision's reference)."""
        from volmatch.storage.organizations import set_accreditation

        with self.db.session(write=True) as s:
            return set_accreditation(s, org_id, accredited, reference)

    def merge_organizations(self, keep_id: int, other_ids: list[int]) -> int:
        """Merge ``other_ids`` into ``keep_id``; how many listings moved."""
        from volmatch.storage.organizations import merge_organizations

        with self.db.session(write=True) as s:
            moved = merge_organizations(s, keep_id, other_ids)
        self._matcher = None
        return moved

    def duplicate_candidates(self) -> list[tuple[int, str]]:
        """(id, "title organization") of every listing, for the fuzzy-duplicate warning."""
        table = read_opportunity_table(self.db)
        return [(i, f"{row[0]} {row[1]}") for i, row in zip(table.ids, table.rows, strict=True)]

    # --- writing -----------------------------------------------------------------
    def save_opportunity(self, record: Opportunity) -> int:
        with self.db.session(write=True) as s:
            repo = self._repo()
            new_id = repo.save_opportunities(s, [record])[0]
            saved = repo.get_opportunity(s, new_id)
        if self._matcher is not None and saved is not None:
            self._matcher.upsert_opportunity(saved)
        return new_id

    def save_volunteer(self, record: Volunteer) -> int:
        with self.db.session(write=True) as s:
            repo = self._repo()
            new_id = repo.save_volunteers(s, [record])[0]
            saved = repo.get_volunteer(s, new_id)
        if self._matcher is not None and saved is not None:
            self._matcher.upsert_volunteer(saved)
        return new_id

    def delete_opportunity(self, record_id: int) -> Opportunity | None:
        """Delete and return the record as it was (for undo)."""
        with self.db.session(write=True) as s:
            repo = self._repo()
            old = repo.get_opportunity(s, record_id)
            repo.delete_opportunity(s, record_id)
        if self._matcher is not None:
            self._matcher.remove_opportunity(record_id)
        return old

    def delete_volunteer(self, record_id: int) -> Volunteer | None:
        with self.db.session(write=True) as s:
            repo = self._repo()
            old = repo.get_volunteer(s, record_id)
            repo.delete_volunteer(s, record_id)
        if self._matcher is not None:
            self._matcher.remove_volunteer(record_id)
        return old

    def revert_opportunity(self, old: Opportunity) -> int:
        """Put a listing back as it was before the last edit (undo), over whatever it is now."""
        current = self.get_opportunity(old.id) if old.id is not None else None
        if current is None:
            return self.restore_opportunity(old)
        return self.save_opportunity(_same_version(old, current))

    def revert_volunteer(self, old: Volunteer) -> int:
        current = self.get_volunteer(old.id) if old.id is not None else None
        if current is None:
            return self.restore_volunteer(old)
        return self.save_volunteer(_same_version(old, current))

    def restore_opportunity(self, record: Opportunity) -> int:
        """Take a deleted listing out of the trash (older databases: store it again)."""
        return self._restore("opportunity", record, self.save_opportunity)

    def restore_volunteer(self, record: Volunteer) -> int:
        return self._restore("volunteer", record, self.save_volunteer)

    def _restore(self, entity: str, record: Any, save: Any) -> int:
        repo = self._repo()
        if record.id is not None and hasattr(repo, "restore_deleted"):
            with self.db.session(write=True) as s:
                restored = repo.restore_deleted(s, entity, record.id)
                again = (repo.get_opportunity if entity == "opportunity" else repo.get_volunteer)(
                    s, record.id
                )
            if restored and again is not None:
                if self._matcher is not None:
                    upsert = (
                        self._matcher.upsert_opportunity
                        if entity == "opportunity"
                        else self._matcher.upsert_volunteer
                    )
                    upsert(again)
                return record.id
        return save(replace(record, id=None))

    def conflict_for(self, record: Opportunity | Volunteer) -> Any:
        """After a CONFLICT on save: ``record`` against what is stored now (or None)."""
        with self.db.session() as s:
            return self._repo().conflict_for(s, record)

    def resolve_conflict(self, conflict: Any, choices: dict[str, str]) -> int:
        """Save the person's choice per field over the stored version; a record deleted for
        good meanwhile is stored again as new, one in the trash is taken out first."""
        repo = self._repo()
        mine = conflict.mine
        opportunity = isinstance(mine, Opportunity)
        save = self.save_opportunity if opportunity else self.save_volunteer
        if conflict.theirs is None:
            return save(replace(mine, id=None, version=None))
        theirs = conflict.theirs
        if conflict.deleted:
            with self.db.session(write=True) as s:
                repo.restore_deleted(s, "opportunity" if opportunity else "volunteer", mine.id)
                get = repo.get_opportunity if opportunity else repo.get_volunteer
                theirs = get(s, mine.id) or theirs
        return save(repo.merge(mine, theirs, choices))

    def save_placement(self, placement: Placement) -> int:
        with self.db.session(write=True) as s:
            return self._repo().save_placement(s, placement)

    def placements_for_volunteer(self, volunteer_id: int) -> list[Placement]:
        with self.db.session() as s:
            return self._repo().placements_for_volunteer(s, volunteer_id)

    def published_count(self) -> int:
        """How many listings are published (one cheap query)."""
        from sqlalchemy import func, select

        from volmatch.storage import models

        table = models.Opportunity.__table__
        query = select(func.count()).select_from(table).where(table.c.status == "published")
        with self.db.engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    def statement_contact(self) -> str:
        """The accessibility statement's feedback contact every user shares ("" for none)."""
        from volmatch.exporting.contact import stored_contact

        with self.db.session() as s:
            return stored_contact(s)

    def publish(
        self,
        target: Any,
        fmt: str = "site",
        progress: Any = None,
        keep_others: bool = False,
        contact: str | None = None,
    ) -> Any:
        """Export published listings as ``fmt`` into ``target`` (all or nothing); the report.

        ``progress`` is the worker's Progress: Cancel raises Cancelled, the old site stays.
        ``keep_others``: the person confirmed exporting beside files volmatch did not write.
        ``contact``: the statement's feedback contact, stored for everyone first (ValueError
        when it is neither an e-mail address nor a web page); None uses the stored one."""
        from volmatch.cards import install
        from volmatch.exporting.contact import save_contact
        from volmatch.exporting.from_database import export_published, read_published
        from volmatch.gui import publish_process
        from volmatch.paths import data_dir

        if contact is not None:
            with self.db.session(write=True) as s:
                save_contact(s, contact)
        if publish_process.possible() and self.published_count() >= publish_process.CHILD_FROM:
            # A process of its own reads the listings and forks workers as the command
            # line does: every core, the same bytes (this threaded Qt one may not fork).
            return publish_process.publish_in_child(
                self.db.url, target, fmt, _sink(progress), keep_others=keep_others
            )
        # Fallback (frozen builds, systems without fork, a few listings): in this process.
        install(cache=data_dir() / "card-cache")  # share card images drawn with Qt
        # Forking workers out of a threaded Qt application is not safe: one process.
        return export_published(
            read_published(self.db),
            fmt,
            target,
            workers=1,
            progress=_sink(progress),
            keep_others=keep_others,
        )

    def import_file(self, path: Any, kind: str, progress: Any = None, **options: Any) -> Any:
        """``importing.import_file`` on this database; Cancel rolls everything back."""
        from volmatch.importing import import_file

        report = import_file(self.db, path, kind, progress=_sink(progress), **options)
        if report.stored:
            self._matcher = None
        return report

    def read_columns(self, path: Any, mapping: Any = None) -> tuple[list[str], list[str]]:
        """The header of a CSV/XLSX/XLS/ODS file and its first non-empty value per column."""
        from volmatch.importing.spreadsheet import read_table

        m = mapping
        table = read_table(
            path,
            getattr(m, "encoding", None),
            getattr(m, "delimiter", None),
            getattr(m, "sheet", None),
        )
        examples = []
        for i in range(len(table.header)):
            cell = next((r[i] for r in table.rows[:50] if i < len(r) and r[i].strip()), "")
            examples.append(cell)
        return list(table.header), examples

    def load_demo(self, progress: Any = None) -> Any:
        from volmatch.demo import load_demo

        result = load_demo(self.db, progress=_sink(progress))
        self._matcher = None
        return result

    def take_in_changes(self, change: Any) -> None:
        """Bring the matcher up to date with records changed elsewhere (a DatabaseChange)."""
        with self._lock:
            matcher = self._matcher
            if matcher is None:
                return
            if change.unknown:
                self._matcher = None  # rebuilt when next asked
                return
            with self.db.session() as s:
                repo = self._repo()
                for record_id in change.ids("opportunity"):
                    record = repo.get_opportunity(s, record_id)
                    if record is None:
                        matcher.remove_opportunity(record_id)
                    else:
                        matcher.upsert_opportunity(record)
                for record_id in change.ids("volunteer"):
                    record = repo.get_volunteer(s, record_id)
                    if record is None:
                        matcher.remove_volunteer(record_id)
                    else:
                        matcher.upsert_volunteer(record)
            if None in change.records.get("volunteer", ()):
                self._matcher = None  # an erased person: their id is gone from the trail

    # --- matching ---------------------------------------------------------------------
    def matcher(self, progress: Any = None, sides: tuple[str, ...] | None = None) -> Any:
        """The matcher over every listing and volunteer, kept current.

        Each side is read from the stored matching columns when a query first needs it
        (records only for the pairs shown); with ``progress`` (warming up) ``sides`` (both:
        the listings first) are read now, and it hears of rows derived again (new reference
        data)."""
        from volmatch.matching.stored import LISTINGS, VOLUNTEERS, matcher_from_database

        with self._lock:
            if self._matcher is None:
                self._matcher = self._prepared_matcher() or matcher_from_database(
                    self.db, require_consent=True
                )
            matcher = self._matcher
        sink = _sink(progress)
        if sink is not None:
            for side in sides or (LISTINGS, VOLUNTEERS):
                with self._lock:  # a query asked meanwhile waits for one side, not both
                    if self._matcher is not matcher:
                        break
                    matcher.progress = lambda done, total: sink.report(done, total)
                    try:
                        getattr(matcher, side)
                    finally:
                        matcher.progress = None
        return matcher

    def _prepared_matcher(self) -> Any:
        """The matcher prepared at start, when no record changed since (else None)."""
        prepared, self.prepared = self.prepared, None
        if prepared is None:
            return None
        found = prepared()
        return found.attach(self.db) if found is not None else None

    def rank_for_volunteer(
        self, volunteer_id: int, only_published: bool = True, lang: str = "en", **kw: Any
    ) -> MatchView:
        """Listings for a volunteer through the one matching service (backend_matching)."""
        from volmatch.gui import backend_matching

        return backend_matching.rank_for_volunteer(self, volunteer_id, only_published, lang, **kw)

    def rank_for_opportunity(self, opportunity_id: int, lang: str = "en", **kw: Any) -> MatchView:
        from volmatch.gui import backend_matching

        return backend_matching.rank_for_opportunity(self, opportunity_id, lang, **kw)

    # --- overview -------------------------------------------------------------------
    def overview_counts(self) -> OverviewCounts:
        repo = self._repo()
        if hasattr(repo, "counts_by_district"):
            with self.db.session() as s:
                from volmatch.storage.counts import placed_counts, volunteered_hours

                d = repo.counts_by_district(s, statuses=["published"])
                lang = repo.counts_by_language(s, statuses=["published"])
                placed = placed_counts(s)
                hours = volunteered_hours(s)
            return OverviewCounts(
                dict(d.opportunities),
                dict(d.volunteers),
                dict(lang.opportunities),
                dict(lang.volunteers),
                placed.opportunities,
                placed.volunteers,
                hours,
            )
        opp = self.opportunity_table()
        vol = self.volunteer_table()

        def count(facet: list[tuple[str, ...]]) -> dict[str, int]:
            counter: Counter[str] = Counter()
            for values in facet:
                counter.update(v for v in values if v)
            return dict(counter)

        return OverviewCounts(
            count(opp.facets["district"]),
            count(vol.facets["district"]),
            count(opp.facets["language"]),
            count(vol.facets["language"]),
        )


def _sink(progress: Any) -> Any:
    """The core's ProgressSink for a worker Progress (or None)."""
    return progress.sink() if progress is not None else None
