"""Hostile and careless input: the reader's cost stays bounded and linear, and nothing raises or leaves the
original text on random Unicode, control characters and huge tokens."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import icheport
from icheport import text as itext
from icheport.matcher import MAX_FIELD_CHARS, Matcher

WORDS = (
    "в правой лобной доле определяется гематома объемом 12 мл без признаков кровоизлияния и отека "
    "с прорывом в желудочки не выявлено САК ЭДГ субдуральная нельзя исключить"
).split()


def _blob(n_chars: int, seed: int = 0) -> str:
    """A report without a single sentence break: words, spaces and commas only."""
    r = random.Random(seed)
    out, size = [], 0
    while size < n_chars:
        w = r.choice(WORDS) + r.choice((" ", " ", ", "))
        out.append(w)
        size += len(w)
    return "".join(out)[:n_chars]


def _seconds(matcher: Matcher, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        matcher.clear_cache()
        t0 = time.perf_counter()
        matcher.match(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_a_1_mb_report_without_sentence_breaks_labels_in_under_2_s():
    report = _blob(1_000_000)
    t0 = time.perf_counter()
    r = icheport.label_text(report)
    assert time.perf_counter() - t0 < 2.0
    assert r.truncated and r.evidence.startswith("truncated")


def test_reading_time_grows_linearly_from_10_kb_to_1_mb():
    m = Matcher(max_field_chars=None, cache_size=0)
    small, large = _seconds(m, _blob(10_000)), _seconds(m, _blob(1_000_000))
    # 100x the text: linear is ~100x; a quadratic reader would take ~10,000x
    assert large / max(small, 1e-4) < 400, (small, large)


def test_a_report_over_the_cap_is_read_on_its_first_part_and_flagged():
    head = "Острая субдуральная гематома справа. "
    r = icheport.label_text(head + _blob(MAX_FIELD_CHARS + 10))
    assert r.truncated and r.ich == 1 and r.sdh == 1
    assert not icheport.label_text(head).truncated


def test_the_cap_is_a_matcher_option():
    with pytest.raises(ValueError, match="max_field_chars"):
        Matcher(max_field_chars=0)


# ---------------------------------------------------------------- fuzz: never raises, offsets always valid

_TEXT = st.text(alphabet=st.characters(codec="utf-8", categories=None), max_size=400)
_NOISY = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(
            [".", ",", "?", "\n", "\r\n", "\t", "\x00", "\u200b", "ё", "Ё", "x" * 3000, "(", ")"]
        ),
        _TEXT,
    ),
    max_size=60,
).map(" ".join)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(_NOISY)
def test_tokens_are_spans_of_the_original_text(report):
    for tok in itext.tokenize(report):
        assert report[tok.start : tok.stop] == tok.text


@FUZZ
@given(_NOISY)
def test_sentences_are_ordered_spans_inside_the_text(report):
    prev = 0
    for a, b in itext.sentences(report):
        assert prev <= a <= b <= len(report)
        prev = b


@FUZZ
@given(_NOISY, _NOISY)
def test_the_matcher_never_raises_and_every_span_indexes_its_field(description, conclusion):
    r = icheport.label_text(description=description, conclusion=conclusion)
    assert r.ich in (-1, 0, 1)
    fields = dict(r.texts)
    for m in r.mentions:
        assert fields[m.field][m.start : m.stop] == m.text
        if m.trigger is not None:
            assert fields[m.trigger.field][m.trigger.start : m.trigger.stop] == m.trigger.text


# ---------------------------------------------------------------- fuzz: the CSV reader ends cleanly

_CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(st.lists(_CELL, min_size=1, max_size=5), min_size=1, max_size=6),
    st.sampled_from([",", ";", "\t"]),
)
def test_the_csv_reader_reads_or_refuses_with_a_clear_error(tmp_path_factory, rows, sep):
    from icheport.io import read_reports

    path = tmp_path_factory.mktemp("fuzz") / "export.csv"
    header = sep.join(["description", "conclusion", "extra"][: max(len(r) for r in rows)])
    path.write_text(header + "\n" + "\n".join(sep.join(r) for r in rows), encoding="utf-8")
    try:
        for chunk in read_reports(path, chunksize=3, required=()):
            assert len(chunk) >= 0
    except ValueError as exc:  # a clear refusal names the file
        assert "export.csv" in str(exc)
