"""icheport.label_frame: the contract columns of docs/contracts.md on a DataFrame."""

from __future__ import annotations

import gc
import json

import numpy as np
import pandas as pd
import pytest

import icheport
from icheport.label import label_frame

# docs/contracts.md, "Report labels"
CONTRACT_COLUMNS = [
    "is_brain_ct",
    "ich",
    "ich_score",
    "ich_rule",
    "edh",
    "sdh",
    "sah",
    "iph",
    "ivh",
    "multiple",
    "fracture",
    "combined",
    "uncertain",
    "evidence",
    "spans",
]
BINARY = [
    "is_brain_ct",
    "ich",
    "edh",
    "sdh",
    "sah",
    "iph",
    "ivh",
    "multiple",
    "fracture",
    "combined",
    "uncertain",
]

SDH = "Острая субдуральная гематома слева."
NONE = "Кровоизлияний не выявлено."
HEDGED = "Нельзя исключить САК."


def _frame(**extra) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "study_id": ["S1", "S2", "S3"],
            "description": ["Срединные структуры не смещены.", "Норма.", "Норма."],
            "conclusion": [SDH, NONE, HEDGED],
            **extra,
        }
    )


def test_adds_exactly_the_contract_columns(matcher) -> None:
    df = _frame()
    out = label_frame(df, matcher=matcher)
    assert list(out.columns) == [*df.columns, *CONTRACT_COLUMNS]


def test_keeps_input_columns_values_and_row_order(matcher) -> None:
    df = _frame(note=[1.5, None, "x"]).set_index(pd.Index([30, 10, 20]))
    out = label_frame(df, matcher=matcher)
    assert list(out.index) == [30, 10, 20]
    pd.testing.assert_frame_equal(out[df.columns], df)
    assert out["ich_rule"].tolist() == [1, 0, -1]


def test_label_values(matcher) -> None:
    out = label_frame(_frame(), matcher=matcher)
    assert out["ich"].tolist() == [1, 0, 0]
    assert out["ich_rule"].tolist() == [1, 0, -1]
    assert out["ich_score"].tolist() == [1.0, 0.0, 0.5]
    assert out["sdh"].tolist() == [1, 0, 0]
    assert out["uncertain"].tolist() == [0, 0, 1]
    for col in BINARY:
        assert set(out[col].tolist()) <= {0, 1}, col
    assert "субдуральная гематома" in out["evidence"].iloc[0]


def test_spans_column_is_json_with_valid_offsets(matcher) -> None:
    df = _frame()
    out = label_frame(df, matcher=matcher)
    for (_, row), spans in zip(df.iterrows(), out["spans"], strict=True):
        for s in json.loads(spans):
            assert 0 <= s["start"] < s["stop"] <= len(row[s["field"]])


def test_pandas_str_dtype_input(matcher) -> None:
    df = pd.DataFrame(
        {
            "description": pd.array(["Норма.", None, "Норма."], dtype="str"),
            "conclusion": pd.array([SDH, NONE, None], dtype="str"),
        }
    )
    out = label_frame(df, matcher=matcher)
    assert out["ich"].tolist() == [1, 0, 0]
    assert out["sdh"].tolist() == [1, 0, 0]


@pytest.mark.parametrize(
    "cells",
    [
        pytest.param([np.nan, np.nan, np.nan], id="all-nan"),
        pytest.param([1, 2, 3], id="ints"),
        pytest.param([1.5, np.nan, None], id="floats-and-none"),
        pytest.param([SDH, 42, pd.NA], id="mixed-object"),
        pytest.param([b"bytes", ["list"], {"a": 1}], id="other-objects"),
    ],
)
def test_non_string_cells_read_as_empty(matcher, cells) -> None:
    df = pd.DataFrame({"description": pd.Series(cells, dtype=object), "conclusion": [None, None, None]})
    out = label_frame(df, matcher=matcher)
    expected = [1 if isinstance(c, str) and c == SDH else 0 for c in cells]
    assert out["ich"].tolist() == expected


def test_single_text_column(matcher) -> None:
    df = pd.DataFrame({"text": [f"Заключение: {SDH}", NONE]})
    out = label_frame(df, matcher=matcher)
    assert out["sdh"].tolist() == [1, 0]
    assert json.loads(out["spans"].iloc[0])[0]["field"] == "text"


