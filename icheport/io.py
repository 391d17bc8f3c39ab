"""Reading report exports in chunks, column mapping, atomic writes and input fingerprints.

A hospital export is a CSV (UTF-8 with or without BOM, or CP1251), Parquet or JSON-lines file with
millions of rows. :func:`read_reports` streams it as pandas chunks whose columns carry the canonical
names (``study_id``, ``patient_id``, ``age``, ``sex``, ``study_date``, ``institution``, ``study_type``,
``description``, ``conclusion``) plus ``_row``, the row's 0-based position in the input, so every row
can be accounted for downstream.

Cell values are kept as read. :func:`text_or_empty` builds the normalized copy of a text column
(NaN, numbers and other non-string cells become ``""``) without touching the original.

Every output file is written through :func:`write_atomic` / :func:`atomic_path`: the data goes to a
temporary file in the target directory and is moved into place with ``os.replace`` only when complete,
so an interrupted run never leaves a truncated file under the final name.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io as _io
import os
import re
import tempfile
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

__all__ = [
    "CANONICAL_COLUMNS",
    "CONFIG_KEYS",
    "ReportReader",
    "atomic_path",
    "detect_encoding",
    "escape_formulas",
    "input_fingerprint",
    "load_config",
    "read_reports",
    "read_table_chunks",
    "text_or_empty",
    "unescape_formulas",
    "write_atomic",
    "write_csv",
]

CANONICAL_COLUMNS: tuple[str, ...] = (
    "study_id",
    "patient_id",
    "age",
    "sex",
    "study_date",
    "institution",
    "study_type",
    "description",
    "conclusion",
    "text",
)
"""Column names the rest of icheport understands; ``text`` is a single-field report (no sections)."""

DEFAULT_REQUIRED: tuple[str, ...] = ("description", "conclusion")

_SAMPLE_BYTES = 1 << 20  # encoding and separator are decided from the first MiB
_MIB = 1 << 20

# Allowed keys of a config file, per section (unknown keys are rejected with this list).
CONFIG_KEYS: dict[str, tuple[str, ...]] = {
    "input": ("format", "encoding", "sep", "chunksize"),
    "columns": CANONICAL_COLUMNS,
    "cohort": (
        "brain_ct_include",
        "brain_ct_exclude",
        "other_regions",
        "keep_multiregion",
        "min_age",
        "max_age",
        "unclear_band",
        "evidence_exclude_categories",
    ),
    "triage": ("n_per_class", "n_unclear", "seed", "jobs", "lexicon", "stratify", "one_per_patient"),
}


# --------------------------------------------------------------------------- config


def load_config(path: str | os.PathLike[str]) -> dict[str, dict[str, Any]]:
    """Read a TOML config file and validate its sections and keys.

    Example::

        [input]
        encoding = "cp1251"
        sep = ";"

        [columns]            # canonical name = column in the export
        description = "Протокол"
        conclusion = "Заключение"
        study_type = "Услуга"

        [cohort]
        unclear_band = [0.35, 0.65]

        [triage]
        n_per_class = 5000
        seed = 0
    """
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not a valid TOML file: {exc}") from None
    out: dict[str, dict[str, Any]] = {}
    for section, values in data.items():
        if section not in CONFIG_KEYS:
            raise ValueError(
                f"{path}: unknown section [{section}]; allowed sections: {', '.join(CONFIG_KEYS)}"
            )
        if not isinstance(values, dict):
            raise ValueError(f"{path}: [{section}] must be a table of key = value lines")
        unknown = [k for k in values if k not in CONFIG_KEYS[section]]
        if unknown:
            raise ValueError(
                f"{path}: unknown key(s) {unknown} in [{section}]; allowed: {', '.join(CONFIG_KEYS[section])}"
            )
        if section == "columns":
            bad = [k for k, v in values.items() if not isinstance(v, str) or not v]
            if bad:
                raise ValueError(f"{path}: [columns] values must be non-empty column names: {bad}")
        out[section] = dict(values)
    return out


# --------------------------------------------------------------------------- encoding


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def detect_encoding(sample: bytes) -> str:
    """Guess the encoding of an export from its first bytes.

    A BOM decides; otherwise strict UTF-8 is tried (a multi-byte character cut at the end of the
    sample is allowed); otherwise charset-normalizer chooses among the Cyrillic single-byte code
    pages, falling back to CP1251, the usual encoding of Russian Windows exports.
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample[:_SAMPLE_BYTES], cp_isolation=["cp1251", "koi8_r", "cp866"]).best()
        if best is not None and best.encoding:
            return best.encoding
    except Exception:  # detection is a best effort; CP1251 is the documented fallback
        pass
    return "cp1251"


