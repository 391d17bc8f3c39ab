"""Verification loop: radiologist worksheets out, reader verdicts in, agreement, adjudication, Table 1.

The flow reproduces the source study's protocol: two radiologists read every candidate independently, an
expert settles the cases they disagree on, and the verified labels are counted per class (Table 1) and fed
back to training.

1. :func:`make_worksheets` merges ``candidates_ich.csv`` and ``candidates_no_ich.csv``, shuffles the cases
   separately for every reader and writes ``reader1.xlsx``, ``reader2.xlsx`` and ``manifest.json``.
2. Radiologists fill the verdict columns (or :func:`simulate_readers` does it from a truth table).
3. :func:`adjudicate` validates the sheets, writes ``agreement.csv`` and, when the readers disagree,
   ``expert.xlsx``; once the expert sheet is back (or nothing was disputed) it writes ``final_labels.csv``,
   ``table1.csv`` / ``table1.md`` and ``triage_precision.csv``.

Worksheet layout (sheet ``cases``; one row per case)::

    case_id | description | conclusion | ich edh sdh sah iph ivh multiple fracture combined | uncertain | comment
    [expert sheet only: disagree_on | reader1 | reader2]
    hidden: description_sha256 | conclusion_sha256 | spans

The text columns are locked (sheet protection without a password: it prevents accidental edits, not
deliberate ones) and every text is hashed into hidden columns and ``manifest.json``, so an edited text is
detected on read-back. A ``instructions`` sheet explains the labels in Russian and English. A very hidden
``_icheport`` sheet records the sheet's role (reader1, reader2, expert), the seed and the format version.

Evidence highlighting (from the ``spans`` column, see docs/contracts.md):

=====================================  ======================================
span                                   style
=====================================  ======================================
mention, status ``present``            bold dark red
mention, status ``uncertain``          bold orange
mention, status ``negated``            grey, struck through
mention, ``resolved``/``extracranial`` grey italic
trigger (negation, hedge, ...)         underlined (dark blue when not inside a mention)
stop phrase                            grey, double underline
=====================================  ======================================

Privacy: no function here prints or logs report text; worksheets carry only the pseudonymous ``case_id``
and the report text; error messages name sheet, row and column, never the text.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .io import atomic_path, unescape_formulas, write_csv, write_text_atomic
from .runs import mark_worksheets_issued

__all__ = [
    "FORMAT_VERSION",
    "LABELS",
    "VERDICT_COLUMNS",
    "AdjudicationResult",
    "Problem",
    "Proportion",
    "VerificationError",
    "WorksheetResult",
    "adjudicate",
    "cohen_kappa",
    "make_worksheets",
    "simulate_readers",
    "wilson_ci",
]

FORMAT_VERSION = "1"

#: Dataset labels, in Table-1 order. Each is a yes/no verdict.
LABELS: tuple[str, ...] = ("ich", "edh", "sdh", "sah", "iph", "ivh", "multiple", "fracture", "combined")
#: Labels that describe a hemorrhage: "yes" in any of them requires ich "yes".
HEMORRHAGE_LABELS: tuple[str, ...] = ("edh", "sdh", "sah", "iph", "ivh", "multiple", "combined")
#: Every yes/no column of a worksheet (``uncertain`` is a reader's flag, blank means "no").
VERDICT_COLUMNS: tuple[str, ...] = (*LABELS, "uncertain")

TEXT_COLUMNS: tuple[str, ...] = ("description", "conclusion")
HASH_COLUMNS: tuple[str, ...] = ("description_sha256", "conclusion_sha256")
EXPERT_EXTRA_COLUMNS: tuple[str, ...] = ("disagree_on", "reader1", "reader2")
CASES_SHEET = "cases"
META_SHEET = "_icheport"
INSTRUCTIONS_SHEET = "instructions"

BOOTSTRAP_RESAMPLES = 2000
KAPPA_CI_METHOD = f"percentile bootstrap over cases, {BOOTSTRAP_RESAMPLES} resamples"

_YES = frozenset({"yes", "да"})
_NO = frozenset({"no", "нет"})
_MAX_CELL = 32_000  # Excel refuses cells longer than 32,767 characters
_MAX_MESSAGE_LINES = 50

_LABEL_HELP: dict[str, tuple[str, str]] = {
    "ich": (
        "Внутричерепное кровоизлияние в этом исследовании (острое, подострое, хроническое; геморрагическая "
        "трансформация, геморрагический ушиб, кровоизлияние в опухоль, остаточная послеоперационная гематома)",
        "Intracranial blood present in this study (acute, subacute, chronic; hemorrhagic transformation, "
        "hemorrhagic contusion, bleeding into a tumor, residual postoperative hematoma)",
    ),
    "edh": ("Эпидуральная гематома", "Epidural hematoma"),
    "sdh": (
        "Субдуральная гематома (включая хроническую/подострую изоденсную)",
        "Subdural hematoma (chronic/subacute isodense included)",
    ),
    "sah": ("Субарахноидальное кровоизлияние (САК)", "Subarachnoid hemorrhage"),
    "iph": (
        "Внутримозговое / паренхиматозное кровоизлияние (ВМГ; геморрагический ушиб)",
        "Intracerebral / intraparenchymal hemorrhage (hemorrhagic contusion)",
    ),
    "ivh": (
        "Внутрижелудочковое кровоизлияние (ВЖК, гемотампонада, прорыв крови в ликворные пространства)",
        "Intraventricular hemorrhage / break into CSF spaces",
    ),
    "multiple": (
        "Два и более типа кровоизлияния или два и более отдельных очага",
        "Two or more hemorrhage types, or two or more separate foci",
    ),
    "fracture": ("Перелом свода или основания черепа", "Skull vault or base fracture"),
    "combined": (
        "Кровоизлияние вместе с причинной патологией (опухоль, инфаркт с геморрагической трансформацией, "
        "АВМ, аневризма)",
        "Hemorrhage together with a causal pathology (tumor, infarct with hemorrhagic transformation, AVM, "
        "aneurysm)",
    ),
    "uncertain": (
        "Кровоизлияние только предполагается («нельзя исключить», «под вопросом»); пусто = нет",
        'Hemorrhage only suggested ("cannot be excluded", "questionable"); blank = no',
    ),
    "comment": ("Свободный комментарий", "Free-text comment"),
}


# ---------------------------------------------------------------------------------------------------------
# Results and errors


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a returned worksheet: file name, Excel row (1 = header), column name."""

    sheet: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.sheet]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where)}: {self.message}"


