"""Which rows `label` reads and what non-brain rows get; the study type column; inputs never outputs."""

from __future__ import annotations

import logging

import pandas as pd
import pytest

from icheport.label import NO_STUDY_TYPE, NOT_BRAIN_CT, label_file, label_frame

SDH = "Острая субдуральная гематома слева толщиной 8 мм."
ROWS = pd.DataFrame(
    {
        "study_type": [
            "КТ головного мозга",
            "КТ органов брюшной полости",
            "МСКТ грудной клетки",
            "КТ головы",
        ],
        "description": ["", "Забрюшинная гематома. " + SDH, SDH, ""],
        "conclusion": [SDH, "", "", "Без патологии."],
    }
)
LABELS = ["ich", "edh", "sdh", "sah", "iph", "ivh", "multiple", "fracture", "combined", "uncertain"]


def test_non_brain_rows_are_not_read_and_get_zeros():
    out = label_frame(ROWS)
    assert out["is_brain_ct"].tolist() == [1, 0, 0, 1]
    assert out[LABELS].iloc[[1, 2]].to_numpy().sum() == 0
    assert out["evidence"].iloc[1] == NOT_BRAIN_CT
    assert (out["ich"].tolist(), out["sdh"].tolist()) == ([1, 0, 0, 0], [1, 0, 0, 0])


def test_all_rows_reads_them_but_ich_stays_zero_and_evidence_says_what_was_found():
    out = label_frame(ROWS, all_rows=True)
    assert out[LABELS].iloc[[1, 2]].to_numpy().sum() == 0
    assert "субдуральная гематома" in out["evidence"].iloc[2]
    assert out["ich"].iloc[0] == 1


@pytest.mark.parametrize("name", ["Исследование", "study description", "PROCEDURE"])
def test_the_study_type_column_is_found_under_common_names(name):
    out = label_frame(ROWS.rename(columns={"study_type": name}))
    assert out["is_brain_ct"].tolist() == [1, 0, 0, 1]


def test_a_study_type_column_the_user_named_must_exist():
    with pytest.raises(ValueError, match="'вид' not found"):
        label_frame(ROWS, study_type_col="вид")


def test_without_a_study_type_column_every_row_is_brain_ct_and_the_run_says_so(tmp_path, caplog):
    src = tmp_path / "in.csv"
    ROWS.drop(columns=["study_type"]).to_csv(src, index=False)
    with caplog.at_level(logging.WARNING, logger="icheport.label"):
        counts = label_file(src, tmp_path / "out.csv")
    assert counts["notes"] == [NO_STUDY_TYPE] and counts["study_type_column"] is None
    assert [r.getMessage() for r in caplog.records] == [NO_STUDY_TYPE]  # once per file, not per chunk
    assert counts["brain_ct"] == 4


def test_output_never_replaces_the_input(tmp_path):
    src = tmp_path / "in.csv"
    ROWS.to_csv(src, index=False)
    before = src.read_bytes()
    for out in (src, tmp_path / "." / "in.csv"):
        with pytest.raises(ValueError, match="input"):
            label_file(src, out)
    assert src.read_bytes() == before


def test_an_existing_output_is_replaced_only_when_asked(tmp_path):
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    ROWS.to_csv(src, index=False)
    dst.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match="--overwrite"):
        label_file(src, dst)
    assert dst.read_text(encoding="utf-8") == "mine"
    label_file(src, dst, overwrite=True)
    assert pd.read_csv(dst)["ich"].tolist() == [1, 0, 0, 0]


@pytest.mark.parametrize("chunksize", [1, 2, 3, 100])
def test_chunks_do_not_change_which_rows_are_read(tmp_path, chunksize):
    src = tmp_path / "in.csv"
    ROWS.to_csv(src, index=False)
    label_file(src, tmp_path / "out.csv", chunksize=chunksize)
    got = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert got["evidence"].tolist() == label_frame(ROWS)["evidence"].tolist()
