"""Records to rows: store one document and its facts, idempotently, in the caller's transaction.

Storing the same content twice is a no-op (documents are unique by SHA-256).
Storing it again with a newer extractor version replaces that document's
machine-made facts and leaves every fact a person entered or confirmed alone
(issue 4, point 1). An older extractor never overwrites a newer one's facts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, event, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tracker import records
from tracker.store import models

LOGGER = logging.getLogger(__name__)

# Words that mark an actor's name as a body rather than a person ("Economic Affairs
# Departments", "Haqqani network", "Atameken"). Lower-case, matched as whole words.
ORGANISATION_WORDS = frozenset(
    {
        "agency", "agencies", "authority", "authorities", "bank", "board", "bureau",
        "chamber", "commission", "committee", "council", "court", "delegation",
        "department", "departments", "embassy", "emirate", "forces", "forum", "front",
        "government", "group", "institute", "league", "ministries", "ministry", "mission",
        "network", "office", "organisation", "organization", "parliament", "party",
        "secretariat", "service", "services", "taliban", "union", "nations",
        "ministerium", "regierung", "behörde", "kammer", "министерство", "правительство",
        "ministère", "gouvernement",
    }
)  # fmt: skip
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_ACRONYM_RE = re.compile(r"[A-ZА-Я]{2,}")


def actor_kind(name: str) -> str:
    """'organisation' for names of bodies (by keyword or acronym), else 'person'."""
    words = {w.lower() for w in _WORD_RE.findall(name)}
    if words & ORGANISATION_WORDS or _ACRONYM_RE.fullmatch(name.strip()):
        return "organisation"
    return "person"


def fingerprint(kind: str, fact: records.Fact) -> str:
    """SHA-256 of a fact's content (its contract fields without the evidence)."""
    payload = fact.to_contract()
    payload.pop("evidence", None)
    text = json.dumps([kind, payload], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def version_key(version: str | None) -> tuple[int, ...]:
    """A comparable key for an extractor version such as '0.2.1' (None sorts first)."""
    if not version:
        return ()
    return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.\-+]", version))


# session.info key: the actors this session (one document's transaction) has read or made
_ACTORS_KEY = "tracker.actors"
_LISTENING_KEY = "tracker.actors.listening"


def _known_actors(session: Session) -> dict[tuple[str, str], models.Actor]:
    known = session.info.get(_ACTORS_KEY)
    if known is None:
        known = session.info[_ACTORS_KEY] = {}
        if not session.info.get(_LISTENING_KEY):
            # a rollback, of a savepoint too, may undo actors made here: forget them all
            event.listen(session, "after_soft_rollback", _forget_actors)
            session.info[_LISTENING_KEY] = True
    return known


def _forget_actors(session: Session, previous_transaction: Any) -> None:
    session.info.pop(_ACTORS_KEY, None)


def get_or_create_actor(session: Session, name: str, country: str | None = None) -> models.Actor:
    """The actor of this name (created on first sight, with its country when known)."""
    name = name.strip()[:200]
    kind = actor_kind(name)
    # PERF: a document names the same people and bodies again and again; each is looked
    # up once per transaction (the session is the transaction's: a rollback drops it)
    known = _known_actors(session)
    actor = known.get((name, kind))
    if actor is None:
        # PERF: no flush first: pending facts cannot change which actor has this name,
        # and actors are flushed as soon as they are made (below)
        with session.no_autoflush:
            actor = session.scalars(
                select(models.Actor).where(models.Actor.name == name, models.Actor.kind == kind)
            ).first()
    if actor is not None:
        if actor.country_code is None and country is not None:
            actor.country_code = country
        known[(name, kind)] = actor
        return actor
    actor = models.Actor(name=name, kind=kind, country_code=country)
    try:
        # A savepoint, so a concurrent writer that created the same actor first
        # costs a re-read instead of the whole document's transaction.
        with session.begin_nested():
            session.add(actor)
            session.flush()
    except IntegrityError:
        actor = session.scalars(
            select(models.Actor).where(models.Actor.name == name, models.Actor.kind == kind)
        ).one()
    known[(name, kind)] = actor
    return actor


def _provenance(fact: records.Fact, version: str, fp: str, document_id: int) -> dict[str, Any]:
    ev = fact.evidence
    return {
        "document_id": document_id,
        "evidence": ev.quote,
        "evidence_start": ev.start,
        "evidence_end": ev.end,
        "rule": ev.rule[:100] or None,
        "extractor_version": version,
        "fingerprint": fp,
    }


def _period(prefix: str, period: records.Period) -> dict[str, Any]:
    return {
        f"{prefix}_start": period.start,
        f"{prefix}_end": period.end,
        f"{prefix}_precision": period.precision,
    }


def _visit_row(session: Session, fact: records.Visit, base: dict[str, Any]) -> models.Visit:
    visitor = (
        get_or_create_actor(session, fact.visitor, fact.visitor_country) if fact.visitor else None
    )
    row = models.Visit(
        **base,
        **_period("date", fact.date),
        visitor_country=fact.visitor_country,
        host_country=fact.host_country,
        location=(fact.location or None) and fact.location[:120],
        visitor_id=visitor.id if visitor else None,
        visitor_role=(fact.visitor_role or None) and fact.visitor_role[:120],
        status=fact.status,
        topics=list(fact.topics),
    )
    seen: set[int] = set()
    for name in fact.counterparts:
        if not name.strip():
            continue
        actor = get_or_create_actor(session, name)
        if actor.id in seen:
            continue
        seen.add(actor.id)
        row.counterparts.append(models.VisitCounterpart(position=len(seen), actor_id=actor.id))
    return row


