"""Write the tutorial notebooks from the cell sources below (run: python notebooks/_build.py).

The notebook source lives here so a review reads a plain diff; the committed .ipynb files carry no
outputs and no execution counts. CI runs them with ``pytest --nbmake notebooks``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(text: str):
    return new_code_cell(text.strip("\n"))


# ================================================================================================
# 01 quickstart
# ================================================================================================
NB01 = [
    md("""
# icheport quickstart: label a report, read the evidence

icheport reads a free-text brain CT report and says whether it describes intracranial hemorrhage (ICH),
which subtypes, and *why*: every decision points at words of the original text.

All reports in this notebook are made up for the tutorial. No real report is, or may be, in this
repository.
"""),
    code("""
import pickle

import pandas as pd
from IPython.display import display
from joblib import Parallel, delayed

import icheport
from icheport.label import label_frame

icheport.__version__
"""),
    md("""
## Five made-up reports

A normal template, an acute subdural hematoma, a hedged subarachnoid hemorrhage, a scalp (extracranial)
hematoma, and a negated list. Headings `Описание:` / `Заключение:` split a report into description and
conclusion.
"""),
    code('''
REPORTS = {
    "normal": (
        "Описание: Срединные структуры не смещены. Желудочки мозга не расширены, симметричны. "
        "Очаговых изменений плотности вещества мозга не выявлено.\\n"
        "Заключение: КТ-признаков внутричерепного кровоизлияния не выявлено."
    ),
    "sdh": (
        "Описание: Справа в лобно-теменной области субдурально серповидное скопление крови толщиной "
        "до 9 мм. Срединные структуры смещены влево на 5 мм.\\n"
        "Заключение: Острая субдуральная гематома справа."
    ),
    "hedged_sah": (
        "Описание: В бороздах левой теменной доли сомнительное гиперденсное содержимое.\\n"
        "Заключение: Нельзя исключить субарахноидальное кровоизлияние. Рекомендован КТ-контроль."
    ),
    "scalp": (
        "Описание: Подапоневротическая гематома мягких тканей теменной области слева. "
        "Костно-травматических изменений не выявлено.\\n"
        "Заключение: Гематома мягких тканей головы. Данных за внутричерепное кровоизлияние не получено."
    ),
    "negated_list": (
        "Описание: Очаговых изменений, кровоизлияний и объемных образований в веществе мозга "
        "не выявлено.\\n"
        "Заключение: Патологических изменений головного мозга не выявлено."
    ),
}
reports = {name: icheport.label_text(text) for name, text in REPORTS.items()}
{name: r.ich for name, r in reports.items()}
'''),
    md("""
`ich` is 1 (hemorrhage present), 0 (absent) or -1 (only suggested: "нельзя исключить", "вероятно").

## Evidence, highlighted

In Jupyter a `Report` displays itself as HTML: present mentions in red, negated ones struck through,
hedged ones orange, and the trigger that decided a mention underlined.
"""),
    code("""
for name, r in reports.items():
    print(name)
    display(r)
"""),
    md("""
## Per-subtype output

Each report has the labels of the dataset (`ich`, `edh` `sdh` `sah` `iph` `ivh`, `multiple`, `fracture`,
`combined`, `uncertain`) and a one-line `evidence`. `print(report)` gives the same in plain text.
"""),
    code("""
pd.DataFrame({name: {**r.labels, "evidence": r.evidence} for name, r in reports.items()}).T
"""),
    code("""
print(reports["sdh"])
"""),
    md("""
## Why was a report judged negative?

