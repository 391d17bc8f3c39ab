# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Triage a CT export and run the verification loop
#
# The source study went from 4.4 million CT reports to balanced lists of ICH / no-ICH candidates that two
# radiologists read independently, with an expert settling their disagreements. This notebook runs the same
# loop on a small **synthetic** export (made by `icheport.synth`, with ground truth), and simulates the
# radiologists from that ground truth. Everything is written to a temporary folder.

# %%
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd
from IPython.display import Image, display

warnings.filterwarnings("ignore", message="IProgress not found")  # progress bars need ipywidgets; off here

import icheport.synth
from icheport.triage import triage
from icheport.verify import adjudicate, make_worksheets, simulate_readers

WORK = Path(tempfile.mkdtemp(prefix="icheport-nb02-"))
WORK

# %% [markdown]
# ## 1. A synthetic export
#
# 30,000 rows of all body parts, about 6 % of them brain CT (as in the source study), with the dirt a real
# export has: blank texts, implausible ages, children, duplicates, re-exports, follow-ups.

# %%
export = WORK / "export.parquet"
icheport.synth.write(export, n=30_000, seed=7)

# %% [markdown]
# ## 2. Triage
#
# `triage` streams the export through the cohort funnel (brain CT, cleaning, duplicates), labels the cohort
# and draws balanced, seeded candidate lists. `n_per_class=50` keeps the demo small (the study used 5,000).

# %%
t0 = time.perf_counter()
result = triage(export, WORK / "run", n_per_class=50, n_unclear=20, seed=0, progress=False)
print(f"{time.perf_counter() - t0:.1f} s")
result

# %%
result.funnel_frame()

# %%
display(Image(filename=str(result.paths["funnel_png"])))

# %% [markdown]
# The run folder holds everything a later step needs, and `run.json` records the lexicon hash, versions,
# options and input fingerprint.

# %%
{name: path.name for name, path in result.paths.items()}

# %% [markdown]
# ## 3. The balanced lists
#
# Each candidate has a pseudonymous `case_id`; the key to study ids stays in the run folder
# (`case_key.csv`). Only ids, scores and evidence are shown here, not the report texts.

# %%
lists = {name: pd.read_csv(result.paths[f"candidates_{name}"]) for name in ("ich", "no_ich", "unclear")}
pd.set_option("display.max_colwidth", 90)
{name: len(df) for name, df in lists.items()}

# %%
lists["ich"][["case_id", "ich_score", "sdh", "sah", "iph", "evidence"]].head(8)

# %%
lists["no_ich"][["case_id", "ich_score", "evidence"]].head(5)

# %%
lists["unclear"][["case_id", "ich_score", "evidence"]].head(5)

# %% [markdown]
# ## 4. Worksheets for two readers
#
# `make_worksheets` merges the lists (ICH, no-ICH and the unclear cases, which need a human too), shuffles
# them separately for each reader and writes one XLSX per reader: case id, locked report text with the
# evidence highlighted, empty verdict columns. The list a case came from never reaches a worksheet.

# %%
candidate_files = [result.paths[f"candidates_{name}"] for name in ("ich", "no_ich", "unclear")]
sheets = make_worksheets(candidate_files, WORK / "worksheets", seed=0)
print(sheets.summary())

# %% [markdown]
# ## 5. Simulated readers
#
# Here the "truth" is the generator's ground truth, joined to the case ids through the run's `case_key.csv`
# (`_row` is the row of the export). `simulate_readers` fills both reader sheets with openpyxl, each from its
# own seeded random stream, flipping every verdict with probability `error_rate` (3 %). In a real run the
# radiologists fill the sheets instead.

# %%
key = pd.read_csv(result.paths["case_key"])
ground = pd.read_parquet(export, columns=list(icheport.synth.LABELS)).reset_index(names="_row")
truth = key.merge(ground, on="_row", how="left")
assert len(truth) == len(key) and truth["ich"].notna().all()
truth[["case_id", "list", *icheport.synth.LABELS]].head()

# %%
simulate_readers(WORK / "worksheets", truth, error_rate=0.03, seed=1)

# %% [markdown]
# ## 6. Adjudication, first pass: the expert is needed
#
# `adjudicate` validates both sheets (blank or invalid verdicts, edited texts, inconsistent labels), writes
# the agreement table and, where the readers disagree, an expert sheet with only the disputed cases.

# %%
first = adjudicate(sheets.reader_paths, candidates=candidate_files, out_dir=WORK / "adjudication")
print(first.summary())

# %% [markdown]
# ## 7. The expert rules on the disputed cells
#
# The expert sheet shows what each reader said and leaves only the disputed cells empty. A simulated expert
# fills them from the truth without errors.

# %%
simulate_readers(WORK / "adjudication", truth, error_rate=0.0, seed=2, expert=True)
final = adjudicate(sheets.reader_paths, expert_path=first.expert_worksheet, candidates=candidate_files,
                   out_dir=WORK / "adjudication")
final.status

# %% [markdown]
# ## 8. Agreement between the readers
#
# Per label: percent agreement and Cohen's kappa with a bootstrap 95 % CI. Rare labels (few "yes" among 120
# cases) get wide intervals.

# %%
final.agreement[["label", "n", "percent_agreement", "kappa", "kappa_ci_low", "kappa_ci_high"]].round(3)

# %% [markdown]
# ## 9. Table 1 of the verified dataset

# %%
final.table1.pivot(index="label", columns="class", values="count").loc[list(final.table1["label"].unique())]

# %% [markdown]
# ## 10. How precise was the triage?
#
# PPV of the ICH list (share verified as ICH) and NPV of the no-ICH list (share verified as no ICH), with
# Wilson 95 % intervals. On a synthetic export written by the same team as the lexicon these numbers are
# expected to be high and say nothing about real reports; on a real site they tell how much verification
# work the lists save.

# %%
pd.DataFrame([vars(p) for p in (final.ppv, final.npv)]).round(3)

# %% [markdown]
# Which ICH-list cases did the readers reject, and what evidence put them on the list?

# %%
verified = final.final_labels[["case_id", "ich", "source"]].rename(columns={"ich": "verified_ich"})
checked = lists["ich"][["case_id", "ich_score", "evidence"]].merge(verified, on="case_id")
checked[checked["verified_ich"] == 0]

# %% [markdown]
# `final_labels.csv` (one row per case, with the report text) feeds retraining directly:
# `icheport train --data final_labels.csv --labels ich`.

# %%
final.final_labels[["case_id", "ich", "sdh", "sah", "iph", "source", "expert_labels"]].head()
