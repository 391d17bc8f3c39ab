"""The cohort funnel: which exported CT reports enter the study, and why each one does not.

Every input row gets exactly one reason code, checked in this order:

========================== =================================================================
reason                     meaning
========================== =================================================================
``not_brain_ct``           ``study_type`` is not a (native) brain / head CT
``empty_text``             description and conclusion both blank (NaN, non-text, no letters)
``age_missing_or_implausible`` age absent, unparseable, < 0 or > 120
``under_18``               age < 18 (the source study kept adults 18–99)
``over_99``                age >= 100
``duplicate_study``        study_id seen before, or the same patient with the same text
``no_keyword_evidence``    in the cohort, but the report never mentions hemorrhage at all
``classifier_ich``         score above the uncertainty band
``classifier_no_ich``      score below the uncertainty band
``unclear``                the rule says "unclear" (hedged only) or the score is inside the band
========================== =================================================================

The first six are exclusions (:func:`exclusion_reasons`, cheap, vectorized, run before the matcher);
the last four split the cohort after labeling (:func:`label_reasons`).

Decisions, all configurable through :class:`CohortConfig`:

* Brain CT is decided by :mod:`icheport.study_type` (words in ``icheport/data/study_types.toml``): a
  native or contrast-enhanced brain / head CT, also when done together with CT angiography, venography or
  perfusion, or with the neck, face, sinuses, orbits, temporal bones or cervical spine (they hold the
  native brain series, as in the source study). CT angiography / venography / perfusion alone is not.
* Studies naming the head together with chest, abdomen, pelvis, thoracic / lumbar spine or limbs
  (polytrauma) are excluded by default (``keep_multiregion=False``): such a report describes chest and
  abdominal blood in the same text and would pollute the ICH lists. ``keep_multiregion=True`` keeps them.
* Without a ``study_type`` column every row counts as brain CT; without an ``age`` column the age
  checks are skipped; without ``patient_id`` only study ids are de-duplicated. The :class:`Funnel`
  records each of these as a note.
* Keyword evidence: a report has it when the matcher found any hemorrhage mention, whatever its status
  (present, negated, uncertain, resolved, extracranial) — i.e. a ``mention`` span whose category is not
  in ``evidence_exclude_categories`` (default: fracture, cause, infarct, signal), or a ``stop`` span (a stop phrase such as
  "признаков внутричерепного кровоизлияния не выявлено") — or when the rule says present / unclear.
  This reproduces the source study's "selected by ICH keywords" stage: the no-ICH list is drawn from
  reports that discuss hemorrhage and deny it, the informative negatives.
* Duplicates are detected across chunks with 64-bit hashes kept in sorted numpy arrays (8 bytes per
  row that reaches the duplicate check); the first occurrence in input order is kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any, Protocol

import numpy as np
import pandas as pd

from .io import text_or_empty
from .study_type import StudyTypeRules, default_words

__all__ = [
    "BUCKET_OF",
    "EXCLUSION_REASONS",
    "IN_COHORT",
    "LABEL_REASONS",
    "REASONS",
    "REASON_CODE",
    "CohortConfig",
    "DuplicateTracker",
    "Funnel",
    "SeenHashes",
    "blank_text_mask",
    "brain_ct_mask",
    "exclusion_codes",
    "exclusion_reasons",
    "has_keyword_evidence",
    "label_codes",
    "label_reasons",
    "parse_age",
    "reason_counts",
    "reason_names",
    "titled_other_study",
]

EXCLUSION_REASONS: tuple[str, ...] = (
    "not_brain_ct",
    "empty_text",
    "age_missing_or_implausible",
    "under_18",
    "over_99",
    "duplicate_study",
)
LABEL_REASONS: tuple[str, ...] = ("no_keyword_evidence", "classifier_ich", "classifier_no_ich", "unclear")
REASONS: tuple[str, ...] = EXCLUSION_REASONS + LABEL_REASONS

IN_COHORT = -1
"""The reason code of a row that enters the cohort (it has no exclusion reason)."""
REASON_CODE: dict[str, int] = {r: i for i, r in enumerate(REASONS)}
"""Integer code of each reason: its position in :data:`REASONS`."""
_NAMES = np.array([*REASONS, ""], dtype=object)  # code -1 (IN_COHORT) picks the last entry, ""

BUCKET_OF: dict[str, str] = {
    **{r: "excluded" for r in EXCLUSION_REASONS},
    "no_keyword_evidence": "no_evidence",
    "classifier_ich": "ich",
    "classifier_no_ich": "no_ich",
    "unclear": "unclear",
}
"""Coarse bucket of each reason: ``excluded``, ``no_evidence``, ``ich``, ``no_ich``, ``unclear``."""

_WORDS = default_words()
_P = _WORDS["patterns"]

DEFAULT_INCLUDE: tuple[str, ...] = tuple(_P["ct"])
"""Words of CT as a technique (``ct`` in ``icheport/data/study_types.toml``)."""
DEFAULT_HEAD: tuple[str, ...] = tuple(_P["brain"])
"""Words of the brain / head (``brain``)."""
DEFAULT_EXCLUDE: tuple[str, ...] = tuple(_P["vascular"])
"""Vessel / perfusion techniques: a procedure naming one is not a native series (``vascular``)."""
DEFAULT_OTHER_REGIONS: tuple[str, ...] = tuple(_P["body"])
"""Body regions that make a multi-region study beside the head (``body``)."""
DEFAULT_HEAD_NEIGHBOURS: tuple[str, ...] = tuple(_P["head_neighbours"])
"""Regions of the head-and-neck scan field: kept beside the brain, not brain CT alone."""
DEFAULT_OTHER_MODALITIES: tuple[str, ...] = tuple(_P["other_modality"])
"""Techniques that are not CT (MRI, PET, SPECT, ultrasound ...)."""
DEFAULT_BRAIN_CT_CODES: tuple[str, ...] = tuple(_WORDS["codes"]["brain"])
"""Nomenclature codes that name a brain / head CT on their own."""


@dataclass(frozen=True)
class CohortConfig:
    """Parameters of the cohort funnel (all have the source study's defaults)."""

    brain_ct_include: tuple[str, ...] = DEFAULT_INCLUDE
    brain_ct_head: tuple[str, ...] = DEFAULT_HEAD
    brain_ct_exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    other_regions: tuple[str, ...] = DEFAULT_OTHER_REGIONS
    head_neighbours: tuple[str, ...] = DEFAULT_HEAD_NEIGHBOURS
    other_modalities: tuple[str, ...] = DEFAULT_OTHER_MODALITIES
    brain_ct_codes: tuple[str, ...] = DEFAULT_BRAIN_CT_CODES
    keep_multiregion: bool = False
    min_age: float = 18
    max_age: int = 99
    plausible_age: tuple[float, float] = (0, 120)
    unclear_band: tuple[float, float] = (0.35, 0.65)
    # Only hemorrhage words are keyword evidence: fractures, causes (tumor, aneurysm), infarcts and the
    # classifier-only signal words ("отек", "гиперденсный") are not.
    evidence_exclude_categories: tuple[str, ...] = ("fracture", "cause", "infarct", "tumor", "signal")
    _compiled: dict[str, Any] = field(default_factory=dict, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        for name in (
            "brain_ct_include",
            "brain_ct_head",
            "brain_ct_exclude",
            "other_regions",
            "head_neighbours",
            "other_modalities",
            "brain_ct_codes",
            "evidence_exclude_categories",
        ):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(value))
        lo, hi = (float(x) for x in self.unclear_band)
        if not 0.0 <= lo <= hi <= 1.0:
            raise ValueError(
                f"unclear_band must be two numbers 0 <= low <= high <= 1; got {self.unclear_band}"
            )
        object.__setattr__(self, "unclear_band", (lo, hi))
        object.__setattr__(self, "plausible_age", tuple(float(x) for x in self.plausible_age))
        if not self.plausible_age[0] <= self.min_age <= self.max_age <= self.plausible_age[1]:
            raise ValueError("ages must satisfy plausible low <= min_age <= max_age <= plausible high")
        self._compiled["study_type"] = StudyTypeRules(
            ct=self.brain_ct_include,
            brain=self.brain_ct_head,
            vascular=self.brain_ct_exclude,
            body=self.other_regions,
            head_neighbours=self.head_neighbours,
            other_modality=self.other_modalities,
            xray=tuple(_P["xray"]),
            native=tuple(_P["native"]),
            title_neck=tuple(_P["title_neck"]),
            title_finding=tuple(_P["title_finding"]),
            codes=self.brain_ct_codes,
            rewrite=tuple((p, r) for p, r in _WORDS["rewrite"]["rules"]),
            keep_multiregion=self.keep_multiregion,
        )

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> CohortConfig:
        """Build from a ``[cohort]`` config section; unknown keys are rejected with the allowed list."""
        values = dict(values or {})
        allowed = [f.name for f in fields(cls) if not f.name.startswith("_")]
        unknown = [k for k in values if k not in allowed]
        if unknown:
            raise ValueError(f"unknown cohort option(s) {unknown}; allowed: {', '.join(allowed)}")
        for k in ("unclear_band", "plausible_age"):
            if k in values:
                values[k] = tuple(values[k])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if not f.name.startswith("_")}


