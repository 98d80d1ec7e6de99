"""OCR-like damage and typing slips, deterministic for a given seed.

Real faxed-then-OCR'd notes swap "m" for "rn", "O" for "0", "l" for "1", and break lines in the middle
of words. Signature lines and identity lines are never passed through here: the point is to test
reading of the body, not to change who signed or which patient it is.
"""

from __future__ import annotations

import random
import re

SWAPS = (("m", "rn"), ("O", "0"), ("l", "1"), ("I", "l"), ("e", "c"), ("cl", "d"), ("h", "b"))


def ocr(text: str, rate: float, seed: str) -> str:
    if rate <= 0:
        return text
    r = random.Random(seed)
    words = re.split(r"(\s+)", text)
    out = []
    for w in words:
        if w.strip() and len(w) > 3 and r.random() < rate:
            src, dst = SWAPS[r.randrange(len(SWAPS))]
            if src in w:
                i = w.index(src)
                w = w[:i] + dst + w[i + len(src):]
        out.append(w)
    return "".join(out)


def hard_wrap(text: str, width: int, seed: str) -> str:
    """Break lines at a fixed column, sometimes mid-word, the way a narrow fax column does."""
    r = random.Random(seed + "wrap")
    lines, cur = [], ""
    for word in text.split(" "):
        if len(cur) + len(word) + 1 > width:
            if len(word) > 6 and r.random() < 0.35:
                cut = max(3, width - len(cur) - 1)
                cut = min(cut, len(word) - 2)
                lines.append((cur + " " + word[:cut]).strip())
                cur = word[cut:]
                continue
            lines.append(cur)
            cur = word
        else:
            cur = (cur + " " + word).strip()
    lines.append(cur)
    return "\n".join(lines)
