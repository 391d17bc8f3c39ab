"""The cohort funnel: one case per reason code, duplicates across chunks, counts that add up."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pandas as pd
import pytest
from study_types import CASES as STUDY_TYPES
from study_types import StudyTypeCase

from icheport.cohort import (
    IN_COHORT,
    REASON_CODE,
    REASONS,
    CohortConfig,
    DuplicateTracker,
    Funnel,
    SeenHashes,
    blank_text_mask,
    brain_ct_mask,
    exclusion_codes,
    exclusion_reasons,
    has_keyword_evidence,
    label_codes,
    label_reasons,
    parse_age,
    reason_counts,
    reason_names,
)
from icheport.study_type import WORD_GROUPS, check_words, default_words

# --------------------------------------------------------------------------- brain CT filter


@pytest.mark.parametrize("case", STUDY_TYPES, ids=[c.id for c in STUDY_TYPES])
def test_study_type(case: StudyTypeCase) -> None:
    assert int(brain_ct_mask(pd.Series([case.text]))[0]) == case.brain


MULTIREGION = [c for c in STUDY_TYPES if c.multiregion]


@pytest.mark.parametrize("case", MULTIREGION, ids=[c.id for c in MULTIREGION])
def test_multiregion_study_type_kept_when_configured(case: StudyTypeCase) -> None:
    assert brain_ct_mask(pd.Series([case.text]), CohortConfig(keep_multiregion=True))[0]


def test_keep_multiregion_keeps_nothing_else() -> None:
    others = [c for c in STUDY_TYPES if not c.multiregion]
    got = brain_ct_mask(pd.Series([c.text for c in others]), CohortConfig(keep_multiregion=True))
    assert [c.id for c, g in zip(others, got, strict=True) if int(g) != c.brain] == []


def test_case_list_is_large_and_has_no_duplicates() -> None:
    assert len(STUDY_TYPES) >= 150
    assert len({c.id for c in STUDY_TYPES}) == len(STUDY_TYPES)
    assert len({c.text for c in STUDY_TYPES}) == len(STUDY_TYPES)
    assert {c.brain for c in STUDY_TYPES} == {0, 1}


def test_mask_follows_row_order_and_repeats() -> None:
    values = pd.Series(["КТ ОГК", "КТ головного мозга", None, "КТ ОГК", "КТ головного мозга"], dtype="str")
    assert brain_ct_mask(values).tolist() == [False, True, False, False, True]
    assert brain_ct_mask(pd.Series([], dtype="str")).tolist() == []


def test_digits_share_a_decision_but_codes_do_not() -> None:
    values = pd.Series(["A06.23.004", "A06.23.005", "КТ ГМ (каб. 3)", "КТ ОГК (каб. 3)", "КТ ГМ (каб. 4)"])
    assert brain_ct_mask(values).tolist() == [True, False, True, False, True]


def test_config_pickles_after_use() -> None:
    cfg = CohortConfig(keep_multiregion=True)
    brain_ct_mask(pd.Series(["КТ головы, груди, живота"]), cfg)
    again = pickle.loads(pickle.dumps(cfg))
    assert brain_ct_mask(pd.Series(["КТ головы, груди, живота", "КТ ОГК"]), again).tolist() == [True, False]


def test_shipped_word_file_has_every_group() -> None:
    assert set(default_words()["patterns"]) == set(WORD_GROUPS)


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ({"patterns": {g: [] for g in WORD_GROUPS} | {"brian": []}}, r"unknown \['brian'\]"),
        ({"patterns": {g: [] for g in WORD_GROUPS if g != "body"}}, r"missing \['body'\]"),
        ({"patterns": {g: [] for g in WORD_GROUPS} | {"ct": "кт"}}, "ct must be a list of strings"),
        ({"patterns": {g: [] for g in WORD_GROUPS}, "rewrite": {"rules": [["a"]]}}, "must be \\[pattern"),
    ],
    ids=["unknown-group", "missing-group", "not-a-list", "bad-rewrite"],
)
def test_word_file_errors_name_the_problem(words: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_words(words, "study_types.toml")


def test_brain_ct_codes_are_configurable() -> None:
    cfg = CohortConfig(brain_ct_codes=("A06.23.004", "B99.99.999"))
    assert brain_ct_mask(pd.Series(["B99.99.999", "A06.03.002"]), cfg).tolist() == [True, False]


def test_head_neighbours_are_configurable() -> None:
    cfg = CohortConfig(head_neighbours=(), other_regions=(*CohortConfig().other_regions, "шеи"))
    assert not brain_ct_mask(pd.Series(["КТ головы и шеи"]), cfg)[0]


def test_multiregion_kept_when_configured():
    cfg = CohortConfig(keep_multiregion=True)
    assert brain_ct_mask(pd.Series(["КТ головного мозга, ОГК, ОБП", "КТ ОГК"]), cfg).tolist() == [True, False]


def test_patterns_are_configurable():
    cfg = CohortConfig(brain_ct_exclude=())
    assert brain_ct_mask(pd.Series(["КТ-ангиография головного мозга"]), cfg)[0]


def test_bad_pattern_is_reported():
    with pytest.raises(ValueError, match="invalid study_type pattern"):
        CohortConfig(brain_ct_exclude=("(unclosed",))


def test_config_from_mapping_rejects_unknown_keys():
    with pytest.raises(ValueError, match=r"allowed: .*unclear_band"):
        CohortConfig.from_mapping({"unclear": [0.3, 0.7]})


# --------------------------------------------------------------------------- cleaning helpers


@pytest.mark.parametrize(
    ("value", "expected"),
    [("45", 45.0), ("45,5", 45.5), ("45 лет", 45.0), ("", None), ("abc", None), ("-3", -3.0), (None, None)],
)
def test_parse_age(value, expected):
    got = parse_age(pd.Series([value], dtype=object))[0]
    assert (np.isnan(got) and expected is None) or got == expected


@pytest.mark.parametrize(
    ("description", "conclusion", "blank"),
    [
        ("текст", "", False),
        ("", "норма", False),
        (None, np.nan, True),
        ("  ", " \n", True),
        ("123", "-", True),
        ("NULL", "nan", True),
        (42, None, True),
    ],
)
def test_blank_text(description, conclusion, blank):
    d = pd.Series([description], dtype=object)
    c = pd.Series([conclusion], dtype=object)
    assert blank_text_mask(d, c)[0] == blank


# --------------------------------------------------------------------------- one case per reason

BASE = {
    "study_id": "S",
    "patient_id": "P",
    "age": "50",
    "study_type": "КТ головного мозга",
    "description": "Описание.",
    "conclusion": "Заключение.",
}

CASES = [
    ("not_brain_ct", {"study_type": "КТ органов грудной клетки"}),
    ("empty_text", {"description": "", "conclusion": None}),
    ("age_missing_or_implausible", {"age": None}),
    ("age_missing_or_implausible", {"age": "130"}),
    ("age_missing_or_implausible", {"age": "сорок"}),
    ("under_18", {"age": "17"}),
    ("over_99", {"age": "100"}),
    ("", {"age": "18"}),
    ("", {"age": "99"}),
    ("duplicate_study", {"study_id": "FIRST"}),
    ("duplicate_study", {"patient_id": "PFIRST", "description": "  ТЕКСТ  первый ", "conclusion": "итог"}),
    ("", {"patient_id": "OTHER", "description": "текст первый", "conclusion": "итог"}),
    ("", {}),
]


@pytest.mark.parametrize(
    ("reason", "override"), CASES, ids=[f"{r or 'in_cohort'}-{i}" for i, (r, _) in enumerate(CASES)]
)
def test_exclusion_reason(reason, override):
    first = {
        **BASE,
        "study_id": "FIRST",
        "patient_id": "PFIRST",
        "description": "текст первый",
        "conclusion": "итог",
    }
    row = {**BASE, "study_id": "S2", "patient_id": "P2", **override}
    got = exclusion_reasons(pd.DataFrame([first, row]))
    assert got.tolist() == ["", reason]


def test_reason_order_first_match_wins():
    row = {**BASE, "study_type": "КТ ОГК", "description": "", "conclusion": "", "age": "5"}
    assert exclusion_reasons(pd.DataFrame([row])).tolist() == ["not_brain_ct"]


def test_excluded_rows_are_not_remembered_as_seen():
    child = {**BASE, "study_id": "X", "age": "10"}
    adult = {**BASE, "study_id": "X", "age": "40"}
    assert exclusion_reasons(pd.DataFrame([child, adult])).tolist() == ["under_18", ""]


def test_blank_ids_are_not_duplicates():
    rows = [{**BASE, "study_id": "", "patient_id": "", "description": "одинаковый шаблон"}] * 3
    assert exclusion_reasons(pd.DataFrame(rows)).tolist() == ["", "", ""]


def test_no_study_type_or_age_columns_skip_those_stages():
    df = pd.DataFrame([{"description": "текст", "conclusion": ""}, {"description": "", "conclusion": ""}])
    assert exclusion_reasons(df).tolist() == ["", "empty_text"]


# --------------------------------------------------------------------------- duplicates across chunks


def test_duplicates_across_chunk_boundaries():
    rows = [
        {**BASE, "study_id": f"S{i % 7}", "patient_id": f"P{i}", "description": f"текст {i}"}
        for i in range(20)
    ]
    df = pd.DataFrame(rows)
    whole = exclusion_reasons(df).tolist()
    tracker = DuplicateTracker()
    chunked = []
    for i in range(0, 20, 3):
        chunked += exclusion_reasons(df.iloc[i : i + 3], tracker=tracker).tolist()
    assert chunked == whole
    assert whole.count("duplicate_study") == 13
    assert whole[:7] == [""] * 7


def test_seen_hashes_memory_is_eight_bytes_per_row():
    seen = SeenHashes()
    rng = np.random.default_rng(0)
    for _ in range(20):
        seen.add(rng.integers(0, 2**63, 10_000, dtype=np.uint64))
    assert len(seen) == 200_000
    assert seen.nbytes == 8 * 200_000
    probe = rng.integers(0, 2**63, 1000, dtype=np.uint64)
    assert not seen.contains(probe).any()


# --------------------------------------------------------------------------- after labeling


def _spans(*items):
    return json.dumps([dict(zip(("category", "status", "role"), it, strict=True)) for it in items])


@pytest.mark.parametrize(
    ("rule", "score", "spans", "reason"),
    [
        (0, 0.0, "[]", "no_keyword_evidence"),
        (0, 0.0, _spans(("fracture", "present", "mention")), "no_keyword_evidence"),
        (0, 0.0, _spans(("sdh", "negated", "mention")), "classifier_no_ich"),
        (0, 0.0, _spans(("stop", "negated", "stop")), "classifier_no_ich"),
        (0, 0.0, _spans(("ich", "extracranial", "mention")), "classifier_no_ich"),
        (1, 1.0, _spans(("sdh", "present", "mention")), "classifier_ich"),
        (-1, 0.5, _spans(("sah", "uncertain", "mention")), "unclear"),
        (-1, 0.9, "[]", "unclear"),  # rule unclear wins over a confident score
        (0, 0.5, _spans(("ich", "negated", "mention")), "unclear"),  # score inside the band
        (0, 0.66, _spans(("ich", "negated", "mention")), "classifier_ich"),
        (1, 0.34, _spans(("ich", "present", "mention")), "classifier_no_ich"),
        (0, np.nan, _spans(("ich", "negated", "mention")), "unclear"),
    ],
)
def test_label_reason(rule, score, spans, reason):
    df = pd.DataFrame({"ich_rule": [rule], "ich_score": [score], "spans": [spans]})
    assert label_reasons(df).tolist() == [reason]


def test_unclear_band_is_configurable():
    df = pd.DataFrame({"ich_rule": [0], "ich_score": [0.6], "spans": [_spans(("ich", "negated", "mention"))]})
    assert label_reasons(df, CohortConfig(unclear_band=(0.4, 0.55))).tolist() == ["classifier_ich"]


def test_keyword_evidence_tolerates_garbage_spans():
    spans = pd.Series(['{"role": "mention"', None, 5, "[]"], dtype=object)
    assert has_keyword_evidence(spans).tolist() == [False, False, False, False]


# --------------------------------------------------------------------------- funnel


def test_counts_add_up():
    rows = [{**BASE, "study_id": f"S{i}", "age": str(i * 7)} for i in range(20)]
    reasons = exclusion_reasons(pd.DataFrame(rows)).replace("", "classifier_ich")
    f = Funnel()
    f.add(reasons)
    f.check(20)
    assert sum(f.counts.values()) == 20
    assert list(f.counts) == list(REASONS)
    stages = f.stages()
    assert stages[0]["count"] == 20
    assert stages[2]["count"] == f.counts["classifier_ich"]


def test_reason_codes_name_the_reasons():
    rows = [{**BASE, "study_id": "S1"}, {**BASE, "study_id": "S1"}, {**BASE, "study_id": "S2", "age": "12"}]
    codes = exclusion_codes(pd.DataFrame(rows))
    assert codes.tolist() == [IN_COHORT, REASON_CODE["duplicate_study"], REASON_CODE["under_18"]]
    assert reason_names(codes).tolist() == exclusion_reasons(pd.DataFrame(rows)).tolist()
    assert reason_names(codes).tolist() == ["", "duplicate_study", "under_18"]


def test_label_codes_name_the_label_reasons():
    df = pd.DataFrame({"ich_rule": [0, -1, 1], "ich_score": [0.9, 0.9, 0.1], "spans": ["[]", "[]", "[]"]})
    assert reason_names(label_codes(df)).tolist() == label_reasons(df).tolist()
    assert label_reasons(df).tolist() == ["no_keyword_evidence", "unclear", "classifier_no_ich"]


def test_funnel_counts_reason_codes():
    codes = np.array([REASON_CODE["unclear"], REASON_CODE["unclear"], REASON_CODE["not_brain_ct"]], np.int8)
    assert reason_counts(codes) == {r: {"unclear": 2, "not_brain_ct": 1}.get(r, 0) for r in REASONS}
    f = Funnel()
    f.add_codes(codes)
    f.check(3)
    assert f.counts["unclear"] == 2


def test_funnel_rejects_rows_without_a_reason_code():
    with pytest.raises(ValueError, match="without a reason"):
        Funnel().add_codes(np.array([IN_COHORT], dtype=np.int8))


def test_funnel_check_fails_when_rows_are_lost():
    f = Funnel()
    f.add(np.array(["unclear"] * 3, dtype=object))
    with pytest.raises(AssertionError, match="does not add up"):
        f.check(4)


def test_funnel_rejects_unknown_reason():
    with pytest.raises(ValueError, match="unknown reason"):
        Funnel().add(np.array(["misc"], dtype=object))


@pytest.mark.parametrize(
    ("category", "evidence"),
    [
        pytest.param("sdh", True, id="hemorrhage-word"),
        pytest.param("fracture", False, id="fracture-only"),
        pytest.param("cause", False, id="tumor-only"),
        pytest.param("infarct", False, id="infarct-only"),
        pytest.param("signal", False, id="classifier-signal-only"),
    ],
)
def test_only_hemorrhage_words_are_keyword_evidence(category, evidence):
    from icheport.cohort import has_keyword_evidence

    spans = pd.Series(
        [
            json.dumps(
                [
                    {
                        "field": "text",
                        "start": 0,
                        "stop": 4,
                        "category": category,
                        "status": "negated",
                        "role": "mention",
                    }
                ]
            )
        ]
    )
    assert has_keyword_evidence(spans, pd.Series([0])).tolist() == [evidence]


@pytest.mark.parametrize(
    "texts",
    [
        ["  Гематома \t\n СЛЕВА\xa0\xa05 мм  ", "\xa0ёж", "x\u2003y ", "", " ", "a\r\n\fb  ", "\xa0 \t"],
        ["вертикальная\vтабуляция  и  пробелы", "a \t b"],  # a vertical tab takes the regex path
    ],
)
def test_dedup_text_key_is_the_regex_normalization(texts):
    """The duplicate key's text: lower case, ё→е, runs of RE2 white space and no-break spaces as one space,
    trimmed — the split-and-join path gives exactly what the regex gives."""
    import re

    from icheport.cohort import _normalize_for_dedup

    def by_regex(t: str) -> str:
        t = re.sub(r"[ \t\n\f\r\xa0]+", " ", t.lower().replace("ё", "е"))
        return t.strip(" \t\n\v\f\r\u2003\xa0")

    got = _normalize_for_dedup(pd.Series(texts, dtype="str")).tolist()
    assert got == [by_regex(t) for t in texts]


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(["S1", "s1", " S1", ""], id="ids"),
        pytest.param(["п1\x1fгематома слева\x1f", "ё" * 3000, "\x00", "emoji 🧠"], id="keys"),
        pytest.param([], id="none"),
    ],
)
def test_key_hash_is_pandas_hash(texts):
    """The duplicate keys' hashes are the values ``hash_pandas_object`` gives the same strings."""
    import pyarrow as pa

    from icheport.cohort import _hash

    values = pd.Series(texts, dtype="str")
    want = pd.util.hash_pandas_object(values, index=False).to_numpy(dtype=np.uint64)
    assert _hash(pa.array(values)).tolist() == want.tolist()


@pytest.mark.parametrize(
    ("values", "found"),
    [
        pytest.param(["a\vb", "c"], True, id="present"),
        pytest.param(["ab", "c"], False, id="absent"),
        pytest.param([], False, id="empty"),
        pytest.param(["", ""], False, id="blank"),
        pytest.param("slice-without", False, id="slice-without"),
        pytest.param("chunked-with", True, id="chunked-with"),
    ],
)
def test_has_byte(values, found):
    import pyarrow as pa

    from icheport.cohort import _has_byte

    if values == "slice-without":  # the byte is in the buffer, outside the slice
        values = pa.array(["a\vb", "c", "d"]).slice(1)
    elif values == "chunked-with":
        values = pa.chunked_array([["x"], ["y\v"]], pa.large_string())
    else:
        values = pa.array(values, pa.large_string())
    assert _has_byte(values, b"\v") is found
