"""Words and CSS classes the reports show for the engine's codes: one place, so every page agrees.

Status colours always come with a text label (the badge class only picks the colour).
"""

from __future__ import annotations

import re

from ..models import UNREADABLE  # noqa: F401 - the reports' name for the one definition

STATUS_ORDER = ("missing", "incomplete", "needs_review", "met", "not_applicable")
GAP_STATUSES = ("missing", "incomplete", "needs_review")  # what goes on the worklist

STATUS_LABELS = {
    "met": "Met",
    "incomplete": "Incomplete",
    "missing": "Missing",
    "not_applicable": "Not applicable",
    "needs_review": "Needs review",
}

VERDICT_LABELS = {
    "ready": "Ready to bill",
    "hold": "Hold",
    "needs_review": "Needs review",
    "not_evaluated": "Not evaluated",
    "not_imrt": "Not IMRT (checklist not applicable)",
}
VERDICT_RANK = {"hold": 0, "needs_review": 1, "not_evaluated": 2, "not_imrt": 3, "ready": 4}  # most urgent first

SIGNATURE_LABELS = {
    "signed": "Signed",
    "blank": "Blank signature line",
    "pending": "Pending signature",
    "invalid": "Not a valid signature",
}

def _role_names() -> dict[str, str]:
    from ..signature_grammar import grammar

    return grammar().role_names


PROBLEM_LABELS = {
    "empty-file": "Empty file",
    "encrypted": "Encrypted",
    "corrupt": "Corrupt or truncated",
    "needs-ocr": "Needs OCR (image only)",
    "no-text": "No text",
    "unreadable": "Unreadable",
    "unsupported": "Unsupported format",
    "too-large": "Too large",
    "timeout": "Timed out",
    "decoding": "Text encoding guessed",
    "tables-unread": "Tables not read",
    "skipped": "Skipped",
    "empty-chart": "Empty chart",
    "another-patient": "Another patient's document",
}

# Which kind of document should hold each requirement of the bundled IMRT checklist: the dashboard
# counts gaps per kind. A requirement of another checklist falls back to its own title.
DOCUMENT_KINDS = {
    "plan-goals-constraints": "Prescription / plan directive",
    "necessity-statement": "Medical necessity statement",
    "necessity-criterion": "Medical necessity statement",
    "image-review": "Physician image and isodose review",
    "dvh-review": "Physician DVH review",
    "portal-description": "Plan report / field table",
    "dosimetric-verification": "IMRT QA report",
    "compensator-design": "Compensator design report",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " ").capitalize())


def status_badge(status: str) -> str:
    return "badge badge-" + (status if status in STATUS_LABELS else "unknown")


def verdict_badge(verdict: str) -> str:
    return "badge badge-verdict-" + (verdict if verdict in VERDICT_LABELS else "unknown")


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def verdict_text(verdict: str, counts: dict) -> str:
    """'Ready to bill', 'Hold: 3 gaps, 1 needs review', 'Needs review: 2 requirements'."""
    gaps = counts.get("missing", 0) + counts.get("incomplete", 0)
    review = counts.get("needs_review", 0)
    review_text = f"{review} {'needs' if review == 1 else 'need'} review"
    if verdict == "ready":
        return "Ready to bill"
    if verdict == "hold":
        return f"Hold: {plural(gaps, 'gap')}" + (f", {review_text}" if review else "")
    if verdict == "needs_review":
        return f"Needs review: {plural(review, 'requirement')} to check by hand" if review else "Needs review: the chart could not be read"
    if verdict == "not_evaluated":
        return "Not evaluated: no requirement was checked"
    if verdict == "not_imrt":
        return "Not IMRT: a 3D or conventional course, so the IMRT checklist does not apply"
    return VERDICT_LABELS.get(verdict, verdict)


def role_label(role: str) -> str:
    return _role_names().get(role, role.replace("_", " "))


def roles_in(responsible: str) -> list[str]:
    """The role codes named in a finding's `responsible` text ('radiation oncologist and medical physicist')."""
    text = responsible.lower()
    found = [(text.find(name), code) for code, name in _role_names().items() if re.search(rf"\b{re.escape(name)}\b", text)]
    return [code for _, code in sorted(found)]


def document_kind(requirement: str, title: str = "") -> str:
    return DOCUMENT_KINDS.get(requirement, title or requirement)


def problem_label(code: str) -> str:
    return PROBLEM_LABELS.get(code, code.replace("-", " ").capitalize())


def file_size(size: int) -> str:
    if size < 1024:
        return plural(size, "byte")
    for unit in ("kB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}"
    return ""  # unreachable
