"""Triage end to end: funnel adds up, balanced reproducible lists, atomic outputs, privacy of case ids.

The main run uses the real ``label_frame``; the other runs use a small keyword stub with the same output
contract (fast, and it pins triage's own behaviour, not the matcher's quality).
"""

from __future__ import annotations

import json
import math
import operator
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from icheport import io as iio
from icheport.cohort import REASONS
from icheport.triage import CANDIDATE_COLUMNS, TriageWarning, triage

# --------------------------------------------------------------------------- labeler


def stub_labeler(df: pd.DataFrame, *, model=None, lexicon=None, text_col=None) -> pd.DataFrame:
    """Keyword stub with label_frame's contract: present / negated / hedged hemorrhage words."""
    text = (df["description"] + " " + df["conclusion"]).str.lower()
    mention = text.str.contains("гематом|кровоизлиян", regex=True)
    negated = text.str.contains("не выявлен", regex=False)
    hedged = text.str.contains("нельзя исключить", regex=False)
    rule = np.where(~mention, 0, np.where(hedged, -1, np.where(negated, 0, 1)))
    out = df.copy()
    out["ich_rule"] = rule
    out["ich_score"] = np.where(rule == 1, 1.0, np.where(rule == -1, 0.5, 0.0))
    if model is not None:
        out["ich_score"] = model.predict_proba(df)
    out["ich"] = (out["ich_score"] > 0.5).astype(int)
    for c in ("edh", "sah", "iph", "ivh", "multiple", "fracture", "combined"):
        out[c] = 0
    out["sdh"] = (text.str.contains("субдуральн", regex=False) & (rule == 1)).astype(int)
    out["uncertain"] = (rule == -1).astype(int)
    out["evidence"] = np.where(mention, "mention", "")
    out["spans"] = np.where(
        mention,
        json.dumps(
            [
                {
                    "field": "conclusion",
                    "start": 0,
                    "stop": 3,
                    "category": "ich",
                    "status": "present",
                    "role": "mention",
                }
            ]
        ),
        "[]",
    )
    return out


# --------------------------------------------------------------------------- data

ICH = "Субдуральная гематома слева толщиной 8 мм."
NEG = "Кровоизлияний не выявлено."
HEDGE = "Нельзя исключить субарахноидальное кровоизлияние."
NORMAL = "Очаговых изменений не выявлено. Срединные структуры не смещены."
BRAIN = "КТ головного мозга"


