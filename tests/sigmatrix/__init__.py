"""Generated signature test matrix for chart-auditor's signature parser.

    from tests.sigmatrix import cases
    for case in cases(): ...

See README.md in this folder.
"""

from .model import Case, ExpectedSignature


def cases(seed=None, count=None):
    """The deterministic list of cases (see generate.cases)."""
    from . import generate
    return generate.cases(generate.SEED if seed is None else seed,
                          generate.N_CASES if count is None else count)


__all__ = ["cases", "Case", "ExpectedSignature"]
