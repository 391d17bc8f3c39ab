"""Adjudication: two readers' sheets, the expert's sheet when they disagree, the final labels."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..io import write_csv, write_text_atomic
from ._common import (
    FORMAT_VERSION,
    KAPPA_CI_METHOD,
    LABELS,
    TEXT_COLUMNS,
    AdjudicationResult,
    Problem,
    Proportion,
    VerificationError,
    _clean_text,
    _file_sha256,
    _icheport_version,
    _load_candidates,
    _text_hash,
)
from .agreement import _agreement_table, _table1, _table1_markdown
from .sheets import _check_consistency, _load_manifest, _read_sheet, _Row, _Sheet, _verdict_summary
from .stats import _proportion
from .worksheets import _Case, _write_worksheet


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
    paths = _reader_paths(reader_paths)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    rd = _read_readers(paths, manifest, candidates, notes)
    agreement = _agreement_table(rd.r1, rd.r2, rd.all_ids, seed)
    agreement_path = out / "agreement.csv"
    write_csv(agreement, agreement_path)
    expert_sheet, expert_out = _expert_step(rd, expert_path, out, notes, seed=seed, overwrite=overwrite)
    base = _summary_base(rd, expert_path, seed)
    summary_path = out / "adjudication.json"
    common: dict[str, Any] = {
        "out_dir": out,
        "n_cases": len(rd.all_ids),
        "n_disagreements": len(rd.disputed),
        "agreement": agreement,
        "agreement_path": agreement_path,
        "expert_worksheet": expert_out,
        "summary_path": summary_path,
    }
    if rd.disputed and expert_sheet is None:
        write_text_atomic(
            summary_path, json.dumps({**base, "status": "pending_expert"}, ensure_ascii=False, indent=2)
        )
        pending = "final labels pending: fill the expert sheet and call adjudicate with expert_path"
        return AdjudicationResult(status="pending_expert", notes=(*notes, pending), **common)
    return _finalize(rd, expert_sheet, out, base=base, common=common, notes=notes)


@dataclass(frozen=True)
class _Readings:
    """The two reader sheets once validated, and what their cases were checked against."""

    paths: list[Path]
    r1: Mapping[str, _Row]
    r2: Mapping[str, _Row]
    all_ids: list[str]
    disputed: dict[str, list[str]]  # case_id -> the labels the readers differ in
    expected: dict[str, tuple[str, str]] | None  # case_id -> text hashes
    cand: pd.DataFrame | None


def _read_readers(
    paths: list[Path],
    manifest: str | Path | None,
    candidates: pd.DataFrame | str | Path | Iterable[str | Path] | None,
    notes: list[str],
) -> _Readings:
    """Find the manifest, load the candidates, read and validate both reader sheets, find the disputes."""
    manifest_path = Path(manifest) if manifest is not None else paths[0].parent / "manifest.json"
    if manifest is not None and not manifest_path.exists():
        raise FileNotFoundError(manifest_path)
    cand = _load_candidates(candidates) if candidates is not None else None
    expected = _expected_hashes(_load_manifest(manifest_path), cand, notes)
    sheets, all_ids = _validated_readers(paths, expected, cand)
    r1, r2 = sheets[0].rows, sheets[1].rows
    return _Readings(paths, r1, r2, all_ids, _disputed(r1, r2, all_ids), expected, cand)


def _expert_step(
    rd: _Readings, expert_path: str | Path | None, out: Path, notes: list[str], *, seed: int, overwrite: bool
) -> tuple[_Sheet | None, Path | None]:
    """The expert's filled sheet read back when given; else, if the readers disagree, a new expert.xlsx of
    the disputed cases (an existing one is kept unless ``overwrite``). Returns the sheet read back, if any,
    and the expert sheet's path, if any."""
    if expert_path is not None:
        sheet = _validated_expert(
            Path(expert_path), rd.expected, rd.all_ids, rd.disputed, rd.r1, rd.r2, notes
        )
        return sheet, Path(expert_path)
    if not rd.disputed:
        return None, None
    expert_out = out / "expert.xlsx"
    if expert_out.exists() and not overwrite:
        notes.append(
            f"kept the existing {expert_out.name}; pass expert_path to use it, overwrite=True to rewrite it"
        )
    else:
        _write_expert_sheet(expert_out, rd.disputed, rd.r1, rd.r2, rd.cand, seed=seed)
    return None, expert_out


