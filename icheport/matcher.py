"""Matcher: lexicon phrases → mentions with a status and the trigger that decided it.

How one report is read:

1. Each text field is folded (lowercase, ё→е, look-alikes; one byte per character) and scanned once with an
   Aho-Corasick automaton (a DFA) of *anchors*: for every keyword and stop phrase, the stem shared by all inflected forms of its most
   specific word. Only sentences that contain an anchor can contain a phrase, so only those sentences are
   tokenized and lemmatized (most of a report is a normal-anatomy template). ``Matcher(prefilter=False)``
   reads every sentence; the test suite checks both modes agree.
2. In a candidate sentence, a second automaton over the lemmas (one code character per lemma, so a match
   spans whole tokens) finds keywords, stop phrases and triggers. Overlapping keywords keep the longest; overlapping triggers keep the longest (a pseudo-trigger
   such as "без динамики" wins and does nothing).
3. ConText-style rules give each keyword mention a status: present, negated, uncertain, resolved or
   extracranial, with the trigger (entry and span) that set it. A generic mention ("гематома") takes a
   subtype from a nearby site word ("... левой лобной доли" → iph). The rules read one sentence at a time
   and live in :mod:`icheport.scope`.
4. Report-level labels follow from the mentions (see :class:`Report`).

What a sentence gives depends only on its text (digits aside), so a matcher caches it per sentence, and per
short field (conclusions repeat verbatim); ``Matcher(cache_size=0)`` turns both off, and the tests check the
results are identical. All offsets index the ORIGINAL text of their field.
"""

from __future__ import annotations

import bisect
import codecs
import encodings.cp1251
import functools
import html
import json
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import Any, NamedTuple

import ahocorasick_rs
import numpy as np

from . import text as _text
from .lexicon import (
    HEMORRHAGE_CATEGORIES,
    KEYWORD_CATEGORIES,
    SENTENCE_CAUSES,
    Entry,
    Lexicon,
    build_morph,
    load_lexicon,
)
from .scope import CONTEXT_SECTIONS, Decided, Hit, Hits, Scope, ScopeLexicon, Spec

__all__ = ["STATUSES", "UNCLEAR", "Matcher", "Mention", "Report", "Trigger", "default_matcher", "label_text"]

STATUSES = ("present", "negated", "uncertain", "resolved", "extracranial")
UNCLEAR = -1
SUBTYPES = ("edh", "sdh", "sah", "iph", "ivh")
LABELS = ("edh", "sdh", "sah", "iph", "ivh", "multiple", "fracture", "combined", "uncertain")

# Cost bounds: a field is read up to MAX_FIELD_CHARS characters (the report is flagged ``truncated``), and a
# sentence longer than MAX_SENTENCE_CHARS (no sentence breaks at all: a pasted blob) is read in windows of that
# size cut at white space, so reading time grows linearly with length. Real sentences are far shorter.
MAX_FIELD_CHARS = 100_000
MAX_SENTENCE_CHARS = 2_000
# Scope limits in words and the language's word lists come from the lexicon's rules.toml (lexicon.Rules).
_DIGIT = re.compile(r"\d")
_charmap_encode = codecs.charmap_encode
_CP1251 = encodings.cp1251.encoding_table
# A sentence whose scan bytes do not stand for exactly one folded text (see Matcher._plan_field).
_AMBIGUOUS_SCAN = {True: re.compile(rb"[A-Za-z?]"), False: re.compile(rb"[^\x00-\x7f]|\?")}
# Field cache: short fields only (conclusions repeat verbatim, long descriptions rarely do), few entries,
# so a worker's memory stays small (~20k x 300 characters).
_FIELD_CACHE_MAX_CHARS = 300
# Anchors at least this long also get typo fragments (see Matcher._typo_fragments).
_TYPO_ANCHOR = 7
_FIELD_CACHE_ENTRIES = 20_000
_FIRST_CODE = 0xE000  # lemma codes for the phrase automaton (private-use characters, never " ")


class Trigger(NamedTuple):
    """A trigger or stop phrase found in a report: ``kind`` is its lexicon section ("negation.following",
    "stop", "site.iph", ...), ``entry`` the lexicon phrase, ``text == original[start:stop]``."""

    kind: str
    entry: str
    field: str
    start: int
    stop: int
    text: str


class Mention(NamedTuple):
    """A keyword mention with its status and the reasons for it.

    Mentions and triggers are named tuples: immutable like frozen dataclasses, and several times cheaper to
    build, which matters at millions of reports.
    """

    category: str
    categories: tuple[str, ...]
    entry: str
    source: str
    field: str
    start: int
    stop: int
    text: str
    section: str
    sentence: tuple[int, int]
    status: str
    trigger: Trigger | None = None
    site: Trigger | None = None
    multiple: Trigger | None = None
    side: Trigger | None = (
        None  # the side word of a present hemorrhage ("слева", "right"), if its clause names one
    )

    @property
    def is_hemorrhage(self) -> bool:
        return self.category in HEMORRHAGE_CATEGORIES

    def explain(self) -> str:
        s = f"{self.category}: «{self.text}» [{self.section}] {self.status}"
        if self.trigger is not None:
            s += f" ← «{self.trigger.text}» ({self.trigger.kind})"
        if self.site is not None:
            s += f"; site «{self.site.text}»"
        return s


_COLORS = {
    "present": "#d62728",
    "negated": "#7f7f7f",
    "uncertain": "#ff7f0e",
    "resolved": "#2ca02c",
    "extracranial": "#1f77b4",
}


