"""path -> Document. Nothing raises out of `ingest`: every failure becomes a Problem on the Document.

Each format module exposes `read(path, data) -> Extracted`; it may raise, and the dispatcher turns any
exception it did not foresee into a specific 'corrupt' problem naming the format and the error type.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..limits import DEFAULT_LIMITS, Limits, megabytes
from ..models import Document, Page, Problem, Table

FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".rtf": "rtf",
}


@dataclass
class Extracted:
    pages: list[Page] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _reader(fmt: str):
    # Imported on demand: the CLI's --help must not pay for pdfium or python-docx.
    if fmt == "pdf":
        from . import pdf

        return pdf.read
    if fmt == "docx":
        from . import docx

        return docx.read
    from . import text

    return text.read


def _relative(path: Path, chart_root: Path | None) -> str:
    if chart_root is not None:
        try:
            return path.relative_to(chart_root).as_posix()
        except ValueError:
            pass
    return path.name


def ingest(path: Path, chart_root: Path | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    path = Path(path)
    rel = _relative(path, chart_root)
    fmt = FORMATS.get(path.suffix.lower(), "unknown")
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            msg = f"the file is {megabytes(size)}, over the {megabytes(limits.max_bytes)} limit; it was not read"
            return Document(rel, "", fmt, size=size, problems=(Problem("too-large", msg),))
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return Document(rel, "", fmt, problems=(Problem("unreadable", f"cannot read the file: {reason}"),))
    digest = hashlib.sha256(data).hexdigest()
    base = dict(path=rel, sha256=digest, format=fmt, size=len(data))
    if fmt == "unknown":
        msg = f"unsupported file type '{path.suffix or '(no extension)'}': not read (supported: PDF, DOCX, TXT, MD, RTF)"
        return Document(**base, problems=(Problem("unsupported", msg),))
    if not data:
        return Document(**base, problems=(Problem("empty-file", "the file is empty (0 bytes)"),))
    try:
        reader = _reader(fmt)
        out = reader(path, data, max_pages=limits.max_pages) if fmt == "pdf" else reader(path, data)
    except Exception as exc:  # noqa: BLE001 - the contract is that nothing escapes
        msg = f"could not read this {fmt.upper()} file ({type(exc).__name__}); it may be damaged"
        return Document(**base, problems=(Problem("corrupt", msg),))
    problems = list(out.problems)
    pages, tables = _whole_characters(out, problems)
    if not problems and not any(p.text.strip() for p in pages):
        problems.append(Problem("no-text", "no text found in the document"))
    return Document(**base, pages=tuple(pages), tables=tuple(tables), problems=tuple(problems))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole_characters(out: Extracted, problems: list[Problem]) -> tuple[list[Page], list[Table]]:
    """Text with no stray UTF-16 halves, which nothing downstream can encode (spaCy raised on them).

    RTF writes a character beyond U+FFFF as two \\u escapes, which come out of striprtf as two
    surrogates: those pairs are joined into the character. A half without its partner cannot be any
    character; it becomes U+FFFD, and the document says how many were replaced.
    """
    if not any(_SURROGATE.search(p.text) for p in out.pages) and not any(
        _SURROGATE.search(cell) for t in out.tables for row in t.rows for cell in row
    ):
        return out.pages, out.tables
    replaced = 0

    def whole(text: str) -> str:
        nonlocal replaced
        if not _SURROGATE.search(text):
            return text
        joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        replaced += joined.count("\ufffd") - text.count("\ufffd")
        return joined

    pages = [Page(p.number, whole(p.text), p.has_text_layer, p.needs_ocr) for p in out.pages]
    tables = [Table(t.page, tuple(tuple(whole(cell) for cell in row) for row in t.rows)) for t in out.tables]
    if replaced:
        problems.append(Problem("decoding", f"{replaced} character(s) were unpaired UTF-16 halves (surrogates) "
                                            "and were replaced with \ufffd; some words may be garbled"))
    return pages, tables