def _canonical_encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None


# --------------------------------------------------------------------------- column mapping


def _resolve_columns(
    found: Sequence[str], column_map: Mapping[str, str] | None, required: Sequence[str], path: Path
) -> dict[str, str]:
    """Return {source column: canonical name} for the columns icheport will use."""
    column_map = dict(column_map or {})
    unknown = [k for k in column_map if k not in CANONICAL_COLUMNS]
    if unknown:
        raise ValueError(
            f"column_map keys must be canonical names ({', '.join(CANONICAL_COLUMNS)}); got {unknown}"
        )
    found_list = [str(c) for c in found]
    shown = column_names(found_list)
    lowered: dict[str, str] = {}
    for c in found_list:
        lowered.setdefault(c.strip().lower(), c)
    rename: dict[str, str] = {}
    for canon in CANONICAL_COLUMNS:
        if canon in column_map:
            src = column_map[canon]
            if src not in found_list:
                alt = lowered.get(str(src).strip().lower())
                if alt is None:
                    raise ValueError(
                        f"{path.name}: column_map maps {canon!r} to {src!r}, which is not a column of the "
                        f"input. Columns found: {shown}"
                    )
                src = alt
        elif canon in found_list:
            src = canon
        elif canon in lowered:
            src = lowered[canon]
        else:
            continue
        if src in rename:
            raise ValueError(f"{path.name}: column {src!r} is mapped to both {rename[src]!r} and {canon!r}")
        rename[src] = canon
    have = set(rename.values())
    missing = [c for c in required if c not in have]
    if missing:
        hint = ", ".join(f'"{c}": "<column in the file>"' for c in missing)
        cli = " ".join(f"--map {c}=<column>" for c in missing)
        raise ValueError(
            f"{path.name}: required column(s) {missing} not found. Columns found: {shown}. "
            f"Map them with column_map={{{hint}}} (CLI: {cli}, or a [columns] section in a config file)."
        )
    return rename


# --------------------------------------------------------------------------- reading


class _CountingReader(_io.RawIOBase):
    """A raw binary file wrapper that counts the bytes read (for a byte-based progress bar) and, if asked, the
    double quotes among them (a CSV whose quotes do not pair ends inside a quoted cell)."""

    def __init__(self, raw: BinaryIO, *, count_quotes: bool = False) -> None:
        super().__init__()
        self._raw = raw
        self.bytes_read = 0
        self.quotes = 0 if count_quotes else -1

    def readinto(self, b: Any) -> int:
        n = self._raw.readinto(b) or 0  # type: ignore[attr-defined]
        self.bytes_read += n
        if n and self.quotes >= 0:  # '"' is one byte in UTF-8 and CP1251 and never part of another character
            self.quotes += bytes(b[:n]).count(b'"')
        return n

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._raw.close()
        super().close()


def _text_stream(counting: _CountingReader, enc: str) -> _io.TextIOWrapper:
    return _io.TextIOWrapper(_io.BufferedReader(counting, 1 << 20), encoding=enc, errors="strict", newline="")


def _sniff_sep(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t", "|")}
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] > 0 else ","


# --------------------------------------------------------------------------- messages without report text

_MAX_NAME_CHARS = 32
# Parser messages may quote the offending row ("Expected 3 columns, got 5: <the row>"): keep what precedes it.
_QUOTED_ROW = re.compile(r"(got \d+|columns?|fields?)\s*:.*$", re.DOTALL)


def column_names(columns: Sequence[Any]) -> list[str] | str:
    """Column names fit for an error message. A header-less file makes its first row the header, so when
    any "name" looks like text (long or sentence-like), no name is shown at all: report text never reaches
    a message."""
    names = [str(c) for c in columns]
    if any(len(n) > _MAX_NAME_CHARS or len(n.split()) > 3 for n in names):
        return (
            f"{len(names)} columns, not shown: the first row does not look like a header (is the header row "
            "missing?)"
        )
    return names


