"""Tests of the verification loop (the icheport.verify package): worksheets, validation, agreement, adjudication.

All report texts below are made up for the tests; none comes from a real patient.
"""

from __future__ import annotations

import dataclasses
import json
import math
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

from icheport.verify import (
    LABELS,
    VERDICT_COLUMNS,
    VerificationError,
    adjudicate,
    cohen_kappa,
    make_worksheets,
    simulate_readers,
    wilson_ci,
)

# ---------------------------------------------------------------------------------------------------------
# Made-up cases: (description, conclusion, evidence word in the description or None, truth labels)
# Cases 0-9 go to the ICH list, 10-19 to the no-ICH list. Truth: 8 of the ICH list have ICH (0-7), 2 do not
# (8, 9: soft-tissue hematoma, hemosinus); 1 of the no-ICH list has ICH (10: a small SAH).

_NORMAL = "Срединные структуры не смещены. Желудочки мозга не расширены. Костно-деструктивных изменений нет."
_CASES: list[tuple[str, str, str | None, dict[str, int]]] = [
    (
        "Слева субдуральная гематома толщиной до 9 мм. " + _NORMAL,
        "Острая СДГ слева.",
        "субдуральная",
        {"sdh": 1},
    ),
    (
        "В правой лобной доле гематома 3,1х2,4 см, объем ~10 см3. " + _NORMAL,
        "ВМГ справа.",
        "гематома",
        {"iph": 1},
    ),
    (
        "Кровь в бороздах обеих лобных долей и в задних рогах боковых желудочков.",
        "САК, ВЖК.",
        "Кровь",
        {"sah": 1, "ivh": 1, "multiple": 1},
    ),
    (
        "Эпидуральная гематома височной области 12 мм. Линейный перелом височной кости справа.",
        "ЭДГ справа, перелом височной кости.",
        "Эпидуральная",
        {"edh": 1, "fracture": 1},
    ),
    (
        "Зона инфаркта в бассейне левой СМА с геморрагической трансформацией.",
        "Ишемический инсульт с геморрагической трансформацией.",
        "геморрагической",
        {"iph": 1, "combined": 1},
    ),
    (
        "Хроническая субдуральная гематома справа, изоденсная, без динамики. " + _NORMAL,
        "ХСДГ справа.",
        "субдуральная",
        {"sdh": 1},
    ),
    (
        "Очаги геморрагического ушиба в обеих лобных долях. " + _NORMAL,
        "Ушиб головного мозга.",
        "ушиба",
        {"iph": 1, "multiple": 1},
    ),
    (
        "Объемное образование правой теменной доли с кровоизлиянием в его структуру.",
        "Опухоль с кровоизлиянием.",
        "кровоизлиянием",
        {"iph": 1, "combined": 1},
    ),
    (
        "Подапоневротическая гематома теменной области. Внутричерепных кровоизлияний не выявлено. " + _NORMAL,
        "Гематома мягких тканей.",
        "кровоизлияний",
        {},
    ),
    (
        "Гемосинус правой верхнечелюстной пазухи. Кровоизлияний не выявлено. " + _NORMAL,
        "Гемосинус.",
        "Кровоизлияний",
        {},
    ),
    (
        "Единичные участки гиперденсной крови в бороздах правой теменной доли. " + _NORMAL,
        "Следы САК.",
        "крови",
        {"sah": 1},
    ),
    (
        _NORMAL + " Очаговых изменений, кровоизлияний и объемных образований не выявлено.",
        "Норма.",
        "кровоизлияний",
        {},
    ),
    (
        "Линейный перелом затылочной кости без смещения. Кровоизлияний нет. " + _NORMAL,
        "Перелом затылочной кости.",
        "Кровоизлияний",
        {"fracture": 1},
    ),
    ("Постгеморрагическая киста левой теменной доли. " + _NORMAL, "Последствия ОНМК.", None, {}),
    (_NORMAL + " Кальцинаты в шишковидной железе.", "Без острой патологии.", None, {}),
    ("Гиперденсная левая СМА. " + _NORMAL, "Данных за кровоизлияние нет.", None, {}),
    ("Лейкоареоз. " + _NORMAL, "Признаки микроангиопатии.", None, {}),
    (_NORMAL, "КТ-признаков патологии не выявлено.", None, {}),
    ("Атрофия коры. " + _NORMAL, "Возрастные изменения.", None, {}),
    ("Гематома, описанная ранее, полностью резорбировалась. " + _NORMAL, "Без патологии.", "Гематома", {}),
]
N = len(_CASES)
CASE_IDS = [f"C{i:06d}" for i in range(N)]


