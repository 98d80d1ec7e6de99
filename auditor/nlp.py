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


_L, _R = "\x00L", r"(?![a-z])"  # word edges: letters only, since spaCy splits 70Gy and PTV70 at digits


def _literals(token: dict) -> list[str]:
    """Regex pieces one of which a token matching this pattern token must contain (for the pre-scan)."""
    for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = token.get(attr)
        if isinstance(value, str):
            return [_L + re.escape(value.lower()) + _R]
        if isinstance(value, dict):
            if "IN" in value:
                return [_L + re.escape(v.lower()) + _R for v in value["IN"]]
            if "REGEX" in value:
                rx = value["REGEX"]
                body = rx.lstrip("^").removesuffix("$")
                return [(_L if rx.startswith("^") else "") + f"(?:{body})" + (_R if rx.endswith("$") else "")]
    return []


def _required(token: dict) -> bool:
    return token.get("OP", "1") in ("1", "!", "+") or re.fullmatch(r"\{[1-9]\d*(,\d*)?\}", token.get("OP", "")) is not None


def prescan_pieces(m: Matchers) -> list[str]:
    """A superset test: a sentence that matches none of these pieces cannot match `m`."""
    pieces = [_L + r"\s*".join(re.escape(w) for w in p.lower().split()) + _R for p in m.phrases]
    for pattern in m.patterns:
        lits = next((_literals(t) for t in pattern if _required(t) and _literals(t)), None)
        if lits is None:
            return [r"[\s\S]"]  # a pattern with no literal: every sentence is a candidate
        pieces.extend(lits)
    return pieces


def prescan_regex(pieces: list[str]) -> str:
    """One left word-edge test for all pieces that need it: Python's re is slow at repeated look-behinds."""
    edged = sorted({p[len(_L):] for p in pieces if p.startswith(_L)}, key=len, reverse=True)
    free = sorted({p for p in pieces if not p.startswith(_L)}, key=len, reverse=True)
    parts = ([f"(?<![a-z])(?:{'|'.join(edged)})"] if edged else []) + free
    return "|".join(parts)


class _KeyMatcher:
    """One checklist matcher: its own pre-scan, phrases and token patterns, run only where it can match."""

    def __init__(self, nlp, key: str, m: Matchers, once: bool = False):
        from spacy.matcher import Matcher, PhraseMatcher

        self.key = key
        self.once = once  # one affirmative hit settles it for the whole document (document-scope elements)
        self.pieces = prescan_pieces(m)
        self.prescan = prescan_regex(self.pieces)  # run on lower-cased text
        self.slot = 0  # index of its compiled pre-scan in Engine.prescans (shared by identical ones)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER") if m.phrases else None
        self.patterns = Matcher(nlp.vocab) if m.patterns else None
        if self.phrases is not None:
            self.phrases.add(key, [nlp.make_doc(p) for p in m.phrases])
        if self.patterns is not None:
            self.patterns.add(key, [list(p) for p in m.patterns])

    def spans(self, doc) -> list:
        found = []
        for matcher in (self.phrases, self.patterns):
            if matcher is not None:
                found.extend(doc[start:end] for _, start, end in matcher(doc))
        return found


class Engine:
    """The per-process language pipeline; `hits(sentences)` is its only job."""

    def __init__(self, checklist: Checklist, context_rules: list[dict]):
        import spacy  # heavy: imported when an engine is built, not at CLI start

        self.nlp = spacy.blank("en")
        self.meta: dict[str, tuple[str, str, str, str]] = {}
        self.matchers: list[_KeyMatcher] = []
        for req in checklist.requirements:
            groups = [("anchor", m) for m in req.anchors] + [("element", m) for m in req.elements]
            if req.applies_when:
                groups.append(("applies", req.applies_when))
            for kind, m in groups:
                key = f"{req.id}|{kind}|{m.id}"
                self.meta[key] = (req.id, kind, m.id, m.label)
                once = kind == "applies" or (kind == "element" and m.scope == "document")
                self.matchers.append(_KeyMatcher(self.nlp, key, m, once))
        unique = list(dict.fromkeys(k.prescan for k in self.matchers))
        for k in self.matchers:
            k.slot = unique.index(k.prescan)
        self.prescans = [re.compile(rx) for rx in unique]
        self.any_prescan = re.compile(prescan_regex([p for m in self.matchers for p in m.pieces]))
        self.context = self._context(context_rules)

    def _context(self, rules: list[dict]):
        from medspacy.context import ConText, ConTextRule

        _quiet_third_party()

        context = ConText(self.nlp, rules=None, input_span_type="group", span_group_name=GROUP)
        context.add([ConTextRule(**rule) for rule in rules])
        return context

    def candidates(self, sentences: list[Sentence]) -> list[tuple[Sentence, list[_KeyMatcher]]]:
        out = []
        for s in sentences:
            low = s.text.lower()
            if not self.any_prescan.search(low):
                continue
            found = [rx.search(low) is not None for rx in self.prescans]
            out.append((s, [k for k in self.matchers if found[k.slot]]))
        return out

    def hits(self, sentences: list[Sentence]) -> list[Hit]:
        """Hits of one document's sentences. A document-scope element already found affirmatively is not
        looked for again in this document: further hits could not change any verdict."""
        from spacy.util import filter_spans

        out: list[Hit] = []
        settled: set[str] = set()
        for sent, keys in self.candidates(sentences):
            keys = [k for k in keys if k.key not in settled]
            if not keys:
                continue
            doc = self.nlp.tokenizer(sent.text)
            spans = self._spans(doc, keys, filter_spans)
            if not spans:
                continue
            for i, token in enumerate(doc):
                token.is_sent_start = i == 0
            doc.spans[GROUP] = spans
            self.context(doc)
            found = [self._hit(sent, span) for span in spans]
            out.extend(found)
            once = {k.key for k in keys if k.once}
            settled |= {h_key for h_key, h in ((f"{h.requirement}|{h.kind}|{h.matcher}", h) for h in found)
                        if h_key in once and not (h.negated or h.hypothetical or h.unchecked)}
        return out

    def _spans(self, doc, keys: list[_KeyMatcher], filter_spans):
        spans = []
        for k in keys:
            for span in filter_spans(k.spans(doc)):
                spans.append(doc.char_span(span.start_char, span.end_char, label=k.key) or span)
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
