# Copied unchanged from shared/eval/score.py (the project's scorer, see shared/eval/FACTS.md);
# vendored here because CI has no guaranteed ../shared. Do not edit: re-copy instead.
#!/usr/bin/env python3
"""Score extracted facts against gold files (see FACTS.md).

    score.py GOLD_DIR --docs DOCS_DIR --cmd 'tracker extract --json {path}'
    score.py GOLD_DIR --pred PRED_DIR        # PRED_DIR holds NAME.json files

For each gold file NAME.json the document is DOCS_DIR/NAME.txt (or the
`document` field). Prints per-kind precision, recall, F1 and field accuracy,
then a last line `overall F1 <x>` (micro-average over the four kinds).
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

KINDS = ("visits", "action_items", "trade_targets", "deportation_figures")


_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
    )
)
_CYR["ß"] = "ss"


def norm(s) -> str:
    """Lower-case Latin letters and digits only: accents dropped, Cyrillic transliterated."""
    s = unicodedata.normalize("NFKD", str(s or "").lower())
    s = "".join(_CYR.get(c, c) for c in s if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", s).strip()


def sim(a, b) -> float:
    """Token-set similarity in [0, 1], forgiving of extra words on one side."""
    ta, tb = set(norm(a).split()), set(norm(b).split())
    if not ta or not tb:
        return 0.0
    inter = " ".join(sorted(ta & tb))
    ra = " ".join(sorted(ta - tb))
    rb = " ".join(sorted(tb - ta))
    s1, s2 = (inter + " " + ra).strip(), (inter + " " + rb).strip()
    best = max(
        SequenceMatcher(None, inter, s1).ratio() if inter else 0,
        SequenceMatcher(None, inter, s2).ratio() if inter else 0,
        SequenceMatcher(None, s1, s2).ratio(),
    )
    return best


def date_range(d):
    """A date string at any precision -> (first day, last day) as strings, or None."""
    if d is None or d == "" or str(d).lower() == "ongoing":
        return None
    d = str(d)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", d)
    if m:
        y, q = int(m[1]), int(m[2])
        return f"{y}-{3 * q - 2:02d}-01", f"{y}-{3 * q:02d}-31"
    m = re.fullmatch(r"(\d{4})-H([12])", d)
    if m:
        y, h = int(m[1]), int(m[2])
        return (f"{y}-01-01", f"{y}-06-31") if h == 1 else (f"{y}-07-01", f"{y}-12-31")
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d[:10])
    if not m:
        return None
    y, mo, da = m[1], m[2], m[3]
    if da:
        return f"{y}-{mo}-{da}", f"{y}-{mo}-{da}"
    if mo:
        return f"{y}-{mo}-01", f"{y}-{mo}-31"
    return f"{y}-01-01", f"{y}-12-31"


def dates_compatible(gold, pred) -> bool:
    """Unknown gold accepts anything; otherwise the two periods must overlap."""
    g = date_range(gold)
    if g is None:
        return str(gold or "").lower() == str(pred or "").lower() or gold is None
    p = date_range(pred)
    if p is None:
        return False
    return not (p[1] < g[0] or g[1] < p[0])


def dates_equal(gold, pred) -> bool:
    if gold is None:
        return True
    g, p = date_range(gold), date_range(pred)
    if g is None or p is None:
        return str(gold).lower() == str(pred or "").lower()
    return g == p


def same_country(g, p) -> bool:
    return g is None or (p is not None and str(g).upper() == str(p).upper())


# kind -> (is this prediction a candidate for this gold record?, match score)
def match_visit(g, p):
    if not (
        same_country(g.get("visitor_country"), p.get("visitor_country"))
        and same_country(g.get("host_country"), p.get("host_country"))
    ):
        return 0.0
    if not dates_compatible(g.get("date"), p.get("date")):
        return 0.0
    score = 1.0
    if g.get("visitor") and p.get("visitor"):
        if sim(g["visitor"], p["visitor"]) < 0.6:
            return 0.0
        score += 1
    if g.get("status") and g.get("status") == p.get("status"):
        score += 0.5
    score += 0.5 * sim(g.get("evidence"), p.get("evidence"))
    return score


def match_action(g, p):
    t = max(
        sim(g.get("title"), p.get("title")),
        sim(g.get("title"), (p.get("title") or "") + " " + (p.get("description") or "")) * 0.9,
    )
    return t if t >= 0.75 else 0.0


def match_target(g, p):
    gc = sorted(x.upper() for x in g.get("countries") or [])
    pc = sorted(str(x).upper() for x in p.get("countries") or [])
    if gc != pc:
        return 0.0
    try:
        ga, pa = float(g["amount"]), float(p.get("amount"))
    except (TypeError, ValueError):
        return 0.0
    if abs(ga - pa) > 0.01 * abs(ga):
        return 0.0
    return 1.0 + (g.get("currency") == p.get("currency"))


def match_deport(g, p):
    try:
        if int(g["count"]) != int(p.get("count")):
            return 0.0
    except (TypeError, ValueError):
        return 0.0
    if not dates_compatible(g.get("period"), p.get("period")):
        return 0.0
    if not same_country(g.get("from_country"), p.get("from_country")):
        return 0.0
    return 1.0 + 0.5 * sim(g.get("note"), p.get("note"))


MATCHERS = {
    "visits": match_visit,
    "action_items": match_action,
    "trade_targets": match_target,
    "deportation_figures": match_deport,
}

# fields whose accuracy is reported for matched pairs
FIELDS = {
    "visits": {
        "date": dates_equal,
        "location": lambda g, p: g is None or norm(g) == norm(p),
        "visitor": lambda g, p: g is None or sim(g, p) >= 0.6,
        "status": lambda g, p: g is None or g == p,
    },
    "action_items": {"responsible": lambda g, p: g is None or sim(g, p) >= 0.7, "due": dates_equal},
    "trade_targets": {
        "comparator": lambda g, p: g is None or g == p,
        "currency": lambda g, p: g is None or g == p,
        "stated_by": lambda g, p: g is None or sim(g, p) >= 0.6,
    },
    "deportation_figures": {"period": dates_equal, "from_country": same_country},
}


def pair(gold: list, pred: list, matcher):
    """Greedy one-to-one matching by descending score."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = matcher(g, p)
            if s > 0:
                # on equal scores a required record wins over an optional one,
                # then the earlier record and the earlier prediction
                cands.append((-s, bool(g.get("optional")), i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j)
            pairs.append((i, j))
    return pairs


def predict(doc: Path, cmd: str) -> dict:
    argv = [a.replace("{path}", str(doc)) for a in shlex.split(cmd)]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        print(f"! {doc.name}: exit {out.returncode}: {out.stderr.strip()[-300:]}", file=sys.stderr)
        return {}
    try:
        return json.loads(out.stdout)
    except json.JSONDecodeError as e:
        print(f"! {doc.name}: not JSON ({e})", file=sys.stderr)
        return {}


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--docs", type=Path)
    ap.add_argument("--cmd")
    ap.add_argument("--pred", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    a = ap.parse_args()
    if not a.pred and not (a.docs and a.cmd):
        ap.error("give --pred DIR, or --docs DIR and --cmd")

    tot = {k: {"tp": 0, "fp": 0, "fn": 0, "req": 0, "fields": {}} for k in KINDS}
    for gfile in sorted(a.gold_dir.glob("*.json")):
        gold = json.loads(gfile.read_text())
        if a.pred:
            pf = a.pred / gfile.name
            pred = json.loads(pf.read_text()) if pf.exists() else {}
        else:
            pred = predict(a.docs / (gold.get("document") or gfile.stem + ".txt"), a.cmd)
        for k in KINDS:
            g, p = gold.get(k) or [], pred.get(k) or []
            pairs = pair(g, p, MATCHERS[k])
            matched_g = {i for i, _ in pairs}
            matched_p = {j for _, j in pairs}
            req = [i for i, r in enumerate(g) if not r.get("optional")]
            t = tot[k]
            t["req"] += len(req)
            t["tp"] += sum(1 for i in req if i in matched_g)
            t["fn"] += sum(1 for i in req if i not in matched_g)
            t["fp"] += len(p) - len(matched_p)
            for i, j in pairs:
                for f, ok in FIELDS[k].items():
                    good, n = t["fields"].get(f, (0, 0))
                    t["fields"][f] = (good + bool(ok(g[i].get(f), p[j].get(f))), n + 1)
            if a.verbose:
                for i in req:
                    if i not in matched_g:
                        print(
                            f"  miss {gfile.stem} {k}: {json.dumps(g[i], ensure_ascii=False)[:160]}"
                        )
                for j, r in enumerate(p):
                    if j not in matched_p:
                        print(
                            f"  extra {gfile.stem} {k}: {json.dumps(r, ensure_ascii=False)[:160]}"
                        )

    TP = FP = FN = 0
    for k, t in tot.items():
        tp, fp, fn = t["tp"], t["fp"], t["fn"]
        TP, FP, FN = TP + tp, FP + fp, FN + fn
        pr = tp / (tp + fp) if tp + fp else (1.0 if not t["req"] else 0.0)
        rc = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        fields = " ".join(f"{f}={g}/{n}" for f, (g, n) in t["fields"].items())
        print(f"{k:20s} P={pr:.2f} R={rc:.2f} F1={f1:.2f} (tp={tp} fp={fp} fn={fn}) {fields}")
    P = TP / (TP + FP) if TP + FP else 0.0
    R = TP / (TP + FN) if TP + FN else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    print(f"overall F1 {F:.2f} (P={P:.2f} R={R:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
