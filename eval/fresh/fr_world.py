"""Invented clinics, people, date formats and signature layouts."""
import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def add_bd(d, n):
    """add n business days"""
    step = 1 if n >= 0 else -1
    while n:
        d += dt.timedelta(days=step)
        if d.weekday() < 5:
            n -= step
    return d


# DST: US second Sunday in March (9 Mar 2025); EU/UK last Sunday in March (30 Mar 2025); NSW first Sunday in April (6 Apr 2025)
def zone(region, d):
    if region == "us_e":
        return "EDT" if d >= dt.date(2025, 3, 9) else "EST"
    if region == "us_c":
        return "CDT" if d >= dt.date(2025, 3, 9) else "CST"
    if region == "us_m":
        return "MDT" if d >= dt.date(2025, 3, 9) else "MST"
    if region == "uk":
        return "BST" if d >= dt.date(2025, 3, 30) else "GMT"
    if region == "ie":
        return "IST" if d >= dt.date(2025, 3, 30) else "GMT"
    if region == "eu":
        return "CEST" if d >= dt.date(2025, 3, 30) else "CET"
    if region == "nsw":
        return "AEST" if d >= dt.date(2025, 4, 6) else "AEDT"
    return ""


class P:
    """a person"""
    def __init__(self, given, family, creds="", title="", honorific="", middle=""):
        self.given, self.family, self.creds, self.title = given, family, creds, title
        self.hon, self.middle = honorific, middle

    def full(self, hon=True, creds=True):
        s = ("%s " % self.hon if (hon and self.hon) else "") + self.given + (" " + self.middle if self.middle else "") + " " + self.family
        return s + (", " + self.creds if (creds and self.creds) else "")

    def initials(self, hon=True):
        ini = self.given[0] + "." + ((" " + self.middle[0] + ".") if self.middle else "")
        return ("%s " % self.hon if (hon and self.hon) else "") + ini + " " + self.family


def _t(tm):
    return "%02d:%02d" % tm


class Clinic:
    key = ""
    name = ""
    region = "us_e"
    a4 = False
    serif = False

    def d(self, day):           # plain date
        raise NotImplementedError

    def dtm(self, day, tm):      # date + time (+ zone)
        return "%s %s %s" % (self.d(day), _t(tm), zone(self.region, day))

    def header(self, title, pt, doc_date):
        return [("p", "%s  --  SYNTHETIC RECORD (invented patient, invented clinic)" % self.name),
                ("title", title),
                ("p", "Patient: %s    %s: %s    Date of birth: %s" % (pt.display(self), self.mrn_label, pt.mrn, pt.dob_text(self))),
                ("p", "Date: %s" % self.d(doc_date))]

    mrn_label = "MRN"


class UK(Clinic):
    key, region, a4 = "uk", "uk", True
    name = "Wrenfield University Hospitals NHS Foundation Trust, Cavendish Oncology Centre"
    mrn_label = "Hospital No."
    ro = P("Imogen", "Ashcombe", "MB BS, FRCR", "Consultant Clinical Oncologist", "Dr", "Rose")
    phys = P("Tomasz", "Wielgosz", "PhD, MIPEM", "Clinical Scientist, Radiotherapy Physics", "Dr")
    dosi = P("Rhiannon", "Pryce", "", "Clinical Technologist (Planning)")
    registrar = P("Kofi", "Mensah-Bright", "MB ChB, MRCP", "Specialty Registrar (ST5), Clinical Oncology", "Dr")

    def d(self, day):
        return "%s of %s %d" % (ordinal(day.day), MONTHS[day.month - 1], day.year)

    def sig(self, p, day, tm, kind="md"):
        if kind == "phys":
            return ["Authorised electronically by %s, %s (%s) on %s at %s" % (p.initials(), p.creds, p.title, self.d(day), _t(tm))]
        return ["Sign-off: %s (%s), %s -- %s, %s %s" % (p.initials(), p.title, p.creds, self.d(day), _t(tm), zone(self.region, day))]


class IE(Clinic):
    key, region, a4 = "ie", "ie", True
    name = "Ballinree University Hospital, Department of Radiation Oncology"
    mrn_label = "MRN"
    ro = P("Aoife", "Ni Bhriain", "MB BCh BAO, FFRRCSI", "Consultant Radiation Oncologist", "Dr")
    phys = P("Cathal", "O Murchu", "MSc, MIPEM", "Principal Physicist")
    dosi = P("Sorcha", "Kavanagh", "", "Senior Radiation Therapist (Planning)")

    def d(self, day):
        return "%04d.%02d.%02d" % (day.year, day.month, day.day)

    def sig(self, p, day, tm, kind="md"):
        return ["Verified and signed: %s, %s, %s -- %s %s" % (p.full(creds=False), p.creds, p.title, self.d(day), _t(tm))]