def _truth_row(i: int) -> dict[str, int]:
    extra = _CASES[i][3]
    row = {c: int(extra.get(c, 0)) for c in VERDICT_COLUMNS}
    row["ich"] = int(any(extra.get(c, 0) for c in ("edh", "sdh", "sah", "iph", "ivh")))
    return row


def _candidates() -> pd.DataFrame:
    rows = []
    for i, (desc, concl, word, _) in enumerate(_CASES):
        spans = []
        if word is not None:
            start = desc.index(word)
            status = "negated" if i in (8, 9, 11, 12) else "resolved" if i == 19 else "present"
            spans.append(
                {
                    "field": "description",
                    "start": start,
                    "stop": start + len(word),
                    "category": "ich",
                    "status": status,
                    "role": "mention",
                }
            )
        in_ich = i < 10
        rows.append(
            {
                "case_id": CASE_IDS[i],
                "list": "ich" if in_ich else "no_ich",
                "description": desc,
                "conclusion": concl,
                "ich_score": 0.9 if in_ich else 0.1,
                "ich_rule": 1 if in_ich else 0,
                **{c: (int(in_ich) if c == "ich" else 0) for c in VERDICT_COLUMNS},
                "evidence": "",
                "spans": json.dumps(spans, ensure_ascii=False),
                # columns that must never reach a worksheet
                "study_id": f"STUDY-7{i:05d}X",
                "patient_id": f"PAT-4{i:05d}Q",
                "age": 57,
                "study_date": "2021-03-12",
            }
        )
    return pd.DataFrame(rows)


@pytest.fixture
def candidates() -> pd.DataFrame:
    return _candidates()


@pytest.fixture
def truth() -> pd.DataFrame:
    return pd.DataFrame([{"case_id": CASE_IDS[i], **_truth_row(i)} for i in range(N)])


@pytest.fixture
def sheets(tmp_path: Path, candidates: pd.DataFrame):
    return make_worksheets(candidates, tmp_path / "ws", seed=7)


def _copy(result, dest: Path):
    shutil.copytree(result.out_dir, dest)
    return dataclasses.replace(
        result,
        out_dir=dest,
        reader_paths=tuple(dest / p.name for p in result.reader_paths),
        manifest_path=dest / result.manifest_path.name,
    )


@pytest.fixture(scope="session")
def _agreed_template(tmp_path_factory):
    res = make_worksheets(_candidates(), tmp_path_factory.mktemp("agreed") / "ws", seed=7)
    truth = pd.DataFrame([{"case_id": CASE_IDS[i], **_truth_row(i)} for i in range(N)])
    simulate_readers(res.out_dir, truth, error_rate=0.0)
    return res


@pytest.fixture(scope="session")
def _disputed_template(tmp_path_factory):
    res = make_worksheets(_candidates(), tmp_path_factory.mktemp("disputed") / "ws", seed=7)
    truth = pd.DataFrame([{"case_id": CASE_IDS[i], **_truth_row(i)} for i in range(N)])
    simulate_readers(res.out_dir, truth, error_rate=0.15, seed=4)
    return res


@pytest.fixture
def agreed(_agreed_template, tmp_path):
    """Both readers filled the truth without errors (a fresh copy per test)."""
    return _copy(_agreed_template, tmp_path / "ws")


@pytest.fixture
def disputed(_disputed_template, tmp_path):
    """Readers filled the truth with 15% flips (seed 4): some cases disputed (a fresh copy per test)."""
    return _copy(_disputed_template, tmp_path / "ws")


# helpers -------------------------------------------------------------------------------------------------


def _header(ws) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[1] if c.value is not None}


def _row_of(path: Path, case_id: str) -> int:
    ws = load_workbook(path, read_only=True)["cases"]
    for r, values in enumerate(ws.iter_rows(min_row=2, max_col=1, values_only=True), start=2):
        if values[0] == case_id:
            return r
    raise AssertionError(f"{case_id} not in {path.name}")


def _set(path: Path, row: int, column: str, value) -> None:
    wb = load_workbook(path, rich_text=True)
    ws = wb["cases"]
    ws.cell(row, _header(ws)[column]).value = value
    wb.save(path)