# --------------------------------------------------------------------------- stage masks


def brain_ct_mask(study_type: pd.Series, config: CohortConfig | None = None) -> np.ndarray:
    """True where ``study_type`` names a brain / head CT that holds a native series (see
    :mod:`icheport.study_type` for the rules and ``icheport/data/study_types.toml`` for the words).

    An export has a few hundred distinct study types at most, so the rules run once per distinct value
    (and remember it across chunks: a chunked run decides each string once).
    """
    config = config or _default_config()
    codes, uniques = pd.factorize(text_or_empty(study_type), use_na_sentinel=False)
    if not len(codes):
        return np.zeros(0, dtype=bool)
    rules: StudyTypeRules = config._compiled["study_type"]
    ok = np.fromiter((rules.is_brain_ct(u) for u in uniques), dtype=bool, count=len(uniques))
    return ok[codes]


def titled_other_study(texts: pd.Series, config: CohortConfig | None = None) -> np.ndarray:
    """True where a report opens with the title of a CT of a body region or the neck ("CT chest with
    contrast:"; :meth:`StudyTypeRules.titles_other_study`): what ``label`` reads when a table has no study
    type column. The opening words repeat across an export, so each distinct one is asked once whether it
    holds a CT word; only those rows are read further."""
    rules: StudyTypeRules = (config or _default_config())._compiled["study_type"]
    codes, heads = pd.factorize(text_or_empty(texts).str.slice(0, 24), use_na_sentinel=False)
    has_ct = np.fromiter((rules.opens_with_ct(h) for h in heads), dtype=bool, count=len(heads))
    maybe = np.flatnonzero(has_ct[codes]) if len(codes) else np.zeros(0, dtype=np.intp)
    out = np.zeros(len(texts), dtype=bool)
    out[maybe] = [isinstance(v, str) and rules.titles_other_study(v) for v in texts.iloc[maybe]]
    return out