def test_named_text_column(matcher) -> None:
    df = pd.DataFrame({"report": [SDH, NONE]})
    out = label_frame(df, text_col="report", matcher=matcher)
    assert out["ich"].tolist() == [1, 0]


def test_renamed_description_and_conclusion(matcher) -> None:
    df = pd.DataFrame({"протокол": ["Норма."], "закл": [SDH]})
    out = label_frame(df, description_col="протокол", conclusion_col="закл", matcher=matcher)
    assert out["sdh"].tolist() == [1]


@pytest.mark.parametrize(
    ("columns", "kwargs"),
    [
        pytest.param(["study_id", "report_body"], {}, id="no-text-columns"),
        pytest.param(["study_id", "description"], {"text_col": "report_body"}, id="missing-text-col"),
    ],
)
def test_missing_text_columns_lists_columns_found(matcher, columns, kwargs) -> None:
    df = pd.DataFrame({c: ["x"] for c in columns})
    with pytest.raises(ValueError, match="columns found") as info:
        label_frame(df, matcher=matcher, **kwargs)
    for c in columns:
        assert repr(c) in str(info.value)


def test_only_one_of_description_conclusion(matcher) -> None:
    out = label_frame(pd.DataFrame({"conclusion": [SDH]}), matcher=matcher)
    assert out["sdh"].tolist() == [1]


def test_is_brain_ct_from_study_type(matcher) -> None:
    df = _frame(study_type=["КТ головного мозга", "КТ органов грудной клетки", "CT brain"])
    out = label_frame(df, matcher=matcher)
    assert out["is_brain_ct"].tolist() == [1, 0, 1]
    # hemorrhage labels are still computed for a non-brain study
    assert out["ich_rule"].tolist() == [1, 0, -1]


def test_is_brain_ct_custom_column(matcher) -> None:
    df = _frame(modality=["CT chest", "CT head", "CT chest"])
    out = label_frame(df, study_type_col="modality", matcher=matcher)
    assert out["is_brain_ct"].tolist() == [0, 1, 0]


def test_is_brain_ct_is_one_without_study_type(matcher) -> None:
    out = label_frame(_frame(), matcher=matcher)
    assert out["is_brain_ct"].tolist() == [1, 1, 1]


@pytest.mark.parametrize(
    ("text", "brain"),
    [
        ("CT chest with contrast: right haemothorax with a layering hyperdense collection.", 0),
        ("КТ шейного отдела позвоночника. Превертебральная гематома на уровне C2-C4.", 0),
        ("CT ABDOMEN AND PELVIS. Retroperitoneal haematoma.", 0),
        ("КТ головного мозга. Острая субдуральная гематома слева.", 1),
        ("CT head and cervical spine: acute left SDH.", 1),
        ("КТ лицевого скелета. В видимых отделах мозга — геморрагический ушиб лобной доли.", 1),
        ("CT temporal bones: petrous fracture; visualised brain unremarkable.", 1),
        ("КТ-признаки ушиба левой височной доли, острая СДГ.", 1),
        ("Острая субдуральная гематома слева.", 1),
    ],
)
def test_without_study_type_a_report_titled_as_another_ct_is_not_brain_ct(matcher, text, brain) -> None:
    out = label_frame(pd.DataFrame({"text": [text]}), matcher=matcher)
    assert out["is_brain_ct"].tolist() == [brain]
    if not brain:
        assert out["ich"].tolist() == [0] and out["evidence"].iloc[0].startswith("not a brain CT study")


def test_a_study_type_column_decides_over_the_title(matcher) -> None:
    df = pd.DataFrame({"text": ["CT chest: haemothorax. Acute left SDH."], "study_type": ["CT head"]})
    assert label_frame(df, matcher=matcher)["is_brain_ct"].tolist() == [1]


def test_input_frame_is_not_mutated(matcher) -> None:
    df = _frame(study_type=["КТ головного мозга", "CT chest", "CT brain"])
    before = df.copy(deep=True)
    out = label_frame(df, matcher=matcher)
    pd.testing.assert_frame_equal(df, before)
    out.loc[out.index[0], "conclusion"] = "изменено"
    out.loc[out.index[0], "study_id"] = "changed"
    pd.testing.assert_frame_equal(df, before)