def _verdicts(path: Path) -> pd.DataFrame:
    ws = load_workbook(path, read_only=True)["cases"]
    rows = ws.iter_rows(values_only=True)
    header = list(next(rows))
    df = pd.DataFrame([dict(zip(header, r, strict=False)) for r in rows])
    return df.set_index("case_id")[list(VERDICT_COLUMNS)].map(lambda v: int(str(v).strip() == "yes"))


def _all_cell_values(path: Path) -> list[str]:
    wb = load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.extend(str(v) for v in row if v is not None)
    return out


# ---------------------------------------------------------------------------------------------------------
# Cohen's kappa


def test_kappa_hand_computed():
    # 2x2 table (reader 1 rows, reader 2 columns), n = 50:
    #               r2 yes   r2 no
    #   r1 yes        20       5      -> r1 yes = 25
    #   r1 no         10      15      -> r1 no  = 25
    #                 30      20
    # po = (20 + 15) / 50 = 0.70
    # pe = (25*30 + 25*20) / 50^2 = (750 + 500) / 2500 = 0.50
    # kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40
    a = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.40)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_kappa_matches_sklearn(seed):
    sklearn_metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 2, 200)
    b = np.where(rng.random(200) < 0.8, a, 1 - a)
    assert cohen_kappa(a.tolist(), b.tolist()) == pytest.approx(sklearn_metrics.cohen_kappa_score(a, b))


def test_kappa_perfect_agreement_is_one():
    assert cohen_kappa(["yes", "no", "no"], ["yes", "no", "no"]) == pytest.approx(1.0)


def test_kappa_undefined_when_both_constant():
    assert math.isnan(cohen_kappa([0, 0, 0], [0, 0, 0]))


def test_kappa_rejects_unequal_lengths():
    with pytest.raises(ValueError, match="lengths differ"):
        cohen_kappa([0, 1], [0])


# ---------------------------------------------------------------------------------------------------------
# Wilson interval


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        # k=8, n=10, z=1.96: p=0.8, z²/n=0.38415, denom=1.38415
        # center=(0.8 + 0.19207)/1.38415=0.71674; half=1.96*sqrt(0.016 + 0.0096036)/1.38415=0.22658
        pytest.param(8, 10, 0.4902, 0.9433, id="8_of_10"),
        # k=9, n=10: center=(0.9 + 0.19207)/1.38415=0.78899; half=1.96*sqrt(0.009 + 0.0096036)/1.38415=0.19314
        pytest.param(9, 10, 0.5958, 0.9821, id="9_of_10"),
        # k=0, n=10: center=0.19207/1.38415=0.13877 = half -> (0, 0.27755)
        pytest.param(0, 10, 0.0, 0.2775, id="0_of_10"),
    ],
)
def test_wilson_hand_computed(k, n, low, high):
    lo, hi = wilson_ci(k, n)
    assert lo == pytest.approx(low, abs=1e-4)
    assert hi == pytest.approx(high, abs=1e-4)


def test_wilson_empty_is_nan():
    assert all(math.isnan(x) for x in wilson_ci(0, 0))


# ---------------------------------------------------------------------------------------------------------
# Worksheets out


def test_worksheets_hide_list_scores_and_study_ids(sheets, candidates):
    for path in sheets.reader_paths:
        wb = load_workbook(path, read_only=True)
        header = set(_header(wb["cases"]))
        assert not header & {
            "list",
            "ich_score",
            "ich_rule",
            "evidence",
            "study_id",
            "patient_id",
            "age",
            "study_date",
        }
        values = _all_cell_values(path)
        for col in ("study_id", "patient_id"):
            assert not set(candidates[col]) & set(values)
        assert "2021-03-12" not in values
        assert "no_ich" not in values  # the list membership is nowhere, not even hidden


def test_reader_orders_differ_but_case_sets_equal(sheets):
    orders = [list(_verdicts(p).index) for p in sheets.reader_paths]
    assert orders[0] != orders[1]
    assert sorted(orders[0]) == sorted(orders[1]) == CASE_IDS


def test_same_seed_same_order(tmp_path, candidates):
    a = make_worksheets(candidates, tmp_path / "a", seed=3)
    b = make_worksheets(candidates, tmp_path / "b", seed=3)
    assert list(_verdicts(a.reader_paths[0]).index) == list(_verdicts(b.reader_paths[0]).index)


