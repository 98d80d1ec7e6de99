"""Name forms: how a person's name (plus credentials) is written, and what the
parser is expected to read back as family / given."""

from .vocab import SINGLE_TOKEN_CREDS

NAME_FORMS = (
    "first-last",            # Dana Roe
    "first-mi-last",         # Dana J. Roe
    "last-comma-first",      # Roe, Dana
    "upper-last-first-mi",   # ROE, DANA J
    "upper-last-cred-first", # ROE MD, DANA   (Cerner style; credential inside)
    "dr-initial-last",       # Dr. D. Roe
    "dr-last",               # Dr Roe / Dr. Roe
    "initial-last",          # D. Roe
    "initial-nodot-last",    # D Roe   (single-initial given name)
)
DR_FORMS = ("dr-initial-last", "dr-last")


def _initial(given):
    return given[0]


def render_name(person, form, cred, rng):
    """Return (text, family, given) for `person` written in `form` with `cred`.

    `family` is the family name exactly as written (case kept); `given` is the
    given name or initial as written, without a trailing period ("" if none).
    """
    given, mi, family, _kind = person
    cred = "" if cred == "none" else cred
    if form == "upper-last-cred-first":
        assert cred in SINGLE_TOKEN_CREDS, (form, cred)
        fam, giv = family.upper(), given.upper()
        tail = f" {mi}" if rng.random() < 0.3 else ""
        return f"{fam} {cred}, {giv}{tail}", fam, giv
    if form == "first-last":
        text, fam, giv = f"{given} {family}", family, given
    elif form == "first-mi-last":
        text, fam, giv = f"{given} {mi}. {family}", family, given
    elif form == "last-comma-first":
        text, fam, giv = f"{family}, {given}", family, given
    elif form == "upper-last-first-mi":
        fam, giv = family.upper(), given.upper()
        text = f"{fam}, {giv} {mi}"
    elif form == "dr-initial-last":
        text, fam, giv = f"Dr. {_initial(given)}. {family}", family, _initial(given)
    elif form == "dr-last":
        dr = "Dr" if rng.random() < 0.5 else "Dr."
        text, fam, giv = f"{dr} {family}", family, ""
    elif form == "initial-last":
        text, fam, giv = f"{_initial(given)}. {family}", family, _initial(given)
    elif form == "initial-nodot-last":
        text, fam, giv = f"{_initial(given)} {family}", family, _initial(given)
    else:
        raise ValueError(form)
    if cred:
        simple = cred in ("MD", "DO", "PhD", "RN", "NP") and "," not in text
        sep = " " if simple and rng.random() < 0.3 else ", "
        text = f"{text}{sep}{cred}"
    return text, fam, giv


def short_name(person):
    """Typed-signature form used in a table Signature cell: 'D. Roe'."""
    given, _mi, family, _kind = person
    return f"{given[0]}. {family}"
