"""Scope resolution: ConText-style rules that decide, within one sentence, what each keyword mention says.

The matcher reads a sentence into tokens and finds the lexicon's phrases in it as token spans (:class:`Hit`):
keyword mentions, stop phrases and triggers. A :class:`Scope` holds that one sentence's state and answers the
questions the rules ask about a mention: does this trigger reach it (word limits, commas, semicolons,
terminators, brackets), which site word places it, is it in several places, on which side. Nothing here
looks beyond the sentence, so what it decides is a pure function of the sentence text.

Word limits count words only (punctuation is free); the limits and the language's word lists come from the
lexicon (:class:`icheport.lexicon.Rules`), so this module holds no word of any language.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from . import text as _text
from .lexicon import HEMORRHAGE_CATEGORIES, SENTENCE_CAUSES, TRIGGER_SECTIONS, Entry, Lexicon, Rules

if TYPE_CHECKING:
    from .morph import Morph

__all__ = [
    "CONTEXT_SECTIONS",
    "Around",
    "Decided",
    "Hit",
    "Hits",
    "Reach",
    "Scope",
    "ScopeLexicon",
    "Site",
    "Spec",
]

# A mention affected by several kinds of trigger takes the first status in this order; a referral
# question ("направлен с подозрением на ВЧК") reads as uncertain but never makes the report unclear.
# A hedge word outranks an instruction-like referral at a sentence start ("Исключить кровоизлияние ... не
# представляется возможным"), which outranks a bare question mark ("Исключить ВЧГ?": the "?" is the referral's).
PRECEDENCE = ("extracranial", "negated", "resolved", "referral", "uncertain", "referral.initial", "question")
STATUS_OF = {
    "negation": "negated",
    "uncertain": "uncertain",
    "resolved": "resolved",
    "referral": "uncertain",
    "referral.initial": "uncertain",
    "question": "uncertain",
}
_CONTEXT_GROUPS = ("negation", "uncertain", "resolved", "pseudo", "terminator", "exception", "referral")
CONTEXT_SECTIONS = frozenset(s for s in TRIGGER_SECTIONS if s.partition(".")[0] in _CONTEXT_GROUPS)
# The hemorrhage subtypes (every hemorrhage category but the generic "ich").
SUBTYPE_SET = frozenset(HEMORRHAGE_CATEGORIES) - {"ich"}
# Keyword sections whose lesion can hold blood ("кровоизлияние в метастаз", "инфаркт с геморрагическим пропитыванием").
HOST_SECTIONS = frozenset(("cause", *SENTENCE_CAUSES))
# Mentions a second space can join ("и в рогах").
SPACE_TAKERS = frozenset(("ich", "sah", "ivh", "sdh", "edh"))


class Hit(NamedTuple):
    """A lexicon phrase found in a sentence: its entry and the tokens it covers, ``i`` to ``j``."""

    entry: Entry
    i: int  # first token
    j: int  # one past the last token


Spec = tuple[str, str, int, int]  # (kind, entry, start, stop) relative to the sentence


class Hits(NamedTuple):
    """The phrases found in one sentence: the keyword mentions to decide (``targets``), the stop phrases,
    the other triggers (``mods``: not overlapping a mention) and, among those, the context triggers."""

    targets: list[Hit]
    stops: list[Hit]
    mods: list[Hit]
    context: list[Hit]


class Site(NamedTuple):
    """A site word that may place a generic mention or a dense area: how far it stands from the mention (the
    nearest wins), the word, the space it names ("iph", "sah", ...: its section after "site.") and whether it
    comes before the mention."""

    distance: int
    hit: Hit
    space: str
    before: bool


class Reach(NamedTuple):
    """How one context trigger reaches: its key in :data:`PRECEDENCE`, the status it gives, the direction
    it looks in, how many words it reaches, whether a comma stops it, and whether it is a "?"."""

    hit: Hit
    key: str
    status: str
    direction: str
    limit: int
    commas_stop: bool
    question: bool


class Around(NamedTuple):
    """The words near a mention that qualify it: a body-site word that puts it outside the skull, a
    multiplicity word, and the site words that may place it (only for a generic mention or a dense area)."""

    extracranial: Hit | None
    multiple: Hit | None
    sites: list[Site]


class Decided(NamedTuple):
    """What the rules decided about one mention, offsets relative to the sentence: its categories (the
    subtype first), the lexicon phrase as written (a derived variant gives the phrase it came from) and its
    file:line, the mention's span, its status, and the words behind the decision as specs: the trigger that
    set the status, the site that gave the subtype, a multiplicity word, and the side word of a present
    hemorrhage."""

    categories: tuple[str, ...]
    entry: str
    source: str
    start: int
    stop: int
    status: str
    trigger: Spec | None
    site: Spec | None
    multiple: Spec | None
    side: Spec | None


@dataclass(frozen=True, slots=True)
class ScopeLexicon:
    """What the scope rules need from a lexicon, prepared once per matcher: the limits and word lists, the
    morphology (cases and plural-only forms), the abbreviations, the joining words ("и" + "в"), and the
    lemmas of host lesions, of plural-only sites, of [residual] words and of
    [contusion] words."""

    rules: Rules
    morph: Morph
    abbreviations: frozenset[str]
    join: dict[str, frozenset[str]]
    hosts: frozenset[tuple[str, ...]]
    plural_sites: frozenset[tuple[str, ...]]
    residual: frozenset[str]
    contusions: frozenset[tuple[str, ...]]
    one_bleed_parts: frozenset[str]
    effect_words: frozenset[str]
    effect_after_words: frozenset[str]
    parenthetical_openers: frozenset[str]
    collections: frozenset[str]
    blood_words: frozenset[str]
    outside_brain: frozenset[str]
    elsewhere: frozenset[str]
    denials: tuple[tuple[str, ...], ...]
    recommendations: frozenset[str]
    conditions: frozenset[str]
    comparisons: tuple[tuple[str, ...], ...]
    # one-word lemmas of the [site.edh] / [site.sdh] words, to their subtype: a dense collection named with
    # one of them ("subdural collection") lies in that space, not in brain tissue
    spaces: dict[str, str]

    @classmethod
    def of(cls, lexicon: Lexicon, morph: Morph) -> ScopeLexicon:
        return cls(
            rules=lexicon.rules,
            morph=morph,
            abbreviations=frozenset(a for a, _ in lexicon.abbreviations),
            join={word: frozenset(after) for word, after in lexicon.rules.join},
            hosts=frozenset(e.lemmas for e in lexicon.entries if e.section == "host"),
            plural_sites=frozenset(e.lemmas for e in lexicon.entries if e.section == "multiplicity.plural"),
            residual=frozenset(x for e in lexicon.entries if e.section == "residual" for x in e.lemmas),
            contusions=frozenset(e.lemmas for e in lexicon.entries if e.section == "contusion"),
            one_bleed_parts=frozenset(lexicon.rules.one_bleed_parts),
            effect_words=frozenset(morph.cache[w] for w in lexicon.rules.effect_words),
            effect_after_words=frozenset(morph.cache[w] for w in lexicon.rules.effect_after_words),
            parenthetical_openers=frozenset(morph.cache[w] for w in lexicon.rules.parenthetical_openers),
            collections=frozenset(lexicon.rules.collection_words),
            blood_words=frozenset(
                e.lemmas[0]
                for e in lexicon.entries
                if e.section == "ich" and e.kind == "keyword" and len(e.lemmas) == 1
            ),
            outside_brain=frozenset(morph.cache[w] for w in lexicon.rules.outside_brain_words),
            elsewhere=frozenset(morph.cache[w] for w in lexicon.rules.elsewhere_words),
            denials=tuple(tuple(p.split()) for p in lexicon.rules.denial_words),
            recommendations=frozenset(morph.cache[w] for w in lexicon.rules.recommendation_words),
            conditions=frozenset(morph.cache[w] for w in lexicon.rules.condition_words),
            comparisons=tuple(
                tuple(morph.cache[w] for w in p.split()) for p in lexicon.rules.comparison_words
            ),
            spaces={
                e.lemmas[0]: e.section[5:]
                for e in lexicon.entries
                if e.section in ("site.edh", "site.sdh") and len(e.lemmas) == 1
            },
        )


# The trigger a year after a finding stands for (see Scope.dated).
_YEAR = Entry("trigger", "resolved.following", "<year>", ("<year>",), "scope.py: a year after the finding")
# The trigger a denial opening a clause stands for (see Scope.denied).
_DENIAL = Entry("trigger", "negation.preceding", "<denial>", ("<denial>",), "rules.toml: denial_words")
_CLOSING_DENIAL = Entry(
    "trigger", "negation.following", "<denial>", ("<denial>",), "rules.toml: denial_words"
)
# What a denial phrase follows when it opens a clause.
_CLAUSE_OPENERS = frozenset({",", "-", "—", ":", "("})


@functools.cache
def _context_kind(section: str) -> tuple[str, str, str | None]:
    """A context trigger's section as (group, direction, status it gives or None): "negation.preceding" ->
    ("negation", "preceding", "negated"); worked out once per section."""
    group, _, direction = section.partition(".")
    return group, direction, STATUS_OF.get(group)


@functools.cache
def _as_hedge(entry: Entry) -> Entry:
    """A [referral] phrase read as a hedge (see :meth:`Scope.recommended`)."""
    return Entry(
        entry.kind, "uncertain.bidirectional", entry.phrase, entry.lemmas, entry.source, entry.comment
    )


def between(h: Hit, m: Hit) -> tuple[int, int]:
    """The tokens between two hits, whichever comes first."""
    return (h.j, m.i) if h.j <= m.i else (m.j, h.i)


def any_between(positions: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of token positions has one in ``lo <= k < hi`` (a binary search)."""
    k = bisect_left(positions, lo)
    return k < len(positions) and positions[k] < hi


