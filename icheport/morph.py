"""Morphology: one lemma per normalized word, cached, with a domain override table.

Russian goes through pymorphy3 (the maintained, API-compatible fork of pymorphy2, which no longer runs on
Python >= 3.11). Its top parse is wrong for a few medical words (субдуральной → "субдуральна",
отёк → "отечь"); a lexicon's ``lemmas.txt`` corrects them, and :meth:`Morph.learn` makes every inflected
form of a lexicon word map to the lexicon's lemma. English uses NLTK's Snowball stemmer, which needs no
downloaded data.

Lemmas are cached per word (uncached pymorphy3 runs ~50k words/s, a dict hit ~20M/s). A lexicon's Morph is
built once per process (``icheport.lexicon.build_morph``), so a pickled matcher rebuilds it cheaply.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

__all__ = ["Morph"]

# Parts of speech whose paradigms :meth:`Morph.learn` may align (not prepositions, particles...).
_INFLECTING = frozenset({"NOUN", "ADJF", "ADJS", "COMP", "PRTF", "PRTS", "VERB", "INFN", "GRND"})


@functools.cache
def _pymorphy():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.cache
def _snowball():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


class _Cache(dict):
    """word → lemma; computes and stores a missing word."""

    __slots__ = ("_compute",)

    def __init__(self, compute):
        super().__init__()
        self._compute = compute

    def __missing__(self, word: str) -> str:
        lemma = self._compute(word)
        self[word] = lemma
        return lemma


# Only words this long are read as typos of lexicon words (short words have too many neighbours).
_TYPO_MIN_LENGTH = 7


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


class Morph:
    """Lemmatizer for one language with a per-word cache and overrides (normalized word → lemma)."""

    def __init__(self, language: str, overrides: Mapping[str, str] | None = None):
        if language not in ("ru", "en"):
            raise ValueError(f"unsupported language {language!r}; supported: 'ru', 'en'")
        self.language = language
        self.overrides = dict(overrides or {})
        self._cases: dict[str, frozenset[str]] = {}
        self._plural: dict[str, bool] = {}
        # Typo tolerance (Russian): the lexicon word forms learned, as (form, lemma) pairs, and the table of
        # those forms and their one-letter deletions → lemmas (see _typo), built when first asked.
        self.near_pairs: list[tuple[str, str]] = []
        self._near_table: dict[str, set[str]] | None = None
        self.typos = False
        self.cache = _Cache(self._compute)
        self.cache.update(self.overrides)
        self.lemma = self.cache.__getitem__

    def _compute(self, word: str) -> str:
        if not word[:1].isalpha() or any(c.isdigit() for c in word):
            return word
        if self.language == "en":
            return _snowball().stem(word)
        try:
            lemma = _pymorphy().parse(word)[0].normal_form.replace("ё", "е")
        except ValueError:  # pymorphy3 asks unicodedata.name() of every letter; some letters have none
            return word
        if (
            self.typos
            and len(word) >= _TYPO_MIN_LENGTH
            and word.isalpha()
            and not _pymorphy().word_is_known(word)
        ):
            return self._typo(word) or self._glued(word) or lemma
        return lemma

    def _glued(self, word: str) -> str | None:
        """The lexicon lemma of a lexicon word form glued to a known word ("гематомасправа"), if any."""
        for k in range(len(word) - 2, 3, -1):
            left, right = word[:k], word[k:]
            lemmas = self._near.get(left)
            if (
                lemmas
                and len(lemmas) == 1
                and self.cache[left] in lemmas
                and _pymorphy().word_is_known(right)
            ):
                return next(iter(lemmas))
        return None

    def _typo(self, word: str) -> str | None:
        """The lexicon lemma of a word one edit (a letter missing, extra, replaced or two swapped) away
        from a lexicon word form ("кровоизлиение", "гематомма", "кровоизлияни"), if exactly one lemma is."""
        found = set(self._near.get(word, ()))
        for d in _deletions(word):
            found |= self._near.get(d, set())
        return found.pop() if len(found) == 1 else None

    @property
    def _near(self) -> dict[str, set[str]]:
        if self._near_table is None:
            table: dict[str, set[str]] = {}
            for form, lemma in self.near_pairs:
                for key in (form, *_deletions(form)):
                    table.setdefault(key, set()).add(lemma)
            self._near_table = table
        return self._near_table

    def _remember_near(self, form: str, lemma: str) -> None:
        if len(form) >= _TYPO_MIN_LENGTH and form.isalpha():
            self.near_pairs.append((form, lemma))
            self._near_table = None

    def lemmas(self, words: Iterable[str]) -> list[str]:
        return list(map(self.cache.__getitem__, words))

    def cases(self, word: str) -> frozenset[str]:
        """Grammatical cases the word form can have (Russian; empty for English and unknown words)."""
        got = self._cases.get(word)
        if got is None:
            got = frozenset()
            if self.language == "ru" and word[:1].isalpha():
                try:
                    got = frozenset(p.tag.case for p in _pymorphy().parse(word) if p.tag.case is not None)
                except ValueError:
                    got = frozenset()
            self._cases[word] = got
        return got

    def only_plural(self, word: str) -> bool:
        """Whether every reading of the word form is plural ("долях", "полушариях"; not "доли", which may be
        singular); for English, a plural ending ("lobes")."""
        got = self._plural.get(word)
        if got is None:
            got = False
            if self.language == "en":
                got = word.endswith("s") and not word.endswith(("ss", "us", "is"))  # "lobes", "hemispheres"
            elif word[:1].isalpha():
                parses = _pymorphy().parse(word)
                got = bool(parses) and all(p.tag.number == "plur" for p in parses)
                if got and self.typos and parses[0].normal_form.replace("ё", "е") != self.cache[word]:
                    got = False  # a typo read as a lexicon word ("кровоизлиянние"): the guessed number is no evidence
            self._plural[word] = got
        return got

    def forms(self, word: str) -> tuple[str, frozenset[str]]:
        """The lemma of ``word`` and the normalized forms of its paradigm that share that lemma's parse.

        For English, the paradigm is just the word (stems cover inflection).
        """
        lemma = self.lemma(word)
        if self.language == "en" or not word[:1].isalpha():
            return lemma, frozenset({word})
        parses = _pymorphy().parse(word)
        chosen = next((p for p in parses if p.normal_form.replace("ё", "е") == lemma), None)
        if chosen is None or str(chosen.tag.POS) not in _INFLECTING:
            return lemma, frozenset({word})
        # Comparatives ("двояковыпуклее", "поострее") would shorten the stem shared by the paradigm.
        forms = {f.word.replace("ё", "е") for f in chosen.lexeme if "COMP" not in f.tag}
        forms.add(word)
        return lemma, frozenset(forms)

    def learn(self, word: str) -> frozenset[str]:
        """Make every form of ``word``'s paradigm lemmatize to ``word``'s lemma; return the forms."""
        lemma, forms = self.forms(word)
        for form in forms:
            if form not in self.overrides and self.cache[form] != lemma:
                self.cache[form] = lemma
            if self.language == "ru":
                self._remember_near(form, self.cache[form])
        return forms
