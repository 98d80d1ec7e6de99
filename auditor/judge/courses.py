"""Courses and plans: which documents belong to which treated plan, so that each plan is judged on its own.

A plan is named by an identifier in capitals with underscores (PROS_VMAT_1, BOOST_VMAT, BOT_VMAT_2R)
that the chart writes after the word "plan", in a document's file name, or in a delivery record. When
the chart records deliveries, the plans it delivered are its courses (a plan replaced before treatment,
such as one that failed QA, is history); otherwise every plan named is. A document that names one plan
belongs to it; one that names none or several (the consult, a prescription listing every phase) is
shared by all. With fewer than two plans there is one course and nothing to split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import DATE_RE, date_of
from ..models import Document

_ID = re.compile(r"(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])")


@dataclass
class Course:
    plan: str
    documents: set[str] = field(default_factory=set)  # its own documents (shared ones are added by `members`)
    first_fraction: str = ""
    technique: str = ""

    def to_dict(self, shared: set[str]) -> dict:
        return {"plan": self.plan, "technique": self.technique, "first_fraction": self.first_fraction,
                "documents": sorted(self.documents), "shared_documents": sorted(shared)}


@dataclass
class CoursePlan:
    courses: list[Course]
    shared: set[str]
    superseded: dict[str, str]  # document -> why it is history (its plan was not delivered)
    plans: set[str] = field(default_factory=set)  # every plan the chart names (treated or not)

    def members(self, course: Course) -> set[str]:
        return course.documents | self.shared


def _ids(text: str):
    """Identifiers in capitals with underscores, found at each underscore (a pattern tried at every
    position of every document was this stage's cost)."""
    seen = -1
    i = text.find("_")
    while i >= 0:
        start = i
        while start > 0 and (text[start - 1].isupper() or text[start - 1].isdigit() or text[start - 1] == "_") and text[start - 1].isascii():
            start -= 1
        if start > seen:
            m = _ID.match(text, start)
            if m:
                seen = m.end()
                yield m
        i = text.find("_", max(i + 1, seen))


def _in_history(text: str, plan: str, policy) -> bool:
    """Every line naming `plan` puts it in the patient's history ("Prior radiation: SBRT ..., completed June
    2024 (plan RUL_SBRT_2024)"): the document mentions an earlier course; it is not that plan's report."""
    if policy.history is None:
        return False
    lines = [line for line in text.split("\n") if plan in line]
    return bool(lines) and all(policy.history.search(line) for line in lines)


def _in_name(path: str, plans: set[str]) -> set[str]:
    """The plans whose identifier the file name holds ("planproof_BOOST_VMAT.pdf" -> BOOST_VMAT)."""
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].upper()
    return {p for p in plans if re.search(rf"(?:^|[_\-\s]){re.escape(p)}(?:$|[_\-\s.])", stem)}


def split(documents: list[Document], policy) -> CoursePlan | None:
    """`policy`: the checklist's courses policy (structure prefixes, plan and delivery words)."""
    texts = {d.path: "\n".join(p.text for p in d.pages) for d in documents}
    found = {d.path: [m for m in _ids(texts[d.path]) if not policy.structure.match(m.group(0))] for d in documents}
    named: dict[str, set[str]] = {path: {m.group(0) for m in ms} for path, ms in found.items()}
    candidates = {i for ids in named.values() for i in ids}
    if len(candidates) < 2:
        return None
    delivered = _deliveries(texts, candidates, policy)
    plans = set(delivered) | {m.group(0) for path, ms in found.items() for m in ms
                              if policy.plan_word.search(texts[path][max(0, m.start() - 30): m.start()])}
    if len(plans) < 2 or not delivered:
        return None  # one plan, or no delivery record to say which plans were treated: one course
    treated = set(delivered)
    courses = {p: Course(p, first_fraction=delivered.get(p, "")) for p in sorted(treated)}
    shared, superseded = set(), {}
    for d in documents:
        by_name = _in_name(d.path, plans)
        own = by_name if len(by_name) == 1 else (named[d.path] & plans)
        if len(own) == 1:
            plan = next(iter(own))
            if plan in courses:
                courses[plan].documents.add(d.path)
            elif by_name or not _in_history(texts[d.path], plan, policy):
                superseded[d.path] = f"its plan {plan} was not delivered (the delivery record names {', '.join(sorted(treated))})"
            else:  # a consult that mentions a prior course's plan in its history is not that plan's document
                shared.add(d.path)
        else:
            shared.add(d.path)
    return CoursePlan(list(courses.values()), shared, superseded, plans)


