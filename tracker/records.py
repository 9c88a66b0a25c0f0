"""Plain records that flow through tracker: documents, periods, evidence and facts.

Every room (ingest, extract, store, report) speaks in these frozen dataclasses;
this module imports nothing from tracker. `to_contract()` renders a record in
the shape of the fact contract (`shared/eval/FACTS.md`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

PRECISIONS = ("day", "month", "quarter", "half", "year", "ongoing", "unknown")
VISIT_STATUSES = ("held", "planned")
ACTION_STATUSES = ("proposed", "agreed", "ongoing", "done")
COMPARATORS = ("at_least", "more_than", "up_to", "exactly")
KINDS = ("visits", "action_items", "trade_targets", "deportation_figures")

_LABEL_RE = re.compile(
    r"(?P<y>\d{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?"
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, order=True)
class Period:
    """A span of time at the precision the text gives: "Q1 2024", "21/04/2025", "ongoing".

    `start` and `end` are inclusive; both are None for "ongoing" and "unknown".
    """

    start: date | None = None
    end: date | None = None
    precision: str = "unknown"

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")
        if (self.start is None) != (self.end is None):
            raise ValueError("a period has both a start and an end, or neither")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(f"period starts after it ends: {self.start} > {self.end}")
        if self.precision in ("ongoing", "unknown") and self.start is not None:
            raise ValueError(f"a period of precision {self.precision!r} has no dates")
        if self.precision not in ("ongoing", "unknown") and self.start is None:
            raise ValueError(f"a period of precision {self.precision!r} needs dates")

    @classmethod
    def unknown(cls) -> Period:
        """The period of a fact whose date the text does not give."""
        return cls()

    @classmethod
    def ongoing(cls) -> Period:
        """An open-ended period ("Ongoing" in a timeline column)."""
        return cls(precision="ongoing")

    @classmethod
    def day(cls, d: date) -> Period:
        """A single day."""
        return cls(d, d, "day")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """A calendar month."""
        return cls(date(year, month, 1), _month_end(year, month), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """A calendar quarter, 1 to 4."""
        first = 3 * quarter - 2
        return cls(date(year, first, 1), _month_end(year, first + 2), "quarter")

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        """A calendar half year, 1 or 2."""
        first = 1 if half == 1 else 7
        return cls(date(year, first, 1), _month_end(year, first + 5), "half")

    @classmethod
    def year(cls, year: int) -> Period:
        """A calendar year."""
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def parse(cls, label: str | None) -> Period:
        """Read a contract label (`2024-Q1`, `2025-04`, `ongoing`, None) back into a Period."""
        if label is None or not str(label).strip() or str(label).lower() == "unknown":
            return cls.unknown()
        text = str(label).strip()
        if text.lower() == "ongoing":
            return cls.ongoing()
        m = _LABEL_RE.fullmatch(text)
        if not m:
            raise ValueError(f"not a date label: {label!r}")
        y = int(m["y"])
        if m["q"]:
            return cls.quarter(y, int(m["q"]))
        if m["h"]:
            return cls.half(y, int(m["h"]))
        if m["d"]:
            return cls.day(date(y, int(m["m"]), int(m["d"])))
        if m["m"]:
            return cls.month(y, int(m["m"]))
        return cls.year(y)

    @property
    def known(self) -> bool:
        """True when the period has dates."""
        return self.start is not None

    def label(self) -> str | None:
        """The contract label: `2025-04-21`, `2025-04`, `2024-Q1`, `2024-H2`, `2025`, `ongoing`, None."""
        s = self.start
        if self.precision == "ongoing":
            return "ongoing"
        if s is None:
            return None
        if self.precision == "day":
            return s.isoformat()
        if self.precision == "month":
            return f"{s.year:04d}-{s.month:02d}"
        if self.precision == "quarter":
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if self.precision == "half":
            return f"{s.year:04d}-H{1 if s.month <= 6 else 2}"
        return f"{s.year:04d}"

    def __str__(self) -> str:
        return self.label() or "unknown"


@dataclass(frozen=True)
class Evidence:
    """The verbatim quote a fact rests on: `cleaned_text[start:end] == quote`."""

    quote: str
    start: int
    end: int
    rule: str = ""

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start or self.end - self.start != len(self.quote):
            raise ValueError(f"evidence offsets {self.start}:{self.end} do not fit its quote")


@dataclass(frozen=True)
class Document:
    """One ingested article: where it came from, its raw and cleaned text."""

    source: str
    sha256: str
    raw_text: str
    cleaned_text: str
    language: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: date | None = None


def _json_amount(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


@dataclass(frozen=True)
class Visit:
    """A trip, meeting or delegation: who went where, when, to meet whom, about what."""

    visitor_country: str | None
    host_country: str | None
    evidence: Evidence
    date: Period = field(default_factory=Period.unknown)
    location: str | None = None
    visitor: str | None = None
    visitor_role: str | None = None
    counterparts: tuple[str, ...] = ()
    status: str = "held"
    topics: tuple[str, ...] = ()

    def to_contract(self) -> dict[str, Any]:
        """The contract shape of this visit."""
        return {
            "date": self.date.label(),
            "visitor_country": self.visitor_country,
            "host_country": self.host_country,
            "location": self.location,
            "visitor": self.visitor,
            "visitor_role": self.visitor_role,
            "counterparts": list(self.counterparts),
            "status": self.status,
            "topics": list(self.topics),
            "evidence": self.evidence.quote,
        }


@dataclass(frozen=True)
class ActionItem:
    """A measure or commitment, with who is responsible and by when."""

    title: str
    evidence: Evidence
    description: str | None = None
    responsible: str | None = None
    due: Period = field(default_factory=Period.unknown)
    status: str = "proposed"

    def to_contract(self) -> dict[str, Any]:
        """The contract shape of this action item."""
        return {
            "title": self.title,
            "description": self.description,
            "responsible": self.responsible,
            "due": self.due.label(),
            "status": self.status,
            "evidence": self.evidence.quote,
        }


@dataclass(frozen=True)
class TradeTarget:
    """A stated goal for a trade figure between countries."""

    countries: tuple[str, ...]
    amount: Decimal
    currency: str
    evidence: Evidence
    metric: str = "bilateral trade volume"
    comparator: str = "exactly"
    target_date: Period = field(default_factory=Period.unknown)
    stated_by: str | None = None
    stated_on: Period = field(default_factory=Period.unknown)

    def to_contract(self) -> dict[str, Any]:
        """The contract shape of this trade target."""
        return {
            "countries": sorted(self.countries),
            "metric": self.metric,
            "amount": _json_amount(self.amount),
            "currency": self.currency,
            "comparator": self.comparator,
            "target_date": self.target_date.label(),
            "stated_by": self.stated_by,
            "stated_on": self.stated_on.label(),
            "evidence": self.evidence.quote,
        }


@dataclass(frozen=True)
class DeportationFigure:
    """How many people a country deported, in what period."""

    count: int
    evidence: Evidence
    period: Period = field(default_factory=Period.unknown)
    from_country: str | None = None
    nationality: str | None = None
    cumulative: bool = False
    note: str | None = None

    def to_contract(self) -> dict[str, Any]:
        """The contract shape of this deportation figure."""
        return {
            "period": self.period.label(),
            "count": self.count,
            "from_country": self.from_country,
            "nationality": self.nationality,
            "cumulative": self.cumulative,
            "note": self.note,
            "evidence": self.evidence.quote,
        }


Fact = Visit | ActionItem | TradeTarget | DeportationFigure


@dataclass(frozen=True)
class Extraction:
    """The facts of one document, as an extractor version produced them."""

    document: str
    language: str | None
    published: date | None
    extractor_version: str
    visits: tuple[Visit, ...] = ()
    action_items: tuple[ActionItem, ...] = ()
    trade_targets: tuple[TradeTarget, ...] = ()
    deportation_figures: tuple[DeportationFigure, ...] = ()

    def facts(self) -> list[Fact]:
        """Every fact, kind by kind."""
        return [*self.visits, *self.action_items, *self.trade_targets, *self.deportation_figures]

    def to_contract(self) -> dict[str, Any]:
        """The JSON object `tracker extract --json` prints."""
        return {
            "document": self.document,
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "visits": [f.to_contract() for f in self.visits],
            "action_items": [f.to_contract() for f in self.action_items],
            "trade_targets": [f.to_contract() for f in self.trade_targets],
            "deportation_figures": [f.to_contract() for f in self.deportation_figures],
        }


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one input file: stored, skipped as a duplicate, or failed."""

    source: str
    status: str  # "stored" | "skipped" | "replaced" | "failed"
    reason: str | None = None
    document_id: int | None = None
    facts: int = 0
    at: datetime | None = None