def bracket_spans(words: list[str]) -> list[tuple[int, int]]:
    """(index of "(", index of its ")" or the sentence end) for every bracket of a sentence's tokens."""
    spans, stack = [], []
    for k, w in enumerate(words):
        if w == "(":
            stack.append(k)
        elif w == ")" and stack:
            spans.append((stack.pop(), k))
    spans.extend((k, len(words)) for k in stack)
    return spans


def site_categories(sites: list[Site]) -> tuple[tuple[str, ...], Hit]:
    """The subtype(s) a generic mention takes from the site words around it.

    The nearest site wins, with two refinements: a space named before a lobe that qualifies it ("в
    бороздах левой теменной доли ... кровь") wins over the lobe; sites of two different extra-axial or
    ventricular spaces ("не только в цистернах, но и в задних рогах желудочков") give both subtypes.
    """
    sites.sort(key=lambda s: s[0])
    spaces = [s for s in sites if s[2] != "iph"]
    kinds = list(dict.fromkeys(s[2] for s in spaces))
    if len(kinds) >= 2 and set(kinds) != {"sah", "sdh"}:
        return tuple(kinds), spaces[0][1]
    if kinds and set(kinds) == {"sah", "sdh"}:
        # "по конвекситальной поверхности ... субдурально ... скопление": both describe the surface of the
        # brain; the nearer word decides
        return (spaces[0][2],), spaces[0][1]
    nearest = sites[0]
    if nearest[2] == "iph" and nearest[3]:
        earlier = [s for s in spaces if s[3] and s[1].j <= nearest[1].i]
        if earlier:
            return (earlier[0][2],), earlier[0][1]
    return (nearest[2],), nearest[1]


