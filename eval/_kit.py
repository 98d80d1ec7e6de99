"""Shorthands shared by the chart tables."""

from __future__ import annotations

import datetime as dt  # noqa: F401  (re-exported for the chart tables)

import _styles_aria as AR  # noqa: F401
import _styles_dictated as DI  # noqa: F401
import _styles_forms as FM  # noqa: F401
import _styles_mosaiq as MQ  # noqa: F401
from _model import NA_UNREADABLE, ChartDef, either, inc, met, miss, na, nr  # noqa: F401


def D(builder, path: str, **kw):
    """One document of a chart: builder(ctx, path, **kw). Generic options: damage, noise, other, wrap."""
    return (builder, path, kw)


SIG3 = ("table", [("cmd", "signed"), ("phys", "signed"), ("md", "signed")])
PHYS_ONLY = ("lines", [("phys", "label", "signed")])
COMP_GEOMETRY = ("static", (0, 50, 100, 155, 205, 260, 310))

# reasons reused across charts (each chart still says which document holds the evidence)
PD_TABLE = "ruled field table lists every beam with its gantry angle"
PD_ARCS = "VMAT arc table gives each arc's start/stop gantry angle and direction"
