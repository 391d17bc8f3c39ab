"""The scope rules on their own: a Scope built by hand from one sentence's tokens and phrases, no matcher."""

from __future__ import annotations

import pytest

import icheport
from icheport import text
from icheport.lexicon import build_morph
from icheport.scope import Hit, Hits, Scope, ScopeLexicon


@pytest.fixture(scope="module")
def english():
    lexicon = icheport.load_lexicon("en-ich")
    return lexicon, ScopeLexicon.of(lexicon, build_morph(lexicon))


def _scope(english, sentence: str, phrases: list[tuple[str, str, int]]) -> Scope:
    """A Scope for ``sentence`` with the given lexicon phrases, each as (section, phrase, first token)."""
    lexicon, lex = english
    starts, ends, words = text.token_offsets(sentence)
    targets, mods = [], []
    for section, phrase, i in phrases:
        entry = next(e for e in lexicon.entries if e.section == section and e.phrase == phrase)
        hit = Hit(entry, i, i + len(phrase.split()))
        (targets if entry.kind == "keyword" else mods).append(hit)
    context = [h for h in mods if not h.entry.section.startswith(("site.", "side."))]
    return Scope(lex, starts, ends, words, Hits(targets, [], mods, context))


def test_a_preceding_negation_reaches_its_mention(english):
    scope = _scope(english, "No blood in the sulci.", [("negation.preceding", "no", 0), ("ich", "blood", 1)])
    scope.decide(scope.targets[0])
    (decided,) = scope.mentions
    assert decided.status == "negated"
    assert decided.trigger == ("negation.preceding", "no", 0, 2)


def test_a_terminator_stops_the_negation(english):
    scope = _scope(
        english,
        "No mass effect but blood.",
        [("negation.preceding", "no", 0), ("terminator", "but", 3), ("ich", "blood", 4)],
    )
    assert not scope.reaches(scope.mods[0], scope.targets[0], "preceding", 15, commas_stop=False)
    scope.decide(scope.targets[0])
    assert [d.status for d in scope.mentions] == ["present"]


def test_a_generic_mention_takes_its_subtype_and_side_from_its_clause(english):
    scope = _scope(
        english,
        "Blood in the left sulci.",
        [("ich", "blood", 0), ("side.left", "left", 3), ("site.sah", "sulcus", 4)],
    )
    scope.decide(scope.targets[0])
    (decided,) = scope.mentions
    assert (decided.categories, decided.status) == (("sah",), "present")
    assert decided.site is not None and decided.site[0] == "site.sah"
    assert decided.side is not None and decided.side[0] == "side.left"
