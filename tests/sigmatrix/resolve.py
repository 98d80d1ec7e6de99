"""Make a drawn combination of dimension values coherent before rendering.

Sampling draws every dimension independently; this module turns the draw into a
signature slot that a real chart could contain (e.g. a "not-a-name" slot has no
person, a rule-line signature needs a signing verb, a "Dr." name is not paired
with RTT).  The values kept here are the ones recorded in ``case.dimensions``.
"""

from .dates import DATE_FORMS
from .people import DR_FORMS, NAME_FORMS
from .vocab import (ACTION_LABELS, CERNER_VERB, CREDENTIALS, DOCTOR_CREDS, ESIG_VERBS,
                    NOT_A_NAME, NOT_A_NAME_LABELS, OTH, RES, ROLE_LABELS, SIGNATURE_LABELS,
                    SINGLE_TOKEN_CREDS, VERBS, compatible_creds)

KEEP_MISMATCH_REPLACE = 0.85    # else the mismatch is kept: the title label wins
SIGNED_LIKE = ("", "draft", "preliminary", "dictated-not-read", "stamp")
NO_DATE = ("blank", "pending", "unsigned", "signature-on-file")
CERNER_DATED = ("", "draft", "preliminary", "dictated-not-read", "no-name")
REAL_VERBS = tuple(v for v in VERBS if v != "none")
DATED_FORMS = tuple(f for f in DATE_FORMS if f != "none")


def _fix_person(sig, placement, rng):
    if sig.reason in ("not-a-name", "no-name"):
        sig.person, sig.name_form, sig.cred = None, "-", "none"
    elif sig.reason == "blank" and rng.random() < 0.4:
        if not (placement == "table" and sig.label not in ROLE_LABELS):
            sig.person, sig.name_form, sig.cred = None, "-", "none"


def _fix_reason(sig, placement, rng):
    rs = sig.reason
    if rs == "not-a-name":
        labels = NOT_A_NAME_LABELS if placement != "table" else NOT_A_NAME_LABELS[:2]
        if sig.label not in labels:
            sig.label = rng.choice(labels)
        sig.verb = "none"
        sig.thing = rng.choice(NOT_A_NAME)
        if rng.random() < 0.5:
            sig.date_form = "none"
    elif rs == "no-name":
        if sig.verb == "none":
            sig.verb = rng.choice(REAL_VERBS)
        if sig.label in ACTION_LABELS:
            sig.label = "none"
    elif rs in ("blank", "pending", "unsigned", "signature-on-file"):
        sig.verb = "none"
        if rs == "blank" and sig.label == "none" and placement not in ("table", "cerner-block"):
            sig.label = "Signature"


def _fix_roles(sig, placement, rng):
    if sig.person is None:
        return
    label_role = ROLE_LABELS.get(sig.label)
    cred_role = CREDENTIALS[sig.cred]
    if not (label_role and cred_role) or cred_role == label_role:
        return
    if cred_role in (OTH, RES):
        # A trainee / other-specialty credential under a title would contradict it.
        sig.label = rng.choice(("Reviewed By", "Approved By", "none"))
    elif rng.random() < KEEP_MISMATCH_REPLACE:
        sig.cred = rng.choice(compatible_creds(label_role))
    # else: kept on purpose -- the title label beats the credential.


def _fix_labels_for_placement(sig, placement, rng):
    if placement == "table" and sig.label in SIGNATURE_LABELS + ("Signed",):
        sig.label = "none" if sig.person else rng.choice(("Reviewed By", "Approved By"))
    if placement == "cerner-block" and sig.label in SIGNATURE_LABELS:
        sig.label = "none"


def _fix_verb(sig, placement, rng):
    if placement == "cerner-block":
        sig.verb = CERNER_VERB if sig.reason in CERNER_DATED else "none"
        return
    if sig.reason not in SIGNED_LIKE + ("no-name",):
        return
    neutral = sig.label in ACTION_LABELS + SIGNATURE_LABELS
    if neutral and sig.verb not in ESIG_VERBS + ("none",):
        sig.verb = rng.choice(ESIG_VERBS + ("none",))
    if placement == "rule-line" and sig.verb == "none":
        sig.verb = rng.choice(ESIG_VERBS if neutral else REAL_VERBS)
    if placement == "next-line" and sig.label == "none" and sig.verb in ("none", "/s/"):
        sig.verb = rng.choice(tuple(v for v in REAL_VERBS if v != "/s/"))
    if placement == "same-line" and sig.label == "none" and sig.verb == "none":
        sig.verb = rng.choice(REAL_VERBS)


def _fix_name_form(sig, rng):
    if sig.person is None:
        return
    if sig.name_form in DR_FORMS and sig.cred not in DOCTOR_CREDS:
        sig.name_form = rng.choice([f for f in NAME_FORMS
                                    if f not in DR_FORMS and f != "upper-last-cred-first"])
    if sig.name_form == "upper-last-cred-first" and sig.cred not in SINGLE_TOKEN_CREDS:
        sig.name_form = "upper-last-first-mi"


def _fix_dates(sig, placement, rng):
    if sig.reason in NO_DATE:
        sig.date_form = "none"
    if placement == "cerner-block" and sig.reason in CERNER_DATED and sig.date_form == "none":
        sig.date_form = rng.choice(DATED_FORMS)
    if sig.date_form == "none":
        sig.time_form = "none"
    if sig.time_form == "none":
        sig.zone = "none"


def resolve(sig, placement, rng):
    """Mutate `sig` in place so it can be rendered at `placement` (an inner placement)."""
    _fix_person(sig, placement, rng)
    _fix_roles(sig, placement, rng)
    _fix_reason(sig, placement, rng)
    _fix_labels_for_placement(sig, placement, rng)
    _fix_verb(sig, placement, rng)
    _fix_name_form(sig, rng)
    _fix_dates(sig, placement, rng)
    return sig
