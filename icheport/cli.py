"""The ``icheport`` command line. Every command has ``--help``; report text is never printed."""

from __future__ import annotations

import argparse
import errno
import json
import sys
import time
from pathlib import Path
from typing import Any

__all__ = ["main"]


def _add_columns(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("columns")
    g.add_argument(
        "--description-col", default="description", help="description column (default: %(default)s)"
    )
    g.add_argument("--conclusion-col", default="conclusion", help="conclusion column (default: %(default)s)")
    g.add_argument("--text-col", default=None, help="a single text column instead of description/conclusion")
    g.add_argument(
        "--study-type-col",
        default="study_type",
        help="study type column (default: %(default)s, else the first of the names listed in the "
        "README; without one every row counts as brain CT)",
    )


def _read_table(path: str, encoding: str | None = None):
    """A whole table for ``train`` / ``evaluate``, read by the same reader as ``label`` (every column kept,
    cells as written)."""
    import pandas as pd

    from .io import read_table_chunks

    columns, chunks, _ = read_table_chunks(path, encoding=encoding)
    parts = list(chunks)
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)


def _load_model(path: str | None, allow_lexicon_mismatch: bool = False, trust: bool = False):
    """``None``/"none": rules only; "default": the bundled model (rules if it is stale); else a file
    (a pickled one only with ``--trust-model``)."""
    if path is None or path == "none":
        return None
    from .scorer import default_scorer, load_for_scoring

    if path == "default":
        return default_scorer()
    return load_for_scoring(path, allow_lexicon_mismatch=allow_lexicon_mismatch, trust=trust)


def _model_for(a: argparse.Namespace):
    """The bundled model fits only the bundled lexicon: with --lexicon, 'default' means rules only."""
    return _load_model("none" if a.lexicon and a.model == "default" else a.model, trust=a.trust_model)


def _add_engine(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("engine (more than one machine)")
    g.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="'dask' runs the partitions on a Dask cluster (pip install \"icheport[dask]\")",
    )
    g.add_argument(
        "--scheduler",
        default="local",
        help="with --engine dask: 'local' (a LocalCluster here) or tcp://HOST:PORT (default: %(default)s)",
    )
    g.add_argument(
        "--workers", type=int, help="with --scheduler local: worker processes (default: all cores)"
    )


def _dask_spec(a: argparse.Namespace):
    from .cluster import LabelSpec

    model = "none" if a.lexicon and a.model == "default" else a.model
    return LabelSpec(lexicon=a.lexicon, model=model, trust_model=a.trust_model)


def cmd_label(a: argparse.Namespace) -> int:
    if a.engine == "dask":
        from .cluster import label_dataset

        r = label_dataset(
            a.input,
            a.out,
            spec=_dask_spec(a),
            scheduler=a.scheduler,
            workers=a.workers,
            overwrite=a.overwrite,
        )
        _say(
            f"labeled {r['rows']:,} reports on {r['workers']} Dask workers ({r['partitions']} partitions) in "
            f"{r['seconds']:.1f} s: ich={r['ich']:,} unclear={r['unclear']:,} brain_ct={r['brain_ct']:,} -> {a.out}"
        )
        return 0
    if a.input == "-" or a.out == "-":
        return _label_through_pipes(a)
    if not Path(a.input).is_file():
        raise FileNotFoundError(f"no input file {a.input}")
    _label_local(a, Path(a.input), Path(a.out), overwrite=a.overwrite)
    return 0


