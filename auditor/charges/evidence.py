"""Does the chart's document text show the documentation a charge needs?

Plain phrase search over every page of every document, sentence by sentence, with simple negation: a
phrase preceded within `window` words by a negating word ("no", "not", "without", "pending", ...) or
followed within `window` words by one of the `after` words ("repeat CT pending") does not count.
Deliberately simpler than the evidence engine: these are billing-support phrases, not signed requirements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import ChartResult
from .spec import DocRequirement, Negation

NOT_DOCUMENTS = {"charges.csv"}  # the billing export itself is never documentation
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class DocHit:
    group: str
    phrase: str
    document: str
    page: int
    quote: str
    negated: bool

    def to_dict(self) -> dict:
        return {"group": self.group, "phrase": self.phrase, "document": self.document, "page": self.page,
                "quote": self.quote, "negated": self.negated}


@dataclass(frozen=True)
class DocResult:
    requirement: DocRequirement
    shown: tuple[DocHit, ...]  # the first affirmative mention of each group found
    negated: tuple[DocHit, ...]  # mentions that did not count
    missing: tuple[str, ...]  # group ids with no affirmative mention

    @property
    def met(self) -> bool:
        return not self.missing

    def explain(self) -> str:
        if self.met:
            where = "; ".join(dict.fromkeys(f"{h.document} p.{h.page}" for h in self.shown))
            return f"documented ({where})"
        text = f"no documentation of {self.requirement.title}"
        if len(self.requirement.all_of) > 1:
            text += f" (not shown: {', '.join(self.missing)})"
        negs = [h for h in self.negated if h.group in self.missing]
        if negs:
            text += f"; only negated or pending mentions such as \"{negs[0].quote}\" ({negs[0].document} p.{negs[0].page})"
        return text


def _phrase_re(phrase: str) -> re.Pattern:
    words = [re.escape(w) for w in re.split(r"[\s\-]+", phrase.strip()) if w]
    return re.compile(r"(?<![A-Za-z0-9])" + r"[\s\-]+".join(words) + r"(?![A-Za-z0-9])", re.I)


def _negating(words: list[str], vocabulary: tuple[str, ...]) -> bool:
    vocab = set(vocabulary)
    return any(w in vocab or ("not" in vocab and w.endswith("n't")) for w in words)


class ChartText:
    """The chart's sentences, searched once per documentation requirement (results cached)."""

    def __init__(self, chart: ChartResult | None, negation: Negation):
        self.negation = negation
        self.sentences: list[tuple[str, int, str]] = []
        for doc in (chart.documents if chart else ()):
            if doc.path.rsplit("/", 1)[-1].lower() in NOT_DOCUMENTS:
                continue
            for page in doc.pages:
                for s in _SENTENCE_END.split(page.text or ""):
                    if s.strip():
                        self.sentences.append((doc.path, page.number, " ".join(s.split())))
        self._cache: dict[str, DocResult] = {}

    def _negated(self, sentence: str, start: int, end: int) -> bool:
        n = self.negation
        before = [w.lower() for w in _WORD.findall(sentence[:start])][-n.window:]
        after = [w.lower() for w in _WORD.findall(sentence[end:])][:n.window]
        return _negating(before, n.before) or _negating(after, n.after)

    def check(self, req: DocRequirement) -> DocResult:
        if req.id in self._cache:
            return self._cache[req.id]
        shown, negated, missing = [], [], []
        for group in req.all_of:
            patterns = [(p, _phrase_re(p)) for p in group.phrases]
            found = None
            for document, page, sentence in self.sentences:
                for phrase, rx in patterns:
                    for m in rx.finditer(sentence):
                        hit = DocHit(group.id, phrase, document, page, sentence[:240],
                                     self._negated(sentence, m.start(), m.end()))
                        if hit.negated:
                            negated.append(hit)
                        elif found is None:
                            found = hit
                if found:
                    break
            if found:
                shown.append(found)
            else:
                missing.append(group.id)
        result = DocResult(req, tuple(shown), tuple(negated[:5]), tuple(missing))
        self._cache[req.id] = result
        return result
