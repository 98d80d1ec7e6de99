"""Fictional clinics, staff and patients (all SYNTHETIC; any likeness to real people is accidental)."""
from __future__ import annotations

import datetime as dt

from _sg_model import Clinic, Patient, Person

P = Person

# --- staff -------------------------------------------------------------------------------------
VANCE = P("Teodora", "Vance", "MD", "ro", "Radiation Oncologist", "R")
LINDGREN = P("Marcus", "Lindgren", "PhD, DABR", "phys", "Medical Physicist")
JENNINGS = P("Carla", "Jennings", "CMD", "dosi", "Medical Dosimetrist")

QUINTERO = P("Rafael", "Quintero-Baird", "MD", "ro", "Radiation Oncologist", "A")
TANABE = P("Yuki", "Tanabe", "MS, DABR", "phys", "Medical Physicist")
MORROW = P("Dale", "Morrow", "CMD", "dosi", "Dosimetrist")

SOLBERG = P("Ingrid", "Solberg", "MD", "ro", "Attending Radiation Oncologist", "K")
PEREIRA = P("Jonah", "Pereira", "MD", "res", "PGY-3 Resident")
ADEYEMI = P("Oluwaseun", "Adeyemi", "PhD, DABR", "phys", "Medical Physicist")
HOLT = P("Brenna", "Holt", "CMD", "dosi", "Dosimetrist")

ASANTE = P("Kwame", "Asante", "DO", "ro", "Radiation Oncologist", "E")
OLIVEIRA = P("Beatriz", "Oliveira", "MS, DABR", "phys", "Medical Physicist")
HALDANE = P("Gregory", "Haldane", "MD", "uro", "Urology")
NAKASHIMA = P("Ren", "Nakashima", "CMD", "dosi", "Dosimetrist")

RAMAN = P("Priya", "Raman", "MD", "ro", "Attending Radiation Oncologist", "S")
MARCHETTI = P("Sofia", "Marchetti", "MD", "fellow", "Radiation Oncology Fellow")
KOWALCZYK = P("Stefan", "Kowalczyk", "PhD, DABR", "phys", "Medical Physicist")
CASTILLO = P("Renee", "Castillo", "NP", "np", "Nurse Practitioner")
WU = P("Derek", "Wu", "PA-C", "pa", "Physician Assistant")
BANKS = P("Lori", "Banks", "RN", "rn", "Nurse Navigator")
FAIRCHILD = P("Owen", "Fairchild", "CMD", "dosi", "Dosimetrist")

HARTMANN = P("Lena", "Hartmann", "MD", "ro", "Radiation Oncologist", "M")
VOSS = P("Anselm", "Voss", "PhD, DABR", "phys", "Medical Physicist")
DUARTE = P("Inês", "Duarte", "CMD", "dosi", "Dosimetrist")

FERREIRA = P("Lucas", "Ferreira", "MD", "ro", "Radiation Oncologist", "J")
MARSH = P("Kevin", "Marsh", "MS, DABR", "phys", "Medical Physicist")
PETROV = P("Nadia", "Petrov", "MD", "rad", "Neuroradiology, Department of Radiology")
GUIDRY = P("Claire", "Guidry", "CMD", "dosi", "Dosimetrist")

ACHTERBERG = P("Helen", "Achterberg", "MD", "ro", "Radiation Oncologist", "W")
MEHTA = P("Arjun", "Mehta", "PhD, DABR", "phys", "Medical Physicist")
SORENSEN = P("Tove", "Sorensen", "CMD", "dosi", "Dosimetrist")

OKONKWO = P("Samuel", "Okonkwo-Reid", "MD", "ro", "Radiation Oncologist", "T")
FONTAINE = P("Elise", "Fontaine", "MS, DABR", "phys", "Medical Physicist")
BRANDT = P("Nils", "Brandt", "CMD", "dosi", "Dosimetrist")


def _c(key, name, dept, addr, zone, **staff):
    return Clinic(key, name, dept, addr, zone, staff)


HARBOR = _c("harbor", "Harbor Point Cancer Center", "Radiation Oncology",
            "410 Wharf Street, Port Alden, ME 04099", "E",
            ro=VANCE, phys=LINDGREN, dosi=JENNINGS)
REDMESA = _c("redmesa", "Red Mesa Regional Medical Center", "Radiation Oncology Services",
             "2200 Caprock Boulevard, Amberly, TX 79499", "C",
             ro=QUINTERO, phys=TANABE, dosi=MORROW)
LAKESHORE = _c("lakeshore", "Lakeshore University Hospital", "Department of Radiation Oncology",
               "9 Campus Drive, Merrow, WI 53999", "C",
               ro=SOLBERG, res=PEREIRA, phys=ADEYEMI, dosi=HOLT)
CEDAR = _c("cedar", "Cedar Valley Radiation Center", "Radiation Oncology",
           "77 Orchard Road, Hollins Ford, PA 17999", "E",
           ro=ASANTE, phys=OLIVEIRA, uro=HALDANE, dosi=NAKASHIMA)
SIERRA = _c("sierra", "Sierra Coast Oncology Institute", "Radiation Oncology",
            "1500 Tidewater Avenue, Palo Verde Bay, CA 93999", "P",
            ro=RAMAN, fellow=MARCHETTI, phys=KOWALCZYK, np=CASTILLO, pa=WU, rn=BANKS, dosi=FAIRCHILD)
LINDEN = _c("linden", "Lindenhurst Neuro-Oncology Center", "Radiation Oncology",
            "35 Alder Crescent, Lindenhurst, MN 55999", "C",
            ro=HARTMANN, phys=VOSS, dosi=DUARTE)
BAYOU = _c("bayou", "Bayou Crescent Radiation Oncology", "Radiation Oncology",
           "6100 Levee Road, St. Amand, LA 70999", "C",
           ro=FERREIRA, phys=MARSH, rad=PETROV, dosi=GUIDRY)
PINECREST = _c("pinecrest", "Pinecrest Medical Center", "Radiation Oncology",
               "18 Summit Way, Kettle Falls, NC 28999", "E",
               ro=ACHTERBERG, phys=MEHTA, dosi=SORENSEN)
GRANITE = _c("granite", "Granite Peak Radiation Oncology", "Adaptive Radiotherapy Program",
             "3300 Quarry Lane, Silver Bench, CO 80999", "M",
             ro=OKONKWO, phys=FONTAINE, dosi=BRANDT)


def pt(first, last, dob, mrn, sex="F") -> Patient:
    y, m, d = (int(x) for x in dob.split("-"))
    return Patient(first, last, dt.date(y, m, d), mrn, sex)