Every mention keeps its `status` (present / negated / uncertain / resolved / extracranial) and the
`trigger` that set it: a negation, a hedge, an extracranial word, or a whole stop phrase ("no ICH in this
study"), with its lexicon section in `trigger.kind` and the words of the report in `trigger.text`.
"""),
    code("""
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
"""),
    md("""
The stop phrases found in a report are also listed on their own (`report.stops`); the 63 Russian stop
phrases come from the source study's funnel.
"""),
    code("""
[(s.kind, s.text) for s in reports["normal"].stops]
"""),
    md("""
Description and conclusion can also be passed separately (e.g. from two columns of an export):
"""),
    code("""
r = icheport.label_text(
    description="В левой гемисфере мозжечка гиперденсный очаг 15х12 мм, плотностью +62 HU.",
    conclusion="Внутримозговая гематома левой гемисферы мозжечка. Не исключается прорыв крови в IV желудочек.",
)
r
"""),
    md("""
## A whole table: `label_frame`

`label_frame` keeps every input column and adds the label columns of `docs/contracts.md`
(`is_brain_ct`, `ich`, `ich_score`, `ich_rule`, subtypes, `evidence`, `spans`). Rows whose study type is
not a brain CT get `is_brain_ct = 0` (the label columns are still filled).
"""),
    code("""
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
"""),
    md("""
## A file of any size: `label_file`

`label_file` (and `icheport label` on the command line) reads a CSV / Parquet / JSONL export, labels it and
writes every input column plus the label columns, a chunk at a time, so memory stays flat however many
reports the file holds. The output is written atomically, and only counts come back (never report text).
"""),
    code("""
import tempfile
from pathlib import Path

from icheport.label import label_file

tmp = Path(tempfile.mkdtemp())
df.to_csv(tmp / "export.csv", index=False)
counts = label_file(tmp / "export.csv", tmp / "labeled.parquet", chunksize=2)
print(counts)
pd.read_parquet(tmp / "labeled.parquet")[["study_id", "ich", "ich_rule", "sah", "iph", "evidence"]]
"""),
    md("""
## `label_text` is a plain, picklable function

It can be shipped to worker processes (joblib, multiprocessing, Dask or Spark partitions); every worker
builds its own matcher once.
"""),
    code("""
print(len(pickle.dumps(icheport.label_text)), "bytes pickled")
texts = list(REPORTS.values()) * 4
results = Parallel(n_jobs=2)(delayed(icheport.label_text)(t) for t in texts)
assert [r.labels for r in results] == [icheport.label_text(t).labels for t in texts]
[r.ich for r in results]
"""),
    md("""
Next: `02_triage_and_verify.ipynb` runs the whole funnel on a synthetic export and the radiologist
verification loop; `03_retrain_on_a_new_lexicon.ipynb` edits a lexicon and retrains the classifier.
"""),
]


# ================================================================================================
# 02 triage and verify
# ================================================================================================
NB02 = [
    md("""
# Triage a CT export and run the verification loop

The source study went from 4.4 million CT reports to balanced lists of ICH / no-ICH candidates that two
radiologists read independently, with an expert settling their disagreements. This notebook runs the same
loop on a small **synthetic** export (made by `icheport.synth`, with ground truth), and simulates the
radiologists from that ground truth. Everything is written to a temporary folder.
"""),
    code("""
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
"""),
    md("""
## 1. A synthetic export

30,000 rows of all body parts, about 6 % of them brain CT (as in the source study), with the dirt a real
export has: blank texts, implausible ages, children, duplicates, re-exports, follow-ups.
"""),
    code("""
export = WORK / "export.parquet"
icheport.synth.write(export, n=30_000, seed=7)
"""),
    md("""
## 2. Triage

`triage` streams the export through the cohort funnel (brain CT, cleaning, duplicates), labels the cohort
and draws balanced, seeded candidate lists. `n_per_class=50` keeps the demo small (the study used 5,000).
"""),
    code("""
t0 = time.perf_counter()
result = triage(export, WORK / "run", n_per_class=50, n_unclear=20, seed=0, progress=False)
print(f"{time.perf_counter() - t0:.1f} s")
result
"""),
    code("""
result.funnel_frame()
"""),
    code("""
display(Image(filename=str(result.paths["funnel_png"])))
"""),
    md("""
The run folder holds everything a later step needs, and `run.json` records the lexicon hash, versions,
options and input fingerprint.
"""),
    code("""
{name: path.name for name, path in result.paths.items()}
"""),
    md("""
## 3. The balanced lists

Each candidate has a pseudonymous `case_id`; the key to study ids stays in the run folder
(`case_key.csv`). Only ids, scores and evidence are shown here, not the report texts.
"""),
    code("""
lists = {name: pd.read_csv(result.paths[f"candidates_{name}"]) for name in ("ich", "no_ich", "unclear")}
pd.set_option("display.max_colwidth", 90)
{name: len(df) for name, df in lists.items()}
"""),
    code("""
lists["ich"][["case_id", "ich_score", "sdh", "sah", "iph", "evidence"]].head(8)
"""),
    code("""
lists["no_ich"][["case_id", "ich_score", "evidence"]].head(5)
"""),
    code("""
lists["unclear"][["case_id", "ich_score", "evidence"]].head(5)
"""),
    md("""
## 4. Worksheets for two readers

`make_worksheets` merges the lists (ICH, no-ICH and the unclear cases, which need a human too), shuffles
them separately for each reader and writes one XLSX per reader: case id, locked report text with the
evidence highlighted, empty verdict columns. The list a case came from never reaches a worksheet.
"""),
    code("""
candidate_files = [result.paths[f"candidates_{name}"] for name in ("ich", "no_ich", "unclear")]
sheets = make_worksheets(candidate_files, WORK / "worksheets", seed=0)
print(sheets.summary())
"""),
    md("""
## 5. Simulated readers

Here the "truth" is the generator's ground truth, joined to the case ids through the run's `case_key.csv`
(`_row` is the row of the export). `simulate_readers` fills both reader sheets with openpyxl, each from its
own seeded random stream, flipping every verdict with probability `error_rate` (3 %). In a real run the
radiologists fill the sheets instead.
"""),
    code("""
key = pd.read_csv(result.paths["case_key"])
ground = pd.read_parquet(export, columns=list(icheport.synth.LABELS)).reset_index(names="_row")
truth = key.merge(ground, on="_row", how="left")
assert len(truth) == len(key) and truth["ich"].notna().all()
truth[["case_id", "list", *icheport.synth.LABELS]].head()
"""),
    code("""
simulate_readers(WORK / "worksheets", truth, error_rate=0.03, seed=1)
"""),
    md("""
## 6. Adjudication, first pass: the expert is needed

`adjudicate` validates both sheets (blank or invalid verdicts, edited texts, inconsistent labels), writes
the agreement table and, where the readers disagree, an expert sheet with only the disputed cases.
"""),
    code("""
first = adjudicate(sheets.reader_paths, candidates=candidate_files, out_dir=WORK / "adjudication")
print(first.summary())
"""),
    md("""
## 7. The expert rules on the disputed cells

The expert sheet shows what each reader said and leaves only the disputed cells empty. A simulated expert
fills them from the truth without errors.
"""),
    code("""
simulate_readers(WORK / "adjudication", truth, error_rate=0.0, seed=2, expert=True)
final = adjudicate(sheets.reader_paths, expert_path=first.expert_worksheet, candidates=candidate_files,
                   out_dir=WORK / "adjudication")
final.status
"""),
    md("""
## 8. Agreement between the readers

Per label: percent agreement and Cohen's kappa with a bootstrap 95 % CI. Rare labels (few "yes" among 120
cases) get wide intervals.
"""),
    code("""
