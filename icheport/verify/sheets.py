"""Verdicts in: a returned worksheet is read back, validated and checked against its manifest."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
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
        sheet.role = _sheet_role(wb)
        if CASES_SHEET not in wb.sheetnames:
            problems.append(Problem(name, None, None, f"no sheet named {CASES_SHEET!r}"))
            return sheet
        rows = wb[CASES_SHEET].iter_rows(values_only=True)
        header = next(rows, None) or ()
        col = _header_columns(header, name, problems)
        if col is None:
            return sheet
        reader = _RowReader(name, col, expected_hashes, problems)
        for r, values in enumerate(rows, start=2):
            case = reader.read(r, values)
            if case is not None:
                sheet.rows[case[0]] = case[1]
    finally:
        wb.close()
    return sheet


def _sheet_role(wb: Any) -> str | None:
    """The role written in the hidden meta sheet (reader1, ..., expert), if any."""
    role = None
    if META_SHEET in wb.sheetnames:
        for k, v in wb[META_SHEET].iter_rows(min_col=1, max_col=2, values_only=True):
            if k == "role":
                role = str(v)
    return role


def _header_columns(header: tuple[Any, ...], name: str, problems: list[Problem]) -> dict[str, int] | None:
    """Column name -> position, from the header row; None when a required column is missing (each one
    appended to ``problems``)."""
    col = {str(h).strip(): i for i, h in enumerate(header) if h is not None}
    required = ["case_id", *TEXT_COLUMNS, *VERDICT_COLUMNS]
    missing_cols = [c for c in required if c not in col]
    for c in missing_cols:
        problems.append(Problem(name, 1, c, "column missing from the header"))
    return None if missing_cols else col


@dataclass(frozen=True)
class _RowReader:
    """Reads the case rows of one sheet in order, appending what is wrong with them to ``problems``."""

    name: str
    col: Mapping[str, int]
    expected_hashes: Mapping[str, tuple[str, str]] | None
    problems: list[Problem]
    first_seen: dict[str, int] = field(default_factory=dict)  # case_id -> the row it was first in

    def read(self, r: int, values: tuple[Any, ...]) -> tuple[str, _Row] | None:
        """Row ``r`` as (case_id, row); None for an empty row or one whose case id is blank, repeated or
        unknown."""

        def get(c: str) -> Any:
            i = self.col.get(c)
            return values[i] if i is not None and i < len(values) else None

        if all(v is None or str(v).strip() == "" for v in values):
            return None
        cid = self._case_id(r, get("case_id"))
        if cid is None:
            return None
        desc = "" if get("description") is None else str(get("description"))
        concl = "" if get("conclusion") is None else str(get("conclusion"))
        if self.expected_hashes is not None:
            want = self.expected_hashes[cid]
        else:
            want = (get("description_sha256"), get("conclusion_sha256"))
        self._check_texts(r, cid, (desc, concl), want)
        parsed, invalid = self._verdicts(r, get)
        comment = get("comment")
        return cid, _Row(
            row=r,
            values=parsed,
            invalid=frozenset(invalid),
            comment="" if comment is None else str(comment).strip(),
            description=desc,
            conclusion=concl,
            spans="" if get("spans") is None else str(get("spans")),
        )

    def _case_id(self, r: int, raw: Any) -> str | None:
        cid = _norm_case_id(raw)
        if not cid:
            self.problems.append(Problem(self.name, r, "case_id", "blank case_id"))
            return None
        if cid in self.first_seen:
            self.problems.append(
                Problem(
                    self.name, r, "case_id", f"duplicate case_id {cid} (first in row {self.first_seen[cid]})"
                )
            )
            return None
        self.first_seen[cid] = r
        if self.expected_hashes is not None and cid not in self.expected_hashes:
            self.problems.append(Problem(self.name, r, "case_id", f"unknown case_id {cid}"))
            return None
        return cid

    def _check_texts(self, r: int, cid: str, texts: tuple[str, str], want: tuple[Any, Any]) -> None:
        """The description and conclusion must hash as expected (edited text is a problem)."""
        for c, text, h in (("description", texts[0], want[0]), ("conclusion", texts[1], want[1])):
            if h is None:
                self.problems.append(
                    Problem(self.name, r, c, "no text hash to check against (hash column missing)")
                )
            elif _text_hash(text) != h:
                self.problems.append(Problem(self.name, r, c, f"case {cid}: text was edited (hash mismatch)"))

    def _verdicts(self, r: int, get: Callable[[str], Any]) -> tuple[dict[str, int | None], set[str]]:
        """The verdict columns as 1/0/None, and the columns whose value was invalid (each a problem)."""
        parsed: dict[str, int | None] = {}
        invalid: set[str] = set()
        for c in VERDICT_COLUMNS:
            raw = get(c)
            value, ok = _parse_verdict(raw)
            if not ok:
                shown = str(raw).strip()[:20]
                self.problems.append(
                    Problem(self.name, r, c, f"invalid verdict {shown!r} (expected yes/no or да/нет)")
                )
                invalid.add(c)
            parsed[c] = value
        return parsed, invalid


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
