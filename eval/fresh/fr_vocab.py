"""Per-clinic wording and layouts (new relative to eval/, holdout/, signers/, judgement/, unseen/)."""

OPENERS = {
    "uk": "Rationale for an intensity-modulated (VMAT) technique rather than a conformal or conventional plan:",
    "ie": "Why I am recommending IMRT for this patient in place of three-dimensional conformal treatment:",
    "au": "IMRT clinical justification (3D conformal radiotherapy considered inadequate):",
    "ca": "Justification de l'IMRT / Justification for IMRT over 3D conformal planning:",
    "acad": "Medical necessity for intensity modulation versus 3D conformal or conventional radiotherapy:",
    "es": "Indicacion de IMRT / Indication for IMRT instead of conformal 3D radiotherapy:",
    "fr": "Justification of the intensity-modulated technique (rather than 3D conformal radiotherapy):",
    "smart": "IMRT NECESSITY [.RONECESSITY]: special need for IMRT rather than 3D/conventional planning --",
    "fax": "Reason IMRT is required over standard 3D conformal treatment:",
    "twocol": "Statement of necessity - intensity modulation versus conformal 3D:",
}

IMAGE_PHRASE = {
    "uk": "I have gone through the planning CT slice by slice with the dose displayed as isodose lines (107%, 100%, 95% and 50%) over every target and organ at risk, in the axial, coronal and sagittal planes.",
    "ie": "CT-based images of the targets and all critical structures were reviewed with the representative isodose distribution (95% and 100% lines, 50% wash) in three planes.",
    "au": "Axial, coronal and sagittal CT images reviewed with isodose overlays (105/100/95/80/50%) covering the PTVs and each organ at risk.",
    "ca": "Revue des images / Image review: planning CT (with MRI registration) reviewed on every slice with isodose curves 95%, 100% and 105% over the targets and critical structures.",
    "acad": "We reviewed the planning CT with isodose lines displayed (110%, 100%, 95%, 50%) on axial, sagittal and coronal reconstructions for all targets and critical structures.",
    "es": "Revision de imagenes / Image review: CT slices reviewed with isodose curves (95%, 100%, 107%) over the PTV and every organ at risk.",
    "fr": "Review of the dosimetry CT: isodose curves (95%, 100%, 107%) checked on every axial slice and on coronal and sagittal reconstructions for the targets and the organs at risk.",
    "smart": "Images/isodose [.ROISODOSE]: planning CT reviewed slice by slice; 95%/100%/105% isodose lines conform to the PTVs; OARs reviewed.",
    "fax": "IMAGES: CT planning images reviewed with isodose lines over the target volumes and the critical structures (axial/coronal/sagittal).",
    "twocol": "Isodose display: 100%, 95% and 50% lines reviewed on the planning CT in three planes for the PTV and all organs at risk.",
}

DVH_PHRASE = {
    "uk": "The dose-volume histograms for every target and organ at risk have been reviewed:",
    "ie": "Dose-volume histograms reviewed for all targets and critical structures:",
    "au": "DVHs reviewed for all targets and OARs:",
    "ca": "Histogrammes dose-volume / DVH review, all targets and organs at risk:",
    "acad": "Dose-volume histograms for all targets and critical structures were reviewed:",
    "es": "Histogramas dosis-volumen / DVH reviewed for every target and organ at risk:",
    "fr": "Dose-volume histograms (HDV) reviewed for each target and organ at risk:",
    "smart": "DVH [.RODVH]: reviewed for all targets and OARs --",
    "fax": "DVH: reviewed for targets and critical structures --",
    "twocol": "DVH evaluation, all targets and organs at risk:",
}

TPS = {
    "uk": "Plato-style treatment plan printout",
    "ie": "iPlan-style plan report",
    "au": "CorePLAN-style plan summary",
    "ca": "Hyperion-style plan report / Rapport de plan",
    "acad": "Departmental plan summary (in-house script)",
    "es": "PCRT3D-style planning report / Informe de planificacion",
    "fr": "Isogray-style dosimetry report / Compte-rendu dosimetrique",
    "smart": "Northstar Planning-style plan summary",
    "fax": "Plan summary (transcribed from fax)",
    "twocol": "Interplan-style plan parameters",
}

QA_TOOL = {
    "uk": ("COMPASS-style", "MatriXX-type 2D array on gantry mount, 3D dose reconstruction on patient CT"),
    "ie": ("FilmQA-style", "EBT4 radiochromic film in a solid-water slab phantom plus cc13-type chamber"),
    "au": ("OmniPro-I'mRT-style", "2D ion-chamber array in a MultiCube-type phantom"),
    "ca": ("DoseLab-style", "EPID integrated image, absolute dose calibrated"),
    "acad": ("3DVH-style", "helical diode array measurement, 3D dose reconstructed on the planning CT"),
    "es": ("RIT-style", "EBT3 film in a cylindrical phantom"),
    "fr": ("Artiscan-style", "2D diode array in a rotational phantom"),
    "smart": ("PIPSpro-style", "EPID portal images, absolute dose mode"),
    "fax": ("ArcSure 3D (in-house, SYNTHETIC)", "diode array in a cylindrical PMMA phantom"),
    "twocol": ("EPIbeam-style", "EPID measurement, predicted vs measured portal dose"),
}