def parser_message(exc: BaseException) -> str:
    """The first line of a parser's message without any quoted row text."""
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return _QUOTED_ROW.sub(lambda m: m.group(1), first)[:200]


def _format_of(path: Path, fmt: str | None) -> str:
    if fmt:
        fmt = fmt.lower()
        if fmt not in ("csv", "parquet", "jsonl"):
            raise ValueError(f"unknown input format {fmt!r}; use csv, parquet or jsonl")
        return fmt
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in (".xlsx", ".xls", ".xlsm", ".ods"):
        raise ValueError(
            f"{path.name}: spreadsheet input is not read; save the sheet as CSV (UTF-8) or Parquet"
        )
    if ".parquet" in suffixes or ".pq" in suffixes:
        return "parquet"
    if ".jsonl" in suffixes or ".ndjson" in suffixes or ".json" in suffixes:
        return "jsonl"
    return "csv"


@dataclass
class ReportReader:
    """An iterable of report chunks (see :func:`read_reports`) with what was learned about the input."""

    path: Path
    format: str
    encoding: str | None
    sep: str | None
    columns_found: tuple[str, ...]
    rename: dict[str, str]
    chunksize: int
    total_rows: int | None
    total_bytes: int
    _iter_factory: Callable[[ReportReader], Iterator[pd.DataFrame]] = field(repr=False)
    bytes_read: int = 0
    rows_read: int = 0

    @property
    def canonical_columns(self) -> tuple[str, ...]:
        return tuple(self.rename.values())

    def raw_chunks(self) -> Iterator[pd.DataFrame]:
        """The chunks with the columns as the file names them and no ``_row`` column (whole tables)."""
        return self._iter_factory(self)

    def __iter__(self) -> Iterator[pd.DataFrame]:
        offset = 0
        for chunk in self._iter_factory(self):
            chunk = chunk.rename(columns=self.rename)
            chunk.columns = [str(c) for c in chunk.columns]
            chunk.insert(0, "_row", pd.RangeIndex(offset, offset + len(chunk), dtype="int64"))
            chunk.index = pd.RangeIndex(offset, offset + len(chunk))
            offset += len(chunk)
            self.rows_read = offset
            yield chunk


def read_reports(
    path: str | os.PathLike[str],
    *,
    chunksize: int = 200_000,
    encoding: str | None = None,
    columns: Sequence[str] | None = None,
    column_map: Mapping[str, str] | None = None,
    required: Sequence[str] = DEFAULT_REQUIRED,
    sep: str | None = None,
    format: str | None = None,
) -> ReportReader:
    """Stream a report export as pandas chunks with canonical column names and a ``_row`` column.

    ``path``: ``.csv`` / ``.tsv`` / ``.txt`` (CSV), ``.parquet``, ``.jsonl`` / ``.ndjson`` (JSON lines);
    ``format=`` overrides the suffix.
    ``encoding``: for CSV and JSONL; ``None`` detects it from the first MiB (BOM, UTF-8, else CP1251).
    ``columns``: canonical columns to read (others are skipped); ``None`` reads every column.
    ``column_map``: ``{canonical: source}``, e.g. ``{"description": "Протокол"}``. Columns already
    named canonically (any case) need no mapping.
    ``required``: canonical columns that must be present, else ``ValueError`` listing what was found.

    CSV cells are read as strings exactly as in the file (no NA guessing), so ``"NA"`` stays ``"NA"``.
    Decoding and parsing problems raise ``ValueError`` naming the file and the way out.
    """
    return _open_reader(Path(path), chunksize, encoding, columns, column_map, required, sep, format)


# ``columns=`` value of the readers below for "every column under its own name" (whole tables)
_EVERY_COLUMN = ("*",)


def _open_reader(
    p: Path,
    chunksize: int,
    encoding: str | None,
    columns: Sequence[str] | None,
    column_map: Mapping[str, str] | None,
    required: Sequence[str],
    sep: str | None = None,
    format: str | None = None,
) -> ReportReader:
    """The one place that decides how a table file is read: format, encoding, separator, columns."""
    if not p.is_file():
        raise FileNotFoundError(f"input file not found: {p}")
    if chunksize < 1:
        raise ValueError("chunksize must be >= 1")
    fmt = _format_of(p, format)
    size = p.stat().st_size
    if fmt == "parquet":
        return _parquet_reader(p, chunksize, columns, column_map, required, size)
    enc, text = text_sample(p, encoding)
    if fmt == "jsonl":
        return _jsonl_reader(p, enc, text, chunksize, columns, column_map, required, size)
    return _csv_reader(p, enc, text, sep, chunksize, columns, column_map, required, size)


