"""icheport.text: normalization, tokens with offsets, sentences, sections."""

from __future__ import annotations

import itertools

import pytest
from _fuzz import REPORT_WORDS
from hypothesis import given, settings
from hypothesis import strategies as st

from icheport.text import normalize, sections, sentence_at, sentences, tokenize

# ---------------------------------------------------------------------------------------------
# normalize: length-preserving, one case per mapping
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # case
        pytest.param("СУБДУРАЛЬНАЯ Гематома", "субдуральная гематома", id="lowercase"),
        # ё → е
        pytest.param("Отёк, ЁЛКА", "отек, елка", id="yo"),
        # Latin look-alikes inside Cyrillic words
        pytest.param("гематOма", "гематома", id="latin-O-inside-word"),
        pytest.param("CАК", "сак", id="latin-C-first-letter"),
        pytest.param("кровоизлияниe", "кровоизлияние", id="latin-e-last-letter"),
        pytest.param("ТКАНИ", "ткани", id="all-cyrillic-caps"),
        # Latin words stay Latin
        pytest.param("+65 HU", "+65 hu", id="HU-stays-latin"),
        pytest.param("d=12мм", "d=12мм", id="latin-d-before-number"),
        pytest.param("MSCT brain", "msct brain", id="latin-words"),
        pytest.param("ед. HU гематома", "ед. hu гематома", id="latin-word-between-cyrillic"),
        # dashes, quotes, spaces
        pytest.param("СДГ — слева", "сдг - слева", id="em-dash"),
        pytest.param("2–3 мм", "2-3 мм", id="en-dash"),
        pytest.param("\u22125 HU", "-5 hu", id="minus-sign"),
        pytest.param("«гематома»", '"гематома"', id="guillemets"),
        pytest.param("\u201eСДГ\u201c", '"сдг"', id="low-high-quotes"),
        pytest.param("\u2018САК\u2019", "'сак'", id="single-quotes"),
        pytest.param("12\xa0мм", "12 мм", id="nbsp"),
        pytest.param("12\u202fмм", "12 мм", id="narrow-nbsp"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected
    assert len(normalize(text)) == len(text)


# ---------------------------------------------------------------------------------------------
# tokenize: offsets into the ORIGINAL text
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("САК, ВЖК.", ["САК", ",", "ВЖК", "."], id="abbreviations-and-punct"),
        pytest.param("По-видимому, гематома", ["По-видимому", ",", "гематома"], id="po-vidimomu-one-token"),
        pytest.param("КТ-признаки СДГ", ["КТ-признаки", "СДГ"], id="kt-priznaki-one-token"),
        pytest.param("лобно-теменной", ["лобно-теменной"], id="compound-adjective"),
        pytest.param("гематOма", ["гематOма"], id="token-text-keeps-original-letters"),
        pytest.param("2,5х1,8 см", ["2", ",", "5х1", ",", "8", "см"], id="measurements"),
        pytest.param("слева - справа", ["слева", "-", "справа"], id="spaced-dash-is-punct"),
        pytest.param("", [], id="empty"),
        pytest.param(" \n\t", [], id="whitespace-only"),
    ],
)
def test_tokenize(text: str, expected: list[str]) -> None:
    tokens = tokenize(text)
    assert [t.text for t in tokens] == expected
    for t in tokens:
        assert text[t.start : t.stop] == t.text
        assert t.norm == normalize(t.text)


def test_tokenize_norm_maps_lookalikes() -> None:
    (token,) = tokenize("ГЕМАТOМА")
    assert (token.start, token.stop, token.text, token.norm) == (0, 8, "ГЕМАТOМА", "гематома")


def test_tokenize_window_offsets_index_whole_text() -> None:
    text = "Описание: Острая СДГ слева."
    tokens = tokenize(text, start=10, stop=20)
    assert [(t.start, t.stop, t.text) for t in tokens] == [(10, 16, "Острая"), (17, 20, "СДГ")]


# ---------------------------------------------------------------------------------------------
# sentences: one case per radiology pitfall; "|" marks the expected sentence breaks
# ---------------------------------------------------------------------------------------------


