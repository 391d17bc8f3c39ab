"""The synthetic RIS export: contract, determinism, proportions, ground-truth consistency, files."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from icheport import synth

N = 40_000  # four blocks: proportions within a few standard errors
SUBTYPES = ("edh", "sdh", "sah", "iph", "ivh")


@pytest.fixture(scope="session")
def corpus() -> pd.DataFrame:
    return pd.concat(synth.generate(N, seed=7, chunk_size=15_000), ignore_index=True)


@pytest.fixture(scope="session")
def brain(corpus: pd.DataFrame) -> pd.DataFrame:
    return corpus[corpus["study_type"].isin(synth.BRAIN_STUDY_TYPES)]


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.fillna("").str.strip() == "")


@pytest.fixture(scope="session")
def clean_brain(brain: pd.DataFrame) -> pd.DataFrame:
    """What the cohort funnel keeps: text present, adult plausible age, first row of each study."""
    text_ok = ~(_blank(brain["description"]) & _blank(brain["conclusion"]))
    age_ok = brain["age"].between(18, 99)
    return brain[text_ok & age_ok].drop_duplicates("study_id")


# ------------------------------------------------------------------ contract
def test_columns_in_order(corpus: pd.DataFrame) -> None:
    assert tuple(corpus.columns) == synth.COLUMNS


@pytest.mark.parametrize("column", [c for c in synth.COLUMNS if c not in synth.LABELS and c != "age"])
def test_text_columns_have_str_dtype(corpus: pd.DataFrame, column: str) -> None:
    assert corpus[column].dtype == "str"


def test_age_is_float(corpus: pd.DataFrame) -> None:
    assert corpus["age"].dtype == np.float64


@pytest.mark.parametrize("label", synth.LABELS)
def test_labels_are_int8_zero_one(corpus: pd.DataFrame, label: str) -> None:
    assert corpus[label].dtype == np.int8
    assert set(corpus[label].unique()) <= {0, 1}


def test_sex_values(corpus: pd.DataFrame) -> None:
    assert set(corpus["sex"].dropna().unique()) == {"M", "F"}
    assert corpus["sex"].isna().any()


def test_study_date_is_iso(corpus: pd.DataFrame) -> None:
    assert corpus["study_date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    pd.to_datetime(corpus["study_date"], format="%Y-%m-%d")


def test_angiography_is_not_brain_ct() -> None:
    assert "КТ-ангиография сосудов головного мозга" not in synth.BRAIN_STUDY_TYPES


# ------------------------------------------------------------------ determinism and streaming
def _all(n: int, seed: int, chunk_size: int) -> pd.DataFrame:
    return pd.concat(synth.generate(n, seed=seed, chunk_size=chunk_size), ignore_index=True)


def test_same_seed_same_rows() -> None:
    pd.testing.assert_frame_equal(_all(3_000, 5, 1_000), _all(3_000, 5, 1_000))


@pytest.mark.parametrize("chunk_size", [999, 10_000, 12_500])
def test_rows_do_not_depend_on_chunk_size(corpus: pd.DataFrame, chunk_size: int) -> None:
    pd.testing.assert_frame_equal(_all(12_500, 7, chunk_size), corpus.iloc[:12_500])


def test_shorter_run_is_a_prefix(corpus: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(_all(1_234, 7, 500), corpus.iloc[:1_234])


def test_different_seeds_differ() -> None:
    a, b = _all(2_000, 1, 2_000), _all(2_000, 2, 2_000)
    assert (a["description"].fillna("") != b["description"].fillna("")).mean() > 0.5
    assert (a["age"].fillna(-7) != b["age"].fillna(-7)).mean() > 0.5


@pytest.mark.parametrize(
    ("n", "chunk_size", "sizes"), [(12_500, 5_000, [5_000, 5_000, 2_500]), (7, 3, [3, 3, 1]), (0, 100, [])]
)
def test_generate_yields_chunks_of_chunk_size(n: int, chunk_size: int, sizes: list[int]) -> None:
    assert [len(df) for df in synth.generate(n, seed=0, chunk_size=chunk_size)] == sizes


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n": -1}, "n must be"),
        ({"n": 10, "seed": -3}, "seed must be"),
        ({"n": 10, "chunk_size": 0}, "chunk_size must be"),
    ],
)
def test_bad_arguments_are_rejected(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        next(synth.generate(**kwargs))


# ------------------------------------------------------------------ proportions
def test_brain_ct_share(brain: pd.DataFrame) -> None:
    assert len(brain) / N == pytest.approx(synth.BRAIN_CT_SHARE, abs=0.006)


def test_missing_text_share(corpus: pd.DataFrame) -> None:
    blank = _blank(corpus["description"]) & _blank(corpus["conclusion"])
    assert blank.mean() == pytest.approx(synth.MISSING_TEXT_SHARE, abs=0.003)


def test_age_nan_share(corpus: pd.DataFrame) -> None:
    assert corpus["age"].isna().mean() == pytest.approx(synth.AGE_NAN_SHARE, abs=0.002)


def test_age_absurd_share(corpus: pd.DataFrame) -> None:
    absurd = corpus["age"].isin([-1.0, 150.0, 200.0, 999.0]).mean()
    assert absurd == pytest.approx(synth.AGE_ABSURD_SHARE * 4 / 5, abs=0.0015)


def test_age_over_99_share(corpus: pd.DataFrame) -> None:
    assert corpus["age"].between(100, 110).mean() == pytest.approx(synth.AGE_OVER_99_SHARE, abs=0.001)


def test_children_share(corpus: pd.DataFrame) -> None:
    assert corpus["age"].between(1, 17).mean() == pytest.approx(synth.CHILD_SHARE * 17 / 18, abs=0.006)


def test_exact_duplicate_share(corpus: pd.DataFrame) -> None:
    assert corpus.duplicated().mean() == pytest.approx(synth.EXACT_DUPLICATE_SHARE, abs=0.003)


def test_reexport_share(corpus: pd.DataFrame) -> None:
    same_study = corpus.duplicated("study_id")
    reexport = same_study & ~corpus.duplicated()
    assert reexport.mean() == pytest.approx(synth.REEXPORT_SHARE, abs=0.003)


def test_reexport_keeps_the_texts(corpus: pd.DataFrame) -> None:
    groups = corpus[corpus.duplicated("study_id", keep=False)].groupby("study_id")
    assert (groups["description"].nunique(dropna=False) == 1).all()
    assert (groups["institution"].nunique() == 2).any()


def test_patients_have_several_studies(corpus: pd.DataFrame) -> None:
    studies = corpus.drop_duplicates("study_id").groupby("patient_id").size()
    assert (studies >= 2).mean() > 0.2


def test_followups_cite_an_earlier_brain_ct_of_the_patient(brain: pd.DataFrame) -> None:
    rows = brain.drop_duplicates("study_id")
    dates = rows.groupby("patient_id")["study_date"].agg(set)
    cited = 0
    for pid, date, text in zip(
        rows["patient_id"], rows["study_date"], rows["description"].fillna(""), strict=True
    ):
        for d in re.findall(r"от (\d\d)\.(\d\d)\.(\d{4})", text):
            iso = f"{d[2]}-{d[1]}-{d[0]}"
            if iso < date and iso in dates[pid]:
                cited += 1
                break
    share = cited / len(rows)
    assert share == pytest.approx(synth.FOLLOWUP_SHARE * (1 - synth.MISSING_TEXT_SHARE), abs=0.025)


def test_ich_prevalence_among_clean_brain_ct(clean_brain: pd.DataFrame) -> None:
    assert 0.25 <= clean_brain["ich"].mean() <= 0.35


def test_uncertain_prevalence_among_clean_brain_ct(clean_brain: pd.DataFrame) -> None:
    assert 0.025 <= clean_brain["uncertain"].mean() <= 0.06


def test_funnel_keeps_about_nine_tenths_of_brain_ct(brain: pd.DataFrame, clean_brain: pd.DataFrame) -> None:
    # the source study kept 230,682 of 256,120 brain CT (0.90)
    assert 0.85 <= len(clean_brain) / len(brain) <= 0.93


@pytest.mark.parametrize("label", synth.LABELS)
def test_every_label_occurs(clean_brain: pd.DataFrame, label: str) -> None:
    assert clean_brain[label].sum() >= 10


# ------------------------------------------------------------------ ground truth consistency
@pytest.mark.parametrize("label", [*SUBTYPES, "multiple", "combined"])
def test_label_implies_ich(corpus: pd.DataFrame, label: str) -> None:
    assert (corpus.loc[corpus[label] == 1, "ich"] == 1).all()


def test_ich_has_a_subtype(corpus: pd.DataFrame) -> None:
    ich = corpus[corpus["ich"] == 1]
    assert (ich[list(SUBTYPES)].sum(axis=1) >= 1).all()


def test_uncertain_is_not_ich(corpus: pd.DataFrame) -> None:
    assert (corpus.loc[corpus["uncertain"] == 1, ["ich", *SUBTYPES]] == 0).all().all()


def test_two_subtypes_are_multiple(corpus: pd.DataFrame) -> None:
    assert (corpus.loc[corpus[list(SUBTYPES)].sum(axis=1) >= 2, "multiple"] == 1).all()


def test_non_brain_rows_have_no_labels(corpus: pd.DataFrame) -> None:
    other = corpus[~corpus["study_type"].isin(synth.BRAIN_STUDY_TYPES)]
    assert (other[list(synth.LABELS)] == 0).all().all()


def test_blank_rows_have_no_labels(corpus: pd.DataFrame) -> None:
    blank = corpus[_blank(corpus["description"]) & _blank(corpus["conclusion"])]
    assert len(blank) and (blank[list(synth.LABELS)] == 0).all().all()


@pytest.mark.parametrize("phrase", ["Гемоторакс", "надпочечник", "Эпидуральная гематома на уровне L3"])
def test_non_brain_bleeding_is_not_labelled(corpus: pd.DataFrame, phrase: str) -> None:
    hit = corpus[
        corpus["conclusion"].fillna("").str.contains(phrase, case=False)
        | corpus["description"].fillna("").str.contains(phrase, case=False)
    ]
    hit = hit[~hit["study_type"].isin(synth.BRAIN_STUDY_TYPES)]
    assert len(hit) > 0 and (hit["ich"] == 0).all()


# ------------------------------------------------------------------ what the texts look like
def _brain_text(brain: pd.DataFrame) -> pd.Series:
    return brain["description"].fillna("") + " " + brain["conclusion"].fillna("")


@pytest.mark.parametrize(
    ("feature", "pattern"),
    [
        ("latin look-alike inside a cyrillic word", r"[а-яё][aceopxy]|[aceopxy][а-яё]"),
        ("decimal comma measurement", r"\d,\d\s?[хx]\s?\d,\d\s?см"),
        ("density in HU", r"\d+ ?HU"),
        ("density in ед.Н", r"ед\. ?Н"),
        ("missing space after period", r"[а-я]\.[А-Я]"),
        ("ALL CAPS conclusion", r"[А-Я]{5,} [А-Я]{5,} [А-Я]{5,}"),
        ("coordinated negation", r"кровоизлияний и объемных образований не выявлено"),
        ("pseudo-negation about a present hematoma", r"без динамики"),
        ("follow-up comparison", r"[Вв] сравнении с КТ от \d\d\.\d\d\.\d{4}"),
        ("ventricular break-in", r"Прорыв крови|Гемотампонада"),
        ("hemorrhagic transformation", r"геморрагическ\w+ трансформаци"),
        ("subgaleal hematoma", r"подапоневротическая гематома"),
        ("hemosinus", r"[Гг]емосинус"),
        ("hedge", r"[Нн]ельзя исключить|под вопросом|[Вв]ероятно"),
        ("abbreviation", r"\b(?:САК|СДГ|ЭДГ|ВМГ|ВЖК|ВЧК)\b"),
        ("yo", r"ё"),
    ],
)
def test_brain_texts_show(brain: pd.DataFrame, feature: str, pattern: str) -> None:
    assert _brain_text(brain).str.contains(pattern, regex=True).sum() >= 3, feature


def test_embedded_conclusion_leaves_conclusion_empty(brain: pd.DataFrame) -> None:
    embedded = brain["conclusion"].isna() & brain["description"].fillna("").str.contains(
        "Заключение|ЗАКЛЮЧЕНИЕ|Закл"
    )
    share = embedded.mean()
    assert share == pytest.approx(synth.EMBEDDED_CONCLUSION_SHARE, abs=0.025)


def test_typical_brain_report_length(clean_brain: pd.DataFrame) -> None:
    words = _brain_text(clean_brain).str.split().str.len()
    assert 110 <= words.median() <= 250
    assert words.quantile(0.9) >= 150


# ------------------------------------------------------------------ files
@pytest.fixture(scope="module")
def small() -> pd.DataFrame:
    return _all(6_000, 3, 2_500)


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_write_round_trip(tmp_path, small: pd.DataFrame, suffix: str) -> None:
    path = tmp_path / f"export{suffix}"
    summary = synth.write(path, 6_000, seed=3, chunk_size=2_500)
    brain = small["study_type"].isin(synth.BRAIN_STUDY_TYPES)
    assert summary["rows"] == 6_000
    assert summary["brain_ct"] == int(brain.sum())
    assert summary["ich"] == int(small["ich"].sum())
    if suffix == ".parquet":
        back = pd.read_parquet(path)
        assert pq.ParquetFile(path).num_row_groups == 3
        expected = small
    else:
        text = path.read_text(encoding="utf-8")
        assert text.count("study_id") == 1  # one header
        back = pd.read_csv(
            path, dtype={c: "str" for c in synth.TEXT_COLUMNS} | dict.fromkeys(synth.LABELS, "int8")
        )
        expected = small.replace({c: {"": np.nan} for c in synth.TEXT_COLUMNS})  # CSV cannot tell "" from NA
    pd.testing.assert_frame_equal(back, expected, check_dtype=False)
    assert tuple(back.columns) == synth.COLUMNS


def test_write_with_two_jobs_equals_one_job(tmp_path) -> None:
    one = synth.write(tmp_path / "one.parquet", 6_000, seed=4, chunk_size=2_500, jobs=1)
    two = synth.write(tmp_path / "two.parquet", 6_000, seed=4, chunk_size=2_500, jobs=2)
    assert {k: v for k, v in one.items() if k not in ("seconds", "path")} == {
        k: v for k, v in two.items() if k not in ("seconds", "path")
    }
    pd.testing.assert_frame_equal(
        pd.read_parquet(tmp_path / "one.parquet"), pd.read_parquet(tmp_path / "two.parquet")
    )


def test_write_zero_rows_keeps_the_schema(tmp_path) -> None:
    path = tmp_path / "empty.parquet"
    assert synth.write(path, 0)["rows"] == 0
    assert tuple(pd.read_parquet(path).columns) == synth.COLUMNS


def test_write_rejects_unknown_extension(tmp_path) -> None:
    with pytest.raises(ValueError, match="unsupported output extension"):
        synth.write(tmp_path / "export.xlsx", 10)


def test_make_demo(tmp_path) -> None:
    summary = synth.make_demo(tmp_path / "demo.parquet", n=1_000, seed=1)
    assert summary["rows"] == 1_000 and len(pd.read_parquet(tmp_path / "demo.parquet")) == 1_000


def test_interrupted_write_leaves_no_file(tmp_path, monkeypatch):
    """A failure half-way through the export removes the partial file instead of leaving it looking complete."""
    from icheport import synth

    calls = {"n": 0}
    real = synth._table

    def failing(seed, a, b):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(seed, a, b)

    monkeypatch.setattr(synth, "_table", failing)
    out = tmp_path / "export.parquet"
    with pytest.raises(RuntimeError, match="disk full"):
        synth.write(out, 3000, seed=0, chunk_size=1000)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
