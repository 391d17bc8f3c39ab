"""Reading exports: encodings, formats, column mapping, config files, atomic writes, fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from icheport.io import (
    atomic_path,
    detect_encoding,
    input_fingerprint,
    load_config,
    read_reports,
    read_table_chunks,
    text_or_empty,
    write_atomic,
)

RU = "Острая субдуральная гематома слева, ёмкость; «кавычки»"


def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "study_id": ["001", "002", "003"],
            "Протокол": [RU, "строка 1\nстрока 2", ""],
            "Заключение": ["САК", "Кровоизлияний не выявлено.", "норма"],
        }
    )


MAP = {"description": "Протокол", "conclusion": "Заключение"}


def read_all(path: Path, **kw) -> pd.DataFrame:
    return pd.concat(list(read_reports(path, column_map=MAP, **kw)), ignore_index=True)


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoding", "detected"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1251", "cp1251")]
)
def test_csv_round_trips_russian_text(tmp_path, encoding, detected):
    path = tmp_path / "x.csv"
    frame().to_csv(path, index=False, encoding=encoding)
    reader = read_reports(path, column_map=MAP, chunksize=2)
    df = pd.concat(list(reader), ignore_index=True)
    assert reader.encoding == detected
    assert df["description"].tolist() == [RU, "строка 1\nстрока 2", ""]
    assert df["study_id"].tolist() == ["001", "002", "003"]  # ids stay strings, leading zeros kept
    assert df["_row"].tolist() == [0, 1, 2]


def test_explicit_encoding_wins(tmp_path):
    path = tmp_path / "x.csv"
    frame().to_csv(path, index=False, encoding="cp1251")
    assert read_all(path, encoding="cp1251")["conclusion"][0] == "САК"


def test_wrong_explicit_encoding_is_a_clear_error(tmp_path):
    path = tmp_path / "x.csv"
    frame().to_csv(path, index=False, encoding="cp1251")
    with pytest.raises(ValueError, match="cannot decode the file as utf-8"):
        read_reports(path, column_map=MAP, encoding="utf-8")


def test_encoding_broken_after_first_mib_is_a_clear_error(tmp_path):
    path = tmp_path / "x.csv"
    head = "description,conclusion\n" + "".join(f"текст {i},норма\n" for i in range(80_000))
    path.write_bytes(head.encode("utf-8") + "гематома,норма\n".encode("cp1251"))
    with pytest.raises(ValueError, match="not valid utf-8 past the first MiB"):
        list(read_reports(path))


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("кровоизлияние".encode(), "utf-8"),
        (b"\xef\xbb\xbf" + "САК".encode(), "utf-8-sig"),
        ("кровоизлияние в желудочки".encode("cp1251"), "cp1251"),
        ("гематома".encode()[:-1], "utf-8"),  # multi-byte character cut by the sample end
    ],
)
def test_detect_encoding(sample, expected):
    assert detect_encoding(sample) == expected


def test_semicolon_separator_is_sniffed(tmp_path):
    path = tmp_path / "x.csv"
    frame().to_csv(path, index=False, sep=";", encoding="cp1251")
    df = read_all(path)
    assert df["conclusion"].tolist()[0] == "САК"


# --------------------------------------------------------------------------- formats


def test_parquet(tmp_path):
    path = tmp_path / "x.parquet"
    frame().to_parquet(path)
    reader = read_reports(path, column_map=MAP, chunksize=2)
    chunks = list(reader)
    assert [len(c) for c in chunks] == [2, 1]
    assert reader.total_rows == 3
    df = pd.concat(chunks)
    assert df["description"].iloc[0] == RU
    assert df["_row"].tolist() == [0, 1, 2]


def test_jsonl(tmp_path):
    path = tmp_path / "x.jsonl"
    frame().to_json(path, orient="records", lines=True, force_ascii=False)
    df = read_all(path, chunksize=2)
    assert df["description"].iloc[0] == RU
    assert df["study_id"].tolist() == ["001", "002", "003"]
    assert df["_row"].tolist() == [0, 1, 2]


def test_columns_selects_canonical_columns(tmp_path):
    path = tmp_path / "x.parquet"
    frame().assign(extra=1).to_parquet(path)
    df = read_all(path, columns=["conclusion", "description"])
    assert list(df.columns) == ["_row", "description", "conclusion"]


# --------------------------------------------------------------------------- columns


def test_missing_column_lists_columns_found(tmp_path):
    path = tmp_path / "x.csv"
    frame().to_csv(path, index=False)
    with pytest.raises(ValueError) as err:
        read_reports(path)
    msg = str(err.value)
    assert "['description', 'conclusion']" in msg
    assert "'Протокол'" in msg and "'Заключение'" in msg
    assert "column_map" in msg


def test_map_to_absent_column_is_an_error(tmp_path):
    path = tmp_path / "x.csv"
    frame().to_csv(path, index=False)
    with pytest.raises(ValueError, match="'Описание', which is not a column"):
        read_reports(path, column_map={"description": "Описание", "conclusion": "Заключение"})


def test_canonical_names_match_case_insensitively(tmp_path):
    path = tmp_path / "x.csv"
    frame().rename(columns={"Протокол": "Description", "Заключение": " CONCLUSION "}).to_csv(
        path, index=False
    )
    df = pd.concat(list(read_reports(path)))
    assert df["conclusion"].iloc[0] == "САК"


def test_unknown_column_map_key(tmp_path):
    path = tmp_path / "x.csv"
    frame().to_csv(path, index=False)
    with pytest.raises(ValueError, match="canonical names"):
        read_reports(path, column_map={"протокол": "Протокол"})


def test_config_file(tmp_path):
    cfg = tmp_path / "site.toml"
    cfg.write_text(
        '[input]\nencoding = "cp1251"\n\n[columns]\ndescription = "Протокол"\nconclusion = "Заключение"\n'
        "\n[cohort]\nunclear_band = [0.3, 0.7]\n\n[triage]\nn_per_class = 100\n",
        encoding="utf-8",
    )
    conf = load_config(cfg)
    assert conf["columns"] == MAP
    assert conf["input"]["encoding"] == "cp1251"
    path = tmp_path / "x.csv"
    frame().to_csv(path, index=False, encoding="cp1251")
    df = pd.concat(list(read_reports(path, column_map=conf["columns"], encoding=conf["input"]["encoding"])))
    assert df["description"].iloc[0] == RU


def test_config_unknown_key_lists_allowed(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[triage]\nn_per_klass = 5\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.toml: unknown key\(s\) \['n_per_klass'\].*n_per_class"):
        load_config(cfg)


# --------------------------------------------------------------------------- normalized copies


def test_text_or_empty_keeps_original():
    s = pd.Series(["текст", np.nan, 5, None, 3.5, "  "], dtype=object)
    before = s.copy()
    out = text_or_empty(s)
    assert out.tolist() == ["текст", "", "", "", "", "  "]
    assert pd.api.types.is_string_dtype(out.dtype)
    pd.testing.assert_series_equal(s, before)


def test_text_or_empty_numeric_column():
    assert text_or_empty(pd.Series([1, 2])).tolist() == ["", ""]


# --------------------------------------------------------------------------- atomic writes


def test_write_atomic_replaces_when_complete(tmp_path):
    target = tmp_path / "out.json"
    write_atomic(target, lambda tmp: Path(tmp).write_text(json.dumps({"a": 1}), encoding="utf-8"))
    assert json.loads(target.read_text(encoding="utf-8")) == {"a": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_atomic_path_leaves_nothing_on_error(tmp_path):
    target = tmp_path / "out.csv"
    with pytest.raises(KeyboardInterrupt), atomic_path(target) as tmp:
        tmp.write_text("half a file", encoding="utf-8")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- fingerprint


def test_fingerprint_changes_with_content(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"a" * (3 << 20))
    fp1 = input_fingerprint(path, rows=10)
    assert fp1["size"] == 3 << 20 and fp1["rows"] == 10
    with path.open("r+b") as fh:
        fh.seek(-1, 2)
        fh.write(b"b")
    assert input_fingerprint(path)["sha256_head_tail"] != fp1["sha256_head_tail"]


def test_malformed_csv_row_is_an_error_not_a_skip(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("description,conclusion\nтекст,норма\nлишнее,поле,здесь\n", encoding="utf-8")
    with pytest.raises(ValueError, match="malformed CSV"):
        list(read_reports(path))


def test_cp1251_detected_on_a_large_file(tmp_path):
    path = tmp_path / "x.csv"
    body = "".join(f"{i};Гематома {i};Заключение\n" for i in range(50_000))
    path.write_bytes(("study_id;description;conclusion\n" + body).encode("cp1251"))
    reader = read_reports(path, chunksize=20_000)
    chunks = list(reader)
    assert reader.encoding == "cp1251"
    assert [len(c) for c in chunks] == [20_000, 20_000, 10_000]
    assert chunks[-1]["description"].iloc[-1] == "Гематома 49999"
    assert chunks[-1]["_row"].iloc[-1] == 49_999


def test_unclosed_quote_after_the_first_mib_is_an_error_not_a_swallowed_tail(tmp_path):
    # The parser would read the quote to the end of the file: the rows after it would vanish into one cell.
    rows = "".join(f'S{k},"Норма, без особенностей."\n' for k in range(60_000))
    src = tmp_path / "reports.csv"
    src.write_text("study_id,conclusion\n" + rows + 'S-last,"Гематома\nS-gone,Норма.\n', encoding="utf-8")
    assert src.stat().st_size > 1 << 20
    with pytest.raises(ValueError, match=r"reports\.csv: malformed CSV .*quoted cell is never closed"):
        for _ in read_reports(src, required=("conclusion",)):
            pass
    with pytest.raises(ValueError, match="quoted cell is never closed"):
        for _ in read_table_chunks(src)[1]:
            pass


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_whole_tables_and_report_exports_share_one_reader(tmp_path, suffix):
    # read_table_chunks (label, train, evaluate) keeps every column under its own name; read_reports
    # (triage) renames to canonical names; the cells are the same, "NA" and "" included.
    df = pd.DataFrame(
        {"Study_ID": ["1", "2", "3"], "conclusion": ["NA", "", "САК"], "extra": ["a", "b", "c"]}
    )
    src = tmp_path / f"t{suffix}"
    if suffix == ".csv":
        df.to_csv(src, index=False)
    elif suffix == ".jsonl":
        df.to_json(src, orient="records", lines=True, force_ascii=False)
    else:
        df.to_parquet(src)
    columns, chunks, _ = read_table_chunks(src, chunksize=2)
    whole = pd.concat(list(chunks), ignore_index=True)
    assert columns == ["Study_ID", "conclusion", "extra"] and list(whole.columns) == columns
    exported = pd.concat(list(read_reports(src, chunksize=2, required=("conclusion",))), ignore_index=True)
    assert whole["conclusion"].tolist() == exported["conclusion"].tolist() == ["NA", "", "САК"]
    assert whole["Study_ID"].tolist() == exported["study_id"].tolist()


def test_repeated_column_names_are_a_clear_error_for_whole_tables(tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("study_id,conclusion,conclusion\n1,a,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"t\.csv: column name\(s\) \['conclusion'\] appear more than once"):
        read_table_chunks(src)


def test_a_stray_quote_inside_an_unquoted_cell_is_no_error(tmp_path):
    # an odd number of quotes alone is no proof of a swallowed tail: 'size 5" wide' is read as written
    src = tmp_path / "t.csv"
    src.write_text('id,conclusion\n1,size 5" wide\n2,Норма.\n', encoding="utf-8")
    whole = pd.concat(list(read_table_chunks(src)[1]), ignore_index=True)
    assert whole["conclusion"].tolist() == ['size 5" wide', "Норма."]
