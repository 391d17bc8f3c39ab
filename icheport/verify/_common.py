"""Labels, sheet layout, result records and small helpers shared by the verification steps."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from ..io import unescape_formulas

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
