"""Verdicts in: a returned worksheet is read back, validated and checked against its manifest."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from ._common import (
    _NO,
    _YES,
    CASES_SHEET,
    FORMAT_VERSION,
    HEMORRHAGE_LABELS,
    LABELS,
    META_SHEET,
    TEXT_COLUMNS,
    VERDICT_COLUMNS,
    Problem,
    _norm_case_id,
    _text_hash,
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
