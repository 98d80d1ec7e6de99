"""Date and time forms, and their expected ISO / 24h readings."""

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DATE_FORMS = (
    "mdy-slash",      # 02/11/2025
    "mdy-short",      # 2/11/25
    "iso",            # 2025-02-11
    "dmy-abbr",       # 11-Feb-2025
    "mon-d-y",        # Feb 11, 2025
    "month-ordinal",  # February 11th, 2025
    "d-month-y",      # 11 February 2025
    "dmy-dot",        # 11.02.2025 (day first; declared when the day is <= 12)
    "none",
)
TIME_FORMS = ("hm", "hms", "12h", "none")      # 11:20 | 11:20:05 | 2:15 PM
ZONES = ("EST", "CST", "CDT", "PST", "UTC", "+01:00", "none")
DECLARATION = "Date convention: DD.MM.YYYY (day first)"


def _ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(d, form):
    mon = MONTHS[d.month - 1]
    if form == "mdy-slash":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if form == "mdy-short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if form == "iso":
        return d.isoformat()
    if form == "dmy-abbr":
        return f"{d.day:02d}-{mon[:3]}-{d.year}"
    if form == "mon-d-y":
        return f"{mon[:3]} {d.day}, {d.year}"
    if form == "month-ordinal":
        return f"{mon} {_ordinal(d.day)}, {d.year}"
    if form == "d-month-y":
        return f"{d.day} {mon} {d.year}"
    if form == "dmy-dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(form)


def fmt_time(t, form):
    h, m, s = t
    if form == "hm":
        return f"{h:02d}:{m:02d}"
    if form == "hms":
        return f"{h:02d}:{m:02d}:{s:02d}"
    if form == "12h":
        h12 = h % 12 or 12
        return f"{h12}:{m:02d} {'PM' if h >= 12 else 'AM'}"
    raise ValueError(form)


def hhmm(t):
    return f"{t[0]:02d}:{t[1]:02d}"
