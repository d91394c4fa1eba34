"""The matcher: both indexes, the queries in both directions and the batch overview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace

import numpy as np

from volmatch.domain import Opportunity, Volunteer

from .context import Codes, MatchContext
from .explain import explain
from .index import CAUSE_AGE, CAUSE_DATES, OpportunityIndex, Scored
from .interests import Vocabulary, listing_tags
from .model import AGE, DATES, Match, OpportunityFilter, Ranking, Relaxation, Weights
from .query import VolunteerQuery, prepare_volunteer
from .reasons import sentences
from .scoring import top_order
from .volunteer_index import VolunteerIndex


class Matcher:
    """Ranks listings for a volunteer and volunteers for a listing, with reasons.

    Build it once from all records; keep it current with the ``upsert_*``/``remove_*``
    methods when one record changes.
    """

    def __init__(
        self,
        opportunities: Iterable[Opportunity] = (),
        volunteers: Iterable[Volunteer] = (),
        *,
        context: MatchContext | None = None,
        weights: Weights | None = None,
        require_consent: bool = False,
    ) -> None:
        # require_consent: profiles without consent to matching (volmatch.privacy.can_match)
        # are never proposed; for_volunteer answers them with Ranking.blocked.
        self.require_consent = require_consent
        self.context = context or MatchContext.default()
        self.weights = weights or Weights()
        self.languages = Codes()
        self.vocab = Vocabulary(self.context.terms, Codes(), self.context.term_owners)
        self.opportunities = OpportunityIndex(
            self.context, self.vocab, self.languages, opportunities
        )
        self.volunteers = VolunteerIndex(self.context, self.vocab, self.languages, volunteers)

    @classmethod
    def from_stored(
        cls,
        listings: dict[str, list] | None = None,
        volunteers: dict[str, list] | None = None,
        *,
        load_listings: Callable[[list[int]], dict[int, Opportunity]] | None = None,
        load_volunteers: Callable[[list[int]], dict[int, Volunteer]] | None = None,
        context: MatchContext | None = None,
        weights: Weights | None = None,
        require_consent: bool = False,
    ) -> Matcher:
        """A matcher over stored columns (``volmatch.storage.derived``): no domain record
        is built until one is shown; ``load_*(ids)`` give those."""
        from . import prepared

        m = cls(context=context, weights=weights, require_consent=require_consent)
        if listings is not None:
            m.opportunities = prepared.opportunity_index(
                m.context, m.vocab, m.languages, listings, load_listings or _none
            )
        if volunteers is not None:
            m.volunteers = prepared.volunteer_index(
                m.context, m.vocab, m.languages, volunteers, load_volunteers or _none
            )
        return m

    # -- keeping the indexes current ---------------------------------------------
    def upsert_opportunity(self, opp: Opportunity) -> None:
        self.opportunities.upsert(opp)

    def remove_opportunity(self, opportunity_id: int) -> bool:
        return self.opportunities.remove(opportunity_id)

    def upsert_volunteer(self, v: Volunteer) -> None:
        self.volunteers.upsert(v)

    def remove_volunteer(self, volunteer_id: int) -> bool:
        return self.volunteers.remove(volunteer_id)

    # -- queries ----------------------------------------------------------------
    def prepare(self, v: Volunteer, today: dt.date | None = None) -> VolunteerQuery:
        return prepare_volunteer(
            v, self.context, self.vocab, self.languages, today or dt.date.today()
        )

    def for_volunteer(
        self,
        v: Volunteer,
        top: int = 20,
        *,
        include_unmet: bool = False,
        filter: OpportunityFilter | None = None,
        today: dt.date | None = None,
    ) -> Ranking:
        """Listings for one volunteer: those meeting every requirement first, best first.

        ``include_unmet`` adds the best ``top`` listings missing a requirement
        (``Ranking.unmet_matches``); ``Ranking.relaxations`` counts them either way.
        """
        flt = filter or OpportunityFilter()
        today = flt.today or today or dt.date.today()
        if self.require_consent:
            allowed, reason = _can_match(v)
            if not allowed:
                return Ranking((), filter=OpportunityFilter(flt.enabled, today), blocked=reason)
        q = self.prepare(v, today)
        idx = self.opportunities
        scored = idx.score(q, self.weights)
        alive = idx.alive()
        cand = idx.proposable(today) if flt.enabled else alive
        ids = idx.cols["id"][: idx.size]

        def build(positions: np.ndarray) -> tuple[Match, ...]:
            # parts come from the index; explain only words the reasons
            idx.ensure(positions)
            return tuple(
                explain(
                    q,
                    idx.records[p],
                    self.context,
                    self.vocab,
                    self.languages,
                    self.weights,
                    int(ids[p]),
                    idx.slot_tags[p],
                    parts,
                )
                for p, parts in zip(positions, scored.parts_of(positions), strict=True)
            )

        return self._ranking(
            scored,
            cand,
            alive,
            ids,
            top,
            include_unmet,
            build,
            OpportunityFilter(flt.enabled, today),
            tuple(q.notes),
        )

    def for_opportunity(
        self,
        opp: Opportunity | int,
        top: int = 20,
        *,
        include_unmet: bool = False,
        today: dt.date | None = None,
    ) -> Ranking:
        """Volunteers for one listing (a record, or the id of one in the index)."""
        if isinstance(opp, int):
            found = self.opportunities.get(opp)
            if found is None:
                raise KeyError(f"no opportunity with id {opp} in the index")
            opp = found
        today = today or dt.date.today()
        vidx = self.volunteers
        scored = vidx.score(vidx.prepare(opp), self.weights, today)
        alive = vidx.alive()
        ids = vidx.cols["id"][: vidx.size]

        def build(positions: np.ndarray) -> tuple[Match, ...]:
            tags = listing_tags(self.vocab, opp.interests, opp.title, opp.description)
            vidx.ensure(positions)
            return tuple(
                explain(
                    self.prepare(vidx.records[p], today),
                    opp,
                    self.context,
                    self.vocab,
                    self.languages,
                    self.weights,
                    tags=tags,
                    parts=parts,
                )
                for p, parts in zip(positions, scored.parts_of(positions), strict=True)
            )

        if not self.require_consent:
            return self._ranking(scored, alive, alive, ids, top, include_unmet, build, None, ())
        allowed = alive & self._consent_mask()
        ranking = self._ranking(scored, allowed, allowed, ids, top, include_unmet, build, None, ())
        return replace(ranking, excluded_no_consent=int(alive.sum() - allowed.sum()))

    def _consent_mask(self) -> np.ndarray:
        vidx = self.volunteers
        return vidx.cols["consent"][: vidx.size] & vidx.cols["alive"][: vidx.size]

    def overview(
        self,
        top: int = 20,
        *,
        filter: OpportunityFilter | None = None,
        today: dt.date | None = None,
        reasons: bool = False,
    ) -> dict[int, Ranking]:
        """Every volunteer in the index against every listing, the best ``top`` each.

        Pairs missing a requirement are left out and not counted (``for_volunteer`` does
        that for one person). Without ``reasons`` only scores and parts are filled.
        """
        flt = filter or OpportunityFilter()
        today = flt.today or today or dt.date.today()
        idx = self.opportunities
        cand = idx.proposable(today) if flt.enabled else idx.alive()
        considered = int(cand.sum())
        ids = idx.cols["id"][: idx.size]
        out: dict[int, Ranking] = {}
        alive = self.volunteers.alive()
        if self.require_consent:
            alive = alive & self._consent_mask()
        self.volunteers.ensure(np.flatnonzero(alive))
        for slot in np.flatnonzero(alive):
            v = self.volunteers.records[slot]
            q = self.prepare(v, today)
            fast = idx.top(q, self.weights, cand, top)
            if fast is not None:
                pos, scores, parts_list = fast
            else:
                scored = idx.score(q, self.weights)
                pos = top_order(scored.score, ids, cand & (scored.n_unmet == 0), top)
                scores, parts_list = scored.score[pos], scored.parts_of(pos)
            if reasons:
                idx.ensure(pos)
                matches = tuple(
                    explain(
                        q,
                        idx.records[p],
                        self.context,
                        self.vocab,
                        self.languages,
                        self.weights,
                        int(ids[p]),
                        idx.slot_tags[p],
                        parts,
                    )
                    for p, parts in zip(pos, parts_list, strict=True)
                )
            else:
                matches = tuple(
                    Match(v.id, int(ids[p]), float(s), parts)
                    for p, s, parts in zip(pos, scores, parts_list, strict=True)
                )
            out[int(self.volunteers.cols["id"][slot])] = Ranking(
                matches, considered=considered, filter=OpportunityFilter(flt.enabled, today)
            )
        return out

    def explain(self, v: Volunteer, opp: Opportunity, today: dt.date | None = None) -> Match:
        """Parts, unmet needs and reasons of one pair."""
        q = self.prepare(v, today)
        return explain(q, opp, self.context, self.vocab, self.languages, self.weights)

    # -- words ------------------------------------------------------------------
    def sentences(self, match: Match, lang: str = "en") -> list[str]:
        return sentences(match.reasons, lang, self.context)

    def describe_relaxation(self, relax: Relaxation, lang: str = "en") -> str:
        return relaxation_sentence(relax, lang, self.context)

    # -- shared ------------------------------------------------------------------
    def _ranking(
        self, scored: Scored, cand, alive, ids, top, include_unmet, build, flt, notes
    ) -> Ranking:
        met = cand & (scored.n_unmet == 0)
        missing = cand & (scored.n_unmet > 0)
        matches = build(top_order(scored.score, ids, met, top))
        unmet_matches = build(top_order(scored.score, ids, missing, top)) if include_unmet else ()
        single = cand & (scored.n_unmet == 1)
        relax: dict[str, int] = {}
        if single.any():
            causes, counts = np.unique(scored.cause_of(np.flatnonzero(single)), return_counts=True)
            for cause, count in zip(causes.tolist(), counts.tolist(), strict=True):
                need = (
                    DATES
                    if cause == CAUSE_DATES
                    else AGE
                    if cause == CAUSE_AGE
                    else self.languages.names[cause]
                )
                relax[need] = relax.get(need, 0) + count
        relaxations = tuple(
            Relaxation(need, n) for need, n in sorted(relax.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        return Ranking(
            matches=matches,
            unmet_matches=unmet_matches,
            considered=int(cand.sum()),
            excluded_by_filter=int(alive.sum() - cand.sum()),
            unmet_total=int(missing.sum()),
            relaxations=relaxations,
            filter=flt,
            notes=notes,
        )


_RELAX = {
    "en": (
        "{n} more if you relax the {need} requirement",
        "{n} more if you relax the dates",
        "{n} more if you relax the minimum age",
    ),
    "cs": (
        "o {n} více, pokud zmírníte požadavek: {need}",
        "o {n} více, pokud zmírníte termíny",
        "o {n} více, pokud zmírníte minimální věk",
    ),
    "uk": (
        "ще {n}, якщо пом’якшити вимогу: {need}",
        "ще {n}, якщо пом’якшити дати",
        "ще {n}, якщо пом’якшити мінімальний вік",
    ),
    "ru": (
        "ещё {n}, если смягчить требование: {need}",
        "ещё {n}, если смягчить даты",
        "ещё {n}, если смягчить минимальный возраст",
    ),
    "vi": (
        "thêm {n} nếu nới lỏng yêu cầu: {need}",
        "thêm {n} nếu nới lỏng ngày",
        "thêm {n} nếu nới lỏng tuổi tối thiểu",
    ),
}


def _none(ids: list[int]) -> dict:
    return {}


def _can_match(v: Volunteer) -> tuple[bool, str]:
    from volmatch.privacy.consent import can_match

    return can_match(v)


def relaxation_sentence(relax: Relaxation, lang: str, ctx: MatchContext) -> str:
    """ "3 more if you relax the Czech requirement"."""
    lang = lang if lang in _RELAX else "en"
    lang_t, dates_t, age_t = _RELAX[lang]
    if relax.need == DATES:
        return dates_t.format(n=relax.count)
    if relax.need == AGE:
        return age_t.format(n=relax.count)
    name = ctx.language_name(relax.need, lang)
    if lang == "en":
        name = name[:1].upper() + name[1:]
    return lang_t.format(n=relax.count, need=name)