def _label_through_pipes(a: argparse.Namespace) -> int:
    """``label - --out -``: CSV from stdin and/or to stdout, through files in a private temporary folder
    (removed at the end, also on error), so every check of a file run holds for a pipe too."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="icheport-pipe-") as tmp:
        src = Path(tmp) / "stdin.csv" if a.input == "-" else Path(a.input)
        if a.input == "-":
            with src.open("wb") as fh:
                shutil.copyfileobj(sys.stdin.buffer, fh)
        elif not src.is_file():
            raise FileNotFoundError(f"no input file {a.input}")
        dst = Path(tmp) / "stdout.csv" if a.out == "-" else Path(a.out)
        _label_local(a, src, dst, overwrite=a.overwrite or a.out == "-")
        if a.out == "-":
            with dst.open("rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    return 0


def _label_local(a: argparse.Namespace, src: Path, dst: Path, *, overwrite: bool) -> None:

    from .label import label_file
    from .matcher import Matcher

    model = _model_for(a)
    matcher = Matcher(a.lexicon) if a.lexicon else None
    t0 = time.perf_counter()
    counts = label_file(
        src,
        dst,
        description_col=a.description_col,
        conclusion_col=a.conclusion_col,
        text_col=a.text_col,
        study_type_col=a.study_type_col,
        model=model,
        matcher=matcher,
        encoding=a.encoding,
        chunksize=a.chunksize,
        progress=not a.quiet and sys.stderr.isatty(),
        all_rows=a.all_rows,
        overwrite=overwrite,
        policy=a.policy,
        jobs=a.jobs,
    )
    dt = time.perf_counter() - t0
    n = counts["rows"]
    # the labeler has logged its notes (e.g. no study type column) as warnings already
    _say(
        f"labeled {n:,} reports in {dt:.1f} s ({n / max(dt, 1e-9):,.0f}/s): ich={counts['ich']:,} "
        f"unclear={counts['unclear']:,} brain_ct={counts['brain_ct']:,} -> {'stdout' if a.out == '-' else a.out}"
    )


def cmd_synth(a: argparse.Namespace) -> int:
    from .synth import write

    summary = write(a.out, a.n, seed=a.seed, chunk_size=a.chunk_size, jobs=a.jobs, progress=not a.quiet)
    print(json.dumps(summary, ensure_ascii=False, default=str))
    return 0


def _triage_kwargs(a: argparse.Namespace) -> dict[str, Any]:
    """Keyword arguments of ``triage()`` from the parsed flags: an option flag that was not typed is not
    passed at all, so a config file's value (then the default) applies, and one typed always wins."""
    column_map = {}
    for item in a.map or []:
        canonical, _, source = item.partition("=")
        if not source:
            raise SystemExit(f"icheport: --map takes canonical=source, got {item!r}")
        column_map[canonical.strip()] = source.strip()
    typed = {
        "n_per_class": a.n_per_class,
        "n_unclear": a.n_unclear,
        "seed": a.seed,
        "lexicon": a.lexicon,
        "jobs": a.jobs,
        "chunksize": a.chunksize,
        "encoding": a.encoding,
        "stratify": a.stratify,
        "sep": a.sep,
        "column_map": column_map or None,
        "one_per_patient": False if a.all_studies_per_patient else None,
    }
    kwargs = {k: v for k, v in typed.items() if v is not None}
    kwargs.update(config=a.config, progress=not a.quiet, overwrite=a.overwrite)
    return kwargs


def cmd_triage(a: argparse.Namespace) -> int:
    from .triage import triage

    if a.engine == "dask":
        from .cluster import triage_dataset

        r = triage_dataset(
            a.input,
            a.out,
            n_per_class=5000 if a.n_per_class is None else a.n_per_class,
            n_unclear=a.n_unclear,
            seed=0 if a.seed is None else a.seed,
            spec=_dask_spec(a),
            scheduler=a.scheduler,
            workers=a.workers,
            stratify=a.stratify,
            one_per_patient=not a.all_studies_per_patient,
            overwrite=a.overwrite,
        )
        print(
            f"triage on {r['workers']} Dask workers ({r['partitions']} partitions): {r['rows']:,} rows, sampled "
            f"{r['sampled']} -> {a.out}"
        )
        return 0
    result = triage(a.input, a.out, model=_model_for(a), **_triage_kwargs(a))
    print(result)
    return 0