final.agreement[["label", "n", "percent_agreement", "kappa", "kappa_ci_low", "kappa_ci_high"]].round(3)
"""),
    md("""
## 9. Table 1 of the verified dataset
"""),
    code("""
final.table1.pivot(index="label", columns="class", values="count").loc[list(final.table1["label"].unique())]
"""),
    md("""
## 10. How precise was the triage?

PPV of the ICH list (share verified as ICH) and NPV of the no-ICH list (share verified as no ICH), with
Wilson 95 % intervals. On a synthetic export written by the same team as the lexicon these numbers are
expected to be high and say nothing about real reports; on a real site they tell how much verification
work the lists save.
"""),
    code("""
pd.DataFrame([vars(p) for p in (final.ppv, final.npv)]).round(3)
"""),
    md("""
Which ICH-list cases did the readers reject, and what evidence put them on the list?
"""),
    code("""
verified = final.final_labels[["case_id", "ich", "source"]].rename(columns={"ich": "verified_ich"})
checked = lists["ich"][["case_id", "ich_score", "evidence"]].merge(verified, on="case_id")
checked[checked["verified_ich"] == 0]
"""),
    md("""
`final_labels.csv` (one row per case, with the report text) feeds retraining directly:
`icheport train --data final_labels.csv --labels ich`.
"""),
    code("""
final.final_labels[["case_id", "ich", "sdh", "sah", "iph", "source", "expert_labels"]].head()
"""),
]


# ================================================================================================
# 03 retrain on a new lexicon
# ================================================================================================
NB03 = [
    md("""
# Edit a lexicon, retrain, compare

