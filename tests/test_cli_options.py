"""Options are checked when parsed: a value the scan cannot use is a usage error (exit 2) naming what is
accepted, before any chart is read."""

from __future__ import annotations

import pytest

from auditor.cli import EXIT_ERROR, main


@pytest.mark.parametrize("option, value, says", [
    ("--doc-timeout", "nan", "not a finite number"),
    ("--doc-timeout", "inf", "not a finite number"),
    ("--doc-timeout", "0", "more than 0 seconds"),
    ("--doc-timeout", "-5", "more than 0 seconds"),
    ("--max-pages", "0", "more than 0 pages"),
    ("--max-pages", "1.5", "not a whole number"),
    ("--max-file-mb", "0", "more than 0 MB"),
    ("--max-file-mb", "-1", "more than 0 MB"),
    ("--max-file-mb", "nan", "not a finite number"),
    ("--jobs", "0", "more than 0 jobs"),
    ("--jobs", "-2", "more than 0 jobs"),
    ("--worker-memory-mb", "100", "below what a worker needs"),
    ("--worker-memory-mb", "-1", "below what a worker needs"),
    ("--worker-memory-mb", "lots", "not a whole number"),
])
def test_an_unusable_option_value_is_a_usage_error(tmp_path, capsys, option, value, says):
    (tmp_path / "root" / "chart").mkdir(parents=True)
    with pytest.raises(SystemExit) as exit_:
        main(["scan", str(tmp_path / "root"), "-o", str(tmp_path / "out"), f"{option}={value}"])
    assert exit_.value.code == EXIT_ERROR
    err = capsys.readouterr().err
    assert option in err and says in err, err
    assert not (tmp_path / "out").exists()  # refused before anything was written
