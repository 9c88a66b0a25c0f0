"""Write report rows as CSV, JSON or markdown to a stream, one row at a time.

Rows arrive as tuples from a streaming select, so a report of a million facts
never sits in memory whole. Rich tables for people are drawn in `tracker.cli`.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

LOGGER = logging.getLogger(__name__)


def json_value(value: Any) -> Any:
    """What JSON cannot encode by itself: dates as ISO text, Decimals as numbers, else str."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def write_csv(rows: Iterable[Sequence[Any]], columns: Sequence[str], out: TextIO) -> int:
    """Write a header and the rows as CSV; return the number of rows."""
    return write_csv_batches(batched(rows, 1000), columns, out)


def write_csv_batches(
    batches: Iterable[Sequence[Sequence[Any]]], columns: Sequence[str], out: TextIO
) -> int:
    """Write a header and each batch of rows as CSV; return the number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for batch in batches:
        # writerows keeps the per-row loop in C.
        writer.writerows(batch)
        n += len(batch)
    return n


def write_json(rows: Iterable[Sequence[Any]], columns: Sequence[str], out: TextIO) -> int:
    """Write the rows as a JSON array of objects keyed by `columns`; return the row count."""
    n = 0
    out.write("[")
    for row in rows:
        out.write(",\n  " if n else "\n  ")
        out.write(
            json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=json_value)
        )
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def markdown_cell(text: str) -> str:
    """Text made safe for one markdown table cell: a pipe would end the cell, a newline the row."""
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _cell(value: Any) -> str:
    return markdown_cell("" if value is None else str(value))


def write_markdown(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    """Write dict rows as a GitHub markdown table; return the number of rows."""
    out.write("| " + " | ".join(_cell(c) for c in columns) + " |\n")
    out.write("|" + "|".join("---" for _ in columns) + "|\n")
    n = 0
    for row in rows:
        out.write("| " + " | ".join(_cell(row.get(c)) for c in columns) + " |\n")
        n += 1
    return n


def write_object(value: Any, out: TextIO) -> None:
    """Write one JSON document (an object of sections) to `out`."""
    out.write(json.dumps(value, ensure_ascii=False, indent=2, default=json_value) + "\n")


def batched(rows: Iterable[Sequence[Any]], size: int) -> Iterator[list[Sequence[Any]]]:
    """Rows in lists of `size` (the last may be shorter), drawn from `rows` as needed."""
    batch: list[Sequence[Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