A lexicon is a folder of plain UTF-8 files a radiologist can review in a diff. This notebook copies the
bundled Russian lexicon, edits it, shows what validation says about a broken line, retrains the classifier
with the original and the edited lexicon on a synthetic export, and compares the rules and the classifier
before and after. The second half does the same with the English lexicon.

> **Synthetic scores are not evidence of real-world accuracy.** The synthetic generator and the lexicon
> were written by the same team, so the rules are expected to score near-perfectly on it. Use these
> numbers to see *what an edit changes*, never to claim how well icheport works on real reports; the
> quality bar is verified real data and hand-written hard cases.
"""),
    code("""
import base64
import difflib
import html
import importlib.resources
import io
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

import icheport
from icheport import LexiconError, Matcher, load_lexicon
from icheport.model import ICHClassifier, evaluate_table, train_from_table
from icheport.synth import generate

WORK = Path(tempfile.mkdtemp(prefix="icheport-nb03-"))
pd.set_option("display.max_colwidth", 100)
"""),
    md("""
## 1. Copy the bundled lexicon

The bundled lexicons ship inside the package; `importlib.resources` finds them wherever icheport is
installed.
"""),
    code("""
src = importlib.resources.files("icheport.lexicons") / "ru-ich"
edited = WORK / "ru-ich-edited"
edited.mkdir()
for f in src.iterdir():
    if f.is_file():
        (edited / f.name).write_bytes(f.read_bytes())
sorted(p.name for p in edited.iterdir())
"""),
    md("""
## 2. Edit it

Two edits, as a site might make them:

* **remove a hedge trigger**: `вероятно` from `[uncertain.preceding]`, so "Вероятно, субдуральная
  гематома" now reads as a definite SDH (a deliberately risky edit, to see it in the evaluation);
* **add a keyword**: `гемоцефалус` (blood in the ventricles) to `[ivh]`.

The diff is what a radiologist would review.
"""),
    code('''
def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


before = {name: (edited / name).read_text(encoding="utf-8") for name in ("triggers.txt", "keywords.txt")}
edit(edited / "triggers.txt", "[uncertain.preceding]\\nвероятно\\n", "[uncertain.preceding]\\n")
edit(edited / "keywords.txt", "[ivh]\\n", "[ivh]\\nгемоцефалус                      # \\"гемоцефалус\\" = blood in the ventricles\\n")
for name, old in before.items():
    new = (edited / name).read_text(encoding="utf-8")
    print("".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), name, name + " (edited)", n=1)))
'''),
    md("""
## 3. Load and validate

`load_lexicon(path)` validates every file and lemmatizes every phrase; the loaded lexicon is immutable and
carries a content hash that every model and triage run records.
"""),
    code("""
original = load_lexicon("ru-ich")
mine = load_lexicon(edited)
pd.DataFrame({"original": original.provenance(), "edited": mine.provenance()})
"""),
    md("""
A broken line is refused with the file, the line and the allowed values. Here a copy gets a section that
does not exist:
"""),
    code("""
broken = WORK / "ru-ich-broken"
broken.mkdir()
for f in edited.iterdir():
    (broken / f.name).write_bytes(f.read_bytes())
with open(broken / "keywords.txt", "a", encoding="utf-8") as fh:
    fh.write("\\n[hemorrhage]\\nкровоизлияние в мозжечок\\n")
try:
    load_lexicon(broken)
except LexiconError as err:
    print("LexiconError:", err)
"""),
    md("""
## 4. What the edit changes on single reports
"""),
    code("""
before_m, after_m = Matcher(original), Matcher(mine)
examples = [
    "Заключение: Вероятно, субдуральная гематома справа.",
    "Заключение: Гемоцефалус. Вентрикуломегалия.",
    "Заключение: Нельзя исключить субарахноидальное кровоизлияние.",
]
pd.DataFrame([
    {"report": t, "original": before_m.match(t).evidence, "edited": after_m.match(t).evidence,
     "ich before": before_m.match(t).ich, "ich after": after_m.match(t).ich}
    for t in examples
])
"""),
    md("""
## 5. Train with each lexicon

Two synthetic exports with different seeds: one to train on, one to evaluate on. `train_from_table`
keeps the brain-CT rows and, without a `labels` column, trains on the lexicon's confident decisions (weak
labels; reports the rules call unclear are left out). So the lexicon edit changes both the features and
the labels the classifier learns from. With verified labels you would pass `labels="ich"`.
"""),
    code("""
