"""Who must act: a finding names roles; the chart's own signatures say who holds each role.

The name shown beside a role is the person who signs most often in that role in this chart (e.g. the
radiation oncologist who signed the prescription is the one asked to sign the DVH review).
"""

from __future__ import annotations

from collections import Counter

from .labels import role_label, roles_in


def chart_staff(chart: dict) -> dict[str, str]:
    """role code -> the name most often signing in that role in this chart (ties: alphabetical)."""
    counts: dict[str, Counter] = {}
    seen = set()
    for finding in chart.get("findings", []):
        for sig in finding.get("signatures", []):
            key = (sig.get("document"), sig.get("page"), sig.get("start"))
            name, role = (sig.get("name") or "").strip(), sig.get("role") or ""
            if not name or not role or key in seen:
                continue
            seen.add(key)
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
