"""Seeded synthetic export of a radiology information system: CT reports with ground truth.

No real report may enter the repository, yet the demo, the notebooks and the speed benchmarks need a
realistic export: many CT studies of all body parts, about 6 % of them brain CT (the source study:
256,120 of 4,369,511), Russian free text in several writing styles, dirt the cohort funnel has to remove,
and ground-truth labels (``ich`` ... ``uncertain``, see docs/contracts.md and ../shared/DOMAIN.md).

Columns, in this order: ``study_id``, ``patient_id``, ``age`` (float, NaN allowed), ``sex`` ("M"/"F"/NA),
``study_date`` (ISO), ``institution``, ``study_type``, ``description``, ``conclusion`` (str or NA), then the
ground truth ``ich edh sdh sah iph ivh multiple fracture combined uncertain`` (int8 0/1).

Ground-truth rules (the labels are what the generator chose to write, never a matcher's output):

* Brain CT is decided by ``study_type`` (one of :data:`BRAIN_STUDY_TYPES`). CT angiography / perfusion of
  the brain vessels, temporal bones, orbits, sinuses are *not* brain CT. Non-brain rows have all labels 0,
  even when their text mentions bleeding ("гемоторакс", "кровоизлияние в надпочечник", a spinal epidural
  hematoma, SAH on a CT angiography): the cohort filter, not the matcher, must drop them.
* ``uncertain`` = 1 only when a hemorrhage is *only* suggested ("нельзя исключить", "под вопросом",
  "вероятно", "?"); such a report has ``ich`` = 0 and all subtypes 0. A hedge added to a definite
  hemorrhage ("... также нельзя исключить ушиб") leaves ``uncertain`` = 0 and does not set the hedged
  subtype.
* ``multiple`` = 1 for two or more hemorrhage types or two or more foci of one type; ``combined`` = 1 for
  a hemorrhage with a causal pathology (bleeding tumor, infarct with hemorrhagic transformation, AVM,
  ruptured aneurysm); ``fracture`` = 1 for a skull vault/base fracture, with or without hemorrhage.
* Look-alikes are ``ich`` = 0: scalp / subgaleal hematoma, гемосинус, calcifications, hyperdense artery
  sign, post-hemorrhagic cyst / gliosis, a hematoma described as resolved (also in follow-ups).
* A follow-up that says a hematoma is smaller / "без динамики" / larger / residual after surgery keeps the
  prior study's subtypes (the blood is still there).
* A row whose texts are missing or blank has all labels 0 (nothing was written).

Dirt (proportions are the module constants below; tests check them): blank texts, implausible ages
(NaN, absurd, over 99, children), exact duplicate rows, re-exports of a study (same ``study_id`` and
texts, another spelling of the institution), and patients with several studies, including follow-up
brain CTs with a later date and a comparison text.

Determinism: rows are made in fixed blocks of :data:`BLOCK` rows, block ``b`` from its own
``numpy.random.SeedSequence([seed, b])``. The rows therefore depend on ``seed`` only: they are identical
for any ``chunk_size`` and any ``jobs``, and ``generate(n)`` is a prefix of ``generate(m)`` for ``n < m``.
Duplicates, re-exports and follow-ups refer to rows of the same block.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from icheport import _synth_bank as bank

__all__ = ["BRAIN_STUDY_TYPES", "COLUMNS", "LABELS", "generate", "make_demo", "write"]

LABELS: tuple[str, ...] = (
    "ich",
    "edh",
    "sdh",
    "sah",
    "iph",
    "ivh",
    "multiple",
    "fracture",
    "combined",
    "uncertain",
)
TEXT_COLUMNS: tuple[str, ...] = (
    "study_id",
    "patient_id",
    "sex",
    "study_date",
    "institution",
    "study_type",
    "description",
    "conclusion",
)
COLUMNS: tuple[str, ...] = (
    "study_id",
    "patient_id",
    "age",
    "sex",
    "study_date",
    "institution",
    "study_type",
    "description",
    "conclusion",
    *LABELS,
)
SCHEMA = pa.schema(
    [(c, pa.float64() if c == "age" else pa.int8() if c in LABELS else pa.string()) for c in COLUMNS]
)
BRAIN_STUDY_TYPES: tuple[str, ...] = tuple(t for t, _ in bank.BRAIN_STUDY_TYPES)

BLOCK = 10_000
"""Rows per independently seeded block (fixed: changing it changes every generated corpus)."""

# ---------------------------------------------------------------- proportions (all rows unless told)
BRAIN_CT_SHARE = 256_120 / 4_369_511  # ≈ 0.0586, as in the source study
MISSING_TEXT_SHARE = 0.015  # description and conclusion both None / "" / whitespace
AGE_NAN_SHARE = 0.008
AGE_ABSURD_SHARE = 0.004  # 0, -1, 150, 200, 999
AGE_OVER_99_SHARE = 0.002  # 100..110
CHILD_SHARE = 0.035  # patients aged 0..17 (share of patients; rows follow closely)
EXACT_DUPLICATE_SHARE = 0.02  # a row repeated verbatim
REEXPORT_SHARE = 0.015  # same study_id and texts, another institution spelling
FOLLOWUP_SHARE = 0.08  # of brain CT rows: a later study of a patient with an earlier brain CT
PATIENTS_PER_ROW = 0.8  # patients drawn per block of rows: many patients have several studies
SEX_MISSING_SHARE = 0.005
NONBRAIN_BLEEDING_SHARE = 0.03  # of non-brain rows: text mentions bleeding outside the brain
# brain CT scenarios of a first (non follow-up) study; the rest are normal reports
ICH_SHARE = 0.27
UNCERTAIN_SHARE = 0.04
FRACTURE_ONLY_SHARE = 0.02
LOOKALIKE_SHARE = 0.12
BENIGN_SHARE = 0.10
COMBINED_SHARE_OF_ICH = 0.10
EMBEDDED_CONCLUSION_SHARE = 0.06  # conclusion written inside the description, conclusion field empty
STYLE_SHARES = {"terse": 0.15, "templated": 0.45, "structured": 0.40}
# surface noise per brain report (never changes the ground truth)
CAPS_SHARE = 0.03
NO_SPACE_SHARE = 0.08
YO_SHARE = 0.15
TYPO_SHARE = 0.05
LATIN_SHARE = 0.03

DATE_START = np.datetime64("2018-01-01")
DATE_DAYS = 5 * 365
MISSING_FORMS: tuple[str | None, ...] = (None, "", " ", "\n", "  \t")
_SUBTYPE_WEIGHTS = {"sdh": 0.34, "sah": 0.28, "iph": 0.28, "edh": 0.06, "ivh": 0.04}
_SAFE_FOCAL = ("Очаговых изменений плотности вещества мозга не определяется.", "Зон ишемии не выявлено.", "")
_OTHER_FOCAL = ("Других очаговых изменений не выявлено.", "", "")


# ================================================================== brain report text
def _ctx(r: random.Random) -> dict[str, Any]:
    """Fill values for the bank's placeholders: one side, one region, fresh measurements."""
    right = r.random() < 0.5
    side, adj_f, adj_m = ("справа", "правой", "правого") if right else ("слева", "левой", "левого")
    region = r.choice(bank.REGIONS)
    lobe = r.choice(bank.LOBES)
    reg_gen = r.choice((f"{adj_f} {region} области", f"{region} области {side}"))
    a = r.uniform(0.6, 6.0)
    b = a * r.uniform(0.4, 0.9)
    ctx = {
        "side": side,
        "opp": "влево" if right else "вправо",
        "adj_f": adj_f,
        "adj_m": adj_m,
        "adj_f_other": "левой" if right else "правой",
        "hemi_gen": f"{adj_m} полушария",
        "reg_gen": reg_gen,
        "reg_prep": reg_gen,
        "reg_inst": f"{region} областью",
        "over_hemi": r.choice(
            (
                f"над {'правым' if right else 'левым'} полушарием",
                f"над {'правой' if right else 'левой'} гемисферой",
                f"в {region} области {side}",
                f"вдоль конвекса {adj_m} полушария",
            )
        ),
        "lobe_prep": f"в {adj_f} {lobe} доле",
        "lobe_gen": f"{adj_f} {lobe} доли",
        "artery": r.choice(bank.ARTERIES),
        "aneur": r.choice(bank.ANEURYSM_SITES),
        "bone": r.choice(bank.BONES).format(adj_f=adj_f),
        "shift": r.randint(2, 12),
        "v3": r.randint(3, 9),
        "wm": r.randint(26, 32),
        "gm": r.randint(34, 42),
        "slice": r.choice(("1", "1,25", "2,5", "5")),
        "scanner": r.choice((16, 64, 128, 320)),
        "dose": f"{r.uniform(1.2, 2.8):.1f}".replace(".", ","),
        "hu_bone": r.randint(150, 600),
        "evans": r.randint(22, 34),
        "date": "",
    }
    deep = r.choice(bank.DEEP_SITES).format(side=side, adj_f=adj_f, adj_m=adj_m)
    ctx["deep"] = ctx["deep_lc"] = deep
    ctx["sinus_prep"], ctx["sinus_gen"] = r.choice(bank.SINUSES)
    _measure(r, ctx, a, b)
    return ctx


