"""Folder scanning accounts for every file: read, or skipped with a reason; loops and odd names survive."""

import os
from pathlib import Path

import pytest

from auditor.discover import chart_dirs, chart_files


def test_skips_hidden_lock_and_system_files_with_reasons(tmp_path):
    for name in ["plan.pdf", ".hidden.txt", "~$draft.docx", "Thumbs.db", ".DS_Store", "expected.json"]:
        (tmp_path / name).write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "note.txt").write_text("x")
    files, skipped = chart_files(tmp_path)
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["plan.pdf", "sub/note.txt"]
    reasons = {s.path: s.reason for s in skipped}
    assert reasons == {
        ".DS_Store": "system file", ".git/": "hidden folder", ".hidden.txt": "hidden file",
        "Thumbs.db": "system file", "expected.json": "evaluation key, not a chart document",
        "~$draft.docx": "Office lock file",
    }


def test_symlink_loop_and_broken_link_do_not_hang_or_vanish(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "note.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")
    files, skipped = chart_files(tmp_path)
    assert [f.name for f in files] == ["note.txt"]
    assert any(s.path == "broken.txt" and "not a regular file" in s.reason for s in skipped)
    assert any(s.path == "a/loop/" and "not followed" in s.reason for s in skipped)


def test_unreadable_folder_is_reported(tmp_path, monkeypatch):
    """Root reads every folder, so the permission error is raised where os.walk lists the folder."""
    (tmp_path / "ok.txt").write_text("x")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, skipped = chart_files(tmp_path)
    assert [f.name for f in files] == ["ok.txt"]
    assert [(s.path, s.reason, s.code) for s in skipped] == [("locked/", "folder could not be read: Permission denied", "unreadable")]


def test_odd_file_names_are_read(tmp_path):
    names = ["new\nline.txt", "quote'\"s.txt", "<b>markup<_b>.txt", "caf\u00e9.txt"]
    for name in names:
        (tmp_path / name).write_text("x")
    files, _ = chart_files(tmp_path)
    assert sorted(f.name for f in files) == sorted(names)


def test_each_immediate_subfolder_is_a_chart(tmp_path):
    for name in ["b-chart", "a-chart", ".hidden", "__pycache__"]:
        (tmp_path / name).mkdir()
    (tmp_path / "loose.pdf").write_text("x")
    assert [p.name for p in chart_dirs(tmp_path)] == ["a-chart", "b-chart"]


def test_unreadable_file_becomes_a_problem(tmp_path, monkeypatch):
    from auditor.ingest import ingest

    path = tmp_path / "plan.txt"
    path.write_text("x")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    doc = ingest(path, tmp_path)
    assert doc.problems[0].code == "unreadable" and "Permission denied" in doc.problems[0].message


def test_over_limit_files_are_problems_not_crashes(tmp_path):
    from auditor.ingest import ingest
    from auditor.limits import Limits

    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 5000)
    doc = ingest(path, tmp_path, limits=Limits(max_bytes=1000))
    assert doc.problems[0].code == "too-large" and "limit" in doc.problems[0].message and not doc.pages
