"""Accuracy is a CI check: no false `met` on any evaluation set, and status accuracy above a floor per set.

The expectations (each chart's expected.json) were written from the LCD and the documents, never from the
tool's output; eval/signers, eval/judgement, eval/unseen, eval/fresh and eval/novel_a to eval/novel_j were written blind to the rules (their first runs are in
their first-run.txt). A floor sits a little below the figure measured when it was set (README, "Accuracy,
measured"), so that a regression fails the build and a single changed cell does not.
"""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETS = {  # set -> status-accuracy floor
    "samples": 1.0,
    "eval/charts": 0.99,
    "eval/holdout/charts": 0.975,
    "eval/signers/charts": 0.975,
    "eval/judgement/charts": 0.99,
    "eval/unseen/charts": 0.99,
    "eval/fresh/charts": 0.95,
    "eval/novel_a/charts": 0.96,
    "eval/novel_b/charts": 0.98,
    "eval/novel_c/charts": 0.98,
    "eval/novel_d/charts": 0.97,
    "eval/novel_e/charts": 0.97,
    "eval/novel_f/charts": 0.97,
    "eval/novel_g/charts": 0.96,
    "eval/novel_h/charts": 0.85,
    "eval/novel_i/charts": 0.80,  # still blind: measured on the final code, no rule changed for it
    "eval/novel_j/charts": 0.80,  # still blind
}


def _charts(folder: Path):
    for chart in sorted(p for p in folder.iterdir() if p.is_dir()):
        key = chart / "expected.json"
        if key.exists():
            yield chart, json.loads(key.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, floor", SETS.items())
def test_no_false_met_and_accuracy_above_the_floor(auditor, name, floor):
    rows, false_met = [], []
    for chart, expected in _charts(ROOT / name):
        result = auditor.audit_chart(chart)
        for f in result.findings:
            ok = expected["requirements"][f.requirement]["status"]
            rows.append(f.status.value in ok)
            if f.status.value == "met" and "met" not in ok:
                false_met.append(f"{chart.name} {f.requirement}: {f.reason}")
    assert rows, f"no charts with expected.json under {name}"
    assert not false_met, f"false met on {name}:\n" + "\n".join(false_met)
    accuracy = sum(rows) / len(rows)
    assert accuracy >= floor, f"{name}: status accuracy {accuracy:.3f} is below its floor {floor}"


def test_nothing_in_the_real_world_corpus_is_met(auditor):
    corpus = ROOT.parent / "shared" / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not on this machine")
    from auditor.ingest import ingest

    met = []
    for path in sorted(corpus.glob("*.txt")):
        result = auditor.audit_documents([ingest(path, corpus)], path.stem)
        met += [f"{path.name}: {f.requirement}" for f in result.findings if f.status.value == "met"]
    assert met == []
