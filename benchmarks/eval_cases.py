"""The label columns of ``icheport label`` scored on every hand-written case set, per label.

Each set says who wrote it and whether the rules were tuned on it; only a set nobody tuned on measures
generalization, and only sets written from real radiologists' shapes say much about real text:

- cases_ru: the rule cases (the lexicon is tuned on them).
- cases_ru_holdout, 2, 3: held-out sets 1-3; their misses were fixed and moved to cases_ru.
- cases_ru_holdout4: set 4, a random-archive-like mix written from DOMAIN.md without the lexicon.
- cases_ru_holdout5: set 5, written like set 4 with the emphasis on real radiologists' shapes, after lexicon 1.3
  and without the lexicon; first scored on lexicon 1.4 (and on 1.3 for the before figure); never tuned on.
- cases_ru_holdout6: set 6, written like set 5 after lexicon 1.5 (the lexicon tuned on the development set),
  without the lexicon; first scored on lexicon 1.5 (the honest figure, in its docstring), then its misses
  were read and the general ones fixed, so it is a second development set now.
- devset_ru / devset_en: development sets written from the shapes of public teaching material and
  structured templates (anatomy-first, follow-up, CTA combos, foreign styles); the rules ARE tuned on them,
  so their "before" figure (first run, recorded in the closing note of the issue) is the honest one.
- cases_en: the English rule cases; cases_en_holdout, cases_en_holdout2: English sets written without the
  lexicon (set 2 after en-ich 1.2, first scored on en-ich 1.2).

Three decision policies (icheport.policy): ``rules`` (``--model none``, or the rule decides and the score
only ranks), ``model`` (the bundled default model decides) and ``review`` (the rule decides, a rule-negative
report the model calls ICH goes to verification). The English lexicon has no bundled model, so only its
rules are scored. ICH figures are on definite cases;
hedged cases (expected -1) count as sent to verification when ``ich`` or ``uncertain`` is 1. Per-label
precision / recall / F1 count every case of the set.

Run:  python benchmarks/eval_cases.py [--model PATH] [--sets NAME ...] [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

import icheport
from icheport.cohort import titled_other_study
from icheport.label import DECISION_COLUMNS, label_columns
from icheport.policy import decide

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

LABELS = ("edh", "sdh", "sah", "iph", "ivh", "multiple", "fracture", "combined")


@dataclass(frozen=True)
class CaseSet:
    module: str
    lexicon: str
    status: str


SETS = (
    CaseSet("cases_ru", "ru-ich", "tuned on"),
    CaseSet("cases_ru_holdout", "ru-ich", "set 1; misses fixed and moved out"),
    CaseSet("cases_ru_holdout2", "ru-ich", "set 2; misses fixed and moved out"),
    CaseSet("cases_ru_holdout3", "ru-ich", "set 3; misses fixed and moved out"),
    CaseSet("cases_ru_holdout4", "ru-ich", "set 4; never tuned on"),
    CaseSet("cases_ru_holdout5", "ru-ich", "set 5; real shapes, never tuned on"),
    CaseSet("cases_ru_holdout6", "ru-ich", "set 6; first scored on lexicon 1.5, then tuned on"),
    CaseSet(
        "cases_ru_holdout7", "ru-ich", "set 7, archive-like mix written after all 1.5 tuning; never tuned on"
    ),
    CaseSet(
        "cases_ru_holdout8",
        "ru-ich",
        "set 8, Russian renderings of foreign reports, written after 1.5; tuned on after its first score (docstring)",
    ),
    CaseSet(
        "cases_ru_holdout9",
        "ru-ich",
        "set 9, everyday and translated reports, written after the 1.6 tuning; never tuned on",
    ),
    CaseSet(
        "cases_ru_holdout10",
        "ru-ich",
        "set 10, an everyday archive mix, written after the 1.6 tuning; never tuned on",
    ),
    CaseSet(
        "cases_ru_holdout11",
        "ru-ich",
        "set 11, an archive mix (half translated), written after the 1.9 tuning; never tuned on",
    ),
    CaseSet(
        "cases_ru_holdout12",
        "ru-ich",
        "set 12, an archive mix written during the ru-ich 1.10-1.13 work without the lexicon, first scored on 1.13; never tuned on",
    ),
    CaseSet(
        "cases_ru_holdout13",
        "ru-ich",
        "set 13, an archive mix (a fifth rendered from other countries) written without the lexicon, first scored on 1.15; never tuned on",
    ),
    CaseSet(
        "cases_ru_holdout14",
        "ru-ich",
        "set 14, an everyday archive (a quarter rendered from other countries) written without the lexicon, first scored on 1.17; never tuned on",
    ),
    CaseSet(
        "devset4_ru",
        "ru-ich",
        "dev set 4 (hard real shapes: combined, anatomy, follow-up), written after 1.6; tuned on after its first score",
    ),
    CaseSet(
        "devset5_ru",
        "ru-ich",
        "dev set 5 (foreign reports rendered into Russian, incidental findings), first scored on 1.8; tuned on after",
    ),
    CaseSet(
        "devset2_ru",
        "ru-ich",
        "dev set 2 (regional-hospital styles), written after lexicon 1.5; tuned on after its first score",
    ),
    CaseSet("devset_ru", "ru-ich", "dev set, real shapes; tuned on from lexicon 1.5"),
    CaseSet("cases_en", "en-ich", "tuned on"),
    CaseSet("devset_en", "en-ich", "dev set, real shapes; tuned on from en-ich 1.2"),
    CaseSet(
        "devset2_en",
        "en-ich",
        "dev set 2 (dictation styles), written after en-ich 1.2; tuned on after its first score",
    ),
    CaseSet(
        "devset3_en",
        "en-ich",
        "English dev set 3 (specificity traps), written after en-ich 1.3; tuned on after its first score",
    ),
    CaseSet(
        "devset4_en",
        "en-ich",
        "English dev set 4 (combined and look-alikes, anatomy-only subtypes), first scored on en-ich 1.4; tuned on after",
    ),
    CaseSet(
        "devset6_ru",
        "ru-ich",
        "Russian dev set 6 (combined, anatomy-only iph, multiple, fracture vs face, follow-up), first scored on ru-ich 1.10; tuned on after",
    ),
    CaseSet(
        "devset7_en",
        "en-ich",
        "English dev set 7 (hedges, follow-up wording, density without a blood word), first scored on en-ich 1.11; tuned on after",
    ),
    CaseSet(
        "devset6_en",
        "en-ich",
        "English dev set 6 (combined, multiple, ivh and anatomy-only iph), first scored on en-ich 1.8; tuned on after",
    ),
    CaseSet(
        "devset7_ru",
        "ru-ich",
        "Russian dev set 7 (hedges, follow-up wording, density without a blood word), first scored on ru-ich 1.13; tuned on after",
    ),
    CaseSet(
        "devset8_ru",
        "ru-ich",
        "Russian dev set 8 (sensitivity: thin, isodense, anatomy-only and follow-up blood; contusion wordings), first scored on ru-ich 1.15; tuned on after",
    ),
    CaseSet(
        "devset9_ru",
        "ru-ich",
        "Russian dev set 9 (subtypes on real shapes: combined and look-alikes, multiple vs one, ivh, anatomy-only iph / sah, skull vs face), first scored on ru-ich 1.17; tuned on after",
    ),
    CaseSet(
        "devset10_ru",
        "ru-ich",
        "Russian dev set 10 (specificity and hedging on an everyday archive), first scored on ru-ich 1.21; tuned on after",
    ),
    CaseSet(
        "devset10_en",
        "en-ich",
        "English dev set 10 (specificity and hedging on an everyday archive), first scored on en-ich 1.21; tuned on after",
    ),
    CaseSet(
        "devset11_ru",
        "ru-ich",
        "Russian dev set 11 (hedging and specificity traps; anatomy-only, follow-up and combined present reports), first scored on ru-ich 1.26",
    ),
    CaseSet(
        "devset11_en",
        "en-ich",
        "English dev set 11 (specificity and hedging on real-world English from several countries), first scored on en-ich 1.22",
    ),
    CaseSet(
        "devset9_en",
        "en-ich",
        "English dev set 9 (the same in English), first scored on en-ich 1.17; tuned on after",
    ),
    CaseSet(
        "devset8_en",
        "en-ich",
        "English dev set 8 (specificity traps of everyday reports: negation styles, mimics, extracranial, old, non-head), first scored on en-ich 1.14; tuned on after",
    ),
    CaseSet(
        "devset5_en",
        "en-ich",
        "English dev set 5 (specificity traps), first scored on en-ich 1.6; tuned on after",
    ),
    CaseSet("cases_en_holdout", "en-ich", "English held-out; never tuned on"),
    CaseSet("cases_en_holdout2", "en-ich", "English held-out 2, written after en-ich 1.2; never tuned on"),
    CaseSet(
        "cases_en_holdout3", "en-ich", "English held-out 3, written after all 1.2 tuning; never tuned on"
    ),
    CaseSet(
        "cases_en_holdout5",
        "en-ich",
        "English held-out 5, dictation styles, written after the en-ich 1.3 tuning; never tuned on",
    ),
    CaseSet(
        "cases_en_holdout6",
        "en-ich",
        "English held-out 6, an everyday mix, written without the lexicon, first scored on en-ich 1.4; never tuned on",
    ),
    CaseSet(
        "cases_en_holdout7",
        "en-ich",
        "English held-out 7, an everyday mix, written during the en-ich 1.7-1.10 work without the lexicon, first scored on en-ich 1.10; never tuned on",
    ),
    CaseSet(
        "cases_en_holdout8",
        "en-ich",
        "English held-out 8, an everyday mix of many countries' styles, written without the lexicon, first scored on en-ich 1.14; never tuned on",
    ),
    CaseSet(
        "cases_en_holdout9",
        "en-ich",
        "English held-out 9, an everyday archive of many countries' styles, written without the lexicon, first scored on en-ich 1.17; never tuned on",
    ),
    CaseSet(
        "cases_ru_holdout15",
        "ru-ich",
        "Russian held-out 15, a hospital archive enriched for hemorrhage (a quarter rendered from other countries), written without the lexicon, first scored on ru-ich 1.27; never tuned on",
    ),
    CaseSet(
        "cases_en_holdout10",
        "en-ich",
        "English held-out 10, a hospital archive enriched for hemorrhage in many countries' voices, written without the lexicon, first scored on en-ich 1.24; never tuned on",
    ),
    CaseSet(
        "cases_en_holdout11",
        "en-ich",
        "English held-out 11, an everyday hospital archive in many countries' voices, written without the lexicon (its writer saw the opening of held-out 10 and recent commit subjects by mistake), first scored on en-ich 1.30; never tuned on",
    ),
    CaseSet(
        "cases_en_holdout4",
        "en-ich",
        "English held-out 4, written after all 1.2 tuning; tuned on after its first score (docstring)",
    ),
)


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def _prf(truth: np.ndarray, pred: np.ndarray) -> dict[str, Any]:
    tp, fp, fn = int((truth & pred).sum()), int((~truth & pred).sum()), int((truth & ~pred).sum())
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = _ratio(2 * tp, 2 * tp + fp + fn)
    return {"support": int(truth.sum()), "precision": p, "recall": r, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def score(cases: list[Any], cols: dict[str, Any]) -> dict[str, Any]:
    """ICH on definite cases, hedged cases sent to verification, and P/R/F1 per label."""
    y = np.array([c.ich for c in cases])
    ich = np.asarray(cols["ich"]) == 1
    sent = ich | (np.asarray(cols["uncertain"]) == 1)
    d = y != -1
    pos, neg = d & (y == 1), d & (y == 0)
    tp, fp = int((ich & pos).sum()), int((ich & neg).sum())
    out: dict[str, Any] = {
        "n": len(cases),
        "n_definite": int(d.sum()),
        "n_hedged": int((~d).sum()),
        "sensitivity": _ratio(tp, int(pos.sum())),
        "specificity": _ratio(int((~ich & neg).sum()), int(neg.sum())),
        "ppv": _ratio(tp, tp + fp),
        "f1": _ratio(2 * tp, tp + fp + int(pos.sum())),
        "hedged_sent": _ratio(int((sent & ~d).sum()), int((~d).sum())),
        "definite_sent_to_review": int((np.asarray(cols["uncertain"]) == 1)[d].sum()),
    }
    out["labels"] = {k: _prf(np.array([k in c.pos for c in cases]), np.asarray(cols[k]) == 1) for k in LABELS}
    out["misses"] = sorted(
        c.id for c, got in zip(cases, ich, strict=True) if c.ich in (0, 1) and bool(got) != bool(c.ich)
    )
    return out


def _reports(cases: list[Any], matcher: icheport.Matcher) -> list[icheport.Report]:
    return [
        matcher.match(c.text) if c.text else matcher.match(description=c.description, conclusion=c.conclusion)
        for c in cases
    ]


def _not_brain_zeroed(cols: dict[str, Any], other: np.ndarray) -> dict[str, Any]:
    """The label columns with the rows of another study set to 0, as `icheport label` leaves them."""
    zeroed = (*DECISION_COLUMNS, "ich_rule", "ich_score")
    return {k: (np.where(other, 0, np.asarray(v)) if k in zeroed else v) for k, v in cols.items()}


def evaluate_set(cs: CaseSet, model: Any) -> dict[str, Any] | None:
    try:
        cases = list(importlib.import_module(cs.module).CASES)
    except ModuleNotFoundError:
        return None
    matcher = (
        icheport.default_matcher()
        if cs.lexicon == "ru-ich"
        else icheport.Matcher(icheport.load_lexicon(cs.lexicon))
    )
    reports = _reports(cases, matcher)
    # as `icheport label` reads a table without a study type column: a report titled as a CT of another
    # region is no brain CT, and all its label columns are 0
    other = titled_other_study(pd.Series([c.text or c.description or "" for c in cases], dtype="str"))
    systems = {"rules": score(cases, _not_brain_zeroed(label_columns(reports, model=None), other))}
    if model is not None and cs.lexicon == "ru-ich":
        cols = _not_brain_zeroed(label_columns(reports, model=model), other)
        for policy in ("model", "review"):
            d = decide(np.asarray(cols["ich_rule"]), np.asarray(cols["ich_score"]), model.threshold_, policy)
            systems[policy] = score(cases, {**cols, "ich": d.ich, "uncertain": d.uncertain})
    return {"set": cs.module, "lexicon": cs.lexicon, "status": cs.status, "systems": systems}


def _fmt(x: float) -> str:
    return "  -  " if np.isnan(x) else f"{x:.3f}"


def print_result(r: dict[str, Any]) -> None:
    first = next(iter(r["systems"].values()))
    print(
        f"\n{r['set']} [{r['lexicon']}; {r['status']}]: {first['n']} cases "
        f"({first['n_definite']} definite, {first['n_hedged']} hedged)"
    )
    for name, s in r["systems"].items():
        print(
            f"  {name:6s} ICH sens {_fmt(s['sensitivity'])}  spec {_fmt(s['specificity'])}  ppv {_fmt(s['ppv'])}"
            f"  f1 {_fmt(s['f1'])}  hedged sent {_fmt(s['hedged_sent'])}  misses {len(s['misses'])}"
            f"  definite sent to review {s['definite_sent_to_review']}"
        )
    # subtype columns come from the rules whatever the policy
    print("  label      " + "  ".join(f"{k:>8s}" for k in LABELS))
    for metric in ("precision", "recall", "f1"):
        print(f"  {metric:10s} " + "  ".join(f"{_fmt(first['labels'][k][metric]):>8s}" for k in LABELS))
    print("  support    " + "  ".join(f"{first['labels'][k]['support']:>8d}" for k in LABELS))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="model path (default: the bundled default model); 'none' for rules only")
    ap.add_argument("--sets", nargs="*", help="only these set modules (default: every set that exists)")
    ap.add_argument("--misses", action="store_true", help="list the ids of ICH misses per set")
    ap.add_argument("--json", help="write the figures here")
    a = ap.parse_args()
    from icheport.model import default_model, load_model

    model = None if a.model == "none" else load_model(a.model) if a.model else default_model()
    results = [r for cs in SETS if not a.sets or cs.module in a.sets if (r := evaluate_set(cs, model))]
    for r in results:
        print_result(r)
        if a.misses:
            for name, s in r["systems"].items():
                print(f"  {name} ICH misses: {', '.join(s['misses']) or '-'}")
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1, default=float), encoding="utf-8")


if __name__ == "__main__":
    main()