def beam_table(key, beams, energy, mus, three_d=False):
    """per-clinic beam table columns; returns rows (header first) or mono lines for acad/fax"""
    rows = []
    for i, b in enumerate(beams):
        mu = mus[i]
        if b[0] == "arc":
            _, name, st, sp, dr, coll = b
            couch = 90 if "couch 90" in name else 0
            if key == "uk":
                rows.append([str(i + 1), name, "Photon %s VMAT" % energy, "%d > %d" % (st, sp), dr, "%d" % coll, "%d" % couch, "%.1f" % mu])
            elif key == "ie":
                rows.append([name, "Dynamic arc", "%d" % couch, "%d" % st, "%d" % sp, "%d" % ((st - sp) % 360 if dr == "CCW" else (sp - st) % 360), "%.1f" % mu])
            elif key == "au":
                rows.append([str(i + 1), name, "VMAT %s" % energy, "%d->%d %s" % (st, sp, dr), "%d" % coll, "%d" % couch, "-", "%.1f" % mu])
            elif key == "ca":
                rows.append([name, "VMAT / ARC", "%d -> %d (%s)" % (st, sp, "horaire/CW" if dr == "CW" else "antihoraire/CCW"), "%d" % coll, "%d" % couch, "%.1f" % mu])
            elif key == "es":
                rows.append([name, "Arco/Arc", "%d-%d" % (st, sp), "horario (CW)" if dr == "CW" else "antihorario (CCW)", "%d" % coll, "%d" % couch, "%.1f" % mu])
            elif key == "fr":
                rows.append([name, "Arctherapie/VMAT", "%d / %d" % (st, sp), "sens horaire (CW)" if dr == "CW" else "sens antihoraire (CCW)", "%d" % coll, "%d" % couch, "%.1f" % mu])
            elif key == "smart":
                rows.append([name, "VMAT", "%d" % st, "%d" % sp, dr, "%d" % coll, "%.1f" % mu])
            elif key == "twocol":
                rows.append([name, "%d-%d %s" % (st, sp, dr), "%d" % coll, "%d" % couch, energy, "%.1f" % mu])
            elif key == "acad":
                rows.append("beam[%d] %-8s arc  gantry %5.1f -> %5.1f (%s)  coll %4.1f  couch %4.1f  %6.1f MU" % (i + 1, name, st, sp, dr, coll, couch, mu))
        else:
            _, name, g, coll, couch = b
            if key == "uk":
                rows.append([str(i + 1), name, "Photon %s %s" % (energy, "3D conformal, open field" if three_d else "IMRT (sliding window)"), "%d (fixed)" % g, "-", "%d" % coll, "%d" % couch, "%.1f" % mu])
            elif key == "ie":
                rows.append([name, "Static IMRT", "%d" % couch, "%d" % g, "%d" % g, "0", "%.1f" % mu])
            elif key == "au":
                rows.append([str(i + 1), name, "IMRT step-and-shoot %s" % energy, "%d" % g, "%d" % coll, "%d" % couch, "%.1f" % (92.0 + i), "%.1f" % mu])
            elif key == "ca":
                rows.append([name, "IMRT fixe / static", "%d" % g, "%d" % coll, "%d" % couch, "%.1f" % mu])
            elif key == "es":
                rows.append([name, "IMRT estatico", "%d" % g, "-", "%d" % coll, "%d" % couch, "%.1f" % mu])
            elif key == "fr":
                rows.append([name, "RCMI statique (IMRT)", "%d" % g, "-", "%d" % coll, "%d" % couch, "%.1f" % mu])
            elif key == "smart":
                rows.append([name, "IMRT", "%d" % g, "%d" % g, "-", "%d" % coll, "%.1f" % mu])
            elif key == "twocol":
                rows.append([name, "%d" % g, "%d" % coll, "%d" % couch, energy, "%.1f" % mu])
            elif key == "acad":
                rows.append("beam[%d] %-8s static gantry %5.1f  coll %4.1f  couch %4.1f  %6.1f MU" % (i + 1, name, g, coll, couch, mu))
    hdr = {
        "uk": ["Seq", "Beam label", "Modality", "Gantry (start > stop)", "Sense", "Collimator", "Table", "MU"],
        "ie": ["Beam", "Type", "Couch", "Gantry start", "Gantry end", "Arc length", "MU"],
        "au": ["No.", "ID", "Delivery", "Gantry", "Coll", "Couch", "SSD (cm)", "MU"],
        "ca": ["Faisceau / Beam", "Technique", "Bras / Gantry (deg)", "Collimateur", "Table", "UM / MU"],
        "es": ["Haz / Beam", "Tipo", "Gantry inicio-fin", "Sentido", "Colimador", "Mesa", "UM"],
        "fr": ["Faisceau", "Type", "Bras depart / arrivee", "Rotation", "Collimateur", "Table", "UM"],
        "smart": ["Field", "Mode", "Start", "Stop", "Dir", "Coll", "MU"],
        "twocol": ["Beam ID", "Gantry (deg)", "Coll", "Couch", "Energy", "MU"],
    }
    if key in ("acad",):
        return rows
    return [hdr[key]] + rows