@dataclass(frozen=True)
class Report:
    """What the matcher found in one report.

    Labels: ``ich`` is 1 when a hemorrhage mention is present, -1 (:data:`UNCLEAR`) when hemorrhage is
    only suggested (hedged mentions, none present), else 0. Subtypes are 1 when a mention of that subtype is
    present. ``multiple``: two or more subtypes, or a multiplicity word on a present hemorrhage mention.
    ``fracture``: a present fracture mention. ``combined``: hemorrhage with a present cause (tumor,
    infarct, AVM, aneurysm). ``uncertain`` is 1 exactly when ``ich`` is unclear.
    """

    texts: tuple[tuple[str, str], ...]
    mentions: tuple[Mention, ...]
    stops: tuple[Trigger, ...]
    triggers: tuple[Trigger, ...]
    lemmas: tuple[str, ...] = ()
    n_candidates: int = 0
    labels: dict[str, int] = field(default_factory=dict, compare=False)
    truncated: bool = False

    @classmethod
    def _make(cls, texts, mentions, stops, triggers, lemmas, n_candidates, labels, truncated=False) -> Report:
        """The matcher's constructor: fields set directly (a frozen dataclass's ``__init__`` sets each one
        through ``object.__setattr__``), labels already summed per sentence."""
        self = object.__new__(cls)
        self.__dict__.update(
            texts=texts,
            mentions=mentions,
            stops=stops,
            triggers=triggers,
            lemmas=lemmas,
            n_candidates=n_candidates,
            labels=labels,
            truncated=truncated,
        )
        return self

    def __post_init__(self) -> None:
        # The matcher passes labels it has already summed up per sentence (the same rules, see
        # _sentence_summary); anyone else gets them computed from the mentions.
        if not self.labels:
            object.__setattr__(self, "labels", _labels(self.mentions))

    ich = property(lambda self: self.labels["ich"], doc="1 present, 0 absent, -1 unclear")
    edh = property(lambda self: self.labels["edh"])
    sdh = property(lambda self: self.labels["sdh"])
    sah = property(lambda self: self.labels["sah"])
    iph = property(lambda self: self.labels["iph"])
    ivh = property(lambda self: self.labels["ivh"])
    multiple = property(lambda self: self.labels["multiple"])
    fracture = property(lambda self: self.labels["fracture"])
    combined = property(lambda self: self.labels["combined"])
    uncertain = property(lambda self: self.labels["uncertain"])

    @property
    def evidence(self) -> str:
        if self.truncated:
            return "truncated: only the first part of a very long field was read; " + _evidence(self)
        return _evidence(self)

    def __repr__(self) -> str:
        # No report text here: reprs end up in logs and saved notebooks.
        labels = "".join(f" {k}=1" for k in LABELS if self.labels[k])
        return f"<Report ich={self.ich}{labels} mentions={len(self.mentions)} stops={len(self.stops)}>"

    def text_of(self, field_name: str) -> str:
        return dict(self.texts).get(field_name, "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "ich": self.ich,
            **{k: self.labels[k] for k in LABELS},
            "evidence": self.evidence,
            "mentions": [m.explain() for m in self.mentions],
            "stop_phrases": [s.entry for s in self.stops],
        }

    def _span_items(self) -> Iterable[tuple[str, int, int, str, str, str]]:
        """(field, start, stop, category, status, role) of every span: mentions, the triggers that decided
        them (stop phrases are listed once, as stops), and the stop phrases."""
        for m in self.mentions:
            yield m.field, m.start, m.stop, m.category, m.status, "mention"
            t = m.trigger
            if t is not None and t.kind != "stop":
                yield t.field, t.start, t.stop, m.category, m.status, "trigger"
        for s in self.stops:
            yield s.field, s.start, s.stop, "stop", "negated", "stop"

    def spans(self) -> list[dict[str, Any]]:
        return [dict(zip(_SPAN_KEYS, item, strict=True)) for item in self._span_items()]

    def spans_json(self) -> str:
        """:meth:`spans` as compact JSON (``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``),
        written directly: it is a column of every labeled row."""
        return "[" + ",".join([_span_json(*item) for item in self._span_items()]) + "]"

    def render(self) -> str:
        """Plain-text rendering: labels, then each mention with its reason."""
        lines = [f"ich={self.ich}  " + " ".join(f"{k}={self.labels[k]}" for k in LABELS)]
        lines += ["  " + m.explain() for m in self.mentions]
        lines += [f"  stop phrase: «{s.text}» [{s.field}]" for s in self.stops]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()

    def _repr_html_(self) -> str:
        spans_by_field: dict[str, list[tuple[int, int, str, str]]] = {}
        for m in self.mentions:
            spans_by_field.setdefault(m.field, []).append((m.start, m.stop, "mention", m.status))
            if m.trigger is not None:
                spans_by_field.setdefault(m.trigger.field, []).append(
                    (m.trigger.start, m.trigger.stop, "trigger", m.status)
                )
        for s in self.stops:
            spans_by_field.setdefault(s.field, []).append((s.start, s.stop, "stop", "negated"))
        label = {1: "ICH", 0: "no ICH", UNCLEAR: "unclear"}[self.ich]
        subtypes = ", ".join(k for k in LABELS if self.labels[k]) or "—"
        parts = [f"<div><b>{label}</b> &nbsp; <small>{html.escape(subtypes)}</small></div>"]
        for name, body in self.texts:
            parts.append(
                f"<div><small>{name}</small><br>{_highlight(body, spans_by_field.get(name, []))}</div>"
            )
        legend = " ".join(f'<span style="color:{c}">■ {s}</span>' for s, c in _COLORS.items())
        parts.append(f"<div><small>{legend}; underlined: trigger</small></div>")
        return "<div style='font-family:sans-serif;line-height:1.5'>" + "".join(parts) + "</div>"

    def features(self) -> np.ndarray:
        return report_features(self)


_SPAN_KEYS = ("field", "start", "stop", "category", "status", "role")
_json_string = functools.lru_cache(maxsize=1024)(functools.partial(json.dumps, ensure_ascii=False))


def _span_json(field_name: str, start: int, stop: int, category: str, status: str, role: str) -> str:
    return (
        f'{{"field":{_json_string(field_name)},"start":{start:d},"stop":{stop:d},'
        f'"category":{_json_string(category)},"status":{_json_string(status)},"role":"{role}"}}'
    )


def _highlight(body: str, spans: list[tuple[int, int, str, str]]) -> str:
    """HTML of ``body`` with spans styled; a stop phrase wraps the mentions and triggers inside it."""

    def render(lo: int, hi: int, items: list[tuple[int, int, str, str]]) -> str:
        out, pos = [], lo
        items = sorted(items, key=lambda s: (s[0], -s[1], s[2] != "stop"))
        k = 0
        while k < len(items):
            start, stop, role, status = items[k]
            k += 1
            if start < pos:
                continue
            inner = []
            while k < len(items) and items[k][0] < stop:
                if items[k][1] <= stop:
                    inner.append(items[k])
                k += 1
            out.append(html.escape(body[pos:start]))
            color = _COLORS.get(status, "#000")
            if role == "stop":
                style = f"border-bottom:2px dotted {color};"
            elif role == "trigger":
                style = f"color:{color};text-decoration:underline;"
            else:
                style = f"color:{color};font-weight:bold;" + (
                    "text-decoration:line-through;" if status == "negated" else ""
                )
            content = render(start, stop, inner) if inner else html.escape(body[start:stop])
            out.append(f'<span style="{style}" title="{role}: {status}">{content}</span>')
            pos = stop
        out.append(html.escape(body[pos:hi]))
        return "".join(out)

    return render(0, len(body), spans).replace("\n", "<br>")


def _labels(mentions: tuple[Mention, ...]) -> dict[str, int]:
    """Report labels from mentions: the rules of :func:`_sentence_summary` per sentence, summed."""
    sentences: dict[tuple[str, tuple[int, int]], list] = {}
    for m in mentions:
        sentences.setdefault((m.field, m.sentence), []).append(
            (
                m.categories,
                m.status,
                m.trigger.kind if m.trigger is not None else None,
                m.multiple is not None,
                m.side.kind if m.side is not None else None,
            )
        )
    return _summed_labels([_sentence_summary(items) for items in sentences.values()])


