"""Triage options as one frozen value: defaults <- config file <- explicit keywords / CLI flags.

A value given explicitly always wins, whatever it is (``0``, ``False``, ``""``): ``triage(..., seed=0)``
beats ``seed = 5`` in the config file. "Not given" is the :data:`UNSET` marker, never a default value, so
the two cannot be confused.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Final

from .io import load_config

__all__ = ["UNSET", "TriageConfig"]


class _Unset:
    """Marks a keyword the caller did not give (so a config file value, then the default, applies)."""

    _instance: _Unset | None = None

    def __new__(cls) -> _Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()

# config-file sections whose keys are triage options
_OPTION_SECTIONS: Final = ("input", "triage")


@dataclass(frozen=True)
class TriageConfig:
    """Every option of a triage run after merging; ``n_unclear`` None means "as ``n_per_class``"."""

    n_per_class: int = 5000
    n_unclear: int | None = None
    seed: int = 0
    jobs: int = 1
    chunksize: int = 100_000
    encoding: str | None = None
    sep: str | None = None
    format: str | None = None
    lexicon: Any = None
    stratify: str | None = None
    one_per_patient: bool = True
    column_map: Mapping[str, str] = field(default_factory=dict)
    cohort: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def option_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls) if f.name not in ("column_map", "cohort"))

    @classmethod
    def build(
        cls,
        explicit: Mapping[str, Any] | None = None,
        config: str | os.PathLike[str] | Mapping[str, Any] | None = None,
    ) -> TriageConfig:
        """Defaults, then the config file (path to TOML or the same as a dict of sections), then every
        ``explicit`` value that is not :data:`UNSET`. ``column_map`` entries merge (explicit ones win)."""
        sections = _sections(config)
        names = set(cls.option_names())
        values: dict[str, Any] = {}
        for section in _OPTION_SECTIONS:
            for key, value in sections.get(section, {}).items():
                if key in names:
                    values[key] = value
        given = {k: v for k, v in (explicit or {}).items() if v is not UNSET}
        unknown = sorted(set(given) - names - {"column_map"})
        if unknown:
            raise TypeError(f"unknown triage options: {unknown}")
        values.update({k: v for k, v in given.items() if k != "column_map"})
        colmap = dict(sections.get("columns", {}))
        colmap.update(given.get("column_map") or {})
        return cls(**values, column_map=colmap, cohort=dict(sections.get("cohort", {})))

    def options(self) -> dict[str, Any]:
        """The scalar options as a plain dict (no column map or cohort section)."""
        return {name: getattr(self, name) for name in self.option_names()}


def _sections(config: str | os.PathLike[str] | Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
    if config is None:
        return {}
    if isinstance(config, str | os.PathLike):
        return load_config(config)
    if isinstance(config, Mapping):
        return {k: dict(v) for k, v in config.items()}
    raise TypeError("config must be a path to a TOML file or a dict of sections")
