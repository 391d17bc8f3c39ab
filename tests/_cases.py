"""The record every hand-written case file uses: one report and its expected labels.

Labeling conventions:
- ich=1 when blood is present inside the skull in this study (acute, subacute, chronic, hemorrhagic
  contusion, residual post-operative hematoma, follow-up with blood still present); ich=0 for absent
  blood, extracranial blood (scalp, soft tissues, sinuses, orbit), mimics (calcification, contrast
  enhancement, hyperdense artery, high hematocrit), old sequelae only, fully resolved hemorrhage and
  non-head studies; ich=-1 when hemorrhage is only suggested or a small hyperdense focus is left unexplained.
- Subtypes come from anatomy when no subtype word is used; hemorrhagic contusion counts as iph; hedged
  reports carry no subtypes.
- multiple: two or more subtypes, or two or more separate foci (one diffuse SAH or both occipital horns
  count as one).
- combined: definite hemorrhage with a definite cause (ruptured aneurysm, AVM, bleeding tumour,
  hemorrhagic transformation, venous sinus thrombosis). Tumour bleeding and HI-type transformation carry
  no subtype; PH-type or a named parenchymal hematoma carries iph.
- fracture: skull vault or base only, labeled even when ich is 0 or -1; facial bones do not count.
"""

from __future__ import annotations

from dataclasses import dataclass

LABELS = ("edh", "sdh", "sah", "iph", "ivh", "multiple", "fracture", "combined")
SUBTYPES = ("edh", "sdh", "sah", "iph", "ivh")


@dataclass(frozen=True)
class C:
    """One report and its expected labels; labels not in ``pos`` are 0."""

    id: str
    text: str | None
    ich: int
    pos: frozenset[str] = frozenset()
    description: str | None = None
    conclusion: str | None = None
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "pos", frozenset(self.pos))
        unknown = self.pos - set(LABELS)
        if unknown:
            raise ValueError(f"{self.id}: unknown labels {sorted(unknown)}; allowed {LABELS}")
        if self.ich not in (-1, 0, 1):
            raise ValueError(f"{self.id}: ich must be -1, 0 or 1")
        if self.ich != 1 and self.pos - {"fracture"}:
            raise ValueError(f"{self.id}: hemorrhage labels need ich=1")
        if sum(s in self.pos for s in SUBTYPES) >= 2 and "multiple" not in self.pos:
            raise ValueError(f"{self.id}: two subtypes imply 'multiple'")
        two_fields = self.description is not None or self.conclusion is not None
        if two_fields == bool(self.text):
            raise ValueError(f"{self.id}: give either text or description/conclusion")

    def expected(self) -> dict[str, int]:
        return {"ich": self.ich, **{label: int(label in self.pos) for label in LABELS}}

    @property
    def group(self) -> str:
        return {1: "present", 0: "absent", -1: "hedged"}[self.ich]


def actual_labels(report) -> dict[str, int]:
    """A report's labels in the shape of :meth:`C.expected`."""
    return {"ich": int(report.ich), **{label: int(getattr(report, label)) for label in LABELS}}


def assert_labels(case: C, report) -> None:
    """One case: the labels must equal the expected ones; the message shows why not."""
    expected, actual = case.expected(), actual_labels(report)
    differing = sorted(k for k in expected if expected[k] != actual[k])
    assert actual == expected, (
        f"{case.id}: labels differ on {differing}\n"
        f"  expected {expected}\n"
        f"  actual   {actual}\n"
        f"  evidence {report.evidence}" + (f"\n  note     {case.note}" if case.note else "")
    )


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def binary(pairs: list[tuple[bool, bool]]) -> dict[str, object]:
    """Confusion counts and rates from (expected positive, predicted positive) pairs."""
    tp = sum(e and p for e, p in pairs)
    fp = sum(p and not e for e, p in pairs)
    fn = sum(e and not p for e, p in pairs)
    tn = sum(not e and not p for e, p in pairs)
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "sensitivity": _ratio(tp, tp + fn),
        "specificity": _ratio(tn, tn + fp),
        "ppv": _ratio(tp, tp + fp),
        "npv": _ratio(tn, tn + fn),
        "f1": _ratio(2 * tp, 2 * tp + fp + fn),
    }