def _evidence(report: Report, limit: int = 240) -> str:
    ms = report.mentions
    order = {"conclusion": 0, "text": 1, "description": 2}
    if report.ich == 1:
        chosen = [m for m in ms if m.status == "present" and m.is_hemorrhage]
    elif report.ich == UNCLEAR:
        chosen = [m for m in ms if m.status == "uncertain" and (m.is_hemorrhage or m.category == "density")]
    else:
        chosen = [m for m in ms if m.is_hemorrhage]
    chosen.sort(key=lambda m: (order.get(m.section, 3), m.start))
    parts = []
    for m in chosen[:3]:
        s = f"{m.category}: «{m.text}»"
        if m.trigger is not None:
            s += f" {m.status} by «{m.trigger.text}»"
        elif m.status != "present":
            s += f" {m.status}"
        parts.append(s + f" [{m.section}]")
    if report.ich != 1 and report.stops and not parts:
        parts.append(f"stop phrase: «{report.stops[0].text}»")
    extra = [
        m
        for m in ms
        if (m.status == "present" and m.category in ("fracture",))
        or (
            m.status == "present"
            and report.combined
            and ("cause" in m.categories or m.category in SENTENCE_CAUSES)
        )
    ]
    for m in extra[:2]:
        parts.append(f"{m.categories[-1]}: «{m.text}»")
    if not parts:
        return "no hemorrhage keywords"
    out = "; ".join(parts)
    return out if len(out) <= limit else out[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Features for the classifier
# ---------------------------------------------------------------------------------------------

_FEATURE_CATEGORIES = (*KEYWORD_CATEGORIES,)
FEATURE_NAMES: tuple[str, ...] = (
    *(f"{c}_{s}" for c in _FEATURE_CATEGORIES for s in STATUSES),
    *(f"{c}_present_conclusion" for c in ("ich", *SUBTYPES)),
    "stop_phrases",
    "rule_ich",
    "rule_absent",
    "rule_unclear",
    "multiple",
    "fracture",
    "combined",
    "n_mentions",
    "n_candidate_sentences",
    "log_chars",
    "has_conclusion_section",
)
_FEATURE_INDEX = {n: i for i, n in enumerate(FEATURE_NAMES)}


_STATUS_INDEX = {(c, s): _FEATURE_INDEX[f"{c}_{s}"] for c in _FEATURE_CATEGORIES for s in STATUSES}
_CONCLUSION_INDEX = {c: _FEATURE_INDEX[f"{c}_present_conclusion"] for c in ("ich", *SUBTYPES)}
_TAIL = [
    _FEATURE_INDEX[n]
    for n in (
        "stop_phrases",
        "rule_ich",
        "rule_absent",
        "rule_unclear",
        "multiple",
        "fracture",
        "combined",
        "n_mentions",
        "n_candidate_sentences",
        "log_chars",
        "has_conclusion_section",
    )
]


def report_features(report: Report) -> np.ndarray:
    """A fixed-length numeric vector (names in :data:`FEATURE_NAMES`)."""
    return np.array(feature_row(report), dtype=np.float32)


def feature_row(report: Report) -> list[float]:
    """:func:`report_features` as a plain list (a batch becomes one array at once)."""
    v = [0.0] * len(FEATURE_NAMES)
    has_conclusion = False
    for m in report.mentions:
        status = m.status
        for c in m.categories:
            v[_STATUS_INDEX[c, status]] += 1
        if m.section == "conclusion":
            has_conclusion = True
            if status == "present" and m.category in _CONCLUSION_INDEX:
                v[_CONCLUSION_INDEX[m.category]] += 1
    labels = report.labels
    ich = labels["ich"]
    tail = (
        len(report.stops),
        ich == 1,
        ich == 0,
        ich == UNCLEAR,
        labels["multiple"],
        labels["fracture"],
        labels["combined"],
        len(report.mentions),
        report.n_candidates,
        math.log1p(sum(len(t) for _, t in report.texts)),
        has_conclusion or any(f == "conclusion" for f, _ in report.texts),
    )
    for i, x in zip(_TAIL, tail, strict=True):
        v[i] = float(x)
    return v


# ---------------------------------------------------------------------------------------------
# The matcher
# ---------------------------------------------------------------------------------------------


class _Sentence(NamedTuple):
    lemmas: tuple[str, ...]
    stops: tuple[Spec, ...]
    mentions: tuple[Decided, ...]
    # What the sentence adds to the report labels (see _sentence_summary): hemorrhage categories present, a
    # multiplicity word on a present hemorrhage, the categories of hedged hemorrhages, fracture, cause, a bleeding infarct or tumour
    # beside hemorrhage in this sentence, (space, several?) of each dense area placed in a space, hemorrhage
    # categories negated or hedged, a dense area left unexplained, how firmly it says the study shows no
    # hemorrhage (0-2), (category, side) of present hemorrhages whose clause names a side.
    summary: tuple = (
        frozenset(),
        False,
        frozenset(),
        False,
        False,
        False,
        frozenset(),
        frozenset(),
        False,
        0,
        frozenset(),
    )


class _Tokens(NamedTuple):
    """A sentence read into tokens (see :meth:`Matcher._read`)."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    lemmas: tuple[str, ...]  # the word lemmas, for the classifier
    coded: str  # one code character per lemma, for the phrase automaton


_EMPTY = _Sentence((), (), ())
_NO_SUMMARY = _EMPTY.summary


def _sentence_summary(items: Iterable[tuple[tuple[str, ...], str, str | None, bool, str | None]]) -> tuple:
    """What one sentence adds to the report labels, from its mentions given as (categories, status, kind of
    the deciding trigger, has a multiplicity word, kind of the side word). The label rules live here and in :func:`_summed_labels`.
    A hemorrhage named only in the referral ("направлен с подозрением на ВЧК") is a question, not a finding,
    so it does not make the report unclear. A dense area placed in a space (categories ending in "density")
    is kept apart: it is blood only if the report does not read it otherwise (see :func:`_summed_labels`)."""
    cats: set[str] = set()
    located: set[tuple[str, bool]] = set()
    against: set[str] = set()
    sides: set[tuple[str, str]] = set()
    hedged: set[str] = set()
    multiple = fracture = cause = lesion = dense_question = says_none = denies = False
    for m_cats, status, trigger_kind, has_multiple, side_kind in items:
        if m_cats[0] == "density":
            dense_question = dense_question or status == "uncertain"
            if status == "uncertain" and trigger_kind != "density":
                # a hedge on the dense area ("Question of subtle hyperdensity"), not one left unexplained
                hedged.add("density")
            continue
        hem = m_cats[0] in HEMORRHAGE_CATEGORIES
        if hem and status == "present" and m_cats[-1] == "density":
            located.update((c, has_multiple) for c in m_cats[:-1])
        elif status == "present":
            if hem:
                cats.update(m_cats)
                multiple = multiple or has_multiple
                if side_kind is not None:
                    sides.update((c, side_kind) for c in m_cats if c in SUBTYPES)
            fracture = fracture or m_cats[0] == "fracture"
            cause = cause or "cause" in m_cats
            lesion = (
                lesion or m_cats[0] in SENTENCE_CAUSES
            )  # an infarct or tumour: a cause in this sentence only
        elif hem and status == "uncertain" and not (trigger_kind or "").startswith("referral"):
            hedged.update(m_cats)
            against.update(m_cats)
        elif hem and status == "negated":
            against.update(m_cats)
            says_none = says_none or trigger_kind == "stop"
            denies = denies or m_cats[0] == "ich"
    if not (
        cats or multiple or hedged or fracture or cause or lesion or located or against or dense_question
    ):
        return _NO_SUMMARY
    # How firmly the sentence says there is no hemorrhage: 2 in a stop phrase, 1 denying hemorrhage in general
    # ("no haemorrhagic transformation", answering only a dense area left unexplained in another sentence),
    # else 0. A sentence that hedges says neither ("крупных гематом не выявлено, однако мелкие кровоизлияния
    # исключить нельзя").
    none_said = 0 if hedged - {"density"} else 2 if says_none else int(denies and not dense_question)
    return (
        frozenset(cats),
        multiple,
        frozenset(hedged),
        fracture,
        cause,
        lesion and bool(cats),
        frozenset(located),
        frozenset(against),
        dense_question,
        none_said,
        frozenset(sides),
    )


# Sentence summaries by what their mentions say (the items of _sentence_summary): few combinations occur, so
# most sentences look theirs up.
_SUMMARY_OF: dict[tuple, tuple] = {}


def _summary_of(items: tuple[tuple[tuple[str, ...], str, str | None, bool, str | None], ...]) -> tuple:
    """:func:`_sentence_summary` of a sentence's mention items, remembered (at most 10,000 combinations)."""
    summary = _SUMMARY_OF.get(items)
    if summary is None:
        if len(_SUMMARY_OF) >= 10_000:
            _SUMMARY_OF.clear()
        summary = _SUMMARY_OF[items] = _sentence_summary(items)
    return summary


# A dense strip over the brain's surface is read as subdural or subarachnoid alike: a hedged reading of either
# ("гиперденсная полоска по конвексу. Вероятно, тонкая СДГ") leaves the strip a question.
_SURFACE_TWIN = {"sah": "sdh", "sdh": "sah"}


def _read_otherwise(space: str, against: set[str], hedged: set[str]) -> bool:
    return space in against or _SURFACE_TWIN.get(space) in hedged


# Labels by the summaries they were summed from: few combinations occur, so most reports look theirs up.
_LABELS_OF: dict[tuple, dict[str, int]] = {}


def _summed_labels(summaries: list) -> dict[str, int]:
    """Report labels from per-sentence summaries: the same result as :func:`_labels` on the mentions.

    A dense strip in the sulci or along the tentorium counts as blood in its space unless the report reads it
    otherwise: that space or hemorrhage in general hedged ("— тонкая СДГ?") or negated ("картина псевдо-САК,
    данных за кровь в субарахноидальном пространстве нет"). A dense area left unexplained makes the report a
    question, unless the report says in a stop phrase that the study shows no hemorrhage ("... гиперденсные
    очаги ... Заключение: обызвествления ... Данных за кровоизлияние нет"): the reader has answered it. So is
    blood hedged without a place ("fluid in the middle ear, likely blood. ... no intracranial haemorrhage");
    a hedged subtype stays a question."""
    cats: set[str] = set()
    located: set[tuple[str, bool]] = set()
    against: set[str] = set()
    sides: set[tuple[str, str]] = set()
    hedged: set[str] = set()
    multiple = fracture = cause = bleeding_lesion = dense_question = False
    says_none = 0
    for (
        s_cats,
        s_multiple,
        s_hedged,
        s_fracture,
        s_cause,
        s_bleeding_lesion,
        s_located,
        s_against,
        s_dense_question,
        s_says_none,
        s_sides,
    ) in summaries:
        sides |= s_sides
        dense_question = dense_question or s_dense_question
        says_none = max(says_none, s_says_none)
        cats |= s_cats
        multiple = multiple or s_multiple
        hedged |= s_hedged
        fracture = fracture or s_fracture
        cause = cause or s_cause
        bleeding_lesion = bleeding_lesion or s_bleeding_lesion
        located |= s_located
        against |= s_against
    # a hedged subtype stays a question; hedged blood with no place or a hedged dense area is answered by a stop
    # phrase; a dense area left unexplained also by hemorrhage denied in general
    question = (
        bool(hedged - {"ich", "density"})
        or (bool(hedged & {"ich", "density"}) and says_none < 2)
        or (dense_question and says_none < 1)
    )
    # the same kind of hemorrhage stated on the left and on the right is two hemorrhages
    multiple = multiple or any((c, "side.right") in sides for c, side in sides if side == "side.left")
    if located and "ich" not in against:
        kept = [(c, several) for c, several in located if not _read_otherwise(c, against, hedged)]
        cats.update(c for c, _ in kept)
        multiple = multiple or any(several for _, several in kept)
    ich = 1 if cats else (UNCLEAR if question else 0)
    subtypes = cats.intersection(SUBTYPES)
    out = {"ich": ich}
    for s in SUBTYPES:
        out[s] = int(s in subtypes)
    out["multiple"] = int(len(subtypes) >= 2 or multiple)
    out["fracture"] = int(fracture)
    out["combined"] = int(ich == 1 and (cause or bleeding_lesion))
    out["uncertain"] = int(ich == UNCLEAR)
    return out


class Matcher:
    """Finds keyword mentions and decides their status with the lexicon's triggers.

    Build once and reuse: construction lemmatizes the lexicon and compiles two automata (~0.2 s).
    Pickles as its lexicon; a worker process rebuilds it once and caches it.
    """

    def __init__(
        self,
        lexicon: Lexicon | str | os.PathLike | None = None,
        *,
        prefilter: bool = True,
        cache_size: int = 200_000,
        max_field_chars: int | None = MAX_FIELD_CHARS,
    ):
        if lexicon is None:
            lexicon = "ru-ich"
        if not isinstance(lexicon, Lexicon):
            lexicon = load_lexicon(os.fspath(lexicon))
        self.lexicon = lexicon
        self.prefilter = prefilter
        self.cache_size = cache_size
        if max_field_chars is not None and max_field_chars < 1:
            raise ValueError(
                f"max_field_chars must be a positive number of characters or None, got {max_field_chars!r}"
            )
        self.max_field_chars = max_field_chars
        self._cache: dict[str | bytes, _Sentence] = {}
        self._fields: dict[tuple[str, str], tuple] = {}
        self.morph = build_morph(lexicon)
        self._scope_lexicon = ScopeLexicon.of(lexicon, self.morph)
        self._build_phrases()
        self._build_anchors()
        openers = sorted(self.lexicon.rules.explanation_openers, key=len, reverse=True)
        self._opener = (
            re.compile(r"(?:" + "|".join(re.escape(o) for o in openers) + r")(?![^\W_])", re.IGNORECASE)
            if openers
            else None
        )

    def __reduce__(self):
        return (_cached_matcher, (self.lexicon, self.prefilter, self.cache_size, self.max_field_chars))

    def __repr__(self) -> str:
        return f"Matcher({self.lexicon!r}, prefilter={self.prefilter})"

    feature_names = FEATURE_NAMES

    def clear_cache(self) -> None:
        """Forget cached sentence and field results (they never change results, only speed)."""
        self._cache.clear()
        self._fields.clear()

    # -- construction ---------------------------------------------------------------------------

    def _build_phrases(self) -> None:
        """The phrase automaton reads a sentence as one character per lemma: each lexicon lemma gets its own
        code, every other lemma the filler " ". A match's start and end are then token indexes."""
        codes: dict[str, str] = {}
        keyed: dict[str, list[Entry]] = {}
        for e in self.lexicon.entries:
            key = "".join(codes.setdefault(x, chr(_FIRST_CODE + len(codes))) for x in e.lemmas)
            keyed.setdefault(key, []).append(e)
        self._codes = codes
        self._phrases = ahocorasick_rs.AhoCorasick(
            list(keyed), implementation=ahocorasick_rs.Implementation.DFA
        )
        self._phrase_groups = [tuple((_hit_group(e), e) for e in entries) for entries in keyed.values()]

    def _build_anchors(self) -> None:
        """Anchors (see :meth:`_anchor_stems`, kept in a data file per lexicon content), then the scan
        automaton over them and the section headers."""
        from . import morph_cache

        digest = morph_cache.anchors_key(self.lexicon.content_hash)
        anchors = morph_cache.anchors(digest)
        if anchors is None:
            anchors = self._anchor_stems()
            morph_cache.store_anchors(digest, anchors)
        self.anchors = anchors
        self._build_scan()

    def _anchor_stems(self) -> tuple[str, ...]:
        """Per keyword/stop entry, the stem shared by all forms of its most specific word."""
        forms_of: dict[str, set[str]] = {}
        for word in self.lexicon.vocabulary:
            if word[:1].isalnum():
                lemma, forms = self.morph.forms(word)
                forms_of.setdefault(lemma, {lemma}).update(forms)
        for form, lemma in self.morph.overrides.items():
            if not lemma.startswith(form):  # a truncation ("эпидур.") would shorten the shared stem
                forms_of.setdefault(lemma, {lemma}).add(form)
        # Prefer words of keyword phrases over words like "выявлено", and words a normal-anatomy template
        # does not use ("плотность вещества мозга не изменена"): fewer sentences to read, same result.
        keyword_lemmas = {x for e in self.lexicon.entries if e.kind == "keyword" for x in e.lemmas}
        single = {e.lemmas[0] for e in self.lexicon.entries if e.kind == "keyword" and len(e.lemmas) == 1}
        template = self.lexicon.rules.normal_template.split()
        anchors: set[str] = set()
        for e in self.lexicon.entries:
            if e.kind == "trigger":
                continue
            best: tuple[tuple[bool, bool, bool, int], list[str]] | None = None
            for lemma in e.lemmas:
                if not lemma[:1].isalnum():
                    continue
                known = forms_of.get(lemma, {lemma})
                stem = _common_prefix(known)
                stems = [stem] if len(stem) >= 3 else sorted(known)
                common = any(w.startswith(k) for w in template for k in stems)
                rank = (
                    lemma in single and not common,
                    lemma in keyword_lemmas and not common,
                    not common,
                    min(map(len, stems)),
                )
                if best is None or rank > best[0]:
                    best = (rank, stems)
            anchors.update(best[1] if best else ())
        return tuple(sorted(anchors))

    def _typo_fragments(self) -> list[tuple[str, str]]:
        """The first five letters and the second half (from one letter before it) of the anchor of each word in
        rules.toml ``typo_words``: a word with one typo ("гемматома", "субдурральная") still holds one of them,
        so its sentence is read and the typo path (see :mod:`icheport.morph`) can find it. The second half may
        stand inside a word; it is long enough not to be a common ending ("уральн", not "ральн", which
        "субарахноидальные" holds)."""
        words = self.lexicon.rules.typo_words
        if not words or not self.morph.typos:
            return []
        lemmas = {self.morph.cache[w] for w in words}
        return [
            (a[:5], a[len(a) // 2 - 1 :])
            for a in self.anchors
            if len(a) >= _TYPO_ANCHOR and any(x.startswith(a) for x in lemmas)
        ]

    def _build_scan(self) -> None:
        """The keyword pre-scan: one automaton over the anchors, the section headers and the referral stems.
        It reads a one-byte-per-character copy of each field (see _scan_table), so byte offsets are
        character offsets; section headers come out of the same scan."""
        self._scan_table = _scan_table(self.lexicon.language == "ru")
        self._ambiguous_scan = _AMBIGUOUS_SCAN[self.lexicon.language == "ru"]
        keys: dict[bytes, str | None] = {}
        for a in self.anchors:
            keys[_scan_bytes(a, self._scan_table)] = None
        for head, tail in self._typo_fragments():
            keys.setdefault(_scan_bytes(head, self._scan_table), None)
            keys.setdefault(_scan_bytes(tail, self._scan_table), "typo")
        for h in _text.HEADER_WORDS:
            keys.setdefault(_scan_bytes(h, self._scan_table), _text._HEADER_KIND[h])
        self._referral_heading = _referral_heading(self.lexicon)
        for stem in _referral_stems(self.lexicon):
            keys.setdefault(_scan_bytes(stem, self._scan_table), "referral")
        unreadable = [k.decode("cp1251", "replace") for k in keys if b"?" in k]
        if unreadable and self.prefilter:
            raise ValueError(
                f"the keyword pre-scan reads Cyrillic and Latin text (cp1251); anchors {unreadable} "
                "have other characters: use Matcher(..., prefilter=False)"
            )
        self._anchor_headers = list(keys.values())  # None for an anchor, the section kind for a header
        self._anchors = ahocorasick_rs.BytesAhoCorasick(
            list(keys), implementation=ahocorasick_rs.Implementation.DFA
        )

    # -- matching ---------------------------------------------------------------------------------

    def match(
        self, text: str | None = None, *, description: str | None = None, conclusion: str | None = None
    ) -> Report:
        """Read one report: a single ``text``, or ``description`` and/or ``conclusion``."""
        fields = []
        if text is not None:
            if description is not None or conclusion is not None:
                raise TypeError("give either text or description/conclusion, not both")
            fields.append(("text", _as_text(text, "text")))
        else:
            if description is not None:
                fields.append(("description", _as_text(description, "description")))
            if conclusion is not None:
                fields.append(("conclusion", _as_text(conclusion, "conclusion")))
        mentions: list[Mention] = []
        stops: list[Trigger] = []
        triggers: list[Trigger] = []
        lemmas: list[str] = []
        summaries: list = []
        n_candidates = 0
        cap = self.max_field_chars
        truncated = cap is not None and any([len(body) > cap for _, body in fields])
        if truncated:
            fields = [(name, body[:cap]) for name, body in fields]
        for name, body in fields:
            if not body:
                continue
            plan = self._field_plan(name, body)
            n_candidates += len(plan)
            for sa, sb, section, res in plan:
                lemmas += res.lemmas
                if res.mentions or res.stops:
                    self._emit(name, body, sa, sb, section, res, mentions, stops, triggers)
                    if res.summary is not _NO_SUMMARY:
                        summaries.append(res.summary)
        key = tuple(summaries)
        labels = _LABELS_OF.get(key)
        if labels is None:
            if len(_LABELS_OF) >= 10_000:
                _LABELS_OF.clear()
            labels = _LABELS_OF[key] = _summed_labels(summaries)
        return Report._make(
            tuple(fields),
            tuple(mentions),
            tuple(stops),
            tuple(triggers),
            tuple(lemmas),
            n_candidates,
            labels.copy(),
            truncated,
        )

    def _field_plan(self, name: str, body: str) -> tuple[tuple[int, int, str, _Sentence], ...]:
        # Whole fields repeat too (three in four synthetic conclusions are verbatim repeats): remember which
        # sentences of a field were read and what they gave.
        if not self.cache_size:
            return self._plan_field(name, body)
        key = (name, body)
        plan = self._fields.get(key)
        if plan is None:
            plan = self._plan_field(name, body)
            if len(self._fields) >= min(self.cache_size, _FIELD_CACHE_ENTRIES):
                self._fields.clear()
            if self.cache_size and len(body) <= _FIELD_CACHE_MAX_CHARS:
                self._fields[key] = plan
        return plan

    def _plan_field(self, name: str, body: str) -> tuple[tuple[int, int, str, _Sentence], ...]:
        """The candidate sentences of a field, their sections, and what the rules conclude in each."""
        if self.prefilter:
            encoded: bytes = _charmap_encode(body, "replace", _CP1251)[
                0
            ]  # body.encode("cp1251", "replace"), less lookup
            scanned = encoded.translate(self._scan_table)
            raw: bytes | None = encoded
            scan: bytes | None = scanned
            candidates: list[tuple[int, int]] = []
            found_headers: list[int] = []
            referrals: list[int] = []
            conclusion_header = False
            header_of = self._anchor_headers
            for k, start, end in self._anchors.find_matches_as_indexes(scanned, overlapping=True):
                kind = header_of[k]
                if kind is None:
                    if start and body[start - 1].isalnum():
                        continue  # anchors are word beginnings: "авм" inside "травма" is no hit
                elif kind != "typo":  # (a typo fragment may stand inside a word)
                    if kind == "referral":
                        referrals.append(start)
                        continue
                    found_headers.append(start)
                    conclusion_header = conclusion_header or kind == "conclusion"
                    continue
                if candidates and candidates[-1][0] < end <= candidates[-1][1]:
                    continue
                span = _text.sentence_at(body, end - 1)
                if span not in candidates:
                    candidates.append(span)
            candidates.sort()
            headers: list[int] | None = found_headers
        else:
            candidates = _text.sentences(body)
            headers = None
            raw = scan = None
            conclusion_header = True
            referrals = (
                [m.start() for m in self._referral_heading.finditer(body)] if self._referral_heading else []
            )
        if referrals and candidates:
            candidates = _join_blocks(candidates, self._referral_blocks(body, referrals, candidates))
        if not candidates:
            return ()
        if self._opener is not None:
            candidates = self._with_explanations(body, candidates)
        candidates = _windows(body, candidates)
        if name == "conclusion" or (name == "description" and not conclusion_header):
            # A description field with no conclusion header is all description (headers such as
            # "Протокол исследования:" included); a conclusion field is all conclusion.
            secs = None
        else:
            secs = _text.sections(body, default=name, starts=headers)
            if name != "text" and len(secs) == 1:
                secs = None
        return self._read_candidates(body, candidates, name, secs, raw, scan)

    def _read_candidates(
        self,
        body: str,
        candidates: list[tuple[int, int]],
        name: str,
        secs: list[_text.Section] | None,
        raw: bytes | None,
        scan: bytes | None,
    ) -> tuple[tuple[int, int, str, _Sentence], ...]:
        """Each candidate sentence with its section (``secs`` None: the whole field is one, named ``name``)
        and what the rules conclude in it."""
        sec_starts = [s.start for s in secs] if secs is not None and len(secs) > 1 else None
        section = name if secs is None else secs[0].name
        ambiguous = self._ambiguous_scan
        # The cache key: the scan's bytes (folded, digits as 0) when they stand for exactly one folded text:
        # nothing cp1251 lacks ("?"), and no Latin letters for Cyrillic lexicons (look-alikes are mapped by
        # context), only ASCII for the others (normalize() maps look-alikes in mixed text). Not worked out
        # when there is no cache to ask.
        if not self.cache_size:
            raw = scan = None
        plan = []
        for sa, sb in candidates:
            if sec_starts is not None and secs is not None:
                k = bisect.bisect_right(sec_starts, sb - 1) - 1
                section = secs[max(k, 0)].name
            key = (
                scan[sa:sb]
                if raw is not None and scan is not None and ambiguous.search(raw, sa, sb) is None
                else None
            )
            plan.append((sa, sb, section, self._sentence(body[sa:sb], key)))
        return tuple(plan)

    def _with_explanations(self, body: str, candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Each candidate sentence joined with the sentence after it when that one only explains it: it begins
        with an explanation opener (rules.toml), names a [mimic] and no finding ("Гиперденсный очаг в
        таламусе 3 мм. Вероятнее всего, кальцинат."), so the mimic reaches the dense area it explains."""
        out: list[tuple[int, int]] = []
        opener, n = self._opener, len(body)
        for sa, sb in candidates:
            if out and out[-1][1] >= sb:
                continue  # the explanation joined to the previous candidate
            nxt = sb
            while nxt < n and body[nxt].isspace():
                nxt += 1
            if nxt < n and opener is not None and opener.match(body, nxt):
                a, b = _text.sentence_at(body, nxt)
                if a == nxt and b - a <= _EXPLANATION_MAX_CHARS and self._only_explains(body[a:b]):
                    sb = b
            out.append((sa, sb))
        return out

    def _only_explains(self, sent: str) -> bool:
        """A sentence that names a [mimic] and no keyword finding."""
        coded = self._read(sent).coded
        groups = self._phrase_groups
        mimic = False
        for k, _, _ in self._phrases.find_matches_as_indexes(coded, overlapping=True):
            for g, e in groups[k]:
                if g == 0:
                    return False
                mimic = mimic or e.section == "mimic"
        return mimic

    def _referral_blocks(
        self, body: str, starts: list[int], candidates: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """A referral line ("Направительный диагноз: ЗЧМТ. СДГ?", "Клинически: рвота. Кровоизлияние?") is read as
        one sentence with the questions that follow it on the line (two at most), so the heading reaches them.
        ``starts``: where a referral heading word may begin; the whole heading and its colon are checked here,
        for lines that hold a candidate sentence."""
        blocks: list[tuple[int, int]] = []
        heading = self._referral_heading
        if heading is None:
            return blocks
        for p in starts:
            line = p
            while line > 0 and body[line - 1] in " \t":
                line -= 1
            if (line > 0 and body[line - 1] != "\n") or heading.match(body, line) is None:
                continue  # not at a line start, or not a heading with its colon
            stop = body.find("\n", p)
            stop = len(body) if stop < 0 else stop
            if not any(line <= sa < stop for sa, _ in candidates):
                continue  # nothing to read on this line
            first, end = _text.sentence_at(body, p)
            for _ in range(2):  # the questions that follow on the line: "СДГ?", "ВЧК?"
                nxt = end
                while nxt < stop and body[nxt].isspace():
                    nxt += 1
                if nxt >= stop:
                    break
                _, b = _text.sentence_at(body, nxt)
                if body[b - 1] != "?":
                    break
                end = b
            blocks.append((first, end))
        return blocks

    def _analyze(self, sent: str) -> _Sentence:
        """Everything the rules conclude about one sentence, with offsets relative to its start: its tokens,
        the lexicon phrases among them, each keyword mention decided in turn (:class:`scope.Scope`), and what
        the sentence adds to the report's labels.

        A pure function of the sentence text, so results are cached: report templates repeat the same
        sentences across a corpus.
        """
        starts, ends, words, lemmas, coded = self._read(sent)
        if not words:
            return _EMPTY
        hits = self._hits(coded)
        if hits is None:
            return _Sentence(lemmas, (), ())
        scope = Scope(self._scope_lexicon, starts, ends, words, hits)
        for m in hits.targets:
            scope.decide(m)
        mentions = tuple(scope.mentions)
        summary = _summary_of(
            tuple(
                [
                    (
                        d.categories,
                        d.status,
                        d.trigger[0] if d.trigger is not None else None,
                        d.multiple is not None,
                        d.side and d.side[0],
                    )
                    for d in mentions
                ]
            )
        )
        return tuple.__new__(_Sentence, (lemmas, scope.stops, mentions, summary))

    def _hits(self, coded: str) -> Hits | None:
        """The lexicon phrases in a sentence (read from its lemma codes, see :meth:`_read`), or None when it
        has no keyword mention. Overlapping keywords keep the longest, as do overlapping stop phrases. A
        trigger that overlaps a mention (other than a bare signal word) is part of that mention and no
        trigger; of two overlapping places the longer wins, and of overlapping context triggers the longest
        (a pseudo-trigger such as "без динамики" wins and does nothing)."""
        # groups (see _hit_group): 0 keyword, 1 stop phrase, 2 place, 3 context trigger, 4 other trigger
        keywords: list[Hit] = []
        stop_hits: list[Hit] = []
        triggers: list[tuple[int, Hit]] = []  # in the order found, which decides "the first that reaches"
        phrase_groups = self._phrase_groups
        new = tuple.__new__
        for k, i, j in self._phrases.find_matches_as_indexes(coded, overlapping=True):
            for g, e in phrase_groups[k]:
                h = new(Hit, (e, i, j))
                if g == 0:
                    keywords.append(h)
                elif g == 1:
                    stop_hits.append(h)
                else:
                    triggers.append((g, h))
        if not keywords:
            return None
        targets = _longest(keywords) if len(keywords) > 1 else keywords
        taken = 0  # the tokens the findings cover, one bit each
        for h in targets:
            if h.entry.section != "signal":
                taken |= (1 << h.j) - (1 << h.i)
        if len(stop_hits) > 1:
            stop_hits = _longest(stop_hits)
        mods: list[Hit] = []  # the triggers clear of the findings, in the order found
        places: list[Hit] = []
        context: list[Hit] = []
        for g, h in triggers:
            if taken & ((1 << h.j) - (1 << h.i)):
                continue
            mods.append(h)
            if g == 2:
                places.append(h)
            elif g == 3:
                context.append(h)
        if len(places) > 1:
            # the longer place wins ("interhemispheric fissure" is the sulcal space, not the falx)
            placed = _longest(places)
            if len(placed) < len(places):
                dropped = [h for h in places if h not in placed]
                mods = [h for h in mods if h not in dropped]
        if len(context) > 1:
            context = _longest(context)
        return tuple.__new__(Hits, (targets, stop_hits, mods, context))

    def _read(self, sent: str) -> _Tokens:
        """Tokens of a sentence (:func:`text.token_offsets`): start and stop offsets,
        normalized words, the word lemmas for the classifier (no numbers, so the result does not depend on
        the digits the cache key ignores), and the lemma codes the phrase automaton reads."""
        starts, stops, words = _text.token_offsets(sent)
        if "." in words and words.index(".") < len(words) - 1:
            # A period inside a sentence follows an abbreviation ("эпидур. гематома", "2 см. в диаметре"): it is
            # no word for the phrases, which must match across it.
            keep = [
                k
                for k, w in enumerate(words)
                if not (w == "." and 0 < k < len(words) - 1 and words[k - 1][:1].isalpha())
            ]
            starts, stops, words = (
                [starts[k] for k in keep],
                [stops[k] for k in keep],
                [words[k] for k in keep],
            )
        lem = list(map(self.morph.lemma, words))
        return tuple.__new__(
            _Tokens,
            (
                starts,
                stops,
                words,
                tuple([x for x in lem if x[:1].isalpha()]),
                "".join(map(self._codes.get, lem, repeat(" "))),
            ),
        )

    def _sentence(self, sent: str, key: bytes | None = None) -> _Sentence:
        """:meth:`_analyze`, cached. What the rules conclude depends only on the folded text (see
        :func:`text.normalize`), and digits never change it, only measurements: "Гематома 12 мм" and
        "гематома 15 мм" share one entry (same length, so the same offsets). ``key`` may pass the scan's
        bytes of the sentence, which are exactly that; else the key is the text with digits as 0."""
        if not self.cache_size:
            return self._analyze(sent)
        cache_key: str | bytes = (
            key if key is not None else (_DIGIT.sub("0", sent) if _DIGIT.search(sent) else sent)
        )
        res = self._cache.get(cache_key)
        if res is None:
            res = self._analyze(sent)
            if len(self._cache) >= self.cache_size:
                self._cache.clear()
            if self.cache_size:
                self._cache[cache_key] = res
        return res

    def _emit(self, name, body, sa, sb, section, res, mentions, stops, triggers) -> None:
        """Turn a sentence's cached conclusions into mentions and triggers with offsets in ``body``.

        (``tuple.__new__`` builds the named tuples without a Python-level ``__new__`` call per object.)
        """
        new = tuple.__new__

        def placed(spec: Spec) -> Trigger:
            kind, entry, a, b = spec
            return new(Trigger, (kind, entry, name, sa + a, sa + b, body[sa + a : sa + b]))

        for spec in res.stops:
            stops.append(placed(spec))
        sentence = (sa, sb)
        # The deciding trigger, the site, multiplicity and side words: (kind, entry, start, stop) or None.
        for cats, entry, source, a, b, status, t, site, extra, side in res.mentions:
            trigger = None if t is None else placed(t)
            if trigger is not None:
                triggers.append(trigger)
            mentions.append(
                new(
                    Mention,
                    (
                        cats[0],
                        cats,
                        entry,
                        source,
                        name,
                        sa + a,
                        sa + b,
                        body[sa + a : sa + b],
                        section,
                        sentence,
                        status,
                        trigger,
                        None if site is None else placed(site),
                        None if extra is None else placed(extra),
                        None if side is None else placed(side),
                    ),
                )
            )


def _scan_table(cyrillic: bool) -> bytes:
    """A byte table over cp1251 that folds like :func:`text.fold` (and, for Cyrillic lexicons, maps Latin
    look-alikes like :func:`text.cyrillize`), character for character, and writes every digit as 0."""
    out = bytearray(range(256))
    for b in range(256):
        ch = bytes([b]).decode("cp1251", "replace")
        if len(ch) != 1 or ch == "\ufffd" or ch == "?":
            continue
        folded = _text.fold(ch)
        folded = _text.cyrillize(folded) if cyrillic else folded
        mapped = folded.encode("cp1251", "replace")
        if len(mapped) != 1 or mapped == b"?":
            raise AssertionError(f"cp1251 {b:#x}: folds to a character outside cp1251")
        out[b] = mapped[0]
    for digit in b"0123456789":
        out[digit] = ord("0")
    return bytes(out)


def _scan_bytes(word: str, table: bytes) -> bytes:
    return word.encode("cp1251", "replace").translate(table)


def _common_prefix(words: Iterable[str]) -> str:
    """The longest string every word starts with (character by character, not by path components)."""
    words = sorted(words)
    if not words:
        return ""
    first, last = words[0], words[-1]
    k = 0
    while k < min(len(first), len(last)) and first[k] == last[k]:
        k += 1
    return first[:k]


def _heading_words(lexicon: Lexicon) -> list[list[str]]:
    """The words of the [referral] phrases that can head a line ("Направительный диагноз:"): those whose
    first word has 4+ letters (not "с подозрением на")."""
    out = []
    for e in lexicon.entries:
        if e.section == "referral":
            words = _text.fold(e.phrase).split()
            if words and len(words[0]) >= 4 and words[0].isalpha():
                out.append(words)
    return out


def _stem(word: str) -> str:
    return word[: max(4, len(word) - 3)]


def _referral_heading(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A line that starts with a referral phrase and a colon (any case and inflection)."""
    phrases = [r"\s+".join(re.escape(_stem(w)) + r"\w*" for w in words) for words in _heading_words(lexicon)]
    if not phrases:
        return None
    return re.compile(
        r"(?im)^[ \t]*(?:" + "|".join(sorted(set(phrases), key=len, reverse=True)) + r")[ \t]*:"
    )


def _referral_stems(lexicon: Lexicon) -> set[str]:
    return {_stem(words[0]) for words in _heading_words(lexicon)}


# An explanation read with the sentence before it is a short one ("Вероятно, кальцинат."), not a paragraph.
_EXPLANATION_MAX_CHARS = 160


def _windows(
    body: str, spans: list[tuple[int, int]], size: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """Spans longer than ``size`` cut into pieces of at most ``size`` characters at white space (keeps the cost
    of reading a sentence linear in its length: scope rules compare mentions with triggers)."""
    for a, b in spans:
        if b - a > size:
            break
    else:
        return spans  # no span too long (the usual case)
    out = []
    for a, b in spans:
        while b - a > size:
            cut = body.rfind(" ", a + size // 2, a + size)
            cut = a + size if cut <= a else cut
            out.append((a, cut))
            a = cut
            while a < b and body[a].isspace():
                a += 1
        if a < b:
            out.append((a, b))
    return out


def _join_blocks(candidates: list[tuple[int, int]], blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Candidates with each one inside a block replaced by the block (once)."""
    out: list[tuple[int, int]] = []
    for sa, sb in candidates:
        for a, b in blocks:
            if a <= sa and sb <= b:
                sa, sb = a, b
                break
        if (sa, sb) not in out:
            out.append((sa, sb))
    return out


def _hit_group(e: Entry) -> int:
    """Which list of :meth:`Matcher._hits` a phrase's hits go to."""
    if e.kind != "trigger":
        return 0 if e.kind == "keyword" else 1
    if e.section.startswith("site."):
        return 2
    return 3 if e.section in CONTEXT_SECTIONS else 4


def _longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first (ties: leftmost), returned in text order.

    Hits on exactly the same tokens all survive together (one phrase can be a trigger of several kinds,
    e.g. "не выявлено" both before and after its target).
    """
    if len(hits) <= 1:
        return hits
    start, end = -1, 0
    for _, i, j in hits:
        if i < end and (i != start or j != end):
            break
        start, end = i, j
    else:
        # already in text order, each clear of the one before or on exactly its tokens (the usual case):
        # all kept, in that order
        return hits
    out: list[Hit] = []
    used = 0  # the tokens taken so far, one bit each
    kept: set[tuple[int, int]] = set()
    for h in sorted(hits, key=_longest_first):
        _, i, j = h
        span = (1 << j) - (1 << i)
        if not used & span or (i, j) in kept:
            out.append(h)
            used |= span
            kept.add((i, j))
    out.sort(key=_first_token)
    return out


def _longest_first(h: Hit) -> tuple[int, int]:
    return h[1] - h[2], h[1]


_first_token = itemgetter(1)


def _as_text(value: object, what: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value != value:  # NaN from pandas
        return ""
    raise TypeError(f"{what} must be a string (or None), got {type(value).__name__}")


@functools.lru_cache(maxsize=8)
def _cached_matcher(
    lexicon: Lexicon,
    prefilter: bool = True,
    cache_size: int = 200_000,
    max_field_chars: int | None = MAX_FIELD_CHARS,
) -> Matcher:
    return Matcher(lexicon, prefilter=prefilter, cache_size=cache_size, max_field_chars=max_field_chars)


@functools.lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    """The process-wide matcher for the bundled Russian lexicon."""
    return _cached_matcher(load_lexicon("ru-ich"))


def label_text(
    text: str | None = None, *, description: str | None = None, conclusion: str | None = None
) -> Report:
    """Read one report with the default Russian matcher. A plain module function: it pickles, so
    joblib workers and Dask/Spark partitions can map it."""
    return default_matcher().match(text, description=description, conclusion=conclusion)