def test_prefill_off_by_default(sheets):
    ws = load_workbook(sheets.reader_paths[0], read_only=True)["cases"]
    rows = ws.iter_rows(values_only=True)
    header = list(next(rows))
    cols = [header.index(c) for c in (*VERDICT_COLUMNS, "comment")]
    assert all(row[i] is None for row in rows for i in cols)


def test_prefill_writes_matcher_labels(tmp_path, candidates):
    res = make_worksheets(candidates, tmp_path / "p", prefill=True)
    got = _verdicts(res.reader_paths[0])["ich"].sort_index()
    want = candidates.set_index("case_id")["ich"].sort_index()
    assert got.tolist() == want.tolist()


def test_sheet_layout_validation_protection(sheets):
    wb = load_workbook(sheets.reader_paths[0])
    ws = wb["cases"]
    h = _header(ws)
    assert wb.sheetnames[:2] == ["cases", "instructions"]
    assert wb["_icheport"].sheet_state == "veryHidden"
    assert ws.freeze_panes == "B2"
    assert ws.protection.sheet
    assert ws.cell(2, h["description"]).protection.locked
    assert not ws.cell(2, h["sdh"]).protection.locked
    assert ws.cell(2, h["description"]).alignment.wrap_text
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1 and validations[0].formula1 == '"yes,no"'
    covered = str(validations[0].sqref)
    assert covered.startswith("D2:") and covered.endswith(f"{N + 1}")
    from openpyxl.utils import get_column_letter

    for col in ("description_sha256", "conclusion_sha256", "spans"):
        assert ws.column_dimensions[get_column_letter(h[col])].hidden


def test_with_prefill_evidence_is_highlighted_as_rich_text(tmp_path, candidates):
    path = make_worksheets(candidates, tmp_path / "ws", seed=7, prefill=True).reader_paths[0]
    wb = load_workbook(path, rich_text=True)
    ws = wb["cases"]
    h = _header(ws)
    styled = {}
    for r in range(2, ws.max_row + 1):
        styled[ws.cell(r, 1).value] = ws.cell(r, h["description"]).value
    present = styled[CASE_IDS[0]]  # «субдуральная», present
    assert isinstance(present, CellRichText)
    block = next(b for b in present if isinstance(b, TextBlock))
    assert block.text == "субдуральная"
    assert block.font.b and block.font.color.rgb.endswith("C00000")
    negated = styled[CASE_IDS[8]]  # «кровоизлияний», negated
    block = next(b for b in negated if isinstance(b, TextBlock))
    assert block.text == "кровоизлияний" and block.font.strike
    assert str(styled[CASE_IDS[8]]) == _CASES[8][0]


def test_manifest(sheets):
    man = json.loads(sheets.manifest_path.read_text(encoding="utf-8"))
    assert man["format_version"] == "1"
    assert man["seed"] == 7 and man["readers"] == 2 and man["n_cases"] == N
    assert sorted(man["cases"]) == CASE_IDS
    assert set(man["cases"][CASE_IDS[0]]) == {"description_sha256", "conclusion_sha256"}
    assert isinstance(man["icheport_version"], str) and man["icheport_version"]
    assert man["created"]


def test_expert_option_writes_an_expert_sheet_with_all_cases(tmp_path, candidates):
    res = make_worksheets(candidates, tmp_path / "ws", expert=True)
    assert res.expert_path == tmp_path / "ws" / "expert.xlsx"
    assert sorted(_verdicts(res.expert_path).index) == CASE_IDS
    assert load_workbook(res.expert_path, read_only=True)["_icheport"]["B2"].value == "expert"


def test_existing_worksheets_are_not_overwritten(sheets, candidates):
    with pytest.raises(FileExistsError):
        make_worksheets(candidates, sheets.out_dir)


def test_candidates_from_csv_files(tmp_path, candidates):
    ich = tmp_path / "candidates_ich.csv"
    no = tmp_path / "candidates_no_ich.csv"
    candidates[candidates["list"] == "ich"].to_csv(ich, index=False, encoding="utf-8")
    candidates[candidates["list"] == "no_ich"].to_csv(no, index=False, encoding="utf-8")
    res = make_worksheets([ich, no], tmp_path / "ws")
    assert res.n_cases == N
    assert sorted(_verdicts(res.reader_paths[1]).index) == CASE_IDS


