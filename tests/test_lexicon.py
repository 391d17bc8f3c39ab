"""icheport.lexicon: the bundled ru-ich lexicon, immutability, content hash, validation errors."""

from __future__ import annotations

import dataclasses
import importlib.resources
import re
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

import icheport
from icheport.lexicon import KEYWORD_CATEGORIES, LANGUAGES, MANIFEST_KEYS, TRIGGER_SECTIONS, LexiconError

# The bundled lexicon where the installed package keeps it (editable or not).
RU_ICH = Path(str(importlib.resources.files("icheport.lexicons") / "ru-ich"))

# ---------------------------------------------------------------------------------------------
# The bundled lexicon
# ---------------------------------------------------------------------------------------------


def test_default_lexicon_loads(lexicon: icheport.Lexicon) -> None:
    assert (lexicon.name, lexicon.language) == ("ru-ich", "ru")
    assert lexicon.version
    assert re.fullmatch(r"[0-9a-f]{64}", lexicon.content_hash)


def test_exactly_63_stop_phrases(lexicon: icheport.Lexicon) -> None:
    assert len(lexicon.stop_phrases) == 63
    assert all(e.kind == "stop" and not e.variant_of for e in lexicon.stop_phrases)


def test_no_duplicate_entries(lexicon: icheport.Lexicon) -> None:
    keys = Counter((e.kind, e.section, e.lemmas) for e in lexicon.entries)
    assert [k for k, n in keys.items() if n > 1] == []


def test_no_duplicate_written_phrases(lexicon: icheport.Lexicon) -> None:
    written = Counter((e.kind, e.section, e.phrase) for e in lexicon.entries if not e.variant_of)
    assert [k for k, n in written.items() if n > 1] == []


def test_every_keyword_category_is_used(lexicon: icheport.Lexicon) -> None:
    used = {c for e in lexicon.select("keyword") for c in e.categories}
    assert set(KEYWORD_CATEGORIES) - used == set()


def test_trigger_sections_are_known(lexicon: icheport.Lexicon) -> None:
    assert {e.section for e in lexicon.select("trigger")} <= set(TRIGGER_SECTIONS)


def test_is_frozen(lexicon: icheport.Lexicon) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        lexicon.name = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        lexicon.entries[0].phrase = "other"  # type: ignore[misc]
    assert isinstance(lexicon.entries, tuple)


def test_is_hashable(lexicon: icheport.Lexicon) -> None:
    assert {lexicon: 1}[lexicon] == 1


def test_fresh_load_is_equal_with_equal_hash(lexicon: icheport.Lexicon) -> None:
    again = icheport.load_lexicon("ru-ich")
    assert again == lexicon
    assert hash(again) == hash(lexicon)
    assert again.content_hash == lexicon.content_hash


def test_folder_copy_has_same_content_hash(lexicon: icheport.Lexicon, tmp_path: Path) -> None:
    folder = shutil.copytree(RU_ICH, tmp_path / "copy")
    copy = icheport.load_lexicon(folder)
    assert copy == lexicon
    assert hash(copy) == hash(lexicon)


def test_provenance(lexicon: icheport.Lexicon) -> None:
    p = lexicon.provenance()
    assert p["name"] == "ru-ich"
    assert p["version"] == lexicon.version
    assert p["content_hash"] == lexicon.content_hash
    assert p["stop_phrases"] == 63


# ---------------------------------------------------------------------------------------------
# Editing a lexicon changes its content hash
# ---------------------------------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(RU_ICH, tmp_path / "lx"))


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "addition"),
    [
        pytest.param("keywords.txt", "[ich]\nкровяной сгусток\n", id="keyword-added"),
        pytest.param("triggers.txt", "[negation.following]\nне просматривается\n", id="trigger-added"),
        pytest.param("lemmas.txt", "гематомка = гематома\n", id="lemma-override-added"),
        pytest.param("keywords.txt", "# a comment only\n", id="comment-added"),
    ],
)
def test_edit_changes_content_hash(
    lexicon: icheport.Lexicon, tmp_path: Path, file: str, addition: str
) -> None:
    folder = _copy(tmp_path)
    _append(folder / file, addition)
    edited = icheport.load_lexicon(folder)
    assert edited.content_hash != lexicon.content_hash
    assert edited != lexicon


# ---------------------------------------------------------------------------------------------
# Validation errors: each builds a copy of ru-ich with one file edited
# ---------------------------------------------------------------------------------------------


