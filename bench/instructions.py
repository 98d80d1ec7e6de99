"""Instructions per chart of a scan, counted by valgrind: a figure that does not move with the machine's load.

    python bench/instructions.py                      # 20 benchmark charts, this checkout
    python bench/instructions.py --tree ../other      # the same charts, another checkout's code
    python bench/instructions.py --charts 40

On a shared machine the wall-clock ratios of `scan_bench.py` moved by 30% between runs of the same
code; instruction counts repeat to the million. This runs `scan(jobs=1, no cache)` under
`valgrind --tool=cachegrind --cache-sim=no` twice, on one chart and on N, and prints the difference
per chart, so start-up is left out. It counts work, not time: cache misses and the parent/worker
split of `scan_bench.py` are not in it. Needs valgrind (Debian: `apt-get install valgrind`) and the
benchmark charts of `scan_bench.py` (`bench/data/roots/n500`, made by its first run).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHARTS = ROOT / "bench" / "data" / "roots" / "n500"
_RUN = "import sys; from pathlib import Path; from auditor.batch import scan; scan(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1, use_cache=False)"


def count(tree: Path, charts: Path, out: Path) -> int:
    """Instructions valgrind counted for one scan of `charts` with the code of `tree`."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}  # the seed: set order is part of the count
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-c", _RUN, str(charts), str(out)],
                          env=env, cwd=out.parent, capture_output=True, text=True, check=False)  # cwd: not this checkout
    m = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or m is None:
        raise SystemExit(f"valgrind run failed (exit {done.returncode}): {done.stderr.strip()[-400:]}")
    return int(m.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout whose auditor/ is measured (default: this one)")
    parser.add_argument("--charts", type=int, default=20)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    if not CHARTS.is_dir():
        raise SystemExit(f"{CHARTS} is missing: run python bench/scan_bench.py once to make the benchmark charts")
    names = sorted(p.name for p in CHARTS.iterdir() if p.is_dir())[: args.charts]
    with tempfile.TemporaryDirectory() as tmp:
        one, many = Path(tmp, "one"), Path(tmp, "many")
        for folder, picked in ((one, names[:1]), (many, names)):
            folder.mkdir()
            for name in picked:
                shutil.copytree(CHARTS / name, folder / name)  # copies: a scan does not follow linked folders
        base = count(args.tree.resolve(), one, Path(tmp, "out1"))
        total = count(args.tree.resolve(), many, Path(tmp, "outn"))
    per_chart = (total - base) / max(1, len(names) - 1)
    print(f"instructions: {per_chart / 1e6:.1f} M per chart ({len(names) - 1} charts beyond the first, "
          f"code of {args.tree.resolve()})")


if __name__ == "__main__":
    main()
