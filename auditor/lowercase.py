"""Lower-cased text for cheap keyword pre-scans that stand in for case-insensitive regexes.

A pre-scan over `text.lower()` finds where a `re.I` pattern could match only if lower-casing keeps
every character in place and maps each letter the way `re.I` does. Three letters break that: İ, ı and
ſ match i/s under `re.I`, but lower() keeps ı and ſ and turns İ into two characters.
"""

from __future__ import annotations

import re

_UNLOWERABLE = re.compile("[\u0130\u0131\u017f]")


def lowered(text: str) -> str | None:
    """`text.lower()`, offset for offset, or None when a lower-cased pre-scan could miss a match."""
    if text.isascii():  # the common case, answered without a scan (CPython keeps the flag)
        return text.lower()
    if _UNLOWERABLE.search(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None
