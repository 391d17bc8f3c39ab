"""Verification loop: radiologist worksheets out, reader verdicts in, agreement, adjudication, Table 1.

The flow reproduces the source study's protocol: two radiologists read every candidate independently, an
expert settles the cases they disagree on, and the verified labels are counted per class (Table 1) and fed
back to training.

1. :func:`make_worksheets` merges ``candidates_ich.csv`` and ``candidates_no_ich.csv``, shuffles the cases
   separately for every reader and writes ``reader1.xlsx``, ``reader2.xlsx`` and ``manifest.json``.
2. Radiologists fill the verdict columns (or :func:`simulate_readers` does it from a truth table).
3. :func:`adjudicate` validates the sheets, writes ``agreement.csv`` and, when the readers disagree,
   ``expert.xlsx``; once the expert sheet is back (or nothing was disputed) it writes ``final_labels.csv``,
   ``table1.csv`` / ``table1.md`` and ``triage_precision.csv``.

Worksheet layout (sheet ``cases``; one row per case)::

    case_id | description | conclusion | ich edh sdh sah iph ivh multiple fracture combined | uncertain | comment
    [expert sheet only: disagree_on | reader1 | reader2]
    hidden: description_sha256 | conclusion_sha256 | spans

The text columns are locked (sheet protection without a password: it prevents accidental edits, not
deliberate ones) and every text is hashed into hidden columns and ``manifest.json``, so an edited text is
detected on read-back. A ``instructions`` sheet explains the labels in Russian and English. A very hidden
``_icheport`` sheet records the sheet's role (reader1, reader2, expert), the seed and the format version.

Evidence highlighting (from the ``spans`` column, see docs/contracts.md):

=====================================  ======================================
span                                   style
=====================================  ======================================
mention, status ``present``            bold dark red
mention, status ``uncertain``          bold orange
mention, status ``negated``            grey, struck through
mention, ``resolved``/``extracranial`` grey italic
trigger (negation, hedge, ...)         underlined (dark blue when not inside a mention)
stop phrase                            grey, double underline
=====================================  ======================================

Privacy: no function here prints or logs report text; worksheets carry only the pseudonymous ``case_id``
and the report text; error messages name sheet, row and column, never the text.
"""

from __future__ import annotations

from ._common import (
    FORMAT_VERSION,
    LABELS,
    VERDICT_COLUMNS,
    AdjudicationResult,
    Problem,
    Proportion,
    VerificationError,
    WorksheetResult,
)
from .adjudicate import adjudicate
from .simulate import simulate_readers
from .stats import cohen_kappa, wilson_ci
from .worksheets import make_worksheets

__all__ = [
    "FORMAT_VERSION",
    "LABELS",
    "VERDICT_COLUMNS",
    "AdjudicationResult",
    "Problem",
    "Proportion",
    "VerificationError",
    "WorksheetResult",
    "adjudicate",
    "cohen_kappa",
    "make_worksheets",
    "simulate_readers",
    "wilson_ci",
]