def _replace(file: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        p = folder / file
        text = p.read_text(encoding="utf-8")
        assert old in text
        p.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def _prepend(file: str, text: str) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        p = folder / file
        p.write_text(text + p.read_text(encoding="utf-8"), encoding="utf-8")

    return edit


def _append_to(file: str, text: str) -> Callable[[Path], None]:
    return lambda folder: _append(folder / file, text)


def _unlink(file: str) -> Callable[[Path], None]:
    return lambda folder: (folder / file).unlink()


def _write(file: str, text: str) -> Callable[[Path], None]:
    return lambda folder: (folder / file).write_text(text, encoding="utf-8")


def _append_cp1251(file: str, text: str) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        p = folder / file
        p.write_bytes(p.read_bytes() + text.encode("cp1251"))

    return edit


def _lines(file: str) -> int:
    return len((RU_ICH / file).read_text(encoding="utf-8").splitlines())


KW_END = _lines("keywords.txt")
LEMMAS_END = _lines("lemmas.txt")
ABBR_END = _lines("abbreviations.txt")
STOP_END = _lines("stop_phrases.txt")
TRIG_END = _lines("triggers.txt")
KEYWORD_SECTIONS = list(KEYWORD_CATEGORIES)

# (edit, file named, line named or None, words that must appear: what is wrong / the allowed values)
ERRORS = [
    # sections
    pytest.param(
        _append_to("keywords.txt", "[bleeding]\nкровь\n"),
        "keywords.txt",
        KW_END + 1,
        ["bleeding", *KEYWORD_SECTIONS],
        id="unknown-keyword-section",
    ),
    pytest.param(
        _append_to("triggers.txt", "[negation.both]\nнет\n"),
        "triggers.txt",
        TRIG_END + 1,
        ["negation.both", *TRIGGER_SECTIONS],
        id="unknown-trigger-section",
    ),
    pytest.param(
        _append_to("keywords.txt", "[ich+ich]\nкровяной сгусток\n"),
        "keywords.txt",
        KW_END + 1,
        ["ich+ich", *KEYWORD_SECTIONS],
        id="repeated-category-in-joined-section",
    ),
    pytest.param(
        _append_to("stop_phrases.txt", "[stop]\nнорма\n"),
        "stop_phrases.txt",
        STOP_END + 1,
        ["[stop]"],
        id="section-in-sectionless-file",
    ),
    pytest.param(
        _prepend("keywords.txt", "гематома\n"),
        "keywords.txt",
        1,
        ["гематома", *KEYWORD_SECTIONS],
        id="phrase-before-any-section",
    ),
    # duplicates after lemmatization
    pytest.param(
        _append_to("keywords.txt", "[ich]\nкровоизлияния\n"),
        "keywords.txt",
        KW_END + 2,
        ["duplicate", "кровоизлияние"],
        id="duplicate-keyword-inflected",
    ),
    pytest.param(
        _append_to("keywords.txt", "[ich]\nСубдуральные гематомы\n"),
        "keywords.txt",
        KW_END + 2,
        ["duplicate", "субдуральная гематома"],
        id="keyword-in-two-sections",
    ),
    pytest.param(
        _append_to("stop_phrases.txt", "без признаков внутричерепных кровоизлияний\n"),
        "stop_phrases.txt",
        STOP_END + 1,
        ["duplicate", "без признаков внутричерепного кровоизлияния"],
        id="duplicate-stop-phrase-inflected",
    ),
    pytest.param(
        _append_to("triggers.txt", "[negation.preceding]\nБЕЗ\n"),
        "triggers.txt",
        TRIG_END + 2,
        ["duplicate"],
        id="duplicate-trigger-case",
    ),
    # empty / punctuation-only phrases
    pytest.param(
        _append_to("keywords.txt", "[ich]\n...\n"),
        "keywords.txt",
        KW_END + 2,
        ["'...'"],
        id="punctuation-only-keyword",
    ),
    pytest.param(
        _append_to("keywords.txt", "[ich]\n—\n"), "keywords.txt", KW_END + 2, ["—"], id="dash-only-keyword"
    ),
    pytest.param(
        _append_to("stop_phrases.txt", "?!\n"),
        "stop_phrases.txt",
        STOP_END + 1,
        ["?!"],
        id="punctuation-only-stop-phrase",
    ),
    # pair files
    pytest.param(
        _append_to("lemmas.txt", "отеком отек\n"),
        "lemmas.txt",
        LEMMAS_END + 1,
        ["form = lemma", "отеком отек"],
        id="lemma-line-without-equals",
    ),
    pytest.param(
        _append_to("lemmas.txt", "отеком =\n"),
        "lemmas.txt",
        LEMMAS_END + 1,
        ["form = lemma"],
        id="lemma-line-empty-right",
    ),
    pytest.param(
        _append_to("lemmas.txt", "отека отеком = отек\n"),
        "lemmas.txt",
        LEMMAS_END + 1,
        ["one word"],
        id="lemma-line-two-words",
    ),
    pytest.param(
        _append_to("lemmas.txt", "намета = намёт\n"),
        "lemmas.txt",
        LEMMAS_END + 1,
        ["duplicate", "намета"],
        id="lemma-duplicate-override",
    ),
    pytest.param(
        _append_to("abbreviations.txt", "ЦНС\n"),
        "abbreviations.txt",
        ABBR_END + 1,
        ["abbreviation = expansion"],
        id="abbreviation-line-without-equals",
    ),
    # manifest
    pytest.param(
        _append_to("manifest.toml", 'author = "someone"\n'),
        "manifest.toml",
        None,
        ["author", *sorted(MANIFEST_KEYS)],
        id="unknown-manifest-key",
    ),
    pytest.param(
        _replace("manifest.toml", 'language = "ru"', 'language = "de"'),
        "manifest.toml",
        None,
        ["'de'", *LANGUAGES],
        id="unsupported-language",
    ),
    pytest.param(
        _replace("manifest.toml", "format = 1", "format = 2"),
        "manifest.toml",
        None,
        ["format 2"],
        id="unsupported-format",
    ),
    pytest.param(
        _replace("manifest.toml", 'name = "ru-ich"\n', ""),
        "manifest.toml",
        None,
        ["'name'"],
        id="manifest-without-name",
    ),
    pytest.param(
        _replace("manifest.toml", 'name = "ru-ich"', "name = "),
        "manifest.toml",
        None,
        [],
        id="manifest-bad-toml",
    ),
    # files
    pytest.param(
        _unlink("lemmas.txt"),
        "lemmas.txt",
        None,
        ["missing", "manifest.toml", "abbreviations.txt"],
        id="missing-file",
    ),
    pytest.param(
        _write("notes.txt", "заметки\n"),
        "notes.txt",
        None,
        ["unexpected", "keywords.txt"],
        id="unexpected-file",
    ),
    pytest.param(
        _append_cp1251("keywords.txt", "[ich]\nгематомка\n"), "keywords.txt", None, ["UTF-8"], id="bad-utf8"
    ),
]


@pytest.fixture
def make_lexicon(tmp_path: Path) -> Callable[[Callable[[Path], None]], Path]:
    def make(edit: Callable[[Path], None]) -> Path:
        folder = _copy(tmp_path)
        edit(folder)
        return folder

    return make


@pytest.mark.parametrize(("edit", "file", "line", "words"), ERRORS)
def test_load_error_names_file_and_what_is_allowed(make_lexicon, edit, file, line, words) -> None:
    folder = make_lexicon(edit)
    with pytest.raises(LexiconError) as info:
        icheport.load_lexicon(folder)
    message = str(info.value)
    assert file in message
    if line is not None:
        assert f"{file}:{line}:" in message
    for word in words:
        assert word in message


# The line number for errors that concern one line of a file without [sections].
LINE_ERRORS = [
    pytest.param(
        _append_to("manifest.toml", 'author = "someone"\n'),
        "manifest.toml",
        _lines("manifest.toml") + 1,
        id="unknown-manifest-key",
    ),
    pytest.param(
        _replace("manifest.toml", 'language = "ru"', 'language = "de"'),
        "manifest.toml",
        2,
        id="unsupported-language",
    ),
    pytest.param(
        _append_cp1251("keywords.txt", "[ich]\nгематомка\n"), "keywords.txt", KW_END + 2, id="bad-utf8"
    ),
]


@pytest.mark.parametrize(("edit", "file", "line"), LINE_ERRORS)
def test_load_error_names_line(make_lexicon, edit, file, line) -> None:
    folder = make_lexicon(edit)
    with pytest.raises(LexiconError, match=rf"{re.escape(file)}:{line}\b"):
        icheport.load_lexicon(folder)


def test_unknown_lexicon_name_lists_bundled() -> None:
    with pytest.raises(LexiconError, match="ru-ich"):
        icheport.load_lexicon("xx-nothing")


def test_lexicon_error_is_a_value_error() -> None:
    assert issubclass(LexiconError, ValueError)


# ---------------------------------------------------------------------------------------------
# Phrases match every inflection, abbreviations both ways, reversed pairs, lemma overrides
# ---------------------------------------------------------------------------------------------


def _found(matcher: icheport.Matcher, text: str) -> list[tuple[str, str, str]]:
    return [(m.entry, m.text, m.category) for m in matcher.match(text).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an entry written with the expansion matches the abbreviation
        pytest.param(
            "Заключение: САК.",
            [("субарахноидальное кровоизлияние", "САК", "sah")],
            id="expansion-entry-matches-SAK",
        ),
        pytest.param(
            "Заключение: СДГ слева.",
            [("субдуральная гематома", "СДГ", "sdh")],
            id="expansion-entry-matches-SDG",
        ),
        pytest.param(
            "Заключение: тСАК.",
            [("травматическое субарахноидальное кровоизлияние", "тСАК", "sah")],
            id="expansion-entry-matches-tSAK",
        ),
        # an entry written with the abbreviation matches the expansion
        pytest.param(
            "Острое нарушение мозгового кровообращения по геморрагическому типу.",
            [
                (
                    "ОНМК по геморрагическому типу",
                    "Острое нарушение мозгового кровообращения по геморрагическому типу",
                    "ich",
                )
            ],
            id="abbreviation-entry-matches-expansion",
        ),
        pytest.param(
            "ОНМК по геморрагическому типу.",
            [("ОНМК по геморрагическому типу", "ОНМК по геморрагическому типу", "ich")],
            id="abbreviation-entry-matches-abbreviation",
        ),
        # two-word keywords match reversed, in any inflection
        pytest.param(
            "Гематома субдуральная слева.",
            [("субдуральная гематома", "Гематома субдуральная", "sdh")],
            id="reversed-pair",
        ),
        pytest.param(
            "Гематомы эпидуральной нет.",
            [("эпидуральная гематома", "Гематомы эпидуральной", "edh")],
            id="reversed-pair-inflected",
        ),
        # lemma overrides: pymorphy3's top parse is wrong for these
        pytest.param(
            "Признаки субдуральной гематомы.",
            [("субдуральная гематома", "субдуральной гематомы", "sdh")],
            id="override-subduralnoi",
        ),
        pytest.param("Отёк мозга.", [("отек", "Отёк", "signal")], id="override-otyok"),
        pytest.param("С отёком.", [("отек", "отёком", "signal")], id="otyok-inflected"),
    ],
)
def test_phrase_variants_match(matcher: icheport.Matcher, text: str, expected: list) -> None:
    assert _found(matcher, text) == expected