def plans_named(quote: str, plans: set[str]) -> set[str]:
    """The chart's plans a passage names ("Dose-volume histograms for plan RUL_SBRT_2024 ... reviewed")."""
    return {m.group(0) for m in _ids(quote)} & plans if "_" in quote else set()


def _deliveries(texts: dict[str, str], plans: set[str], policy) -> dict[str, str]:
    """plan -> the first date a delivery record gives it (or "" when dated nowhere)."""
    out: dict[str, str] = {}
    for text in texts.values():
        rows = set(_log_rows(text, policy))
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            named = [p for p in plans if p in line]  # a substring test first: most lines name no plan
            row = start in rows
            if not named or not policy.delivery_line(line, row):
                continue
            if row and not policy.delivery_word.search(line):  # a log row names its plan first, then its fields
                named = [min(named, key=line.find)]
            for plan in named:
                if re.search(rf"(?<![A-Z0-9_]){re.escape(plan)}(?![A-Z0-9_])", line):
                    m = DATE_RE.search(line)
                    when = date_of(m.group(0)) if m else ""
                    if plan not in out or (when and (not out[plan] or when < out[plan])):
                        out[plan] = when
    return out


def _log_rows(text: str, policy) -> dict[int, str]:
    """Start offset -> line, for each dated row under a treatment log's header ("Fx  Date  Treated plan"),
    down to the first blank line."""
    rows: dict[int, str] = {}
    if policy.log_header is None:
        return rows
    for m in policy.log_header.finditer(text):
        start = text.find("\n", m.end())
        shape = None  # whether the rows begin with a digit (a fraction number, a date) or a word
        while start >= 0:
            end = text.find("\n", start + 1)
            line = text[start + 1: end if end >= 0 else len(text)]
            if not line.strip():
                break
            if DATE_RE.search(line):
                lead = line.lstrip()[:1].isdigit()
                if shape is not None and lead != shape:
                    break  # "Charges 77301 PELV_VMAT (20-Feb-2025) ..." under the rows: the log has ended
                shape = lead
                rows[start + 1] = line
            start = end
    return rows


def first_logged(documents: list[Document], policy) -> tuple[str, str]:
    """(date, document) of the earliest dated row of a treatment log ("Fx  Date  Plan" and its rows), or
    ("", ""): the first fraction as the treatment record writes it."""
    best = ("", "")
    for d in documents:
        for page in d.pages:
            for line in _log_rows(page.text, policy).values():
                if policy.delivery_line(line, True):
                    when = date_of(DATE_RE.search(line).group(0))
                    if when and (not best[0] or when < best[0]):
                        best = (when, d.path)
    return best


_SEVERITY = {"missing": 0, "incomplete": 1, "needs_review": 2, "met": 3, "not_applicable": 4}


def combine(per_course: list[tuple[str, object]]):
    """One finding per requirement for the chart: the most severe across its IMRT courses (missing >
    incomplete > needs review > met > not applicable), naming the course it comes from."""
    from dataclasses import replace

    course, worst = min(per_course, key=lambda cf: _SEVERITY[cf[1].status.value])
    others = [c for c, f in per_course if c != course]
    if len(per_course) == 1:
        return replace(worst, course=course)
    statuses = "; ".join(f"{c}: {f.status.value.replace('_', ' ')}" for c, f in per_course)
    return replace(worst, course=course, reason=f"Course {course}: {worst.reason} (courses: {statuses})",
                   fix=f"For course {course}: {worst.fix}" if worst.fix and others else worst.fix)