def _summary_base(rd: _Readings, expert_path: str | Path | None, seed: int) -> dict[str, Any]:
    """What adjudication.json always says: when, which version, how many cases, and the inputs' hashes."""
    return {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "icheport_version": _icheport_version(),
        "format_version": FORMAT_VERSION,
        "n_cases": len(rd.all_ids),
        "n_disagreements": len(rd.disputed),
        "kappa_ci": KAPPA_CI_METHOD,
        "seed": seed,
        "inputs": {
            p.name: _file_sha256(p) for p in [*rd.paths, *([Path(expert_path)] if expert_path else [])]
        },
    }


def _finalize(
    rd: _Readings,
    expert_sheet: _Sheet | None,
    out: Path,
    *,
    base: dict[str, Any],
    common: dict[str, Any],
    notes: list[str],
) -> AdjudicationResult:
    """Every case resolved: final labels, Table 1 and triage precision written, adjudication.json final."""
    final = _final_labels(rd.all_ids, rd.r1, rd.r2, expert_sheet, rd.disputed, rd.cand)
    final_path = out / "final_labels.csv"
    write_csv(final, final_path)
    table1 = _table1(final)
    t1_csv, t1_md = out / "table1.csv", out / "table1.md"
    write_csv(table1, t1_csv)
    write_text_atomic(t1_md, _table1_markdown(table1, len(final)))
    ppv, npv, tp_path = _triage_precision(rd.cand, final, rd.all_ids, out, notes)

    extra: dict[str, Any] = {"status": "final", "outputs": ["final_labels.csv", "table1.csv", "table1.md"]}
    if ppv is not None and npv is not None:
        extra["ppv"] = ppv.__dict__
        extra["npv"] = npv.__dict__
    write_text_atomic(common["summary_path"], json.dumps({**base, **extra}, ensure_ascii=False, indent=2))
    return AdjudicationResult(
        status="final",
        final_labels=final,
        final_labels_path=final_path,
        table1=table1,
        table1_csv=t1_csv,
        table1_md=t1_md,
        ppv=ppv,
        npv=npv,
        triage_precision_path=tp_path,
        notes=tuple(notes),
        **common,
    )


def _reader_paths(reader_paths: Sequence[str | Path]) -> list[Path]:
    paths = [Path(p) for p in reader_paths]
    if len(paths) != 2:
        raise ValueError(f"adjudicate needs exactly two reader sheets, got {len(paths)}")
    if paths[0].resolve() == paths[1].resolve():
        raise ValueError("the two reader sheets are the same file")
    return paths


def _expected_hashes(
    man: dict[str, Any] | None, cand: pd.DataFrame | None, notes: list[str]
) -> dict[str, tuple[str, str]] | None:
    """The case texts' hashes to check the sheets against: the manifest's, else the candidates', else none
    (then each sheet's hidden hash columns)."""
    if man is not None:
        return {
            cid: (h["description_sha256"], h["conclusion_sha256"]) for cid, h in man.get("cases", {}).items()
        }
    if cand is not None:
        notes.append("no manifest.json found: case texts checked against the candidates")
        return {
            row.case_id: (
                _text_hash(_clean_text(row.description)[0]),
                _text_hash(_clean_text(row.conclusion)[0]),
            )
            for row in cand.itertuples(index=False)
        }
    notes.append("no manifest.json and no candidates: case texts checked against the sheets' hidden hashes")
    return None