train_df = next(generate(15_000, seed=1, chunk_size=15_000))
test_df = next(generate(15_000, seed=2, chunk_size=15_000))
model_orig, info_orig = train_from_table(train_df, lexicon=original, seed=0)
model_edit, info_edit = train_from_table(train_df, lexicon=mine, seed=0)
pd.DataFrame({"original": info_orig, "edited": info_edit})
"""),
    md("""
## 6. Evaluate against the synthetic ground truth

`evaluate_table` scores the rule labeler and the classifier side by side on the brain-CT rows of the test
export, with bootstrap 95 % CIs (1,000 resamples per system: this cell takes most of the notebook's run
time).
"""),
    code("""
ev_orig = evaluate_table(test_df, model=model_orig)
ev_edit = evaluate_table(test_df, model=model_edit)
comparison = pd.concat({"original lexicon": ev_orig.table(), "edited lexicon": ev_edit.table()}, axis=1)
comparison.round(3)
"""),
    code("""
pd.DataFrame({
    f"{lex} / {system}": ev.systems[system]["confusion"]
    for lex, ev in (("original", ev_orig), ("edited", ev_edit)) for system in ev.systems
})
"""),
    md("""
Removing `вероятно` turns hedged reports ("Вероятно, субдуральная гематома") into definite ones: the rules
now call them ICH, and the classifier, trained on the edited rules' labels, learns the same mistake.

The classifier's other false positives are hedged reports with either lexicon: weak labels leave the
reports the rules call unclear out of training, so the classifier never learns what a hedge means and
scores them in the middle. Verified labels that include hedged cases (`labels="ich"`) fix that.

The error list (ids, scores and evidence only):
"""),
    code("""
ev_edit.errors[["id", "error", "rule", "score", "evidence"]].head(6)
"""),
    md("""
ROC and precision-recall curves of both systems, before and after the edit. `EvaluationResult.plot`
returns a matplotlib figure; here each is rendered to PNG so the four sit side by side.
"""),
    code("""
def side_by_side(figures):
    cells = []
    for title, fig in figures:
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=72)
        plt.close(fig)
        src = base64.b64encode(buf.getvalue()).decode()
        cells.append(f'<figure style="display:inline-block;margin:4px"><img src="data:image/png;base64,{src}">'
                     f"<figcaption style='text-align:center'>{html.escape(title)}</figcaption></figure>")
    return HTML("".join(cells))


side_by_side([(f"{kind.upper() if kind != 'calibration' else 'Calibration'}, {name}", ev.plot(kind))
              for kind in ("roc", "pr", "calibration")
              for name, ev in (("original lexicon", ev_orig), ("edited lexicon", ev_edit))])
"""),
    md("""
Again: these are scores on text produced by the same team that wrote the lexicon. They show the direction
of an edit's effect; they are **not** an accuracy claim for real reports.

## 7. English: the `en-ich` lexicon

The same machinery reads English head CT reports with the bundled `en-ich` lexicon (Snowball stems, UK
spellings folded, ConText-style triggers).
"""),
    code("""
en = load_lexicon("en-ich")
en_matcher = Matcher(en)
en_reports = [
    "FINDINGS: Acute left subdural hematoma measuring 8 mm. IMPRESSION: Acute left SDH.",
    "IMPRESSION: No acute intracranial hemorrhage, mass effect or midline shift.",
    "IMPRESSION: Possible small subarachnoid hemorrhage in the left sylvian fissure.",
    "IMPRESSION: Right frontal scalp hematoma. No intracranial hemorrhage.",
]
for text in en_reports:
    display(en_matcher.match(text))
"""),
    md("""
## 8. A tiny English training set

