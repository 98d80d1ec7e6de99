"""path -> Document. Nothing raises out of `ingest`: every failure becomes a Problem on the Document.

Each format module exposes `read(path, data) -> Extracted`; it may raise, and the dispatcher turns any
exception it did not foresee into a specific 'corrupt' problem naming the format and the error type.
"""

from __future__ import annotations

import hashlib
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
    if not problems and not any(p.text.strip() for p in out.pages):
        problems.append(Problem("no-text", "no text found in the document"))
    return Document(**base, pages=tuple(out.pages), tables=tuple(out.tables), problems=tuple(problems))
