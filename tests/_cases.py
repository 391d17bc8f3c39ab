"""The record every hand-written case file uses: one report and its expected labels."""

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
