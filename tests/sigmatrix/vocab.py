"""Vocabulary of the signature matrix: labels, verbs, credentials, roles, names.

Every role expectation in the corpus is derived from the two tables here
(``ROLE_LABELS`` and ``CREDENTIALS``) by :func:`role_for`.
"""

RO = "radiation_oncologist"
MP = "medical_physicist"
DOS = "dosimetrist"
TH = "therapist"
RES = "resident"
ML = "mid_level"
OTH = "other_physician"
ROLES = (RO, MP, DOS, TH, RES, ML, OTH)

# A title label names the signer's role; it beats any credential.
ROLE_LABELS = {
    "Radiation Oncologist": RO, "Attending Physician": RO, "Physician": RO,
    "Attending": RO, "Treating Physician": RO,
    "Medical Physicist": MP, "Physicist": MP, "QMP": MP,
    "Qualified Medical Physicist": MP,
    "Dosimetrist": DOS, "CMD": DOS, "Medical Dosimetrist": DOS,
    "Radiation Therapist": TH, "Therapist": TH,
    "Resident": RES, "Fellow": RES, "Resident Physician": RES,
    "Nurse Practitioner": ML, "Physician Assistant": ML,
}
# Labels that say what was done, not who did it: the role comes from credentials.
ACTION_LABELS = ("Reviewed By", "Approved By", "Authenticated By", "Verified By", "Signed")
SIGNATURE_LABELS = ("Signature", "Electronic Signature")
NEUTRAL_LABELS = ACTION_LABELS + SIGNATURE_LABELS
LABELS = ("none",) + tuple(ROLE_LABELS) + NEUTRAL_LABELS

VERBS = (
    "Electronically signed by", "E-signed by", "Digitally signed by", "Signed by",
    "Approved by", "Authenticated by", "Verified by", "Reviewed and signed by",
    "Cosigned by", "Attested by", "/s/", "Finalized by", "Released by",
    "Confirmed by", "none",
)
ESIG_VERBS = ("Electronically signed by", "E-signed by", "Digitally signed by", "/s/")
# What a verb becomes inside a table's Signature cell.
VERB_CELL = {
    "Electronically signed by": "Electronically signed", "E-signed by": "E-signed",
    "Digitally signed by": "Digitally signed", "Signed by": "Signed",
    "Approved by": "Approved", "Authenticated by": "Authenticated",
    "Verified by": "Verified", "Reviewed and signed by": "Reviewed and signed",
    "Cosigned by": "Cosigned", "Attested by": "Attested", "Finalized by": "Finalized",
    "Released by": "Released", "Confirmed by": "Confirmed",
}
CERNER_VERB = "Electronically Signed on"

CREDENTIALS = {
    "MD": RO, "DO": RO, "M.D.": RO, "MBBS": RO, "MBBS, FRCR": RO, "FRCR": RO,
    "PhD": MP, "PhD, DABR": MP, "MS, DABR": MP, "DABR": MP, "MS": MP,
    "CMD": DOS, "MS, CMD": DOS,
    "RTT": TH, "R.T.(T)": TH, "R.T.(T)(ARRT)": TH,
    "NP": ML, "PA-C": ML, "APRN": ML, "RN": ML,
    "MD, PGY-3 Resident": RES, "MD, PGY-4": RES, "DO, Fellow": RES, "MD (Resident)": RES,
    "MD (Urology)": OTH, "MD, Radiology": OTH, "DO (Medical Oncology)": OTH,
    "MD (Gynecologic Oncology)": OTH,
    "none": "",
}
SINGLE_TOKEN_CREDS = ("MD", "DO", "M.D.", "MBBS", "FRCR", "PhD", "DABR", "MS", "CMD",
                      "RTT", "R.T.(T)", "NP", "PA-C", "APRN", "RN")
# Credentials that go with a "Dr." name form.
DOCTOR_CREDS = tuple(c for c, r in CREDENTIALS.items() if r in (RO, RES, OTH)) + (
    "PhD", "PhD, DABR", "none")


def compatible_creds(role):
    """Credentials a person holding a title of `role` plausibly writes."""
    out = [c for c, r in CREDENTIALS.items() if r == role]
    if role == RES:
        out += ["MD", "DO"]
    return out + ["none"]


def role_for(label, cred):
    """Expected role: a title label beats credentials; neutral/no label -> credentials."""
    if label in ROLE_LABELS:
        return ROLE_LABELS[label]
    return CREDENTIALS.get(cred, "")


REASONS = ("blank", "pending", "unsigned", "dictated-not-read", "signature-on-file",
           "stamp", "draft", "preliminary", "no-name", "not-a-name")
REASON_STATE = {
    "": "signed", "blank": "blank", "pending": "pending", "unsigned": "pending",
    "dictated-not-read": "invalid", "signature-on-file": "invalid", "stamp": "invalid",
    "draft": "invalid", "preliminary": "invalid", "no-name": "invalid",
    "not-a-name": "invalid",
}
DOC_LEVEL_REASONS = ("draft", "preliminary")
# Field values that follow a signing label but are not a person.
NOT_A_NAME = ("Gamma Index Summary", "Treatment Planning", "See attached", "Physics QA",
              "Record & Verify", "N/A", "Eclipse TPS", "Department Protocol",
              "MOSAIQ Workflow", "Attached Report")
NOT_A_NAME_LABELS = ("Reviewed By", "Approved By", "Signed", "Verified By", "Authenticated By")

# (given, middle initial, family, kind)
PEOPLE = (
    ("Dana", "J", "Roe", "plain"), ("Priya", "K", "Raman", "plain"),
    ("Marcus", "T", "Okafor", "plain"), ("Elena", "V", "Sokolova", "plain"),
    ("Hiroshi", "M", "Tanaka", "plain"), ("Aisha", "B", "Bello", "plain"),
    ("Tomasz", "A", "Nowak", "plain"), ("Grace", "L", "Whitfield", "plain"),
    ("Samuel", "O", "Adeyemi", "plain"), ("Lucia", "R", "Ferreira", "plain"),
    ("Wei", "H", "Zhang", "plain"), ("Fatima", "Z", "Haddad", "plain"),
    ("Jonas", "E", "Lindqvist", "plain"), ("Maya", "S", "Goldberg", "plain"),
    ("Kwame", "A", "Mensah", "plain"), ("Ingrid", "C", "Halvorsen", "plain"),
    ("Rafael", "D", "Ortiz", "plain"), ("Nadia", "I", "Petrova", "plain"),
    ("Owen", "P", "Brennan", "plain"), ("Leila", "F", "Karimi", "plain"),
    ("Anna", "M", "van der Berg", "particle"), ("Miguel", "A", "de la Cruz", "particle"),
    ("Sean", "P", "O'Neil", "punct"), ("Linh", "T", "Nguyen-Tran", "punct"),
    ("Ewan", "R", "McAllister", "mac"), ("Pieter", "J", "van Dijk", "particle"),
    ("Luca", "G", "Di Marco", "particle"), ("Ahmed", "S", "El-Sayed", "punct"),
    ("Jean-Luc", "F", "Dubois", "punct"), ("Aoife", "N", "MacNamara", "mac"),
    ("Kofi", "B", "Asante-Mensah", "punct"), ("Carla", "E", "da Silva", "particle"),
)
