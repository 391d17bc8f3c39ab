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
# # icheport quickstart: label a report, read the evidence
#
# icheport reads a free-text brain CT report and says whether it describes intracranial hemorrhage (ICH),
# which subtypes, and *why*: every decision points at words of the original text.
#
# All reports in this notebook are made up for the tutorial. No real report is, or may be, in this
# repository.

# %%
import pickle

import pandas as pd
from IPython.display import display
from joblib import Parallel, delayed

import icheport
from icheport.label import label_frame

icheport.__version__

# %% [markdown]
# ## Five made-up reports
#
# A normal template, an acute subdural hematoma, a hedged subarachnoid hemorrhage, a scalp (extracranial)
# hematoma, and a negated list. Headings `Описание:` / `Заключение:` split a report into description and
# conclusion.

# %%
REPORTS = {
    "normal": (
        "Описание: Срединные структуры не смещены. Желудочки мозга не расширены, симметричны. "
        "Очаговых изменений плотности вещества мозга не выявлено.\n"
        "Заключение: КТ-признаков внутричерепного кровоизлияния не выявлено."
    ),
    "sdh": (
        "Описание: Справа в лобно-теменной области субдурально серповидное скопление крови толщиной "
        "до 9 мм. Срединные структуры смещены влево на 5 мм.\n"
        "Заключение: Острая субдуральная гематома справа."
    ),
    "hedged_sah": (
        "Описание: В бороздах левой теменной доли сомнительное гиперденсное содержимое.\n"
        "Заключение: Нельзя исключить субарахноидальное кровоизлияние. Рекомендован КТ-контроль."
    ),
    "scalp": (
        "Описание: Подапоневротическая гематома мягких тканей теменной области слева. "
        "Костно-травматических изменений не выявлено.\n"
        "Заключение: Гематома мягких тканей головы. Данных за внутричерепное кровоизлияние не получено."
    ),
    "negated_list": (
        "Описание: Очаговых изменений, кровоизлияний и объемных образований в веществе мозга "
        "не выявлено.\n"
        "Заключение: Патологических изменений головного мозга не выявлено."
    ),
}
reports = {name: icheport.label_text(text) for name, text in REPORTS.items()}
{name: r.ich for name, r in reports.items()}

# %% [markdown]
# `ich` is 1 (hemorrhage present), 0 (absent) or -1 (only suggested: "нельзя исключить", "вероятно").
#
# ## Evidence, highlighted
#
# In Jupyter a `Report` displays itself as HTML: present mentions in red, negated ones struck through,
# hedged ones orange, and the trigger that decided a mention underlined.

# %%
for name, r in reports.items():
    print(name)
    display(r)

# %% [markdown]
# ## Per-subtype output
#
# Each report has the labels of the dataset (`ich`, `edh` `sdh` `sah` `iph` `ivh`, `multiple`, `fracture`,
# `combined`, `uncertain`) and a one-line `evidence`. `print(report)` gives the same in plain text.

# %%
pd.DataFrame({name: {**r.labels, "evidence": r.evidence} for name, r in reports.items()}).T

# %%
print(reports["sdh"])

# %% [markdown]
# ## Why was a report judged negative?
#
# Every mention keeps its `status` (present / negated / uncertain / resolved / extracranial) and the
# `trigger` that set it: a negation, a hedge, an extracranial word, or a whole stop phrase ("no ICH in this
# study"), with its lexicon section in `trigger.kind` and the words of the report in `trigger.text`.

# %%
rows = []
for name in ("normal", "scalp", "negated_list", "hedged_sah"):
    for m in reports[name].mentions:
        rows.append({
            "report": name, "category": m.category, "mention": m.text, "section": m.section,
            "status": m.status,
            "trigger.kind": m.trigger.kind if m.trigger else None,
            "trigger.text": m.trigger.text if m.trigger else None,
        })
pd.DataFrame(rows)

# %% [markdown]
# The stop phrases found in a report are also listed on their own (`report.stops`); the 63 Russian stop
# phrases come from the source study's funnel.

# %%
[(s.kind, s.text) for s in reports["normal"].stops]

# %% [markdown]
# Description and conclusion can also be passed separately (e.g. from two columns of an export):

# %%
r = icheport.label_text(
    description="В левой гемисфере мозжечка гиперденсный очаг 15х12 мм, плотностью +62 HU.",
    conclusion="Внутримозговая гематома левой гемисферы мозжечка. Не исключается прорыв крови в IV желудочек.",
)
r

# %% [markdown]
# ## A whole table: `label_frame`
#
# `label_frame` keeps every input column and adds the label columns of `docs/contracts.md`
# (`is_brain_ct`, `ich`, `ich_score`, `ich_rule`, subtypes, `evidence`, `spans`). Rows whose study type is
# not a brain CT get `is_brain_ct = 0` (the label columns are still filled).

# %%
df = pd.DataFrame({
    "study_id": ["S1", "S2", "S3", "S4"],
    "study_type": ["КТ головного мозга", "КТ головного мозга", "КТ органов грудной клетки", "КТ головы"],
    "description": [
        "Срединные структуры не смещены. Кровоизлияний не выявлено.",
        "В правой височной доле гиперденсный очаг 25х18 мм с перифокальным отеком.",
        "В плевральной полости справа жидкость, гемоторакс.",
        "Субарахноидально по бороздам лобных долей кровь.",
    ],
    "conclusion": [
        "Без патологии.",
        "Внутримозговая гематома правой височной доли.",
        "Правосторонний гемоторакс.",
        "Субарахноидальное кровоизлияние. Эпидуральная гематома слева не исключается.",
    ],
})
labeled = label_frame(df)
labeled[["study_id", "is_brain_ct", "ich", "ich_score", "ich_rule", "sdh", "sah", "iph", "uncertain", "evidence"]]

# %% [markdown]
# ## A file of any size: `label_file`
#
# `label_file` (and `icheport label` on the command line) reads a CSV / Parquet / JSONL export, labels it and
# writes every input column plus the label columns, a chunk at a time, so memory stays flat however many
# reports the file holds. The output is written atomically, and only counts come back (never report text).

# %%
import tempfile
from pathlib import Path

from icheport.label import label_file

tmp = Path(tempfile.mkdtemp())
df.to_csv(tmp / "export.csv", index=False)
counts = label_file(tmp / "export.csv", tmp / "labeled.parquet", chunksize=2)
print(counts)
pd.read_parquet(tmp / "labeled.parquet")[["study_id", "ich", "ich_rule", "sah", "iph", "evidence"]]

# %% [markdown]
# ## `label_text` is a plain, picklable function
#
# It can be shipped to worker processes (joblib, multiprocessing, Dask or Spark partitions); every worker
# builds its own matcher once.

# %%
print(len(pickle.dumps(icheport.label_text)), "bytes pickled")
texts = list(REPORTS.values()) * 4
results = Parallel(n_jobs=2)(delayed(icheport.label_text)(t) for t in texts)
assert [r.labels for r in results] == [icheport.label_text(t).labels for t in texts]
[r.ich for r in results]

# %% [markdown]
# Next: `02_triage_and_verify.ipynb` runs the whole funnel on a synthetic export and the radiologist
# verification loop; `03_retrain_on_a_new_lexicon.ipynb` edits a lexicon and retrains the classifier.
