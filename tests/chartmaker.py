"""Builds in-memory charts from text, so rule tests read like tables of (text -> status)."""

from __future__ import annotations

import hashlib

from auditor.models import ChartResult, Document, Page, Status

HEADER = "SYNTHETIC - FOR TESTING ONLY\nPatient Name: Doe, John   MRN: 123456   DOB: 02/03/1950\n\n"
MD_SIGNED = "Electronically signed by Jane Roe, MD on 01/15/2025 14:32"
MP_SIGNED = "Medical Physicist: Li Wei, MS, DABR   Date: 01/16/2025"


def document(path: str, *pages: str, header: str = HEADER) -> Document:
    texts = [header + pages[0], *pages[1:]] if pages else [header]
    digest = hashlib.sha256("\f".join(texts).encode()).hexdigest()
    return Document(path, digest, "txt", tuple(Page(i + 1, t) for i, t in enumerate(texts)))


def audit(auditor, docs: dict[str, str] | list[Document]) -> ChartResult:
    if isinstance(docs, dict):
        docs = [document(name, text) for name, text in docs.items()]
    return auditor.audit_documents(list(docs), "test-chart")


def finding(result: ChartResult, requirement: str):
    return next(f for f in result.findings if f.requirement == requirement)


def assert_finding(result: ChartResult, requirement: str, status: str, quote: str | None = None):
    """The one assertion the rule tables share: status, and the quoted evidence when given."""
    f = finding(result, requirement)
    assert f.status == Status(status), f"{requirement}: expected {status}, got {f.status.value}: {f.reason}"
    if quote is not None:
        quotes = [e.quote for e in f.evidence]
        assert any(quote.lower() in q.lower() for q in quotes), f"{requirement}: no evidence quoting {quote!r} in {quotes}"
    return f
