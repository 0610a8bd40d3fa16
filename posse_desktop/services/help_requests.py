"""Tough projects: a question saved with the people who might help, and what came of asking.

Asking someone logs an "asked for help" interaction on their timeline; their help logs "got help"
(a favor received, in the ledger) with an optional thank-you follow-up date. Every write is one
transaction (the timeline's own write nests in it) and returns the Changes it made.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

import peewee

from posse_desktop.db import models as m
from posse_desktop.db.connection import database
from posse_desktop.domain import Changes, Interaction, InteractionKind
from posse_desktop.domain.help import CandidateStatus, HelpCandidateInfo, HelpRequestInfo
from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contact_refs import contact_names
from posse_desktop.services.localtime import local_now, to_local_naive
from posse_desktop.services.timeline import TimelineService

THANK_YOU_AFTER_DAYS = 1
_SUMMARY_CHARS = 120
_ASKED, _HELPED = "Asked for help", "Got help"


class HelpRequestNotFound(LookupError):
    pass


class HelpRequestsService:
    def __init__(self, clock: Clock = system_clock) -> None:
        self._clock = clock

    # --- writes -------------------------------------------------------------------------------

    def create(
        self,
        topic: str,
        candidate_ids: Iterable[int] = (),
        notes: str = "",
        *,
        request_id: int | None = None,
    ) -> tuple[int, Changes]:
        """Save a question (e.g. the ask pane's text) with its candidates, best first.

        Args:
            request_id: re-create a deleted request under its old id (redo after undo), so
                later edits that refer to it still apply.
        """
        topic = " ".join(topic.split())
        if not topic:
            raise ValueError("a help request needs a topic")
        with database.atomic():
            fixed_id = {"id": request_id} if request_id is not None else {}
            request = m.HelpRequest.create(
                topic=topic, notes=notes, created_at=self._now(), **fixed_id
            )
            self._add(request.id, candidate_ids)
        return request.id, Changes(help_requests=True)

    def add_candidates(self, request_id: int, contact_ids: Iterable[int]) -> Changes:
        with database.atomic():
            self._request(request_id)
            self._add(request_id, contact_ids)
        return Changes(help_requests=True)

    def mark_asked(
        self, request_id: int, contact_id: int, *, at: datetime | None = None
    ) -> Changes:
        """They were asked: status "asked", and an "asked for help" interaction on the timeline."""
        when = at or self._now()
        with database.atomic():
            request = self._request(request_id)
            cand = self._candidate(request_id, contact_id, create=True)
            cand.status, cand.asked_at = CandidateStatus.ASKED.value, when
            cand.save()
            self._log(InteractionKind.ASKED_FOR_HELP, _ASKED, request, contact_id, when)
        return self._changes(contact_id)

    def mark_helped(
        self,
        request_id: int,
        contact_id: int,
        *,
        outcome: str = "",
        thank_you: bool = True,
        thank_you_on: date | None = None,
        at: datetime | None = None,
    ) -> Changes:
        """They helped: logs "got help" (a favor received) with a thank-you follow-up.

        Args:
            thank_you: set a follow-up to thank them, on `thank_you_on` (default: the date that
                `suggested_thank_you_on` offers).
        """
        when = at or self._now()
        follow_up = (thank_you_on or self.suggested_thank_you_on(when)) if thank_you else None
        with database.atomic():
            request = self._request(request_id)
            cand = self._candidate(request_id, contact_id, create=True)
            cand.status, cand.outcome = CandidateStatus.HELPED.value, outcome.strip()
            if cand.asked_at is None:
                cand.asked_at = when
            cand.save()
            self._log(
                InteractionKind.GOT_HELP, _HELPED, request, contact_id, when, outcome, follow_up
            )
        return self._changes(contact_id)

    def mark_declined(self, request_id: int, contact_id: int, *, outcome: str = "") -> Changes:
        with database.atomic():
            self._request(request_id)
            cand = self._candidate(request_id, contact_id, create=True)
            cand.status, cand.outcome = CandidateStatus.DECLINED.value, outcome.strip()
            cand.save()
        return Changes(help_requests=True)

    def revert_candidate(
        self, request_id: int, before: HelpCandidateInfo, logged_at: datetime | None = None
    ) -> Changes:
        """Undo a mark: put the candidate back as `before` was, and delete what the mark logged.

        Args:
            logged_at: the `at` the mark was made with; the "asked for help" / "got help"
                interaction with this contact at that moment, for this request, is deleted.
        """
        contact_id = before.contact_id
        with database.atomic():
            request = self._request(request_id)
            hc = m.HelpCandidate
            hc.update(
                status=before.status.value,
                outcome=before.outcome,
                asked_at=before.asked_at,
                thanked_at=before.thanked_at,
            ).where((hc.request == request_id) & (hc.contact == contact_id)).execute()
            logged = self._logged(request, contact_id, logged_at) if logged_at else []
            if logged:
                TimelineService(self._clock).delete(logged)
        return self._changes(contact_id) if logged else Changes(help_requests=True)

    def mark_thanked(self, request_id: int, contact_id: int) -> Changes:
        with database.atomic():
            cand = self._candidate(request_id, contact_id, create=False)
            cand.thanked_at = self._now()
            cand.save()
        return Changes(help_requests=True)

    def close(self, request_id: int) -> Changes:
        return self._set_closed(request_id, self._now())

    def reopen(self, request_id: int) -> Changes:
        return self._set_closed(request_id, None)

    def delete(self, request_id: int) -> Changes:
        """Forget the request; the interactions it logged stay on the timeline."""
        with database.atomic():
            m.HelpRequest.delete().where(m.HelpRequest.id == request_id).execute()
        return Changes(help_requests=True)

    # --- reads --------------------------------------------------------------------------------

    def suggested_thank_you_on(self, helped_at: datetime | None = None) -> date:
        """The follow-up date offered for a thank-you: the day after the help."""
        return (helped_at or self._now()).date() + timedelta(days=THANK_YOU_AFTER_DAYS)

    def get(self, request_id: int) -> HelpRequestInfo:
        return self._infos([self._request(request_id)])[0]

    def list_requests(self, *, open_only: bool | None = None) -> list[HelpRequestInfo]:
        """Requests newest first: open ones (True), closed ones (False) or all (None)."""
        query = m.HelpRequest.select()
        if open_only is not None:
            query = query.where(m.HelpRequest.closed_at.is_null(open_only))
        rows = list(query.order_by(m.HelpRequest.created_at.desc(), m.HelpRequest.id.desc()))
        return self._infos(rows)

    # --- internals ----------------------------------------------------------------------------

    def _now(self) -> datetime:
        return local_now(self._clock)

    def _changes(self, contact_id: int) -> Changes:
        return Changes(contacts=frozenset({contact_id}), interactions=True, help_requests=True)

    def _request(self, request_id: int) -> m.HelpRequest:
        try:
            return m.HelpRequest.get_by_id(request_id)
        except peewee.DoesNotExist:
            raise HelpRequestNotFound(f"no help request with id {request_id}") from None

    def _candidate(self, request_id: int, contact_id: int, *, create: bool) -> m.HelpCandidate:
        hc = m.HelpCandidate
        row = hc.get_or_none((hc.request == request_id) & (hc.contact == contact_id))
        if row is None:
            if not create:
                raise HelpRequestNotFound(f"contact {contact_id} is not on request {request_id}")
            if not contact_names([contact_id]):
                raise LookupError(f"no contact with id {contact_id}")
            row = hc.create(request=request_id, contact=contact_id)
        return row

    def _add(self, request_id: int, contact_ids: Iterable[int]) -> None:
        ids = list(dict.fromkeys(contact_ids))
        known = contact_names(ids)
        missing = [cid for cid in ids if cid not in known]
        if missing:
            raise LookupError(f"no contact with id {', '.join(map(str, missing))}")
        rows = [{"request": request_id, "contact": cid} for cid in ids]
        if rows:
            m.HelpCandidate.insert_many(rows).on_conflict_ignore().execute()

    def _log(
        self,
        kind: InteractionKind,
        verb: str,
        request: m.HelpRequest,
        contact_id: int,
        when: datetime,
        details: str = "",
        follow_up: date | None = None,
    ) -> None:
        summary = _summary(verb, request.topic)
        TimelineService(self._clock).log(
            Interaction(when, kind, summary, [contact_id], details.strip(), follow_up)
        )

    def _logged(self, request: m.HelpRequest, contact_id: int, at: datetime) -> list[int]:
        i, ic = m.Interaction, m.InteractionContact
        kinds = [InteractionKind.ASKED_FOR_HELP.value, InteractionKind.GOT_HELP.value]
        summaries = [_summary(verb, request.topic) for verb in (_ASKED, _HELPED)]
        query = (
            i.select(i.id)
            .join(ic, on=ic.interaction == i.id)
            .where(
                (ic.contact == contact_id)
                & (i.occurred_at == to_local_naive(at))
                & i.kind.in_(kinds)
                & i.summary.in_(summaries)
            )
        )
        return [row.id for row in query]

    def _set_closed(self, request_id: int, value: datetime | None) -> Changes:
        with database.atomic():
            self._request(request_id)
            m.HelpRequest.update(closed_at=value).where(m.HelpRequest.id == request_id).execute()
        return Changes(help_requests=True)

    def _infos(self, requests: list[m.HelpRequest]) -> list[HelpRequestInfo]:
        if not requests:
            return []
        ids = [r.id for r in requests]
        hc = m.HelpCandidate
        by_request: dict[int, list[m.HelpCandidate]] = {}
        for row in hc.select().where(hc.request.in_(ids)).order_by(hc.id):
            by_request.setdefault(row.request_id, []).append(row)
        names = contact_names({c.contact_id for rows in by_request.values() for c in rows})
        return [
            HelpRequestInfo(
                id=r.id,
                topic=r.topic,
                notes=r.notes,
                created_at=r.created_at,
                closed_at=r.closed_at,
                candidates=tuple(
                    HelpCandidateInfo(
                        contact_id=c.contact_id,
                        name=names.get(c.contact_id, ""),
                        status=CandidateStatus(c.status),
                        asked_at=c.asked_at,
                        outcome=c.outcome,
                        thanked_at=c.thanked_at,
                    )
                    for c in by_request.get(r.id, [])
                ),
            )
            for r in requests
        ]


def _summary(verb: str, topic: str) -> str:
    summary = f"{verb}: {topic}"
    if len(summary) > _SUMMARY_CHARS:
        summary = summary[: _SUMMARY_CHARS - 1].rstrip() + "…"
    return summary
