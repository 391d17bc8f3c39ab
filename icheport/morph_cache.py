"""A lexicon's learned morphology kept as a data file, so a new process does not learn it again.

Learning every inflected form of a lexicon's words with pymorphy3 takes most of the time of loading a lexicon
(~1 s for ru-ich, in every process and every worker). The learned state (word form -> lemma, and the near-miss
table of the typo rule) is written as JSON under ``$ICHEPORT_CACHE_DIR`` (default: ``$XDG_CACHE_HOME/icheport``
or ``~/.cache/icheport``), named by a SHA-256 over the lexicon's words and overrides, the language, the
icheport version and the pymorphy3 dictionary version. It is plain data (no pickle): a file that does not parse
or does not match its key is ignored and rewritten. ``ICHEPORT_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path

from .morph import Morph

__all__ = ["cache_dir", "key", "restore", "store"]

log = logging.getLogger(__name__)
FORMAT = 1


def cache_dir() -> Path | None:
    """Where learned morphologies are kept, or None when the cache is off."""
    env = os.environ.get("ICHEPORT_CACHE_DIR")
    if env == "off":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "icheport"


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for dist in ("icheport", "pymorphy3", "pymorphy3-dicts-ru"):
        try:
            found.append(f"{dist}={version(dist)}")
        except PackageNotFoundError:
            found.append(f"{dist}=?")
    return ";".join(found)


def key(language: str, overrides: tuple[tuple[str, str], ...], words: tuple[str, ...]) -> str:
    """A name for what a Morph learns from these words: changes whenever its result could."""
    payload = json.dumps([FORMAT, language, list(overrides), list(words), _versions()], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _path(digest: str) -> Path | None:
    root = cache_dir()
    return None if root is None else root / f"morph-{digest[:32]}.json"


def restore(morph: Morph, digest: str) -> bool:
    """Fill ``morph`` from the cached file for ``digest``; False when there is none (or it is unusable)."""
    path = _path(digest)
    if path is None or not path.is_file():
        return False
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != digest or data.get("format") != FORMAT:
            return False
        forms = {str(k): str(v) for k, v in data["forms"].items()}
        near = {str(k): {str(x) for x in v} for k, v in data["near"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.debug("learned morphology cache %s unusable; learning again", path.name)
        return False
    morph.cache.update(forms)
    morph._near.update(near)
    return True


def store(morph: Morph, digest: str) -> None:
    """Write what ``morph`` learned; a cache that cannot be written is skipped silently (it is only speed)."""
    path = _path(digest)
    if path is None:
        return
    data = {
        "format": FORMAT,
        "key": digest,
        "forms": dict(morph.cache),
        "near": {k: sorted(v) for k, v in morph._near.items()},
    }
    with contextlib.suppress(OSError):
        from .io import write_text_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