def test_abbreviation_variants_are_recorded(lexicon: icheport.Lexicon) -> None:
    derived = {e.lemmas: e.variant_of for e in lexicon.select("keyword") if e.variant_of}
    assert derived[("сак",)] == "субарахноидальное кровоизлияние"


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        pytest.param("субдуральной", "субдуральный", id="subduralnoi"),
        pytest.param("отек", "отек", id="otek"),
        pytest.param("отеком", "отек", id="otekom"),
        pytest.param("аневризмы", "аневризма", id="anevrizmy"),
    ],
)
def test_lemma_overrides(matcher: icheport.Matcher, word: str, lemma: str) -> None:
    assert matcher.morph.lemma(word) == lemma


def test_reorder_pairs_can_be_switched_off(make_lexicon, matcher: icheport.Matcher) -> None:
    folder = make_lexicon(_replace("manifest.toml", "reorder_pairs = true", "reorder_pairs = false"))
    off = icheport.Matcher(icheport.load_lexicon(folder))
    text = "Гематома субдуральная слева."
    # without the reversed variant only the generic "гематома" matches (its subtype comes from the site word)
    assert [(m.entry, m.text) for m in off.match(text).mentions] == [("гематома", "Гематома")]
    assert [(m.entry, m.text) for m in matcher.match(text).mentions] == [
        ("субдуральная гематома", "Гематома субдуральная")
    ]


