"""spaCy stops here: checklist matchers + medspaCy ConText over the sentences a pre-scan picks.

Built once per process from the checklist. A blank English tokenizer, a PhraseMatcher and a Matcher
compiled from the checklist's phrases and token patterns, and medspaCy's ConText with the rules from
`checklists/language.yaml`. Output is plain `Hit` records with page offsets; no spaCy object leaves.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .checklist import Checklist, Matchers
from .segment import Sentence

log = logging.getLogger(__name__)

GROUP = "chart_auditor"
_BOX_BEFORE = re.compile(r"(☐|☒|☑|✓|✔|\[\s?\]|\[[xX✓]\]|\(\s?\)|\([xX]\))[^☐☒☑✓✔\[\]]*$")
_LAST_CELL = re.compile(r"\|\s*(yes|no|n/?a|not done|done|y|n)\s*\|?\s*$", re.I)  # a form row's answer column
_ANSWER_AFTER = re.compile(r"^[^:|\n]{0,60}[:|]\s*(yes|no|n/?a|not done|done|y|n)\b", re.I)


@dataclass(frozen=True)
class Hit:
    """One match of one checklist matcher in one sentence, with its context."""

    requirement: str
    kind: str  # "anchor", "element" or "applies"
    matcher: str
    label: str
    sentence: Sentence
    start: int  # page offsets
    end: int
    match: str
    negated: bool
    hypothetical: bool
    unchecked: bool
    cue: str  # the ConText modifier or box that changed the reading, for the explanation


def _literals(token: dict) -> list[str]:
    """Strings a token pattern must contain, as regex pieces, for the pre-scan."""
    for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = token.get(attr)
        if isinstance(value, str):
            return [re.escape(value.lower())]
        if isinstance(value, dict):
            if "IN" in value:
                return [re.escape(v.lower()) for v in value["IN"]]
            if "REGEX" in value:
                return [value["REGEX"].strip("^$")]
    return []


def _required(token: dict) -> bool:
    return token.get("OP", "1") in ("1", "!", "+") or re.fullmatch(r"\{[1-9]\d*(,\d*)?\}", token.get("OP", "")) is not None


def prescan_pieces(m: Matchers) -> list[str]:
    pieces = [r"\s*".join(re.escape(w) for w in p.lower().split()) for p in m.phrases]
    for pattern in m.patterns:
        lits = next((_literals(t) for t in pattern if _required(t) and _literals(t)), None)
        if lits is None:
            return [r"[\s\S]"]  # a pattern with no literal: every sentence is a candidate
        pieces.extend(lits)
    return pieces


class Engine:
    """The per-process language pipeline; `hits(sentences)` is its only job."""

    def __init__(self, checklist: Checklist, context_rules: list[dict]):
        import spacy  # heavy: imported when an engine is built, not at CLI start
        from spacy.matcher import Matcher, PhraseMatcher

        self.nlp = spacy.blank("en")
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.patterns = Matcher(self.nlp.vocab)
        self.meta: dict[str, tuple[str, str, str, str]] = {}
        pieces: list[str] = []
        for req in checklist.requirements:
            groups = [("anchor", m) for m in req.anchors] + [("element", m) for m in req.elements]
            if req.applies_when:
                groups.append(("applies", req.applies_when))
            for kind, m in groups:
                self._add(req.id, kind, m)
                pieces.extend(prescan_pieces(m))
        alternation = "|".join(sorted(set(pieces), key=len, reverse=True))
        self.prescan = re.compile(rf"(?<![a-z])(?:{alternation})", re.I)
        self.context = self._context(context_rules)

    def _add(self, rid: str, kind: str, m: Matchers) -> None:
        key = f"{rid}|{kind}|{m.id}"
        self.meta[key] = (rid, kind, m.id, m.label)
        if m.phrases:
            self.phrases.add(key, [self.nlp.make_doc(p) for p in m.phrases])
        if m.patterns:
            self.patterns.add(key, [list(p) for p in m.patterns])

    def _context(self, rules: list[dict]):
        from medspacy.context import ConText, ConTextRule

        _quiet_third_party()

        context = ConText(self.nlp, rules=None, input_span_type="group", span_group_name=GROUP)
        context.add([ConTextRule(**rule) for rule in rules])
        return context

    def candidates(self, sentences: list[Sentence]) -> list[Sentence]:
        return [s for s in sentences if self.prescan.search(s.text)]

    def hits(self, sentences: list[Sentence]) -> list[Hit]:
        from spacy.util import filter_spans

        picked = self.candidates(sentences)
        out: list[Hit] = []
        for sent, doc in zip(picked, self.nlp.tokenizer.pipe(s.text for s in picked)):
            for i, token in enumerate(doc):
                token.is_sent_start = i == 0
            spans = self._spans(doc, filter_spans)
            if not spans:
                continue
            doc.spans[GROUP] = spans
            self.context(doc)
            out.extend(self._hit(sent, span) for span in spans)
        return out

    def _spans(self, doc, filter_spans):
        by_key: dict[str, list] = {}
        for match_id, start, end in list(self.phrases(doc)) + list(self.patterns(doc)):
            key = self.nlp.vocab.strings[match_id]
            by_key.setdefault(key, []).append(doc[start:end])
        spans = []
        for key, found in by_key.items():
            for span in filter_spans(found):
                spans.append(doc.char_span(span.start_char, span.end_char, label=key) or span)
        return spans

    def _hit(self, sent: Sentence, span) -> Hit:
        rid, kind, mid, label = self.meta[span.label_]
        # A cue inside the matched words ("3D would NOT spare", "why IMRT and NOT 3D") is part of what
        # the pattern describes, not a statement about it.
        outside = [m for m in span._.modifiers if m.category in ("NEGATED_EXISTENCE", "HYPOTHETICAL")
                   and not (span.start <= m.modifier_span[0] and m.modifier_span[1] <= span.end)]
        negated = any(m.category == "NEGATED_EXISTENCE" for m in outside)
        hypothetical = any(m.category == "HYPOTHETICAL" for m in outside)
        doc = span.doc
        cue = ", ".join(f"'{doc[m.modifier_span[0]:m.modifier_span[1]].text}'" for m in outside)
        box = _BOX_BEFORE.search(sent.text[: span.start_char])
        after = sent.text[span.end_char :]
        answer = _ANSWER_AFTER.match(after) or _LAST_CELL.search(after)
        unchecked = bool(box and box.group(1) in ("☐", "[ ]", "[]", "( )", "()"))
        if answer and answer.group(1).lower() in ("no", "n", "n/a", "na", "not done"):
            unchecked, cue = True, cue or f"answered '{answer.group(1)}'"
        if unchecked and not cue:
            cue = "unticked box"
        return Hit(
            requirement=rid, kind=kind, matcher=mid, label=label, sentence=sent,
            start=sent.start + span.start_char, end=sent.start + span.end_char, match=span.text,
            negated=negated, hypothetical=hypothetical, unchecked=unchecked, cue=cue,
        )


def _quiet_third_party() -> None:
    """PyRuSH (pulled in by medspaCy) logs DEBUG lines through loguru; none of them is for our users."""
    try:
        from loguru import logger
    except ImportError:
        return
    for name in ("PyRuSH", "medspacy", "quickumls"):
        logger.disable(name)