def _validated_readers(
    paths: list[Path], expected: dict[str, tuple[str, str]] | None, cand: pd.DataFrame | None
) -> tuple[list[_Sheet], list[str]]:
    """Both reader sheets read back, every problem collected before one :class:`VerificationError`."""
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
        known = set(cand["case_id"])
        for cid in all_ids:
            if cid not in known:
                problems.append(Problem("candidates", None, "case_id", f"case {cid} not in the candidates"))
    if problems:
        raise VerificationError(_sorted_problems(problems, [s.name for s in sheets]))
    return sheets, all_ids


def _disputed(r1: Mapping[str, _Row], r2: Mapping[str, _Row], all_ids: list[str]) -> dict[str, list[str]]:
    """The cases the readers disagree on, with the labels they differ in."""
    return {
        cid: [c for c in LABELS if r1[cid].values[c] != r2[cid].values[c]]
        for cid in all_ids
        if any(r1[cid].values[c] != r2[cid].values[c] for c in LABELS)
    }


def _validated_expert(
    path: Path,
    expected: dict[str, tuple[str, str]] | None,
    all_ids: list[str],
    disputed: dict[str, list[str]],
    r1: Mapping[str, _Row],
    r2: Mapping[str, _Row],
    notes: list[str],
) -> _Sheet:
    """The expert sheet read back: every disputed case ruled on, consistent once merged."""
    eproblems: list[Problem] = []
    n_overruled = 0
    expert_sheet = _read_sheet(path, expected_hashes=expected, problems=eproblems)
    if expert_sheet.role is not None and expert_sheet.role != "expert":
        eproblems.append(Problem(expert_sheet.name, None, None, f"this is {expert_sheet.role}'s sheet"))
    if not eproblems and expected is None:
        for cid, known_row in expert_sheet.rows.items():
            if cid not in all_ids:
                eproblems.append(
                    Problem(expert_sheet.name, known_row.row, "case_id", f"unknown case_id {cid}")
                )
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
        if any(c not in labels and row.values[c] is not None and row.values[c] != merged[c] for c in LABELS):
            n_overruled += 1
    if eproblems:
        raise VerificationError(_sorted_problems(eproblems, [expert_sheet.name]))
    if n_overruled:
        notes.append(
            f"the expert changed labels both readers agreed on in {n_overruled} case(s); "
            "the readers' agreed values were kept"
        )
    return expert_sheet


def _final_labels(
    all_ids: list[str],
    r1: Mapping[str, _Row],
    r2: Mapping[str, _Row],
    expert_sheet: _Sheet | None,
    disputed: dict[str, list[str]],
    cand: pd.DataFrame | None,
) -> pd.DataFrame:
    """One row per case: agreed labels, else the expert's; flags and comments of everyone who read it."""
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
        final = final.join(cand.set_index("case_id")[list(TEXT_COLUMNS)], on="case_id")
    return final


def _triage_precision(
    cand: pd.DataFrame | None, final: pd.DataFrame, all_ids: list[str], out: Path, notes: list[str]
) -> tuple[Proportion | None, Proportion | None, Path | None]:
    """PPV of the ICH list and NPV of the no-ICH list against the verified labels, when the lists are known."""
    if cand is None:
        notes.append("no candidates given: no text columns in final_labels.csv, no triage precision")
        return None, None, None
    if "list" not in cand.columns:
        notes.append("candidates have no 'list' column: triage precision not computed")
        return None, None, None
    lists = cand.set_index("case_id")["list"].astype(str).str.strip()
    verified = final.set_index("case_id")["ich"]
    in_ich = [cid for cid in all_ids if lists.get(cid) == "ich"]
    in_no = [cid for cid in all_ids if lists.get(cid) == "no_ich"]
    ppv = _proportion("ppv_ich_list", int(sum(verified[c] == 1 for c in in_ich)), len(in_ich))
    npv = _proportion("npv_no_ich_list", int(sum(verified[c] == 0 for c in in_no)), len(in_no))
    rows = [
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
    tp_path = out / "triage_precision.csv"
    write_csv(pd.DataFrame.from_records(rows), tp_path)
    return ppv, npv, tp_path


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