def read_table_chunks(
    p: str | os.PathLike[str], *, encoding: str | None = None, chunksize: int = 100_000
) -> tuple[list[str], Iterator[pd.DataFrame], int | None]:
    """The columns of a table file, an iterator of its chunks (every column kept) and its row count if known:
    the one reader of whole tables (``label``, ``train``, ``evaluate``).

    Format, encoding and separator are decided as :func:`read_reports` decides them; CSV cells are read as
    text exactly as written (no NA guessing: "NA" stays "NA", an empty cell is "").
    """
    reader = _open_reader(Path(p), chunksize, encoding, _EVERY_COLUMN, None, ())
    return list(reader.columns_found), reader.raw_chunks(), reader.total_rows


def text_sample(p: Path, encoding: str | None = None) -> tuple[str, str]:
    """The encoding of a text export (``encoding``, or detected from its first MiB: BOM, UTF-8, else CP1251)
    and its first MiB decoded with it; a clear ``ValueError`` when that does not decode."""
    with p.open("rb") as fh:
        sample = fh.read(_SAMPLE_BYTES)
    if encoding is None:
        enc = detect_encoding(sample)
    else:
        enc = _canonical_encoding(encoding)
        if enc == "utf-8" and sample.startswith(codecs.BOM_UTF8):
            enc = "utf-8-sig"
    try:
        text = codecs.getincrementaldecoder(enc)("strict").decode(sample, final=False)
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{p.name}: cannot decode the file as {enc} (byte {exc.start} of the first MiB). "
            "Pass the right encoding (encoding='cp1251' / 'utf-8'), or leave it unset to auto-detect."
        ) from None
    return enc, text


def _wanted_sources(
    found: Sequence[str], rename: dict[str, str], columns: Sequence[str] | None, p: Path
) -> dict[str, str]:
    """{source column: name in the chunks} for the columns read."""
    if columns is _EVERY_COLUMN:
        names = [str(c) for c in found]
        repeated = sorted(c for c, k in Counter(names).items() if k > 1)
        if repeated:
            raise ValueError(f"{p.name}: column name(s) {repeated} appear more than once; rename them")
        return {c: c for c in names}
    if columns is None:
        return rename
    want = set(columns)
    unknown = want - set(CANONICAL_COLUMNS)
    if unknown:
        raise ValueError(
            f"columns= takes canonical names ({', '.join(CANONICAL_COLUMNS)}); got {sorted(unknown)}"
        )
    return {src: canon for src, canon in rename.items() if canon in want}


def _decode_error(p: Path, enc: str, exc: Exception) -> ValueError:
    return ValueError(
        f"{p.name}: the file is not valid {enc} past the first MiB ({type(exc).__name__}). "
        "It probably mixes encodings or is not a text export; pass encoding='cp1251' or 'utf-8' "
        "explicitly, or re-export the file in one encoding."
    )


@dataclass(frozen=True)
class _CsvSource:
    """A CSV input as its header showed it: how to decode and split it, and which columns to keep."""

    path: Path
    encoding: str
    sep: str
    found: tuple[str, ...]  # the header's column names
    keep: dict[str, str]  # source column -> canonical name, for the columns read
    chunksize: int
    size: int


def _csv_reader(
    p: Path,
    enc: str,
    text: str,
    sep: str | None,
    chunksize: int,
    columns: Sequence[str] | None,
    column_map: Mapping[str, str] | None,
    required: Sequence[str],
    size: int,
) -> ReportReader:
    sep, found = _csv_header(p, text, sep)
    rename = _resolve_columns(found, column_map, required, p)
    keep = _wanted_sources(found, rename, columns, p)
    source = _CsvSource(p, enc, sep, tuple(found), keep, chunksize, size)

    def factory(reader: ReportReader) -> Iterator[pd.DataFrame]:
        return _csv_chunks(reader, source)

    # path, format, encoding, sep, columns found, source -> canonical, chunk size, rows, bytes, chunks
    return ReportReader(p, "csv", enc, sep, tuple(found), keep, chunksize, None, size, factory)