# ---------------------------------------------------------------------------------------------
# Typos: an unknown word one edit away from a lexicon word form reads as that word (Russian)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        pytest.param("кровоизлиение", "кровоизлияние", id="letter-replaced"),
        pytest.param("гематомма", "гематома", id="letter-doubled"),
        pytest.param("кровоизлияни", "кровоизлияние", id="letter-missing"),
        pytest.param("субдуарльная", "субдуральный", id="letters-swapped"),
        pytest.param("кровоизлиянием", "кровоизлияние", id="known-form-unchanged"),
        pytest.param("гемангиома", "гемангиома", id="known-word-never-corrected"),
        pytest.param("гематомаа", "гематома", id="extra-letter-at-end"),
    ],
)
def test_typos_of_lexicon_words(matcher: icheport.Matcher, word: str, lemma: str) -> None:
    assert matcher.morph.lemma(word) == lemma


def test_short_words_are_not_corrected(matcher: icheport.Matcher) -> None:
    assert matcher.morph.lemma("сгусок") != "сгусток"  # six letters: too many real neighbours


def test_typo_matches_like_the_word_it_misspells(matcher: icheport.Matcher) -> None:
    report = matcher.match("Субдуральная гематомма справа толщиной 5 мм.")
    assert (report.ich, report.sdh) == (1, 1)
    assert report.mentions[0].text == "Субдуральная гематомма"


def test_english_has_no_typo_correction() -> None:
    m = icheport.Matcher("en-ich")
    assert not m.morph.typos
    assert m.match("Subdural hematomma.").ich == 0
