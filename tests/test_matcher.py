"""icheport.matcher machinery: offsets, statuses, prefilter and cache equivalence, pickling, rendering,
bad input, word boundaries. Clinical accuracy lives in test_cases_ru.py."""

from __future__ import annotations

import json
import pickle
import re

import pandas as pd
import pytest
from _fuzz import REPORT_WORDS
from cases_ru import CASES
from hypothesis import given, settings
from hypothesis import strategies as st

import icheport
from icheport.matcher import STATUSES
from icheport.synth import generate


def _match(matcher: icheport.Matcher, case) -> icheport.Report:
    if case.text:
        return matcher.match(case.text)
    return matcher.match(description=case.description, conclusion=case.conclusion)


def _spans_ok(report: icheport.Report) -> None:
    """Every mention, trigger and stop phrase slices the original text of its field to its ``.text``."""
    texts = dict(report.texts)
    for m in report.mentions:
        assert texts[m.field][m.start : m.stop] == m.text, m
        assert m.status in STATUSES
        for t in (m.trigger, m.site, m.multiple):
            if t is not None:
                assert texts[t.field][t.start : t.stop] == t.text, t
        a, b = m.sentence
        assert a <= m.start < m.stop <= b
    for t in (*report.stops, *report.triggers):
        assert texts[t.field][t.start : t.stop] == t.text, t


@pytest.fixture(scope="module")
def matcher_no_prefilter() -> icheport.Matcher:
    return icheport.Matcher(prefilter=False)


@pytest.fixture(scope="module")
def synth_rows() -> list[tuple[str | None, str | None]]:
    df = pd.concat(list(generate(2000, seed=3)), ignore_index=True)
    assert len(df) == 2000
    return list(zip(df["description"].tolist(), df["conclusion"].tolist(), strict=True))


# ---------------------------------------------------------------------------------------------
# Offsets: every span slices the original text
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_case_spans_slice_original_text(matcher: icheport.Matcher, case) -> None:
    _spans_ok(_match(matcher, case))


def test_synth_spans_slice_original_text(matcher: icheport.Matcher, synth_rows) -> None:
    for d, c in synth_rows:
        _spans_ok(matcher.match(description=d, conclusion=c))


# ---------------------------------------------------------------------------------------------
# Statuses: one example each, with the trigger that decided it
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ich", "mention", "status", "trigger"),
    [
        pytest.param(
            "Субдуральная гематома слева.", 1, ("sdh", "Субдуральная гематома"), "present", None, id="present"
        ),
        pytest.param(
            "Ранее описанная гематома не визуализируется.",
            0,
            ("ich", "гематома"),
            "negated",
            ("negation.following", "не визуализируется", "не визуализируется"),
            id="negated-following",
        ),
        pytest.param(
            "Нет признаков гематомы.",
            0,
            ("ich", "гематомы"),
            "negated",
            ("negation.preceding", "нет", "Нет"),
            id="negated-preceding",
        ),
        pytest.param(
            "Без признаков внутричерепного кровоизлияния.",
            0,
            ("ich", "внутричерепного кровоизлияния"),
            "negated",
            (
                "stop",
                "без признаков внутричерепного кровоизлияния",
                "Без признаков внутричерепного кровоизлияния",
            ),
            id="negated-by-stop-phrase",
        ),
        pytest.param(
            "Нельзя исключить САК.",
            -1,
            ("sah", "САК"),
            "uncertain",
            ("uncertain.bidirectional", "нельзя исключить", "Нельзя исключить"),
            id="uncertain",
        ),
        pytest.param(
            "Гематома лизировалась.",
            0,
            ("ich", "Гематома"),
            "resolved",
            ("resolved.following", "лизировалась", "лизировалась"),
            id="resolved",
        ),
        pytest.param(
            "Гематома мягких тканей теменной области.",
            0,
            ("ich", "Гематома"),
            "extracranial",
            ("extracranial", "мягкие ткани", "мягких тканей"),
            id="extracranial",
        ),
    ],
)
def test_status_and_trigger(matcher: icheport.Matcher, text, ich, mention, status, trigger) -> None:
    report = matcher.match(text)
    assert report.ich == ich
    (m,) = report.mentions
    assert (m.category, m.text) == mention
    assert m.status == status
    if trigger is None:
        assert m.trigger is None
    else:
        assert (m.trigger.kind, m.trigger.entry, m.trigger.text) == trigger
        assert m.trigger in report.triggers or m.trigger in report.stops