def _csv_header(p: Path, text: str, sep: str | None) -> tuple[str, list[str]]:
    """The separator (as given, else guessed from the first line) and the header's column names."""
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    sep = sep or _sniff_sep(first_line)
    # the header line alone when its quotes close (a broken row further down is the stream's error, named
    # by row), else the sample: a quoted header name may hold a line break
    head = first_line if first_line.count('"') % 2 == 0 else text.lstrip("\ufeff")
    try:  # the names as written (a parser that renames repeated names would hide them)
        names = next(csv.reader(_io.StringIO(head), delimiter=sep, strict=True), [])
    except csv.Error as exc:
        raise ValueError(f"{p.name}: cannot read a CSV header ({parser_message(exc)})") from None
    if not any(names):
        raise ValueError(f"{p.name}: cannot read a CSV header (the first line names no column)")
    return sep, [c.lstrip("\ufeff") for c in names]


def _csv_chunks(reader: ReportReader, source: _CsvSource) -> Iterator[pd.DataFrame]:
    """The CSV as DataFrames of ``chunksize`` rows (the last may be shorter), updating ``reader.bytes_read``.

    pyarrow's streaming CSV reader: multi-threaded, quoted newlines allowed, every cell a string exactly as
    written (no NA guessing), transcoding from the detected encoding."""
    import pyarrow as pa

    raw = source.path.open("rb")
    counting = _CountingReader(raw, count_quotes=True)
    n = 0
    try:
        stream = _open_csv_stream(counting, source)
        buffered: list[Any] = []
        have = 0
        done = False
        last = None  # the last batch with rows: an unclosed quote ends inside its last row
        while not done:
            try:
                batch = stream.read_next_batch()
                buffered.append(batch)
                have += batch.num_rows
                last = batch if batch.num_rows else last
            except StopIteration:
                done = True
                if counting.quotes % 2 and last is not None and _last_row_spans_lines(last):
                    # the parser takes an unclosed quote to run to the end of the file: rows would vanish into
                    # the last cell (a stray quote inside an unquoted cell makes the count odd too, and is fine)
                    raise _csv_error(source, ValueError("a quoted cell is never closed"), n + have) from None
            except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
                raise _csv_error(source, exc, n) from None
            while have >= source.chunksize or (done and have):
                take = min(source.chunksize, have)
                chunk, buffered = _split_batches(buffered, take)
                have -= take
                n += take
                reader.bytes_read = min(counting.bytes_read, source.size)
                yield chunk
                pa.default_memory_pool().release_unused()  # Arrow's allocator keeps freed blocks otherwise
        reader.bytes_read = source.size
    finally:
        raw.close()


def _last_row_spans_lines(batch: Any) -> bool:
    """Whether a cell of the batch's last row holds a line break (what a quote left open swallows)."""
    row = batch.slice(batch.num_rows - 1, 1).to_pylist()[0]
    return any(isinstance(v, str) and "\n" in v for v in row.values())


