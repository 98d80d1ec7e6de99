"""Who must act: a finding names roles; the chart's own signatures say who holds each role.

The name shown beside a role is the person who signs most often in that role in this chart (e.g. the
radiation oncologist who signed the prescription is the one asked to sign the DVH review).
"""

from __future__ import annotations

from collections import Counter

from ..people import unify
from .labels import role_label, roles_in


def _signatures(chart: dict):
    seen = set()
    for finding in chart.get("findings", []):
        for sig in finding.get("signatures", []):
            key = (sig.get("document"), sig.get("page"), sig.get("start"))
            if key not in seen:
                seen.add(key)
                yield sig


def batch_people(charts: list[dict]) -> dict[str, str]:
    """person key -> the display name of the human it is, across every chart of a batch: 'Dr. D. Roe'
    in one chart and 'ROE, DANA' in another are one physician on the dashboard."""
    sigs = [s for c in charts for s in _signatures(c) if s.get("person")]
    mapping = unify(s["person"] for s in sigs)
    names: dict[str, Counter] = {}
    for s in sigs:
        names.setdefault(mapping.get(s["person"], s["person"]), Counter())[(s.get("name") or "").strip()] += 1
    # the fullest form of the name, then the most often written
    best = {k: sorted(c.items(), key=lambda kv: (-len(kv[0]), -kv[1], kv[0]))[0][0] for k, c in names.items()}
    return {key: best[canonical] for key, canonical in mapping.items()}


def chart_staff(chart: dict, people: dict[str, str] | None = None) -> dict[str, str]:
    """role code -> the person most often signing in that role in this chart (ties: alphabetical),
    one person per key (`people`: person key -> display name, e.g. from `batch_people`)."""
    people = people if people is not None else batch_people([chart])
    counts: dict[str, Counter] = {}
    for sig in _signatures(chart):
        role = sig.get("role") or ""
        name = people.get(sig.get("person") or "") or (sig.get("name") or "").strip()
        if name and role:
            counts.setdefault(role, Counter())[name] += 1
    return {role: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for role, c in counts.items()}


def responsible_people(finding: dict, staff: dict[str, str]) -> list[dict]:
    """[{role, role_label, name, text}] for the roles a finding names; its raw text when no role is recognised."""
    raw = (finding.get("responsible") or "").strip()
    codes = roles_in(raw)
    if not codes:
        return [{"role": "", "role_label": raw, "name": "", "text": raw}] if raw else []
    people = []
    for code in codes:
        name = staff.get(code, "")
        label = role_label(code)
        people.append({"role": code, "role_label": label, "name": name, "text": f"{label} ({name})" if name else label})
    return people


def responsible_text(finding: dict, staff: dict[str, str]) -> str:
    texts = [p["text"] for p in responsible_people(finding, staff)]
    if len(texts) <= 1:
        return "".join(texts)
    return ", ".join(texts[:-1]) + " and " + texts[-1]


def physician(staff: dict[str, str]) -> str:
    return staff.get("radiation_oncologist", "")
