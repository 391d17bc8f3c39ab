"""Worksheets out: candidates merged, shuffled per reader, written as locked, hashed .xlsx sheets."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..io import atomic_path, write_text_atomic
from ..runs import mark_worksheets_issued
from ._common import (
    _LABEL_HELP,
    _MAX_CELL,
    CASES_SHEET,
    EXPERT_EXTRA_COLUMNS,
    FORMAT_VERSION,
    HASH_COLUMNS,
    INSTRUCTIONS_SHEET,
    LABELS,
    META_SHEET,
    TEXT_COLUMNS,
    VERDICT_COLUMNS,
    WorksheetResult,
    _clean_text,
    _icheport_version,
    _load_candidates,
    _text_hash,
    _to_bit,
)
from .highlight import _parse_spans, _rich_text

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


# cell styles of the cases sheet
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_CENTER_TOP = Alignment(horizontal="center", vertical="top")
_UNLOCKED = Protection(locked=False)
_YELLOW = PatternFill("solid", fgColor="FFF2CC")


@dataclass(frozen=True)
class _SheetFill:
    """What goes into a sheet's case rows besides the cases themselves (see :func:`_write_worksheet`)."""

    col_index: Mapping[str, int]  # column name -> 1-based column number
    prefill: Mapping[str, Mapping[str, int | None]]
    highlight_blank: Mapping[str, Sequence[str]]
    extra: Mapping[str, Mapping[str, str]]
    show_findings: bool


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
    _write_header(ws, col_index)
    fill = _SheetFill(col_index, prefill or {}, highlight_blank or {}, extra or {}, show_findings)
    for r, case in enumerate(cases, start=2):
        _write_case(ws, r, case, fill)
    last = len(cases) + 1
    if cases:
        _add_verdict_checks(ws, col_index, last)
    _lay_out(ws, col_index, last)
    _write_instructions(wb, role)
    _write_meta(wb, {"format_version": FORMAT_VERSION, "role": role, **meta})
    wb.active = 0
    _save_workbook(wb, path)


def _write_header(ws: Any, col_index: Mapping[str, int]) -> None:
    """Row 1: the column names, the label columns with their meaning as a comment."""
    header_font = Font(bold=True)
    for name, idx in col_index.items():
        cell = ws.cell(1, idx, name)
        cell.font = header_font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if name in _LABEL_HELP:
            ru, en = _LABEL_HELP[name]
            cell.comment = Comment(f"{ru}\n\n{en}", "icheport", width=300, height=160)


def _write_case(ws: Any, r: int, case: _Case, fill: _SheetFill) -> None:
    """Row ``r``: the case's id and texts (locked), its verdict and comment cells (open), expert columns,
    and the hidden hashes and spans."""
    col_index = fill.col_index
    cid = ws.cell(r, col_index["case_id"], case.case_id)
    cid.data_type = "s"
    cid.alignment = Alignment(vertical="top")
    spans = _parse_spans(case.spans) if fill.show_findings else []
    for name, text, mapping in (
        ("description", case.description, case.description_map),
        ("conclusion", case.conclusion, case.conclusion_map),
    ):
        cell = ws.cell(r, col_index[name])
        cell.value = _rich_text(text, list(mapping), spans, name)
        cell.alignment = _WRAP_TOP
    pre = fill.prefill.get(case.case_id, {})
    blanks = set(fill.highlight_blank.get(case.case_id, ()))
    for name in (*VERDICT_COLUMNS, "comment"):
        cell = ws.cell(r, col_index[name])
        value = pre.get(name)
        if value is not None:
            cell.value = "yes" if value else "no"
        cell.protection = _UNLOCKED
        cell.alignment = _WRAP_TOP if name == "comment" else _CENTER_TOP
        if name in blanks:
            cell.fill = _YELLOW
    for name, text in fill.extra.get(case.case_id, {}).items():
        cell = ws.cell(r, col_index[name], text)
        cell.data_type = "s"
        cell.alignment = _WRAP_TOP
    ws.cell(r, col_index["description_sha256"], _text_hash(case.description))
    ws.cell(r, col_index["conclusion_sha256"], _text_hash(case.conclusion))
    shown = case.spans if fill.show_findings and len(case.spans) <= _MAX_CELL else ""
    spans_cell = ws.cell(r, col_index["spans"], shown)
    spans_cell.data_type = "s"


def _add_verdict_checks(ws: Any, col_index: Mapping[str, int], last: int) -> None:
    """The verdict cells accept yes / no only; a "yes" is shaded."""
    first_v = get_column_letter(col_index[VERDICT_COLUMNS[0]])
    last_v = get_column_letter(col_index[VERDICT_COLUMNS[-1]])
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


def _lay_out(ws: Any, col_index: Mapping[str, int], last: int) -> None:
    """Column widths (hashes and spans hidden), frozen header, filter, and the sheet protection."""
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


def _check_targets(out: Path, names: list[str], overwrite: bool) -> None:
    """Refuse to replace sheets (they may hold filled verdicts) or a manifest unless ``overwrite``."""
    targets = [out / n for n in names] + [out / "manifest.json"]
    existing = [p.name for p in targets if p.exists()]
    if existing and not overwrite:
        raise FileExistsError(f"{out} already holds {existing}; pass overwrite=True to replace them")


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
    _check_targets(out, names, overwrite)
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
    manifest = _manifest(
        cases,
        {name: role for name, role in zip(names, roles, strict=True)},
        created=created,
        version=version,
        seed=seed,
        readers=readers,
        prefill=prefill,
    )
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


def _manifest(
    cases: Sequence[_Case],
    sheets: dict[str, str],
    *,
    created: str,
    version: str,
    seed: int,
    readers: int,
    prefill: bool,
) -> dict[str, Any]:
    """manifest.json: how and when the sheets were made, which file is whose, and each case's text hashes."""
    return {
        "format_version": FORMAT_VERSION,
        "kind": "icheport-worksheets",
        "created": created,
        "icheport_version": version,
        "seed": seed,
        "readers": readers,
        "prefill": prefill,
        "n_cases": len(cases),
        "sheets": sheets,
        "text_hash": "sha256 of UTF-8 text, newlines normalized, outer whitespace stripped",
        "cases": {
            c.case_id: {
                "description_sha256": _text_hash(c.description),
                "conclusion_sha256": _text_hash(c.conclusion),
            }
            for c in cases
        },
    }
