"""`tracker ingest` and `tracker extract`: read articles, extract their facts, store them."""

from __future__ import annotations

import json
import sys
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.text import Text

from tracker.cli.common import ERR, OUT, DbOption, fail, open_database, user_errors
from tracker.ingest.read import DEFAULT_MAX_BYTES

MaxBytesOption = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        min=1,
        help="Refuse files larger than this many bytes.",
    ),
]


class IngestFormat(StrEnum):
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add `ingest` and `extract` to the app."""
    app.command("ingest")(ingest)
    app.command("extract")(extract)


@user_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (.txt, .html, .htm, .md).")],
    db: DbOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    fmt: Annotated[
        IngestFormat, typer.Option("--format", help="Summary as a table or as JSON.")
    ] = IngestFormat.table,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors and totals.")] = False,
) -> None:
    """Store articles and their facts, one transaction per document.

    Folders are walked lazily; the same content is stored once (later copies are
    reported as skipped); a file that cannot be read is reported on one line and
    the rest of the batch still goes in. Exit code 1 when any file failed.

    Example: tracker ingest seeds/ --db tracker.db
    """
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from tracker.pipeline import ingest_paths

    engine = open_database(db)
    counts: Counter[str] = Counter()
    facts = 0
    outcomes = []
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} files"),
        BarColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=ERR,
        transient=True,
        disable=not ERR.is_terminal,
    )
    with progress:
        task = progress.add_task("", total=None)
        for outcome in ingest_paths(engine, paths, max_bytes=max_bytes):
            counts[outcome.status] += 1
            facts += outcome.facts
            progress.update(task, advance=1, description=Path(outcome.source).name)
            if outcome.status == "failed":
                ERR.print(
                    f"[red]error:[/red] {escape(outcome.source)}: {escape(outcome.reason or '')}",
                    highlight=False,
                )
            elif not quiet and fmt is IngestFormat.table:
                detail = f"{outcome.facts} facts" if outcome.status != "skipped" else outcome.reason
                ERR.print(f"{outcome.status:8s} {escape(outcome.source)}: {escape(detail or '')}")
            if fmt is IngestFormat.json:
                outcomes.append(
                    {
                        "source": outcome.source,
                        "status": outcome.status,
                        "reason": outcome.reason,
                        "document_id": outcome.document_id,
                        "facts": outcome.facts,
                    }
                )
    engine.dispose()
    totals = {s: counts.get(s, 0) for s in ("stored", "replaced", "skipped", "failed")}
    if fmt is IngestFormat.json:
        sys.stdout.write(
            json.dumps({"totals": {**totals, "facts": facts}, "files": outcomes}, indent=2) + "\n"
        )
    else:
        OUT.print(
            f"{sum(counts.values())} files: {totals['stored']} stored, {totals['replaced']} "
            f"re-extracted, {totals['skipped']} skipped, {totals['failed']} failed; "
            f"{facts} facts stored",
            highlight=False,
        )
    if not counts:
        raise fail("no files to ingest (supported: .txt, .html, .htm, .md)")
    if counts["failed"]:
        raise typer.Exit(1)


@user_errors
def extract(
    path: Annotated[Path, typer.Argument(help="One article (.txt, .html, .htm, .md).")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the fact contract (shared/eval/FACTS.md).")
    ] = False,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Print the facts of one article without storing anything.

    Without --json each fact is shown with its evidence highlighted in its sentence.

    Example: tracker extract seeds/004_046a58d4f5734002.txt --json
    """
    from tracker.errors import InputError
    from tracker.pipeline import extract_prepared, prepare_document

    if path.is_dir():
        raise InputError(str(path), "is a directory; `tracker extract` reads one file")
    document = prepare_document(path, max_bytes=max_bytes)
    extraction = extract_prepared(document)
    if as_json:
        sys.stdout.write(json.dumps(extraction.to_contract(), ensure_ascii=False, indent=1) + "\n")
        return
    _print_readable(document.cleaned_text, extraction)


def _context(text: str, start: int, end: int) -> Text:
    """The evidence highlighted within its sentence (or line)."""
    left = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "! ", "? ")))
    left = 0 if left < 0 else left + 1
    right_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    out = Text(text[left:start].lstrip())
    out.append(text[start:end], style="bold yellow")
    out.append(text[end:right].rstrip())
    return out


def _print_readable(text: str, extraction: object) -> None:
    from tracker.records import Extraction

    assert isinstance(extraction, Extraction)
    OUT.print(
        f"[bold]{escape(extraction.document)}[/bold]  language={extraction.language}  "
        f"published={extraction.published}  extractor={extraction.extractor_version}"
    )
    kinds = (
        ("visits", extraction.visits),
        ("action items", extraction.action_items),
        ("trade targets", extraction.trade_targets),
        ("deportation figures", extraction.deportation_figures),
    )
    for label, facts in kinds:
        OUT.print(f"\n[bold underline]{label}[/bold underline] ({len(facts)})")
        for n, fact in enumerate(facts, 1):
            fields = {k: v for k, v in fact.to_contract().items() if k != "evidence"}
            shown = ", ".join(f"{k}={v}" for k, v in fields.items() if v not in (None, [], ""))
            OUT.print(f"{n}. {escape(shown)}", highlight=False)
            ev = fact.evidence
            line = Text("   ")
            line.append(_context(text, ev.start, ev.end))
            OUT.print(line)