def _split(text: str) -> str:
    return "|".join(text[a:b] for a, b in sentences(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations before a lowercase word do not end a sentence
        pytest.param(
            "Гематома 2 см. в диаметре. Далее норма.",
            "Гематома 2 см. в диаметре.|Далее норма.",
            id="sm-lowercase-follows",
        ),
        pytest.param(
            "Толщина 5 мм. Желудочки не расширены.",
            "Толщина 5 мм.|Желудочки не расширены.",
            id="mm-capital-follows",
        ),
        pytest.param(
            "Толщина 5 мм. по своду. Далее.", "Толщина 5 мм. по своду.|Далее.", id="mm-lowercase-follows"
        ),
        pytest.param(
            "Изменения, т.е. гематома, слева. Далее.",
            "Изменения, т.е. гематома, слева.|Далее.",
            id="t-e-lowercase",
        ),
        pytest.param(
            "Изменения, т.е. СДГ слева. Далее.", "Изменения, т.е. СДГ слева.|Далее.", id="t-e-capital"
        ),
        pytest.param(
            "Срединные структуры не смещены. Закл. СДГ слева.",
            "Срединные структуры не смещены.|Закл.|СДГ слева.",
            id="zakl-header",
        ),
        pytest.param("Плотность 55 ед.Н. Далее норма.", "Плотность 55 ед.Н.|Далее норма.", id="ed-N"),
        pytest.param(
            "Плотность 55 ед. Н, гематома. Далее.", "Плотность 55 ед. Н, гематома.|Далее.", id="ed-space-N"
        ),
        pytest.param(
            "Гематома 2,5х1,8 см. Далее норма.", "Гематома 2,5х1,8 см.|Далее норма.", id="decimal-commas-x"
        ),
        pytest.param("Гематома d=12мм. Далее норма.", "Гематома d=12мм.|Далее норма.", id="d-equals-mm"),
        pytest.param(
            "В сравнении с КТ от 12.03.2023 регресс. Далее.",
            "В сравнении с КТ от 12.03.2023 регресс.|Далее.",
            id="date",
        ),
        pytest.param(
            "Объем 12.5 см3 без динамики. Далее.", "Объем 12.5 см3 без динамики.|Далее.", id="decimal-point"
        ),
        pytest.param(
            "Структуры не смещены.Желудочки расширены.",
            "Структуры не смещены.|Желудочки расширены.",
            id="missing-space-after-period",
        ),
        pytest.param(
            "Структуры не смещены\nЖелудочки расширены",
            "Структуры не смещены|Желудочки расширены",
            id="line-break-before-capital",
        ),
        pytest.param(
            "Структуры не смещены,\nжелудочки расширены",
            "Структуры не смещены,\nжелудочки расширены",
            id="line-break-before-lowercase",
        ),
        pytest.param("Текст\n\nдалее", "Текст|далее", id="empty-line"),
        pytest.param("Текст\n- СДГ слева", "Текст|- СДГ слева", id="bullet-line"),
        pytest.param(
            "Кровь в бороздах (САК?) справа. Далее.",
            "Кровь в бороздах (САК?) справа.|Далее.",
            id="question-in-parentheses",
        ),
        pytest.param("Кровоизлияние? Нет.", "Кровоизлияние?|Нет.", id="question-mark"),
        pytest.param(
            "Заключение: ? СДГ справа. Далее.",
            "Заключение: ? СДГ справа.|Далее.",
            id="question-mark-opening-a-conclusion",
        ),
        pytest.param("Заключение:? СДГ справа.", "Заключение:? СДГ справа.", id="question-mark-after-colon"),
        pytest.param("Гематома!!! Далее...", "Гематома!!!|Далее...", id="punctuation-runs"),
        pytest.param("  Гематома слева.  ", "Гематома слева.", id="trimmed"),
        pytest.param("", "", id="empty"),
    ],
)
def test_sentences(text: str, expected: str) -> None:
    assert _split(text) == expected


def test_sentences_window() -> None:
    text = "Первое. Второе. Третье."
    assert sentences(text, start=8, stop=15) == [(8, 15)]


# ---------------------------------------------------------------------------------------------
# sentence_at agrees with sentences at every word position
# ---------------------------------------------------------------------------------------------