def test_mention_records_its_lexicon_entry(matcher: icheport.Matcher) -> None:
    (m,) = matcher.match("Заключение: гематомы субдуральные с обеих сторон.").mentions
    assert m.entry == "субдуральная гематома"
    assert m.source.startswith("keywords.txt:")
    assert m.section == "conclusion"


def test_fields_and_sections(matcher: icheport.Matcher) -> None:
    r = matcher.match(description="Субдуральная гематома слева.", conclusion="САК.")
    assert [(m.field, m.section, m.text) for m in r.mentions] == [
        ("description", "description", "Субдуральная гематома"),
        ("conclusion", "conclusion", "САК"),
    ]


# ---------------------------------------------------------------------------------------------
# The anchor prefilter never changes the result
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_prefilter_same_mentions_on_cases(matcher, matcher_no_prefilter, case) -> None:
    with_pf, without = _match(matcher, case), _match(matcher_no_prefilter, case)
    assert with_pf.mentions == without.mentions
    assert with_pf.stops == without.stops


def test_prefilter_same_mentions_on_synth(matcher, matcher_no_prefilter, synth_rows) -> None:
    differ = []
    for i, (d, c) in enumerate(synth_rows):
        a = matcher.match(description=d, conclusion=c)
        b = matcher_no_prefilter.match(description=d, conclusion=c)
        if a.mentions != b.mentions or a.stops != b.stops:
            differ.append(i)
    assert differ == []


def test_labels_summed_per_sentence_equal_labels_from_mentions(matcher, synth_rows) -> None:
    # The matcher sums summaries cached with each sentence; a Report built from mentions alone groups them
    # by sentence and sums afresh. The plumbing (fields, sentences, trigger kinds) must agree on every label.
    reports = [_match(matcher, c) for c in CASES]
    reports += [matcher.match(description=d, conclusion=c) for d, c in synth_rows]
    assert any(r.ich == 1 for r in reports) and any(r.ich == -1 for r in reports)
    for r in reports:
        rebuilt = icheport.Report(r.texts, r.mentions, r.stops, r.triggers, r.lemmas, r.n_candidates)
        assert rebuilt.labels == r.labels, r.evidence


def test_prefilter_reads_fewer_sentences(matcher, matcher_no_prefilter) -> None:
    text = "Срединные структуры не смещены. Желудочки не расширены. Субдуральная гематома слева."
    assert matcher.match(text).n_candidates == 1
    assert matcher_no_prefilter.match(text).n_candidates == 3


# ---------------------------------------------------------------------------------------------
# The sentence cache never changes the result
# ---------------------------------------------------------------------------------------------

SHARED = "Субдуральная гематома слева толщиной до 8 мм."
CACHE_REPORTS = [
    (SHARED, "Кровоизлияний не выявлено."),
    ("Кровоизлияний не выявлено.", SHARED),  # the same sentences in the other field
    ("Описание: " + SHARED + " Заключение: " + SHARED, None),  # twice in one field, two sections
    (None, "Нельзя исключить САК. " + SHARED),
    ("Гематома лизировалась. " + SHARED, "САК."),
    (SHARED, SHARED),
]


@pytest.mark.parametrize("cache_size", [pytest.param(0, id="no-cache"), pytest.param(2, id="tiny-cache")])
def test_cache_does_not_change_results(cache_size: int, synth_rows) -> None:
    cached, uncached = icheport.Matcher(), icheport.Matcher(cache_size=cache_size)
    rows = CACHE_REPORTS * 2 + synth_rows[:300] + synth_rows[:300]
    for d, c in rows:
        a = cached.match(description=d, conclusion=c)
        b = uncached.match(description=d, conclusion=c)
        assert a == b
        assert a.mentions == b.mentions
    assert len(uncached._cache) <= cache_size