@lru_cache(maxsize=1)
def _default_config() -> CohortConfig:
    return CohortConfig()


_NULL_TOKENS = r"^\s*(?:nan|none|null|n/?a|na|#н/д|н/д|-+|—+|\.+)?\s*$"


def _arrow_text(values: pd.Series) -> Any:
    import pyarrow as pa

    return pa.array(text_or_empty(values))  # zero-copy for Arrow-backed str columns


def blank_text_mask(description: pd.Series | None, conclusion: pd.Series | None) -> np.ndarray:
    """True where neither field holds any letter (NaN, numbers, punctuation, "NULL" count as blank)."""
    import pyarrow.compute as pc

    n = len(description) if description is not None else len(conclusion)  # type: ignore[arg-type]
    blank = np.ones(n, dtype=bool)
    for col in (description, conclusion):
        if col is None:
            continue
        a = _arrow_text(col)
        has_letter = pc.match_substring_regex(a, r"\pL").to_numpy(zero_copy_only=False)
        nullish = pc.match_substring_regex(a, _NULL_TOKENS, ignore_case=True).to_numpy(zero_copy_only=False)
        blank &= ~(has_letter.astype(bool) & ~nullish.astype(bool))
    return blank


def parse_age(values: pd.Series) -> pd.Series:
    """Age in years as float (NaN when missing or unparseable). Accepts ``"45"``, ``"45,0"``, ``"45 лет"``."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values.astype("float64")
    s = values.map(lambda v: v if isinstance(v, str) else (str(v) if isinstance(v, int | float) else ""))
    s = s.astype("str")
    num = s.str.extract(
        r"^\s*(-?\d{1,4}(?:[.,]\d+)?)(?:\s*(?:лет|год|года|г\.?|y|yo|years?))?\s*$", expand=False
    )
    return pd.to_numeric(num.str.replace(",", ".", regex=False), errors="coerce").astype("float64")


def _hash(values: Any) -> np.ndarray:
    """The 64-bit hash ``pd.util.hash_pandas_object(values, index=False)`` gives each string of an Arrow
    string array without nulls, computed from the UTF-8 bytes: pandas hashes a ``bytes`` object exactly as
    the ``str`` it encodes, and bytes objects are ~5x cheaper to make from Arrow than str objects."""
    import pyarrow as pa

    data = np.array(values.cast(pa.large_binary()).to_pylist(), dtype=object)
    return pd.util.hash_array(data, categorize=False)


def _has_byte(values: Any, byte: bytes) -> bool:
    """Whether any string of an Arrow string array holds ``byte`` (one ``bytes.find`` over its data buffer;
    ``match_substring`` searches string by string, ~40x slower). Null slots count too: a caller may only use
    a True to take a slower, always-correct path."""
    import pyarrow as pa

    offset_type = np.int64 if pa.types.is_large_string(values.type) else np.int32
    for chunk in values.chunks if hasattr(values, "chunks") else [values]:
        _, offset_buffer, data = chunk.buffers()
        if len(chunk) == 0 or data is None:
            continue
        offsets = np.frombuffer(offset_buffer, dtype=offset_type)
        start, stop = offsets[chunk.offset], offsets[chunk.offset + len(chunk)]
        if bytes(memoryview(data)[start:stop]).find(byte) >= 0:
            return True
    return False


def _normalize_for_dedup(values: pd.Series) -> Any:
    """Lowercase, ё→е, runs of white space (RE2's white space: space, tab, CR, LF, form feed; and the no-break
    space) collapsed to one space, trimmed; an Arrow string array. Pyarrow kernels, no Python loop."""
    import pyarrow as pa
    import pyarrow.compute as pc

    a = pc.utf8_lower(_arrow_text(values))
    a = pc.replace_substring(a, "ё", "е")
    if _has_byte(a, b"\v"):
        # ASCII splitting would also collapse a vertical tab, which the key has always kept
        a = pc.replace_substring_regex(a, r"[\s\x{00a0}]+", " ")
    else:
        # the same result without a regex (~1.6x faster): no-break spaces made spaces, split on ASCII white
        # space runs, joined with one space
        a = pc.replace_substring(a, "\xa0", " ")
        a = pc.binary_join(pc.ascii_split_whitespace(a), pa.scalar(" ", a.type))
    return pc.utf8_trim_whitespace(a)


class SeenHashes:
    """A growing set of 64-bit hashes in sorted numpy runs (8 bytes per hash, log-structured merges)."""

    def __init__(self) -> None:
        self._runs: list[np.ndarray] = []

    def __len__(self) -> int:
        return sum(len(r) for r in self._runs)

    @property
    def nbytes(self) -> int:
        return sum(r.nbytes for r in self._runs)

    def contains(self, h: np.ndarray) -> np.ndarray:
        h = np.asarray(h, dtype=np.uint64)
        out = np.zeros(len(h), dtype=bool)
        for run in self._runs:
            idx = np.searchsorted(run, h)
            idx[idx == len(run)] = 0
            out |= run[idx] == h
        return out

    def add(self, h: np.ndarray) -> None:
        h = np.unique(np.asarray(h, dtype=np.uint64))
        if len(h) == 0:
            return
        self._runs.append(h)
        while len(self._runs) >= 2 and 2 * len(self._runs[-1]) >= len(self._runs[-2]):
            last = self._runs.pop()
            self._runs[-1] = np.union1d(self._runs[-1], last)


class DuplicateTracker:
    """Remembers studies across chunks: by study_id, and by patient_id + normalized report text."""

    def __init__(self) -> None:
        self.study_ids = SeenHashes()
        self.patient_texts = SeenHashes()

    @property
    def nbytes(self) -> int:
        return self.study_ids.nbytes + self.patient_texts.nbytes

    def mark(
        self,
        study_id: pd.Series | None,
        patient_id: pd.Series | None,
        description: pd.Series | None,
        conclusion: pd.Series | None,
    ) -> np.ndarray:
        """Return True for rows that duplicate an earlier row (this chunk or a previous one), then
        remember all rows. The first occurrence in input order is never marked."""
        keys = dedup_keys(study_id, patient_id, description, conclusion)
        dup = np.zeros(len(keys.study), dtype=bool)
        for h, valid, seen in (
            (keys.study, keys.study_valid, self.study_ids),
            (keys.patient_text, keys.patient_text_valid, self.patient_texts),
        ):
            if valid is None:
                continue
            d = seen.contains(h) | pd.Series(h).duplicated(keep="first").to_numpy(dtype=bool)
            dup |= d & valid
            seen.add(h[valid])
        return dup


@dataclass(frozen=True)
class DedupKeys:
    """64-bit keys of the duplicate check for some rows: the study id, and the patient with the normalized
    text; ``*_valid`` is None when the column is absent, else which rows have a non-empty id."""

    study: np.ndarray
    study_valid: np.ndarray | None
    patient_text: np.ndarray
    patient_text_valid: np.ndarray | None


def _ids(values: pd.Series) -> pd.Series:
    return text_or_empty(
        values.astype("str") if pd.api.types.is_numeric_dtype(values.dtype) else values
    ).str.strip()


def dedup_keys(
    study_id: pd.Series | None,
    patient_id: pd.Series | None,
    description: pd.Series | None,
    conclusion: pd.Series | None,
) -> DedupKeys:
    """The keys :class:`DuplicateTracker` compares (shared with engines that find duplicates elsewhere)."""
    n = next(len(s) for s in (study_id, patient_id, description, conclusion) if s is not None)
    zeros = np.zeros(n, dtype=np.uint64)
    study, study_valid = zeros, None
    if study_id is not None and n:
        ids = _ids(study_id)
        study, study_valid = _hash(_arrow_text(ids)), (ids != "").to_numpy(dtype=bool)
    pt, pt_valid = zeros, None
    if patient_id is not None and n:
        import pyarrow as pa
        import pyarrow.compute as pc

        pid = _ids(patient_id)
        empty = pd.Series("", index=pid.index, dtype="str")
        texts = [_normalize_for_dedup(s if s is not None else empty) for s in (description, conclusion)]
        # patient, description, conclusion joined by a unit separator
        text = pc.binary_join_element_wise(_arrow_text(pid), *texts, pa.scalar("\x1f", pa.large_string()))
        pt, pt_valid = _hash(text), (pid != "").to_numpy(dtype=bool)
    return DedupKeys(study, study_valid, pt, pt_valid)


class DuplicateMarker(Protocol):
    """What :func:`exclusion_reasons` asks of a duplicate tracker (the local one, or an engine's)."""

    def mark(
        self,
        study_id: pd.Series | None,
        patient_id: pd.Series | None,
        description: pd.Series | None,
        conclusion: pd.Series | None,
    ) -> np.ndarray: ...


def exclusion_reasons(
    chunk: pd.DataFrame, config: CohortConfig | None = None, tracker: DuplicateMarker | None = None
) -> pd.Series:
    """Reason code for each row of a chunk (``""`` for rows that enter the cohort).

    ``chunk`` has canonical columns (see :mod:`icheport.io`); missing optional columns skip their stage.
    ``tracker`` carries duplicate detection across chunks; pass the same one for every chunk, in input
    order. Rows excluded by an earlier stage are not remembered as "seen".
    """
    codes = exclusion_codes(chunk, config, tracker)
    return pd.Series(reason_names(codes), index=chunk.index, dtype="str", name="reason")


def reason_names(codes: np.ndarray) -> np.ndarray:
    """The reason of each code (``""`` for :data:`IN_COHORT`), as an object array."""
    return _NAMES[codes]


def exclusion_codes(
    chunk: pd.DataFrame, config: CohortConfig | None = None, tracker: DuplicateMarker | None = None
) -> np.ndarray:
    """:func:`exclusion_reasons` as integer codes (:data:`REASON_CODE`; :data:`IN_COHORT` for rows that
    enter the cohort), without making a string per row."""
    config = config or CohortConfig()
    tracker = tracker if tracker is not None else DuplicateTracker()
    n = len(chunk)
    code = np.full(n, IN_COHORT, dtype=np.int8)

    def assign(mask: np.ndarray, reason: str) -> None:
        code[(code == IN_COHORT) & mask] = REASON_CODE[reason]

    def on_todo(fn: Any, columns: list[str]) -> np.ndarray:
        """Evaluate a row test only on undecided rows (most rows leave at the first stage), taking only the
        columns it reads."""
        idx = np.flatnonzero(code == IN_COHORT)
        m = np.zeros(n, dtype=bool)
        if len(idx):
            m[idx] = fn(chunk[columns].iloc[idx])
        return m

    if "study_type" in chunk.columns:
        assign(~brain_ct_mask(chunk["study_type"], config), "not_brain_ct")
    text_cols = [c for c in ("description", "conclusion", "text") if c in chunk.columns]
    if text_cols:
        assign(on_todo(lambda sub: _blank_rows(sub, text_cols), text_cols), "empty_text")
    if "age" in chunk.columns:
        age = np.full(n, np.nan)
        idx = np.flatnonzero(code == IN_COHORT)
        age[idx] = parse_age(chunk["age"].iloc[idx]).to_numpy()
        lo, hi = config.plausible_age
        with np.errstate(invalid="ignore"):
            assign(np.isnan(age) | (age < lo) | (age > hi), "age_missing_or_implausible")
            assign(age < config.min_age, "under_18")
            assign(np.floor(age) > config.max_age, "over_99")
    dup_cols = [
        c for c in ("study_id", "patient_id", "description", "text", "conclusion") if c in chunk.columns
    ]
    assign(on_todo(lambda sub: _duplicates(sub, tracker), dup_cols), "duplicate_study")
    return code


def _blank_rows(sub: pd.DataFrame, text_cols: list[str]) -> np.ndarray:
    """True where every text column of the rows is blank (see :func:`blank_text_mask`)."""
    out = np.ones(len(sub), dtype=bool)
    for c in text_cols:
        out &= blank_text_mask(sub[c], None)
    return out


def _duplicates(sub: pd.DataFrame, tracker: DuplicateMarker) -> np.ndarray:
    """The tracker's duplicate marks for the rows (the text column stands in for a missing description)."""
    get = sub.get
    desc = get("description") if "description" in sub.columns else get("text")
    return tracker.mark(get("study_id"), get("patient_id"), desc, get("conclusion"))


# --------------------------------------------------------------------------- after labeling


def has_keyword_evidence(
    spans: pd.Series | None,
    ich_rule: pd.Series | None = None,
    *,
    exclude_categories: Iterable[str] = ("fracture", "cause", "infarct", "tumor", "signal"),
) -> np.ndarray:
    """True where the matcher found any hemorrhage mention (any status) or stop phrase, or the rule is
    present / unclear.

    ``spans`` holds the JSON strings of ``label_frame`` (a list of ``{"category", "role", ...}``).
    """
    exclude = set(exclude_categories)
    n = len(spans) if spans is not None else len(ich_rule)  # type: ignore[arg-type]
    out = np.zeros(n, dtype=bool)
    if ich_rule is not None:
        rule = pd.to_numeric(ich_rule, errors="coerce").fillna(0).to_numpy()
        out |= rule != 0
    if spans is not None:
        for i, raw in enumerate(spans.tolist()):
            if out[i] or not isinstance(raw, str) or ('"mention"' not in raw and '"stop"' not in raw):
                continue
            try:
                items = json.loads(raw)
            except ValueError:
                continue
            out[i] = any(
                isinstance(it, dict)
                and it.get("role") in ("mention", "stop")
                and it.get("category") not in exclude
                for it in items
            )
    return out


def label_reasons(
    labeled: pd.DataFrame, config: CohortConfig | None = None, *, evidence: np.ndarray | None = None
) -> pd.Series:
    """Split in-cohort rows after labeling into the four label reasons.

    Uses ``ich_score`` (P(ICH), or the rule's 1 / 0 / 0.5), ``ich_rule`` and keyword evidence
    (``evidence`` if given, else :func:`has_keyword_evidence` on ``spans``). Order:
    ``no_keyword_evidence``; ``unclear`` (rule -1, score in the closed band, or score missing);
    ``classifier_ich`` (score above the band); ``classifier_no_ich``.
    """
    codes = label_codes(labeled, config, evidence=evidence)
    return pd.Series(reason_names(codes), index=labeled.index, dtype="str", name="reason")


def label_codes(
    labeled: pd.DataFrame, config: CohortConfig | None = None, *, evidence: np.ndarray | None = None
) -> np.ndarray:
    """:func:`label_reasons` as integer codes (:data:`REASON_CODE`)."""
    config = config or CohortConfig()
    n = len(labeled)
    if evidence is None:
        evidence = has_keyword_evidence(
            labeled.get("spans"),
            labeled.get("ich_rule"),
            exclude_categories=config.evidence_exclude_categories,
        )
    score = pd.to_numeric(labeled["ich_score"], errors="coerce").to_numpy(dtype="float64")
    rule = (
        pd.to_numeric(labeled["ich_rule"], errors="coerce").fillna(0).to_numpy()
        if "ich_rule" in labeled.columns
        else np.zeros(n)
    )
    lo, hi = config.unclear_band
    code = REASON_CODE
    out = np.where(
        ~evidence,
        code["no_keyword_evidence"],
        np.where(
            (rule == -1) | np.isnan(score) | ((score >= lo) & (score <= hi)),
            code["unclear"],
            np.where(score > hi, code["classifier_ich"], code["classifier_no_ich"]),
        ),
    )
    return out.astype(np.int8)


def reason_counts(codes: np.ndarray) -> dict[str, int]:
    """Rows per reason of rows given as reason codes (every row must have a reason)."""
    if len(codes) and codes.min() < 0:
        raise ValueError("rows without a reason code")
    counts = np.bincount(codes, minlength=len(REASONS))
    return {r: int(c) for r, c in zip(REASONS, counts, strict=True)}


# --------------------------------------------------------------------------- funnel


@dataclass
class Funnel:
    """Counts of reason codes over a run; the stages of the source study's flow chart."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(REASONS, 0))
    rows: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, reasons: pd.Series | np.ndarray) -> None:
        values = pd.Series(np.asarray(reasons, dtype=object)).value_counts()
        unknown = set(values.index) - set(REASONS)
        if unknown:
            raise ValueError(f"unknown reason code(s) {sorted(map(str, unknown))}")
        for k, v in values.items():
            self.counts[str(k)] += int(v)
        self.rows += len(reasons)

    def add_codes(self, codes: np.ndarray) -> None:
        """Add rows given as reason codes (:data:`REASON_CODE`; every row must have a reason)."""
        self.add_counts(reason_counts(codes), len(codes))

    def add_counts(self, counts: Mapping[str, int], rows: int) -> None:
        """Add reason counts computed elsewhere (a worker's partition)."""
        unknown = set(counts) - set(REASONS)
        if unknown:
            raise ValueError(f"unknown reason code(s) {sorted(map(str, unknown))}")
        for k, v in counts.items():
            self.counts[str(k)] += int(v)
        self.rows += int(rows)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def check(self, expected_rows: int | None = None) -> None:
        """Assert every row is in exactly one bucket (counts add up to the rows seen / expected)."""
        total = sum(self.counts.values())
        if total != self.rows or (expected_rows is not None and total != expected_rows):
            raise AssertionError(
                f"funnel does not add up: reasons sum to {total}, rows seen {self.rows}, expected {expected_rows}"
            )

    def stages(self) -> list[dict[str, Any]]:
        c = self.counts
        exported = self.rows
        brain = exported - c["not_brain_ct"]
        cleaning = EXCLUSION_REASONS[1:]
        cleaned = brain - sum(c[r] for r in cleaning)
        evidence = cleaned - c["no_keyword_evidence"]
        return [
            {"stage": "exported", "label": "CT reports exported", "count": exported},
            {
                "stage": "brain_ct",
                "label": "Brain CT studies",
                "count": brain,
                "excluded": {"not_brain_ct": c["not_brain_ct"]},
            },
            {
                "stage": "after_cleaning",
                "label": "After cleaning",
                "count": cleaned,
                "excluded": {r: c[r] for r in cleaning},
            },
            {
                "stage": "keyword_evidence",
                "label": "With ICH keyword evidence",
                "count": evidence,
                "excluded": {"no_keyword_evidence": c["no_keyword_evidence"]},
            },
            {"stage": "classifier_ich", "label": "Classifier: ICH", "count": c["classifier_ich"]},
            {"stage": "classifier_no_ich", "label": "Classifier: no ICH", "count": c["classifier_no_ich"]},
            {"stage": "unclear", "label": "Unclear", "count": c["unclear"]},
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "reasons": dict(self.counts),
            "stages": self.stages(),
            "notes": list(self.notes),
        }