SENTENCE_TEXTS = [
    pytest.param(
        "Описание: Срединные структуры не смещены. В левой лобно-теменной области субдурально "
        "серповидное скопление крови толщиной до 8 мм. Очаговых изменений не выявлено.\n"
        "Заключение: Острая субдуральная гематома слева. Нельзя исключить САК.",
        id="readme-report",
    ),
    pytest.param(
        "Гематома 2 см. в диаметре, т.е. СДГ. Плотность 55 ед.Н. Размер 2,5х1,8 см.Желудочки "
        "не расширены.\nd=12мм. КТ от 12.03.2023 (САК?) регресс. Закл. СДГ.",
        id="abbreviation-soup",
    ),
    pytest.param("ТЕКСТ\n\nВТОРОЙ АБЗАЦ\n- пункт один;\n- пункт два...Далее!? конец", id="lines-and-runs"),
    pytest.param("А.Б.Иванов. 1. Гематома. 2. Отек.", id="initials-and-numbered"),
    pytest.param("Заключение: ? СДГ справа. Закл.: ? САК? Нет.", id="question-marks-after-colons"),
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentence_at_matches_sentences(text: str) -> None:
    spans = sentences(text)
    for tok in tokenize(text):
        containing = [s for s in spans if s[0] <= tok.start < s[1]]
        assert sentence_at(text, tok.start) == containing[0], (tok.text, tok.start)


# ---------------------------------------------------------------------------------------------
# sections
# ---------------------------------------------------------------------------------------------


def _sections(text: str) -> list[tuple[str, str]]:
    return [(s.name, text[s.start : s.stop].strip()) for s in sections(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Описание: Норма. Заключение: СДГ.",
            [("description", "Норма."), ("conclusion", "СДГ.")],
            id="opisanie-zakluchenie",
        ),
        pytest.param(
            "Протокол исследования: Норма.\nЗаключение: СДГ.",
            [("description", "Норма."), ("conclusion", "СДГ.")],
            id="protokol",
        ),
        pytest.param("Протокол: Норма.", [("description", "Норма.")], id="protokol-short"),
        pytest.param(
            "Норма.\nЗАКЛЮЧЕНИЕ: СДГ.",
            [("description", "Норма."), ("conclusion", "СДГ.")],
            id="ZAKLUCHENIE-caps-text-before",
        ),
        pytest.param(
            "Норма. Закл.: СДГ.", [("description", "Норма."), ("conclusion", "СДГ.")], id="zakl-colon"
        ),
        pytest.param(
            "Норма. Закл. СДГ.", [("description", "Норма."), ("conclusion", "СДГ.")], id="zakl-period"
        ),
        pytest.param(
            "Норма.\nЗаключение\nСДГ.",
            [("description", "Норма."), ("conclusion", "СДГ.")],
            id="header-on-own-line",
        ),
        pytest.param(
            "Гематома без заключения в тексте.",
            [("text", "Гематома без заключения в тексте.")],
            id="word-inside-sentence-is-not-header",
        ),
        pytest.param("Без заголовков. Норма.", [("text", "Без заголовков. Норма.")], id="no-header"),
        pytest.param("", [("text", "")], id="empty"),
    ],
)
def test_sections(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sections(text) == expected


def test_sections_default_name_and_header_span() -> None:
    assert sections("Норма.", default="conclusion")[0].name == "conclusion"
    text = "Описание: Норма. Заключение: СДГ."
    assert [text[a:b] for a, b in (s.header for s in sections(text))] == ["Описание:", "Заключение:"]


def test_sections_cover_text_in_order() -> None:
    text = "Вводная.\nОписание: Норма.\nЗаключение: СДГ слева."
    secs = sections(text)
    assert [s.name for s in secs] == ["description", "description", "conclusion"]
    for a, b in itertools.pairwise(secs):
        assert a.stop <= b.start


# ---------------------------------------------------------------------------------------------
# Properties: never raise, offsets always valid, length kept
# ---------------------------------------------------------------------------------------------

REPORTISH = st.lists(st.sampled_from(REPORT_WORDS) | st.text(max_size=4), max_size=40).map(" ".join)
TEXTS = st.text() | REPORTISH


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_normalize_keeps_length(text: str) -> None:
    assert len(normalize(text)) == len(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_tokenize_offsets_slice_original(text: str) -> None:
    last = 0
    for t in tokenize(text):
        assert text[t.start : t.stop] == t.text
        assert t.start >= last and t.stop > t.start
        last = t.stop


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_sentences_are_ordered_trimmed_spans(text: str) -> None:
    last = 0
    for a, b in sentences(text):
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_sentence_at_agrees_with_sentences(text: str) -> None:
    spans = sentences(text)
    for tok in tokenize(text):
        containing = [s for s in spans if s[0] <= tok.start < s[1]]
        assert containing, (text, tok)
        assert sentence_at(text, tok.start) == containing[0]


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_sections_are_valid_spans(text: str) -> None:
    secs = sections(text)
    assert secs
    for s in secs:
        assert 0 <= s.start <= s.stop <= len(text)
        assert s.name in ("description", "conclusion", "text")