class AU(Clinic):
    key, region, a4 = "au", "nsw", True
    name = "Coorabell Cancer Care, Northern Rivers Radiation Oncology"
    mrn_label = "UR No."
    ro = P("Priya", "Venkataraman", "FRANZCR", "Radiation Oncologist", "Dr")
    phys = P("Liam", "O'Driscoll", "MSc, DABR", "Medical Physicist")
    dosi = P("Jacinta", "Moore", "", "Radiation Therapist")

    def d(self, day):
        return day.strftime("%d-%b-%Y")

    def sig(self, p, day, tm, kind="md"):
        return ["E-Signature: %s %s (%s) | Date: %s" % (p.initials(), p.creds, p.title, self.dtm(day, tm))]


class CA(Clinic):
    key, region = "ca", "us_e"
    name = "Laurentide Regional Cancer Centre / Centre regional de cancerologie Laurentide"
    mrn_label = "Chart No. / No de dossier"
    ro = P("Etienne", "Bouchard-Lavoie", "MD, FRCPC", "Radiation Oncologist", "Dr.")
    phys = P("Naomi", "Tremblay", "PhD, MCCPM", "Medical Physicist")
    dosi = P("Julie", "Gagnon", "RTT", "Dosimetrist")

    def d(self, day):
        return "%04d/%02d/%02d" % (day.year, day.month, day.day)

    def sig(self, p, day, tm, kind="md"):
        return ["Verified and signed by %s, %s (%s) -- %s" % (p.initials(), p.creds, p.title, self.dtm(day, tm))]


class ACAD(Clinic):
    key, region = "acad", "us_c"
    name = "Ridgemont University Medical Center, Department of Radiation Oncology"
    ro = P("Marcus", "Oyelaran-Whitby", "MD", "Attending Radiation Oncologist", "")
    fellow = P("Sana", "Qureshi", "MD", "Clinical Fellow, Radiation Oncology", "")
    np = P("Deborah", "Kincaid", "MSN, APRN, NP-C", "Nurse Practitioner, Radiation Oncology", "")
    phys = P("Gabriel", "Estevez", "PhD, DABR", "Medical Physicist")
    dosi = P("Tyler", "Brandvold", "CMD", "Dosimetrist")

    def d(self, day):
        return "%s %d, %d" % (MONTHS[day.month - 1], day.day, day.year)

    def dtm(self, day, tm):
        h, m = tm
        return "%s at %d:%02d %s %s" % (self.d(day), (h - 1) % 12 + 1, m, "PM" if h >= 12 else "AM", zone(self.region, day))

    def sig(self, p, day, tm, kind="md"):
        return ["Verified and signed: %s, %s (%s) -- %s" % (p.full(creds=False), p.creds, p.title, self.dtm(day, tm))]

    def attest(self, fellow, day, tm, what):
        return [("h", "Attending attestation"),
                ("p", "I reviewed the %s with Dr. %s, the fellow, and I agree with the findings and plan as documented above, "
                      "with the edits I made." % (what, fellow.family)),
                ("p", "Attending: %s, MD -- Verified and signed %s" % (self.ro.full(creds=False), self.dtm(day, tm)))]


class ES(Clinic):
    key, region, a4 = "es", "eu", True
    name = "Clinica Oncologica San Telmo, Servicio de Oncologia Radioterapica (Radiation Oncology Service)"
    mrn_label = "N.o Historia Clinica (MRN)"
    ro = P("Lucia", "Ferrer Ibanez", "MD", "Radiation Oncology", "Dra.")
    phys = P("Joaquin", "Arrieta Solis", "PhD", "Radiofisico / Medical Physicist", "Dr.")
    dosi = P("Marta", "Quiroga Lens", "", "Tecnica dosimetrista / Dosimetrist")

    def d(self, day):
        return "%02d/%02d/%04d" % (day.day, day.month, day.year)

    def header(self, title, pt, doc_date):
        h = Clinic.header(self, title, pt, doc_date)
        h.insert(2, ("p", "All dates in this document are written day/month/year (dd/mm/aaaa)."))
        return h

    def sig(self, p, day, tm, kind="md"):
        return ["Firmado electronicamente / Electronically signed: %s, %s (%s) -- %s" % (p.full(creds=False), p.creds, p.title, self.dtm(day, tm))]


class FR(Clinic):
    key, region, a4, serif = "fr", "eu", True, True
    name = "Centre de Radiotherapie du Val-de-Bievre (Val-de-Bievre Radiotherapy Centre)"
    mrn_label = "IPP / MRN"
    ro = P("Helene", "Marchetti-Roux", "MD", "Radiation Oncologist / oncologue radiotherapeute", "Dr")
    phys = P("Antoine", "Lefebvre-Daumal", "PhD", "Medical Physicist / physicien medical")
    dosi = P("Camille", "Dufresne", "", "Dosimetrist / dosimetriste")

    def d(self, day):
        return "%02d/%02d/%04d" % (day.day, day.month, day.year)

    def dtm(self, day, tm):
        return "%s at %02dh%02d" % (self.d(day), tm[0], tm[1])

    def header(self, title, pt, doc_date):
        h = Clinic.header(self, title, pt, doc_date)
        h.insert(2, ("p", "Dates: day/month/year (jj/mm/aaaa)."))
        return h

    def sig(self, p, day, tm, kind="md"):
        return ["Validated and signed by %s, %s (%s) on %s" % (p.initials(), p.creds, p.title, self.dtm(day, tm))]


