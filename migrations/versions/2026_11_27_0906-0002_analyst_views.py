"""analyst views: v_visits, v_action_items, v_trade_targets, v_deportations

One flat row per fact with country names, actor names, a rendered date label
and the fact's provenance (issue 5), so that reports, exports and hand-written
SQL read the same columns on SQLite and PostgreSQL. Labels follow
`records.Period.label()`; the SQL differs per dialect (strftime / to_char).

`alembic check` does not compare views; tests/store/test_views.py checks them.
On SQLite a later batch migration that recreates a fact table fails at its
final RENAME ("error in view v_...") unless `PRAGMA legacy_alter_table = ON`
is set for the migration, or it drops and recreates these views around it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 09:06:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWS = ("v_visits", "v_action_items", "v_trade_targets", "v_deportations")


def _label(dialect: str, prefix: str) -> str:
    """SQL rendering a (start, precision) pair the way `Period.label()` does."""
    start, precision = f"{prefix}_start", f"{prefix}_precision"
    if dialect == "postgresql":
        year = f"to_char({start}, 'YYYY')"
        cases = {
            "day": f"to_char({start}, 'YYYY-MM-DD')",
            "month": f"to_char({start}, 'YYYY-MM')",
            "quarter": f"{year} || '-Q' || to_char({start}, 'Q')",
            "half": (
                f"{year} || '-H' || "
                f"CASE WHEN extract(month FROM {start}) <= 6 THEN '1' ELSE '2' END"
            ),
            "year": year,
        }
    else:
        # SQLite stores dates as ISO text; strftime reads them back.
        year = f"strftime('%Y', {start})"
        month = f"CAST(strftime('%m', {start}) AS INTEGER)"
        cases = {
            "day": f"strftime('%Y-%m-%d', {start})",
            "month": f"strftime('%Y-%m', {start})",
            "quarter": f"{year} || '-Q' || (({month} + 2) / 3)",
            "half": f"{year} || '-H' || CASE WHEN {month} <= 6 THEN '1' ELSE '2' END",
            "year": year,
        }
    whens = " ".join(f"WHEN '{name}' THEN {sql}" for name, sql in cases.items())
    # 'unknown' falls through to NULL, like Period.label().
    return f"CASE {precision} {whens} WHEN 'ongoing' THEN 'ongoing' END"


def _provenance(alias: str) -> str:
    """The evidence and document columns every view ends with."""
    return (
        f"{alias}.evidence, {alias}.evidence_start, {alias}.evidence_end, "
        "d.source, d.title AS document_title, d.published, "
        f"{alias}.extractor_version, "
        f"({alias}.entered_by IS NOT NULL OR {alias}.confirmed_by IS NOT NULL) AS human"
    )


def _counterparts(dialect: str) -> str:
    """Counterpart names of visit `f`, in the order the text gives them, joined by '; '."""
    if dialect == "postgresql":
        return (
            "(SELECT string_agg(a.name, '; ' ORDER BY vc.position) "
            "FROM visit_counterparts vc JOIN actors a ON a.id = vc.actor_id "
            "WHERE vc.visit_id = f.id)"
        )
    # SQLite 3.40 has no ORDER BY inside group_concat; it aggregates an ordered
    # subquery in that subquery's order.
    return (
        "(SELECT group_concat(name, '; ') FROM ("
        "SELECT a.name AS name FROM visit_counterparts vc JOIN actors a ON a.id = vc.actor_id "
        "WHERE vc.visit_id = f.id ORDER BY vc.position))"
    )


def _view_sql(dialect: str) -> dict[str, str]:
    topics = "CAST(f.topics AS TEXT)" if dialect == "postgresql" else "f.topics"
    return {
        "v_visits": f"""
SELECT f.id, f.document_id, f.date_start, f.date_end, f.date_precision,
       {_label(dialect, "f.date")} AS date_label,
       f.visitor_country, cv.name AS visitor_country_name,
       f.host_country, ch.name AS host_country_name,
       f.location, va.name AS visitor, f.visitor_role,
       {_counterparts(dialect)} AS counterparts,
       f.status, {topics} AS topics,
       {_provenance("f")}
FROM visits f
JOIN documents d ON d.id = f.document_id
LEFT JOIN countries cv ON cv.code = f.visitor_country
LEFT JOIN countries ch ON ch.code = f.host_country
LEFT JOIN actors va ON va.id = f.visitor_id""",
        "v_action_items": f"""
SELECT f.id, f.document_id, f.title, f.description, ra.name AS responsible, f.status,
       f.due_start, f.due_end, f.due_precision,
       {_label(dialect, "f.due")} AS due_label,
       {_provenance("f")}
FROM action_items f
JOIN documents d ON d.id = f.document_id
LEFT JOIN actors ra ON ra.id = f.responsible_id""",
        "v_trade_targets": f"""
SELECT f.id, f.document_id, f.country_a, ca.name AS country_a_name,
       f.country_b, cb.name AS country_b_name,
       f.metric, f.amount, f.currency, f.comparator,
       f.target_date_start, f.target_date_end, f.target_date_precision,
       {_label(dialect, "f.target_date")} AS target_date_label,
       sa.name AS stated_by,
       f.stated_on_start, f.stated_on_end, f.stated_on_precision,
       {_label(dialect, "f.stated_on")} AS stated_on_label,
       {_provenance("f")}
FROM trade_targets f
JOIN documents d ON d.id = f.document_id
LEFT JOIN countries ca ON ca.code = f.country_a
LEFT JOIN countries cb ON cb.code = f.country_b
LEFT JOIN actors sa ON sa.id = f.stated_by_id""",
        "v_deportations": f"""
SELECT f.id, f.document_id, f.period_start, f.period_end, f.period_precision,
       {_label(dialect, "f.period")} AS period_label,
       f.count, f.from_country, cf.name AS from_country_name,
       f.nationality, cn.name AS nationality_name,
       f.cumulative, f.note,
       {_provenance("f")}
FROM deportation_figures f
JOIN documents d ON d.id = f.document_id
LEFT JOIN countries cf ON cf.code = f.from_country
LEFT JOIN countries cn ON cn.code = f.nationality""",
    }


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, sql in _view_sql(dialect).items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
