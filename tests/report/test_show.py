"""`tracker show KIND ID`: a fact, its quote in context and its document, on both backends."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select, update
from typer.testing import CliRunner

from tracker import records
from tracker.cli import app
from tracker.records import Period
from tracker.report.facts import quote_context, resolve_kind
from tracker.store import models
from tracker.store.save import save_document
from tracker.store.session import transaction

LEAD = "Menu [Home] [World] Login. " + "Filler words about weather and markets. " * 12
QUOTE = "officials said 2,400 people were returned across the border in June"
TAIL = " Readers also liked [b]this[/b] story. " + "More unrelated closing words. " * 12
TEXT = LEAD + QUOTE + "." + TAIL


@pytest.fixture
def fact_ids(db: Engine) -> dict[str, int]:
    """Store one document with a deportation figure and a trade target; return their ids."""
    start = TEXT.index(QUOTE)
    target_quote = "Filler words about weather"
    document = records.Document(
        source="scraped/page.html",
        sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        raw_text=TEXT,
        cleaned_text=TEXT,
        language="en",
        title="Returns rise",
        published=date(2023, 7, 3),
    )
    extraction = records.Extraction(
        "scraped/page.html",
        "en",
        date(2023, 7, 3),
        "0.3.0",
        deportation_figures=(
            records.DeportationFigure(
                2400,
                records.Evidence(QUOTE, start, start + len(QUOTE)),
                Period.month(2023, 6),
                "IRN",
                "AFG",
            ),
        ),
        trade_targets=(
            records.TradeTarget(
                ("UZB", "TKM"),
                Decimal(5000000),
                "USD",
                records.Evidence(
                    target_quote,
                    TEXT.index(target_quote),
                    TEXT.index(target_quote) + len(target_quote),
                ),
            ),
        ),
    )
    with transaction(db) as session:
        save_document(session, document, extraction)
        figure = session.scalar(select(models.DeportationFigure.id))
        target = session.scalar(select(models.TradeTarget.id))
    assert figure is not None and target is not None
    return {"deportation": figure, "target": target}


def test_show_prints_the_quote_in_its_context(
    fact_ids: dict[str, int], db_url: str, runner: CliRunner
) -> None:
    result = runner.invoke(
        app, ["show", "deportation", str(fact_ids["deportation"]), "--db", db_url]
    )
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "2,400 people were returned across the border" in out
    # Scraped "[b]" and "[Home]" are printed as text, not swallowed as markup.
    assert "[b]this[/b]" in out
    assert "scraped/page.html" in out
    assert "machine-made" in out
    assert "0.3.0" in out


def test_show_json_has_fields_context_and_document(
    fact_ids: dict[str, int], db_url: str, runner: CliRunner
) -> None:
    result = runner.invoke(
        app,
        ["show", "deportations", str(fact_ids["deportation"]), "--db", db_url, "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["kind"] == "deportations"
    assert data["fields"]["count"] == 2400
    assert data["fields"]["period_label"] == "2023-06"
    ctx = data["context"]
    assert ctx["quote"] == QUOTE and ctx["offsets_match"] is True
    assert len(ctx["before"]) == 300
    assert (ctx["before"] + ctx["quote"] + ctx["after"]) in TEXT
    assert ctx["after"].startswith(". Readers also liked")
    assert data["document"]["language"] == "en"
    assert data["document"]["origin"] == "machine-made"


def test_show_marks_a_human_confirmed_fact(
    fact_ids: dict[str, int], db: Engine, db_url: str, runner: CliRunner
) -> None:
    with transaction(db) as session:
        session.execute(
            update(models.TradeTarget)
            .where(models.TradeTarget.id == fact_ids["target"])
            .values(confirmed_by="analyst")
        )
    result = runner.invoke(
        app, ["show", "target", str(fact_ids["target"]), "--db", db_url, "--format", "json"]
    )
    data = json.loads(result.stdout)
    assert data["document"]["origin"] == "confirmed or entered by a person"
    assert data["fields"]["country_a"] == "TKM"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "meeting", "1"], "unknown kind 'meeting'"),
        (["show", "visit", "999999"], "no visit with id 999999"),
        (["show", "action", "999999"], "no action item with id 999999"),
    ],
)
def test_bad_kind_or_id_is_one_clear_line(
    fact_ids: dict[str, int], db_url: str, runner: CliRunner, args: list[str], message: str
) -> None:
    result = runner.invoke(app, [*args, "--db", db_url])
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_kind_aliases() -> None:
    assert {resolve_kind(k) for k in ("visit", "Visits")} == {"visits"}
    assert {resolve_kind(k) for k in ("action", "action_items", "action-item")} == {"action_items"}
    assert {resolve_kind(k) for k in ("target", "trade_targets")} == {"trade_targets"}
    assert resolve_kind("deportation_figure") == "deportations"


def test_context_falls_back_to_searching_the_quote() -> None:
    text = "abc The quote here. def"
    ctx = quote_context(text, "The quote here.", 0, 15, width=3)
    assert (ctx.before, ctx.quote, ctx.after, ctx.located) == (
        "bc ",
        "The quote here.",
        " de",
        False,
    )
    missing = quote_context(text, "not there", 0, 9)
    assert missing.quote == "not there" and not missing.located