def _measure(r: random.Random, ctx: dict[str, Any], a: float, b: float) -> None:
    """Sizes, thickness, volume and densities in the many ways they are typed."""
    x = r.choice(("х", "х", "x", " х ", "*"))
    if r.random() < 0.3:
        size = f"{a * 10:.0f}{x}{b * 10:.0f} мм"
    else:
        size = f"{a:.1f}{x}{b:.1f} см"
        if r.random() < 0.85:
            size = size.replace(".", ",")
    vol = max(1, round(a * b * b * 0.52 * 10) / 10)
    vol_s = f"{vol:.0f}" if vol >= 10 or r.random() < 0.5 else f"{vol:.1f}".replace(".", ",")
    h = r.randint(50, 80)
    lo = r.randint(18, 35)
    ctx.update(
        size=size,
        thick=r.choice(("до {} мм", "{} мм", "до {}мм")).format(r.randint(3, 25)),
        vol=r.choice(("~{} см3", "около {} мл", "{} см³", "{} куб.см", "{} мл")).format(vol_s),
        hu=r.choice(("+{} HU", "{} ед.Н", "{}-{} ед. Н", "+{} ед.Н", "{} HU")).format(h, h + r.randint(3, 8)),
        hu_low=r.choice(("+{} HU", "{} ед.Н")).format(lo),
    )


