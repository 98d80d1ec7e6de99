"""One chart, start to finish: discover -> ingest -> segment -> nlp -> evidence -> evaluate.

`Auditor` holds what is built once per process (the checklist, the language rules and the spaCy
engine) and audits one chart at a time, so a pool of workers each builds it once.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .checklist import Checklist, load_checklist
from .discover import chart_files
from .evaluate import ChartFacts, evaluate
from .evidence import SectionLocator, anchor_evidence, form_answers, group_hits, table_evidence
from .identity import chart_identity
from .ingest import ingest
from .language import load_language
from .limits import DEFAULT_LIMITS, Limits
from .models import UNREADABLE, ChartResult, Document, Evidence, Problem
from .people import Roster
from .segment import Headings, sentences
from .signature_grammar import grammar
from .signatures import find_signatures
from .signatures.chart import attested_entries, one_key_per_person
from .judge.chart import JudgementBuilder
from .judge.courses import combine, plans_named, split


class Auditor:
    def __init__(self, checklist: str | Path | Checklist = "imrt-lcd", roster: Roster | dict[str, str] | None = None,
                 charges_file: Path | None = None, limits: Limits = DEFAULT_LIMITS):
        self.limits = limits
        self.checklist = checklist if isinstance(checklist, Checklist) else load_checklist(checklist)
        self.language = load_language()
        self.headings = Headings(self.language.section_headings)
        # requirements a table can show: their document-scope elements are wanted in documents with tables
        self._tabled = frozenset(r.id for r in self.checklist.requirements if r.tables)
        self.roster = roster if isinstance(roster, Roster) else Roster.from_mapping(roster or {})
        self.grammar = grammar()
        self.charges_file = charges_file
        self._engine = None
        self._charges = None

    @property
    def engine(self):
        if self._engine is None:
            from .nlp import Engine  # spaCy and medspaCy load here, once per process

            self._engine = Engine(self.checklist, list(self.language.context_rules))
        return self._engine

    def record(self, result: ChartResult, chart_dir: Path | None) -> dict:
        """The chart's results.json entry: findings, documents and, when the chart has charges, the
        pre-bill charge check (a `charges.csv` in the folder, or this chart's rows of `--charges FILE`)."""
        from .charges.wiring import chart_charges
        from .results import chart_dict

        data = chart_dict(result)
        rules, fees, groups = self._charge_context()
        if groups is None:
            data.update(chart_charges(result, chart_dir, rules=rules, fees=fees))
        else:
            rows, problems = groups.get(result.chart_id, ([], []))
            data.update(chart_charges(result, chart_dir, rows=rows, problems=problems, rules=rules, fees=fees))
        return data

    def _charge_context(self):
        if self._charges is None:
            from .charges import load_coding_rules, load_fees, read_charges_csv, rows_by_chart

            rules, fees, groups = load_coding_rules(), load_fees(), None
            if self.charges_file is not None:
                groups = rows_by_chart(*read_charges_csv(self.charges_file, batch=True, rules=rules))
            self._charges = (rules, fees, groups)
        return self._charges

    def audit_chart(self, chart_dir: Path, chart_id: str | None = None, read=None) -> ChartResult:
        """`read(path) -> Document` replaces plain ingestion (the batch workers add a cache and a time limit)."""
        chart_dir = Path(chart_dir)
        files, skipped = chart_files(chart_dir)
        read = read or (lambda f: ingest(f, chart_dir, self.limits))
        documents = [read(f) for f in files]
        chart_id = chart_id or chart_dir.name
        return self.audit_documents(documents, chart_id, chart_problems(skipped, documents), self.charge_codes(chart_dir, chart_id))

    def charge_codes(self, chart_dir: Path | None, chart_id: str) -> list[tuple[str, str]]:
        """(date of service, code) of the chart's charges (its charges.csv, or its rows of --charges):
        the technique and the timeline read them (77301's date of service, the first delivered fraction)."""
        rules, _, groups = self._charge_context()
        if groups is not None:
            rows = groups.get(chart_id, ([], []))[0]
        else:
            from .charges import read_charges_csv
            from .discover import CHARGES_FILE

            path = Path(chart_dir) / CHARGES_FILE if chart_dir is not None else None
            rows = read_charges_csv(path, rules=rules)[0] if path is not None and path.is_file() else []
        return [(r.date, r.code) for r in rows]

    def audit_documents(self, documents: list[Document], chart_id: str, problems=(), charges=()) -> ChartResult:
        """`charges`: (date of service, code) of the chart's charge lines, when it has any."""
        evidence: dict[str, list[Evidence]] = {r.id: [] for r in self.checklist.requirements}
        applies: dict[str, list[Evidence]] = {r.id: [] for r in self.checklist.requirements}
        signatures = {}
        judge = JudgementBuilder(self.checklist.judgement, self.engine.reading)
        for doc in documents:
            sents = sentences(doc, self.headings)
            locator = SectionLocator(sents)
            signatures[doc.path] = find_signatures(doc, self.roster, locator.at, self.grammar)
            tabled = self._tabled if doc.tables else frozenset()
            by_req = group_hits(self.engine.hits(sents, tabled)) if sents else {}
            answers = form_answers(doc)
            kinds = set()
            for req in self.checklist.requirements:
                hits = by_req.get(req.id, [])
                tables = table_evidence(req, doc, locator, hits)
                shown = {el for t in tables for el in t.elements}
                found = anchor_evidence(req, doc, hits, shown, answers) + tables
                evidence[req.id] += found
                kinds |= {req.id} if found else set()
                applies[req.id] += _gate_evidence(req.id, doc, hits)
            judge.add(doc, sents, locator, kinds)
        patient, foreign, foreign_pages = chart_identity(documents)
        signatures = one_key_per_person(signatures, self.roster)
        attested = attested_entries(documents, signatures, self.grammar)
        unreadable = _unreadable(documents, problems)
        judgement = judge.build(documents, evidence, signatures, foreign, charges)
        plan = self._courses(documents, foreign)
        if plan is None:
            facts = ChartFacts(evidence, applies, signatures, foreign, unreadable, attested, judgement, foreign_pages)
            findings = tuple(evaluate(req, facts) for req in self.checklist.requirements)
            summary = _judgement_dict(judgement)
        else:
            findings, summary = self._by_course(plan, documents, evidence, applies, signatures, foreign, unreadable, attested,
                                                judge, charges, judgement, foreign_pages)
        return ChartResult(chart_id, tuple(documents), findings, patient, tuple(problems), judgement=summary)

    def _courses(self, documents, foreign):
        policy = self.checklist.judgement.courses if self.checklist.judgement else None
        return split([d for d in documents if d.path not in foreign], policy) if policy is not None else None

    def _by_course(self, plan, documents, evidence, applies, signatures, foreign, unreadable, attested, judge, charges, chart_j,
                   foreign_pages):
        """Each treated plan judged on its own documents and the shared ones; the chart's finding is the
        most severe across its IMRT courses. A chart with no IMRT course is judged as a whole (not IMRT)."""
        per_req: dict[str, list] = {r.id: [] for r in self.checklist.requirements}
        courses = []
        treated = {c.plan for c in plan.courses}
        pages = {(d.path, p.number): plans_named(p.text, treated) for d in documents if d.path in plan.shared for p in d.pages}
        for course in plan.courses:
            members = plan.members(course)
            docs = [d for d in documents if d.path in members or d.path in foreign]
            j = judge.build(docs, evidence, signatures, foreign, charges, course.first_fraction, course.documents)
            course.technique = j.technique.technique if j and j.technique else "imrt"
            courses.append(course.to_dict(plan.shared))
            if course.technique != "imrt":
                continue
            pick = lambda d: {rid: [e for e in evs if e.document in members or e.document in foreign] for rid, evs in d.items()}  # noqa: E731
            own = {rid: [_of_course(e, course.plan, plan.plans, pages) for e in evs] for rid, evs in pick(evidence).items()}
            # a signature on a shared packet's page that names only other treated plans signs that plan's report
            signed = {path: [x for x in sigs if course.plan in (pages.get((path, x.page)) or {course.plan})] for path, sigs in signatures.items()}
            facts = ChartFacts(own, pick(applies), signed, foreign, unreadable, attested, j, foreign_pages)
            for req in self.checklist.requirements:
                per_req[req.id].append((course.plan, evaluate(req, facts)))
        if not any(per_req.values()):  # no IMRT course: the chart is judged as a whole
            facts = ChartFacts(evidence, applies, signatures, foreign, unreadable, attested, chart_j, foreign_pages)
            findings = tuple(evaluate(req, facts) for req in self.checklist.requirements)
        else:
            findings = tuple(combine(per_req[req.id]) for req in self.checklist.requirements)
        summary = _judgement_dict(chart_j)
        summary["courses"] = courses
        summary["superseded"] = [{"document": d, "why": why} for d, why in sorted(plan.superseded.items())]
        return findings, summary


def _of_course(e: Evidence, course: str, plans: set[str], pages: dict) -> Evidence:
    """A passage that names other plans of the chart and not this course's is about those plans (a DVH
    review copied forward from the prior course): for this course it is history, not evidence. So is a
    passage on a page of a shared packet that names only other treated plans (the pelvic plan's QA report
    inside a chart copy that holds both courses' reports)."""
    named = plans_named(e.quote, plans) or pages.get((e.document, e.page), set())
    if not named or course in named:
        return e
    return replace(e, historical=True, explanation=f"{e.explanation}; it names plan {', '.join(sorted(named))}, "
                                                    f"not this course's plan {course}: it is about that plan")


def _judgement_dict(j) -> dict:
    """What the chart report shows of the judgement: the technique and the timeline."""
    if j is None:
        return {}
    return {"technique": j.technique.to_dict() if j.technique else None, "timeline": j.timeline.to_list(),
            "first_fraction": j.timeline.first_fraction, "dos_77301": j.timeline.dos_77301,
            "qa": {doc: {"outcome": o.outcome, "reason": o.reason, "date": o.date} for doc, o in sorted(j.qa.items())}}


def chart_problems(skipped, documents) -> list[Problem]:
    """Chart-level problems: every skipped file with its reason, and an empty folder."""
    problems = [Problem(s.code, s.message()) for s in skipped]
    if not documents:
        problems.append(Problem("empty-chart", "the chart folder holds no documents to read"))
    return problems


def _gate_evidence(rid: str, doc: Document, hits) -> list[Evidence]:
    return [
        Evidence(rid, f"{rid}/applies:{h.matcher}", doc.path, h.sentence.page, h.start, h.end,
                 h.sentence.text.strip(), h.match, negated=h.negated, hypothetical=h.hypothetical, unchecked=h.unchecked)
        for h in hits if h.kind == "applies"
    ]


def _unreadable(documents: list[Document], chart_problems=()) -> list[str]:
    """What could not be read, by the one definition (`models.UNREADABLE`): documents and folders."""
    out = [p.message for p in chart_problems if p.code in UNREADABLE]
    for doc in documents:
        for p in doc.problems:
            if p.code in UNREADABLE:
                where = f" p.{p.page}" if p.page else ""
                out.append(f"{doc.path}{where}: {p.message}")
    return out