Forty-odd short made-up reports with labels, written for this tutorial (a hedged report is labeled 0:
hemorrhage only suggested is not ICH, it goes to verification). Far too small for a real model: it
only shows the API (`ICHClassifier(lexicon="en-ich")` follows the scikit-learn estimator contract).
"""),
    code('''
EN_TRAIN = [
    ("Acute right subdural hematoma with 4 mm midline shift.", 1),
    ("Small left frontal subdural hematoma.", 1),
    ("Chronic bilateral subdural hematomas.", 1),
    ("Thin acute subdural blood along the falx.", 1),
    ("Biconvex epidural hematoma in the right temporal region with an overlying fracture.", 1),
    ("Left parietal epidural hematoma.", 1),
    ("Diffuse subarachnoid hemorrhage in the basal cisterns.", 1),
    ("Subarachnoid hemorrhage in the right sylvian fissure.", 1),
    ("Trace subarachnoid blood in the left frontal sulci.", 1),
    ("Acute intraparenchymal hemorrhage in the left basal ganglia.", 1),
    ("Right thalamic hemorrhage with intraventricular extension.", 1),
    ("Intracerebral hematoma in the right frontal lobe measuring 3 cm.", 1),
    ("Hemorrhagic contusions in both frontal lobes.", 1),
    ("Intraventricular hemorrhage layering in the occipital horns.", 1),
    ("Blood in the fourth ventricle.", 1),
    ("Hemorrhagic transformation of the left MCA infarct.", 1),
    ("Acute intracranial hemorrhage in the cerebellum.", 1),
    ("Small residual hematoma in the evacuation cavity.", 1),
    ("Subdural hematoma unchanged in size compared with the prior study.", 1),
    ("Multiple foci of hemorrhage in both hemispheres.", 1),
    ("No acute intracranial hemorrhage.", 0),
    ("No intracranial hemorrhage, mass or midline shift.", 0),
    ("Normal noncontrast head CT.", 0),
    ("No evidence of acute intracranial abnormality.", 0),
    ("Chronic small vessel ischemic changes. No hemorrhage.", 0),
    ("Old left MCA infarct with encephalomalacia. No acute hemorrhage.", 0),
    ("Left parietal scalp hematoma without underlying fracture.", 0),
    ("Right frontal subgaleal hematoma. Brain parenchyma is normal.", 0),
    ("Mucosal thickening in the maxillary sinuses.", 0),
    ("Blood in the sphenoid sinus. No intracranial hemorrhage.", 0),
    ("Hyperdense left MCA sign. No hemorrhage.", 0),
    ("Physiologic calcification of the pineal gland and choroid plexus.", 0),
    ("Mild generalized atrophy. No acute findings.", 0),
    ("Ventricles and sulci are normal in size. No extra-axial collection.", 0),
    ("Previously seen subdural hematoma has completely resolved.", 0),
    ("No evidence of hemorrhage, infarct or mass.", 0),
    ("Acute infarct in the right MCA territory without hemorrhagic transformation.", 0),
    ("Nondisplaced fracture of the nasal bones. Intracranial structures are normal.", 0),
    ("Postoperative changes of right craniotomy. No new hemorrhage.", 0),
    ("Unremarkable CT of the head.", 0),
    ("Possible small right subdural hematoma; follow-up CT recommended.", 0),
    ("Questionable trace subarachnoid hemorrhage versus artifact.", 0),
    ("Intraventricular hemorrhage cannot be excluded.", 0),
]
en_texts = [t for t, _ in EN_TRAIN]
en_y = [y for _, y in EN_TRAIN]
en_model = ICHClassifier(lexicon="en-ich").fit(en_texts, en_y)
en_model
'''),
    code("""
en_new = [
    "Acute left epidural hematoma with mass effect.",
    "No acute hemorrhage. Age-related atrophy.",
    "Possible small subarachnoid hemorrhage in the left sylvian fissure.",
    "Right occipital scalp hematoma; brain is normal.",
]
pd.DataFrame({"report": en_new, "rule": [en_matcher.match(t).ich for t in en_new],
              "P(ICH)": en_model.predict_proba(en_new)[:, 1].round(3), "predict": en_model.predict(en_new)})
"""),
    md("""
A few dozen training reports, written by the person who wrote the test sentences: the probabilities above only
show that the model runs (three hedged examples are not enough to teach it that "possible" is not ICH, while
the rule already says -1, unclear). Train on verified reports from your own site before trusting any of it.
"""),
]


NOTEBOOKS = {
    "01_quickstart.ipynb": NB01,
    "02_triage_and_verify.ipynb": NB02,
    "03_retrain_on_a_new_lexicon.ipynb": NB03,
}


def build(out_dir: Path = HERE) -> list[Path]:
    written = []
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=cells)
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb.metadata["language_info"] = {"name": "python"}
        for i, cell in enumerate(nb.cells):
            cell.id = f"{name[:2]}-{i:02d}"
        nbformat.validate(nb)
        path = out_dir / name
        path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(p)
