"""The signature parser on the generated signature matrix (tests/sigmatrix, written blind to the parser):
2,520 documents in TXT, PDF and DOCX with 4,536 signatures of every label, verb, name form, credential,
date form and placement, valid and not. The costly error is a signature accepted where Medicare would
not accept it: there must be none. The accuracy floor is a little below the figure measured when it was
set (0.963, README), so that a regression shows and noise does not."""

from tests.sigmatrix import cases
from tests.sigmatrix.score import run

FLOOR = 0.95


def test_no_invalid_signature_is_accepted_and_accuracy_holds():
    totals, by_dimension, wrong = run(cases())
    false_valid = totals["false-valid"] + totals["extra-valid"]
    accuracy = totals["correct"] / totals["expected"]
    assert totals["expected"] >= 4000
    examples = [(case_id, verdict) for case_id, verdict, _, _ in wrong if verdict in ("false-valid", "extra-valid")][:5]
    assert false_valid == 0, f"{false_valid} invalid signature(s) accepted, e.g. {examples}"
    assert accuracy >= FLOOR, f"signature accuracy {accuracy:.3f} is below {FLOOR}"
    assert all(c["n"] for c in by_dimension.values())