def cmd_demo(a: argparse.Namespace) -> int:
    from .synth import make_demo
    from .triage import triage

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    export = out / "demo_export.parquet"
    s = make_demo(export, n=a.n, seed=a.seed)
    print(f"demo export: {s['rows']:,} synthetic CT reports -> {export}")
    result = triage(
        export,
        out / "triage",
        n_per_class=a.n_per_class,
        n_unclear=max(1, a.n_per_class // 4),
        seed=a.seed,
        jobs=a.jobs,
        model=_load_model("default"),
        progress=not a.quiet,
        overwrite=True,
    )
    print(result)
    print(f"open {out / 'triage' / 'funnel.png'} and the candidate lists in {out / 'triage'}")
    return 0


def cmd_train(a: argparse.Namespace) -> int:
    from .model import build_default_model, train_from_table

    if a.default:
        print(json.dumps(build_default_model(a.out, progress=not a.quiet), ensure_ascii=False, indent=1))
        return 0
    if not a.data or not a.out:
        raise ValueError("train needs --data and --out (or --default to rebuild the bundled model)")
    df = _read_table(a.data, a.encoding)
    _model, summary = train_from_table(
        df,
        lexicon=a.lexicon,
        labels=a.labels,
        out=a.out,
        seed=a.seed,
        description_col=a.description_col,
        conclusion_col=a.conclusion_col,
        text_col=a.text_col,
        progress=not a.quiet,
        jobs=a.jobs,
    )
    print(json.dumps(summary, ensure_ascii=False, indent=1, default=str))
    return 0


def cmd_evaluate(a: argparse.Namespace) -> int:
    from .model import evaluate_table

    df = _read_table(a.data, a.encoding)
    result = evaluate_table(
        df,
        truth=a.truth,
        model=_load_model(a.model, a.allow_lexicon_mismatch, a.trust_model),
        lexicon=a.lexicon,
        description_col=a.description_col,
        conclusion_col=a.conclusion_col,
        text_col=a.text_col,
        out_dir=a.out,
        target_sensitivity=a.target_sensitivity,
        n_boot=a.n_boot,
        seed=a.seed,
    )
    print(result)
    return 0


def cmd_worksheet(a: argparse.Namespace) -> int:
    from .verify import make_worksheets

    r = make_worksheets(
        _candidate_paths(a.candidates),
        a.out,
        readers=a.readers,
        seed=a.seed,
        prefill=a.prefill,
        expert=a.expert,
        overwrite=a.overwrite,
    )
    print(r.summary() if hasattr(r, "summary") else r)
    return 0


def _candidate_paths(items: list[str] | None) -> list[str] | None:
    """Candidate CSVs; a triage output folder stands for its candidates_ich/no_ich lists."""
    if not items:
        return None
    out: list[str] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            names = ("candidates_ich.csv", "candidates_no_ich.csv", "candidates_unclear.csv")
            found = [p / n for n in names if (p / n).is_file()]
            if not found:
                raise FileNotFoundError(
                    f"{p} holds no candidates_ich.csv / candidates_no_ich.csv / candidates_unclear.csv"
                )
            out += [str(f) for f in found]
        else:
            out.append(item)
    return out


def cmd_adjudicate(a: argparse.Namespace) -> int:
    from .verify import VerificationError, adjudicate

    try:
        r = adjudicate(
            a.readers,
            expert_path=a.expert,
            candidates=_candidate_paths(a.candidates),
            out_dir=a.out,
            manifest=a.manifest,
            seed=a.seed,
            overwrite=a.overwrite,
        )
    except VerificationError as exc:
        print(f"icheport adjudicate: the sheets have problems:\n{exc}", file=sys.stderr)
        return 2
    print(r.summary())
    return 0


def cmd_lexicon(a: argparse.Namespace) -> int:
    from .lexicon import available_lexicons, load_lexicon

    if a.name is None:
        for name in available_lexicons():
            print(load_lexicon(name))
        return 0
    lx = load_lexicon(a.name)
    print(json.dumps(lx.provenance(), ensure_ascii=False, indent=1))
    return 0


def _model_options(s: argparse.ArgumentParser) -> None:
    """--model and --trust-model, as label and triage take them."""
    s.add_argument(
        "--model",
        default="default",
        help="'default' (the bundled model), 'none' (rules only) or a model file (default: %(default)s)",
    )
    s.add_argument(
        "--trust-model",
        action="store_true",
        help="allow a pickled (joblib) model file: loading one can run code, so only for files you trust",
    )


def _add_label_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``label`` command: labels and evidence added to a table of reports."""
    s = sub.add_parser("label", help="add ICH labels and evidence to a table of reports")
    s.add_argument("input", help="CSV / Parquet / JSONL of reports ('-': CSV from stdin)")
    s.add_argument(
        "--out",
        required=True,
        help="output .csv or .parquet (all input columns + labels; '-': CSV to stdout)",
    )
    _model_options(s)
    s.add_argument(
        "--lexicon",
        help="a lexicon name or folder (default: ru-ich; a custom lexicon uses the rules "
        "unless --model gives a model trained with it)",
    )
    s.add_argument("--encoding", help="input CSV encoding (default: detect)")
    s.add_argument(
        "--chunksize",
        type=int,
        default=100_000,
        help="rows read, labeled and written at a time; memory stays flat (default: %(default)s)",
    )
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.add_argument(
        "--jobs",
        type=int,
        default=-1,
        help="worker processes labeling chunks side by side, output in input order; -1: all cores "
        "(a file of one chunk is labeled in this process) (default: %(default)s)",
    )
    s.add_argument(
        "--all-rows",
        action="store_true",
        help="also read rows that are not brain CT (their ich and labels stay 0; evidence says what "
        "was found)",
    )
    s.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    s.add_argument(
        "--policy",
        choices=("model", "rules", "review"),
        help="how rule and score decide ich/uncertain (default: the model's, 'model'; see README)",
    )
    _add_engine(s)
    _add_columns(s)
    s.set_defaults(func=cmd_label)


def _add_synth_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``synth`` command: a synthetic RIS export with ground truth."""
    s = sub.add_parser("synth", help="write a synthetic RIS export with ground truth")
    s.add_argument("--n", type=int, default=20_000, help="rows (default: %(default)s)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--out", required=True, help="output .parquet or .csv")
    s.add_argument("--jobs", type=int, default=1, help="worker processes (default: %(default)s)")
    s.add_argument("--chunk-size", type=int, default=100_000)
    s.add_argument("--quiet", action="store_true")
    s.set_defaults(func=cmd_synth)


def _add_triage_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``triage`` command: the cohort funnel and the balanced candidate lists."""
    s = sub.add_parser("triage", help="cohort funnel + balanced ICH / no-ICH candidate lists")
    s.add_argument("input", help="CSV (UTF-8/CP1251) / Parquet / JSONL export")
    s.add_argument("--out", required=True, help="output folder")
    s.add_argument("--n-per-class", type=int, help="candidates per list (default: 5000)")
    s.add_argument("--n-unclear", type=int, help="size of the unclear list (default: --n-per-class)")
    s.add_argument("--sep", help="CSV separator (default: detected)")
    s.add_argument("--seed", type=int, help="random seed of the draw (default: 0)")
    _model_options(s)
    s.add_argument("--lexicon", help="a lexicon name or folder (default: ru-ich)")
    s.add_argument("--jobs", type=int, help="worker processes, -1 for all cores (default: 1)")
    s.add_argument("--chunksize", type=int, help="rows per chunk (default: 100000; memory grows with it)")
    s.add_argument("--encoding", help="input CSV encoding (default: detect)")
    s.add_argument(
        "--map",
        action="append",
        metavar="CANONICAL=SOURCE",
        help="column mapping, e.g. --map description=Протокол (repeatable)",
    )
    s.add_argument(
        "--config", help="TOML file with column mapping and options (a flag typed here wins over the file)"
    )
    s.add_argument("--stratify", help="column to stratify the lists by (e.g. institution)")
    s.add_argument(
        "--all-studies-per-patient",
        action="store_true",
        help="allow several studies of one patient in a list",
    )
    s.add_argument(
        "--overwrite",
        action="store_true",
        help="replace the outputs of an earlier run in --out (never a run whose worksheets were made)",
    )
    _add_engine(s)
    s.add_argument("--quiet", action="store_true")
    s.set_defaults(func=cmd_triage)


def _add_demo_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``demo`` command: a synthetic export, triaged."""
    s = sub.add_parser("demo", help="generate a synthetic export and triage it (the README's first command)")
    s.add_argument("--out", default="demo", help="output folder (default: %(default)s)")
    s.add_argument("--n", type=int, default=50_000, help="synthetic rows (default: %(default)s)")
    s.add_argument("--n-per-class", type=int, default=200)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--jobs", type=int, default=1)
    s.add_argument("--quiet", action="store_true")
    s.set_defaults(func=cmd_demo)


def _add_train_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``train`` command: fit the ICH classifier."""
    s = sub.add_parser(
        "train", help="train the ICH classifier (weak labels from the lexicon or a label column)"
    )
    s.add_argument("--data", help="reports table")
    s.add_argument(
        "--default",
        action="store_true",
        help="rebuild the bundled default model from a regenerated synthetic export",
    )
    s.add_argument("--lexicon", default="ru-ich", help="lexicon name or folder (default: %(default)s)")
    s.add_argument(
        "--labels", help="a 0/1 label column (verified labels); default: weak labels from the rules"
    )
    s.add_argument("--out", help="model path (.npz; a .meta.json sidecar with its SHA-256 is written beside)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--jobs", type=int, default=1, help="processes matching reports (default: %(default)s)")
    s.add_argument("--encoding")
    s.add_argument("--quiet", action="store_true")
    _add_columns(s)
    s.set_defaults(func=cmd_train)


def _add_evaluate_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``evaluate`` command: rules and classifier against a truth column."""
    s = sub.add_parser("evaluate", help="rules and classifier side by side against a truth column")
    s.add_argument("--data", required=True, help="reports table with a truth column")
    s.add_argument("--truth", default="ich", help="0/1 truth column (default: %(default)s)")
    s.add_argument("--model", help="model to evaluate beside the rules")
    s.add_argument(
        "--trust-model",
        action="store_true",
        help="allow a pickled (joblib) model file: loading one can run code, so only for files you trust",
    )
    s.add_argument(
        "--lexicon", default=None, help="lexicon for the rules (default: the model's, else ru-ich)"
    )
    s.add_argument("--out", help="folder for metrics.json, errors.csv, roc.png, pr.png, calibration.png")
    s.add_argument("--target-sensitivity", type=float, default=0.95)
    s.add_argument(
        "--n-boot", type=int, default=1000, help="bootstrap resamples for the CIs (default: %(default)s)"
    )
    s.add_argument("--allow-lexicon-mismatch", action="store_true")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--encoding")
    _add_columns(s)
    s.set_defaults(func=cmd_evaluate)


def _add_worksheet_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``worksheet`` command: reader worksheets from candidate lists."""
    s = sub.add_parser("worksheet", help="radiologist worksheets (XLSX) from candidate lists")
    s.add_argument(
        "candidates", nargs="+", help="candidates_ich.csv candidates_no_ich.csv, or a triage folder"
    )
    s.add_argument("--out", required=True)
    s.add_argument("--readers", type=int, default=2)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument(
        "--prefill", action="store_true", help="pre-fill the matcher's suggestions (off: no anchoring)"
    )
    s.add_argument("--expert", action="store_true", help="also write an expert sheet with every case")
    s.add_argument("--overwrite", action="store_true")
    s.set_defaults(func=cmd_worksheet)


def _add_adjudicate_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``adjudicate`` command: agreement, expert sheet and final labels."""
    s = sub.add_parser("adjudicate", help="agreement, expert sheet, final labels, Table 1, triage precision")
    s.add_argument("readers", nargs="+", help="the readers' filled XLSX sheets")
    s.add_argument("--expert", help="the expert's filled sheet")
    s.add_argument(
        "--candidates", nargs="*", help="candidate lists or a triage folder (adds texts and triage precision)"
    )
    s.add_argument(
        "--manifest", help="the worksheets' manifest.json (default: beside the first reader sheet)"
    )
    s.add_argument("--out", required=True)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--overwrite", action="store_true")
    s.set_defaults(func=cmd_adjudicate)


def _add_lexicon_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``lexicon`` command: list the bundled lexicons, or show one."""
    s = sub.add_parser("lexicon", help="list bundled lexicons, or validate one and show its provenance")
    s.add_argument("name", nargs="?", help="lexicon name or folder")
    s.set_defaults(func=cmd_lexicon)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the global flags, then one subcommand after another."""
    p = argparse.ArgumentParser(
        prog="icheport",
        description=(
            "Find intracranial hemorrhage in free-text brain CT reports: label, triage into balanced "
            "candidate lists, verify with radiologists, retrain."
        ),
    )
    p.add_argument("--version", action="store_true", help="print the version and exit")
    p.add_argument(
        "-v", "--verbose", action="count", default=0, help="more messages on stderr (-vv: debugging detail)"
    )
    p.add_argument(
        "-q",
        "--quiet",
        dest="global_quiet",
        action="count",
        default=0,
        help="no progress bars and no summary lines (-qq: errors only)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    _add_label_parser(sub)
    _add_synth_parser(sub)
    _add_triage_parser(sub)
    _add_demo_parser(sub)
    _add_train_parser(sub)
    _add_evaluate_parser(sub)
    _add_worksheet_parser(sub)
    _add_adjudicate_parser(sub)
    _add_lexicon_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from . import __version__

        print(__version__)
        return 0
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    _configure_logging(args.verbose - args.global_quiet)
    if args.global_quiet and hasattr(args, "quiet"):
        args.quiet = True
    try:
        return int(args.func(args) or 0)
    except BaseException as exc:  # every ending gets one clear line and a documented exit code
        code, message = _failure(exc)
        if code is None:
            raise
        print(f"icheport {args.command}: {message}", file=sys.stderr)
        return code


def _configure_logging(verbosity: int) -> None:
    """Status and summary lines go to stderr through the ``icheport`` logger: shown by default, hidden by -q
    (warnings stay), -qq leaves errors only, -v adds detail. Messages never carry report text."""
    import logging

    level = [logging.ERROR, logging.WARNING, logging.INFO, logging.DEBUG][min(max(verbosity, -2), 1) + 2]
    logger = logging.getLogger("icheport")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter("%(message)s" if verbosity <= 0 else "%(levelname)s %(name)s: %(message)s")
    )
    logger.handlers = [h for h in logger.handlers if not isinstance(h, logging.StreamHandler)] + [handler]
    logger.setLevel(level)
    logger.propagate = False


def _say(message: str) -> None:
    """A status or summary line (stderr; hidden with -q)."""
    import logging

    logging.getLogger("icheport.cli").info(message)


def _failure(exc: BaseException) -> tuple[int | None, str]:
    """Exit code and message for an error the user can act on (no traceback, no report text); ``None`` for a
    bug, which keeps its traceback. Codes: 2 bad input or options, 3 cannot write the outputs, 130 Ctrl-C,
    143 SIGTERM."""
    from .runs import Terminated

    if isinstance(exc, KeyboardInterrupt):
        return 130, "interrupted (Ctrl-C); nothing was published, partial outputs were removed"
    if isinstance(exc, Terminated):
        return 143, "terminated (SIGTERM); nothing was published, partial outputs were removed"
    if isinstance(exc, PermissionError):
        return (
            3,
            f"permission denied writing {exc.filename or 'the output'}; choose a folder you can write to",
        )
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return (
            3,
            f"no space left on the device writing {exc.filename or 'the output'}; free space and run again "
            "(nothing was published)",
        )
    if isinstance(exc, (ValueError, FileNotFoundError, FileExistsError, TypeError)):
        return 2, str(exc)
    return None, ""


if __name__ == "__main__":
    raise SystemExit(main())
