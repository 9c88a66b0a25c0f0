"""The extractor's score on the invented multilingual corpus, and the corpus's own sanity.

Every document under tests/fixtures/corpus/docs is run through
`tracker.pipeline.extract_file` in-process; the predictions are scored against
the gold files by tests/extract/score.py (a vendored copy of the project's
scorer, shared/eval/score.py), so the figures here are the ones the scorer
prints. The floors below stop a change from quietly losing ground on texts that
no rule was written for.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pycountry
import pytest

from tracker.ingest.clean import clean_text
from tracker.pipeline import HTML_SUFFIXES, extract_file
from tracker.records import ACTION_STATUSES, COMPARATORS, KINDS, VISIT_STATUSES, Period

LOGGER = logging.getLogger(__name__)

CORPUS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
DOCS_DIR = CORPUS_DIR / "docs"
GOLD_DIR = CORPUS_DIR / "gold"
SCORE_PY = Path(__file__).resolve().parent / "score.py"

# Floors pinned 0.03 below the score measured on this corpus at the end of the
# corpus work (2026-11-27 11:00 UTC, 97 documents: overall F1 0.96, precision
# 0.98; recall visits 0.85, action items 0.98, trade targets 1.00, deportation
# figures 0.99), so that ordinary rule tuning passes and a real regression fails.
# Raise them when the extractor improves; never lower them to make a change pass.
# Action items raised after the intent/future rules (2026-11-27 12:45 UTC, 101
# documents: action items recall 0.99, precision 1.00). All raised after the
# generality rounds (2026-11-27 13:30 UTC, 104 documents: F1 0.98, precision 0.99;
# recall visits 0.92, action items 0.99, trade targets 1.00, deportations 0.99).
FLOOR_F1 = 0.95
# The corpus is full of distractors (video calls, figures already reached,
# voluntary returns, refugee counts); precision guards against rules that find
# more by finding everything.
FLOOR_PRECISION = 0.96
RECALL_FLOORS = {
    "visits": 0.89,
    "action_items": 0.96,
    "trade_targets": 0.97,
    "deportation_figures": 0.96,
}

# The spread the corpus promises (README.md): enough documents per language that
# a rule keyed to one text cannot carry the score.
MIN_DOCUMENTS = {"en": 12, "de": 10, "ru": 10, "fr": 8}
KINDS_LANGS = tuple(MIN_DOCUMENTS)
DOC_NAME_RE = re.compile(r"(?P<lang>en|de|ru|fr)_\d{2}_[a-z0-9_]+\.(?:txt|md|html)")

TOP_KEYS = {
    "document",
    "language",
    "published",
    "visits",
    "action_items",
    "trade_targets",
    "deportation_figures",
}
RECORD_KEYS = {
    "visits": {
        "date",
        "visitor_country",
        "host_country",
        "location",
        "visitor",
        "visitor_role",
        "counterparts",
        "status",
        "topics",
        "evidence",
    },
    "action_items": {"title", "description", "responsible", "due", "status", "evidence"},
    "trade_targets": {
        "countries",
        "metric",
        "amount",
        "currency",
        "comparator",
        "target_date",
        "stated_by",
        "stated_on",
        "evidence",
    },
    "deportation_figures": {
        "period",
        "count",
        "from_country",
        "nationality",
        "cumulative",
        "note",
        "evidence",
    },
}
DATE_FIELDS = {
    "visits": ("date",),
    "action_items": ("due",),
    "trade_targets": ("target_date", "stated_on"),
    "deportation_figures": ("period",),
}
SCORE_LINE_RE = re.compile(
    r"^(?P<kind>\w+)\s+P=(?P<p>[\d.]+) R=(?P<r>[\d.]+) F1=(?P<f1>[\d.]+) "
    r"\(tp=(?P<tp>\d+) fp=(?P<fp>\d+) fn=(?P<fn>\d+)\)",
    re.MULTILINE,
)
OVERALL_RE = re.compile(
    r"^overall F1 (?P<f1>[\d.]+) \(P=(?P<p>[\d.]+) R=(?P<r>[\d.]+)\)", re.MULTILINE
)


@dataclass(frozen=True)
class CorpusScore:
    """What score.py printed for the corpus: per-kind counts and the overall figures."""

    report: str
    overall_f1: float
    overall_precision: float
    overall_recall: float
    kinds: dict[str, dict[str, float]]


def _load_scorer() -> ModuleType:
    """Import tests/extract/score.py by path: it is a script, not part of a package."""
    spec = importlib.util.spec_from_file_location("corpus_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.json"))


def _read_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _flat(text: str) -> str:
    """Whitespace runs as one space: cleaning may re-wrap lines, a quote stays a quote."""
    return re.sub(r"\s+", " ", text).strip()


def _parse_report(report: str) -> CorpusScore:
    kinds = {
        m["kind"]: {
            "precision": float(m["p"]),
            "recall": float(m["r"]),
            "f1": float(m["f1"]),
            "tp": int(m["tp"]),
            "fp": int(m["fp"]),
            "fn": int(m["fn"]),
        }
        for m in SCORE_LINE_RE.finditer(report)
    }
    overall = OVERALL_RE.search(report)
    assert overall is not None and set(kinds) == set(KINDS), f"unexpected scorer output:\n{report}"
    return CorpusScore(
        report=report,
        overall_f1=float(overall["f1"]),
        overall_precision=float(overall["p"]),
        overall_recall=float(overall["r"]),
        kinds=kinds,
    )


def score_folder(gold_dir: Path, docs_dir: Path, pred_dir: Path) -> CorpusScore:
    """Extract every document a gold file of `gold_dir` names, write the predictions to
    `pred_dir`, and score them with score.py."""
    for gold_path in sorted(gold_dir.glob("*.json")):
        document = docs_dir / _read_gold(gold_path)["document"]
        contract = extract_file(document).to_contract()
        (pred_dir / gold_path.name).write_text(
            json.dumps(contract, ensure_ascii=False), encoding="utf-8"
        )
    scorer = _load_scorer()
    out = io.StringIO()
    argv = sys.argv
    sys.argv = ["score.py", str(gold_dir), "--pred", str(pred_dir), "--verbose"]
    try:
        with contextlib.redirect_stdout(out):
            assert scorer.main() == 0
    finally:
        sys.argv = argv
    return _parse_report(out.getvalue())


@pytest.fixture(scope="module")
def corpus_score(tmp_path_factory: pytest.TempPathFactory) -> CorpusScore:
    """Extract every corpus document, write the predictions, and score them with score.py."""
    score = score_folder(GOLD_DIR, DOCS_DIR, tmp_path_factory.mktemp("corpus_predictions"))
    LOGGER.info("corpus score:\n%s", score.report)
    return score


def test_corpus_overall_f1_stays_above_floor(corpus_score: CorpusScore) -> None:
    """Micro-averaged F1 over all four kinds does not fall below the pinned floor."""
    assert corpus_score.overall_f1 >= FLOOR_F1, corpus_score.report


def test_corpus_overall_precision_stays_above_floor(corpus_score: CorpusScore) -> None:
    """Distractors stay unreported: micro-averaged precision does not fall below its floor."""
    assert corpus_score.overall_precision >= FLOOR_PRECISION, corpus_score.report


@pytest.mark.parametrize("kind", KINDS)
def test_corpus_recall_stays_above_floor(corpus_score: CorpusScore, kind: str) -> None:
    """Each kind keeps finding at least its pinned share of the required gold facts."""
    assert corpus_score.kinds[kind]["recall"] >= RECALL_FLOORS[kind], corpus_score.report


def test_corpus_has_the_promised_spread() -> None:
    """Enough documents per language, each with exactly one gold file and a regular name."""
    docs = sorted(p.name for p in DOCS_DIR.iterdir() if p.is_file())
    named = {_read_gold(p)["document"] for p in _gold_files()}
    assert set(docs) == named, "documents without gold, or gold naming a missing document"
    bad_names = [d for d in docs if not DOC_NAME_RE.fullmatch(d)]
    assert not bad_names
    per_language = {
        lang: sum(1 for d in docs if d.startswith(f"{lang}_")) for lang in MIN_DOCUMENTS
    }
    short = {k: n for k, n in per_language.items() if n < MIN_DOCUMENTS[k]}
    assert not short, f"too few documents: {short} (want {MIN_DOCUMENTS})"
    assert any(d.endswith(HTML_SUFFIXES) for d in docs), "no real HTML page in the corpus"


def _check_country(code: Any, where: str, problems: list[str]) -> None:
    if code is None:
        return
    if not (isinstance(code, str) and code.isupper() and pycountry.countries.get(alpha_3=code)):
        problems.append(f"{where}: {code!r} is not an ISO 3166-1 alpha-3 code")


def _check_record(kind: str, i: int, rec: dict[str, Any], text: str, problems: list[str]) -> None:
    where = f"{kind}[{i}]"
    missing = RECORD_KEYS[kind] - rec.keys()
    extra = rec.keys() - RECORD_KEYS[kind] - {"optional"}
    if missing or extra:
        problems.append(f"{where}: missing {sorted(missing)}, unknown {sorted(extra)}")
        return
    for field in DATE_FIELDS[kind]:
        try:
            Period.parse(rec[field])
        except ValueError as exc:
            problems.append(f"{where}.{field}: {exc}")
    evidence = rec["evidence"]
    if not (isinstance(evidence, str) and evidence.strip()):
        problems.append(f"{where}: no evidence")
    elif _flat(evidence) not in text:
        problems.append(f"{where}: evidence is not a quote of the cleaned text: {evidence!r}")
    if kind == "visits":
        _check_country(rec["visitor_country"], f"{where}.visitor_country", problems)
        _check_country(rec["host_country"], f"{where}.host_country", problems)
        if rec["status"] not in VISIT_STATUSES:
            problems.append(f"{where}: status {rec['status']!r}")
    elif kind == "action_items":
        if rec["status"] not in ACTION_STATUSES or not rec["title"]:
            problems.append(f"{where}: status {rec['status']!r} or empty title")
    elif kind == "trade_targets":
        for code in rec["countries"]:
            _check_country(code, f"{where}.countries", problems)
        if rec["countries"] != sorted(rec["countries"]) or len(rec["countries"]) < 2:
            problems.append(f"{where}: countries must be sorted and name both sides")
        if rec["comparator"] not in COMPARATORS:
            problems.append(f"{where}: comparator {rec['comparator']!r}")
        if not (isinstance(rec["amount"], int | float) and rec["amount"] > 0):
            problems.append(f"{where}: amount {rec['amount']!r}")
        if not pycountry.currencies.get(alpha_3=rec["currency"]):
            problems.append(f"{where}: currency {rec['currency']!r}")
    else:
        _check_country(rec["from_country"], f"{where}.from_country", problems)
        _check_country(rec["nationality"], f"{where}.nationality", problems)
        if not (isinstance(rec["count"], int) and rec["count"] > 0):
            problems.append(f"{where}: count {rec['count']!r}")
        if not isinstance(rec["cumulative"], bool):
            problems.append(f"{where}: cumulative must be true or false")


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.stem)
def test_gold_file_is_valid(gold_path: Path) -> None:
    """Contract shape, real country and currency codes, date labels, verbatim evidence."""
    gold = _read_gold(gold_path)
    assert set(gold) == TOP_KEYS
    document = DOCS_DIR / gold["document"]
    assert document.stem == gold_path.stem and document.is_file()
    assert gold["language"] == gold_path.stem[:2]
    problems = _gold_problems(gold, document)
    assert not problems, "\n".join(problems)


def _gold_problems(gold: dict[str, Any], document: Path) -> list[str]:
    """What breaks the contract in a gold file's records, checked against its document."""
    # FACTS.md: every date at the precision the text gives, so a brief dated only
    # "April 2026" has "published": "2026-04"; it must still be a real date.
    if gold["published"] is not None and not Period.parse(gold["published"]).known:
        return [f"published: {gold['published']!r} is no date"]
    raw = document.read_text(encoding="utf-8")
    text = _flat(clean_text(raw, html=document.suffix in HTML_SUFFIXES or None))
    problems: list[str] = []
    for kind in KINDS:
        for i, rec in enumerate(gold[kind]):
            _check_record(kind, i, rec, text, problems)
    return problems