class Scope:
    """One sentence's tokens and phrases, the checks the rules make on them, and the mentions decided so far.

    Built once per sentence that has keyword mentions; :meth:`decide` is then called on each mention in text
    order and appends what it concludes to :attr:`mentions` (a later mention may look back at earlier ones).
    Positions are token indexes; ``nwords[k]`` counts the words (not punctuation) before token ``k``, so word
    limits are differences of it. Commas, semicolons (``barrier``), dashes and colons, and brackets are
    listed once, as are the terminators and exceptions among the context triggers.
    """

    __slots__ = (
        "_place_tokens",
        "barrier",
        "brackets",
        "commas",
        "context",
        "dashes",
        "ends",
        "exceptions",
        "findings",
        "host",
        "lex",
        "limits",
        "mentions",
        "mods",
        "nwords",
        "previous",
        "reach",
        "sided",
        "starts",
        "stop_hits",
        "stops",
        "targets",
        "terminators",
        "words",
    )

    def __init__(self, lex: ScopeLexicon, starts: list[int], ends: list[int], words: list[str], hits: Hits):
        self.lex = lex
        self.limits = lex.rules
        self.starts = starts
        self.ends = ends
        self.words = words
        self.targets, self.stop_hits, mods, context = hits
        self.mods = mods
        self.context = context
        self.terminators = [h.i for h in context if h.entry.section == "terminator"] if context else []
        self.exceptions = [h for h in context if h.entry.section == "exception"] if context else []
        present = set(words)  # to look the punctuation marks up once each
        self.barrier = [i for i, w in enumerate(words) if w == ";"] if ";" in present else []
        self.commas = [i for i, w in enumerate(words) if w == ","] if "," in present else []
        if self.terminators and self.commas:
            # "Кровь, выявленная при поступлении, не определяется": a participle opening a clause set off by
            # commas describes the finding and ends no scope
            self.terminators = [t for t in self.terminators if not self.opens_parenthesis(t)]
        # a dash set off by a space ("без масс-эффекта — ГТ"), not a hanging hyphen ("внутри- или внеосевых"),
        # or a colon ("no space-occupying effect: HI-1 transformation") opens a new statement
        self.dashes = (
            [i for i, w in enumerate(words) if w == ":" or (w == "-" and (i == 0 or starts[i] > ends[i - 1]))]
            if "-" in present or ":" in present
            else []
        )
        self.nwords = list(accumulate(map(str.isalnum, map(itemgetter(0), words)), initial=0))
        self.brackets = bracket_spans(words) if "(" in present else []
        self.findings = [t for t in self.targets if t.entry.section != "signal"]
        self.host = -1  # where the first host lesion stands, found when first asked (see first_host)
        self._place_tokens: frozenset[int] | None = None  # tokens of place words (see place_tokens)
        self.sided = [h for h in mods if h.entry.section.startswith("side.")] if mods else []
        self.stops = tuple([self.spec(h, "stop") for h in self.stop_hits]) if self.stop_hits else ()
        self.reach = self.context_reach() if context else []
        self.mentions: list[Decided] = []
        self.previous: Hit | None = None  # the last finding decided (a signal word is none)

    def spec(self, h: Hit, kind: str | None = None) -> Spec:
        """A hit as the sentence's result keeps it: (kind, phrase, start, stop), offsets in characters."""
        return (kind or h.entry.section, h.entry.phrase, self.starts[h.i], self.ends[h.j - 1])

    # -- how far a word reaches -------------------------------------------------------------------

    def reaches(
        self, h: Hit, m: Hit, direction: str, limit: int, *, commas_stop: bool, terminators_stop: bool = True
    ) -> bool:
        """Whether trigger ``h`` looking in ``direction`` reaches mention ``m``: within ``limit`` words, with no
        semicolon between them, nor a terminator (unless told) or a comma (if told)."""
        if h.j <= m.i:
            if direction != "preceding" and direction != "bidirectional":
                return False
            lo, hi = h.j, m.i
        elif m.j <= h.i:
            if direction != "following" and direction != "bidirectional":
                return False
            lo, hi = m.j, h.i
        else:
            return False
        nwords = self.nwords
        if nwords[hi] - nwords[lo] > limit:
            return False
        barrier = self.barrier
        if barrier and any_between(barrier, lo, hi):
            return False
        terminators = self.terminators
        if terminators_stop and terminators and any(lo <= t < hi for t in terminators):
            return False
        commas = self.commas
        return not (commas_stop and commas and any_between(commas, lo, hi))

    def confined(self, h: Hit, m: Hit, question: bool = False) -> bool:
        """A trigger inside brackets speaks only inside them: "(состояние после биопсии) — гематома". A question
        mark in brackets still asks about what comes before them ("содержимое в бороздах (САК?)", "гематома
        (?)"), not about what follows ("(глиобластома? метастаз?) с кровоизлиянием")."""
        return any(
            a < h.i and h.j <= b and not (a < m.i and m.j <= b) and not (question and m.j <= a)
            for a, b in self.brackets
        )

    def genitive_ok(self, m: Hit, forward: bool) -> bool:
        """Across a comma a negation reaches list items: genitive nouns ("кровоизлияний"), an
        accusative after "за" ("данных за ВЧК, объемное образование ... не получено"), or any item of
        a bracketed list that spells out what is negated ("патологии (кровоизлияние, ишемия) не
        получено")."""
        words, morph = self.words, self.lex.morph
        ok = {"gent", "gen2"} | ({"accs"} if forward else set())
        if m.i > 0 and words[m.i - 1] in self.limits.genitive_prepositions:
            return True
        if any(a < m.i and m.j <= b for a, b in self.brackets):
            return True
        before = [c for c in self.commas if c < m.i]
        if (
            before
            and before[-1] + 1 < m.i
            and words[before[-1] + 1][:1].isalpha()
            and morph.cases(words[before[-1] + 1]) & {"gent", "gen2"}
        ):
            return True  # a genitive clause set off by commas: "очагов, подозрительных на кровоизлияние, нет"
        abbreviations = self.lex.abbreviations
        for w in words[m.i : m.j]:
            if not w[:1].isalpha() or w in abbreviations:
                return True
            cases = morph.cases(w)
            if not cases or cases & ok:
                return True
        return False

    def exempt(self, m: Hit) -> bool:
        """After "кроме" / "за исключением", up to the next comma, negation does not apply."""
        nwords, commas, site_scope = self.nwords, self.commas, self.limits.site
        return any(
            h.j <= m.i and nwords[m.i] - nwords[h.j] <= site_scope and not any(h.j <= c < m.i for c in commas)
            for h in self.exceptions
        )

    # -- where a question mark or referral stands --------------------------------------------------

    def closes_sentence(self, h: Hit) -> bool:
        """Only punctuation after the trigger."""
        return all(not w[:1].isalnum() for w in self.words[h.j :])

    def glued_before(self, h: Hit) -> bool:
        """A "?" that asks about what follows: written onto the next word ("?small SAH"), opening a clause
        after a dash, colon, comma or bracket ("hyperdense area - ? haemorrhagic contusion", "(? blood)"), or
        going on in lower case ("hyperdensity in the sulci? early subarachnoid haemorrhage")."""
        words, starts, ends = self.words, self.starts, self.ends
        if h.j >= len(words):
            return False
        if h.i > 0 and words[h.i - 1] in ("-", ":", ",", "("):
            return True
        if words[h.j][:1].islower():
            return True
        return starts[h.j] == ends[h.j - 1] and (h.i == 0 or starts[h.i] > ends[h.i - 1])

    def recommended(self, h: Hit) -> bool:
        """A recommendation word (rules.toml ``recommendation_words``) earlier in the sentence, within the
        context scope and no semicolon between: "рекомендована МРТ для исключения изоденсной СДГ", "MRI is
        recommended to exclude a small contusion" ask this study's question, as a hedge does; not after a
        condition word (rules.toml ``condition_words``: "if symptoms persist, recommend MRI to evaluate for ...")."""
        recommendations = self.lex.recommendations
        if not recommendations:
            return False
        words, lemma, nwords = self.words, self.lex.morph.cache, self.nwords
        for k in range(h.i):
            if lemma[words[k]] in self.lex.conditions:
                return False
            if (
                lemma[words[k]] in recommendations
                and nwords[h.i] - nwords[k] <= self.limits.max_scope
                and not any_between(self.barrier, k, h.i)
            ):
                return True
        return False

    def opens_sentence(self, h: Hit) -> bool:
        """Only punctuation and section headers before the trigger ("Заключение: Исключить ВЧГ")."""
        return all(not w[:1].isalnum() or w in _text.HEADER_WORDS for w in self.words[: h.i])

    def context_reach(self) -> list[Reach]:
        """How far each context trigger of the sentence reaches, worked out once for all its mentions.

        A referral reaches both ways (an instruction-like one only at the sentence start); a "?" reaches the
        word or two before it, or the clause it opens or closes.
        """
        limits = self.limits
        max_scope = limits.max_scope
        words = self.words
        reach = []
        for h in self.context:
            group, direction, status = _context_kind(h.entry.section)
            if status is None:
                continue
            question = h.entry.lemmas == ("?",)
            if group == "referral":
                if direction == "initial" and not self.opens_sentence(h):
                    continue
                key, direction = h.entry.section, "bidirectional"
                if self.recommended(h):
                    h, key, status = (
                        tuple.__new__(Hit, (_as_hedge(h.entry), h.i, h.j)),
                        "uncertain",
                        "uncertain",
                    )
            else:
                key = "question" if question else status
            if question and direction == "following" and self.glued_before(h):
                direction = "bidirectional"
                if h.j < len(words) and self.starts[h.j] == self.ends[h.j - 1]:
                    # "?thin left tentorial SDH": a question mark written onto the next word asks about the
                    # clause it opens (and still about the word or two before it)
                    reach.append(Reach(h, key, status, "preceding", max_scope, True, question))
            if question and h.j < len(words) and self.opens_sentence(h):
                # "? Небольшое количество крови в заднем роге": a question mark that opens the sentence asks
                # about its first clause
                direction, limit, commas_stop = "bidirectional", max_scope, True
            elif question and self.closes_sentence(h):
                # "ЭДГ левой височной области?": a question mark that ends the sentence questions its last
                # clause, not only the word or two before it
                limit, commas_stop = max_scope, True
            else:
                limit, commas_stop = (limits.question if question else max_scope), False
            reach.append(tuple.__new__(Reach, (h, key, status, direction, limit, commas_stop, question)))
        return reach

    # -- what lies around a finding ----------------------------------------------------------------

    def first_host(self) -> int:
        """The token where the first lesion that blood can lie inside (tumour, infarct) is named; the number
        of tokens if none is.

        A blood word that names no compartment takes none from the lesion's place ("образование левой лобной
        доли с участками кровоизлияния" is no hematoma). The lesion is named first; a blood word before it keeps
        its place ("Кровоизлияние в лобной доле, объёмного образования не выявлено").
        """
        if self.host < 0:
            hosts = self.lex.hosts
            at = [t.i for t in self.findings if t.entry.lemmas in hosts and t.entry.section in HOST_SECTIONS]
            at += [h.i for h in self.mods if h.entry.section == "host"]
            self.host = min(at, default=len(self.words))
        return self.host

    def placed_after(self, m: Hit) -> bool:
        """A location preposition within ``own_place`` words after the mention: it names its own place next."""
        words, preps = self.words, self.limits.location_prepositions
        return any(words[k] in preps for k in range(m.j, min(m.j + self.limits.own_place, len(words))))

    def introduces_place(self, m: Hit) -> bool:
        """A location preposition right after the mention, or a word or two later with no other finding
        between ("blood extending into the fissure"; not "гематома справа с прорывом в желудочек", where the
        place is the break's)."""
        words, preps = self.words, self.limits.location_prepositions
        for k in range(m.j, min(m.j + self.limits.own_place, len(words))):
            if not words[k][:1].isalnum() or any(t.i == k for t in self.targets):
                return False
            if words[k] in preps:
                return True
        return False

    def compared_with(self, h: Hit) -> bool:
        """A place right after a comparison phrase (rules.toml ``comparison_words``) is what a finding is compared
        with, not where it lies: "скопление, изоденсное веществу мозга" (a one-word phrase: right before the
        place, an article between at most), "a collection isodense to the brain parenchyma" (a phrase with its
        linking word: two words between at most)."""
        comparisons = self.lex.comparisons
        if not comparisons:
            return False
        words, lemma, articles = self.words, self.lex.morph.cache, self.limits.articles
        for k in range(h.i, max(h.i - 3, 0), -1):
            if k < h.i and not words[k][:1].isalnum():
                return False
            close = all(w.lower() in articles for w in words[k : h.i])
            if any(
                k >= len(c) and (close or len(c) > 1) and tuple(lemma[w] for w in words[k - len(c) : k]) == c
                for c in comparisons
            ):
                return True
        return False

    def pressed_on(self, h: Hit) -> bool:
        """A place named as what a lesion acts on ("компрессия левого бокового желудочка", "compression of the
        left lateral ventricle"): an effect word (rules.toml ``effect_words``) up to ``effect`` words before it,
        with no punctuation and no other place between ("над правой лобной долей эпидурально": the lobe is
        what the blood lies over, "эпидурально" its own place). Such a place is no place of the blood."""
        effects = self.lex.effect_words
        if self.acted_on(h):
            return True
        if not effects:
            return False
        words, lemma = self.words, self.lex.morph.cache
        for k in range(h.i - 1, max(-1, h.i - 1 - self.limits.effect), -1):
            if not words[k][:1].isalnum():
                return False
            if lemma[words[k]] in effects:
                # "blood in the overlying sulci", "кровь в прилежащих бороздах": the blood's own place
                return not self.introduced(k)
            if k in self.place_tokens():
                return False
        return False

    def opens_parenthesis(self, k: int) -> bool:
        """Word ``k`` is a participle (rules.toml ``parenthetical_openers``) right after a comma, with a comma
        after it that closes the clause."""
        commas = self.commas
        return (
            k - 1 in commas
            and commas[-1] > k
            and self.lex.morph.cache[self.words[k]] in self.lex.parenthetical_openers
        )

    def parenthetical(self, lo: int, hi: int) -> bool:
        """The commas between tokens ``lo`` and ``hi`` only set off a participle clause (rules.toml
        ``parenthetical_openers``): "Гематома, описанная на КТ от 02.03, на момент исследования не определяется"."""
        inner = [c for c in self.commas if lo <= c < hi]
        return len(inner) == 2 and inner[0] + 1 < len(self.words) and self.opens_parenthesis(inner[0] + 1)

    def acted_on(self, h: Hit) -> bool:
        """A place followed within two words by what a lesion does to it (rules.toml ``effect_after_words``):
        "левый боковой желудочек компримирован", "the left lateral ventricle is effaced"."""
        after = self.lex.effect_after_words
        if not after:
            return False
        words, lemma = self.words, self.lex.morph.cache
        for k in range(h.j, min(len(words), h.j + 2)):
            if not words[k][:1].isalnum():
                return False
            if lemma[words[k]] in after:
                return True
        return False

    def introduced(self, k: int) -> bool:
        """A location preposition right before word ``k``, an article (rules.toml ``articles``) between at
        most ("in the")."""
        words, prepositions = self.words, self.limits.location_prepositions
        before = [w.lower() for w in words[max(0, k - 2) : k]]
        return bool(before) and (
            before[-1] in prepositions
            or (len(before) == 2 and before[0] in prepositions and before[1] in self.limits.articles)
        )

    def place_tokens(self) -> frozenset[int]:
        """The tokens the sentence's place words cover, worked out once, when first asked."""
        if self._place_tokens is None:
            self._place_tokens = frozenset(
                x for p in self.mods if p.entry.section.startswith("site.") for x in range(p.i, p.j)
            )
        return self._place_tokens

    def named_space(self, m: Hit) -> str | None:
        """The subdural or epidural space a finding's own words name ("subdural collection"), if any."""
        spaces = self.lex.spaces
        return next((spaces[x] for x in m.entry.lemmas if x in spaces), None)

    def qualifies_space(self, h: Hit) -> bool:
        """A brain-tissue place word that only says where a collection lies: "left hemispheric (mixed-density)
        subdural collection" (the hemisphere word stands up to two words before a subdural or epidural place,
        no punctuation between)."""
        if h.entry.section != "site.iph":
            return False
        words = self.words

        def right_after(i: int) -> bool:
            return h.j <= i <= h.j + 2 and all(w[:1].isalnum() for w in words[h.j : i])

        return any(
            right_after(p.i) and p.entry.section in ("site.sdh", "site.edh") for p in self.mods
        ) or any(right_after(t.i) and self.named_space(t) is not None for t in self.targets)

    def far_sites(self, m: Hit) -> list[Site]:
        """Site words anywhere in the sentence, when no other finding stands between ("Гематома объемом
        15 мл, 35х25 мм, с отеком вокруг, располагается в правой лобной доле")."""
        places = [h for h in self.mods if h.entry.section.startswith("site.")]
        if not places:
            return []
        nwords, far, site_scope = self.nwords, self.limits.far_site, self.limits.site
        out = []
        # a dense area described first is the same finding the blood word names ("Small hyperdensity in
        # the central pons, 9 mm, consistent with acute hemorrhage"): its place is shared
        others = [t for t in self.findings if t is not m and t.entry.section != "density"]
        for h in places:
            if m.i <= h.i < m.j or self.pressed_on(h) or self.qualifies_space(h) or self.compared_with(h):
                continue
            lo, hi = between(h, m)
            if nwords[hi] - nwords[lo] > far or any(lo <= t.i < hi for t in others):
                continue
            if any(
                self.reaches(h, t, "bidirectional", site_scope, commas_stop=True, terminators_stop=False)
                for t in others
            ):
                continue  # the site belongs to another finding ("Метастазы в обоих полушариях, ...")
            out.append(Site(abs(nwords[hi] - nwords[lo]), h, h.entry.section[5:], h.j <= m.i))
        return out

    def far_body_site(self, m: Hit) -> Hit | None:
        """For blood placed nowhere inside the skull, a body-site word anywhere in its sentence (within
        ``far_site`` words, no other finding between): "Blood and packing material fill the nasal cavity",
        "both maxillary sinuses, which are filled with blood". Not one that names a tumour's primary
        ("метастаз рака почки с кровоизлиянием")."""
        outside = [h for h in self.mods if h.entry.section == "extracranial"]
        if not outside:
            return None
        nwords, far, near = self.nwords, self.limits.far_site, self.limits.extracranial
        # another generic blood word between is the same blood ("Сгустки крови ... заполняют полость носа")
        others = [t for t in self.findings if t is not m and t.entry.section not in ("density", "ich")]
        tumours = [t for t in others if t.entry.categories[0] == "tumor"]
        for h in sorted(outside, key=lambda h: abs(nwords[h.i] - nwords[m.i])):
            lo, hi = between(h, m)
            if (
                nwords[hi] - nwords[lo] <= far
                and not any(lo <= t.i < hi for t in others)
                and not any(self.reaches(h, t, "bidirectional", near, commas_stop=True) for t in tumours)
            ):
                return h
        return None

    def qualified(self, site: Hit, cats: tuple[str, ...]) -> tuple[tuple[str, ...], Hit]:
        """A space named just before the lobe it belongs to decides: "вдоль намета мозжечка", "в бороздах
        теменной доли", "субарахноидально по конвексу левой теменной доли" (the lobe alone would say
        parenchyma)."""
        nwords, commas = self.nwords, self.commas
        for g in self.mods:
            sec = g.entry.section
            if (
                sec.startswith("site.")
                and sec != "site.iph"
                and g.j <= site.i
                and nwords[site.i] - nwords[g.j] <= 4
                and not any(g.j <= c < site.i for c in commas)
            ):
                return (sec[5:],), g
        return cats, site

    def plural(self, h: Hit, ignoring: frozenset[str] = frozenset()) -> bool:
        """A word of the hit in a form that can only be plural ("очаги", "ушибы", "субдуральные"), other than
        words whose lemma is in ``ignoring``."""
        morph = self.lex.morph
        return any(
            morph.only_plural(w) and not (ignoring and morph.cache[w] in ignoring)
            for w in self.words[h.i : h.j]
            if w[:1].isalpha()
        )

    def several_places(self, m: Hit, site: Hit | None) -> Hit | None:
        """Parenchymal blood in several places: a plural that can only be plural, in the finding ("очаги
        ушиба", "ушибы") or in its lobe / hemisphere ("в левой лобной и правой затылочной долях")."""
        if self.plural(m) and self.lex.one_bleed_parts.isdisjoint(m.entry.lemmas):
            return m  # "очаги ушиба", "ушибы" (not "сгустки": pieces of one clot)
        site_scope = self.limits.site
        places = (
            [site]
            if site is not None
            else [
                h
                for h in self.mods
                if h.entry.section == "site.iph"
                and self.reaches(h, m, "bidirectional", site_scope, commas_stop=True, terminators_stop=False)
            ]
        )
        plural_sites = self.lex.plural_sites
        return next((h for h in places if h.entry.lemmas in plural_sites and self.plural(h)), None)

    def opposite_places(self, m: Hit) -> Hit | None:
        """Parenchymal blood named in places on both sides, joined by a conjunction: "кровоизлияния в правую
        скорлупу и левый таламус", "haemorrhages in the right putamen and the left thalamus" are two bleeds.
        A side word stands at most one word before its place; the conjunctions are those of rules.toml
        ``join``; the last place stands as the word."""
        if len(self.sided) < 2:
            return None
        words, site_scope, sided = self.words, self.limits.site, self.sided
        sides: dict[str, Hit] = {}
        first = None
        for h in self.mods:
            # the first place within reach of the finding, each later one within reach of the first
            if (
                h.entry.section == "site.iph"
                and h.i >= m.j
                and self.reaches(
                    h,
                    m if first is None else first,
                    "bidirectional",
                    site_scope,
                    commas_stop=True,
                    terminators_stop=False,
                )
            ):
                side = next((s.entry.section for s in sided if h.i - 2 <= s.i and s.j <= h.i), None)
                if side is not None and side not in sides:
                    sides[side] = h
                    first = first if first is not None else h
        if len(sides) < 2 or first is None:
            return None
        last = max(sides.values(), key=lambda h: h.i)
        join = self.lex.join  # the conjunctions of rules.toml ``join``
        return last if any(w.lower() in join for w in words[first.j : last.i]) else None

    def contusions_several(self, site: Hit) -> Hit | None:
        """A multiplicity word or a plural-only form naming the contusion itself ("очаги ушиба", "ушибы
        обеих лобных долей", "bilateral frontal contusions")."""
        for h in self.mods:
            if h.entry.section == "multiplicity" and self.reaches(
                h, site, "bidirectional", self.limits.multiplicity, commas_stop=True
            ):
                return h
        k = site.i - 1
        return site if k >= 0 and self.lex.morph.only_plural(self.words[k]) else None

    def also_in(self, m: Hit, cats: tuple[str, ...]) -> tuple[str, ...]:
        """A second space joined by "и в" or ", в": "Кровь в бороздах обоих полушарий и в задних рогах" is
        SAH and IVH. Only a place word right after "и в" counts, so "СДГ и сдавление бокового желудочка" stays SDH."""
        words, join = self.words, self.lex.join
        # "и в" / "and in" / ", в" after the finding: looked for only when a present finding asks
        after = [k for k in range(m.j, len(words) - 1) if words[k] in join and words[k + 1] in join[words[k]]]
        if not after:
            return cats
        site_scope = self.limits.site
        for h in self.mods:
            space = h.entry.section[5:] if h.entry.section.startswith("site.") else ""
            if not space or space == "iph" or space in cats or h.i < m.j:
                continue
            near = [k for k in after if k < h.i - 1]
            if (
                near
                and h.i - near[-1] <= 4
                and self.reaches(h, m, "bidirectional", 2 * site_scope, commas_stop=words[near[-1]] != ",")
            ):
                return (*cats, space)  # a list of places ("..., в боковых желудочках") may cross commas
        return cats

    def side_of(self, m: Hit) -> Hit | None:
        """The side word nearest a present hemorrhage in its clause ("СДГ слева", "right frontal ICH")."""
        nwords, site_scope = self.nwords, self.limits.site
        near = [
            (abs(nwords[hi] - nwords[lo]), h)
            for h in self.sided
            for lo, hi in [between(h, m)]
            if self.reaches(h, m, "bidirectional", site_scope, commas_stop=True, terminators_stop=False)
        ]
        return min(near, key=itemgetter(0))[1] if near else None

    def residual(self, m: Hit) -> bool:
        """ "остаточная гематома", "residual hematoma": the [residual] word in the finding or right before it."""
        nwords = self.nwords
        return not self.lex.residual.isdisjoint(m.entry.lemmas) or any(
            h.entry.section == "residual" and h.j <= m.i and nwords[m.i] - nwords[h.j] <= 2 for h in self.mods
        )

    def persists(self, m: Hit, past: Hit) -> bool:
        """A [persisting] word after the past-word in the finding's clause, or right before it, says the finding
        is still there, so the past-word before it speaks of an earlier study: "the prior hematoma has decreased
        in size", "redemonstrated prior SAH", "перенесённое кровоизлияние в стадии лизиса". Not a word that
        belongs to another finding ("prior SAH without new hemorrhage") or further before ("a cavity remains at
        the site of the previous haematoma")."""
        reaches, limit, nwords = self.reaches, self.limits.site, self.nwords
        return any(
            h.entry.section == "persisting"
            and (h.i >= past.j or (h.j <= past.i and nwords[past.i] - nwords[h.j] <= 1))
            and reaches(h, m, "bidirectional", limit, commas_stop=True)
            and self.nearest_finding(h) is m
            for h in self.mods
        )

    def nearest_finding(self, h: Hit) -> Hit | None:
        """The finding a word stands closest to, counted in tokens ("prior SAH without new hemorrhage": "new"
        belongs to "hemorrhage")."""
        return min(self.findings, key=lambda f: f.i - h.j if f.i >= h.j else h.i - f.j, default=None)

    def bleeding_tissue(self, m: Hit, sites: list[Site]) -> tuple[tuple[str, ...], Hit] | None:
        """A dense area in brain tissue with what a fresh hematoma brings (edema, displacement, a clot level,
        blood-range units): an iph, unless a lesion it may belong to is named in the sentence. A collection
        named with its space ("subdural collection") is a hematoma there."""
        nwords, max_scope = self.nwords, self.limits.max_scope
        blood = next(
            (
                h
                for h in self.mods
                if h.entry.section == "density.blood"
                and self.reaches(h, m, "bidirectional", max_scope, commas_stop=False)
                and not any(
                    g.entry.section.startswith("negation") and g.j <= h.i and nwords[h.i] - nwords[g.j] <= 2
                    for g in self.context
                )
            ),
            None,
        )
        if blood is None:
            return None
        space = self.named_space(m)
        if space is not None:
            return (space,), blood  # "subdural collection ... with mass effect": a hematoma in that space
        if self.first_host() < len(self.words) or any(
            "cause" in t.entry.categories or t.entry.section in SENTENCE_CAUSES for t in self.findings
        ):
            return None
        tissue = [x for x in sorted(sites, key=itemgetter(0)) if x[2] == "iph"]
        return ("iph",), (tissue[0][1] if tissue else blood)

    def density_place(self, sites: list[Site]) -> tuple[tuple[str, ...], Hit] | None:
        """Where a dense area lies, when that place is not brain tissue: a strip in the sulci is SAH,
        along the tentorium a subdural film, in a horn ventricular blood."""
        if not sites:
            return None
        cats, site = site_categories(sites)
        if cats == ("iph",):
            cats, site = self.qualified(site, cats)
        return None if "iph" in cats else (cats, site)

    # -- deciding one mention ------------------------------------------------------------------------

    def decide(self, m: Hit) -> None:
        """Decide one mention and append the result to :attr:`mentions`: its status and the trigger that set
        it, then the subtype its place gives it, whether it is in several places, and its side."""
        if self.restates(m):
            return
        entry = m.entry
        if entry.section != "signal":
            self.previous = m
        cats = entry.categories
        contusion = self.bare_contusion(m)
        if contusion:
            cats = ("ich",)  # a contusion is blood if brain tissue is its place (see below)
        found = self.status_triggers(m)
        extracranial, multiple, sites = self.words_around(m, cats)
        if extracranial is not None:
            found["extracranial"] = (0, extracranial)
        site = None
        if cats[0] == "density":
            place = self.dense_reading(m, sites, found)
            sites = []
            if place is not None:
                # what is left after treatment in a named space is blood outright ("residual subdural
                # collections"); another dense area is blood only if the report does not read it otherwise
                outright = place[0] != ("ich",) and self.residual(m)
                cats, site = (*place[0], *(() if outright else ("density",))), place[1]
        status, decider = "present", None
        if found:
            for key in PRECEDENCE:
                if key in found:
                    status, decider = STATUS_OF.get(key, key), found[key][1]
                    break
        cats, site = self.placed(m, cats, site, sites)
        if status == "present" and cats == ("ich",) and site is None:
            outside = self.far_body_site(m)
            if outside is not None:
                status, decider = "extracranial", outside
        if contusion and cats != ("iph",):
            cats, site = ("signal",), None  # "ушиб мягких тканей", "contusion" with no place: a signal only
        elif status == "uncertain" and self.hedged_reading(m):
            cats = ("density",)
        multiple = self.several(m, cats, site, multiple)
        if status == "present" and cats[0] in SPACE_TAKERS:
            cats = self.also_in(m, cats)
        side = self.sided and status == "present" and cats[0] in HEMORRHAGE_CATEGORIES and self.side_of(m)
        spec = self.spec
        # (tuple.__new__ builds the named tuple without a Python-level __new__ call)
        self.mentions.append(
            tuple.__new__(
                Decided,
                (
                    cats,
                    entry.variant_of or entry.phrase,
                    entry.source,
                    self.starts[m.i],
                    self.ends[m.j - 1],
                    status,
                    spec(decider, "stop" if decider.entry.kind == "stop" else None)
                    if decider is not None
                    else None,
                    spec(site) if site is not None else None,
                    spec(multiple) if multiple is not None else None,
                    spec(side) if side else None,
                ),
            )
        )

    def undone(self, stop: Hit) -> bool:
        """A stop phrase a hedge overlaps says nothing: "кровоизлияние [исключить нельзя]" is not "кровоизлияние
        исключено". Nor does one an elsewhere-word narrows ("Elsewhere no haemorrhage", "данных за массивное
        кровоизлияние нет") or an exception follows ("Данных за ВЧК нет, кроме сомнительного очага"): its own
        negation word still negates."""
        if any(
            c.i < stop.j and stop.i < c.j and c.entry.section.startswith("uncertain") for c in self.context
        ):
            return True
        after = stop.j + (stop.j < len(self.words) and self.words[stop.j] == ",")
        if any(e.i == after for e in self.exceptions):
            return True
        elsewhere, words, cache = self.lex.elsewhere, self.words, self.lex.morph.cache
        if not elsewhere:
            return False
        # the two words before ("в остальных отделах кровоизлияний не выявлено") or the word after
        near = words[max(stop.i - 2, 0) : stop.i] + words[stop.j : stop.j + 1]
        return any(cache[w] in elsewhere for w in near)

    def hedged_reading(self, m: Hit) -> bool:
        """A contusion word hedged beside a dense area in its sentence is a hedged reading of that area:
        "hyperdense region ..., likely artifact, although a small contusion cannot be ruled out" leaves the
        area a question."""
        return (
            m.entry.section == "signal"
            and m.entry.lemmas in self.lex.contusions
            and any(t.entry.section == "density" for t in self.findings)
        )

    def bare_contusion(self, m: Hit) -> bool:
        """A [signal] keyword that is a [contusion] word, with no blood or density word in its sentence to say
        what it holds: then the contusion itself is the finding ("ушиб левой височной доли"; not "ушиб ... без
        геморрагического компонента", "contusion, possibly with a hemorrhagic component": the blood word
        decides)."""
        return (
            m.entry.section == "signal"
            and m.entry.lemmas in self.lex.contusions
            and not any(t.entry.categories[0] in ("ich", "density") for t in self.findings)
        )

    def restates(self, m: Hit) -> bool:
        """A mention that only repeats or describes another finding is not decided on its own."""
        previous, words = self.previous, self.words
        if (
            previous is not None
            and m.i > previous.j
            and words[m.i - 1] == "("
            and m.j < len(words)
            and words[m.j] == ")"
            and m.entry.categories == ("ich",)
            and self.nwords[m.i] - self.nwords[previous.j] <= self.limits.own_place
            and not any_between(self.commas, previous.j, m.i)
            and not any(k in self.place_tokens() for k in range(previous.j, m.i))
        ):
            # "гиперденсное содержимое (кровь)", "содержимое с горизонтальным уровнем (кровь)": the bracket
            # restates the finding (not after a place, which the blood word may take: "инфаркт левой височной
            # доли (гематома)")
            return True
        # "hyperdense epidural collection": the density word describes the finding after it
        return m.entry.section == "density" and any(
            t.i == m.j and t.entry.categories[0] in HEMORRHAGE_CATEGORIES for t in self.targets
        )

    def status_triggers(self, m: Hit) -> dict[str, tuple[int, Hit]]:
        """The triggers that reach a mention, by their key in :data:`PRECEDENCE`: for each key the nearest
        one, as (tokens between, trigger). A stop phrase around the mention negates it. A trigger in brackets
        speaks only inside them; a resolved-word leaves a residual finding alone. A negation does not reach a
        mention after "кроме" (up to the next comma), nor across a dash that opens a new statement, nor across
        a comma unless the mention is a list item it can govern (:meth:`genitive_ok`)."""
        found: dict[str, tuple[int, Hit]] = {}
        for h in self.stop_hits:
            if h.i <= m.i and m.j <= h.j and not self.undone(h):
                found["negated"] = (0, h)
        is_exempt = bool(self.exceptions) and self.exempt(m)
        brackets, commas, dashes, reaches = self.brackets, self.commas, self.dashes, self.reaches
        for h, key, status, direction, limit, commas_stop, question in self.reach:
            if brackets and self.confined(h, m, question):
                continue
            if not reaches(h, m, direction, limit, commas_stop=commas_stop):
                continue
            if status == "resolved" and (self.residual(m) or (h.j <= m.i and self.persists(m, h))):
                # "после удаления гематомы ... остаточная гематома", "the prior hematoma has decreased in size":
                # what is left is still blood
                continue
            if status == "negated":
                if is_exempt:
                    continue
                lo, hi = (h.j, m.i) if h.j <= m.i else (m.j, h.i)
                if dashes and h.j <= m.i and any(lo <= d < hi and d != h.j for d in dashes):
                    # "без масс-эффекта — ГТ по типу HI-2": the dash opens a new statement (not one right after
                    # the negation: "Отсутствуют: кровоизлияния, гематомы")
                    continue
                if (
                    commas
                    and any_between(commas, lo, hi)
                    and not self.genitive_ok(m, forward=h.j <= m.i)
                    and not (h.j > m.j and self.parenthetical(lo, hi))
                ):
                    continue
            dist = abs((h.i - m.j) if h.i >= m.j else (m.i - h.j))
            if key not in found or dist < found[key][0]:
                found[key] = (dist, h)
        if "negated" not in found and self.lex.denials:
            denial = self.denied(m)
            if denial is not None:
                found["negated"] = (0, denial)
        if "resolved" not in found:
            year = self.dated(m)
            if year is not None:
                found["resolved"] = (0, year)
        return found

    def denied(self, m: Hit) -> Hit | None:
        """A finding named right after a denial phrase (rules.toml ``denial_words``) that opens a clause after a
        comma, dash, colon or bracket, an article between at most: "обызвествление серпа, не гематома",
        "calcification, not a subdural haematoma"; or followed by a one-word denial that ends the sentence
        ("Hemorrhage no.", "Haemorrhage: no."). The denial stands as the trigger."""
        words, k = self.words, m.j
        if k < len(words) and words[k] in _CLAUSE_OPENERS:
            k += 1
        if (
            k < len(words)
            and (words[k].lower(),) in self.lex.denials
            and all(not w[:1].isalnum() for w in words[k + 1 :])
        ):
            return tuple.__new__(Hit, (_CLOSING_DENIAL, k, k + 1))
        k = m.i
        if k > 0 and words[k - 1].lower() in self.limits.articles:
            k -= 1
        for phrase in self.lex.denials:
            lo = k - len(phrase)
            if (
                lo >= 1
                and words[lo - 1] in _CLAUSE_OPENERS
                and tuple(w.lower() for w in words[lo:k]) == phrase
            ):
                return tuple.__new__(Hit, (_DENIAL, lo, k))
        return None

    def dated(self, m: Hit) -> Hit | None:
        """A year written within three tokens after a finding, in its clause, dates it to an earlier event:
        "(ВМГ в 2018 г.)", "SAH in 2015", unless a [persisting] word says it is still there. The year stands as
        the trigger."""
        words, stop = self.words, min(m.j + 3, len(self.words))
        for k in range(m.j, stop):
            w = words[k]
            if w == "," or w == ";":
                return None
            if len(w) == 4 and w.isdigit() and 1950 <= int(w) <= 2099:
                year = tuple.__new__(Hit, (_YEAR, k, k + 1))
                return None if self.persists(m, year) else year
        return None

    def words_around(self, m: Hit, cats: tuple[str, ...]) -> Around:
        """The body-site, multiplicity and site words that reach a mention, each within its own limit and
        clause. A body-site word makes the mention extracranial (a fracture's within the fracture limit, and
        none when a skull word reaches the fracture); site words are gathered only for a generic mention or
        a dense area, to place it."""
        limits = self.limits
        fracture_scope, site_scope = limits.fracture, limits.site
        reaches = self.reaches
        extracranial = multiple = None
        sites: list[Site] = []
        fracture = cats[0] == "fracture"
        placing = cats == ("ich",) or cats == ("density",)  # only these take a place from site words
        skull = fracture and any(
            h.entry.section == "skull" and reaches(h, m, "bidirectional", fracture_scope, commas_stop=True)
            for h in self.mods
        )
        # a tumour's body-site word names the primary, not the lesion's place ("метастаз рака почки")
        tumor = cats[0] == "tumor"
        for h in self.mods:
            sec = h.entry.section
            if sec == "extracranial" and not tumor:
                limit = fracture_scope if fracture else limits.extracranial
                if m.j <= h.i and self.placed_after(m):
                    # "hemorrhage layering in the right maxillary sinus": the place the blood word introduces
                    limit = max(limit, limits.site)
                if (
                    extracranial is None
                    and not skull
                    and reaches(h, m, "bidirectional", limit, commas_stop=True)
                ):
                    extracranial = h
            elif sec == "multiplicity":
                if multiple is None and reaches(h, m, "bidirectional", limits.multiplicity, commas_stop=True):
                    multiple = h
            elif (
                placing
                and sec.startswith("site.")
                and not m.i <= h.i < m.j  # a contusion word is a place of blood, not its own
                and not self.pressed_on(h)
                and not self.qualifies_space(h)
                and not self.compared_with(h)
            ):
                if reaches(h, m, "bidirectional", site_scope, commas_stop=True, terminators_stop=False):
                    dist = abs((h.i - m.j) if h.i >= m.j else (m.i - h.j))
                    sites.append(Site(dist, h, sec[5:], h.j <= m.i))
        return tuple.__new__(Around, (extracranial, multiple, sites))

    def dense_reading(
        self, m: Hit, sites: list[Site], found: dict[str, tuple[int, Hit]]
    ) -> tuple[tuple[str, ...], Hit] | None:
        """How a dense area (a density word, no blood word) reads: the place that makes it blood, if any.

        Hemorrhage is suggested, not stated, unless the report explains it as something else ("— кальцинат",
        "consistent with calcification"): then it is negated, unless already hedged ("calcification versus
        hemorrhage" stays a question). A dense area in a space, in a contusion, or with what a fresh hematoma
        brings is blood there; one with no trigger and no such place is a question. Adds the mimic or the
        question to ``found``.
        """
        max_scope = self.limits.max_scope
        mimic = next(
            (
                h
                for h in self.mods
                if h.entry.section == "mimic"
                and self.reaches(h, m, "bidirectional", max_scope, commas_stop=False)
            ),
            None,
        )
        place = self.density_place(sites)
        contusion = next(
            (
                h
                for h in self.mods
                if h.entry.section == "contusion"
                and self.reaches(h, m, "bidirectional", max_scope, commas_stop=False)
            ),
            None,
        )
        if place is None and contusion is not None:
            asked = self.status_triggers(contusion)
            hedge = next((k for k in ("uncertain", "question") if k in asked), None)
            if hedge is not None:
                # "hyperdense area in the left frontal lobe - ? contusion": the reading is a question
                found.setdefault(hedge, asked[hedge])
            else:
                # "зона смешанной плотности с гиперденсными включениями (ушибы ...)": a dense part of a
                # contusion is its blood
                place = ("iph",), contusion
        if place is None and mimic is None:
            place = self.bleeding_tissue(m, sites)
        if mimic is not None:
            if "uncertain" not in found:  # "calcification versus hemorrhage" stays a question
                found["negated"] = (0, mimic)
            return None
        if self.residual(m):
            return self.residual_place(m)
        if place is None and not found:
            found["uncertain"] = (0, m)
        return place

    def residual_place(self, m: Hit) -> tuple[tuple[str, ...], Hit]:
        """What is left after treatment is blood ("residual hyperdense clot at the operative bed", "a residual
        subdural collection"): in the space the finding names, else in the space of an earlier hemorrhage of
        the sentence, else a hemorrhage with no subtype."""
        space = self.named_space(m)
        if space is not None:
            return (space,), m
        earlier = next((c[0] for c in reversed(self.mentions) if set(c[0]) & SUBTYPE_SET), None)
        return (tuple(c for c in earlier if c in SUBTYPE_SET) if earlier else ("ich",)), m

    def placed(
        self, m: Hit, cats: tuple[str, ...], site: Hit | None, sites: list[Site]
    ) -> tuple[tuple[str, ...], Hit | None]:
        """A mention's categories and the site word that gave them.

        A generic mention ("кровь", "hemorrhage") takes its subtype from the site words that reach it, or from
        any in the sentence when none does (:meth:`far_sites`), a place it introduces with a preposition
        winning over a nearer one; a residual one takes the subtype of an earlier mention; blood named after
        a lesion it may lie in takes no lobe, the lobe being the lesion's.
        """
        if not sites and cats == ("ich",):
            sites = self.far_sites(m)
        if len(sites) > 1 and self.introduces_place(m):
            # "По конвексу теменной доли — кровь в бороздах", "(gyrus rectus) with blood extending into the
            # interhemispheric fissure": the place a preposition just after introduces is its own
            commas = self.commas
            own = [s for s in sites if s[1].i > m.j and not any(m.j < c < s[1].i for c in commas)]
            sites = [min(own, key=lambda s: s[1].i)] if own else sites
        if sites:
            cats, site = site_categories(sites)
            if cats == ("iph",):
                cats, site = self.qualified(site, cats)
        if cats == ("ich",) and self.residual(m):
            cats = next((c[0] for c in reversed(self.mentions) if set(c[0]) & SUBTYPE_SET), cats)
        if cats == ("iph",) and not self.lex.outside_brain.isdisjoint(m.entry.lemmas):
            # "left hemispheric extra-axial haematoma": the hemisphere says where, the blood is outside the brain
            return ("ich",), None
        if cats == ("iph",) and site is not None and (self.first_host() < m.i or self.host_after(m)):
            # "метастаз в лобной доле с геморрагическим компонентом": the blood takes the lesion's place
            cats, site = ("ich",), None
        return cats, site

    def host_after(self, m: Hit) -> bool:
        """The transformation or tumour bleeding the blood is part of, named after it in its clause and stated as
        present: "в скорлупе мелкие петехиальные геморрагии по периферии инфаркта (ГТ HI-1)". (A lesion alone
        named after the blood does not say the blood is in it.)"""
        if not self.lex.collections.isdisjoint(m.entry.lemmas):
            return False  # "гематома ... (ГТ PH-2)": a hematoma is a collection with a place of its own
        stops = self.commas + self.barrier
        for t in self.findings:
            cats = t.entry.categories
            if t.i < m.j or cats[0] != "ich" or "cause" not in cats:
                continue
            if any(m.j <= c < t.i for c in stops):
                return False
            if not self.status_triggers(t):  # one only asked about or denied holds nothing
                return True
        return self.lesion_right_after(m)

    def lesion_right_after(self, m: Hit) -> bool:
        """A tumour blood can lie in (a [host] word) named within ``site`` words after the blood word, only words
        between and no conjunction, and stated as present: "haemorrhagic left cerebellar metastasis". The blood
        is the tumour's. (Not an infarct: a hemorrhagic venous infarct is parenchymal blood.)"""
        words, hosts, join = self.words, self.lex.hosts, self.lex.join
        for t in self.findings:
            if t.i < m.j or t.entry.lemmas not in hosts or t.entry.section != "tumor":
                continue
            between_words = words[m.j : t.i]
            return (
                self.nwords[t.i] - self.nwords[m.j] <= self.limits.site
                and all(w[:1].isalnum() and w.lower() not in join for w in between_words)
                and not any(m.j <= f.i < t.i for f in self.findings)
                and not self.status_triggers(t)
            )
        return False

    def several(self, m: Hit, cats: tuple[str, ...], site: Hit | None, multiple: Hit | None) -> Hit | None:
        """The word that says a hemorrhage is in several places: a multiplicity word, else a plural-only form
        of the finding or of its place. Diffuse SAH or blood in both ventricles is one hemorrhage."""
        if multiple is None:
            if cats[0] == "iph" and site is not None and site.entry.section == "contusion":
                # blood in a contusion: several only if the contusions are ("ушибы", "contusions", "очаги
                # ушиба в обеих лобных долях")
                multiple = site if self.plural(site) else self.contusions_several(site)
            elif cats[0] == "iph":
                multiple = self.several_places(m, site) or self.opposite_places(m)
            elif m.entry.section == "ich+cause":
                # blood in lesions named in a plural-only form: "haemorrhagic metastases", "кровоизлияния в
                # метастазы" (a plural blood word alone is not: "метастаз с кровоизлияниями")
                multiple = m if self.plural(m, ignoring=self.lex.blood_words) else None
            elif cats[0] in ("sdh", "edh") and m.entry.section == cats[0]:
                # "субдуральные гематомы разной давности": a collection named in a plural-only form
                multiple = m if self.plural(m) else None
        if cats[0] in ("sah", "ivh") and len(cats) == 1 + (cats[-1] == "density"):
            return None  # diffuse SAH over both sides, or blood in both lateral ventricles, is one hemorrhage
        return multiple
