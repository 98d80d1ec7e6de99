"""Counts, self-checks and the determinism check for the signature matrix."""

import collections
import io
import os
import subprocess
import sys
import time
import zipfile

from .dates import DECLARATION

COUNTED = ("label", "verb", "name_form", "credentials", "date_form", "time_form", "zone",
           "placement", "inner_placement", "format", "validity", "surname_kind",
           "n_signatures", "kind", "distractors", "table_layout", "date_declared",
           "role_source")


def document_text(case):
    """Cheap text view used only for self-checks (not a parser)."""
    if case.format == "txt":
        return case.data.decode("utf-8")
    if case.format == "pdf":   # pageCompression=0: strings sit in the content stream
        raw = case.data.decode("latin-1")
        return raw.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
    with zipfile.ZipFile(io.BytesIO(case.data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist()
                       if n.startswith("word/") and n.endswith(".xml"))


def self_check(cases):
    ids = [c.id for c in cases]
    assert len(set(ids)) == len(ids), "duplicate ids"
    for c in cases:
        text = document_text(c)
        assert "SYNTHETIC" in text, c.id
        assert 1 <= len(c.expected) <= 3, c.id
        for e in c.expected:
            if e.family:
                needle = e.family.replace("'", "&apos;") if c.format == "docx" else e.family
                assert e.family in text or needle in text, (c.id, e.family)
            assert e.valid == (e.reason == ""), c.id
            if e.date and c.dimensions["date_form"] == "dmy-dot" and int(e.date[8:]) <= 12:
                assert DECLARATION in text, (c.id, "ambiguous day-first date undeclared")
            assert (e.state == "signed") == e.valid, c.id


def counts(cases):
    dims = {k: collections.Counter(str(c.dimensions[k]) for c in cases) for k in COUNTED}
    pairs = collections.Counter((c.dimensions["placement"], c.format) for c in cases)
    exp = [e for c in cases for e in c.expected]
    sig = {"state": collections.Counter(e.state for e in exp),
           "reason": collections.Counter(e.reason or "valid" for e in exp),
           "role": collections.Counter(e.role or '""' for e in exp),
           "has_date": collections.Counter(bool(e.date) for e in exp),
           "has_time": collections.Counter(bool(e.time) for e in exp)}
    return dims, pairs, exp, sig


def print_counts(cases, out=sys.stdout):
    dims, pairs, exp, sig = counts(cases)
    invalid_cases = sum(1 for c in cases if any(not e.valid for e in c.expected))
    p = lambda *a: print(*a, file=out)  # noqa: E731
    p(f"cases: {len(cases)}   expected signatures: {len(exp)}   "
      f"invalid: {sum(not e.valid for e in exp)}   cases with an invalid slot: {invalid_cases}")
    for k, cnt in dims.items():
        p(f"\n[{k}]  ({len(cnt)} values)")
        p("  " + "  ".join(f"{v}={n}" for v, n in sorted(cnt.items())))
    p(f"\n[placement x format]  ({len(pairs)} pairs)")
    p("  " + "  ".join(f"{a}/{b}={n}" for (a, b), n in sorted(pairs.items())))
    for k, cnt in sig.items():
        p(f"\n[expected.{k}]")
        p("  " + "  ".join(f"{v}={n}" for v, n in sorted(cnt.items(), key=str)))


def _child_digest(seed_env):
    env = dict(os.environ, PYTHONHASHSEED=seed_env)
    code = "from tests.sigmatrix.generate import cases, digest; print(digest(cases()))"
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=root, check=True,
                          capture_output=True, text=True).stdout.strip()


def main(argv):
    from .generate import cases, digest
    t0 = time.perf_counter()
    all_cases = cases()
    elapsed = time.perf_counter() - t0
    self_check(all_cases)
    print_counts(all_cases)
    d = digest(all_cases)
    print(f"\ngenerated in {elapsed:.1f} s; digest {d}")
    if "--check" in argv:
        again = digest(cases())
        children = {_child_digest(s) for s in ("1", "2")}
        same = again == d and children == {d}
        print("determinism:", "OK (in-process and two processes with different "
              "PYTHONHASHSEED give identical bytes)" if same else "FAILED")
        return 0 if same else 1
    return 0
