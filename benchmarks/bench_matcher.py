"""Matcher throughput on one core: tokenize + lemmatize + match, reports per second.

The report mix is the brain-CT part of the synthetic export (icheport.synth), which writes 40-250 word
reports with normal-anatomy templates, findings, negations and noise. Three configurations:

- default: anchor pre-scan + per-sentence and per-field caches (what `icheport label` / triage run);
- no cache: anchor pre-scan, every sentence analysed afresh (a corpus with no repeated sentences);
- full: every sentence tokenized, lemmatized and matched (no pre-scan, no cache).

Run:  python benchmarks/bench_matcher.py --reports 100000 [--words 150-250]
"""

from __future__ import annotations

import argparse
import os
import platform
import time

import numpy as np

import icheport
from icheport.synth import generate


def brain_reports(n: int, seed: int, min_words: int = 0, max_words: int = 10**9) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    # The export is ~6% brain CT; a narrow --words band may need more rows, but never unboundedly many.
    for chunk in generate(max(n * 100, 1_000_000), seed=seed, chunk_size=100_000):
        brain = chunk[chunk["study_type"].str.contains("голов|head", case=False, na=False)]
        for d, c in zip(brain["description"], brain["conclusion"], strict=True):
            d = d if isinstance(d, str) else ""
            c = c if isinstance(c, str) else ""
            if (d or c) and min_words <= len(d.split()) + len(c.split()) <= max_words:
                out.append((d, c))
            if len(out) >= n:
                return out
    raise SystemExit(f"only {len(out):,} brain-CT reports of {min_words}-{max_words} words; ask for fewer")


def run(matcher: icheport.Matcher, rows: list[tuple[str, str]]) -> tuple[float, float]:
    for d, c in rows[:200]:  # warm the lemma cache for the vocabulary, as any long run would
        matcher.match(description=d, conclusion=c)
    matcher.clear_cache()
    t0, c0 = time.perf_counter(), time.process_time()
    for d, c in rows:
        matcher.match(description=d, conclusion=c)
    return time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--words",
        default="",
        metavar="MIN-MAX",
        help="only reports of MIN to MAX words, e.g. 150-250 (default: the synthetic mix as it comes)",
    )
    a = ap.parse_args()
    lo, hi = (int(x) for x in a.words.split("-")) if a.words else (0, 10**9)
    rows = brain_reports(a.reports, a.seed, lo, hi)
    words = np.array([len((d + " " + c).split()) for d, c in rows])
    mb = sum(len(d) + len(c) for d, c in rows) / 1e6
    print(
        f"machine: {platform.machine()} {platform.processor() or ''} cpus={os.cpu_count()} "
        f"python={platform.python_version()} load={os.getloadavg()[0]:.1f}"
    )
    print(
        f"reports: {len(rows):,} brain CT, words/report median {np.median(words):.0f} "
        f"(p10 {np.percentile(words, 10):.0f}, p90 {np.percentile(words, 90):.0f}), {mb:.1f} MB"
    )
    configs = {
        "default (pre-scan + caches)": icheport.Matcher(),
        "no sentence cache": icheport.Matcher(cache_size=0),
        "full (no pre-scan, no cache)": icheport.Matcher(prefilter=False, cache_size=0),
    }
    for name, m in configs.items():
        wall, cpu = run(m, rows)
        print(
            f"{name:38s} {len(rows) / wall:9,.0f} reports/s wall  {len(rows) / cpu:9,.0f} reports/s CPU  "
            f"{mb / cpu:6.2f} MB/s CPU"
        )


if __name__ == "__main__":
    main()