class VerificationError(ValueError):
    """Returned worksheets failed validation; ``.problems`` lists every problem found."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems: tuple[Problem, ...] = tuple(problems)
        lines = [str(p) for p in self.problems[:_MAX_MESSAGE_LINES]]
        rest = len(self.problems) - len(lines)
        if rest > 0:
            lines.append(f"... and {rest} more problem(s)")
        header = f"{len(self.problems)} problem(s) in the returned worksheets:"
        super().__init__("\n".join([header, *lines]))


@dataclass(frozen=True)
class WorksheetResult:
    """What :func:`make_worksheets` wrote."""

    out_dir: Path
    reader_paths: tuple[Path, ...]
    expert_path: Path | None
    manifest_path: Path
    n_cases: int
    seed: int
    prefill: bool

    def summary(self) -> str:
        sheets = ", ".join(p.name for p in self.reader_paths)
        extra = f" + {self.expert_path.name}" if self.expert_path else ""
        return f"{self.n_cases} cases -> {sheets}{extra} in {self.out_dir} (seed {self.seed})"


@dataclass(frozen=True)
class Proportion:
    """A proportion k/n with a Wilson 95% confidence interval."""

    name: str
    k: int
    n: int
    value: float
    ci_low: float
    ci_high: float


@dataclass(frozen=True)
class AdjudicationResult:
    """What :func:`adjudicate` found and wrote.

    ``status`` is ``"final"`` (``final_labels.csv``, Table 1 and triage precision written) or
    ``"pending_expert"`` (readers disagree and no expert sheet was given: only ``agreement.csv`` and
    ``expert.xlsx`` exist; fill the expert sheet and call :func:`adjudicate` again with ``expert_path``).
    """

    out_dir: Path
    status: str
    n_cases: int
    n_disagreements: int
    agreement: pd.DataFrame
    agreement_path: Path
    expert_worksheet: Path | None
    final_labels: pd.DataFrame | None = None
    final_labels_path: Path | None = None
    table1: pd.DataFrame | None = None
    table1_csv: Path | None = None
    table1_md: Path | None = None
    ppv: Proportion | None = None
    npv: Proportion | None = None
    triage_precision_path: Path | None = None
    summary_path: Path | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def pending(self) -> bool:
        return self.status == "pending_expert"

    def summary(self) -> str:
        lines = [
            f"{self.n_cases} cases, {self.n_disagreements} with reader disagreement; status: {self.status}"
        ]
        for row in self.agreement.itertuples(index=False):
            if math.isnan(row.kappa):
                kappa = "kappa undefined (the readers gave one and the same answer to every case)"
            else:
                kappa = f"kappa {row.kappa:.3f} [{row.kappa_ci_low:.3f}, {row.kappa_ci_high:.3f}]"
            lines.append(f"  {row.label:<9} agreement {row.percent_agreement:5.1f}%  {kappa}")
        for p in (self.ppv, self.npv):
            if p is not None:
                lines.append(f"  {p.name}: {p.k}/{p.n} = {p.value:.3f} [{p.ci_low:.3f}, {p.ci_high:.3f}]")
        if self.pending and self.expert_worksheet is not None:
            lines.append(f"  expert worksheet: {self.expert_worksheet}")
        if self.final_labels_path is not None:
            lines.append(f"  final labels: {self.final_labels_path}")
        lines.extend(f"  note: {n}" for n in self.notes)
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------
# Small statistics


def cohen_kappa(a: Sequence[Any], b: Sequence[Any]) -> float:
    """Cohen's kappa between two raters' labels of the same items (scikit-learn's ``cohen_kappa_score``).

    Returns NaN when chance agreement is 1 (both raters used one and the same category throughout), where
    kappa is undefined.
    """
    a, b = list(a), list(b)
    if len(a) != len(b):
        raise ValueError(f"cohen_kappa: lengths differ ({len(a)} vs {len(b)})")
    if not a or len(set(a) | set(b)) < 2:
        return math.nan
    from sklearn.metrics import cohen_kappa_score

    labels = sorted(set(a) | set(b), key=repr)
    codes = {c: i for i, c in enumerate(labels)}
    return float(cohen_kappa_score([codes[x] for x in a], [codes[x] for x in b]))


def _kappa_from_counts(n11: np.ndarray, n10: np.ndarray, n01: np.ndarray, n00: np.ndarray) -> np.ndarray:
    """Kappa of 2x2 tables (vectorized). n10 = reader 1 yes, reader 2 no."""
    n = n11 + n10 + n01 + n00
    with np.errstate(invalid="ignore", divide="ignore"):
        po = (n11 + n00) / n
        pe = ((n11 + n10) * (n11 + n01) + (n00 + n01) * (n00 + n10)) / (n * n)
        kappa = (po - pe) / (1.0 - pe)
    return np.where(pe >= 1.0, np.nan, kappa)


def wilson_ci(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for k successes out of n (scipy's ``binomtest(...).proportion_ci``);
    (nan, nan) when n == 0."""
    if n <= 0:
        return (math.nan, math.nan)
    from scipy.stats import binomtest

    ci = binomtest(int(k), int(n)).proportion_ci(confidence_level=confidence, method="wilson")
    return (float(ci.low), float(ci.high))


def _proportion(name: str, k: int, n: int) -> Proportion:
    lo, hi = wilson_ci(k, n)
    return Proportion(name=name, k=int(k), n=int(n), value=k / n if n else math.nan, ci_low=lo, ci_high=hi)


# ---------------------------------------------------------------------------------------------------------
# Text, hashes, provenance


def _icheport_version() -> str:
    try:
        import icheport

        version = getattr(icheport, "__version__", None)
        if isinstance(version, str):
            return version
    except ImportError:  # pragma: no cover - verify is part of the package
        pass
    try:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as dist_version

        try:
            return dist_version("icheport")
        except PackageNotFoundError:
            return "0.0.0"
    except ImportError:  # pragma: no cover
        return "0.0.0"


def _clean_text(text: Any) -> tuple[str, list[int]]:
    """Text as written to a cell, and a map from every original offset (0..len) to the written offset.

    Line endings become ``\\n`` (XML normalizes ``\\r`` anyway), characters Excel cannot store are dropped
    and very long texts are cut at Excel's cell limit.
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return "", [0]
    text = str(text)
    out: list[str] = []
    mapping: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        mapping.append(len(out))
        if ch == "\r":
            if i + 1 < len(text) and text[i + 1] == "\n":
                mapping.append(len(out))  # the "\n" of "\r\n" maps to the same place
                i += 1
            out.append("\n")
        elif not ILLEGAL_CHARACTERS_RE.match(ch):
            out.append(ch)
        i += 1
    mapping.append(len(out))
    cleaned = "".join(out)
    if len(cleaned) > _MAX_CELL:
        cleaned = cleaned[:_MAX_CELL]
        mapping = [min(m, _MAX_CELL) for m in mapping]
    return cleaned, mapping


def _text_hash(text: Any) -> str:
    """SHA-256 of a cell's text; newlines normalized and outer whitespace stripped (what spreadsheet
    programs may change on save without anyone editing the text)."""
    if text is None:
        text = ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------------------------------------
# Candidates


def _load_candidates(candidates: pd.DataFrame | str | Path | Iterable[str | Path]) -> pd.DataFrame:
    if isinstance(candidates, pd.DataFrame):
        df = candidates.copy()
    else:
        paths = [candidates] if isinstance(candidates, str | Path) else list(candidates)
        if not paths:
            raise ValueError("no candidate files given")
        frames = []
        for p in paths:
            frames.append(
                unescape_formulas(pd.read_csv(Path(p), dtype=str, keep_default_na=False, encoding="utf-8"))
            )
        df = pd.concat(frames, ignore_index=True)
    missing = [c for c in ("case_id", *TEXT_COLUMNS) if c not in df.columns]
    if missing:
        raise ValueError(f"candidates lack column(s) {missing}; see docs/contracts.md")
    df = df.reset_index(drop=True)
    df["case_id"] = df["case_id"].map(_norm_case_id)
    blank = df["case_id"] == ""
    if blank.any():
        raise ValueError(f"candidates have {int(blank.sum())} row(s) without case_id")
    dup = df["case_id"].duplicated(keep=False)
    if dup.any():
        ids = sorted(set(df.loc[dup, "case_id"]))
        raise ValueError(f"candidates repeat case_id(s): {ids[:10]}{' ...' if len(ids) > 10 else ''}")
    for col in TEXT_COLUMNS:
        df[col] = df[col].map(
            lambda v: "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
        )
    return df


def _norm_case_id(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _to_bit(value: Any) -> int | None:
    """0/1 from matcher-style or truth-table values; None when unknown (blank, -1)."""
    if value is None or isinstance(value, bool):
        return None if value is None else int(value)
    if isinstance(value, int | np.integer):
        return int(value) if value in (0, 1) else None
    if isinstance(value, float | np.floating):
        if math.isnan(value):
            return None
        return int(value) if value in (0.0, 1.0) else None
    s = str(value).strip().casefold()
    if s in ("1", "1.0", "true") or s in _YES:
        return 1
    if s in ("0", "0.0", "false") or s in _NO:
        return 0
    return None


# ---------------------------------------------------------------------------------------------------------
# Rich text

_COLOR_PRESENT = "C00000"
_COLOR_UNCERTAIN = "E26B0A"
_COLOR_GREY = "808080"
_COLOR_TRIGGER = "1F4E79"


def _span_style(span: Mapping[str, Any]) -> dict[str, Any]:
    role = str(span.get("role", "mention"))
    status = str(span.get("status", ""))
    if role == "trigger":
        return {"u": "single", "color": _COLOR_TRIGGER, "rank": 1}
    if role == "stop":
        return {"u": "double", "color": _COLOR_GREY, "rank": 2}
    if status == "present":
        return {"b": True, "color": _COLOR_PRESENT, "rank": 5}
    if status == "uncertain":
        return {"b": True, "color": _COLOR_UNCERTAIN, "rank": 4}
    if status == "negated":
        return {"strike": True, "color": _COLOR_GREY, "rank": 3}
    if status in ("resolved", "extracranial"):
        return {"i": True, "color": _COLOR_GREY, "rank": 3}
    return {"b": True, "rank": 0}


def _parse_spans(spans_json: Any) -> list[dict[str, Any]]:
    if spans_json is None or (isinstance(spans_json, float) and math.isnan(spans_json)):
        return []
    if isinstance(spans_json, list):
        data = spans_json
    else:
        s = str(spans_json).strip()
        if not s:
            return []
        try:
            data = json.loads(s)
        except json.JSONDecodeError:
            return []
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def _rich_text(text: str, mapping: list[int], spans: list[dict[str, Any]], field_name: str) -> Any:
    """CellRichText of ``text`` (already cleaned) with the spans of ``field_name`` highlighted."""
    if not text:
        return None
    n = len(text)
    # per character: color (by rank), bold, italic, strike, underline
    rank = [-1] * n
    color: list[str | None] = [None] * n
    bold = [False] * n
    italic = [False] * n
    strike = [False] * n
    underline: list[str | None] = [None] * n
    for span in spans:
        if span.get("field") != field_name:
            continue
        try:
            start, stop = int(span["start"]), int(span["stop"])
        except (KeyError, TypeError, ValueError):
            continue
        if not 0 <= start < stop < len(mapping):
            continue
        a, b = mapping[start], mapping[stop]
        style = _span_style(span)
        for i in range(a, min(b, n)):
            if style["rank"] > rank[i] and "color" in style:
                rank[i] = style["rank"]
                color[i] = style["color"]
            bold[i] = bold[i] or style.get("b", False)
            italic[i] = italic[i] or style.get("i", False)
            strike[i] = strike[i] or style.get("strike", False)
            if underline[i] is None:
                underline[i] = style.get("u")
    keys = [(color[i], bold[i], italic[i], strike[i], underline[i]) for i in range(n)]
    parts: list[Any] = []
    start = 0
    for i in range(1, n + 1):
        if i == n or keys[i] != keys[start]:
            chunk = text[start:i]
            c, b_, i_, s_, u_ = keys[start]
            if (c, b_, i_, s_, u_) == (None, False, False, False, None):
                parts.append(chunk)
            else:
                font = InlineFont(color=c, b=b_ or None, i=i_ or None, strike=s_ or None, u=u_)
                parts.append(TextBlock(font, chunk))
            start = i
    return CellRichText(parts)


# ---------------------------------------------------------------------------------------------------------
# Worksheets out


@dataclass(frozen=True)
class _Case:
    case_id: str
    description: str  # cleaned, as written to the cell
    conclusion: str
    spans: str  # JSON, offsets in the ORIGINAL text
    description_map: tuple[int, ...]
    conclusion_map: tuple[int, ...]
    suggestion: Mapping[str, int | None]


def _cases_from_frame(df: pd.DataFrame) -> list[_Case]:
    cases = []
    has_spans = "spans" in df.columns
    for row in df.to_dict("records"):
        desc, dmap = _clean_text(row.get("description"))
        concl, cmap = _clean_text(row.get("conclusion"))
        spans = row.get("spans") if has_spans else ""
        spans = "" if spans is None or (isinstance(spans, float) and math.isnan(spans)) else str(spans)
        suggestion = {c: _to_bit(row.get(c)) for c in VERDICT_COLUMNS if c in row}
        cases.append(_Case(row["case_id"], desc, concl, spans, tuple(dmap), tuple(cmap), suggestion))
    return cases


def _write_instructions(wb: Workbook, role: str) -> None:
    ws = wb.create_sheet(INSTRUCTIONS_SHEET)
    lines: list[tuple[str, str, str]] = [
        ("", "Инструкция", "Instructions"),
        (
            "",
            "Прочитайте описание и заключение и заполните столбцы ich ... combined значениями yes/no "
            "(допустимо да/нет). uncertain = yes, если кровоизлияние только предполагается. "
            "Текст заблокирован и проверяется по хэшу: не редактируйте его.",
            "Read the description and conclusion and fill the columns ich ... combined with yes/no "
            "(да/нет accepted). Set uncertain = yes when a hemorrhage is only suggested. The text is locked "
            "and checked by hash: do not edit it.",
        ),
        (
            "",
            "Если ich = no, все подтипы (edh ... ivh, multiple, combined) тоже no. fracture не зависит от ich.",
            "If ich = no, every subtype (edh ... ivh, multiple, combined) must be no too. fracture is "
            "independent of ich.",
        ),
        (
            "",
            "Не ВЧК: гематома мягких тканей, подапоневротическая, гемосинус, кальцинаты, гиперденсная "
            "артерия, только последствия (киста, глиоз), рассосавшаяся гематома.",
            "Not ICH: scalp / soft-tissue / subgaleal hematoma, blood in the sinuses, calcifications, "
            "hyperdense artery sign, old sequelae only (cyst, gliosis), a resolved hematoma.",
        ),
        (
            "",
            "Подсветка (подсказка автомата, может ошибаться): жирный красный — находка; оранжевый — "
            "предположение; серый зачёркнутый — отрицание; серый курсив — рассосалось/вне черепа; "
            "подчёркнуто — слово, которое решило статус.",
            "Highlighting (the matcher's evidence, may be wrong): bold red = finding; orange = suggested; "
            "grey struck through = negated; grey italic = resolved/extracranial; underlined = the word that "
            "decided the status.",
        ),
        ("", "", ""),
        ("label", "значение", "meaning"),
    ]
    if role == "expert":
        lines.insert(
            2,
            (
                "",
                "Лист эксперта: согласованные метки уже заполнены; заполните жёлтые ячейки (разногласия). "
                "Ответы читающих — в столбцах reader1 / reader2.",
                "Expert sheet: the labels the readers agreed on are pre-filled; fill the yellow cells "
                "(disagreements). The readers' verdicts are in the columns reader1 / reader2.",
            ),
        )
    for label, (ru, en) in _LABEL_HELP.items():
        lines.append((label, ru, en))
    for r, (a, b, c) in enumerate(lines, start=1):
        ws.cell(r, 1, a)
        ws.cell(r, 2, b)
        ws.cell(r, 3, c)
        for col in (1, 2, 3):
            ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
    ws["B1"].font = Font(bold=True, size=13)
    ws["C1"].font = Font(bold=True, size=13)
    header_row = len(lines) - len(_LABEL_HELP)
    for col in (1, 2, 3):
        ws.cell(header_row, col).font = Font(bold=True)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 70


def _write_meta(wb: Workbook, meta: Mapping[str, Any]) -> None:
    ws = wb.create_sheet(META_SHEET)
    for r, (k, v) in enumerate(meta.items(), start=1):
        ws.cell(r, 1, k)
        ws.cell(r, 2, str(v))
    ws.sheet_state = "veryHidden"


def _write_worksheet(
    path: Path,
    cases: Sequence[_Case],
    *,
    role: str,
    meta: Mapping[str, Any],
    prefill: Mapping[str, Mapping[str, int | None]] | None = None,
    highlight_blank: Mapping[str, Sequence[str]] | None = None,
    extra: Mapping[str, Mapping[str, str]] | None = None,
    show_findings: bool = False,
) -> None:
    """Write one worksheet. ``prefill``: case_id -> verdict column -> 0/1; ``highlight_blank``:
    case_id -> columns to fill yellow (expert); ``extra``: case_id -> expert extra column -> text.
    ``show_findings``: highlight the matcher's evidence in the text and keep its spans (only with prefill:
    a blind reader sees the report as written, nothing of what the tool found)."""
    wb = Workbook()
    ws = wb.active
    ws.title = CASES_SHEET
    expert_cols = EXPERT_EXTRA_COLUMNS if extra is not None else ()
    columns = ["case_id", *TEXT_COLUMNS, *VERDICT_COLUMNS, "comment", *expert_cols, *HASH_COLUMNS, "spans"]
    col_index = {name: i + 1 for i, name in enumerate(columns)}
    header_font = Font(bold=True)
    for name, idx in col_index.items():
        cell = ws.cell(1, idx, name)
        cell.font = header_font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if name in _LABEL_HELP:
            ru, en = _LABEL_HELP[name]
            cell.comment = Comment(f"{ru}\n\n{en}", "icheport", width=300, height=160)
    wrap_top = Alignment(wrap_text=True, vertical="top")
    center_top = Alignment(horizontal="center", vertical="top")
    unlocked = Protection(locked=False)
    yellow = PatternFill("solid", fgColor="FFF2CC")
    for r, case in enumerate(cases, start=2):
        cid = ws.cell(r, col_index["case_id"], case.case_id)
        cid.data_type = "s"
        cid.alignment = Alignment(vertical="top")
        spans = _parse_spans(case.spans) if show_findings else []
        for name, text, mapping in (
            ("description", case.description, case.description_map),
            ("conclusion", case.conclusion, case.conclusion_map),
        ):
            cell = ws.cell(r, col_index[name])
            cell.value = _rich_text(text, list(mapping), spans, name)
            cell.alignment = wrap_top
        pre = (prefill or {}).get(case.case_id, {})
        blanks = set((highlight_blank or {}).get(case.case_id, ()))
        for name in (*VERDICT_COLUMNS, "comment"):
            cell = ws.cell(r, col_index[name])
            value = pre.get(name)
            if value is not None:
                cell.value = "yes" if value else "no"
            cell.protection = unlocked
            cell.alignment = wrap_top if name == "comment" else center_top
            if name in blanks:
                cell.fill = yellow
        for name, text in (extra or {}).get(case.case_id, {}).items():
            cell = ws.cell(r, col_index[name], text)
            cell.data_type = "s"
            cell.alignment = wrap_top
        ws.cell(r, col_index["description_sha256"], _text_hash(case.description))
        ws.cell(r, col_index["conclusion_sha256"], _text_hash(case.conclusion))
        shown = case.spans if show_findings and len(case.spans) <= _MAX_CELL else ""
        spans_cell = ws.cell(r, col_index["spans"], shown)
        spans_cell.data_type = "s"
    last = len(cases) + 1
    first_v = get_column_letter(col_index[VERDICT_COLUMNS[0]])
    last_v = get_column_letter(col_index[VERDICT_COLUMNS[-1]])
    if cases:
        dv = DataValidation(
            type="list",
            formula1='"yes,no"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="yes / no",
            error="Введите yes или no / Enter yes or no",
        )
        ws.add_data_validation(dv)
        dv.add(f"{first_v}2:{last_v}{last}")
        ws.conditional_formatting.add(
            f"{first_v}2:{last_v}{last}",
            CellIsRule(operator="equal", formula=['"yes"'], fill=PatternFill("solid", fgColor="F8CBAD")),
        )
    widths = {"case_id": 11, "description": 80, "conclusion": 50, "comment": 30, "uncertain": 10}
    widths.update({c: 9 for c in LABELS})
    widths.update({"disagree_on": 16, "reader1": 28, "reader2": 28})
    for name, idx in col_index.items():
        letter = get_column_letter(idx)
        ws.column_dimensions[letter].width = widths.get(name, 12)
        if name in (*HASH_COLUMNS, "spans"):
            ws.column_dimensions[letter].hidden = True
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(col_index['comment'])}{last}"
    # Protection without a password: guards the text against accidental edits; hashes catch the rest.
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    _write_instructions(wb, role)
    _write_meta(wb, {"format_version": FORMAT_VERSION, "role": role, **meta})
    wb.active = 0
    _save_workbook(wb, path)


def _save_workbook(wb: Any, path: Path) -> None:
    """Save through a temporary .xlsx beside ``path``: an interrupted save never leaves a broken sheet."""
    with atomic_path(path, suffix=".xlsx") as tmp:
        wb.save(tmp)


def _mark_source_runs(candidates: Any, out: Path, created: str) -> None:
    """Tell each triage run folder the lists came from that worksheets now exist (its case key must stay)."""
    if isinstance(candidates, pd.DataFrame):
        return
    paths = [candidates] if isinstance(candidates, str | Path) else list(candidates)
    for run_dir in {Path(p).resolve().parent for p in paths}:
        if (run_dir / "run.json").is_file():
            mark_worksheets_issued(run_dir, out.resolve(), created)


def make_worksheets(
    candidates: pd.DataFrame | str | Path | Iterable[str | Path],
    out_dir: str | Path,
    *,
    readers: int = 2,
    seed: int = 0,
    prefill: bool = False,
    expert: bool = False,
    overwrite: bool = False,
) -> WorksheetResult:
    """Write one XLSX worksheet per reader (``reader1.xlsx``, ...) and ``manifest.json`` to ``out_dir``.

    ``candidates`` is a DataFrame or the path(s) of ``candidates_ich.csv`` / ``candidates_no_ich.csv``
    (columns in docs/contracts.md; ``case_id``, ``description`` and ``conclusion`` are required). The lists
    are merged and every reader gets the same cases in their own seeded random order; the ``list`` column,
    scores and matcher labels never reach a worksheet, so a reader cannot tell which list a case came from.
    Only the pseudonymous ``case_id`` and the report text are written.

    ``prefill=False`` (the default) leaves the verdict columns empty so readers are not anchored by the
    matcher; ``prefill=True`` writes the matcher's labels as suggestions (a reader who keeps them cannot be
    told from one who agreed; use it only for a quick single-reader pass).

    ``expert=True`` also writes ``expert.xlsx`` with all cases (for a site where the expert reads in
    parallel); :func:`adjudicate` normally writes the expert sheet with only the disputed cases.

    Existing worksheets are never overwritten unless ``overwrite=True`` (they may hold filled verdicts).
    """
    if readers < 1:
        raise ValueError("readers must be at least 1")
    out = Path(out_dir)
    df = _load_candidates(candidates)
    names = [f"reader{i}.xlsx" for i in range(1, readers + 1)] + (["expert.xlsx"] if expert else [])
    targets = [out / n for n in names] + [out / "manifest.json"]
    existing = [p.name for p in targets if p.exists()]
    if existing and not overwrite:
        raise FileExistsError(f"{out} already holds {existing}; pass overwrite=True to replace them")
    out.mkdir(parents=True, exist_ok=True)
    cases = _cases_from_frame(df)
    created = datetime.now(UTC).isoformat(timespec="seconds")
    version = _icheport_version()
    pre = (
        {c.case_id: {k: v for k, v in c.suggestion.items() if v is not None} for c in cases}
        if prefill
        else None
    )
    roles = [f"reader{i}" for i in range(1, readers + 1)] + (["expert"] if expert else [])
    paths = []
    for i, (role, name) in enumerate(zip(roles, names, strict=True), start=1):
        order = np.random.default_rng([seed, i]).permutation(len(cases))
        meta = {"seed": seed, "created": created, "icheport_version": version, "prefill": prefill}
        path = out / name
        _write_worksheet(
            path, [cases[j] for j in order], role=role, meta=meta, prefill=pre, show_findings=prefill
        )
        paths.append(path)
    manifest = {
        "format_version": FORMAT_VERSION,
        "kind": "icheport-worksheets",
        "created": created,
        "icheport_version": version,
        "seed": seed,
        "readers": readers,
        "prefill": prefill,
        "n_cases": len(cases),
        "sheets": {name: role for name, role in zip(names, roles, strict=True)},
        "text_hash": "sha256 of UTF-8 text, newlines normalized, outer whitespace stripped",
        "cases": {
            c.case_id: {
                "description_sha256": _text_hash(c.description),
                "conclusion_sha256": _text_hash(c.conclusion),
            }
            for c in cases
        },
    }
    manifest_path = out / "manifest.json"
    write_text_atomic(manifest_path, json.dumps(manifest, ensure_ascii=False, indent=2))
    _mark_source_runs(candidates, out, created)
    return WorksheetResult(
        out_dir=out,
        reader_paths=tuple(paths[:readers]),
        expert_path=paths[readers] if expert else None,
        manifest_path=manifest_path,
        n_cases=len(cases),
        seed=seed,
        prefill=prefill,
    )


# ---------------------------------------------------------------------------------------------------------
# Verdicts in


@dataclass
class _Row:
    row: int
    values: dict[str, int | None]  # verdict column -> 1/0/None (blank or invalid)
    invalid: frozenset[str]  # columns with an invalid value (already reported)
    comment: str
    description: str
    conclusion: str
    spans: str


@dataclass
class _Sheet:
    name: str
    path: Path
    role: str | None
    rows: dict[str, _Row]


def _parse_verdict(value: Any) -> tuple[int | None, bool]:
    """(1/0/None, valid). Blank -> (None, True)."""
    if value is None:
        return None, True
    s = str(value).strip().casefold()
    if s == "":
        return None, True
    if s in _YES:
        return 1, True
    if s in _NO:
        return 0, True
    return None, False


def _read_sheet(
    path: Path, *, expected_hashes: Mapping[str, tuple[str, str]] | None, problems: list[Problem]
) -> _Sheet:
    """Read one returned worksheet; append format problems (unknown ids, duplicates, invalid values,
    edited text) to ``problems``. Blank verdicts and consistency are checked by the caller."""
    name = path.name
    sheet = _Sheet(name=name, path=path, role=None, rows={})
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several types for unreadable files
        problems.append(Problem(name, None, None, f"cannot open workbook ({type(exc).__name__})"))
        return sheet
    try:
        if META_SHEET in wb.sheetnames:
            for k, v in wb[META_SHEET].iter_rows(min_col=1, max_col=2, values_only=True):
                if k == "role":
                    sheet.role = str(v)
        if CASES_SHEET not in wb.sheetnames:
            problems.append(Problem(name, None, None, f"no sheet named {CASES_SHEET!r}"))
            return sheet
        rows = wb[CASES_SHEET].iter_rows(values_only=True)
        header = next(rows, None) or ()
        col = {str(h).strip(): i for i, h in enumerate(header) if h is not None}
        required = ["case_id", *TEXT_COLUMNS, *VERDICT_COLUMNS]
        missing_cols = [c for c in required if c not in col]
        for c in missing_cols:
            problems.append(Problem(name, 1, c, "column missing from the header"))
        if missing_cols:
            return sheet
        first_seen: dict[str, int] = {}
        for r, values in enumerate(rows, start=2):

            def get(c: str, values: tuple[Any, ...] = values) -> Any:
                i = col.get(c)
                return values[i] if i is not None and i < len(values) else None

            if all(v is None or str(v).strip() == "" for v in values):
                continue
            cid = _norm_case_id(get("case_id"))
            if not cid:
                problems.append(Problem(name, r, "case_id", "blank case_id"))
                continue
            if cid in first_seen:
                problems.append(
                    Problem(name, r, "case_id", f"duplicate case_id {cid} (first in row {first_seen[cid]})")
                )
                continue
            first_seen[cid] = r
            if expected_hashes is not None and cid not in expected_hashes:
                problems.append(Problem(name, r, "case_id", f"unknown case_id {cid}"))
                continue
            desc = "" if get("description") is None else str(get("description"))
            concl = "" if get("conclusion") is None else str(get("conclusion"))
            if expected_hashes is not None:
                want = expected_hashes[cid]
            else:
                want = (get("description_sha256"), get("conclusion_sha256"))
            for c, text, h in (("description", desc, want[0]), ("conclusion", concl, want[1])):
                if h is None:
                    problems.append(
                        Problem(name, r, c, "no text hash to check against (hash column missing)")
                    )
                elif _text_hash(text) != h:
                    problems.append(Problem(name, r, c, f"case {cid}: text was edited (hash mismatch)"))
            parsed: dict[str, int | None] = {}
            invalid: set[str] = set()
            for c in VERDICT_COLUMNS:
                raw = get(c)
                value, ok = _parse_verdict(raw)
                if not ok:
                    shown = str(raw).strip()[:20]
                    problems.append(
                        Problem(name, r, c, f"invalid verdict {shown!r} (expected yes/no or да/нет)")
                    )
                    invalid.add(c)
                parsed[c] = value
            comment = get("comment")
            sheet.rows[cid] = _Row(
                row=r,
                values=parsed,
                invalid=frozenset(invalid),
                comment="" if comment is None else str(comment).strip(),
                description=desc,
                conclusion=concl,
                spans="" if get("spans") is None else str(get("spans")),
            )
    finally:
        wb.close()
    return sheet


def _check_consistency(sheet: str, row: int, cid: str, values: Mapping[str, int | None]) -> list[Problem]:
    if values.get("ich") != 0:
        return []
    return [
        Problem(sheet, row, c, f"case {cid}: {c} is yes but ich is no")
        for c in HEMORRHAGE_LABELS
        if values.get(c) == 1
    ]


def _load_manifest(path: Path | None) -> dict[str, Any] | None:
    if path is None or not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if str(data.get("format_version", "")).split(".")[0] != FORMAT_VERSION:
        raise ValueError(f"{path.name}: unsupported worksheet format {data.get('format_version')!r}")
    return data


def _verdict_summary(row: _Row) -> str:
    yes = [c for c in LABELS if row.values.get(c) == 1]
    parts = [f"yes: {', '.join(yes) if yes else '-'}"]
    if row.values.get("uncertain") == 1:
        parts.append("uncertain")
    if row.comment:
        parts.append(f"comment: {row.comment}")
    return "\n".join(parts)


def _agreement_table(
    r1: Mapping[str, _Row], r2: Mapping[str, _Row], ids: Sequence[str], seed: int
) -> pd.DataFrame:
    records = []
    for li, label in enumerate(VERDICT_COLUMNS):
        a = np.array([r1[c].values.get(label) or 0 for c in ids], dtype=np.int64)
        b = np.array([r2[c].values.get(label) or 0 for c in ids], dtype=np.int64)
        n = len(ids)
        counts = np.array(
            [
                np.sum((a == 1) & (b == 1)),
                np.sum((a == 1) & (b == 0)),
                np.sum((a == 0) & (b == 1)),
                np.sum((a == 0) & (b == 0)),
            ],
            dtype=np.int64,
        )
        kappa = float(_kappa_from_counts(*counts))
        lo = hi = math.nan
        if n > 0:
            # Resampling cases with replacement = drawing the 2x2 cell counts from Multinomial(n, observed).
            boot = np.random.default_rng([seed, li]).multinomial(n, counts / n, size=BOOTSTRAP_RESAMPLES)
            ks = _kappa_from_counts(boot[:, 0], boot[:, 1], boot[:, 2], boot[:, 3])
            ks = ks[~np.isnan(ks)]
            if len(ks) and not math.isnan(kappa):
                lo, hi = (float(x) for x in np.percentile(ks, [2.5, 97.5]))
        records.append(
            {
                "label": label,
                "n": n,
                "n_agree": int(counts[0] + counts[3]),
                "percent_agreement": 100.0 * (counts[0] + counts[3]) / n if n else math.nan,
                "kappa": kappa,
                "kappa_ci_low": lo,
                "kappa_ci_high": hi,
                "both_yes": int(counts[0]),
                "reader1_only": int(counts[1]),
                "reader2_only": int(counts[2]),
                "both_no": int(counts[3]),
            }
        )
    return pd.DataFrame.from_records(records)


def _table1(final: pd.DataFrame) -> pd.DataFrame:
    n = len(final)
    records = []
    for label in LABELS:
        present = int(final[label].sum())
        for cls, count in (("present", present), ("absent", n - present)):
            records.append(
                {
                    "label": label,
                    "class": cls,
                    "count": count,
                    "percent": round(100.0 * count / n, 1) if n else math.nan,
                }
            )
    return pd.DataFrame.from_records(records)


def _table1_markdown(table: pd.DataFrame, n: int) -> str:
    lines = [
        f"# Table 1. Verified labels (n = {n})",
        "",
        "| label | class | count | percent |",
        "|---|---|---:|---:|",
    ]
    for row in table.itertuples(index=False):
        lines.append(f"| {row.label} | {row[1]} | {row.count} | {row.percent:.1f} |")
    return "\n".join(lines) + "\n"


def adjudicate(
    reader_paths: Sequence[str | Path],
    *,
    expert_path: str | Path | None = None,
    candidates: pd.DataFrame | str | Path | Iterable[str | Path] | None = None,
    out_dir: str | Path,
    manifest: str | Path | None = None,
    seed: int = 0,
    overwrite: bool = False,
) -> AdjudicationResult:
    """Validate two readers' worksheets, measure agreement, and produce final labels.

    Validation collects every problem before raising :class:`VerificationError` (a ``ValueError``): unknown,
    missing, duplicate or blank case ids; blank or invalid verdicts (yes/no/да/нет, any case and spacing;
    a blank ``uncertain`` means "no"); edited case text (hash mismatch against ``manifest.json``, found next to
    the first reader sheet unless ``manifest`` is given, else against ``candidates``, else the sheet's hidden
    hash columns); and inconsistent verdicts (edh, sdh, sah, iph, ivh, multiple or combined "yes" with ich
    "no"; fracture may stand alone).

    Writes to ``out_dir``:

    - ``agreement.csv``: per label (the nine labels and ``uncertain``) n, percent agreement, Cohen's kappa
      with a 95% CI by percentile bootstrap over cases (2000 resamples, ``seed``; NaN when both readers used
      a single value throughout, where kappa is undefined), and the 2x2 cell counts.
    - ``expert.xlsx`` when any of the nine labels differs and ``expert_path`` is None: only the disputed
      cases, in the reader-sheet format. The labels both readers agreed on are pre-filled, the disputed
      cells are empty and yellow, and the extra columns ``disagree_on``, ``reader1``, ``reader2`` show what
      each reader said (labels marked yes, uncertain, comment), so the expert rules on the disagreement
      instead of re-reading blind. An existing ``expert.xlsx`` is kept unless ``overwrite=True``.
      The result then has ``status="pending_expert"`` and nothing else is written.
    - Once resolved: ``final_labels.csv`` with ``case_id``, the nine labels as 0/1 (per label: the agreed
      value, else the expert's), ``uncertain`` (1 when a reader or the expert flagged it), ``source``
      (``agreement`` or ``expert``), ``expert_labels`` (the labels the expert decided, ``;``-joined),
      ``comment`` (the readers' and expert's comments) and, when ``candidates`` are given, ``description``
      and ``conclusion``, so the file feeds ``icheport train --labels ich`` directly;
      ``table1.csv`` / ``table1.md`` (label, class present/absent, count, percent);
      ``triage_precision.csv`` when ``candidates`` carry the ``list`` column: PPV of the ICH list (fraction
      verified ich=1) and NPV of the no-ICH list (fraction verified ich=0), each with a Wilson 95% CI.
    - ``adjudication.json``: status, counts, input file hashes, version, time.
    """
    paths = [Path(p) for p in reader_paths]
    if len(paths) != 2:
        raise ValueError(f"adjudicate needs exactly two reader sheets, got {len(paths)}")
    if paths[0].resolve() == paths[1].resolve():
        raise ValueError("the two reader sheets are the same file")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    manifest_path = Path(manifest) if manifest is not None else paths[0].parent / "manifest.json"
    if manifest is not None and not manifest_path.exists():
        raise FileNotFoundError(manifest_path)
    man = _load_manifest(manifest_path)
    cand = _load_candidates(candidates) if candidates is not None else None
    notes: list[str] = []

    expected: dict[str, tuple[str, str]] | None = None
    if man is not None:
        expected = {
            cid: (h["description_sha256"], h["conclusion_sha256"]) for cid, h in man.get("cases", {}).items()
        }
    elif cand is not None:
        expected = {}
        for row in cand.itertuples(index=False):
            expected[row.case_id] = (
                _text_hash(_clean_text(row.description)[0]),
                _text_hash(_clean_text(row.conclusion)[0]),
            )
        notes.append("no manifest.json found: case texts checked against the candidates")
    else:
        notes.append(
            "no manifest.json and no candidates: case texts checked against the sheets' hidden hashes"
        )

    problems: list[Problem] = []
    sheets = [_read_sheet(p, expected_hashes=expected, problems=problems) for p in paths]
    for sh in sheets:
        if sh.role == "expert":
            problems.append(Problem(sh.name, None, None, "this is an expert sheet, not a reader sheet"))
    if sheets[0].role is not None and sheets[0].role == sheets[1].role:
        problems.append(Problem(sheets[1].name, None, None, f"both reader sheets are {sheets[0].role}'s"))
    all_ids = sorted(expected) if expected is not None else sorted(set(sheets[0].rows) | set(sheets[1].rows))
    for sh in sheets:
        for cid in all_ids:
            if cid not in sh.rows:
                problems.append(Problem(sh.name, None, "case_id", f"case {cid} missing"))
        for cid, row in sh.rows.items():
            for c in LABELS:
                if row.values[c] is None and c not in row.invalid:
                    problems.append(Problem(sh.name, row.row, c, f"case {cid}: blank verdict"))
            problems.extend(_check_consistency(sh.name, row.row, cid, row.values))
    if cand is not None:
        missing_cand = [cid for cid in all_ids if cid not in set(cand["case_id"])]
        for cid in missing_cand:
            problems.append(Problem("candidates", None, "case_id", f"case {cid} not in the candidates"))
    if problems:
        raise VerificationError(_sorted_problems(problems, [s.name for s in sheets]))

    r1, r2 = sheets[0].rows, sheets[1].rows
    agreement = _agreement_table(r1, r2, all_ids, seed)
    agreement_path = out / "agreement.csv"
    write_csv(agreement, agreement_path)
    disputed = {
        cid: [c for c in LABELS if r1[cid].values[c] != r2[cid].values[c]]
        for cid in all_ids
        if any(r1[cid].values[c] != r2[cid].values[c] for c in LABELS)
    }

    expert_sheet: _Sheet | None = None
    expert_out: Path | None = None
    if expert_path is not None:
        eproblems: list[Problem] = []
        n_overruled = 0
        expert_sheet = _read_sheet(Path(expert_path), expected_hashes=expected, problems=eproblems)
        if expert_sheet.role is not None and expert_sheet.role != "expert":
            eproblems.append(Problem(expert_sheet.name, None, None, f"this is {expert_sheet.role}'s sheet"))
        if not eproblems and expected is None:
            for cid, row in expert_sheet.rows.items():
                if cid not in all_ids:
                    eproblems.append(Problem(expert_sheet.name, row.row, "case_id", f"unknown case_id {cid}"))
        for cid, labels in disputed.items():
            row = expert_sheet.rows.get(cid)
            if row is None:
                eproblems.append(Problem(expert_sheet.name, None, "case_id", f"disputed case {cid} missing"))
                continue
            for c in labels:
                if row.values[c] is None and c not in row.invalid:
                    eproblems.append(Problem(expert_sheet.name, row.row, c, f"case {cid}: blank verdict"))
            merged = _merge(r1[cid], r2[cid], row)[0]
            eproblems.extend(_check_consistency(expert_sheet.name, row.row, cid, merged))
            overruled = [
                c
                for c in LABELS
                if c not in labels and row.values[c] is not None and row.values[c] != merged[c]
            ]
            if overruled:
                n_overruled += 1
        if eproblems:
            raise VerificationError(_sorted_problems(eproblems, [expert_sheet.name]))
        if n_overruled:
            notes.append(
                f"the expert changed labels both readers agreed on in {n_overruled} case(s); "
                "the readers' agreed values were kept"
            )
        expert_out = Path(expert_path)
    elif disputed:
        expert_out = out / "expert.xlsx"
        if expert_out.exists() and not overwrite:
            notes.append(
                f"kept the existing {expert_out.name}; pass expert_path to use it, overwrite=True to rewrite it"
            )
        else:
            _write_expert_sheet(expert_out, disputed, r1, r2, cand, seed=seed)

    base = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "icheport_version": _icheport_version(),
        "format_version": FORMAT_VERSION,
        "n_cases": len(all_ids),
        "n_disagreements": len(disputed),
        "kappa_ci": KAPPA_CI_METHOD,
        "seed": seed,
        "inputs": {p.name: _file_sha256(p) for p in [*paths, *([Path(expert_path)] if expert_path else [])]},
    }
    summary_path = out / "adjudication.json"
    if disputed and expert_sheet is None:
        write_text_atomic(
            summary_path, json.dumps({**base, "status": "pending_expert"}, ensure_ascii=False, indent=2)
        )
        return AdjudicationResult(
            out_dir=out,
            status="pending_expert",
            n_cases=len(all_ids),
            n_disagreements=len(disputed),
            agreement=agreement,
            agreement_path=agreement_path,
            expert_worksheet=expert_out,
            summary_path=summary_path,
            notes=(
                *notes,
                "final labels pending: fill the expert sheet and call adjudicate with expert_path",
            ),
        )

    records = []
    for cid in all_ids:
        erow = expert_sheet.rows.get(cid) if expert_sheet is not None and cid in disputed else None
        values, from_expert = _merge(r1[cid], r2[cid], erow)
        flags = [r1[cid].values.get("uncertain"), r2[cid].values.get("uncertain")]
        if erow is not None:
            flags.append(erow.values.get("uncertain"))
        comments = [
            f"{name}: {row.comment}"
            for name, row in (("reader1", r1[cid]), ("reader2", r2[cid]), ("expert", erow))
            if row is not None and row.comment
        ]
        records.append(
            {
                "case_id": cid,
                **{c: int(values[c] or 0) for c in LABELS},
                "uncertain": int(any(f == 1 for f in flags)),
                "source": "expert" if from_expert else "agreement",
                "expert_labels": ";".join(from_expert),
                "comment": " | ".join(comments),
            }
        )
    final = pd.DataFrame.from_records(records)
    if cand is not None:
        text = cand.set_index("case_id")[list(TEXT_COLUMNS)]
        final = final.join(text, on="case_id")
    final_path = out / "final_labels.csv"
    write_csv(final, final_path)
    table1 = _table1(final)
    t1_csv, t1_md = out / "table1.csv", out / "table1.md"
    write_csv(table1, t1_csv)
    write_text_atomic(t1_md, _table1_markdown(table1, len(final)))

    ppv = npv = None
    tp_path = None
    if cand is not None and "list" in cand.columns:
        lists = cand.set_index("case_id")["list"].astype(str).str.strip()
        verified = final.set_index("case_id")["ich"]
        in_ich = [cid for cid in all_ids if lists.get(cid) == "ich"]
        in_no = [cid for cid in all_ids if lists.get(cid) == "no_ich"]
        ppv = _proportion("ppv_ich_list", int(sum(verified[c] == 1 for c in in_ich)), len(in_ich))
        npv = _proportion("npv_no_ich_list", int(sum(verified[c] == 0 for c in in_no)), len(in_no))
        tp = pd.DataFrame.from_records(
            [
                {
                    "list": lst,
                    "metric": p.name,
                    "k": p.k,
                    "n": p.n,
                    "value": p.value,
                    "ci_low": p.ci_low,
                    "ci_high": p.ci_high,
                    "ci_method": "Wilson 95%",
                }
                for lst, p in (("ich", ppv), ("no_ich", npv))
            ]
        )
        tp_path = out / "triage_precision.csv"
        write_csv(tp, tp_path)
    elif cand is not None:
        notes.append("candidates have no 'list' column: triage precision not computed")
    else:
        notes.append("no candidates given: no text columns in final_labels.csv, no triage precision")

    extra: dict[str, Any] = {"status": "final", "outputs": ["final_labels.csv", "table1.csv", "table1.md"]}
    if ppv is not None and npv is not None:
        extra["ppv"] = ppv.__dict__
        extra["npv"] = npv.__dict__
    write_text_atomic(summary_path, json.dumps({**base, **extra}, ensure_ascii=False, indent=2))
    return AdjudicationResult(
        out_dir=out,
        status="final",
        n_cases=len(all_ids),
        n_disagreements=len(disputed),
        agreement=agreement,
        agreement_path=agreement_path,
        expert_worksheet=expert_out,
        final_labels=final,
        final_labels_path=final_path,
        table1=table1,
        table1_csv=t1_csv,
        table1_md=t1_md,
        ppv=ppv,
        npv=npv,
        triage_precision_path=tp_path,
        summary_path=summary_path,
        notes=tuple(notes),
    )


def _sorted_problems(problems: list[Problem], order: list[str]) -> list[Problem]:
    rank = {name: i for i, name in enumerate(order)}
    return sorted(
        problems, key=lambda p: (rank.get(p.sheet, len(rank)), p.row if p.row is not None else 10**9)
    )


def _merge(a: _Row, b: _Row, expert: _Row | None) -> tuple[dict[str, int | None], list[str]]:
    """Per label: the agreed value, else the expert's. Returns (values, labels decided by the expert)."""
    values: dict[str, int | None] = {}
    from_expert: list[str] = []
    for c in LABELS:
        if a.values[c] == b.values[c]:
            values[c] = a.values[c]
        else:
            values[c] = expert.values[c] if expert is not None else None
            from_expert.append(c)
    return values, from_expert


def _write_expert_sheet(
    path: Path,
    disputed: Mapping[str, Sequence[str]],
    r1: Mapping[str, _Row],
    r2: Mapping[str, _Row],
    cand: pd.DataFrame | None,
    *,
    seed: int,
) -> None:
    spans_by_id: dict[str, str] = {}
    texts_by_id: dict[str, tuple[str, str]] = {}
    if cand is not None:
        texts_by_id = {
            cid: (d, c)
            for cid, d, c in zip(cand["case_id"], cand["description"], cand["conclusion"], strict=True)
        }
        if "spans" in cand.columns:
            spans_by_id = dict(zip(cand["case_id"], cand["spans"].astype(str), strict=True))
    cases = []
    prefill: dict[str, dict[str, int | None]] = {}
    extra: dict[str, dict[str, str]] = {}
    for cid, labels in disputed.items():
        a = r1[cid]
        # span offsets index the original text: clean the candidates' text when we have it
        original = texts_by_id.get(cid, (a.description, a.conclusion))
        desc, dmap = _clean_text(original[0])
        concl, cmap = _clean_text(original[1])
        spans = spans_by_id.get(cid, a.spans)
        cases.append(_Case(cid, desc, concl, spans, tuple(dmap), tuple(cmap), {}))
        prefill[cid] = {c: a.values[c] for c in LABELS if c not in labels}
        extra[cid] = {
            "disagree_on": ", ".join(labels),
            "reader1": _verdict_summary(a),
            "reader2": _verdict_summary(r2[cid]),
        }
    order = np.random.default_rng([seed, 0]).permutation(len(cases))
    meta = {
        "seed": seed,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "icheport_version": _icheport_version(),
        "prefill": "agreed labels",
    }
    _write_worksheet(
        path,
        [cases[i] for i in order],
        role="expert",
        meta=meta,
        prefill=prefill,
        highlight_blank=disputed,
        extra=extra,
    )


# ---------------------------------------------------------------------------------------------------------
# Simulation


def _truth_table(truth: pd.DataFrame | Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    if isinstance(truth, pd.DataFrame):
        if "case_id" not in truth.columns:
            raise ValueError("truth needs a case_id column")
        rows = {_norm_case_id(r["case_id"]): r for r in truth.to_dict("records")}
    else:
        rows = {_norm_case_id(k): dict(v) for k, v in truth.items()}
    table: dict[str, dict[str, int]] = {}
    for cid, r in rows.items():
        labels = {}
        for c in VERDICT_COLUMNS:
            bit = _to_bit(r.get(c))
            if bit is None and c != "uncertain":
                raise ValueError(f"truth for case {cid}: {c} must be 0/1/yes/no")
            labels[c] = bit or 0
        table[cid] = labels
    return table


def simulate_readers(
    worksheet_dir: str | Path,
    truth: pd.DataFrame | Mapping[str, Mapping[str, Any]],
    *,
    error_rate: float = 0.05,
    seed: int = 0,
    expert: bool = False,
) -> list[Path]:
    """Fill worksheets from a truth table (``case_id`` -> labels as 0/1/yes/no), as a human would.

    Every reader sheet ``reader*.xlsx`` in ``worksheet_dir`` (or, with ``expert=True``, ``expert.xlsx``) is
    opened with openpyxl, its verdict cells are written and it is saved, so :func:`adjudicate` reads a real
    round trip. Each label (and ``uncertain``) is flipped independently with probability ``error_rate``,
    with a separate seeded stream per sheet; a reader whose ich ends up "no" marks every hemorrhage label
    "no" (a missed bleed), so the simulated sheets are always consistent. The expert fills only the empty
    cells (the disputed labels) and leaves the pre-filled agreed labels alone. Returns the filled paths.
    """
    if not 0.0 <= error_rate <= 1.0:
        raise ValueError("error_rate must be within [0, 1]")
    table = _truth_table(truth)
    wdir = Path(worksheet_dir)
    paths = [wdir / "expert.xlsx"] if expert else sorted(wdir.glob("reader*.xlsx"))
    if not paths or not paths[0].exists():
        raise FileNotFoundError(f"no {'expert' if expert else 'reader'} worksheets in {wdir}")
    filled = []
    for k, path in enumerate(paths, start=1):
        rng = np.random.default_rng([seed, 1000 + k if expert else k])
        wb = load_workbook(path, rich_text=True)
        ws = wb[CASES_SHEET]
        header = {str(c.value): c.column for c in ws[1] if c.value is not None}
        for r in range(2, ws.max_row + 1):
            cid = _norm_case_id(ws.cell(r, header["case_id"]).value)
            if not cid:
                continue
            if cid not in table:
                raise KeyError(f"case {cid} of {path.name} is not in the truth table")
            verdict = {c: v ^ int(rng.random() < error_rate) for c, v in table[cid].items()}
            if verdict["ich"] == 0:
                verdict.update({c: 0 for c in HEMORRHAGE_LABELS})
            for c in VERDICT_COLUMNS:
                cell = ws.cell(r, header[c])
                if expert and cell.value not in (None, ""):
                    continue
                cell.value = "yes" if verdict[c] else "no"
        _save_workbook(wb, path)
        filled.append(path)
    return filled