def test_duplicate_candidate_ids_rejected(tmp_path, candidates):
    dup = pd.concat([candidates, candidates.iloc[[0]]], ignore_index=True)
    with pytest.raises(ValueError, match="repeat case_id"):
        make_worksheets(dup, tmp_path / "ws")


# ---------------------------------------------------------------------------------------------------------
# Round trips


def test_round_trip_full_agreement(agreed, candidates, truth, tmp_path):
    res = adjudicate(agreed.reader_paths, candidates=candidates, out_dir=tmp_path / "adj")
    assert res.status == "final" and not res.pending
    assert res.n_disagreements == 0 and res.expert_worksheet is None
    final = pd.read_csv(res.final_labels_path, dtype={"case_id": str}, encoding="utf-8")
    assert list(final.columns) == [
        "case_id",
        *LABELS,
        "uncertain",
        "source",
        "expert_labels",
        "comment",
        "description",
        "conclusion",
    ]
    got = final.set_index("case_id")[list(LABELS)].sort_index()
    want = truth.set_index("case_id")[list(LABELS)].sort_index()
    assert got.equals(want)
    assert set(final["source"]) == {"agreement"}
    assert final.set_index("case_id").loc[CASE_IDS[3], "description"] == _CASES[3][0]
    ich = res.agreement.set_index("label").loc["ich"]
    assert ich["kappa"] == pytest.approx(1.0) and ich["percent_agreement"] == pytest.approx(100.0)


def test_round_trip_disagreement_expert_final(disputed, candidates, truth, tmp_path):
    r1 = _verdicts(disputed.reader_paths[0]).sort_index()
    r2 = _verdicts(disputed.reader_paths[1]).sort_index()
    disputed_ids = sorted(c for c in CASE_IDS if (r1.loc[c, list(LABELS)] != r2.loc[c, list(LABELS)]).any())
    assert disputed_ids, "seed chosen so that the readers disagree"

    out = tmp_path / "adj"
    pending = adjudicate(disputed.reader_paths, candidates=candidates, out_dir=out)
    assert pending.pending and pending.n_disagreements == len(disputed_ids)
    assert (out / "agreement.csv").exists() and not (out / "final_labels.csv").exists()
    assert pending.final_labels is None and pending.ppv is None
    expert_sheet = pending.expert_worksheet
    assert expert_sheet == out / "expert.xlsx"
    assert sorted(_verdicts(expert_sheet).index) == disputed_ids

    # the expert sees both readers and fills only the disputed cells
    wb = load_workbook(expert_sheet, read_only=True)
    rows = wb["cases"].iter_rows(values_only=True)
    header = list(next(rows))
    assert {"disagree_on", "reader1", "reader2"} <= set(header)
    for row in rows:
        rec = dict(zip(header, row, strict=False))
        cid = rec["case_id"]
        for label in LABELS:
            a, b = r1.loc[cid, label], r2.loc[cid, label]
            # agreed labels pre-filled with the agreed value, disputed ones left empty
            assert rec[label] == (None if a != b else ("yes" if a else "no")), (cid, label)
        assert set(rec["disagree_on"].split(", ")) == {c for c in LABELS if r1.loc[cid, c] != r2.loc[cid, c]}
    simulate_readers(out, truth, error_rate=0.0, expert=True)
    res = adjudicate(disputed.reader_paths, candidates=candidates, out_dir=out, expert_path=expert_sheet)
    assert res.status == "final"
    final = res.final_labels.set_index("case_id").sort_index()
    t = truth.set_index("case_id").sort_index()
    for cid in CASE_IDS:
        for label in LABELS:
            a, b = r1.loc[cid, label], r2.loc[cid, label]
            want = a if a == b else t.loc[cid, label]
            assert final.loc[cid, label] == want, (cid, label)
    assert sorted(final.index[final["source"] == "expert"]) == disputed_ids


def test_agreement_csv_matches_kappa(sheets, truth, tmp_path):
    simulate_readers(sheets.out_dir, truth, error_rate=0.2, seed=1)
    res = adjudicate(sheets.reader_paths, out_dir=tmp_path / "adj")
    table = pd.read_csv(res.agreement_path, encoding="utf-8").set_index("label")
    r1 = _verdicts(sheets.reader_paths[0]).sort_index()
    r2 = _verdicts(sheets.reader_paths[1]).sort_index()
    k = cohen_kappa(r1["ich"].tolist(), r2["ich"].tolist())
    assert table.loc["ich", "kappa"] == pytest.approx(k)
    assert table.loc["ich", "kappa_ci_low"] <= k <= table.loc["ich", "kappa_ci_high"]
    assert table.loc["ich", "n"] == N
    assert table.loc["ich", "percent_agreement"] == pytest.approx(100 * (r1["ich"] == r2["ich"]).mean())