def _open_csv_stream(counting: _CountingReader, source: _CsvSource) -> Any:
    """pyarrow's CSV stream over the file, reading the kept columns as strings."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    arrow_enc = "utf8" if source.encoding in ("utf-8", "utf-8-sig") else source.encoding
    read_opts = pacsv.ReadOptions(encoding=arrow_enc, block_size=8 << 20, use_threads=True)
    parse_opts = pacsv.ParseOptions(delimiter=source.sep, newlines_in_values=True)
    convert_opts = pacsv.ConvertOptions(
        column_types=dict.fromkeys(source.found, pa.string()),
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
        include_columns=list(source.keep),
    )
    try:
        return pacsv.open_csv(
            _io.BufferedReader(counting, 1 << 20),
            read_options=read_opts,
            parse_options=parse_opts,
            convert_options=convert_opts,
        )
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        raise _csv_error(source, exc, 0) from None


def _split_batches(batches: list[Any], take: int) -> tuple[pd.DataFrame, list[Any]]:
    """The first ``take`` rows of the buffered record batches as a DataFrame, and the batches left over."""
    import pyarrow as pa

    table = pa.Table.from_batches(batches)
    rest = table.slice(take)
    chunk = table.slice(0, take).to_pandas()
    chunk.columns = [str(c).lstrip("\ufeff") for c in chunk.columns]
    return chunk, rest.to_batches() if rest.num_rows else []


def _csv_error(source: _CsvSource, exc: Exception, rows: int) -> ValueError:
    """A decoding or parsing failure after ``rows`` data rows, as a message without report text."""
    msg = str(exc)
    if "UTF8" in msg or "utf8" in msg or isinstance(exc, UnicodeDecodeError):
        return _decode_error(source.path, source.encoding, exc)
    return ValueError(
        f"{source.path.name}: malformed CSV after data row ~{rows} ({parser_message(exc)}). Rows are never "
        "skipped silently: fix the export or pass the right sep=."
    )


def _jsonl_reader(
    p: Path,
    enc: str,
    text: str,
    chunksize: int,
    columns: Sequence[str] | None,
    column_map: Mapping[str, str] | None,
    required: Sequence[str],
    size: int,
) -> ReportReader:
    import json

    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    try:
        record = json.loads(first) if first else {}
    except json.JSONDecodeError as exc:
        raise ValueError(f"{p.name}: first line is not a JSON object ({exc})") from None
    if not isinstance(record, dict):
        raise ValueError(f"{p.name}: JSON lines must be objects, one report per line")
    found = list(record)
    rename = _resolve_columns(found, column_map, required, p)
    keep = _wanted_sources(found, rename, columns, p)

    def factory(reader: ReportReader) -> Iterator[pd.DataFrame]:
        raw = p.open("rb")
        counting = _CountingReader(raw)
        try:
            chunks = pd.read_json(_text_stream(counting, enc), lines=True, chunksize=chunksize, dtype=False)
            while True:
                try:
                    chunk = next(chunks)
                except StopIteration:
                    break
                except UnicodeDecodeError as exc:
                    raise _decode_error(p, enc, exc) from None
                except ValueError as exc:
                    raise ValueError(f"{p.name}: malformed JSON line ({parser_message(exc)})") from None
                chunk = chunk.reindex(columns=list(keep))
                reader.bytes_read = counting.bytes_read
                yield chunk
            reader.bytes_read = size
        finally:
            raw.close()

    # path, format, encoding, sep, columns found, source -> canonical, chunk size, rows, bytes, chunks
    return ReportReader(p, "jsonl", enc, None, tuple(found), keep, chunksize, None, size, factory)


def _parquet_reader(
    p: Path,
    chunksize: int,
    columns: Sequence[str] | None,
    column_map: Mapping[str, str] | None,
    required: Sequence[str],
    size: int,
) -> ReportReader:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(p)
    except Exception as exc:
        raise ValueError(f"{p.name}: not a readable Parquet file ({exc})") from None
    found = list(pf.schema_arrow.names)
    rename = _resolve_columns(found, column_map, required, p)
    keep = _wanted_sources(found, rename, columns, p)
    total = pf.metadata.num_rows

    def factory(reader: ReportReader) -> Iterator[pd.DataFrame]:
        # pre_buffer=False: with pre-buffering, pyarrow keeps every compressed range it has read until the
        # iterator ends, so memory grows with the file size
        f = pq.ParquetFile(p, pre_buffer=False)
        n = 0
        for batch in f.iter_batches(batch_size=chunksize, columns=list(keep)):
            chunk = batch.to_pandas()
            n += len(chunk)
            reader.bytes_read = int(size * n / total) if total else size
            yield chunk

    # path, format, encoding, sep, columns found, source -> canonical, chunk size, rows, bytes, chunks
    return ReportReader(p, "parquet", None, None, tuple(found), keep, chunksize, total, size, factory)


# --------------------------------------------------------------------------- normalized copies


def text_or_empty(values: pd.Series) -> pd.Series:
    """A ``str`` copy of a text column where NaN, None, numbers and other non-strings become ``""``.

    The input Series is not modified (the original cell values stay available for the record).
    """
    if pd.api.types.is_string_dtype(values.dtype) and not pd.api.types.is_object_dtype(values.dtype):
        return values.fillna("").astype("str")
    if pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        return pd.Series("", index=values.index, dtype="str")
    mask = values.map(lambda v: isinstance(v, str)).astype(bool)
    out = values.where(mask, "")
    return out.astype("str")


# --------------------------------------------------------------------------- atomic writes


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success move it over ``path``, on error delete it.

    The temporary name starts with ``.`` and ends with ``.tmp`` so it is never mistaken for output.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or ".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        if tmp_path.exists():  # mkstemp makes 0600 files; a finished output gets the mode the umask gives
            os.chmod(tmp_path, _FILE_MODE & ~_umask())
        os.replace(tmp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


_FILE_MODE = 0o666


def _umask() -> int:
    """The process umask (read by setting it and putting it back: there is no getter)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], writer_fn: Callable[[Path], Any]) -> Path:
    """Call ``writer_fn(tmp_path)`` and move the finished file to ``path`` (``os.replace``).

    If ``writer_fn`` raises, the temporary file is removed and ``path`` is left as it was.
    """
    with atomic_path(path) as tmp:
        writer_fn(tmp)
    return Path(path)


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write UTF-8 text atomically."""
    return write_atomic(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


# --------------------------------------------------------------------------- CSV for spreadsheets

# A cell a spreadsheet would run as a formula (OWASP "CSV injection"): it starts with one of these.
_FORMULA_START = r"^[=+\-@\t\r]"
# ... unless the whole cell is a plain number ("-5", "+7,5"), which a spreadsheet reads as a number.
_PLAIN_NUMBER = r"[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?"


def escape_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` where every text cell that Excel or LibreOffice would evaluate (starting with ``=``,
    ``+``, ``-``, ``@``, tab or CR, and not a plain number) gets a leading ``'``, as OWASP recommends.
    Numeric and boolean columns are left as they are."""
    out = df.copy()
    for name in out.columns:
        col = out[name]
        if not (pd.api.types.is_string_dtype(col.dtype) or pd.api.types.is_object_dtype(col.dtype)):
            continue
        text = col.astype("str")
        starts = (text.str.match(_FORMULA_START) & col.notna()).to_numpy(bool)
        if not starts.any():
            continue
        risky = starts.copy()
        risky[starts] = ~text[starts].str.fullmatch(_PLAIN_NUMBER).to_numpy(bool)
        if risky.any():
            col = col.astype("object")  # any mix of types: only the risky cells change
            col[risky] = "'" + text[risky]
            out[name] = col
    return out