def _fact_row(session: Session, kind: str, fact: Any, base: dict[str, Any]) -> Any:
    if kind == "visits":
        return _visit_row(session, fact, base)
    if kind == "action_items":
        responsible = get_or_create_actor(session, fact.responsible) if fact.responsible else None
        return models.ActionItem(
            **base,
            **_period("due", fact.due),
            title=fact.title,
            description=fact.description,
            responsible_id=responsible.id if responsible else None,
            status=fact.status,
        )
    if kind == "trade_targets":
        pair = sorted(set(fact.countries))
        stated_by = get_or_create_actor(session, fact.stated_by) if fact.stated_by else None
        return models.TradeTarget(
            **base,
            **_period("target_date", fact.target_date),
            **_period("stated_on", fact.stated_on),
            country_a=pair[0],
            country_b=pair[1] if len(pair) > 1 else None,
            metric=fact.metric[:100],
            amount=fact.amount,
            currency=fact.currency,
            comparator=fact.comparator,
            stated_by_id=stated_by.id if stated_by else None,
        )
    return models.DeportationFigure(
        **base,
        **_period("period", fact.period),
        count=fact.count,
        from_country=fact.from_country,
        nationality=fact.nationality,
        cumulative=fact.cumulative,
        note=fact.note,
    )


def _storable(kind: str, fact: Any) -> bool:
    """False for facts the schema cannot hold (a target with no country at all)."""
    if kind == "trade_targets":
        return bool(fact.countries)
    if kind == "visits":
        return fact.visitor_country is not None or fact.host_country is not None
    return True


def _kinds(extraction: records.Extraction) -> Iterable[tuple[str, tuple[Any, ...]]]:
    return (
        ("visits", extraction.visits),
        ("action_items", extraction.action_items),
        ("trade_targets", extraction.trade_targets),
        ("deportation_figures", extraction.deportation_figures),
    )


def _insert_facts(
    session: Session, document_id: int, extraction: records.Extraction, kept: set[str]
) -> int:
    """Insert the extraction's facts, skipping fingerprints already stored (`kept`)."""
    stored = 0
    for kind, facts in _kinds(extraction):
        for fact in facts:
            fp = fingerprint(kind, fact)
            if fp in kept or not _storable(kind, fact):
                continue
            kept.add(fp)
            base = _provenance(fact, extraction.extractor_version, fp, document_id)
            session.add(_fact_row(session, kind, fact, base))
            stored += 1
    session.flush()
    return stored


def find_document(session: Session, sha256: str) -> models.Document | None:
    """The stored document with this content hash, if any."""
    return session.scalars(select(models.Document).where(models.Document.sha256 == sha256)).first()


def save_document(
    session: Session, document: records.Document, extraction: records.Extraction
) -> records.IngestOutcome:
    """Store a document and its facts; skip it or replace its machine-made facts as needed."""
    existing = find_document(session, document.sha256)
    if existing is None:
        row = models.Document(
            source=document.source,
            title=document.title,
            publisher=document.publisher,
            published=document.published,
            language=document.language,
            sha256=document.sha256,
            raw_text=document.raw_text,
            cleaned_text=document.cleaned_text,
            extractor_version=extraction.extractor_version,
        )
        session.add(row)
        session.flush()
        facts = _insert_facts(session, row.id, extraction, set())
        return records.IngestOutcome(document.source, "stored", document_id=row.id, facts=facts)

    skipped = skip_outcome(document.source, existing, extraction.extractor_version)
    if skipped is not None:
        return skipped
    return _replace_machine_facts(session, existing, extraction)


def skip_outcome(
    source: str, existing: models.Document | None, version: str
) -> records.IngestOutcome | None:
    """The 'skipped' outcome when a stored copy's facts are as new as `version`'s, else None."""
    if existing is None or version_key(existing.extractor_version) < version_key(version):
        return None
    return records.IngestOutcome(
        source,
        "skipped",
        reason=f"same content as document {existing.id} ({existing.source})",
        document_id=existing.id,
    )


def _replace_machine_facts(
    session: Session, existing: models.Document, extraction: records.Extraction
) -> records.IngestOutcome:
    """Swap the machine-made facts of a stored document for a newer extractor's."""
    kept: set[str] = set()
    for model in models.FACT_MODELS.values():
        human = or_(model.entered_by.is_not(None), model.confirmed_by.is_not(None))
        kept.update(
            session.scalars(
                select(model.fingerprint).where(model.document_id == existing.id, human)
            )
        )
        session.execute(
            delete(model)
            .where(model.document_id == existing.id, ~human)
            .execution_options(synchronize_session=False)
        )
    existing.extractor_version = extraction.extractor_version
    facts = _insert_facts(session, existing.id, extraction, kept)
    return records.IngestOutcome(
        existing.source,
        "replaced",
        reason=f"facts re-extracted with extractor {extraction.extractor_version}",
        document_id=existing.id,
        facts=facts,
    )
