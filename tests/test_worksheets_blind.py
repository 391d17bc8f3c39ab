"""Worksheets are blind by default: a reader sees the report as written, nothing the tool found, and cannot
tell which list a case came from; the unclear list gets worksheets too."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText

import icheport
from icheport.cli import main
from icheport.verify import make_worksheets

TEXTS = {
    "ich": "Острая субдуральная гематома справа.",
    "no_ich": "Кровоизлияний не выявлено.",
    "unclear": "Нельзя исключить САК.",
}


@pytest.fixture(scope="module")
def candidates() -> pd.DataFrame:
    rows = []
    for i, (lst, text) in enumerate(TEXTS.items(), start=1):
        r = icheport.label_text(description="Срединные структуры не смещены.", conclusion=text)
        rows.append(
            {
                "case_id": f"C{i:06d}",
                "list": lst,
                "description": "Срединные структуры не смещены.",
                "conclusion": text,
                "ich_score": 0.9,
                "evidence": r.evidence,
                "spans": r.spans_json(),
            }
        )
    return pd.DataFrame(rows)


def _sheet(path):
    ws = load_workbook(path, rich_text=True)["cases"]
    header = [c.value for c in ws[1]]
    return ws, header


def test_a_blind_sheet_shows_no_findings(candidates, tmp_path):
    r = make_worksheets(candidates, tmp_path / "w")
    ws, header = _sheet(r.reader_paths[0])
    conclusion = [ws.cell(i, header.index("conclusion") + 1).value for i in range(2, ws.max_row + 1)]
    assert not any(isinstance(v, CellRichText) for v in conclusion)  # no highlighted evidence
    spans = [ws.cell(i, header.index("spans") + 1).value for i in range(2, ws.max_row + 1)]
    assert all(v in (None, "") for v in spans)
    assert not {"list", "ich_score", "evidence"} & set(header)


def test_prefill_shows_the_findings(candidates, tmp_path):
    r = make_worksheets(candidates, tmp_path / "w", prefill=True)
    ws, header = _sheet(r.reader_paths[0])
    conclusion = [ws.cell(i, header.index("conclusion") + 1).value for i in range(2, ws.max_row + 1)]
    assert any(isinstance(v, CellRichText) for v in conclusion)


def test_a_triage_folder_gives_worksheets_for_all_three_lists(candidates, tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    for lst in TEXTS:
        candidates[candidates["list"] == lst].to_csv(run / f"candidates_{lst}.csv", index=False)
    assert main(["worksheet", str(run), "--out", str(tmp_path / "w")]) == 0
    ws, header = _sheet(tmp_path / "w" / "reader1.xlsx")
    ids = sorted(ws.cell(i, header.index("case_id") + 1).value for i in range(2, ws.max_row + 1))
    assert ids == sorted(candidates["case_id"])


def test_an_existing_worksheet_folder_gets_a_clear_message(candidates, tmp_path, capsys):
    make_worksheets(candidates, tmp_path / "w")
    run = tmp_path / "run"
    run.mkdir()
    candidates.to_csv(run / "candidates_ich.csv", index=False)
    assert main(["worksheet", str(run), "--out", str(tmp_path / "w")]) == 2
    err = capsys.readouterr().err
    assert "overwrite" in err and "Traceback" not in err


def test_kappa_of_readers_who_used_one_answer_is_reported_as_undefined(candidates, tmp_path):
    from icheport.verify import LABELS, adjudicate, simulate_readers

    sheets = make_worksheets(candidates, tmp_path / "w", readers=2)
    truth = pd.DataFrame({"case_id": candidates["case_id"], "ich": 1, **{c: 0 for c in LABELS if c != "ich"}})
    simulate_readers(sheets.out_dir, truth, error_rate=0.0)
    summary = adjudicate(sheets.reader_paths, candidates=candidates, out_dir=tmp_path / "adj").summary()
    assert "nan" not in summary
    assert "kappa undefined" in summary
