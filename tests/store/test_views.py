"""The analyst views of migration 0002: flat rows, names, labels, provenance, on both backends."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, insert, inspect, select, text

from tracker.records import Period
from tracker.store import models
from tracker.store.session import downgrade, make_engine, upgrade
from tracker.store.views import ANALYST_VIEWS

VIEW_NAMES = {"v_visits", "v_action_items", "v_trade_targets", "v_deportations"}


def _fp(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _provenance(doc_id: int, quote: str, **over: Any) -> dict[str, Any]:
    row = {
        "document_id": doc_id,
        "evidence": quote,
        "evidence_start": 3,
        "evidence_end": 3 + len(quote),
        "extractor_version": "t-1",
        "fingerprint": _fp(quote, over),
    }
    row.update(over)
    return row


def _period(prefix: str, period: Period) -> dict[str, Any]:
    return {
        f"{prefix}_start": period.start,
        f"{prefix}_end": period.end,
        f"{prefix}_precision": period.precision,
    }


def fill(engine: Engine) -> dict[str, int]:
    """One document, three actors and facts of every kind; returns their ids."""
    with engine.begin() as conn:
        doc = conn.execute(
            insert(models.Document).returning(models.Document.id),
            {
                "source": "notes/meeting.html",
                "sha256": "b" * 64,
                "title": "Встреча в Ташкенте",
                "raw_text": "raw",
                "cleaned_text": "clean",
                "published": date(2025, 5, 2),
            },
        ).scalar_one()
        actors = {}
        for name, kind in [
            ("Анна Petrova", "person"),
            ("Jean Martin", "person"),
            ("Ministry of Roads", "organisation"),
        ]:
            actors[name] = conn.execute(
                insert(models.Actor).returning(models.Actor.id), {"name": name, "kind": kind}
            ).scalar_one()
        visit = conn.execute(
            insert(models.Visit).returning(models.Visit.id),
            {
                **_provenance(doc, "a delegation came"),
                **_period("date", Period.day(date(2025, 4, 21))),
                "visitor_country": "UZB",
                "host_country": "AFG",
                "location": "Kabul",
                "visitor_id": actors["Анна Petrova"],
                "visitor_role": "deputy minister",
                "status": "held",
                "topics": ["rail", "energy"],
            },
        ).scalar_one()
        # Inserted out of order: the view must follow `position`, not insertion.
        conn.execute(
            insert(models.VisitCounterpart),
            [
                {"visit_id": visit, "position": 2, "actor_id": actors["Ministry of Roads"]},
                {"visit_id": visit, "position": 1, "actor_id": actors["Jean Martin"]},
            ],
        )
        bare_visit = conn.execute(
            insert(models.Visit).returning(models.Visit.id),
            {
                **_provenance(doc, "a visit is planned", entered_by="analyst"),
                "extractor_version": None,
                "host_country": "KAZ",
                "status": "planned",
                "topics": [],
            },
        ).scalar_one()
        item = conn.execute(
            insert(models.ActionItem).returning(models.ActionItem.id),
            {
                **_provenance(doc, "build the road", confirmed_by="reviewer"),
                **_period("due", Period.quarter(2025, 3)),
                "title": "Build the road",
                "responsible_id": actors["Ministry of Roads"],
                "status": "agreed",
            },
        ).scalar_one()
        target = conn.execute(
            insert(models.TradeTarget).returning(models.TradeTarget.id),
            {
                **_provenance(doc, "trade of 3 billion"),
                **_period("target_date", Period.half(2026, 2)),
                **_period("stated_on", Period.month(2025, 4)),
                "country_a": "AFG",
                "country_b": "UZB",
                "metric": "bilateral trade volume",
                "amount": Decimal("3000000000.50"),
                "currency": "USD",
                "comparator": "at_least",
                "stated_by_id": actors["Jean Martin"],
            },
        ).scalar_one()
        figures = {}
        for label, count in [("2024", 1200), ("ongoing", 5), (None, 7), ("2024-Q4", 300)]:
            figures[label] = conn.execute(
                insert(models.DeportationFigure).returning(models.DeportationFigure.id),
                {
                    **_provenance(doc, f"{count} people were returned"),
                    **_period("period", Period.parse(label)),
                    "count": count,
                    "from_country": "IRN",
                    "nationality": "AFG",
                    "cumulative": label == "2024",
                    "note": '=HYPERLINK("x")' if label == "2024-Q4" else None,
                },
            ).scalar_one()
    return {
        "doc": doc,
        "visit": visit,
        "bare_visit": bare_visit,
        "item": item,
        "target": target,
        **{f"fig {k}": v for k, v in figures.items()},
    }


def _rows(engine: Engine, kind: str) -> dict[int, dict[str, Any]]:
    view = ANALYST_VIEWS[kind]
    with engine.connect() as conn:
        return {r.id: dict(r._mapping) for r in conn.execute(select(view).order_by(view.c.id))}


def test_views_exist_with_the_agreed_columns(db: Engine) -> None:
    inspector = inspect(db)
    assert VIEW_NAMES <= set(inspector.get_view_names())
    for view in ANALYST_VIEWS.values():
        with db.connect() as conn:
            result = conn.execute(text(f"SELECT * FROM {view.name}"))
            assert list(result.keys()) == [c.name for c in view.columns], view.name


def test_visit_row_is_flat_with_names_labels_and_counterparts_in_order(db: Engine) -> None:
    ids = fill(db)
    rows = _rows(db, "visits")
    row = rows[ids["visit"]]
    assert row["date_start"] == date(2025, 4, 21)
    assert row["date_label"] == "2025-04-21"
    assert row["visitor_country_name"] == "Uzbekistan"
    assert row["host_country_name"] == "Afghanistan"
    assert row["visitor"] == "Анна Petrova"
    assert row["counterparts"] == "Jean Martin; Ministry of Roads"
    assert row["topics"].replace(" ", "") == '["rail","energy"]'
    assert row["document_title"] == "Встреча в Ташкенте"
    assert row["published"] == date(2025, 5, 2)
    assert row["source"] == "notes/meeting.html"
    assert row["human"] is False
    bare = rows[ids["bare_visit"]]
    assert bare["date_label"] is None
    assert bare["visitor"] is None and bare["counterparts"] is None
    assert bare["visitor_country_name"] is None
    assert bare["human"] is True


def test_action_item_and_trade_target_rows(db: Engine) -> None:
    ids = fill(db)
    item = _rows(db, "action_items")[ids["item"]]
    assert item["responsible"] == "Ministry of Roads"
    assert item["due_label"] == "2025-Q3"
    assert item["due_end"] == date(2025, 9, 30)
    assert item["document_title"] == "Встреча в Ташкенте"
    assert item["human"] is True
    target = _rows(db, "trade_targets")[ids["target"]]
    assert target["amount"] == Decimal("3000000000.50")
    assert (target["country_a_name"], target["country_b_name"]) == ("Afghanistan", "Uzbekistan")
    assert target["target_date_label"] == "2026-H2"
    assert target["stated_on_label"] == "2025-04"
    assert target["stated_by"] == "Jean Martin"


@pytest.mark.parametrize("label", ["2024", "ongoing", None, "2024-Q4"])
def test_deportation_labels_match_period_label(db: Engine, label: str | None) -> None:
    ids = fill(db)
    row = _rows(db, "deportations")[ids[f"fig {label}"]]
    assert row["period_label"] == Period.parse(label).label()
    assert row["from_country_name"] == "Iran" or row["from_country_name"].startswith("Iran")
    assert row["nationality_name"] == "Afghanistan"
    assert row["cumulative"] is (label == "2024")
    assert isinstance(row["count"], int)


def test_every_precision_label_matches_records(db: Engine) -> None:
    """The SQL label of each precision equals Period.label(), month by month."""
    periods = [Period.day(date(2024, 2, 29)), Period.ongoing(), Period.unknown()]
    periods += [Period.month(2023, m) for m in range(1, 13)]
    periods += [Period.quarter(2023, q) for q in range(1, 5)]
    periods += [Period.half(2023, h) for h in (1, 2)] + [Period.year(1999)]
    with db.begin() as conn:
        doc = conn.execute(
            insert(models.Document).returning(models.Document.id),
            {"source": "s", "sha256": "c" * 64, "raw_text": "r", "cleaned_text": "c"},
        ).scalar_one()
        conn.execute(
            insert(models.DeportationFigure),
            [
                {
                    **_provenance(doc, f"figure {i}"),
                    **_period("period", p),
                    "count": i,
                    "cumulative": False,
                }
                for i, p in enumerate(periods)
            ],
        )
    view = ANALYST_VIEWS["deportations"]
    with db.connect() as conn:
        got = dict(conn.execute(select(view.c.count, view.c.period_label)).all())
    assert got == {i: p.label() for i, p in enumerate(periods)}


def test_round_trip_drops_and_recreates_views(db_url: str) -> None:
    engine = make_engine(db_url)
    fill(engine)
    downgrade(engine, "0001")
    assert not VIEW_NAMES & set(inspect(engine).get_view_names())
    downgrade(engine, "base")
    upgrade(engine)
    assert VIEW_NAMES <= set(inspect(engine).get_view_names())
    fill(engine)
    assert len(_rows(engine, "deportations")) == 4
    engine.dispose()
