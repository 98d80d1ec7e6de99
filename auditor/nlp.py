"""spaCy stops here: checklist matchers + medspaCy ConText over the sentences a token pre-scan picks.

Built once per process from the checklist: a blank English tokenizer, a PhraseMatcher and a Matcher
per checklist matcher, and medspaCy's ConText with the rules from `checklists/language.yaml`.
Output is plain `Hit` records with page offsets; no spaCy object leaves.

Most of a chart is not evidence, so the expensive parts run only where they can find something:
- Pre-scan. Every token pattern and phrase is reduced to the token tests its required tokens must
  pass (a word, a word list, a regex, like-a-number). Each distinct whitespace-separated chunk of
  text is tokenized and tested once per process and remembered as a bit mask. A sentence is
  tokenized and handed to a matcher only if its chunks pass every test of one of that matcher's
  patterns: a necessary condition, so no match is lost.
- Elements are looked for only within reach of an anchor. An element only counts inside its
  anchor's scope (sentence, section or document), so elements are matched only in the sentences,
  sections or documents that hold an anchor of their requirement (or a table that may need them).
- ConText runs once per sentence that holds a match and the words of one of its rules, on that
  sentence alone.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from .checklist import Checklist, Matchers
from .segment import Sentence

log = logging.getLogger(__name__)

GROUP = "chart_auditor"
_BOX_BEFORE = re.compile(r"(☐|☒|☑|✓|✔|\[\s?\]|\[[xX✓]\]|\(\s?\)|\([xX]\))[^☐☒☑✓✔\[\]]*$")
_LAST_CELL = re.compile(r"\|\s*(yes|no|n/?a|not done|done|y|n)\s*\|?\s*$", re.I)  # a form row's answer column
_ANSWER_AFTER = re.compile(r"^[^:|\n]{0,60}[:|]\s*(yes|no|n/?a|not done|done|y|n)\b", re.I)
_CACHE_LIMIT = 500_000  # distinct token texts remembered per process before starting afresh


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
    key: str = ""  # the engine's matcher key ("requirement|kind|id|n")


def _upper(token: dict) -> dict:
    """spaCy reads a pattern token's keys in any case ("op", "Lower"); the pre-scan reads them upper."""
    return {k.upper() if isinstance(k, str) else k: v for k, v in token.items()}


def _required(token: dict) -> bool:
    """Whether every match of the pattern holds a token matching this one ("!" matches its opposite)."""
    op = _upper(token).get("OP", "1")
    return op in ("1", "+") or re.fullmatch(r"\{[1-9]\d*(,\d*)?\}", op) is not None


def token_test(token: dict) -> tuple | None:
    """The one test on a token's own text that every token matching this pattern token passes, or None
    when the pattern token is optional or its test is not selective (NOT_IN, IS_PUNCT, ...)."""
    token = _upper(token)
    if not _required(token):
        return None
    for attr in ("LOWER", "ORTH", "TEXT"):
        value = token.get(attr)
        if isinstance(value, str):
            return (attr, "IN", frozenset([value]))
        if isinstance(value, dict) and "IN" in value:
            return (attr, "IN", frozenset(value["IN"]))
        if isinstance(value, dict) and "REGEX" in value:
            return (attr, "REGEX", value["REGEX"])
    if token.get("LIKE_NUM") is True:
        return ("LIKE_NUM",)
    return None