def test_case_and_digit_variants_share_one_cached_sentence() -> None:
    m = icheport.Matcher()
    upper = m.match(description="Описание без изменений. СУБДУРАЛЬНАЯ ГЕМАТОМА СЛЕВА 12 мм.")
    lower = m.match(description="Описание без изменений. Субдуральная гематома слева 15 мм.")
    assert len(m._cache) == 1
    assert [(x.start, x.stop, x.status) for x in upper.mentions] == [
        (x.start, x.stop, x.status) for x in lower.mentions
    ]
    assert [x.text for x in upper.mentions] == ["СУБДУРАЛЬНАЯ ГЕМАТОМА"]  # text comes from the report itself
    # Latin letters are mapped by context, so such a sentence gets its own entry.
    latin = m.match(description="Описание без изменений. Cубдуральная гематома слева 12 мм.")
    assert len(m._cache) == 2 and latin.sdh == 1


def test_cached_sentence_keeps_field_offsets(matcher: icheport.Matcher) -> None:
    r = matcher.match(description="Норма. " + SHARED, conclusion=SHARED)
    d, c = r.mentions
    assert (d.field, d.start, c.field, c.start) == ("description", 7, "conclusion", 0)


# ---------------------------------------------------------------------------------------------
# Pickling and process pools
# ---------------------------------------------------------------------------------------------

PICKLE_TEXTS = [c.text or (c.conclusion or "") for c in CASES[:40]]


def test_matcher_pickles(matcher: icheport.Matcher) -> None:
    clone = pickle.loads(pickle.dumps(matcher))
    assert isinstance(clone, icheport.Matcher)
    assert clone.lexicon == matcher.lexicon
    for t in PICKLE_TEXTS:
        assert clone.match(t) == matcher.match(t)


def test_matcher_with_options_pickles() -> None:
    m = icheport.Matcher(prefilter=False, cache_size=0)
    clone = pickle.loads(pickle.dumps(m))
    assert (clone.prefilter, clone.cache_size) == (False, 0)


def test_label_text_and_report_pickle() -> None:
    f = pickle.loads(pickle.dumps(icheport.label_text))
    assert f is icheport.label_text
    r = icheport.label_text("Субдуральная гематома слева.")
    assert pickle.loads(pickle.dumps(r)) == r


@pytest.mark.slow
def test_joblib_loky_matches_in_process() -> None:
    from joblib import Parallel, delayed

    texts = [c.text for c in CASES if c.text][:60]
    remote = Parallel(n_jobs=2, backend="loky")(delayed(icheport.label_text)(t) for t in texts)
    local = [icheport.label_text(t) for t in texts]
    assert [r.labels for r in remote] == [r.labels for r in local]
    assert [r.mentions for r in remote] == [r.mentions for r in local]


# ---------------------------------------------------------------------------------------------
# Report rendering, JSON spans, features
# ---------------------------------------------------------------------------------------------


def test_repr_html_escapes_text(matcher: icheport.Matcher) -> None:
    text = 'Субдуральная гематома <script>alert("x")</script> & слева.'
    out = matcher.match(text)._repr_html_()
    assert ">Субдуральная гематома</span>" in out
    assert "&lt;script&gt;" in out
    assert "&amp;" in out
    assert "<script" not in out.lower()


