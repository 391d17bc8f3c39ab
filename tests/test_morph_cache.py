"""The learned morphology of a lexicon is kept as a JSON data file and read back to the same state."""

from __future__ import annotations

import json

import pytest

from icheport import load_lexicon, morph_cache
from icheport.lexicon import _morph_for
from icheport.morph import Morph

WORDS = ("гематома", "субдуральный", "кровоизлияние", "желудочек")


def _learned(words=WORDS) -> Morph:
    m = Morph("ru", {})
    for w in words:
        m.learn(w)
    return m


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ICHEPORT_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_restored_morphology_equals_a_learned_one(cache):
    learned = _learned()
    digest = morph_cache.key("ru", (), WORDS)
    morph_cache.store(learned, digest)
    restored = Morph("ru", {})
    assert morph_cache.restore(restored, digest)
    assert dict(restored.cache) == dict(learned.cache)
    assert restored._near == learned._near
    assert restored.lemmas(["гематомы", "субдуральной", "желудочках"]) == learned.lemmas(
        ["гематомы", "субдуральной", "желудочках"]
    )


def test_the_key_changes_with_the_words_and_the_overrides():
    assert morph_cache.key("ru", (), WORDS) != morph_cache.key("ru", (), WORDS[:-1])
    assert morph_cache.key("ru", (), WORDS) != morph_cache.key("ru", (("отек", "отек"),), WORDS)


@pytest.mark.parametrize(
    "content",
    ["not json", json.dumps({"format": 1, "key": "other"}), json.dumps([1, 2])],
    ids=["garbage", "other-key", "wrong-shape"],
)
def test_an_unusable_file_is_ignored(cache, content):
    digest = morph_cache.key("ru", (), WORDS)
    (cache / f"morph-{digest[:32]}.json").write_text(content, encoding="utf-8")
    assert not morph_cache.restore(Morph("ru", {}), digest)


def test_the_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("ICHEPORT_CACHE_DIR", "off")
    assert morph_cache.cache_dir() is None
    assert not morph_cache.restore(Morph("ru", {}), "x")


def test_a_lexicon_loads_the_same_from_the_cache(cache):
    lex = load_lexicon("ru-ich")
    _morph_for.cache_clear()
    first = _morph_for(lex.language, lex.overrides, lex.vocabulary)  # learns, writes the file
    assert list(cache.glob("morph-*.json"))
    _morph_for.cache_clear()
    second = _morph_for(lex.language, lex.overrides, lex.vocabulary)  # reads it back
    words = ["гематомами", "субарахноидального", "кровоизлиениями", "гематомасправа", "эпидур"]
    assert second.lemmas(words) == first.lemmas(words)
    assert second._near == first._near


def test_the_typo_table_is_built_from_the_stored_pairs_only_when_asked(cache):
    learned = _learned()
    digest = morph_cache.key("ru", (), WORDS)
    morph_cache.store(learned, digest)
    restored = Morph("ru", {})
    assert morph_cache.restore(restored, digest)
    assert restored._near_table is None  # nothing built at load
    assert restored._near == learned._near and restored._near
    restored.typos = True
    assert restored.lemma("кровоизлиение") == "кровоизлияние"


def test_the_matchers_anchors_are_kept_and_read_back(cache):
    from icheport.matcher import Matcher

    lex = load_lexicon("ru-ich")
    first = Matcher(lex)
    files = list(cache.glob("anchors-*.json"))
    assert len(files) == 1
    second = Matcher(lex)
    assert second.anchors == first.anchors == first._anchor_stems()
    assert morph_cache.anchors(morph_cache.anchors_key(lex.content_hash)) == first.anchors
    files[0].write_text(json.dumps({"format": morph_cache.FORMAT, "key": "x", "anchors": ["a"]}), "utf-8")
    assert Matcher(lex).anchors == first.anchors  # a file for another key is not used