def _fmt(template: str, ctx: dict[str, Any]) -> str:
    s = template.format_map(ctx)
    return s[:1].upper() + s[1:] if s else s


def _pick(r: random.Random, options: tuple[str, ...], ctx: dict[str, Any]) -> str:
    return _fmt(r.choice(options), ctx)


def _zero() -> dict[str, int]:
    return dict.fromkeys(LABELS, 0)


class _Report:
    """Mutable draft of one brain report while it is being written."""

    __slots__ = ("concl", "ctx", "finding", "front", "ich_types", "kind", "labels", "overrides")

    def __init__(self, ctx: dict[str, Any]) -> None:
        self.ctx = ctx
        self.labels = _zero()
        self.overrides: dict[str, str] = {}  # template key -> sentence replacing the normal one
        self.finding: list[str] = []  # sentences at the place of the "focal" template line
        self.front: list[str] = []  # sentences opening the description (follow-up comparison)
        self.concl: list[str] = []
        self.kind = "normal"
        self.ich_types: list[str] = []


def _write_ich(r: random.Random, rep: _Report) -> None:
    ctx, lab = rep.ctx, rep.labels
    types: list[str]
    if r.random() < COMBINED_SHARE_OF_ICH:
        cause = r.choices(("tumor", "infarct", "avm", "aneurysm"), (0.3, 0.35, 0.1, 0.25))[0]
        desc, concl = r.choice(bank.COMBINED[cause])
        rep.finding.append(_fmt(desc, ctx))
        rep.concl.append(_fmt(concl, ctx))
        types = list(bank.COMBINED_TYPES[cause])
        lab["combined"] = 1
        if cause == "aneurysm" and r.random() < 0.3:
            types.append("ivh")
            rep.overrides["ventricles"] = _pick(r, bank.ICH_DESC["ivh"], ctx)
            rep.concl.append(_pick(r, bank.ICH_CONCL["ivh"], ctx))
        elif cause == "avm" and r.random() < 0.3:
            types.append("ivh")
            rep.overrides["ventricles"] = _pick(r, bank.ICH_DESC["ivh"], ctx)
            rep.concl.append(_pick(r, bank.ICH_CONCL["ivh"], ctx))
        multi = len(types) > 1
    else:
        k = r.choices((1, 2, 3), (0.72, 0.2, 0.08))[0]
        pool = dict(_SUBTYPE_WEIGHTS)
        types = []
        for _ in range(k):
            t = r.choices(tuple(pool), tuple(pool.values()))[0]
            types.append(t)
            del pool[t]
        if "iph" in types and "ivh" not in types and r.random() < 0.2:
            types.append("ivh")
        multi = len(types) > 1
        if len(types) == 1 and types[0] in bank.MULTI_FOCI and r.random() < 0.15:
            desc, concl = r.choice(bank.MULTI_FOCI[types[0]])
            rep.finding.append(_fmt(desc, ctx))
            rep.concl.append(_fmt(concl, ctx))
            multi = True
        else:
            for t in types:
                key = t
                if t == "sdh":
                    key = "sdh_chronic" if r.random() < 0.35 else "sdh_acute"
                sent = _pick(r, bank.ICH_DESC[key], ctx)
                if t == "ivh":
                    rep.overrides["ventricles"] = sent
                elif t == "sah" and r.random() < 0.5:
                    rep.overrides["cisterns"] = sent
                else:
                    rep.finding.append(sent)
                rep.concl.append(_pick(r, bank.ICH_CONCL[key], ctx))
                if len(types) > 1:
                    _measure(r, ctx, r.uniform(0.6, 5.0), r.uniform(0.4, 2.0))
    if {"edh", "sdh", "iph"} & set(types) and r.random() < 0.4:
        rep.overrides["midline"] = _pick(r, bank.SHIFT, ctx)
    if r.random() < (0.6 if "edh" in types else 0.12):
        rep.overrides["bones"] = _pick(r, bank.FRACTURE_DESC, ctx)
        rep.concl.append(_pick(r, bank.FRACTURE_CONCL, ctx))
        lab["fracture"] = 1
    if r.random() < 0.05:
        rep.finding.append(_pick(r, bank.HEDGE_EXTRA, ctx))
    for t in types:
        lab[t] = 1
    lab["ich"] = 1
    lab["multiple"] = int(multi)
    rep.kind = "ich"
    rep.ich_types = types


