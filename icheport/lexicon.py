"""Lexicons: human-editable folders of UTF-8 files, validated and lemmatized at load.

A lexicon folder holds::

    manifest.toml       name, language, version, description
    keywords.txt        [category] sections of phrases: ich edh sdh sah iph ivh fracture cause infarct signal density
                        (a section may join categories with "+", e.g. [iph+cause])
    stop_phrases.txt    phrases that each mean "no intracranial hemorrhage in this study"
    triggers.txt        [negation.preceding] [negation.following] [pseudo] [terminator]
                        [uncertain.preceding] [uncertain.following] [uncertain.bidirectional]
                        [resolved.preceding] [resolved.following] [extracranial] [multiplicity] [multiplicity.plural]
                        [exception] [referral] [referral.initial]
                        [site.edh] [site.sdh] [site.sah] [site.iph] [site.ivh] [skull] [mimic]
                        [host] [contusion] [density.blood] [residual] [persisting] [side.left] [side.right]
    lemmas.txt          form = lemma     (domain corrections to the morphology)
    abbreviations.txt   abbreviation = expansion     (САК = субарахноидальное кровоизлияние)
    rules.toml          optional: the matcher's scope limits and language word lists (see :class:`Rules`)

``#`` starts a comment; a comment on a phrase's line is kept with the entry (quote the report wording that
motivated it). Phrases are written in natural form and lemmatized at load, so one entry matches every
inflection; a two-word keyword also matches in reversed order ("гематома субдуральная"). Abbreviations
expand both ways: an entry containing the expansion also matches with the abbreviation and vice versa.

Loading validates everything and names file, line and the allowed values in its error. A loaded
:class:`Lexicon` is immutable, ordered, and carries a content hash recorded by every artifact made with it.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .morph import Morph
from .text import tokenize

__all__ = [
    "KEYWORD_CATEGORIES",
    "TRIGGER_SECTIONS",
    "Entry",
    "Lexicon",
    "LexiconError",
    "Rules",
    "available_lexicons",
    "load_lexicon",
]

FORMAT_VERSION = 1
KEYWORD_CATEGORIES = (
    "ich",
    "edh",
    "sdh",
    "sah",
    "iph",
    "ivh",
    "fracture",
    "cause",
    "infarct",
    "tumor",
    "signal",
    "density",
)
HEMORRHAGE_CATEGORIES = ("ich", "edh", "sdh", "sah", "iph", "ivh")
# Lesions that make "combined" only with a hemorrhage in their own sentence: an old infarct or an incidental
# meningioma beside a subdural hematoma is no cause of it. A vascular cause ("cause": aneurysm, AVM, venous
# thrombosis) counts anywhere in the report ("САК. На КТА - аневризма ПСоА").
SENTENCE_CAUSES = ("infarct", "tumor")
TRIGGER_SECTIONS = (
    "negation.preceding",
    "negation.following",
    "pseudo",
    "terminator",
    "uncertain.preceding",
    "uncertain.following",
    "uncertain.bidirectional",
    "resolved.preceding",
    "resolved.following",
    "extracranial",
    "multiplicity",
    "multiplicity.plural",
    "exception",
    "referral",
    "referral.initial",
    "site.edh",
    "site.sdh",
    "site.sah",
    "site.iph",
    "site.ivh",
    "skull",
    "mimic",
    "host",
    "contusion",
    "density.blood",
    "residual",
    "persisting",
    "side.left",
    "side.right",
)
FILES = (
    "manifest.toml",
    "keywords.txt",
    "stop_phrases.txt",
    "triggers.txt",
    "lemmas.txt",
    "abbreviations.txt",
)
MANIFEST_KEYS = {"name", "language", "version", "description", "format", "reorder_pairs"}
OPTIONAL_FILES = ("rules.toml",)


@dataclass(frozen=True)
class Rules:
    """The matcher's limits and word lists that belong to a language, read from a lexicon's ``rules.toml``.

    Scopes count words. ``max_scope``: how far a context trigger reaches (ConText's max_scope);
    ``extracranial``, ``multiplicity``, ``site``: how far a body-site, multiplicity or place word reaches
    (all three stop at a comma); ``fracture``: how far a facial or skull word decides a fracture;
    ``far_site``: how far a generic hemorrhage looks for a place when its clause names none; ``question``:
    how many words a "?" questions; ``effect``: how far back an effect word makes a place what a lesion presses
    on; ``own_place``: within how many words after a blood word a location preposition introduces its own
    place (which a body-site word then reaches from as far as a place does). ``normal_template``: words of a normal report, which the keyword
    pre-scan avoids as anchors; ``join``: a conjunction and the prepositions after it that add a second space
    to a finding ("и" + "в": "кровь в бороздах и в задних рогах"); ``genitive_prepositions``: a preposition
    after which a list item is reached by a negation across a comma ("данных за ВЧК, ... не получено");
    ``location_prepositions``: a preposition right after a blood word that introduces its own place ("кровь в
    бороздах"), which then wins over a nearer place before the word; ``one_bleed_parts``: lemmas of blood
    words whose plural names pieces of one bleed ("остаточные сгустки"), not several bleeds; ``effect_words``:
    lemmas of what a lesion does to a structure ("компрессия", "compression"): a place named just after one
    (within ``effect`` words, no punctuation between) is what the blood presses on, not where it lies;
    ``effect_after_words``: the same written after the place ("левый боковой желудочек компримирован", "the
    left lateral ventricle is effaced"; within two words). ``parenthetical_openers``: lemmas of the participles
    that open a clause set off by two commas, which a negation after it reaches across ("Гематома, описанная на
    КТ от 02.03, не определяется"). ``collection_words``: lemmas of blood words that name a collection
    (a hematoma), which keeps its own place when a lesion it lies in is named after it ("гематома в зоне
    инфаркта" is parenchymal, "петехиальные геморрагии по периферии инфаркта" are transformation).
    ``articles``: words that may stand between a location preposition and its place ("blood in the
    overlying sulci").
    ``outside_brain_words``: words that put blood outside the brain ("extra-axial", "оболочечная"): such a
    finding takes no parenchymal subtype from a lobe or hemisphere named beside it. ``elsewhere_words``: words
    that narrow a stop phrase right before or after them to the rest of the brain ("Elsewhere no haemorrhage"):
    it then denies only as a plain negation, and answers no question the report asked. ``denial_words``:
    phrases ("не", "а не"; "not") that, opening a clause after a comma, dash or colon right before a finding,
    name it only to rule it out ("обызвествление серпа, не гематома", "calcification, not a haemorrhage").
    ``recommendation_words``: lemmas of a recommendation; a [referral] phrase after one in its sentence asks the
    question of this study, so it hedges ("рекомендована МРТ для исключения изоденсной СДГ"), unless a condition
    word (``condition_words``) before it makes it advice for later ("if symptoms persist, recommend MRI to
    evaluate for microhemorrhage"). ``typo_words``: words whose one-letter typos the keyword pre-scan still
    finds ("гемматома"), by the first and last letters of their stems (lexicons read with typo tolerance only).
    ``comparison_words``: phrases right before a place (an article between at most) that make it what a finding
    is compared with, not where it lies ("изоденсное веществу мозга", "isodense to the brain parenchyma").
    ``explanation_openers``: how a sentence that explains the one before it begins ("Вероятнее всего, ...",
    "This is in keeping with ..."); such a sentence naming a [mimic] and no finding is read with the sentence
    before it, so "Гиперденсный очаг в таламусе. Вероятно, кальцинат." explains the dense area.
    """

    max_scope: int = 15
    extracranial: int = 3
    multiplicity: int = 5
    site: int = 6
    fracture: int = 10
    far_site: int = 30
    question: int = 2
    effect: int = 5
    own_place: int = 4
    normal_template: str = ""
    join: tuple[tuple[str, tuple[str, ...]], ...] = ()
    genitive_prepositions: tuple[str, ...] = ()
    location_prepositions: tuple[str, ...] = ()
    one_bleed_parts: tuple[str, ...] = ()
    effect_words: tuple[str, ...] = ()
    effect_after_words: tuple[str, ...] = ()
    parenthetical_openers: tuple[str, ...] = ()
    collection_words: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    explanation_openers: tuple[str, ...] = ()
    outside_brain_words: tuple[str, ...] = ()
    elsewhere_words: tuple[str, ...] = ()
    denial_words: tuple[str, ...] = ()
    recommendation_words: tuple[str, ...] = ()
    condition_words: tuple[str, ...] = ()
    typo_words: tuple[str, ...] = ()
    comparison_words: tuple[str, ...] = ()


_RULE_SCOPES = (
    "max_scope",
    "extracranial",
    "multiplicity",
    "site",
    "fracture",
    "far_site",
    "question",
    "effect",
    "own_place",
)
_RULE_WORDS = (
    "normal_template",
    "join",
    "genitive_prepositions",
    "location_prepositions",
    "one_bleed_parts",
    "effect_words",
    "effect_after_words",
    "parenthetical_openers",
    "collection_words",
    "articles",
    "explanation_openers",
    "outside_brain_words",
    "elsewhere_words",
    "denial_words",
    "recommendation_words",
    "condition_words",
    "typo_words",
    "comparison_words",
)
_RULE_LISTS = _RULE_WORDS[2:]


def _read_rules(raw: bytes | None) -> Rules:
    """``rules.toml``: a [scope] table of word counts and a [words] table; anything else is an error."""
    if raw is None:
        return Rules()
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LexiconError(f"rules.toml: {exc}") from None
    unknown = sorted(set(data) - {"scope", "words"})
    if unknown:
        raise LexiconError(f"rules.toml: unknown table(s) {unknown}; allowed: scope, words")
    scope, words = data.get("scope", {}), data.get("words", {})
    for table, allowed in (("scope", _RULE_SCOPES), ("words", _RULE_WORDS)):
        extra = sorted(set(data.get(table, {})) - set(allowed))
        if extra:
            raise LexiconError(f"rules.toml: [{table}] unknown key(s) {extra}; allowed: {', '.join(allowed)}")
    for key, value in scope.items():
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 100:
            raise LexiconError(f"rules.toml: [scope] {key} must be a whole number of words from 1 to 100")
    template = words.get("normal_template", "")
    join = words.get("join", {})
    if not isinstance(template, str):
        raise LexiconError("rules.toml: [words] normal_template must be a string")
    if not isinstance(join, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) and x for x in v) for v in join.values()
    ):
        raise LexiconError('rules.toml: [words] join must map a word to a list of words, e.g. {"и" = ["в"]}')
    lists = {key: words.get(key, []) for key in _RULE_LISTS}
    for key, value in lists.items():
        if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
            raise LexiconError(f"rules.toml: [words] {key} must be a list of words")
    word_lists: dict[str, Any] = {key: tuple(x.lower() for x in value) for key, value in lists.items()}
    return Rules(
        **scope,
        normal_template=" ".join(template.lower().split()),
        join=tuple((k.lower(), tuple(x.lower() for x in v)) for k, v in join.items()),
        **word_lists,
    )


LANGUAGES = ("ru", "en")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file, the line and what is allowed."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon phrase.

    ``kind`` is "keyword", "stop" or "trigger"; ``section`` the keyword categories joined by "+" or the
    trigger section; ``lemmas`` the phrase after normalization and lemmatization; ``source`` "file:line";
    ``variant_of`` the phrase this one was derived from (reversed order or abbreviation), else "".
    """

    kind: str
    section: str
    phrase: str
    lemmas: tuple[str, ...]
    source: str
    comment: str = ""
    variant_of: str = ""
    #: the keyword categories ("iph+cause" -> ("iph", "cause")); () for stop phrases and triggers. Stored, not
    #: derived per call: the matcher asks for them several times per mention.
    categories: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "categories", _categories(self.section) if self.kind == "keyword" else ())


@functools.lru_cache(maxsize=256)
def _categories(section: str) -> tuple[str, ...]:
    """A keyword section's categories ("iph+cause" → ("iph", "cause")); the matcher asks once per mention."""
    return tuple(section.split("+"))


@dataclass(frozen=True, eq=False)
class Lexicon:
    """An immutable, validated lexicon. Equal and hashed by content."""

    name: str
    language: str
    version: str
    description: str
    entries: tuple[Entry, ...]
    overrides: tuple[tuple[str, str], ...]
    abbreviations: tuple[tuple[str, str], ...]
    content_hash: str
    vocabulary: tuple[str, ...] = ()
    source: str = field(default="", compare=False)
    rules: Rules = field(default_factory=Rules)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and other.content_hash == self.content_hash

    def __hash__(self) -> int:
        return hash(self.content_hash)

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={v}" for k, v in self.counts().items())
        return (
            f"Lexicon({self.name!r} {self.version}, {self.language}, {counts}, hash={self.content_hash[:12]})"
        )

    def select(self, kind: str, section: str | None = None, *, variants: bool = True) -> tuple[Entry, ...]:
        return tuple(
            e
            for e in self.entries
            if e.kind == kind and (section is None or e.section == section) and (variants or not e.variant_of)
        )

    @property
    def stop_phrases(self) -> tuple[Entry, ...]:
        """The stop phrases as written (without derived variants)."""
        return self.select("stop", variants=False)

    def counts(self) -> dict[str, int]:
        return {
            "keywords": len(self.select("keyword", variants=False)),
            "stop_phrases": len(self.stop_phrases),
            "triggers": len(self.select("trigger", variants=False)),
            "lemma_overrides": len(self.overrides),
            "abbreviations": len(self.abbreviations),
        }

    def provenance(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "language": self.language,
            "content_hash": self.content_hash,
            "format": FORMAT_VERSION,
            **self.counts(),
        }


# ---------------------------------------------------------------------------------------------
# Reading files
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Line:
    file: str
    number: int
    section: str | None
    text: str
    comment: str

    @property
    def where(self) -> str:
        return f"{self.file}:{self.number}"


def _read_lines(name: str, data: bytes, sections: tuple[str, ...] | None) -> list[_Line]:
    """Lines of a lexicon file; ``sections`` None means the file has no [sections]."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LexiconError(
            f"{name}:{line}: not valid UTF-8 (byte {data[exc.start]:#04x}); save the file as UTF-8"
        ) from None
    out: list[_Line] = []
    current: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        body, _, comment = raw.partition("#")
        body = body.strip()
        if not body:
            continue
        if body.startswith("[") and body.endswith("]"):
            if sections is None:
                raise LexiconError(f"{name}:{number}: this file has no [sections]; got {body}")
            current = body[1:-1].strip()
            parts = current.split("+")
            if any(p not in sections for p in parts) or len(set(parts)) != len(parts):
                raise LexiconError(
                    f"{name}:{number}: unknown section [{current}]; allowed: {', '.join(sections)}"
                    + (" (keyword sections may join categories with '+')" if name == "keywords.txt" else "")
                )
            continue
        if sections is not None and current is None:
            raise LexiconError(
                f"{name}:{number}: phrase {body!r} comes before any [section]; "
                f"start the file with one of: {', '.join(sections)}"
            )
        out.append(_Line(name, number, current, body, comment.strip()))
    return out


def _pairs(lines: list[_Line], *, what: str) -> list[tuple[_Line, str, str]]:
    out = []
    for ln in lines:
        left, sep, right = ln.text.partition("=")
        left, right = left.strip(), right.strip()
        if not sep or not left or not right:
            raise LexiconError(f"{ln.where}: expected '{what}', got {ln.text!r}")
        out.append((ln, left, right))
    return out


def _words(phrase: str) -> list[str]:
    return [t.norm for t in tokenize(phrase)]


@functools.lru_cache(maxsize=16)
def _morph_for(language: str, overrides: tuple[tuple[str, str], ...], words: tuple[str, ...]) -> Morph:
    """A Morph that knows every form of the lexicon's words. Learning the paradigms takes most of a lexicon's
    load time, so the result is kept as a JSON data file (see :mod:`icheport.morph_cache`) keyed by everything
    it depends on, and read back instead of learned again."""
    from . import morph_cache

    morph = Morph(language, dict(overrides))
    key = morph_cache.key(language, overrides, words)
    if not morph_cache.restore(morph, key):
        for w in words:
            if w[:1].isalpha():
                morph.learn(w)
        morph_cache.store(morph, key)
    # From now on an unknown word one edit away from a lexicon word form reads as that word (Russian).
    morph.typos = language == "ru"
    return morph


def build_morph(lexicon: Lexicon) -> Morph:
    """The morphology a lexicon was lemmatized with (shared per process, built once per content)."""
    return _morph_for(lexicon.language, lexicon.overrides, lexicon.vocabulary)


def _locate(name_or_path: str | Path):
    p = Path(name_or_path)
    if p.is_dir():
        return p, str(p)
    if isinstance(name_or_path, str) and "/" not in name_or_path and "\\" not in name_or_path:
        root = importlib.resources.files("icheport.lexicons").joinpath(name_or_path)
        if root.is_dir():
            return root, f"icheport.lexicons/{name_or_path}"
    raise LexiconError(
        f"no lexicon {str(name_or_path)!r}: not a folder, and not a bundled lexicon "
        f"(bundled: {', '.join(available_lexicons())})"
    )


def available_lexicons() -> list[str]:
    root = importlib.resources.files("icheport.lexicons")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("manifest.toml").is_file())


def load_lexicon(name_or_path: str | Path = "ru-ich") -> Lexicon:
    """Load and validate a lexicon: a bundled name ("ru-ich", "en-ich") or a folder path."""
    root, label = _locate(name_or_path)
    data: dict[str, bytes] = {}
    for fname in FILES:
        f = root.joinpath(fname)
        if not f.is_file():
            raise LexiconError(f"{label}: missing {fname}; a lexicon folder holds {', '.join(FILES)}")
        data[fname] = f.read_bytes()
    for fname in OPTIONAL_FILES:
        f = root.joinpath(fname)
        if f.is_file():
            data[fname] = f.read_bytes()
    allowed = (*FILES, *OPTIONAL_FILES)
    extra = sorted(
        p.name
        for p in root.iterdir()
        if p.is_file() and p.name.endswith((".txt", ".toml")) and p.name not in allowed
    )
    if extra:
        raise LexiconError(f"{label}: unexpected file(s) {', '.join(extra)}; allowed: {', '.join(allowed)}")
    return _build(label, data)


def _build(label: str, data: dict[str, bytes]) -> Lexicon:
    """A lexicon from the bytes of its files (``label`` names where they came from), checked step by step in a
    fixed order, so a folder with several faults always reports the same one first."""
    manifest = _read_manifest(data["manifest.toml"])
    files = _read_files(data)
    overrides = _overrides(files.lemma_pairs)
    abbreviations = _abbreviations(files.abbreviation_pairs, overrides)
    rules = _read_rules(data.get("rules.toml"))
    vocabulary = _vocabulary(files.phrases, abbreviations, rules)
    override_items = tuple(sorted(overrides.items()))
    morph = _morph_for(manifest.language, override_items, vocabulary)
    entries = _Entries()
    for kind, section, ln in files.phrases:
        entries.add_written(kind, section, ln, morph)
    _add_variants(entries, morph, abbreviations, reorder=manifest.reorder_pairs)
    content_hash = _content_hash(data)
    return Lexicon(
        name=manifest.name,
        language=manifest.language,
        version=manifest.version,
        description=manifest.description,
        entries=tuple(entries.entries),
        overrides=override_items,
        abbreviations=tuple(abbreviations),
        content_hash=content_hash,
        vocabulary=vocabulary,
        source=label,
        rules=rules,
    )


class _Manifest(NamedTuple):
    """What manifest.toml says, checked."""

    name: str
    language: str
    version: str
    description: str
    reorder_pairs: bool


def _manifest_line(text: str, key: str) -> str:
    """Where ``key`` is set in manifest.toml ("manifest.toml:3"), for error messages."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.split("=", 1)[0].strip() == key:
            return f"manifest.toml:{number}"
    return "manifest.toml"


def _read_manifest(raw: bytes) -> _Manifest:
    """manifest.toml: valid TOML with only the known keys, a non-empty name, language and version, a language
    this package reads and the lexicon format it reads. Two-word keywords are also matched reversed unless
    ``reorder_pairs = false``."""
    try:
        manifest = tomllib.loads(raw.decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LexiconError(f"manifest.toml: {exc}") from None
    text = raw.decode("utf-8-sig")
    unknown = sorted(set(manifest) - MANIFEST_KEYS)
    if unknown:
        raise LexiconError(
            f"{_manifest_line(text, unknown[0])}: unknown key(s) {', '.join(unknown)}; "
            f"allowed: {', '.join(sorted(MANIFEST_KEYS))}"
        )
    for key in ("name", "language", "version"):
        if not isinstance(manifest.get(key), str) or not manifest[key].strip():
            raise LexiconError(f"manifest.toml: '{key}' is required (a non-empty string)")
    language = manifest["language"]
    if language not in LANGUAGES:
        raise LexiconError(
            f"{_manifest_line(text, 'language')}: language {language!r} is not supported; "
            f"allowed: {', '.join(LANGUAGES)}"
        )
    fmt = manifest.get("format", FORMAT_VERSION)
    if fmt != FORMAT_VERSION:
        raise LexiconError(
            f"{_manifest_line(text, 'format')}: format {fmt} is not supported by this icheport "
            f"(format {FORMAT_VERSION})"
        )
    return _Manifest(
        name=manifest["name"],
        language=language,
        version=manifest["version"],
        description=str(manifest.get("description", "")),
        reorder_pairs=bool(manifest.get("reorder_pairs", True)),
    )


class _Files(NamedTuple):
    """The text files read into lines: every phrase as (kind, section, line), in file order (keywords,
    stop phrases, triggers), and the pairs of lemmas.txt and abbreviations.txt as (line, left, right)."""

    phrases: list[tuple[str, str, _Line]]
    lemma_pairs: list[tuple[_Line, str, str]]
    abbreviation_pairs: list[tuple[_Line, str, str]]


def _read_files(data: dict[str, bytes]) -> _Files:
    """Each text file split into lines and checked for its layout: known [sections], "left = right" pairs."""
    keyword_lines = _read_lines("keywords.txt", data["keywords.txt"], KEYWORD_CATEGORIES)
    stop_lines = _read_lines("stop_phrases.txt", data["stop_phrases.txt"], None)
    trigger_lines = _read_lines("triggers.txt", data["triggers.txt"], TRIGGER_SECTIONS)
    lemma_pairs = _pairs(_read_lines("lemmas.txt", data["lemmas.txt"], None), what="form = lemma")
    abbr_pairs = _pairs(
        _read_lines("abbreviations.txt", data["abbreviations.txt"], None), what="abbreviation = expansion"
    )
    phrases: list[tuple[str, str, _Line]] = (
        [("keyword", ln.section or "", ln) for ln in keyword_lines]
        + [("stop", "stop", ln) for ln in stop_lines]
        + [("trigger", ln.section or "", ln) for ln in trigger_lines]
    )
    return _Files(phrases, lemma_pairs, abbr_pairs)


def _overrides(pairs: list[tuple[_Line, str, str]]) -> dict[str, str]:
    """The lemma overrides: one word to one word, each form once."""
    overrides: dict[str, str] = {}
    for ln, form, lemma in pairs:
        fw, lw = _words(form), _words(lemma)
        if len(fw) != 1 or len(lw) != 1:
            raise LexiconError(f"{ln.where}: a lemma override maps one word to one word; got {ln.text!r}")
        if fw[0] in overrides:
            raise LexiconError(f"{ln.where}: duplicate override for {form!r}")
        overrides[fw[0]] = lw[0]
    return overrides


def _abbreviations(pairs: list[tuple[_Line, str, str]], overrides: dict[str, str]) -> list[tuple[str, str]]:
    """The abbreviations as (word, expansion in normalized words). An abbreviation is one word, and it is its
    own lemma (added to ``overrides`` unless an override already says otherwise)."""
    abbreviations: list[tuple[str, str]] = []
    for ln, abbr, expansion in pairs:
        aw = _words(abbr)
        if len(aw) != 1 or not aw[0].isalnum():
            raise LexiconError(f"{ln.where}: an abbreviation is one word; got {abbr!r}")
        if not _words(expansion):
            raise LexiconError(f"{ln.where}: empty expansion for {abbr!r}")
        overrides.setdefault(aw[0], aw[0])
        abbreviations.append((aw[0], " ".join(_words(expansion))))
    return abbreviations


def _vocabulary(
    phrases: list[tuple[str, str, _Line]], abbreviations: list[tuple[str, str]], rules: Rules
) -> tuple[str, ...]:
    """Every word of the phrases, of the abbreviations' expansions and of the rules' lemma lists (effect
    words), once each, in first-seen order: the words whose forms the morphology learns (and caches), so the
    matcher looks them up instead of parsing them in every new process."""
    words: dict[str, None] = {}
    for _, _, ln in phrases:
        for w in _words(ln.text):
            words.setdefault(w, None)
    for _, expansion in abbreviations:
        for w in expansion.split():
            words.setdefault(w, None)
    for w in (
        *rules.effect_words,
        *rules.effect_after_words,
        *rules.parenthetical_openers,
        *rules.outside_brain_words,
        *rules.elsewhere_words,
        *rules.recommendation_words,
        *rules.condition_words,
        *rules.typo_words,
        *(w for phrase in rules.comparison_words for w in phrase.split()),
    ):
        words.setdefault(w, None)
    return tuple(words)


class _Entries:
    """The entries collected so far, in order, with what the duplicate checks need: a written phrase that
    reads like an earlier one of its kind (triggers: of its section), or a keyword already in another
    section, is an error; a derived variant that reads like an existing entry is dropped."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.seen: dict[tuple[str, tuple[str, ...]], Entry] = {}
        self.keyword_seen: dict[tuple[str, ...], Entry] = {}

    def add_written(self, kind: str, section: str, ln: _Line, morph: Morph) -> None:
        """A phrase as written in its file, lemmatized. It must have a word; a keyword or stop phrase, one
        that is not punctuation."""
        lemmas = tuple(morph.lemmas(_words(ln.text)))
        if not lemmas:
            raise LexiconError(f"{ln.where}: phrase {ln.text!r} has no words")
        if kind != "trigger" and not any(w[:1].isalnum() for w in lemmas):
            raise LexiconError(f"{ln.where}: phrase {ln.text!r} lemmatizes to no word")
        self.add(Entry(kind, section, ln.text, lemmas, ln.where, ln.comment), ln)

    def add(self, entry: Entry, ln: _Line | None) -> None:
        """Add an entry: a written one (``ln`` its line) or a derived variant (``ln`` None)."""
        key = (entry.kind if entry.kind != "trigger" else "trigger:" + entry.section, entry.lemmas)
        if key in self.seen:
            if ln is None:
                return  # a derived variant that a written entry already covers
            first = self.seen[key]
            raise LexiconError(
                f"{ln.where}: duplicate of {first.source} ({first.phrase!r}): both read as "
                f"{' '.join(entry.lemmas)!r}"
            )
        if entry.kind == "keyword":
            other = self.keyword_seen.get(entry.lemmas)
            if other is not None and other.section != entry.section:
                if ln is None:
                    return
                raise LexiconError(
                    f"{ln.where}: {entry.phrase!r} is already a keyword of [{other.section}] "
                    f"at {other.source}; a phrase belongs to one section"
                )
            self.keyword_seen[entry.lemmas] = entry
        self.seen[key] = entry
        self.entries.append(entry)


def _add_variants(
    entries: _Entries, morph: Morph, abbreviations: list[tuple[str, str]], *, reorder: bool
) -> None:
    """Derived variants: two-word keywords reversed ("гематома субдуральная"; unless the manifest turns it
    off), then every entry with an abbreviation's expansion written short and the abbreviation written out."""
    if reorder:
        for e in list(entries.entries):
            if e.kind == "keyword" and len(e.lemmas) == 2 and all(w[:1].isalnum() for w in e.lemmas):
                entries.add(
                    Entry(e.kind, e.section, e.phrase, e.lemmas[::-1], e.source, e.comment, e.phrase), None
                )
    abbr_lemmas = [(morph.lemma(a), tuple(morph.lemmas(x.split()))) for a, x in abbreviations]
    for e in list(entries.entries):
        for abbr_lemma, expanded in abbr_lemmas:
            short: tuple[str, ...] = (abbr_lemma,)
            for src, dst in ((expanded, short), (short, expanded)):
                replaced = _replace(e.lemmas, src, dst)
                if replaced is not None:
                    variant_of = e.variant_of or e.phrase
                    entries.add(
                        Entry(e.kind, e.section, e.phrase, replaced, e.source, e.comment, variant_of), None
                    )


def _content_hash(data: dict[str, bytes]) -> str:
    """The SHA-256 of the format version and every file's name and bytes (rules.toml only when present):
    what an artifact made with the lexicon records."""
    digest = hashlib.sha256(f"icheport-lexicon-format-{FORMAT_VERSION}\n".encode())
    for fname in FILES:
        digest.update(fname.encode() + b"\0" + data[fname] + b"\0")
    for fname in OPTIONAL_FILES:
        if fname in data:
            digest.update(fname.encode() + b"\0" + data[fname] + b"\0")
    return digest.hexdigest()


def _replace(seq: tuple[str, ...], old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...] | None:
    n = len(old)
    for i in range(len(seq) - n + 1):
        if seq[i : i + n] == old:
            return seq[:i] + new + seq[i + n :]
    return None
