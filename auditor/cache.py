"""The extraction cache: a file's content hash -> the Document read from it, in SQLite.

Keyed by (sha256 of the file, tool fingerprint, checklist id@version). The tool fingerprint is the
package version plus a hash of the reader sources (`auditor/ingest/*.py`, `auditor/models.py`), so a
changed reader never serves stale text even while the version number stays the same. What is stored
is the reader's output (format, size, pages, tables, problems) as zlib-compressed JSON, never a
pickle: a cache file cannot run code. The document's path is not stored: the same file may sit in
many charts, so it is rebuilt with the path it has in the chart being read.

Several worker processes share one file: WAL mode (readers never wait for the writer), one short
autocommit statement per read or write, SQLite's busy timeout plus a few retries. The cache only
ever saves time: any error inside it is counted and treated as a miss, never raised to the scan.
A file locked by another program (another scan, a backup, a `locking_mode=EXCLUSIVE` connection) is
waited for briefly, then left alone: the process goes on without the cache (`stats()["locked"]`).
Only a file that is not a usable database is deleted and rebuilt; a locked one never is.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import time
import zlib
from pathlib import Path

from . import __version__
from .models import Document, Page, Problem, Table

FORMAT = 1  # layout of the stored JSON; bump when it changes
NOT_CACHED = {"timeout", "unreadable"}  # transient: the next run may read the file
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    sha256 TEXT NOT NULL,
    tool TEXT NOT NULL,
    checklist TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, tool, checklist)
) WITHOUT ROWID
"""
BUSY_TIMEOUT_S = 2.0  # our own statements take milliseconds; longer means another program holds the file
RETRIES = 3


class CacheLocked(RuntimeError):
    """Another program holds the cache file locked: go on without it, and leave the file alone."""


def _is_lock(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def tool_fingerprint() -> str:
    """`0.1.0+<hash of the reader sources>`: a changed reader invalidates what it wrote."""
    package = Path(__file__).resolve().parent
    sources = sorted((package / "ingest").glob("*.py")) + [package / "models.py"]
    digest = hashlib.sha256()
    for source in sources:
        try:
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
        except OSError:
            pass
    return f"{__version__}+{digest.hexdigest()[:12]}"


def prepare(path: Path) -> None:
    """Creates the file and table and switches it to WAL once, in the parent, before workers start.

    A file that is not a usable SQLite database (damaged, or something else) is deleted and
    recreated: it is only a cache. One locked by another program raises CacheLocked, untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(2):
        try:
            # Created owner-only before SQLite opens it: it holds the text of every document read.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(SCHEMA)
                conn.execute("SELECT count(*) FROM documents").fetchone()
            finally:
                conn.close()
            path.chmod(0o600)
            return
        except sqlite3.DatabaseError as exc:
            if _is_lock(exc):
                raise CacheLocked(f"{path} is locked by another program (another scan?)") from None
            if attempt:
                raise
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)


def encode(doc: Document) -> bytes:
    data = [
        FORMAT,
        doc.format,
        doc.size,
        [[p.number, p.text, p.has_text_layer, p.needs_ocr] for p in doc.pages],
        [[t.page, t.rows] for t in doc.tables],
        [[p.code, p.message, p.page] for p in doc.problems],
    ]
    # ensure_ascii: page text may hold lone surrogates, which UTF-8 cannot encode
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode("ascii"), 1)


def decode(blob: bytes, path: str, sha256: str) -> Document:
    version, fmt, size, pages, tables, problems = json.loads(zlib.decompress(blob))
    if version != FORMAT:
        raise ValueError(f"cache entry format {version}")
    return Document(
        path=path,
        sha256=sha256,
        format=fmt,
        pages=tuple(Page(n, text, layer, ocr) for n, text, layer, ocr in pages),
        tables=tuple(Table(page, tuple(tuple(row) for row in rows)) for page, rows in tables),
        problems=tuple(Problem(code, message, page) for code, message, page in problems),
        size=size,
    )


def cacheable(doc: Document) -> bool:
    return bool(doc.sha256) and not any(p.code in NOT_CACHED for p in doc.problems)


class Cache:
    """One connection per process (never shared across fork); thread-safe enough for one user."""

    def __init__(self, path: Path, tool: str, checklist: str):
        self.path, self.tool, self.checklist = Path(path), tool, checklist
        self.hits = self.misses = self.writes = self.errors = self.locked = 0
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across crashes, fast
            self._conn = conn
        return self._conn

    def _run(self, sql: str, args: tuple):
        """One statement in its own implicit transaction, retried with backoff while the file is busy;
        still locked after that, the cache is given up for the rest of this process."""
        if self.locked:
            raise CacheLocked(str(self.path))
        for attempt in range(RETRIES):
            try:
                return self._connection().execute(sql, args).fetchone()
            except sqlite3.OperationalError as exc:
                if not _is_lock(exc):
                    raise
                if attempt == RETRIES - 1:
                    self.locked = 1
                    self.close()
                    raise CacheLocked(str(self.path)) from None
                time.sleep(0.05 * (2**attempt) * (1 + random.random()))
        return None

    def get(self, sha256: str, path: str) -> Document | None:
        if self.locked:
            self.misses += 1
            return None
        try:
            row = self._run("SELECT data FROM documents WHERE sha256=? AND tool=? AND checklist=?",
                            (sha256, self.tool, self.checklist))
            doc = decode(row[0], path, sha256) if row else None
        except Exception:  # noqa: BLE001 - a broken entry or file is a miss, never a failed chart
            self.errors += 1
            doc = None
        if doc is None:
            self.misses += 1
        else:
            self.hits += 1
        return doc

    def put(self, doc: Document) -> None:
        if not cacheable(doc) or self.locked:
            return
        try:
            self._run("INSERT OR IGNORE INTO documents (sha256, tool, checklist, data) VALUES (?, ?, ?, ?)",
                      (doc.sha256, self.tool, self.checklist, encode(doc)))
            self.writes += 1
        except Exception:  # noqa: BLE001 - see get()
            self.errors += 1

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def stats(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses, "writes": self.writes, "errors": self.errors, "locked": self.locked}


def count(path: Path) -> int:
    """Rows in a cache file (for tests and the benchmark)."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        conn.close()
