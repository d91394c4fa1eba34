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


@dataclass(frozen=True, slots=True)
class MatchRow:
    """One ranked partner: its id and label, the score, parts 0..1 and reasons in words."""

    other_id: int
    label: str
    score: float
    parts: dict[str, float]
    meets_requirements: bool
    unmet: tuple[str, ...]
    reasons: tuple[str, ...]
    #: The requirements missed, in words ("čeština B1 (chce B2)"); empty when all are met.
    unmet_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MatchView:
    """A ranking shaped for the Matching page."""

    subject: Any  # the Volunteer or Opportunity asked about
    rows: tuple[MatchRow, ...]
    relaxations: tuple[tuple[str, int, str], ...]  # (need, how many more, sentence)
    considered: int
    notes: tuple[str, ...]
    records: dict[int, Any]  # the partners' records by id (for messages)
    blocked: str = ""  # the volunteer may not be matched: "no_consent" | "consent_scope"
    excluded_no_consent: int = 0  # volunteers left out for want of consent


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

    def publish(
        self, target: Any, fmt: str = "site", progress: Any = None, keep_others: bool = False
    ) -> Any:
        """Export published listings as ``fmt`` into ``target`` (all or nothing); the report.

        ``progress`` is the worker's Progress: Cancel raises Cancelled, the old site stays.
        ``keep_others``: the person confirmed exporting beside files volmatch did not write."""
        from volmatch.cards import install
        from volmatch.exporting import export

        install()  # share card images drawn with Qt
        with self.db.session() as s:
            repo = self._repo()
            records = repo.load_opportunities(s, statuses=["published"])
            organizations = repo.list_organizations(s)
        # One process: forking workers out of a threaded Qt application is not safe.
        return export(
            records,
            fmt,
            target,
            organizations=organizations,
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
    def matcher(self, weights: dict[str, float] | None = None) -> Any:
        """The matcher over every listing and volunteer, built on first use and kept current."""
        from volmatch.matching.engine import Matcher
        from volmatch.matching.model import Weights

        with self._lock:
            if self._matcher is None:
                with self.db.session() as s:
                    repo = self._repo()
                    opportunities = repo.load_opportunities(s)
                    volunteers = repo.load_volunteers(s)
                self._matcher = Matcher(opportunities, volunteers, require_consent=True)
            if weights:
                self._matcher.weights = Weights(**weights)
            return self._matcher

    def rank_for_volunteer(
        self,
        volunteer_id: int,
        weights: dict[str, float] | None = None,
        only_published: bool = True,
        lang: str = "en",
    ) -> MatchView:
        """Listings for a volunteer, best first, with the unmet ones and their words."""
        from volmatch.matching.model import OpportunityFilter

        matcher = self.matcher(weights)
        volunteer = self.get_volunteer(volunteer_id)
        if volunteer is None:
            raise KeyError(volunteer_id)
        ranking = matcher.for_volunteer(
            volunteer, 50, include_unmet=True, filter=OpportunityFilter(enabled=only_published)
        )
        return self._view(matcher, ranking, lang, volunteer, "opportunity")

    def rank_for_opportunity(
        self, opportunity_id: int, weights: dict[str, float] | None = None, lang: str = "en"
    ) -> MatchView:
        matcher = self.matcher(weights)
        opportunity = self.get_opportunity(opportunity_id)
        if opportunity is None:
            raise KeyError(opportunity_id)
        ranking = matcher.for_opportunity(opportunity, 50, include_unmet=True)
        return self._view(matcher, ranking, lang, opportunity, "volunteer")

    def _view(self, matcher: Any, ranking: Any, lang: str, subject: Any, other: str) -> MatchView:
        ids = [getattr(m, f"{other}_id") for m in (*ranking.matches, *ranking.unmet_matches)]
        with self.db.session() as s:
            repo = self._repo()
            getter = repo.get_opportunity if other == "opportunity" else repo.get_volunteer
            records = {i: getter(s, i) for i in ids if i is not None}
        labels = {
            i: (r.title if other == "opportunity" else r.name) if r else str(i)
            for i, r in records.items()
        }
        from volmatch.matching.reasons import unmet_words

        rows = []
        for met, group in ((True, ranking.matches), (False, ranking.unmet_matches)):
            for m in group:
                other_id = getattr(m, f"{other}_id")
                rows.append(
                    MatchRow(
                        other_id,
                        labels.get(other_id, ""),
                        m.score,
                        m.parts.as_dict(),
                        met,
                        tuple(m.unmet),
                        tuple(matcher.sentences(m, lang)),
                        tuple(unmet_words(m.reasons, lang, matcher.context)),
                    )
                )
        relax = tuple(
            (r.need, r.count, matcher.describe_relaxation(r, lang)) for r in ranking.relaxations
        )
        from volmatch.matching.reasons import sentence

        notes = tuple(sentence(r, lang, matcher.context) for r in ranking.notes)
        return MatchView(
            subject,
            tuple(rows),
            relax,
            ranking.considered,
            notes,
            records,
            getattr(ranking, "blocked", ""),
            getattr(ranking, "excluded_no_consent", 0),
        )

    # --- overview -------------------------------------------------------------------
    def overview_counts(self) -> OverviewCounts:
        repo = self._repo()
        if hasattr(repo, "counts_by_district"):
            with self.db.session() as s:
                d = repo.counts_by_district(s, statuses=["published"])
                lang = repo.counts_by_language(s, statuses=["published"])
            return OverviewCounts(
                dict(d.opportunities),
                dict(d.volunteers),
                dict(lang.opportunities),
                dict(lang.volunteers),
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