def test_table1_counts_match_final_labels(agreed, truth, tmp_path):
    res = adjudicate(agreed.reader_paths, out_dir=tmp_path / "adj")
    t1 = pd.read_csv(res.table1_csv, encoding="utf-8")
    final = pd.read_csv(res.final_labels_path, encoding="utf-8")
    for label in LABELS:
        rows = t1[t1["label"] == label].set_index("class")
        assert rows.loc["present", "count"] == final[label].sum()
        assert rows.loc["absent", "count"] == N - final[label].sum()
    # by construction of the made-up cases: 9 with ICH (0-7 and 10), 2 SDH (0, 5), 2 fractures (3, 12)
    assert t1.set_index(["label", "class"]).loc[("ich", "present"), "count"] == 9
    assert t1.set_index(["label", "class"]).loc[("sdh", "present"), "count"] == 2
    assert t1.set_index(["label", "class"]).loc[("fracture", "present"), "count"] == 2
    md = res.table1_md.read_text(encoding="utf-8")
    assert f"n = {N}" in md and "| ich | present | 9 | 45.0 |" in md


def test_triage_precision_wilson(agreed, candidates, tmp_path):
    # ICH list: cases 0-9, verified ICH in 0-7 -> PPV 8/10, Wilson (0.4902, 0.9433), see test above.
    # No-ICH list: cases 10-19, verified ICH only in 10 -> NPV 9/10, Wilson (0.5958, 0.9821).
    res = adjudicate(agreed.reader_paths, candidates=candidates, out_dir=tmp_path / "adj")
    assert (res.ppv.k, res.ppv.n) == (8, 10) and res.ppv.value == pytest.approx(0.8)
    assert res.ppv.ci_low == pytest.approx(0.4902, abs=1e-4)
    assert res.ppv.ci_high == pytest.approx(0.9433, abs=1e-4)
    assert (res.npv.k, res.npv.n) == (9, 10)
    assert res.npv.ci_low == pytest.approx(0.5958, abs=1e-4)
    assert res.npv.ci_high == pytest.approx(0.9821, abs=1e-4)
    tp = pd.read_csv(res.triage_precision_path, encoding="utf-8").set_index("list")
    assert tp.loc["ich", "value"] == pytest.approx(0.8) and tp.loc["no_ich", "value"] == pytest.approx(0.9)


def test_no_candidates_no_text_and_no_precision(agreed, tmp_path):
    res = adjudicate(agreed.reader_paths, out_dir=tmp_path / "adj")
    final = pd.read_csv(res.final_labels_path, encoding="utf-8")
    assert "description" not in final.columns and res.ppv is None and res.triage_precision_path is None


def test_russian_and_spaced_verdicts_accepted(agreed, tmp_path):
    path = agreed.reader_paths[1]
    row = _row_of(path, CASE_IDS[0])  # truth: ich yes, sdh yes, edh no
    _set(path, row, "ich", " Да ")
    _set(path, row, "sdh", "YES")
    _set(path, row, "edh", "нет")
    res = adjudicate(agreed.reader_paths, out_dir=tmp_path / "adj")
    assert res.n_disagreements == 0


def test_blank_uncertain_means_no(agreed, tmp_path):
    path = agreed.reader_paths[0]
    _set(path, _row_of(path, CASE_IDS[4]), "uncertain", None)
    res = adjudicate(agreed.reader_paths, out_dir=tmp_path / "adj")
    assert res.final_labels.set_index("case_id").loc[CASE_IDS[4], "uncertain"] == 0


# ---------------------------------------------------------------------------------------------------------
# Validation: every error names sheet, row and column