# --- held-out sets, kept as regression sets ------------------------------------------------
#
# Sets of 16 articles (4 per language) written with their gold before the extractor first
# ran on them (tests/fixtures/heldout/README.md gives each set's shapes and first score).
# Their misses then became general rules, so they are no longer held out: they stay here
# so that a later rule cannot quietly undo that work. Floors pinned 0.03 below the score
# each set had when it was added (2026-11-28 03:00 UTC; T, 12 articles of business and
# specialist press, at 0.95 on 2026-11-28 05:52 UTC; S, 12 official texts, first 0.54,
# at 0.92 with precision 0.93 after its rules at 13:45 UTC; U, 12 messy inputs, first
# 0.69 on 2026-11-28 12:55 UTC, 0.87 with precision 0.89 after its rules at 13:25 UTC;
# V, 12 spoken and personal forms, first 0.63 on 2026-11-29 03:07 UTC, 0.97 with
# precision 0.98 after its rules at 03:56 UTC; W, 12 reports and records, first 0.80
# on 2026-11-29 03:35 UTC, 0.96 with precision 0.96 after its rules at 04:05 UTC; X, 12
# hedges, denials and reported speech, first 0.66 with precision 0.56 on 2026-11-29 05:41
# UTC, 1.00 with precision 1.00 after its rules at 05:55 UTC; Y, 12 multilateral meetings
# and many-sided events, first 0.75 with precision 0.91 on 2026-11-29 06:26 UTC, 0.97 with
# precision 0.99 after its rules at 06:44 UTC); raise them, never lower them. A set whose precision stays below the shared floor
# carries its own precision floor, pinned the same way.
HELDOUT_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "heldout"
HELDOUT_FLOORS = {
    "M": 0.96,
    "N": 0.93,
    "O": 0.93,
    "P": 0.96,
    "Q": 0.92,
    "R": 0.95,
    "T": 0.92,
    "S": 0.88,
    # U: raised on 2026-11-29 from 0.84, at 0.95 with precision 0.97 once a page dated by
    # its month alone ("Issue 9 | October 2026") read its relative dates against it
    "U": 0.92,
    "V": 0.94,
    "W": 0.93,
    "X": 0.97,
    "Y": 0.94,
    "Z": 0.96,
    "AA": 0.96,
    "AB": 0.97,
    "AC": 0.97,
    "AF": 0.97,
    "AD": 0.96,
    # AE, 12 articles of noisy text forms, first 0.68 on 2026-11-29 11:33 UTC, 0.89 with
    # precision 0.93 after its rules at 12:20 UTC; raised from 0.86 on 2026-11-29 15:05 UTC,
    # at 0.98 once abbreviated dates, "чел." and agreed measures before an instruction read
    "AE": 0.95,
    # AH, 12 articles on Central and South Asia with partners beyond the neighbours, first 0.87
    # on 2026-11-29 12:36 UTC, 0.976 (41 of 42) after its rules at 12:46 UTC
    "AH": 0.94,
    # AG, 12 articles (three events, each told by four outlets in en, de, ru, fr), first
    # 0.91 on 2026-11-29 12:37 UTC, 1.00 after its rules at 12:42 UTC
    "AG": 0.97,
    # AK, 12 long features and mixed-language pages, first 0.75 on 2026-11-29 14:09 UTC (0.77
    # on its corrected gold), 0.973 (precision 0.95, recall 1.00) after its rules at 14:25 UTC
    "AK": 0.94,
    # AI, 12 articles on time expressions and date resolution, first 0.86 on 2026-11-29
    # 14:08 UTC, 0.988 (41 of 42, no miss) after its rules at 14:29 UTC
    "AI": 0.95,
    # AJ, 12 articles on security diplomacy (security-council secretaries, chiefs of staff,
    # border commanders, extraditions), first 0.86 on 2026-11-29 14:08 UTC, 0.987 (38 of 39)
    # after its rules at 14:44 UTC
    "AJ": 0.95,
    # AL, 12 articles on water, energy and infrastructure diplomacy, first 0.90 on 2026-11-29
    # 14:45 UTC, 0.971 (precision 0.97, recall 0.97) after its rules at 15:01 UTC
    "AL": 0.94,
    # AM, 12 articles on humanitarian and development aid, first 0.94 on 2026-11-29 15:36 UTC,
    # 1.00 (precision 1.00, recall 1.00) after its rules at 15:41 UTC
    "AM": 0.97,
}
HELDOUT_FLOOR_PRECISION = 0.90
HELDOUT_PRECISION_FLOORS: dict[str, float] = {}


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_set_stays_above_its_floor(
    name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = HELDOUT_DIR / name
    score = score_folder(folder / "gold", folder / "docs", tmp_path_factory.mktemp(f"pred_{name}"))
    assert score.overall_f1 >= HELDOUT_FLOORS[name], score.report
    precision_floor = HELDOUT_PRECISION_FLOORS.get(name, HELDOUT_FLOOR_PRECISION)
    assert score.overall_precision >= precision_floor, score.report


def _heldout_gold_files() -> list[Path]:
    return sorted(HELDOUT_DIR.glob("*/gold/*.json"))


def test_every_heldout_set_has_a_floor_and_each_gold_file_its_document() -> None:
    sets = sorted(p.name for p in HELDOUT_DIR.iterdir() if p.is_dir())
    assert sets == sorted(HELDOUT_FLOORS)
    for name in sets:
        docs = {p.name for p in (HELDOUT_DIR / name / "docs").iterdir() if p.is_file()}
        named = {_read_gold(p)["document"] for p in (HELDOUT_DIR / name / "gold").glob("*.json")}
        assert docs == named, name
        per_language = {
            lang: sum(1 for d in docs if d.startswith(f"{lang}_")) for lang in KINDS_LANGS
        }
        assert all(n >= 3 for n in per_language.values()), (name, per_language)


@pytest.mark.parametrize(
    "gold_path", _heldout_gold_files(), ids=lambda p: f"{p.parent.parent.name}-{p.stem}"
)
def test_heldout_gold_file_is_valid(gold_path: Path) -> None:
    """The same contract checks as the corpus's gold files."""
    gold = _read_gold(gold_path)
    assert set(gold) == TOP_KEYS
    document = gold_path.parent.parent / "docs" / gold["document"]
    assert document.is_file()
    problems = _gold_problems(gold, document)
    assert not problems, "\n".join(problems)