def dirty_export(n_ich: int = 30, n_neg: int = 30, n_hedge: int = 10, n_norm: int = 20) -> pd.DataFrame:
    rows = []
    k = 0

    def add(concl, study_type=BRAIN, age="54", desc="Описание: без особенностей.", pid=None, sid=None):
        nonlocal k
        k += 1
        rows.append(
            {
                "study_id": sid or f"S{k:05d}",
                "patient_id": pid or f"P{k:05d}",
                "age": age,
                "sex": "М",
                "study_date": f"2021-0{1 + k % 9}-15",
                "institution": f"H{k % 3}",
                "study_type": study_type,
                "description": desc,
                "conclusion": concl,
            }
        )

    for _ in range(n_ich):
        add(ICH)
    for _ in range(n_neg):
        add(NEG)
    for _ in range(n_hedge):
        add(HEDGE)
    for _ in range(n_norm):
        add(NORMAL)
    # exclusions, one of each
    add(ICH, study_type="КТ органов грудной клетки")  # not_brain_ct
    add(None, desc=None)  # empty_text
    add("  ", desc="123")  # empty_text (numbers only)
    add(ICH, age="abc")  # age_missing_or_implausible
    add(ICH, age="16")  # under_18
    add(ICH, age="101")  # over_99
    add(ICH, sid="S00001")  # duplicate study id
    add(ICH, pid="P00002", desc="Описание:   без  ОСОБЕННОСТЕЙ.")  # same patient, same text
    add(ICH + " " + "Описание структур. " * 60_000)  # ~1 MB report, stays in
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def export_csv(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("in") / "export.csv"
    dirty_export().to_csv(path, index=False, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def run(export_csv, tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TriageWarning)
        return triage(export_csv, out, n_per_class=10, seed=1, progress=False, chunksize=16)


# --------------------------------------------------------------------------- funnel


def test_funnel_adds_up_to_input_rows(run, export_csv):
    n = len(pd.read_csv(export_csv, dtype=str))
    assert sum(run.counts.values()) == n == run.rows
    scored = pd.read_parquet(run.paths["scored"])
    assert len(scored) == n
    assert sorted(scored["_row"]) == list(range(n))
    assert set(scored["reason"]) <= set(REASONS)


@pytest.mark.parametrize(
    ("reason", "count"),
    [
        ("not_brain_ct", 1),
        ("empty_text", 2),
        ("age_missing_or_implausible", 1),
        ("under_18", 1),
        ("over_99", 1),
        ("duplicate_study", 2),
        ("no_keyword_evidence", 20),
        ("classifier_ich", 31),
        ("classifier_no_ich", 30),
        ("unclear", 10),
    ],
)
def test_reason_counts(run, reason, count):
    assert run.counts[reason] == count


def test_funnel_json_stages_in_order(run):
    doc = json.loads(run.paths["funnel"].read_text(encoding="utf-8"))
    assert [s["stage"] for s in doc["stages"]] == [
        "exported",
        "brain_ct",
        "after_cleaning",
        "keyword_evidence",
        "classifier_ich",
        "classifier_no_ich",
        "unclear",
        "sampled",
    ]
    assert doc["stages"][0]["count"] == run.rows
    assert doc["stages"][-1]["lists"] == {"ich": 10, "no_ich": 10, "unclear": 10}


# --------------------------------------------------------------------------- outputs


def test_outputs_exist_and_no_temp_files_left(run):
    names = {p.name for p in run.out_dir.iterdir()}
    assert {
        "scored.parquet",
        "candidates_ich.csv",
        "candidates_no_ich.csv",
        "candidates_unclear.csv",
        "case_key.csv",
        "funnel.json",
        "funnel.png",
        "run.json",
    } <= names
    assert not [n for n in names if n.startswith(".")]


def test_candidate_columns_follow_the_contract(run):
    for name in ("candidates_ich", "candidates_no_ich", "candidates_unclear"):
        df = pd.read_csv(run.paths[name], dtype=str, keep_default_na=False, encoding="utf-8")
        assert tuple(df.columns) == CANDIDATE_COLUMNS


def test_exactly_n_per_class(run):
    ich = pd.read_csv(run.paths["candidates_ich"], dtype=str)
    no = pd.read_csv(run.paths["candidates_no_ich"], dtype=str)
    assert len(ich) == len(no) == 10
    assert set(ich["list"]) == {"ich"} and set(no["list"]) == {"no_ich"}
    assert (ich["ich_score"].astype(float) > 0.65).all()


def test_case_ids_are_pseudonymous(run):
    key = pd.read_csv(run.paths["case_key"], dtype=str)
    cand = pd.concat(
        pd.read_csv(run.paths[n], dtype=str)
        for n in ("candidates_ich", "candidates_no_ich", "candidates_unclear")
    )
    assert cand["case_id"].is_unique
    assert all(re.fullmatch(r"C\d{6}", c) for c in cand["case_id"])
    assert not set(cand["case_id"]) & set(key["study_id"])
    assert set(cand["case_id"]) == set(key["case_id"])


def test_scored_parquet_has_no_report_text(run):
    scored = pd.read_parquet(run.paths["scored"])
    assert not {"description", "conclusion", "evidence"} & set(scored.columns)


def test_run_json_provenance(run):
    doc = json.loads(run.paths["run"].read_text(encoding="utf-8"))
    assert doc["options"]["seed"] == 1
    assert doc["input"]["rows"] == run.rows
    assert doc["input"]["sha256_head_tail"]
    assert {"pandas", "python", "sklearn"} <= set(doc["versions"])
    assert doc["counts"] == run.counts


def test_repr_html_shows_the_funnel(run):
    assert "Brain CT studies" in run._repr_html_()


# --------------------------------------------------------------------------- sampling


def _lists(out: Path) -> dict[str, list[str]]:
    key = pd.read_csv(out / "case_key.csv", dtype=str)
    return {lst: sorted(key.loc[key["list"] == lst, "study_id"]) for lst in ("ich", "no_ich", "unclear")}


def test_same_seed_same_lists_regardless_of_chunking_and_jobs(export_csv, tmp_path):
    a = triage(
        export_csv, tmp_path / "a", n_per_class=5, seed=7, labeler=stub_labeler, progress=False, chunksize=7
    )
    b = triage(
        export_csv,
        tmp_path / "b",
        n_per_class=5,
        seed=7,
        labeler=stub_labeler,
        progress=False,
        chunksize=20,
        jobs=2,
    )
    assert a.counts == b.counts
    assert _lists(a.out_dir) == _lists(b.out_dir)
    for name in ("candidates_ich.csv", "candidates_no_ich.csv", "case_key.csv"):
        assert (a.out_dir / name).read_bytes() == (b.out_dir / name).read_bytes()


def test_other_seed_other_lists(export_csv, tmp_path):
    a = triage(export_csv, tmp_path / "a", n_per_class=5, seed=1, labeler=stub_labeler, progress=False)
    b = triage(export_csv, tmp_path / "b", n_per_class=5, seed=2, labeler=stub_labeler, progress=False)
    assert _lists(a.out_dir)["ich"] != _lists(b.out_dir)["ich"]


def test_fewer_available_warns(export_csv, tmp_path):
    with pytest.warns(TriageWarning, match="'ich': 31 of 100"):
        res = triage(export_csv, tmp_path / "r", n_per_class=100, labeler=stub_labeler, progress=False)
    assert res.sampled["ich"] == 31
    assert any("of 100 requested" in w for w in res.warnings)
    doc = json.loads(res.paths["run"].read_text(encoding="utf-8"))
    assert doc["warnings"] == list(res.warnings)


def test_one_study_per_patient(tmp_path):
    df = dirty_export(n_neg=0, n_hedge=0, n_norm=0)
    df.loc[:29, "patient_id"] = [f"P{i % 5}" for i in range(30)]
    df.loc[:29, "conclusion"] = [f"{ICH} Вариант {i}." for i in range(30)]
    path = tmp_path / "x.csv"
    df.to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TriageWarning)
        res = triage(path, tmp_path / "r", n_per_class=10, labeler=stub_labeler, progress=False)
    key = pd.read_csv(res.paths["case_key"], dtype=str)
    assert key["patient_id"].is_unique
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TriageWarning)
        off = triage(
            path, tmp_path / "r2", n_per_class=10, labeler=stub_labeler, progress=False, one_per_patient=False
        )
    assert off.sampled["ich"] == 10