# (column to edit, new value, case index, expected column in the problem, message fragment)
_BAD_EDITS = [
    pytest.param("sdh", None, 0, "sdh", "blank verdict", id="blank_verdict"),
    pytest.param("sdh", "", 0, "sdh", "blank verdict", id="empty_string_verdict"),
    pytest.param("iph", "maybe", 1, "iph", "invalid verdict", id="invalid_verdict"),
    pytest.param("ich", "1", 1, "ich", "invalid verdict", id="digit_is_invalid"),
    pytest.param(
        "description", _CASES[2][0] + " Дописано.", 2, "description", "edited", id="tampered_description"
    ),
    pytest.param("conclusion", "Другое заключение.", 2, "conclusion", "edited", id="tampered_conclusion"),
    pytest.param("case_id", "C999999", 3, "case_id", "unknown case_id", id="unknown_case_id"),
    pytest.param("case_id", None, 3, "case_id", "blank case_id", id="blank_case_id"),
    pytest.param("ich", "no", 0, "sdh", "sdh is yes but ich is no", id="subtype_without_ich"),
    pytest.param("ich", "no", 4, "combined", "combined is yes but ich is no", id="combined_without_ich"),
]


@pytest.mark.parametrize(("column", "value", "case", "problem_column", "fragment"), _BAD_EDITS)
def test_invalid_sheet_names_sheet_row_column(
    agreed, tmp_path, column, value, case, problem_column, fragment
):
    path = agreed.reader_paths[1]
    row = _row_of(path, CASE_IDS[case])
    _set(path, row, column, value)
    with pytest.raises(VerificationError) as info:
        adjudicate(agreed.reader_paths, out_dir=tmp_path / "adj")
    hits = [p for p in info.value.problems if fragment in p.message]
    assert hits, str(info.value)
    assert (hits[0].sheet, hits[0].row, hits[0].column) == ("reader2.xlsx", row, problem_column)
    assert f"reader2.xlsx, row {row}, column '{problem_column}'" in str(info.value)
    assert isinstance(info.value, ValueError)
    assert not (tmp_path / "adj" / "agreement.csv").exists()


def test_unknown_case_also_reports_the_missing_one(agreed, tmp_path):
    path = agreed.reader_paths[0]
    _set(path, _row_of(path, CASE_IDS[5]), "case_id", "C999999")
    with pytest.raises(VerificationError) as info:
        adjudicate(agreed.reader_paths, out_dir=tmp_path / "adj")
    missing = [p for p in info.value.problems if "missing" in p.message]
    assert [(p.sheet, p.column) for p in missing] == [("reader1.xlsx", "case_id")]
    assert CASE_IDS[5] in missing[0].message


def test_duplicate_case_id(agreed, tmp_path):
    path = agreed.reader_paths[0]
    first = _row_of(path, CASE_IDS[0])
    other = 2 if first != 2 else 3
    _set(path, other, "case_id", CASE_IDS[0])
    with pytest.raises(VerificationError) as info:
        adjudicate(agreed.reader_paths, out_dir=tmp_path / "adj")
    dup = [p for p in info.value.problems if "duplicate" in p.message]
    assert len(dup) == 1
    assert (dup[0].sheet, dup[0].row, dup[0].column) == ("reader1.xlsx", max(first, other), "case_id")


def test_all_problems_collected_and_message_capped(agreed, tmp_path):
    path = agreed.reader_paths[0]
    wb = load_workbook(path, rich_text=True)
    ws = wb["cases"]
    h = _header(ws)
    for r in range(2, N + 2):
        for label in ("edh", "sdh", "sah", "fracture"):
            ws.cell(r, h[label]).value = None
    wb.save(path)
    with pytest.raises(VerificationError) as info:
        adjudicate(agreed.reader_paths, out_dir=tmp_path / "adj")
    assert len(info.value.problems) == 4 * N
    lines = str(info.value).splitlines()
    assert len(lines) == 1 + 50 + 1
    assert lines[-1] == f"... and {4 * N - 50} more problem(s)"


def test_error_message_never_contains_report_text(agreed, tmp_path):
    path = agreed.reader_paths[1]
    _set(path, _row_of(path, CASE_IDS[2]), "description", "Совсем другой текст")
    with pytest.raises(VerificationError) as info:
        adjudicate(agreed.reader_paths, out_dir=tmp_path / "adj")
    message = str(info.value)
    assert "Совсем другой" not in message and _CASES[2][0][:20] not in message


def test_tampered_hidden_hash_is_caught_by_manifest(agreed, tmp_path):
    path = agreed.reader_paths[1]
    row = _row_of(path, CASE_IDS[2])
    _set(path, row, "description", "Совсем другой текст")
    import hashlib

    _set(path, row, "description_sha256", hashlib.sha256("Совсем другой текст".encode()).hexdigest())
    with pytest.raises(VerificationError, match="hash mismatch"):
        adjudicate(agreed.reader_paths, out_dir=tmp_path / "adj")


