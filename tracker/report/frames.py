"""Views to DataFrames, only where pandas earns its import: the deportation chart.

pandas and matplotlib are imported inside the functions (start-up time, STYLE.md
section 4); the rows come from the same filtered selects as the reports.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select, true

from tracker.errors import ExportError
from tracker.report.export import atomic_file
from tracker.report.reports import ReportFilters, deportation_where, per_period_select, view

if TYPE_CHECKING:
    import pandas as pd

LOGGER = logging.getLogger(__name__)

CHART_SIZE_INCHES = (10, 5.5)
CHART_DPI = 110


def deportation_frame(connection: Connection, filters: ReportFilters) -> pd.DataFrame:
    """Dated deportation series as rows (country, date, count, cumulative), one per point."""
    import pandas as pd

    d = view("deportations")
    units = per_period_select(filters).subquery("units")
    # One point per country and date, grouped in SQL: counts of several nationalities
    # add up; running totals do not, so the largest stands for its date.
    counts = (
        select(units.c.from_country, units.c.period_start, func.sum(units.c.count))
        .where(units.c.period_start.is_not(None))
        .group_by(units.c.from_country, units.c.period_start)
    )
    running = (
        select(d.c.from_country, d.c.period_end, func.max(d.c.count))
        .where(d.c.cumulative == true(), d.c.period_end.is_not(None), *deportation_where(filters))
        .group_by(d.c.from_country, d.c.period_end)
    )
    frames = []
    for stmt, cumulative in ((counts, False), (running, True)):
        frame = pd.DataFrame(connection.execute(stmt).all(), columns=["country", "date", "count"])
        frame["cumulative"] = cumulative
        frames.append(frame)
    frame = pd.concat(frames, ignore_index=True)
    frame["country"] = frame["country"].fillna("unknown")
    frame["date"] = pd.to_datetime(frame["date"])
    frame["count"] = frame["count"].astype("int64")
    return frame.sort_values(["country", "cumulative", "date"], ignore_index=True)


def draw_deportation_chart(frame: pd.DataFrame, path: Path, title: str | None = None) -> Path:
    """Draw counts per period (solid) and running totals (dashed) per country to a PNG."""
    if frame.empty:
        raise ExportError("no dated deportation figures to chart")
    if path.suffix.lower() != ".png":
        raise ExportError(f"the chart is a PNG file: name it something.png, not {path.name}")
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {path}: no folder {path.parent}")
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    fig, ax = plt.subplots(figsize=CHART_SIZE_INCHES)
    try:
        for (country, cumulative), part in frame.groupby(["country", "cumulative"], sort=True):
            style: dict[str, Any] = {"marker": "o"}
            label = str(country)
            if cumulative:
                style = {"marker": "s", "linestyle": "--"}
                label = f"{country} (running total)"
            ax.plot(part["date"], part["count"], label=label, **style)
        ax.set_title(title or "Deportations per period")
        ax.set_xlabel("period start (running totals: as of period end)")
        ax.set_ylabel("people")
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
        ax.legend()
        ax.grid(True, alpha=0.3)
        fig.autofmt_xdate()
        # Written beside the target and renamed, so a reader never sees half a file.
        with atomic_file(path) as handle:
            fig.savefig(handle, format="png", dpi=CHART_DPI, bbox_inches="tight")
    except OSError as exc:
        raise ExportError(f"cannot write chart {path}: {exc.strerror or exc}") from exc
    finally:
        plt.close(fig)
    LOGGER.info("chart written to %s", path)
    return path
