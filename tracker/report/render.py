"""Write report rows as CSV, JSON or markdown to a stream, one row at a time.

Rows arrive as tuples from a streaming select, so a report of a million facts
never sits in memory whole. Rich tables for people are drawn in `tracker.cli`.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

LOGGER = logging.getLogger(__name__)

STREAM_FORMATS = ("csv", "json", "markdown")


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def write_csv(rows: Iterable[Sequence[Any]], columns: Sequence[str], out: TextIO) -> int:
    """Write a header and the rows as CSV; return the number of rows."""
    return write_csv_batches(_chunks(rows, 1000), columns, out)


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
            json.dumps(
                dict(zip(columns, row, strict=True)), ensure_ascii=False, default=_json_default
            )
        )
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # A pipe would end the cell and a newline the row.
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ")


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
    out.write(json.dumps(value, ensure_ascii=False, indent=2, default=_json_default) + "\n")


def _chunks(rows: Iterable[Sequence[Any]], size: int) -> Iterable[list[Sequence[Any]]]:
    chunk: list[Sequence[Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