def test_stratified_proportional(tmp_path, export_csv):
    res = triage(
        export_csv,
        tmp_path / "r",
        n_per_class=6,
        labeler=stub_labeler,
        progress=False,
        stratify="institution",
    )
    key = pd.read_csv(res.paths["case_key"], dtype=str)
    assert res.sampled["ich"] == 6
    assert len(key) == 18


def test_model_scores_are_used(export_csv, tmp_path):
    class Half:
        def __init__(self):
            self.meta = {"name": "half", "version": "0"}

        def predict_proba(self, df):
            return np.where(df["conclusion"].str.contains("Субдуральная"), 0.9, 0.1)

    res = triage(
        export_csv, tmp_path / "r", n_per_class=5, labeler=stub_labeler, progress=False, model=Half()
    )
    assert res.counts["classifier_ich"] == 31
    doc = json.loads(res.paths["run"].read_text(encoding="utf-8"))
    assert doc["model"]["meta"] == {"name": "half", "version": "0"}


# --------------------------------------------------------------------------- bad input


def test_wrong_encoding_is_a_clear_error(tmp_path):
    path = tmp_path / "cp.csv"
    dirty_export(n_ich=2, n_neg=0, n_hedge=0, n_norm=0).iloc[:3].to_csv(path, index=False, encoding="cp1251")
    with pytest.raises(ValueError, match="cannot decode the file as utf-8"):
        triage(path, tmp_path / "r", encoding="utf-8", labeler=stub_labeler, progress=False)


def test_missing_column_is_a_clear_error(tmp_path):
    path = tmp_path / "x.csv"
    dirty_export().drop(columns=["conclusion"]).to_csv(path, index=False)
    with pytest.raises(ValueError, match=r"Columns found: \[.*'description'"):
        triage(path, tmp_path / "r", labeler=stub_labeler, progress=False)


