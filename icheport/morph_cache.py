"""A lexicon's compiled parts kept as data files, so a new process does not compute them again.

Learning every inflected form of a lexicon's words with pymorphy3 takes most of the time of loading a lexicon
(~1 s for ru-ich, in every process and every worker), and the matcher's keyword anchors need each word's
paradigm again. Both are written as JSON under ``$ICHEPORT_CACHE_DIR`` (default: ``$XDG_CACHE_HOME/icheport``
or ``~/.cache/icheport``):

- ``morph-<key>.json``: the learned morphology (word form -> lemma, and the (form, lemma) pairs the typo
  rule's near-miss table is built from), keyed by a SHA-256 over the lexicon's words and overrides, the
  language, the icheport / pymorphy3 / dictionary versions and the morphology code;
- ``anchors-<key>.json``: the matcher's anchor stems, keyed by the lexicon's content hash, the same versions
  and the matcher and morphology code.

They are plain data (no pickle): a file that does not parse or does not match its key is ignored and
rewritten. ``ICHEPORT_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
from pathlib import Path

from .morph import Morph

__all__ = ["anchors", "anchors_key", "cache_dir", "key", "restore", "store", "store_anchors"]

log = logging.getLogger(__name__)
FORMAT = 2  # 2: the typo table as the (form, lemma) pairs it is built from


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


@functools.cache
def _code() -> str:
    """A digest of the code whose results are cached (a changed rule must not reuse an old file)."""
    h = hashlib.sha256()
    for name in ("morph.py", "matcher.py"):
        h.update((Path(__file__).parent / name).read_bytes())
    return h.hexdigest()


def key(language: str, overrides: tuple[tuple[str, str], ...], words: tuple[str, ...]) -> str:
    """A name for what a Morph learns from these words: changes whenever its result could."""
    payload = json.dumps(
        [FORMAT, language, list(overrides), list(words), _versions(), _code()], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def anchors_key(content_hash: str) -> str:
    """A name for a lexicon's anchor stems: its content hash, the versions and the code."""
    return hashlib.sha256(f"{FORMAT}|{content_hash}|{_versions()}|{_code()}".encode()).hexdigest()


def _path(digest: str, kind: str = "morph") -> Path | None:
    root = cache_dir()
    return None if root is None else root / f"{kind}-{digest[:32]}.json"


def _read(digest: str, kind: str) -> dict | None:
    path = _path(digest, kind)
    if path is None or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("key") != digest or data.get("format") != FORMAT:
        log.debug("cached %s file %s unusable; computing again", kind, path.name)
        return None
    return data


def _write(digest: str, kind: str, data: dict) -> None:
    """Write a cache file; one that cannot be written is skipped silently (it is only speed)."""
    path = _path(digest, kind)
    if path is None:
        return
    with contextlib.suppress(OSError):
        from .io import write_text_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"format": FORMAT, "key": digest, **data}
        write_text_atomic(path, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))


def anchors(digest: str) -> tuple[str, ...] | None:
    """The cached anchor stems for ``digest``, or None."""
    data = _read(digest, "anchors")
    stems = None if data is None else data.get("anchors")
    if not isinstance(stems, list) or not all(isinstance(x, str) for x in stems):
        return None
    return tuple(stems)


def store_anchors(digest: str, stems: tuple[str, ...]) -> None:
    _write(digest, "anchors", {"anchors": list(stems)})


def restore(morph: Morph, digest: str) -> bool:
    """Fill ``morph`` from the cached file for ``digest``; False when there is none (or it is unusable)."""
    data = _read(digest, "morph")
    if data is None:
        return False
    try:
        forms = data["forms"]
        pairs = [(str(form), str(lemma)) for form, lemma in data["near_pairs"]]
    except (KeyError, TypeError, ValueError):
        return False
    if not isinstance(forms, dict) or not all(isinstance(v, str) for v in forms.values()):
        return False
    morph.cache.update(forms)
    morph.near_pairs.extend(pairs)
    return True


def store(morph: Morph, digest: str) -> None:
    """Write what ``morph`` learned."""
    _write(digest, "morph", {"forms": dict(morph.cache), "near_pairs": morph.near_pairs})