def _write_first(r: random.Random, rep: _Report) -> None:
    """A first study: choose the scenario and write its findings."""
    ctx = rep.ctx
    u = r.random()
    edges = np.cumsum((ICH_SHARE, UNCERTAIN_SHARE, FRACTURE_ONLY_SHARE, LOOKALIKE_SHARE, BENIGN_SHARE))
    if u < edges[0]:
        _write_ich(r, rep)
    elif u < edges[1]:
        desc, concl = r.choice(bank.UNCERTAIN)
        rep.finding.append(_fmt(desc, ctx))
        rep.concl.append(_fmt(concl, ctx))
        rep.labels["uncertain"] = 1
        rep.kind = "uncertain"
    elif u < edges[2]:
        rep.overrides["bones"] = _pick(r, bank.FRACTURE_DESC, ctx)
        if r.random() < 0.5:
            desc, concl = r.choice(bank.LOOKALIKES["soft"])
            rep.overrides["soft"] = _fmt(desc, ctx)
        rep.concl.append(_pick(r, bank.FRACTURE_CONCL, ctx))
        rep.concl.append(_pick(r, bank.TRAUMA_NO_ICH, ctx))
        rep.labels["fracture"] = 1
        rep.kind = "fracture"
    elif u < edges[3]:
        key = r.choices(("soft", "sinuses", "calcs", "focal"), (0.35, 0.15, 0.15, 0.35))[0]
        ctx["date"] = _date_str(DATE_START + r.randint(0, DATE_DAYS))
        desc, concl = r.choice(bank.LOOKALIKES[key])
        if key == "focal":
            rep.finding.append(_fmt(desc, ctx))
        else:
            rep.overrides[key] = _fmt(desc, ctx)
        rep.concl.append(_fmt(concl, ctx))
        rep.kind = "lookalike"
    elif u < edges[4]:
        desc, concl = r.choice(bank.BENIGN_FINDINGS)
        rep.finding.append(_fmt(desc, ctx))
        rep.concl.append(_fmt(concl, ctx))
        rep.kind = "benign"


def _write_followup(r: random.Random, rep: _Report, prior: _Report, prior_date: str) -> None:
    """A later study of the patient of ``prior``: compare and evolve its findings."""
    ctx = rep.ctx
    for key in (
        "side",
        "opp",
        "adj_f",
        "adj_m",
        "reg_gen",
        "reg_prep",
        "lobe_prep",
        "lobe_gen",
        "over_hemi",
        "bone",
        "hemi_gen",
    ):
        ctx[key] = prior.ctx[key]
    ctx["date"] = prior_date
    intro = _fmt(r.choice(bank.FOLLOWUP_INTRO), ctx)
    lab = rep.labels
    if prior.kind == "ich":
        outcome = r.choices(
            ("smaller", "stable", "larger", "postop", "resolved"), (0.4, 0.25, 0.1, 0.07, 0.18)
        )[0]
        if outcome == "postop" and prior.ich_types[0] not in ("sdh", "edh", "iph"):
            outcome = "smaller"
        sentences = []
        for i, t in enumerate(prior.ich_types):
            ctx["noun"] = bank.FOLLOWUP_NOUN[t].format_map(ctx)
            ctx.update(bank.FOLLOWUP_VERBS[bank.FOLLOWUP_GENDER[t]])
            if outcome == "resolved":
                sentences.append(_pick(r, bank.FOLLOWUP_RESOLVED, ctx))
            else:
                o = outcome if (outcome != "postop" or (i == 0 and t != "sah")) else "smaller"
                sentences.append(_pick(r, bank.FOLLOWUP_PRESENT[o], ctx))
        rep.front.append(intro + " " + sentences[0][:1].lower() + sentences[0][1:])
        rep.front.extend(sentences[1:])
        if outcome == "resolved":
            rep.concl.append(
                r.choice(
                    (
                        "Полный регресс гематомы.",
                        "Положительная динамика: кровоизлияние не определяется.",
                        "Кровоизлияние регрессировало.",
                    )
                )
            )
            rep.kind = "lookalike"
        else:
            rep.concl.append(sentences[0])
            rep.concl.append(
                {
                    "smaller": "Положительная динамика.",
                    "stable": "Без динамики.",
                    "larger": "Отрицательная динамика.",
                    "postop": "Состояние после операции.",
                }[outcome]
            )
            for key in ("ich", *prior.ich_types, "multiple", "combined"):
                lab[key] = prior.labels[key]
            rep.kind = "ich"
            rep.ich_types = list(prior.ich_types)
    elif prior.kind == "uncertain":
        rep.front.append(intro + " " + r.choice(bank.FOLLOWUP_UNCERTAIN_RULED_OUT))
        rep.concl.append(r.choice(bank.NORMAL_CONCLUSIONS))
    else:
        rep.front.append(intro + " " + r.choice(bank.FOLLOWUP_NORMAL))
        rep.concl.append(r.choice(("Без динамики.", "Без отрицательной динамики.")))
    if prior.labels["fracture"]:
        rep.overrides["bones"] = _fmt("Линия перелома {bone} прослеживается, без смещения.", ctx)
        lab["fracture"] = 1


