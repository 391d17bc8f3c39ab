"""Speed of the synthetic export generator: rows/s, wall time and peak memory.

    python benchmarks/bench_synth.py --n 4369511 --jobs 2 --out /tmp/synth.parquet

Peak RSS: this process's high-water mark (``resource``) and the peak of the summed RSS of this process
and all its worker processes, sampled every 0.2 s with psutil. No report text is printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time

from _common import RssSampler

from icheport import synth


def _peak_mib() -> tuple[float, float]:
    """High-water RSS (MiB) of this process and of the largest reaped child (Linux reports KiB)."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return own, children


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="rows to generate (source study: 4,369,511)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--out", default="/tmp/icheport_synth_bench.parquet", help=".parquet or .csv output")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--chunk-size", type=int, default=100_000)
    parser.add_argument("--progress", action="store_true")
    args = parser.parse_args(argv)

    print(
        f"machine: {platform.platform()} | {platform.processor() or platform.machine()} | "
        f"cpu_count={os.cpu_count()} | python {platform.python_version()}"
    )
    try:
        print(f"load average before: {os.getloadavg()}")
    except OSError:
        pass
    sampler = RssSampler()
    sampler.start()
    t0 = time.perf_counter()
    summary = synth.write(
        args.out, args.n, seed=args.seed, chunk_size=args.chunk_size, jobs=args.jobs, progress=args.progress
    )
    seconds = time.perf_counter() - t0
    total = sampler.stop() / 2**20
    own, _ = _peak_mib()
    size = os.path.getsize(args.out) / 2**20
    print(
        f"rows={summary['rows']:,} brain_ct={summary['brain_ct']:,} ich={summary['ich']:,} jobs={args.jobs} "
        f"chunk_size={args.chunk_size:,}"
    )
    print(f"seconds={seconds:.1f} rows/s={summary['rows'] / seconds:,.0f} file={size:,.0f} MiB")
    print(f"peak RSS: main process={own:,.0f} MiB, main + workers (sampled)={total:,.0f} MiB")
    try:
        print(f"load average after: {os.getloadavg()}")
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