class SMART(Clinic):
    key, region = "smart", "us_e"
    name = "Harlow Creek Oncology (community practice)"
    ro = P("Nathaniel", "Brightwater", "MD", "Radiation Oncology")
    phys = P("Rosalind", "Achterhof", "MS, DABR", "Medical Physicist")
    dosi = P("Kenji", "Alderton", "CMD", "Dosimetrist")

    def d(self, day):
        return "%02d/%02d/%04d" % (day.month, day.day, day.year)

    def sig(self, p, day, tm, kind="md"):
        return ["E-Signature: %s | Date: %s" % (p.full(creds=True), self.dtm(day, tm))]


class FAX(Clinic):
    key, region = "fax", "us_c"
    name = "Wexcombe Cancer Clinic, satellite site (records received by fax and transcribed)"
    ro = P("Ingrid", "Halvorsen-Mbeki", "MD", "Radiation Oncology")
    phys = P("Oren", "Castellano", "MS, DABR", "Medical Physicist")
    dosi = P("Bettina", "Lowry", "CMD", "Dosimetrist")

    def d(self, day):
        return day.strftime("%d-%b-%Y")

    def header(self, title, pt, doc_date):
        if "QA" in title:
            return [("p", "Wexcombe Cancer Clinic, main campus -- Medical Physics  --  SYNTHETIC RECORD (invented patient)"),
                    ("title", title),
                    ("p", "Patient: %s    MRN: %s    DOB: %s" % (pt.display(self), pt.mrn, pt.dob_text(self)))]
        tm = "21:50" if title.startswith("Plan summary") else "07:45"
        return [("mono", ["FAX RECEIVED %s %s  FROM: WEXCOMBE SATELLITE (555-0142)  PAGES: 2" % (self.d(doc_date), tm),
                          "TRANSCRIBED BY HIM SERVICES -- SYNTHETIC RECORD, INVENTED PATIENT",
                          "-" * 72]),
                ("title", title),
                ("p", "Patient: %s    MRN: %s    DOB: %s" % (pt.display(self), pt.mrn, pt.dob_text(self))),
                ("p", "Date of service: %s" % self.d(doc_date))]

    def sig(self, p, day, tm, kind="md"):
        if kind in ("phys", "md_qa"):
            return ["Electronically signed by %s, %s (%s) on %s" % (p.full(creds=False), p.creds, p.title, self.dtm(day, tm))]
        return ["Transcription verified and signed by %s, %s (%s) on %s" % (p.full(creds=False), p.creds, p.title, self.dtm(day, tm))]


class TWOCOL(Clinic):
    key, region = "twocol", "us_m"
    name = "Mesa Verde Regional Cancer Institute"
    ro = P("Ximena", "Ortega-Fairbanks", "MD", "Radiation Oncologist")
    phys = P("Desmond", "Okonkwo-Hale", "PhD, DABR", "Medical Physicist")
    dosi = P("Harlan", "Vickery", "CMD", "Medical Dosimetrist")

    def d(self, day):
        return "%02d %s %d" % (day.day, day.strftime("%b"), day.year)

    def sig(self, p, day, tm, kind="md"):
        return ["Signed: %s, %s (%s) -- %s" % (p.full(creds=False), p.creds, p.title, self.dtm(day, tm))]

    def two(self, left, right):
        """left/right: (person, day, tm) or a list of lines"""
        def col(x):
            if isinstance(x, list):
                return x
            p, day, tm = x
            return [p.title.upper(), "Signed: %s, %s" % (p.full(creds=False), p.creds), "Date/time: %s" % self.dtm(day, tm)]
        return ("cols", col(left), col(right))

    def stamp(self, p, day, tm):
        return ("box", ["** ELECTRONICALLY APPROVED **", "Approved by: %s, %s" % (p.full(creds=False), p.creds),
                        "Role: %s" % p.title, "On: %s" % self.dtm(day, tm)])


CLINICS = {c.key: c() for c in (UK, IE, AU, CA, ACAD, ES, FR, SMART, FAX, TWOCOL)}


class Patient:
    def __init__(self, family, given, mrn, dob, sex):
        self.family, self.given, self.mrn, self.dob, self.sex = family, given, mrn, dob, sex

    def display(self, clinic):
        if clinic.key in ("uk", "ie", "au"):
            return "%s %s" % (self.given, self.family.upper())
        if clinic.key in ("fax", "acad"):
            return "%s, %s" % (self.family.upper(), self.given.upper())
        return "%s, %s" % (self.family, self.given)

    def dob_text(self, clinic):
        return "%d %s %d" % (self.dob.day, MONTHS[self.dob.month - 1], self.dob.year)

    def name(self):
        return "%s, %s" % (self.family, self.given)
