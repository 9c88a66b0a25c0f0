"""Storing documents and facts: idempotent, re-extraction replaces only machine-made facts."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select, update

from tracker import records
from tracker.store import models
from tracker.store.save import (
    actor_kind,
    fingerprint,
    get_or_create_actor,
    save_document,
    version_key,
)
from tracker.store.session import transaction

TEXT = (
    "The Uzbek foreign minister travelled to Kabul on Monday. "
    "Both sides aim to lift trade to $2 billion. Iran deported 900 Afghans in May 2024."
)


def _ev(quote: str, rule: str = "test") -> records.Evidence:
    start = TEXT.index(quote)
    return records.Evidence(quote, start, start + len(quote), rule)


def _document(text: str = TEXT) -> records.Document:
    return records.Document(
        source="note.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        raw_text=text,
        cleaned_text=text,
        language="en",
        published=date(2024, 6, 3),
    )


def _extraction(version: str, count: int = 900) -> records.Extraction:
    return records.Extraction(
        document="note.txt",
        language="en",
        published=date(2024, 6, 3),
        extractor_version=version,
        visits=(
            records.Visit(
                "UZB",
                "AFG",
                _ev("The Uzbek foreign minister travelled to Kabul"),
                date=records.Period.day(date(2024, 6, 3)),
                location="Kabul",
                visitor="Bakhtiyor Saidov",
                visitor_role="Foreign Minister",
                counterparts=("Amir Khan Muttaqi", "Ministry of Commerce"),
                topics=("trade",),
            ),
        ),
        trade_targets=(
            records.TradeTarget(
                ("UZB", "AFG"),
                Decimal(2000000000),
                "USD",
                _ev("lift trade to $2 billion"),
            ),
        ),
        deportation_figures=(
            records.DeportationFigure(
                count,
                _ev("Iran deported 900 Afghans in May 2024"),
                period=records.Period.month(2024, 5),
                from_country="IRN",
                nationality="AFG",
            ),
        ),
    )


def _count(engine: Engine, model: type) -> int:
    with transaction(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_new_document_is_stored_with_provenance(db: Engine) -> None:
    with transaction(db) as session:
        outcome = save_document(session, _document(), _extraction("1.0.0"))
    assert (outcome.status, outcome.facts) == ("stored", 3)
    with transaction(db) as session:
        doc = session.scalars(select(models.Document)).one()
        figure = session.scalars(select(models.DeportationFigure)).one()
        visit = session.scalars(select(models.Visit)).one()
        names = session.scalars(
            select(models.Actor.name)
            .join(models.VisitCounterpart, models.VisitCounterpart.actor_id == models.Actor.id)
            .order_by(models.VisitCounterpart.position)
        ).all()
        target = session.scalars(select(models.TradeTarget)).one()
    assert doc.cleaned_text[figure.evidence_start : figure.evidence_end] == figure.evidence
    assert figure.extractor_version == "1.0.0" and figure.document_id == doc.id
    assert (figure.period_start, figure.period_end) == (date(2024, 5, 1), date(2024, 5, 31))
    assert visit.topics == ["trade"]
    assert names == ["Amir Khan Muttaqi", "Ministry of Commerce"]
    assert (target.country_a, target.country_b, target.amount) == (
        "AFG",
        "UZB",
        Decimal(2000000000),
    )


def test_same_content_again_is_skipped(db: Engine) -> None:
    for _ in range(2):
        with transaction(db) as session:
            outcome = save_document(session, _document(), _extraction("1.0.0"))
    assert outcome.status == "skipped"
    assert _count(db, models.Document) == 1
    assert _count(db, models.DeportationFigure) == 1


def test_newer_extractor_replaces_machine_facts_and_keeps_human_ones(db: Engine) -> None:
    with transaction(db) as session:
        save_document(session, _document(), _extraction("1.0.0"))
        # An analyst confirmed the visit; the figure stays machine-made.
        session.execute(update(models.Visit).values(confirmed_by="analyst"))
    with transaction(db) as session:
        outcome = save_document(session, _document(), _extraction("1.1.0", count=950))
    assert outcome.status == "replaced"
    with transaction(db) as session:
        counts = session.scalars(select(models.DeportationFigure.count)).all()
        visits = session.scalars(select(models.Visit)).all()
        version = session.scalar(select(models.Document.extractor_version))
    assert counts == [950]
    assert len(visits) == 1 and visits[0].confirmed_by == "analyst"
    assert visits[0].extractor_version == "1.0.0"
    assert version == "1.1.0"


def test_older_extractor_never_overwrites_newer_facts(db: Engine) -> None:
    with transaction(db) as session:
        save_document(session, _document(), _extraction("2.0.0", count=950))
    with transaction(db) as session:
        outcome = save_document(session, _document(), _extraction("1.9.9", count=10))
    assert outcome.status == "skipped"
    with transaction(db) as session:
        assert session.scalars(select(models.DeportationFigure.count)).all() == [950]


def test_fingerprint_ignores_evidence_but_not_content() -> None:
    a = _extraction("1").deportation_figures[0]
    b = _extraction("1", count=901).deportation_figures[0]
    assert fingerprint("deportation_figures", a) != fingerprint("deportation_figures", b)
    assert fingerprint("deportation_figures", a) == fingerprint("deportation_figures", a)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Serik Zhumangarin", "person"),
        ("Economic Affairs Departments", "organisation"),
        ("Haqqani network", "organisation"),
        ("UNHCR", "organisation"),
        ("Ishaq Dar", "person"),
    ],
)
def test_actor_kind(name: str, kind: str) -> None:
    assert actor_kind(name) == kind


def test_version_key_orders_numerically() -> None:
    assert version_key("0.10.0") > version_key("0.9.1") > version_key(None)


def test_a_name_said_again_in_one_document_is_one_actor(db: Engine) -> None:
    with transaction(db) as session:
        first = get_or_create_actor(session, "Amir Khan Muttaqi")
        again = get_or_create_actor(session, " Amir Khan Muttaqi ", "AFG")
        assert again is first and again.country_code == "AFG"
    with transaction(db) as session:
        later = get_or_create_actor(session, "Amir Khan Muttaqi")
        assert later.id == first.id
        assert session.scalar(select(func.count()).select_from(models.Actor)) == 1


def test_an_actor_undone_by_a_rollback_is_not_handed_out_again(db: Engine) -> None:
    with transaction(db) as session:
        kept = get_or_create_actor(session, "Ministry of Commerce")
        savepoint = session.begin_nested()
        undone = get_or_create_actor(session, "Bakhtiyor Saidov")
        savepoint.rollback()  # the actor made inside is gone from the database
        again = get_or_create_actor(session, "Bakhtiyor Saidov")
        assert again is not undone
        assert get_or_create_actor(session, "Ministry of Commerce").id == kept.id
    with transaction(db) as session:
        names = session.scalars(select(models.Actor.name).order_by(models.Actor.name)).all()
    assert names == ["Bakhtiyor Saidov", "Ministry of Commerce"]