def test_empty_frame(matcher) -> None:
    df = pd.DataFrame({"description": pd.Series([], dtype="str"), "conclusion": pd.Series([], dtype="str")})
    out = label_frame(df, matcher=matcher)
    assert list(out.columns) == [*df.columns, *CONTRACT_COLUMNS]
    assert len(out) == 0


def test_default_matcher_is_used() -> None:
    out = icheport.label.label_frame(pd.DataFrame({"conclusion": [SDH]}))
    assert out["sdh"].tolist() == [1]


def test_not_a_dataframe_raises_type_error() -> None:
    with pytest.raises(TypeError, match="DataFrame"):
        label_frame([{"conclusion": SDH}])  # type: ignore[arg-type]


class _RecordingMatcher:
    """Matches like ``inner`` and records whether the cyclic garbage collector ran meanwhile."""

    def __init__(self, inner, fail_at: int | None = None) -> None:
        self.inner, self.fail_at, self.gc_enabled = inner, fail_at, []

    def match(self, *args, **kwargs):
        self.gc_enabled.append(gc.isenabled())
        if len(self.gc_enabled) == self.fail_at:
            raise RuntimeError("boom")
        return self.inner.match(*args, **kwargs)


@pytest.mark.parametrize("enabled_before", [True, False])
def test_batch_matching_pauses_the_garbage_collector_and_restores_its_state(matcher, enabled_before) -> None:
    df = pd.DataFrame({"conclusion": ["Субдуральная гематома.", "Кровоизлияний нет.", "САК."]})
    rec = _RecordingMatcher(matcher)
    if not enabled_before:
        gc.disable()
    try:
        out = label_frame(df, matcher=rec)
        assert gc.isenabled() is enabled_before
        with pytest.raises(RuntimeError, match="boom"):
            label_frame(df, matcher=_RecordingMatcher(matcher, fail_at=2))
        assert gc.isenabled() is enabled_before
    finally:
        gc.enable()
    assert rec.gc_enabled == [False, False, False]
    assert out["ich"].tolist() == [1, 0, 1]


def test_batches_give_the_same_frame(matcher) -> None:
    df = pd.concat([_frame()] * 4, ignore_index=True)  # 12 rows
    whole = label_frame(df, matcher=matcher)
    for batch_size in (1, 5, 12, 100):
        pd.testing.assert_frame_equal(label_frame(df, matcher=matcher, batch_size=batch_size), whole)


@pytest.mark.parametrize("batch_size", [0, -1, 2.5, "10"])
def test_bad_batch_size_is_a_clear_error(matcher, batch_size) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        label_frame(_frame(), matcher=matcher, batch_size=batch_size)


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_label_file_with_worker_processes_writes_the_same_file_in_input_order(tmp_path, suffix) -> None:
    """Chunks labeled by two worker processes come out byte for byte as with one job, in input order."""
    from icheport.scorer import default_scorer
    from icheport.synth import generate

    export = pd.concat(list(generate(3000, seed=4)), ignore_index=True)
    src = tmp_path / "export.parquet"
    export.to_parquet(src, index=False)
    outs = {}
    for jobs in (1, 2):
        outs[jobs] = tmp_path / f"out_{jobs}{suffix}"
        counts = icheport.label_file(
            src, outs[jobs], chunksize=400, jobs=jobs, model=default_scorer(strict=True)
        )
        assert counts["rows"] == len(export)
    assert outs[1].read_bytes() == outs[2].read_bytes()
    got = pd.read_parquet(outs[2]) if suffix == ".parquet" else pd.read_csv(outs[2], dtype=str)
    assert got["study_id"].astype(str).tolist() == export["study_id"].astype(str).tolist()


def test_label_file_rejects_a_bad_jobs_value(tmp_path) -> None:
    src = tmp_path / "r.csv"
    src.write_text("description,conclusion\nГематома.,СДГ.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="jobs"):
        icheport.label_file(src, tmp_path / "o.csv", jobs=0)