class TokenTests:
    """The pre-scan's token tests, one bit each, and a per-process memory of the tests each
    whitespace-separated chunk of text passes (chunks repeat: most words of a chart were seen before).

    spaCy's tokenizer cuts text at whitespace first and then splits each chunk on its own, so the
    tokens of a sentence are exactly the tokens of its chunks: a chunk's mask, computed once from
    spaCy's own tokens of that chunk, is exact."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.bits: dict[tuple, int] = {}
        self.words: dict[tuple[str, str], int] = {}  # (attribute, word) -> bits of the IN tests naming it
        self.regexes: dict[str, list[tuple[int, re.Pattern]]] = {"LOWER": [], "ORTH": []}
        self.any_regex: dict[str, re.Pattern | None] = {}  # per attribute: does any of its regexes match?
        self.like_num = 0
        self.known: dict[str, int] = {}
        self.blank: int | None = None  # tests a whitespace token passes (none, for word tests)
        self.special = set(nlp.tokenizer.rules)  # chunks spaCy splits by rule ("cannot" -> can not)

    def bit(self, test: tuple) -> int:
        if test not in self.bits:
            bit = self.bits[test] = 1 << len(self.bits)
            attr = "LOWER" if test[0] == "LOWER" else "ORTH"
            if test[0] == "LIKE_NUM":
                self.like_num |= bit
            elif test[1] == "IN":
                for word in test[2]:
                    self.words[(attr, word)] = self.words.get((attr, word), 0) | bit
            else:
                self.regexes[attr].append((bit, re.compile(test[2])))
            self.known.clear()
            self.blank = None
        return self.bits[test]

    def pattern_need(self, pattern) -> int:
        """The bits a sentence must have for this token pattern to match in it."""
        return _all(self.bit(test) for t in pattern if (test := token_test(t)) is not None)

    def phrase_need(self, tokens) -> int:
        """The bits a sentence must have for this phrase (matched on lower case) to occur in it."""
        return _all(self.bit(("LOWER", "IN", frozenset([t.lower_]))) for t in tokens)

    def mask(self, text: str) -> int:
        """The bits of the tests that some token of `text` passes."""
        known = self.known
        if self.blank is None:  # tests were added: prepare the combined regexes, then the blank mask
            self.any_regex = {attr: _any(rx.pattern for _, rx in rxs) for attr, rxs in self.regexes.items() if rxs}
            self.blank = self._mask(t for t in self.nlp.make_doc("x  \n\t x") if t.is_space)
        mask = self.blank
        for chunk in text.split():
            bits = known.get(chunk)
            if bits is None:
                if len(known) >= _CACHE_LIMIT:
                    known.clear()
                bits = known[chunk] = self._mask(self._tokens(chunk))
            mask |= bits
        return mask

    def _tokens(self, chunk: str):
        """spaCy's tokens of one chunk; a chunk of plain ASCII letters is one token unless a special
        case splits it (the tokenizer's affix rules all need a non-letter), so it skips the tokenizer."""
        if chunk.isascii() and chunk.isalpha() and chunk not in self.special:
            return (self.nlp.vocab[chunk],)
        return self.nlp.tokenizer(chunk)

    def _mask(self, tokens) -> int:
        words, regexes, any_regex = self.words, self.regexes, self.any_regex
        mask = 0
        for token in tokens:
            lower, orth = token.lower_, token.text
            mask |= words.get(("LOWER", lower), 0) | words.get(("ORTH", orth), 0)
            for attr, value in (("LOWER", lower), ("ORTH", orth)):
                prefilter = any_regex.get(attr, False)
                if prefilter is False or (prefilter is not None and prefilter.search(value) is None):
                    continue  # no regex test on this attribute, or none of them matches
                for bit, rx in regexes[attr]:
                    if rx.search(value) is not None:
                        mask |= bit
            if self.like_num and token.like_num:
                mask |= self.like_num
        return mask


def _any(patterns) -> re.Pattern | None:
    """One regex that matches where any of `patterns` does (None: they cannot be combined safely)."""
    patterns = list(patterns)
    if any(re.search(r"\\[1-9]|\(\?P[=<]|^\(\?[aiLmsux]+\)", p) for p in patterns):
        return None  # back-references and named groups would clash, global flags cannot move
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error:
        return None


class _KeyMatcher:
    """One checklist matcher: its phrases and token patterns, and the token tests each needs."""

    def __init__(self, nlp, tests: TokenTests, key: str, m: Matchers, kind: str, scope: str):
        from spacy.matcher import Matcher, PhraseMatcher

        self.key = key
        self.kind = kind
        self.requirement = key.split("|", 1)[0]
        self.scope = scope  # elements: where, relative to an anchor, they count
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER") if m.phrases else None
        self.patterns = Matcher(nlp.vocab) if m.patterns else None
        needs = []
        if self.phrases is not None:
            docs = [nlp.make_doc(p) for p in m.phrases]
            self.phrases.add(key, docs)
            needs += [tests.phrase_need(d) for d in docs]
        self.longest: dict[int, int] = {}  # match id -> longest match, for patterns rewritten by _open_gap
        if self.patterns is not None:
            plain = []
            for n, pattern in enumerate(m.patterns):
                rewritten = _open_gap(list(pattern))
                if rewritten is None:
                    plain.append(list(pattern))
                    continue
                name = f"{key}#{n}"
                self.patterns.add(name, [rewritten[0]])
                self.longest[nlp.vocab.strings[name]] = rewritten[1]
            if plain:
                self.patterns.add(key, plain)
            needs += [tests.pattern_need(p) for p in m.patterns]
        self.needs = tuple(set(needs))

    def unit(self, sent: Sentence) -> tuple:
        """Where one affirmative hit settles this matcher: an element shows for every anchor in its
        scope, so a second one in the same scope changes nothing (applies: the whole document)."""
        if self.scope == "section":
            return (self.key, sent.section_index)
        if self.scope == "sentence" or self.kind == "anchor":
            return (self.key, sent.index)  # anchors are never settled: each is evidence of its own
        return (self.key,)

    def wants(self, mask: int) -> bool:
        """Whether a sentence whose tokens pass the tests in `mask` may hold a match."""
        return any(mask & need == need for need in self.needs)

    def spans(self, doc) -> list:
        found = []
        if self.phrases is not None:
            found.extend(doc[start:end] for _, start, end in self.phrases(doc))
        if self.patterns is not None:
            longest = self.longest
            found.extend(doc[start:end] for match, start, end in self.patterns(doc)
                         if end - start <= longest.get(match, end - start))
        return found


_GAP = re.compile(r"\{0?,(\d+)\}")


def _open_gap(pattern: list[dict]) -> tuple[list[dict], int] | None:
    """[A, X{,m}, B, C] -> ([A, X*, B, C], longest match m + 3), for patterns whose other tokens match
    exactly one token each.

    spaCy expands `{,m}` into m optional tokens, and their matching states multiply (~0.9 ms a
    sentence for a 12-token gap). With one looping token instead, a match's length fixes its gap, so
    keeping the matches no longer than the longest the original allows gives exactly its matches."""
    pattern = [_upper(t) for t in pattern]
    ops = [t.get("OP", "1") for t in pattern]
    gaps = [i for i, op in enumerate(ops) if _GAP.fullmatch(op)]
    if len(gaps) != 1 or any(op != "1" for i, op in enumerate(ops) if i != gaps[0]):
        return None
    i = gaps[0]
    most = int(_GAP.fullmatch(ops[i]).group(1))
    return pattern[:i] + [{**pattern[i], "OP": "*"}] + pattern[i + 1:], len(pattern) - 1 + most


def _all(bits) -> int:
    mask = 0
    for b in bits:
        mask |= b
    return mask


class _Reach:
    """Where one document's anchors are, per requirement: the sentences, sections and the document."""

    def __init__(self, documents: set[str]):
        self.sentences: set[tuple[str, int]] = set()
        self.sections: set[tuple[str, int]] = set()
        self.documents = set(documents)

    def add(self, requirement: str, sent: Sentence) -> None:
        self.sentences.add((requirement, sent.index))
        self.sections.add((requirement, sent.section_index))
        self.documents.add(requirement)

    def covers(self, k: _KeyMatcher, sent: Sentence) -> bool:
        if k.scope == "sentence":
            return (k.requirement, sent.index) in self.sentences
        if k.scope == "section":
            return (k.requirement, sent.section_index) in self.sections
        return k.requirement in self.documents


class Engine:
    """The per-process language pipeline; `hits(sentences)` is its only job."""

    def __init__(self, checklist: Checklist, context_rules: list[dict]):
        import spacy  # heavy: imported when an engine is built, not at CLI start

        self.nlp = spacy.blank("en")
        self.tests = TokenTests(self.nlp)
        self.meta: dict[str, tuple[str, str, str, str]] = {}
        self.matchers: list[_KeyMatcher] = []
        self.sections: dict[str, tuple[str, ...]] = {}
        for rid, groups in _groups(checklist):
            for n, (kind, m) in enumerate(groups):
                key = f"{rid}|{kind}|{m.id}|{n}"
                self.meta[key] = (rid, kind, m.id, m.label)
                self.sections[key] = m.sections
                scope = m.scope if kind == "element" else ""
                self.matchers.append(_KeyMatcher(self.nlp, self.tests, key, m, kind, scope))
        self._wanted: dict[int, tuple[list[_KeyMatcher], list[_KeyMatcher]]] = {}
        self.context = self._context(context_rules)
        # The token tests a sentence must pass for each ConText rule to fire in it: a sentence that
        # passes none needs no ConText (it would find no cue).
        self.cues = tuple({self._cue_need(rule) for rule in context_rules})

    def _cue_need(self, rule: dict) -> int:
        pattern = rule.get("pattern")
        if isinstance(pattern, list):
            return self.tests.pattern_need(pattern)
        if pattern is not None:
            return 0  # a regex rule: any sentence may hold it
        # medspaCy matches a literal as a lower-cased phrase of the same tokenizer's tokens
        return self.tests.phrase_need(self.nlp.make_doc(rule["literal"].lower()))

    def _context(self, rules: list[dict]):
        ConText, ConTextRule = context_classes()
        _quiet_third_party()

        context = ConText(self.nlp, rules=None, input_span_type="group", span_group_name=GROUP)
        context.add([ConTextRule(**rule) for rule in rules])
        return context

    def wanted(self, mask: int) -> tuple[list[_KeyMatcher], list[_KeyMatcher]]:
        """The anchor/applies matchers, and all the matchers, a sentence with this mask may match
        (remembered: sentences share masks)."""
        found = self._wanted.get(mask)
        if found is None:
            if len(self._wanted) > _CACHE_LIMIT:
                self._wanted.clear()
            keys = [k for k in self.matchers if k.wants(mask)]
            found = self._wanted[mask] = ([k for k in keys if k.kind != "element"], keys)
        return found

    def hits(self, sentences: list[Sentence], documents: set[str] = frozenset()) -> list[Hit]:
        """Hits of one document's sentences.

        `documents`: requirements whose document-scope elements are wanted even without an anchor here
        (a table may show the requirement). Anchors and applies-when matchers are matched first, so
        elements are matched only within reach of an anchor; an element already found affirmatively
        is not looked for again in the same scope: further hits could not change any verdict."""
        from spacy.util import filter_spans

        masks = [self.tests.mask(s.text) for s in sentences]
        docs: dict[int, object] = {}

        def doc_of(i: int):
            if i not in docs:
                docs[i] = self.nlp.tokenizer(sentences[i].text)
            return docs[i]

        first: dict[tuple[int, str], list] = {}
        reach = _Reach(documents)
        for i, mask in enumerate(masks):
            for k in self.wanted(mask)[0]:
                spans = self._spans(doc_of(i), k, filter_spans)
                if spans:
                    first[(i, k.key)] = spans
                    if k.kind == "anchor":
                        reach.add(k.requirement, sentences[i])
        out: list[Hit] = []
        settled: set[tuple] = set()
        for i, sent in enumerate(sentences):
            spans, units = [], {}
            for k in self.wanted(masks[i])[1]:
                unit = k.unit(sent)
                if unit in settled:
                    continue
                if k.kind != "element":
                    found = first.get((i, k.key), [])
                elif reach.covers(k, sent):
                    found = self._spans(doc_of(i), k, filter_spans)
                else:
                    continue
                spans += found
                units[k.key] = unit
            if not spans:
                continue
            mask = masks[i]
            if any(mask & need == need for need in self.cues):
                found = self._context_hits(sent, docs[i], spans)
            else:
                found = [(self._hit(sent, span), span.label_) for span in spans]  # no cue can fire: nothing to modify
            found = [h for h, key in found if not self.sections[key] or sent.section_category in self.sections[key]]
            if i + 1 < len(sentences):
                found = [self._answered_below(h, sentences[i + 1]) for h in found]
            out.extend(found)
            settled |= {units[h.key] for h in found if h.kind != "anchor" and not (h.negated or h.hypothetical or h.unchecked)}
        return out

    def _context_hits(self, sent: Sentence, doc, spans) -> list[Hit]:
        if len(doc) > 1:
            doc[1].is_sent_start = False  # one sentence: ConText's scope ends where the sentence does
        else:
            doc[0].is_sent_start = True
        doc.spans[GROUP] = spans
        self.context(doc)
        return [(self._hit(sent, span), span.label_) for span in spans]

    def _answered_below(self, hit: Hit, below: Sentence) -> Hit:
        """An anchor that stands alone on its line as a heading ("Dose-volume histograms") is answered by
        the sentence under it ("Not yet reviewed."): read as one sentence, heading first, ConText decides
        whether the heading is negated or pending (the cues are the language data's, as everywhere)."""
        sent = hit.sentence
        if (hit.kind != "anchor" or hit.negated or hit.hypothetical or hit.unchecked or below.page != sent.page
                or len(sent.text.strip(" \t:-–—.")) != len(hit.match)):
            return hit
        joined = Sentence(sent.page, sent.start, below.end, f"{hit.match}: {below.text}", sent.section,
                          sent.section_category, sent.section_index, sent.index)
        read = self.reading(joined, 0, len(hit.match), hit.matcher, hit.key)
        if not (read.negated or read.hypothetical):
            return hit
        return replace(hit, negated=read.negated, hypothetical=read.hypothetical,
                       cue=f"{read.cue} (the line under the heading: '{below.text.strip()[:80]}')")

    def reading(self, sent: Sentence, start: int, end: int, matcher: str, key: str = "") -> Hit:
        """How one sentence reads a phrase found in it by other means (character offsets into the
        sentence): negated, pending or unticked, as ConText and the form marks say. For the few
        mentions a decision hangs on (the course's technique, a heading's answer), not for every
        sentence. `key`: the checklist matcher's key (default: a technique mention)."""
        if not key:
            key = f"{TECHNIQUE}|anchor|{matcher}|0"
            self.meta.setdefault(key, (TECHNIQUE, "anchor", matcher, ""))
        doc = self.nlp.tokenizer(sent.text)
        span = doc.char_span(start, end, label=key, alignment_mode="expand")
        if span is None:
            return Hit(TECHNIQUE, "anchor", matcher, "", sent, sent.start + start, sent.start + end, sent.text[start:end],
                       False, False, False, "", key)
        mask = self.tests.mask(sent.text)
        if not any(mask & need == need for need in self.cues):
            return self._hit(sent, span)  # no ConText cue can fire in this sentence (as in `hits`)
        return self._context_hits(sent, doc, [span])[0][0]

    @staticmethod
    def _spans(doc, k: _KeyMatcher, filter_spans) -> list:
        return [doc.char_span(s.start_char, s.end_char, label=k.key) or s for s in filter_spans(k.spans(doc))]

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
            requirement=rid, kind=kind, matcher=mid, label=label, sentence=sent, key=span.label_,
            start=sent.start + span.start_char, end=sent.start + span.end_char, match=span.text,
            negated=negated, hypothetical=hypothetical, unchecked=unchecked, cue=cue,
        )