def _compose(r: random.Random, rep: _Report) -> tuple[str, str | None]:
    """Lay the draft out in one of the writing styles, add headings and surface noise."""
    ctx = rep.ctx
    style = r.choices(tuple(STYLE_SHARES), tuple(STYLE_SHARES.values()))[0]
    blood = rep.kind in ("ich", "uncertain")
    overrides = dict(rep.overrides)
    finding = list(rep.finding)
    if style == "terse":
        keys = bank.TERSE_KEYS
        finding += [s for k, s in overrides.items() if k not in keys]
    else:
        keys = tuple(k for k, _ in bank.TEMPLATE)
    variants = dict(bank.TEMPLATE)
    out: list[str] = []
    if style == "structured":
        out.extend(_fmt(t, ctx) for t in r.sample(bank.INTROS, 2))
        out.append(
            _fmt("Плотность белого вещества {wm} HU, серого вещества {gm} HU, индекс Эванса 0,{evans}.", ctx)
        )
        clinical = r.choice(bank.CLINICAL)
        if clinical:
            out.insert(0, clinical)
        if not rep.front:
            out.append(r.choice(bank.COMPARISON))
    elif style == "templated" and r.random() < 0.6:
        out.append(_pick(r, bank.INTROS, ctx))
    out.extend(rep.front)
    for key in keys:
        if key == "focal":
            if finding:
                out.extend(finding)
                out.append(r.choice(_OTHER_FOCAL))
            else:
                out.append(r.choice(_SAFE_FOCAL) if blood else r.choice(variants["focal"]))
            continue
        sent = overrides.get(key)
        if sent is None:
            sent = _fmt(r.choice(variants[key]), ctx)
        if style == "structured" and key in bank.HEADINGS and sent:
            sent = "\n" + bank.HEADINGS[key] + sent
        out.append(sent)
    desc = " ".join(s for s in out if s).replace(" \n", "\n").lstrip("\n")
    desc = r.choice(bank.DESC_PREFIX) + desc
    concl_parts = rep.concl or [r.choice(bank.NORMAL_CONCLUSIONS)]
    if len(concl_parts) > 1 and r.random() < 0.3:
        concl = " ".join(f"{i}. {c}" for i, c in enumerate(concl_parts, 1))
    else:
        concl = " ".join(concl_parts)
    if rep.labels["ich"] and r.random() < 0.1:
        concl += " Рекомендована консультация нейрохирурга."
    concl = r.choice(bank.CONCL_PREFIX) + concl
    desc, concl = _noise(r, desc), _noise(r, concl)
    if r.random() < CAPS_SHARE:
        concl = concl.upper()
        if r.random() < 0.4:
            desc = desc.upper()
    if r.random() < EMBEDDED_CONCLUSION_SHARE:
        return desc + r.choice((" ", "\n", "\n\n")) + r.choice(bank.EMBED_HEADINGS) + " " + concl, None
    return desc, concl


def _noise(r: random.Random, s: str) -> str:
    if r.random() < NO_SPACE_SHARE:
        s = s.replace(". ", ".")
    if r.random() < YO_SHARE:
        for plain, yo in bank.YO_PAIRS:
            s = s.replace(plain, yo)
    if r.random() < TYPO_SHARE:
        s = _typo(r, s)
    if r.random() < LATIN_SHARE:
        s = _latin(r, s)
    return s


def _typo(r: random.Random, s: str) -> str:
    """Swap two adjacent letters or drop one, at a random letter."""
    for _ in range(10):
        i = r.randrange(max(1, len(s) - 1))
        if s[i : i + 2].isalpha() and len(s[i : i + 2]) == 2:
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :] if r.random() < 0.6 else s[:i] + s[i + 1 :]
    return s


def _latin(r: random.Random, s: str) -> str:
    """Latin look-alike letters inside Cyrillic words, often in a hemorrhage word."""
    spots = [i for stem in ("гемат", "кровоизл", "субдур", "эпидур", "крови") if (i := s.find(stem)) >= 0]
    for _ in range(r.randint(1, 3)):
        start = r.choice(spots) if spots and r.random() < 0.6 else r.randrange(max(1, len(s)))
        for i in range(start, min(len(s), start + 12)):
            if s[i] in bank.LATIN_LOOKALIKES:
                s = s[:i] + bank.LATIN_LOOKALIKES[s[i]] + s[i + 1 :]
                break
    return s


def _date_str(day: np.datetime64) -> str:
    y, m, d = str(day).split("-")
    return f"{d}.{m}.{y}"


# ================================================================== one block of rows
_INSTITUTIONS = np.array(
    bank.INSTITUTIONS + tuple(f"ГБУЗ «{s.upper()} ДЗМ»" for s in bank.INSTITUTIONS), dtype=object
)
_BRAIN_TYPES = np.array(BRAIN_STUDY_TYPES, dtype=object)
_BRAIN_P = np.array([w for _, w in bank.BRAIN_STUDY_TYPES]) / sum(w for _, w in bank.BRAIN_STUDY_TYPES)
_PARTS = tuple(bank.NONBRAIN_PARTS)
_PARTS_P = np.array([bank.NONBRAIN_PARTS[p][0] for p in _PARTS]) / sum(
    v[0] for v in bank.NONBRAIN_PARTS.values()
)
_MISSING = np.array(MISSING_FORMS, dtype=object)


