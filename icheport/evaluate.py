"""Evaluation: the rule labeler and the classifier side by side, with bootstrap CIs and error lists."""

from __future__ import annotations

import base64
import functools
import io as _io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score, roc_curve
from sklearn.model_selection import StratifiedKFold

from .matcher import LABELS, UNCLEAR

__all__ = [
    "EvaluationResult",
    "binary_metrics",
    "calibration_table",
    "cross_validate",
    "evaluate",
    "threshold_for_sensitivity",
]

# brier: mean squared error of the score as a probability; ece: expected calibration error, the
# report-weighted gap between mean score and observed rate over ten equal-width score bins.
METRICS = ("sensitivity", "specificity", "ppv", "npv", "f1", "accuracy", "roc_auc", "pr_auc", "brier", "ece")
_BINS = 10


def _bins(y: np.ndarray, score: np.ndarray, bins: int = _BINS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per equal-width score bin: reports, mean score, observed rate of positives (NaN in empty bins)."""
    idx = np.minimum((score * bins).astype(int), bins - 1)
    n = np.bincount(idx, minlength=bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (
            n,
            np.bincount(idx, weights=score, minlength=bins) / n,
            np.bincount(idx, weights=y, minlength=bins) / n,
        )


def calibration_table(y: Any, score: Any, bins: int = _BINS) -> pd.DataFrame:
    """Reliability table: per equal-width score bin, the reports in it, their mean score and the observed
    rate of positives. A calibrated score has ``mean_score`` close to ``observed`` in every bin."""
    y = np.asarray(y).astype(float)
    score = np.asarray(score, dtype=float)
    if not ((score >= 0) & (score <= 1)).all():
        raise ValueError("scores must be probabilities in [0, 1]")
    n, mean, observed = _bins(y, score, bins)
    edges = np.linspace(0, 1, bins + 1)
    return pd.DataFrame(
        {"bin_low": edges[:-1], "bin_high": edges[1:], "n": n, "mean_score": mean, "observed": observed}
    )


def _ece(y: np.ndarray, score: np.ndarray) -> float:
    n, mean, observed = _bins(y.astype(float), score)
    full = n > 0
    return float((n[full] * np.abs(mean[full] - observed[full])).sum() / max(len(y), 1))


def _point(y: np.ndarray, pred: np.ndarray, score: np.ndarray | None) -> dict[str, float]:
    tp = int(((pred == 1) & (y == 1)).sum())
    tn = int(((pred == 0) & (y == 0)).sum())
    fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum())

    def div(a: float, b: float) -> float:
        return a / b if b else float("nan")

    sens, spec, ppv = div(tp, tp + fn), div(tn, tn + fp), div(tp, tp + fp)
    out = {
        "sensitivity": sens,
        "specificity": spec,
        "ppv": ppv,
        "npv": div(tn, tn + fn),
        "f1": div(2 * tp, 2 * tp + fp + fn),
        "accuracy": div(tp + tn, len(y)),
        "roc_auc": float("nan"),
        "pr_auc": float("nan"),
        "brier": float("nan"),
        "ece": float("nan"),
    }
    if score is not None and len(y):
        out["brier"] = float(np.mean((score - y) ** 2))
        out["ece"] = _ece(y, score)
    if score is not None and len(np.unique(y)) == 2:
        out["roc_auc"] = float(roc_auc_score(y, score))
        out["pr_auc"] = float(average_precision_score(y, score))
    return out


def _counting_metrics(y: np.ndarray, pred: np.ndarray) -> dict[str, np.ndarray]:
    """The confusion-matrix metrics of many resamples at once (rows of ``y`` and ``pred``)."""
    tp = ((pred == 1) & (y == 1)).sum(1)
    tn = ((pred == 0) & (y == 0)).sum(1)
    fp = ((pred == 1) & (y == 0)).sum(1)
    fn = ((pred == 0) & (y == 1)).sum(1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return {
            "sensitivity": tp / (tp + fn),
            "specificity": tn / (tn + fp),
            "ppv": tp / (tp + fp),
            "npv": tn / (tn + fn),
            "f1": 2 * tp / (2 * tp + fp + fn),
            "accuracy": (tp + tn) / y.shape[1],
        }


def _bootstrap(
    y: np.ndarray, pred: np.ndarray, score: np.ndarray | None, n_boot: int, seed: int
) -> dict[str, np.ndarray]:
    """Every metric of ``n_boot`` resamples of the reports: counting metrics in numpy, 100 resamples at a
    time; the score-ranking metrics (AUCs, calibration) per resample."""
    n = len(y)
    rng = np.random.default_rng(seed)
    out: dict[str, list[np.ndarray]] = {k: [] for k in METRICS}
    for start in range(0, n_boot if n else 0, 100):
        idx = rng.integers(0, n, (min(100, n_boot - start), n), dtype=np.int32)
        for k, v in _counting_metrics(y[idx], pred[idx]).items():
            out[k].append(v)
        if score is None:
            continue
        s = score[idx]
        out["brier"].append(((s - y[idx]) ** 2).mean(1))
        scored = [_point(y[row], pred[row], score[row]) for row in idx]
        for k in ("roc_auc", "pr_auc", "ece"):
            out[k].append(np.array([p[k] for p in scored]))
    return {k: np.concatenate(v) if v else np.array([]) for k, v in out.items()}


def binary_metrics(
    y: Any, pred: Any, score: Any = None, *, n_boot: int = 1000, seed: int = 0
) -> dict[str, Any]:
    """Point estimates and percentile-bootstrap 95% CIs (resampling reports) plus the confusion matrix."""
    y = np.asarray(y).astype(int)
    pred = np.asarray(pred).astype(int)
    score = None if score is None else np.asarray(score, dtype=float)
    point = _point(y, pred, score)
    boots = _bootstrap(y, pred, score, n_boot, seed)
    n = len(y)
    ci = {}
    for k in METRICS:
        vals = np.asarray(boots[k], dtype=float)
        vals = vals[~np.isnan(vals)]
        ci[k] = (
            (float(np.percentile(vals, 2.5)), float(np.percentile(vals, 97.5)))
            if len(vals)
            else (np.nan, np.nan)
        )
    cm = {
        "tp": int(((pred == 1) & (y == 1)).sum()),
        "fp": int(((pred == 1) & (y == 0)).sum()),
        "fn": int(((pred == 0) & (y == 1)).sum()),
        "tn": int(((pred == 0) & (y == 0)).sum()),
    }
    return {"n": int(n), "point": point, "ci95": ci, "confusion": cm}


def threshold_for_sensitivity(y: Any, score: Any, target: float = 0.95) -> float:
    """The highest threshold whose sensitivity on (y, score) is at least ``target``."""
    y = np.asarray(y).astype(int)
    score = np.asarray(score, dtype=float)
    pos = np.sort(score[y == 1])[::-1]
    if not len(pos):
        raise ValueError("no positive reports: cannot pick a threshold for a target sensitivity")
    k = int(np.ceil(target * len(pos))) - 1
    return float(pos[min(max(k, 0), len(pos) - 1)])


@dataclass(frozen=True)
class EvaluationResult:
    """Metrics of the rules (and the classifier, when given) against a truth column."""

    systems: dict[str, dict[str, Any]]
    subtypes: pd.DataFrame
    errors: pd.DataFrame
    curves: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    threshold_for_target: dict[str, float] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)
    calibration: dict[str, pd.DataFrame] = field(default_factory=dict)

    def table(self) -> pd.DataFrame:
        rows = []
        for name, m in self.systems.items():
            for k in METRICS:
                lo, hi = m["ci95"][k]
                rows.append(
                    {"system": name, "metric": k, "value": m["point"][k], "ci_low": lo, "ci_high": hi}
                )
        return pd.DataFrame(rows).pivot_table(index="metric", columns="system", values="value", sort=False)

    def __str__(self) -> str:
        lines = []
        for name, m in self.systems.items():
            p, ci, cm = m["point"], m["ci95"], m["confusion"]
            lines.append(
                f"{name} (n={m['n']}): "
                + ", ".join(
                    f"{k} {p[k]:.3f} [{ci[k][0]:.3f}-{ci[k][1]:.3f}]" for k in METRICS if not np.isnan(p[k])
                )
            )
            lines.append(f"  confusion: TP {cm['tp']} FP {cm['fp']} FN {cm['fn']} TN {cm['tn']}")
        for name, t in self.threshold_for_target.items():
            lines.append(f"  {name}: threshold for the target sensitivity = {t:.4f}")
        lines.append(f"errors listed: {len(self.errors)}")
        return "\n".join(lines)

    def plot(self, kind: str = "roc"):
        """A matplotlib Figure of the ROC or PR curves, or the classifier's reliability diagram
        (``kind="calibration"``); no pyplot state: it shows in Jupyter, saves anywhere."""
        from matplotlib.figure import Figure

        if kind not in ("roc", "pr", "calibration"):
            raise ValueError(f"kind must be 'roc', 'pr' or 'calibration', got {kind!r}")
        fig = Figure(figsize=(4.5, 4.5))
        ax = fig.subplots()
        if kind == "calibration":
            for name, t in self.calibration.items():
                t = t[t["n"] > 0]
                ax.plot(
                    t["mean_score"],
                    t["observed"],
                    "o-",
                    label=f"{name} (ECE {self.systems[name]['point']['ece']:.3f})",
                )
            ax.plot([0, 1], [0, 1], ":", color="grey")
            ax.set_xlabel("mean score in bin")
            ax.set_ylabel("observed rate of ICH")
            ax.set_title("Calibration (reliability)")
            ax.legend(loc="upper left", fontsize=8)
            fig.tight_layout()
            return fig
        for name, c in self.curves.items():
            if kind == "roc":
                ax.plot(
                    c["fpr"], c["tpr"], label=f"{name} (AUC {self.systems[name]['point']['roc_auc']:.3f})"
                )
            else:
                ax.plot(
                    c["recall"],
                    c["precision"],
                    label=f"{name} (AP {self.systems[name]['point']['pr_auc']:.3f})",
                )
        if kind == "roc":
            ax.plot([0, 1], [0, 1], ":", color="grey")
            ax.set_xlabel("1 - specificity")
            ax.set_ylabel("sensitivity")
        else:
            ax.set_xlabel("recall (sensitivity)")
            ax.set_ylabel("precision (PPV)")
        ax.set_title("ROC" if kind == "roc" else "Precision-recall")
        ax.legend(loc="lower right" if kind == "roc" else "lower left", fontsize=8)
        fig.tight_layout()
        return fig

    @property
    def plot_kinds(self) -> tuple[str, ...]:
        """The plots this result can draw: ROC and PR with both classes, calibration with a classifier."""
        if not self.curves:
            return ()
        return ("roc", "pr", "calibration") if self.calibration else ("roc", "pr")

    def _repr_html_(self) -> str:
        imgs = []
        for kind in self.plot_kinds:
            fig = self.plot(kind)
            buf = _io.BytesIO()
            fig.savefig(buf, format="png", dpi=80)
            imgs.append(f'<img src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}"/>')
        return self.table().round(3).to_html() + "".join(imgs)


def evaluate(
    truth: Any,
    rule: Any,
    *,
    score: Any = None,
    threshold: float = 0.5,
    reports_frame: pd.DataFrame | None = None,
    truth_frame: pd.DataFrame | None = None,
    ids: Any = None,
    target_sensitivity: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
    out_dir: str | Path | None = None,
) -> EvaluationResult:
    """Compare the rule labels (1/0/-1) and, if given, classifier scores with binary truth.

    Rule "unclear" (-1) counts as negative for the rule's point metrics and as 0.5 for its AUC.
    ``reports_frame`` (the output of ``label_frame``) gives subtype columns and evidence for the error
    list; ``truth_frame`` may hold subtype truth columns (edh ... combined) for per-subtype scores.
    """
    y = np.asarray(truth).astype(int)
    rule = np.asarray(rule).astype(int)
    rule_score = np.where(rule == 1, 1.0, np.where(rule == UNCLEAR, 0.5, 0.0))
    systems = {"rules": binary_metrics(y, rule == 1, rule_score, n_boot=n_boot, seed=seed)}
    scores = {"rules": rule_score}
    thresholds: dict[str, float] = {}
    if score is not None:
        score = np.asarray(score, dtype=float)
        systems["classifier"] = binary_metrics(y, score >= threshold, score, n_boot=n_boot, seed=seed)
        scores["classifier"] = score
        if (y == 1).any():
            thresholds["classifier"] = threshold_for_sensitivity(y, score, target_sensitivity)
        calibration = {"classifier": calibration_table(y, score)}
    else:
        calibration = {}
    curves = _curves(y, scores)
    subtypes = _subtype_scores(reports_frame, truth_frame)
    final = (score >= threshold).astype(int) if score is not None else (rule == 1).astype(int)
    shown = score if score is not None else rule_score
    err = _error_list(y, final, rule, shown, ids, reports_frame)
    result = EvaluationResult(systems, subtypes, err, curves, thresholds, calibration=calibration)
    if out_dir is not None:
        result = _write(result, Path(out_dir))
    return result


def _curves(y: np.ndarray, scores: dict[str, np.ndarray]) -> dict[str, dict[str, list[float]]]:
    """ROC and precision-recall points of each system (none unless the truth has both classes)."""
    curves: dict[str, dict[str, list[float]]] = {}
    if len(np.unique(y)) == 2:
        for name, s in scores.items():
            fpr, tpr, _ = roc_curve(y, s)
            prec, rec, _ = precision_recall_curve(y, s)
            curves[name] = {
                "fpr": fpr.tolist(),
                "tpr": tpr.tolist(),
                "precision": prec.tolist(),
                "recall": rec.tolist(),
            }
    return curves


def _subtype_scores(reports_frame: pd.DataFrame | None, truth_frame: pd.DataFrame | None) -> pd.DataFrame:
    """Precision, recall and F1 of each subtype label found in both frames (``uncertain`` left out)."""
    sub_rows = []
    if reports_frame is not None and truth_frame is not None:
        for lab in LABELS:
            if lab in reports_frame.columns and lab in truth_frame.columns and lab != "uncertain":
                t = np.asarray(truth_frame[lab]).astype(int)
                p = np.asarray(reports_frame[lab]).astype(int)
                tp, fp, fn = (
                    int(((p == 1) & (t == 1)).sum()),
                    int(((p == 1) & (t == 0)).sum()),
                    int(((p == 0) & (t == 1)).sum()),
                )
                prec = tp / (tp + fp) if tp + fp else float("nan")
                rec = tp / (tp + fn) if tp + fn else float("nan")
                f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
                sub_rows.append(
                    {"label": lab, "support": int(t.sum()), "precision": prec, "recall": rec, "f1": f1}
                )
    return pd.DataFrame(sub_rows, columns=["label", "support", "precision", "recall", "f1"])


def _error_list(
    y: np.ndarray,
    final: np.ndarray,
    rule: np.ndarray,
    score: np.ndarray,
    ids: Any,
    reports_frame: pd.DataFrame | None,
) -> pd.DataFrame:
    """One row per case the final decision got wrong, with the rule, the score and the evidence."""
    wrong = np.flatnonzero(final != y)
    err = pd.DataFrame(
        {
            "row": wrong,
            "id": (np.asarray(ids)[wrong] if ids is not None else wrong),
            "error": np.where(y[wrong] == 1, "false_negative", "false_positive"),
            "truth": y[wrong],
            "rule": rule[wrong],
            "score": score[wrong],
        }
    )
    if reports_frame is not None and "evidence" in reports_frame.columns:
        err["evidence"] = np.asarray(reports_frame["evidence"])[wrong]
    return err


def _write(result: EvaluationResult, out: Path) -> EvaluationResult:
    from .io import write_atomic, write_csv, write_text_atomic

    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    metrics = {
        name: {"n": m["n"], "point": m["point"], "ci95": m["ci95"], "confusion": m["confusion"]}
        for name, m in result.systems.items()
    }
    metrics["threshold_for_target_sensitivity"] = result.threshold_for_target
    metrics["subtypes"] = result.subtypes.to_dict(orient="records")
    metrics["calibration"] = {name: t.to_dict(orient="records") for name, t in result.calibration.items()}
    paths["metrics"] = write_text_atomic(out / "metrics.json", json.dumps(metrics, indent=1, default=float))
    paths["errors"] = write_csv(result.errors, out / "errors.csv")
    for kind in result.plot_kinds:
        fig = result.plot(kind)
        paths[kind] = write_atomic(out / f"{kind}.png", functools.partial(_save_png, fig))
    return EvaluationResult(
        result.systems,
        result.subtypes,
        result.errors,
        result.curves,
        result.threshold_for_target,
        paths,
        result.calibration,
    )


def cross_validate(model: Any, X: Any, y: Any, *, cv: int = 5, seed: int = 0) -> pd.DataFrame:
    """Stratified k-fold scores (sensitivity, specificity, F1, ROC AUC) of a fresh clone per fold."""
    from sklearn.base import clone

    y = np.asarray(y).astype(int)
    items = X.reset_index(drop=True) if isinstance(X, pd.DataFrame) else list(X)
    rows = []
    for k, (tr, te) in enumerate(
        StratifiedKFold(cv, shuffle=True, random_state=seed).split(np.zeros(len(y)), y)
    ):
        m = clone(model)
        xtr = items.iloc[tr] if isinstance(items, pd.DataFrame) else [items[i] for i in tr]
        xte = items.iloc[te] if isinstance(items, pd.DataFrame) else [items[i] for i in te]
        m.fit(xtr, y[tr])
        p = m.predict_proba(xte)[:, 1]
        pt = _point(y[te], (p >= m.threshold_).astype(int), p)
        rows.append({"fold": k, **{key: pt[key] for key in ("sensitivity", "specificity", "f1", "roc_auc")}})
    return pd.DataFrame(rows)


def _save_png(fig: Any, path: Path) -> None:
    fig.savefig(path, format="png", dpi=110)
