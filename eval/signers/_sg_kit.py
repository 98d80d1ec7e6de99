"""Shorthands for the chart tables (SYNTHETIC)."""
from __future__ import annotations

import datetime as dt

from _sg_model import REQ_IDS, Chart, E, doc  # noqa: F401  (re-exported)
from _sg_sigs import S  # noqa: F401

KEYS = {"pgc": "plan-goals-constraints", "nst": "necessity-statement", "ncr": "necessity-criterion",
        "img": "image-review", "dvh": "dvh-review", "por": "portal-description",
        "dos": "dosimetric-verification", "cmp": "compensator-design"}

NA = E("not_applicable", "MLC-delivered IMRT/VMAT; the chart documents no compensator-based IMRT")
NA_TOMO = E("not_applicable", "helical tomotherapy with a binary MLC; no compensator-based IMRT")


def C(chart_id, style, description, clinic, patient, site, base, docs, staff=None, problems=None, **exp):
    y, m, d = (int(x) for x in base.split("-"))
    expect = {KEYS[k]: exp[k] for k in KEYS}
    assert list(expect) == REQ_IDS
    return Chart(chart_id, style, description, clinic, patient, site, dt.date(y, m, d), docs, expect,
                 problems or {}, staff or {})


def met(why, criteria=None):
    return E("met", why, criteria)


def inc(why, criteria=None):
    return E("incomplete", why, criteria)


def RO(ctx_role="ro", label="Radiation Oncologist", day=1, t="08:05", **kw):
    return S("role", ctx_role, label, day, t, **kw)


def PHYS(label="Medical Physicist", day=0, t="11:20", **kw):
    return S("role", "phys", label, day, t, **kw)