def test_same_sheet_twice_rejected(agreed, tmp_path):
    with pytest.raises(ValueError, match="same file"):
        adjudicate([agreed.reader_paths[0], agreed.reader_paths[0]], out_dir=tmp_path / "adj")


def test_expert_blank_disputed_cell_is_an_error(disputed, truth, tmp_path):
    out = tmp_path / "adj"
    pending = adjudicate(disputed.reader_paths, out_dir=out)
    assert pending.pending
    with pytest.raises(VerificationError) as info:
        adjudicate(disputed.reader_paths, out_dir=out, expert_path=pending.expert_worksheet)
    assert info.value.problems
    assert all(
        p.sheet == "expert.xlsx" and p.row is not None and p.message.endswith("blank verdict")
        for p in info.value.problems
    )


def test_existing_expert_sheet_is_kept(disputed, truth, tmp_path):
    out = tmp_path / "adj"
    first = adjudicate(disputed.reader_paths, out_dir=out)
    simulate_readers(out, truth, error_rate=0.0, expert=True)
    filled = first.expert_worksheet.read_bytes()
    again = adjudicate(disputed.reader_paths, out_dir=out)
    assert again.pending and first.expert_worksheet.read_bytes() == filled
    assert any("kept the existing" in n for n in again.notes)


def test_expert_cannot_overrule_agreed_labels(disputed, truth, tmp_path):
    out = tmp_path / "adj"
    expert_sheet = adjudicate(disputed.reader_paths, out_dir=out).expert_worksheet
    simulate_readers(out, truth, error_rate=0.0, expert=True)
    r1 = _verdicts(disputed.reader_paths[0])
    rows = load_workbook(expert_sheet, read_only=True)["cases"].iter_rows(values_only=True)
    header = list(next(rows))
    # the first disputed case whose fracture label (free of consistency rules) both readers agreed on
    row, rec = next(
        (r, rec)
        for r, rec in enumerate((dict(zip(header, v, strict=False)) for v in rows), start=2)
        if "fracture" not in rec["disagree_on"].split(", ")
    )
    cid = rec["case_id"]
    _set(expert_sheet, row, "fracture", "no" if r1.loc[cid, "fracture"] else "yes")
    res = adjudicate(disputed.reader_paths, out_dir=out, expert_path=expert_sheet)
    assert res.final_labels.set_index("case_id").loc[cid, "fracture"] == r1.loc[cid, "fracture"]
    assert any("changed labels both readers agreed on in 1 case" in n for n in res.notes)


@pytest.mark.parametrize(
    ("description", "word"),
    [
        pytest.param("Строка один.\r\nСубдуральная гематома справа.", "Субдуральная", id="crlf"),
        pytest.param(
            "Текст\x07 с управляющим символом. Субдуральная гематома.", "Субдуральная", id="control_char"
        ),
    ],
)
def test_spans_survive_text_cleaning(tmp_path, description, word):
    start = description.index(word)
    spans = [{"field": "description", "start": start, "stop": start + len(word), "category": "sdh",
              "status": "present", "role": "mention"}]  # fmt: skip
    df = pd.DataFrame(
        [{"case_id": "C1", "description": description, "conclusion": "СДГ.", "spans": json.dumps(spans)},
         {"case_id": "C2", "description": "Норма.", "conclusion": "Норма.", "spans": "[]"}]
    )  # fmt: skip
    res = make_worksheets(df, tmp_path / "ws", prefill=True)
    ws = load_workbook(res.reader_paths[0], rich_text=True)["cases"]
    cell = next(ws.cell(r, 2).value for r in (2, 3) if ws.cell(r, 1).value == "C1")
    assert next(b for b in cell if isinstance(b, TextBlock)).text == word
    truth = pd.DataFrame([{"case_id": "C1", "ich": 1, "sdh": 1}, {"case_id": "C2", "ich": 0}])
    for c in LABELS:
        if c not in truth.columns:
            truth[c] = 0
        truth[c] = truth[c].fillna(0).astype(int)
    simulate_readers(res.out_dir, truth, error_rate=0.0)
    final = adjudicate(res.reader_paths, candidates=df, out_dir=tmp_path / "adj").final_labels
    assert final.set_index("case_id").loc["C1", "sdh"] == 1
    assert final.set_index("case_id").loc["C1", "description"] == description  # the original, uncleaned