def _nonbrain(rng: np.random.Generator, m: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Study types and short texts of ``m`` non-brain studies, vectorized."""
    stype = np.empty(m, dtype=object)
    desc = np.empty(m, dtype=object)
    concl = np.empty(m, dtype=object)
    part = rng.choice(len(_PARTS), size=m, p=_PARTS_P)
    for k, name in enumerate(_PARTS):
        idx = np.flatnonzero(part == k)
        if not len(idx):
            continue
        q = len(idx)
        spec = bank.NONBRAIN_TEXT[name]
        types = np.array(bank.NONBRAIN_PARTS[name][1], dtype=object)
        stype[idx] = types[rng.integers(0, len(types), q)]
        d = np.full(q, "", dtype=object)
        for slot in spec["slots"]:
            d = d + np.array(slot, dtype=object)[rng.integers(0, len(slot), q)]
        c = np.array(spec["conclusions"], dtype=object)[rng.integers(0, len(spec["conclusions"]), q)]
        bleed = np.flatnonzero(rng.random(q) < NONBRAIN_BLEEDING_SHARE)
        if len(bleed):
            pairs = spec["bleeding"]
            which = rng.integers(0, len(pairs), len(bleed))
            d[bleed] = d[bleed] + " " + np.array([p[0] for p in pairs], dtype=object)[which]
            c[bleed] = np.array([p[1] for p in pairs], dtype=object)[which]
        desc[idx] = d
        concl[idx] = c
    caps = np.flatnonzero(rng.random(m) < CAPS_SHARE)
    concl[caps] = [s.upper() for s in concl[caps]]
    return stype, desc, concl


@dataclass(frozen=True)
class _Rows:
    """A block's rows before any text: which are brain CT, copies or follow-ups, and their patients and
    dates (a follow-up's patient and date are set once its first study is chosen)."""

    brain: np.ndarray
    reexport: np.ndarray  # copies with the institution spelled otherwise
    copies: np.ndarray  # exact duplicates and re-exports of an earlier row
    follow: np.ndarray
    n_pat: int
    pat: np.ndarray  # patient number per row
    days: np.ndarray  # days after DATE_START


@dataclass(frozen=True)
class _Texts:
    """A block's study types, texts and true labels, filled in step by step."""

    study_type: np.ndarray
    description: np.ndarray
    conclusion: np.ndarray
    labels: np.ndarray  # LABELS x rows, 0/1


def _block(seed: int, b: int) -> dict[str, np.ndarray]:
    """Rows ``b*BLOCK .. (b+1)*BLOCK - 1`` as column arrays (plus ``_brain``)."""
    rng = np.random.default_rng(np.random.SeedSequence([seed, b]))
    r = random.Random(int(rng.integers(2**63)))
    rows = _draw_rows(rng)
    texts = _Texts(
        np.empty(BLOCK, dtype=object),
        np.empty(BLOCK, dtype=object),
        np.empty(BLOCK, dtype=object),
        np.zeros((len(LABELS), BLOCK), dtype=np.int8),
    )
    # first brain studies, then follow-ups of them (same patient, later date)
    firsts = np.flatnonzero(rows.brain & ~rows.follow)
    drafts = _first_studies(r, texts, firsts)
    _follow_ups(r, rng, rows, texts, firsts, drafts)
    _study_types(rng, rows.brain, texts)
    age, sex = _patients(rng, rows)
    _blank_texts(rng, texts)
    inst = rng.integers(0, len(bank.INSTITUTIONS), BLOCK)
    cols = _columns(b, rows, texts, age, sex, inst)
    _copy_rows(rng, cols, rows)
    return cols


def _draw_rows(rng: np.random.Generator) -> _Rows:
    """Which rows are brain CT, duplicates, re-exports and follow-ups; patients and dates."""
    n = BLOCK
    brain = rng.random(n) < BRAIN_CT_SHARE
    u = rng.random(n)
    exact = u < EXACT_DUPLICATE_SHARE
    reexport = (u >= EXACT_DUPLICATE_SHARE) & (u < EXACT_DUPLICATE_SHARE + REEXPORT_SHARE)
    exact[0] = reexport[0] = False
    copies = exact | reexport
    follow = brain & ~copies & (rng.random(n) < FOLLOWUP_SHARE)
    n_pat = int(n * PATIENTS_PER_ROW)
    pat = rng.integers(0, n_pat, n)
    days = rng.integers(0, DATE_DAYS, n)
    return _Rows(brain, reexport, copies, follow, n_pat, pat, days)


def _set_report(r: random.Random, texts: _Texts, i: int | np.integer[Any], rep: _Report) -> None:
    """Row ``i`` gets the report's text and labels."""
    texts.description[i], texts.conclusion[i] = _compose(r, rep)
    texts.labels[:, i] = [rep.labels[k] for k in LABELS]


def _first_study(r: random.Random) -> _Report:
    rep = _Report(_ctx(r))
    _write_first(r, rep)
    return rep


def _first_studies(r: random.Random, texts: _Texts, firsts: np.ndarray) -> dict[int, _Report]:
    """Write the first brain studies; their drafts by row, for the follow-ups to refer to."""
    drafts: dict[int, _Report] = {}
    for i in firsts:
        rep = _first_study(r)
        drafts[int(i)] = rep
        _set_report(r, texts, i, rep)
    return drafts


def _follow_ups(
    r: random.Random,
    rng: np.random.Generator,
    rows: _Rows,
    texts: _Texts,
    firsts: np.ndarray,
    drafts: dict[int, _Report],
) -> None:
    """Write the follow-up studies, each of a first study (ICH ones more often): same patient, later date."""
    follows = np.flatnonzero(rows.follow)
    if len(follows) and len(firsts):
        weight = np.where(texts.labels[0, firsts] == 1, 4.0, 1.0)
        src = firsts[rng.choice(len(firsts), size=len(follows), p=weight / weight.sum())]
        rows.pat[follows] = rows.pat[src]
        rows.days[follows] = rows.days[src] + rng.integers(1, 120, len(follows))
        for i, j in zip(follows, src, strict=True):
            rep = _Report(_ctx(r))
            _write_followup(r, rep, drafts[int(j)], _date_str(DATE_START + int(rows.days[j])))
            _set_report(r, texts, i, rep)
    elif len(follows):  # no first study in the block to follow: write it as a first study
        for i in follows:
            _set_report(r, texts, i, _first_study(r))


def _study_types(rng: np.random.Generator, brain: np.ndarray, texts: _Texts) -> None:
    """Brain rows get a brain CT study type; the other rows their study type and text."""
    bidx = np.flatnonzero(brain)
    texts.study_type[bidx] = _BRAIN_TYPES[rng.choice(len(_BRAIN_TYPES), size=len(bidx), p=_BRAIN_P)]
    nb = np.flatnonzero(~brain)
    texts.study_type[nb], texts.description[nb], texts.conclusion[nb] = _nonbrain(rng, len(nb))


def _patients(rng: np.random.Generator, rows: _Rows) -> tuple[np.ndarray, np.ndarray]:
    """Age and sex per row: drawn per patient, then per-row entry errors in the age."""
    n_pat = rows.n_pat
    pat_age = np.clip(rng.normal(60, 17, n_pat), 18, 99).round()
    child = rng.random(n_pat) < CHILD_SHARE
    pat_age[child] = rng.integers(0, 18, int(child.sum()))
    pat_sex = np.where(rng.random(n_pat) < 0.5, "M", "F").astype(object)
    pat_sex[rng.random(n_pat) < SEX_MISSING_SHARE] = None
    age = pat_age[rows.pat]
    sex = pat_sex[rows.pat]
    v = rng.random(BLOCK)
    age[v < AGE_NAN_SHARE] = np.nan
    absurd = (v >= AGE_NAN_SHARE) & (v < AGE_NAN_SHARE + AGE_ABSURD_SHARE)
    age[absurd] = rng.choice(np.array([0.0, -1.0, 150.0, 200.0, 999.0]), int(absurd.sum()))
    old = (v >= AGE_NAN_SHARE + AGE_ABSURD_SHARE) & (v < AGE_NAN_SHARE + AGE_ABSURD_SHARE + AGE_OVER_99_SHARE)
    age[old] = rng.integers(100, 111, int(old.sum()))
    return age, sex


def _blank_texts(rng: np.random.Generator, texts: _Texts) -> None:
    """Some rows lose their text (a placeholder or nothing) and with it their labels."""
    missing = np.flatnonzero(rng.random(BLOCK) < MISSING_TEXT_SHARE)
    texts.description[missing] = _MISSING[rng.integers(0, len(_MISSING), len(missing))]
    texts.conclusion[missing] = _MISSING[rng.integers(0, len(_MISSING), len(missing))]
    texts.labels[:, missing] = 0


def _columns(
    b: int, rows: _Rows, texts: _Texts, age: np.ndarray, sex: np.ndarray, inst: np.ndarray
) -> dict[str, np.ndarray]:
    """The block's columns, one array each (institution still as a number)."""
    cols: dict[str, np.ndarray] = {
        "study_id": np.array([f"CT{b * BLOCK + i:09d}" for i in range(BLOCK)], dtype=object),
        "patient_id": np.array([f"P{b:05d}{p:05d}" for p in rows.pat], dtype=object),
        "age": age,
        "sex": sex,
        "study_date": (DATE_START + rows.days).astype(str).astype(object),
        "institution": inst,
        "study_type": texts.study_type,
        "description": texts.description,
        "conclusion": texts.conclusion,
        "_brain": rows.brain,
    }
    for k, name in enumerate(LABELS):
        cols[name] = texts.labels[k]
    return cols


def _copy_rows(rng: np.random.Generator, cols: dict[str, np.ndarray], rows: _Rows) -> None:
    """Duplicates copy an earlier original row of the block; re-exports spell the institution otherwise.
    Then the institution numbers become names."""
    copied = np.flatnonzero(rows.copies)
    originals = np.flatnonzero(~rows.copies)
    pos = np.searchsorted(originals, copied)
    src = originals[np.maximum(pos - rng.integers(1, 30, len(copied)), 0)]
    for name in cols:
        cols[name][copied] = cols[name][src]
    cols["institution"] = cols["institution"] + np.where(rows.reexport, len(bank.INSTITUTIONS), 0)
    cols["institution"] = _INSTITUTIONS[cols["institution"]]


def _arrays(
    seed: int, start: int, stop: int, cache: dict[int, dict[str, np.ndarray]] | None = None
) -> dict[str, np.ndarray]:
    first, last = start // BLOCK, (stop - 1) // BLOCK
    parts = []
    for b in range(first, last + 1):
        if cache is not None and b in cache:
            block = cache[b]
        else:
            block = _block(seed, b)
            if cache is not None:
                cache.clear()
                cache[b] = block
        parts.append(block)
    lo, hi = start - first * BLOCK, stop - first * BLOCK
    if len(parts) == 1:
        return {k: v[lo:hi] for k, v in parts[0].items()}
    return {k: np.concatenate([p[k] for p in parts])[lo:hi] for k in parts[0]}


def _frame(cols: dict[str, np.ndarray]) -> pd.DataFrame:
    data = {}
    for c in COLUMNS:
        if c in TEXT_COLUMNS:
            data[c] = pd.array(cols[c], dtype="str")
        else:
            data[c] = cols[c]
    return pd.DataFrame(data, columns=list(COLUMNS))


def _table(seed: int, start: int, stop: int) -> tuple[pa.Table, int, int]:
    """One chunk as an Arrow table with :data:`SCHEMA`, with its brain-CT and ICH counts (for workers)."""
    cols = _arrays(seed, start, stop)
    table = pa.table(
        [pa.array(cols[c], type=SCHEMA.field(c).type, from_pandas=True) for c in COLUMNS], schema=SCHEMA
    )
    return table, int(cols["_brain"].sum()), int(cols["ich"].sum())


def _check(n: int, seed: int, chunk_size: int) -> None:
    if not isinstance(n, (int, np.integer)) or n < 0:
        raise ValueError(f"n must be a non-negative integer, got {n!r}")
    if not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed!r}")
    if not isinstance(chunk_size, (int, np.integer)) or chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive integer, got {chunk_size!r}")


# ================================================================== public API
def generate(n: int, seed: int = 0, chunk_size: int = 100_000) -> Iterator[pd.DataFrame]:
    """Yield ``n`` synthetic export rows as DataFrames of ``chunk_size`` rows (the last may be shorter).

    Same ``seed`` → identical rows, whatever ``chunk_size``; memory is bounded by one chunk plus one block.
    """
    _check(n, seed, chunk_size)
    cache: dict[int, dict[str, np.ndarray]] = {}
    for start in range(0, n, chunk_size):
        yield _frame(_arrays(int(seed), start, min(start + chunk_size, n), cache))


def write(
    path: str | Path, n: int, seed: int = 0, chunk_size: int = 100_000, jobs: int = 1, progress: bool = False
) -> dict[str, Any]:
    """Write ``n`` rows to ``path`` (``.parquet``/``.pq``: Parquet, one row group per chunk; ``.csv``: UTF-8
    CSV with one header). ``jobs`` > 1 generates chunks in worker processes; the file is identical.

    Returns ``{"rows", "brain_ct", "ich", "seconds", "path", "seed", "format"}``. Writes no report text to
    the console.
    """
    _check(n, seed, chunk_size)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".parquet", ".pq"):
        fmt = "parquet"
    elif suffix == ".csv":
        fmt = "csv"
    else:
        raise ValueError(f"unsupported output extension {path.suffix!r}: use .parquet, .pq or .csv")
    from tqdm import tqdm  # plain bar: tqdm.auto warns in Jupyter without ipywidgets

    t0 = time.perf_counter()
    bounds = [(s, min(s + chunk_size, n)) for s in range(0, n, chunk_size)]
    if jobs == 1:
        results: Any = (_table(int(seed), a, b) for a, b in bounds)
    else:
        from joblib import Parallel, delayed

        results = Parallel(n_jobs=jobs, return_as="generator")(
            delayed(_table)(int(seed), a, b) for a, b in bounds
        )
    from .io import atomic_path

    brain = ich = rows = 0
    # Stream into a temporary file beside ``path``: an interrupted run never leaves a truncated export.
    with atomic_path(path, suffix=path.suffix) as tmp:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            writer: Any = pq.ParquetWriter(tmp, SCHEMA)
        else:
            import pyarrow.csv as pacsv

            writer = pacsv.CSVWriter(tmp, SCHEMA)
        try:
            with tqdm(total=n, unit="rows", disable=not progress, desc="synth") as bar:
                for table, n_brain, n_ich in results:
                    writer.write_table(table)
                    rows += table.num_rows
                    brain += n_brain
                    ich += n_ich
                    bar.update(table.num_rows)
            if n == 0:
                writer.write_table(SCHEMA.empty_table())
        finally:
            writer.close()
    return {
        "rows": rows,
        "brain_ct": brain,
        "ich": ich,
        "seconds": round(time.perf_counter() - t0, 3),
        "path": str(path),
        "seed": int(seed),
        "format": fmt,
    }


def make_demo(path: str | Path, n: int = 20_000, seed: int = 0) -> dict[str, Any]:
    """Write the small demo export used by the README and the notebooks; returns :func:`write`'s summary."""
    return write(path, n, seed=seed)