def unescape_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Undo :func:`escape_formulas` on a table icheport wrote (candidate lists read back for worksheets)."""
    out = df.copy()
    for name in out.columns:
        col = out[name]
        if pd.api.types.is_string_dtype(col.dtype) or pd.api.types.is_object_dtype(col.dtype):
            text = col.astype("str")
            escaped = (text.str.match(r"^'[=+\-@\t\r]") & col.notna()).to_numpy(bool)
            if escaped.any():
                col = col.astype("object")
                col[escaped] = text[escaped].str.slice(1)
                out[name] = col
    return out


def csv_writer(path: Path, schema: Any) -> Any:
    """A streaming pyarrow CSV writer (UTF-8, a header, quotes only where needed) for tables of ``schema``."""
    import pyarrow.csv as pacsv

    return pacsv.CSVWriter(str(path), schema, write_options=pacsv.WriteOptions(quoting_style="needed"))


def write_csv(df: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """The one CSV writer for outputs people open in a spreadsheet: UTF-8, ``\\n`` line ends, formula cells
    escaped (:func:`escape_formulas`), written atomically (complete or absent)."""
    safe = escape_formulas(df)
    return write_atomic(
        path, lambda tmp: safe.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
    )


# --------------------------------------------------------------------------- fingerprint


def input_fingerprint(path: str | os.PathLike[str], *, rows: int | None = None) -> dict[str, Any]:
    """Identify an input file cheaply: size, mtime, SHA-256 of its first and last MiB, row count.

    The hash covers ``size`` + first MiB + last MiB, so reading a multi-GB export costs two MiB.
    """
    p = Path(path)
    st = p.stat()
    h = hashlib.sha256()
    h.update(str(st.st_size).encode())
    with p.open("rb") as fh:
        h.update(fh.read(_MIB))
        if st.st_size > 2 * _MIB:
            fh.seek(-_MIB, os.SEEK_END)
            h.update(fh.read(_MIB))
        elif st.st_size > _MIB:
            h.update(fh.read())
    return {
        "path": str(p.resolve()),
        "size": st.st_size,
        "mtime": datetime.fromtimestamp(st.st_mtime, tz=UTC).isoformat(timespec="seconds"),
        "sha256_head_tail": h.hexdigest(),
        "rows": rows,
    }
