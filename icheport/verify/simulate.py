"""Simulated readers: worksheets filled from a truth table, for demos and tests."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from openpyxl import load_workbook

from ._common import CASES_SHEET, HEMORRHAGE_LABELS, VERDICT_COLUMNS, _norm_case_id, _to_bit
from .worksheets import _save_workbook

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
