"""Is this course IMRT? Decided from what the documents affirm, then from the charge codes.

A course is audited as IMRT unless its documents affirmatively describe another technique and never
IMRT. A mention that rejects IMRT ("IMRT was considered and is not needed") is no IMRT evidence; a
sentence that weighs IMRT against 3D ("IMRT rather than 3D-CRT") describes an IMRT course, so its 3D
words are no 3D evidence. Charge codes decide only when the documents name no technique. Mentions are
found by a phrase pass; ConText reads only as many as the decision needs (usually the first IMRT one).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..models import Evidence
from ..nlp import TECHNIQUE

IMRT, CONVENTIONAL = "imrt", "conventional"


@dataclass(frozen=True)
class TechniqueCall:
    technique: str  # imrt, conventional
    reason: str
    evidence: tuple[Evidence, ...] = ()
    decided_by: str = "documents"  # documents, charges, default

    def to_dict(self) -> dict:
        return {"technique": self.technique, "reason": self.reason, "decided_by": self.decided_by,
                "evidence": [e.to_dict() for e in self.evidence]}


def mentions(pages, sentences, phrases, lows: list | None = None) -> list[tuple[object, int, int, str]]:
    """(sentence, start, end, words) of every technique phrase in a document (one phrase pass per page;
    whether each mention affirms the technique is read later, and only where the decision needs it)."""
    by_page: dict[int, list] = {}
    for sent in sentences:
        by_page.setdefault(sent.page, []).append(sent)
    out = []
    for n, page in enumerate(pages):
        sents = by_page.get(page.number, [])
        starts = [s.start for s in sents]
        for m in phrases.finditer(page.text, lows[n] if lows is not None else ""):
            i = bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= sents[i].end:
                sent = sents[i]
                out.append((sent, m.start() - sent.start, m.end() - sent.start, m.group(0)))
    return out


def affirmed(path: str, found, matcher: str, reading, limit: int = 3) -> list[Evidence]:
    """The first `limit` mentions a sentence affirms (not negated, pending, hypothetical or unticked)."""
    out = []
    for sent, start, end, _ in found:
        h = reading(sent, start, end, matcher)
        if not (h.negated or h.hypothetical or h.unchecked):
            out.append(_ev(path, h))
            if len(out) >= limit:
                break
    return out


def _ev(path: str, h) -> Evidence:
    return Evidence(TECHNIQUE, f"{TECHNIQUE}/{h.matcher}", path, h.sentence.page, h.start, h.end, h.sentence.text.strip(),
                    h.match, section=h.sentence.section, section_index=h.sentence.section_index,
                    section_category=h.sentence.section_category,
                    explanation=f"'{h.match}' names {'an IMRT' if h.matcher == IMRT else 'a 3D-conformal or conventional'} technique")


def decide(imrt: list[Evidence], conventional: list[Evidence], codes: set[str], technique) -> TechniqueCall:
    """`technique`: the policy's Technique (its charge codes)."""
    if imrt:
        return TechniqueCall(IMRT, f"IMRT is documented ('{imrt[0].match}' in {imrt[0].document} p.{imrt[0].page}).", tuple(imrt[:3]))
    if conventional:
        e = conventional[0]
        return TechniqueCall(CONVENTIONAL, f"The documents describe a 3D-conformal or conventional course ('{e.match}' in "
                                           f"{e.document} p.{e.page}) and never an IMRT one.", tuple(conventional[:3]))
    billed_imrt = sorted(codes & technique.imrt_codes)
    billed_3d = sorted(codes & technique.conventional_codes)
    if billed_3d and not billed_imrt:
        return TechniqueCall(CONVENTIONAL, f"No technique is named in the documents; the charges bill {', '.join(billed_3d)} "
                                           "(3D or conventional) and no IMRT code.", decided_by="charges")
    return TechniqueCall(IMRT, "No technique is named in the documents" + (f"; the charges bill {', '.join(billed_imrt)}" if billed_imrt else "")
                         + ": audited as IMRT.", decided_by="charges" if billed_imrt else "default")