def _styles(out: str) -> dict[str, str]:
    """Highlighted text → its inline style."""
    return {
        text: style for style, text in re.findall(r'<span style="([^"]*)" title="[^"]*">([^<]*)</span>', out)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Гематома не визуализируется; нельзя исключить САК.",
            {
                "Гематома": "line-through",
                "не визуализируется": "underline",
                "нельзя исключить": "underline",
                "САК": "font-weight:bold",
            },
            id="negated-and-hedged",
        ),
        pytest.param(
            "Субдуральная гематома слева.", {"Субдуральная гематома": "font-weight:bold"}, id="present"
        ),
        pytest.param(
            "Кровоизлияний не выявлено.", {"Кровоизлияний": "line-through"}, id="mention-inside-stop-phrase"
        ),
    ],
)
def test_repr_html_styles(matcher: icheport.Matcher, text: str, expected: dict[str, str]) -> None:
    styles = _styles(matcher.match(text)._repr_html_())
    for span_text, style in expected.items():
        assert span_text in styles, (span_text, styles)
        assert style in styles[span_text]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES[::20]])
def test_spans_json(matcher: icheport.Matcher, case) -> None:
    report = _match(matcher, case)
    spans = json.loads(report.spans_json())
    assert isinstance(spans, list)
    texts = dict(report.texts)
    for s in spans:
        assert set(s) == {"field", "start", "stop", "category", "status", "role"}
        assert s["role"] in ("mention", "trigger", "stop")
        assert 0 <= s["start"] < s["stop"] <= len(texts[s["field"]])
    assert sum(s["role"] == "mention" for s in spans) == len(report.mentions)


def test_spans_json_keeps_cyrillic_unescaped(matcher: icheport.Matcher) -> None:
    assert "\\u" not in matcher.match("САК.").spans_json()


def test_spans_json_is_the_compact_json_of_spans(matcher: icheport.Matcher, synth_rows) -> None:
    reports = [_match(matcher, c) for c in CASES] + [
        matcher.match(description=d, conclusion=c) for d, c in synth_rows
    ]
    assert sum(len(r.spans()) for r in reports) > 1000
    for r in reports:
        assert r.spans_json() == json.dumps(r.spans(), ensure_ascii=False, separators=(",", ":"))


def test_features_length(matcher: icheport.Matcher) -> None:
    for t in ("", "Субдуральная гематома слева.", "Кровоизлияний не выявлено."):
        f = matcher.match(t).features()
        assert f.shape == (len(icheport.Matcher.feature_names),)
    assert len(set(icheport.Matcher.feature_names)) == len(icheport.Matcher.feature_names)


def test_to_dict_and_str(matcher: icheport.Matcher) -> None:
    r = matcher.match("Субдуральная гематома слева.")
    d = r.to_dict()
    assert (d["ich"], d["sdh"]) == (1, 1)
    assert "sdh: «Субдуральная гематома»" in str(r)


# ---------------------------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"text": 123}, "text must be a string (or None), got int", id="int-text"),
        pytest.param({"text": b"bytes"}, "text must be a string (or None), got bytes", id="bytes-text"),
        pytest.param(
            {"description": 1.5}, "description must be a string (or None), got float", id="float-description"
        ),
        pytest.param(
            {"conclusion": ["x"]}, "conclusion must be a string (or None), got list", id="list-conclusion"
        ),
        pytest.param(
            {"text": "a", "conclusion": "b"}, "either text or description/conclusion", id="text-and-fields"
        ),
    ],
)
def test_bad_input_raises_type_error(matcher: icheport.Matcher, kwargs, message) -> None:
    with pytest.raises(TypeError) as info:
        matcher.match(**kwargs)
    assert message in str(info.value)


def test_positional_int_raises_type_error(matcher: icheport.Matcher) -> None:
    with pytest.raises(TypeError, match="must be a string"):
        matcher.match(123)


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"text": None}, id="none"),
        pytest.param({"text": float("nan")}, id="nan"),
        pytest.param({"text": ""}, id="empty"),
        pytest.param({"text": "  \n "}, id="whitespace"),
        pytest.param({}, id="no-arguments"),
        pytest.param({"description": None, "conclusion": float("nan")}, id="fields-none-nan"),
        pytest.param({"description": "", "conclusion": ""}, id="fields-empty"),
    ],
)
def test_empty_input_is_no_ich(matcher: icheport.Matcher, kwargs) -> None:
    r = matcher.match(**kwargs)
    assert r.ich == 0
    assert r.mentions == ()
    assert r.evidence == "no hemorrhage keywords"