def test_failure_leaves_no_partial_output(export_csv, tmp_path):
    def broken(df, **kw):
        if df["_row"].max() > 40:
            raise RuntimeError("labeler crashed")
        return stub_labeler(df, **kw)

    out = tmp_path / "r"
    with pytest.raises(RuntimeError, match="labeler crashed"):
        triage(export_csv, out, labeler=broken, progress=False, chunksize=20)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.")] == []  # no staging left


def test_atomic_write_keeps_old_file_on_error(tmp_path):
    target = tmp_path / "f.csv"
    target.write_text("old", encoding="utf-8")

    def failing(tmp):
        Path(tmp).write_text("partial", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        iio.write_atomic(target, failing)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.csv"]


# --------------------------------------------------------------------------- options


def test_config_file_drives_the_run(tmp_path):
    df = dirty_export(n_ich=6, n_neg=6, n_hedge=2, n_norm=2).rename(
        columns={"description": "Протокол", "conclusion": "Заключение", "study_type": "Услуга"}
    )
    path = tmp_path / "x.csv"
    df.to_csv(path, index=False, sep=";", encoding="cp1251")
    cfg = tmp_path / "site.toml"
    cfg.write_text(
        '[input]\nencoding = "cp1251"\n\n[columns]\ndescription = "Протокол"\nconclusion = "Заключение"\n'
        'study_type = "Услуга"\n\n[triage]\nn_per_class = 3\nseed = 5\n',
        encoding="utf-8",
    )
    res = triage(path, tmp_path / "r", config=cfg, labeler=stub_labeler, progress=False)
    assert res.sampled == {"ich": 3, "no_ich": 3, "unclear": 2}
    doc = json.loads(res.paths["run"].read_text(encoding="utf-8"))
    assert doc["options"]["seed"] == 5 and doc["options"]["encoding"] == "cp1251"
    assert res.counts["not_brain_ct"] == 1


def test_missing_optional_columns_are_noted(tmp_path):
    path = tmp_path / "x.csv"
    dirty_export(n_ich=3, n_neg=3, n_hedge=0, n_norm=0)[["description", "conclusion"]].to_csv(
        path, index=False
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TriageWarning)
        res = triage(path, tmp_path / "r", n_per_class=2, labeler=stub_labeler, progress=False)
    doc = json.loads(res.paths["funnel"].read_text(encoding="utf-8"))
    assert any("no study_type column" in n for n in doc["notes"])
    assert sum(res.counts.values()) == res.rows


def test_generic_model_with_the_real_labeler(tmp_path):
    class Proba:
        def __init__(self):
            self.meta = {"name": "fixed"}

        def predict_proba(self, df):
            p = np.where(df["conclusion"].str.contains("Субдуральная"), 0.95, 0.05)
            return np.column_stack([1 - p, p])

    path = tmp_path / "x.csv"
    dirty_export(n_ich=4, n_neg=4, n_hedge=2, n_norm=2).iloc[:12].to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TriageWarning)
        res = triage(path, tmp_path / "r", n_per_class=2, model=Proba(), progress=False)
    # hedged reports: rule -1 -> unclear whatever the model says
    assert (res.counts["classifier_ich"], res.counts["classifier_no_ich"], res.counts["unclear"]) == (4, 4, 2)
    ich = pd.read_csv(res.paths["candidates_ich"], dtype=str)
    assert set(ich["ich_score"].astype(float)) == {0.95}


def test_worker_pipeline_keeps_order_and_reads_at_most_two_parts_per_job_ahead():
    from icheport.triage import _in_workers

    pulled: list[int] = []

    def parts():
        for i in range(12):
            pulled.append(i)
            yield i

    out = []
    for result in _in_workers(operator.neg, parts(), (), 2):
        out.append(result)
        assert len(pulled) - len(out) <= 4  # in flight: at most 2 x jobs
    assert out == [-i for i in range(12)]


def test_worker_pipeline_raises_a_workers_error():
    from icheport.triage import _in_workers

    with pytest.raises(ValueError, match="math domain error"):
        list(_in_workers(math.sqrt, iter([4.0, -1.0, 9.0]), (), 2))