TECHNIQUE = "_technique"  # the pseudo-requirement technique mentions are read under (`Engine.reading`)


def _groups(checklist: Checklist):
    """(requirement id, [(kind, Matchers)]) for every requirement."""
    for req in checklist.requirements:
        groups = [("anchor", m) for m in req.anchors] + [("element", m) for m in req.elements]
        if req.applies_when:
            groups.append(("applies", req.applies_when))
        yield req.id, groups


def context_classes():
    """medspaCy's ConText and ConTextRule, imported without NLTK.

    Importing any part of medspaCy runs its package `__init__`, which imports QuickUMLS, which imports
    NLTK at module level for a component this tool never builds: 0.36 of medspaCy's 0.45 s import,
    paid by every worker and every one-chart run. While medspaCy imports, `nltk` is a placeholder
    module; it is removed afterwards, so a later `import nltk` anywhere in the process gets the real
    one (only QuickUMLS keeps the placeholder, and QuickUMLS is never used here)."""
    import sys
    import types

    if "medspacy.context" not in sys.modules and "nltk" not in sys.modules:
        placeholder = types.ModuleType("nltk")
        placeholder.__doc__ = "chart-auditor: a stand-in for NLTK while medspaCy imports (see nlp.context_classes)"
        sys.modules["nltk"] = placeholder
        try:
            import medspacy.context  # noqa: F401
        finally:
            if sys.modules.get("nltk") is placeholder:
                del sys.modules["nltk"]
    from medspacy.context import ConText, ConTextRule

    return ConText, ConTextRule


def _quiet_third_party() -> None:
    """PyRuSH (pulled in by medspaCy) logs DEBUG lines through loguru; none of them is for our users."""
    try:
        from loguru import logger
    except ImportError:
        return
    for name in ("PyRuSH", "medspacy", "quickumls"):
        logger.disable(name)