# ---------------------------------------------------------------------------------------------
# Word boundaries are Unicode-aware; inflected forms match
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no match inside a longer word
        pytest.param("Саккулярная аневризма СМА.", [("cause", "аневризма")], id="SAK-not-in-sakkulyarnaya"),
        pytest.param("САККУЛЯРНАЯ АНЕВРИЗМА.", [("cause", "АНЕВРИЗМА")], id="SAK-not-in-caps-word"),
        pytest.param("Кровоток в синусах сохранен.", [], id="krov-not-in-krovotok"),
        pytest.param("Кровоснабжение не нарушено.", [], id="krov-not-in-krovosnabzhenie"),
        # abbreviations next to punctuation
        pytest.param("Признаки (САК) справа.", [("sah", "САК")], id="SAK-in-parentheses"),
        pytest.param("САК/ВЖК.", [("sah", "САК"), ("ivh", "ВЖК")], id="slash-separated"),
        pytest.param("«САК»", [("sah", "САК")], id="in-guillemets"),
        # inflected forms
        pytest.param(
            "Со сгустками крови.", [("ich", "сгустками"), ("ich", "крови")], id="plural-instrumental"
        ),
        pytest.param("Гематомами", [("ich", "Гематомами")], id="gematomami"),
        pytest.param(
            "Субарахноидальными кровоизлияниями.",
            [("sah", "Субарахноидальными кровоизлияниями")],
            id="sah-plural-instrumental",
        ),
        pytest.param(
            "ВНУТРИЖЕЛУДОЧКОВОЕ КРОВОИЗЛИЯНИЕ", [("ivh", "ВНУТРИЖЕЛУДОЧКОВОЕ КРОВОИЗЛИЯНИЕ")], id="all-caps"
        ),
        pytest.param("Субдуральная гематOма.", [("sdh", "Субдуральная гематOма")], id="latin-O-inside"),
        pytest.param("CАК.", [("sah", "CАК")], id="latin-C-in-SAK"),
        pytest.param(
            "Субдуральная\xa0гематома.", [("sdh", "Субдуральная\xa0гематома")], id="nbsp-inside-phrase"
        ),
    ],
)
def test_boundaries_and_inflections(matcher: icheport.Matcher, text: str, expected: list) -> None:
    r = matcher.match(text)
    assert [(m.category, m.text) for m in r.mentions] == expected
    _spans_ok(r)


# ---------------------------------------------------------------------------------------------
# Properties: never raises, offsets always valid
# ---------------------------------------------------------------------------------------------

REPORTISH = st.lists(st.sampled_from(REPORT_WORDS) | st.text(max_size=3), max_size=40).map(" ".join)


TEXTS = st.text() | REPORTISH


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Гематома \U00017000", id="tangut-ideograph"),
        pytest.param("Гематома \u0378", id="unassigned-code-point"),
        pytest.param("Гематома \U000e0100", id="variation-selector"),
    ],
)
def test_nameless_letter_does_not_raise(matcher: icheport.Matcher, text: str) -> None:
    assert matcher.match(text).ich == 1


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_match_never_raises_and_offsets_valid(text: str) -> None:
    r = icheport.default_matcher().match(text)
    assert r.ich in (-1, 0, 1)
    _spans_ok(r)
    json.loads(r.spans_json())
    assert "<script" not in r._repr_html_().lower()


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_prefilter_agrees_on_random_text(matcher_no_prefilter: icheport.Matcher, text: str) -> None:
    a, b = icheport.default_matcher().match(text), matcher_no_prefilter.match(text)
    assert a.mentions == b.mentions
    assert a.stops == b.stops


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_match_fields_never_raise_and_offsets_valid(description: str, conclusion: str) -> None:
    r = icheport.default_matcher().match(description=description, conclusion=conclusion)
    _spans_ok(r)
