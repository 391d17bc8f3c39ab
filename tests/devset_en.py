"""English development set: head CT reports in the shapes real radiologists write (issue 13, item 1).

This is a DEVELOPMENT set for the en-ich lexicon: the rules will be tuned on it, so a figure on it shows fit,
not generalization. The honest "before" figure is the first one measured on it, before any rule changes.

Where the shapes come from. The author read kinds of public material on how head CT is reported in the
US, the UK and Australia, never a real report archive and never the multilingual radiologist-report corpus
reserved for independent evaluation: society structured-reporting templates for non-contrast head CT
(TECHNIQUE / FINDINGS / IMPRESSION with a checklist of normal statements), published teaching cases and
case-based review articles, textbook and guideline descriptions of CT findings (crescentic and lentiform
extra-axial collections, blood in sulci, cisterns and ventricles, lobar and deep hematomas, hemorrhagic
contusion, the HI-1/HI-2/PH-1/PH-2 grades of hemorrhagic transformation, dense sinus and cord signs,
hemorrhagic metastases, CT angiography for aneurysm and AVM), and common hedging habits ("cannot be
excluded", "possible", "equivocal", "favored to represent"). Every report below is invented and written in
the author's own words; no sentence is copied; no real patient, name, date or identifier appears.

Labeling conventions: those of tests/devset_ru.py (DOMAIN.md), in short:

* ``ich`` 1 present in this study, 0 absent (extracranial blood, mimics, resolved blood, old sequelae),
  -1 only suggested; subtypes only for definite findings, taken from anatomy when no subtype word is used.
* ``multiple``: two or more subtypes or two or more separate foci; one diffuse SAH is one; blood in both
  occipital horns is one ventricular system.
* ``combined``: definite hemorrhage with a definite cause (ruptured aneurysm, AVM, tumour or metastases,
  hemorrhagic transformation of an infarct, venous / sinus thrombosis).
* Bleeding into a tumour and petechial transformation (HI-1/HI-2) get no subtype unless a hematoma is
  described in a compartment; PH-1/PH-2 are iph.
* ``fracture``: skull vault or base only (orbital roof, temporal bone, sphenoid, occipital bone included);
  facial bones (nasal, zygoma, maxilla, orbital floor and medial wall, mandible) are not.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

_TEMPLATE_NORMAL_PARTS = (
    "The ventricles and sulci are normal in size and configuration for age. Gray-white matter "
    "differentiation is preserved. The basal cisterns are patent. No midline shift. "
)
_BONES = "The calvarium and skull base are intact. The visualized paranasal sinuses and mastoid air cells are clear. "

PRESENT = [
    # ----------------------------------------------------------------- parenchyma (iph)
    C("dev-en-iph-putamen",
      "TECHNIQUE: Noncontrast axial CT of the head. FINDINGS: There is a 3.2 x 2.1 cm hyperdense focus "
      "centered in the left putamen with a thin rim of surrounding hypodensity and mild effacement of the "
      "left frontal horn. " + _BONES + "IMPRESSION: Acute left basal ganglia hemorrhage.",
      1, {"iph"}, note="basal ganglia, anatomy plus 'hemorrhage'"),
    C("dev-en-iph-lobar",
      "FINDINGS: Lobar hyperdensity in the right parietal lobe measuring 28 x 20 mm with surrounding "
      "vasogenic edema. Background moderate small vessel ischemic change. IMPRESSION: Right parietal "
      "lobar hematoma; in this age group, amyloid angiopathy is a consideration.",
      1, {"iph"}),
    C("dev-en-iph-thalamus-ivh",
      "Acute left thalamic hemorrhage with intraventricular extension into the third and lateral "
      "ventricles.",
      1, {"iph", "ivh", "multiple"}, note="one sentence, two compartments"),
    C("dev-en-iph-cerebellar",
      "FINDINGS: Hyperdense collection within the right cerebellar hemisphere, 3 cm, with effacement of the "
      "fourth ventricle and early obstructive hydrocephalus. IMPRESSION: Right cerebellar hemorrhage with "
      "mass effect. Neurosurgery notified.",
      1, {"iph"}),
    C("dev-en-iph-pontine",
      "Small hyperdensity in the central pons, 9 mm, consistent with acute hemorrhage.",
      1, {"iph"}, note="brainstem"),
    C("dev-en-iph-anatomy-only",
      "In the left frontal lobe there is a 24 x 17 mm area of high attenuation (60 HU) with surrounding "
      "low attenuation edema and 3 mm rightward midline shift.",
      1, {"iph"}, note="anatomy-first, no blood word"),
    C("dev-en-iph-two-foci",
      "Two separate intraparenchymal hematomas: right frontal 2.1 cm and left occipital 1.7 cm. Patient on "
      "apixaban.",
      1, {"iph", "multiple"}),
    C("dev-en-iph-uk-haematoma",
      "Findings: Acute right external capsule haematoma, volume approximately 14 ml, no ventricular "
      "extension. Conclusion: Hypertensive-pattern intracerebral haemorrhage.",
      1, {"iph"}, note="UK spelling"),
    # ----------------------------------------------------------------- contusion
    C("dev-en-cont-bifrontal",
      "Hemorrhagic contusions in both inferior frontal lobes, the largest 1.5 cm on the right.",
      1, {"iph", "multiple"}),
    C("dev-en-cont-temporal-tip",
      "Small hyperdense contusion at the anterior tip of the left temporal lobe with surrounding edema.",
      1, {"iph"}),
    C("dev-en-cont-dai",
      "Multiple punctate hyperdense foci at the gray-white junction of both hemispheres and in the splenium "
      "of the corpus callosum, compatible with shear injury with microhemorrhages.",
      1, {"iph", "multiple"}, note="diffuse axonal injury"),
    C("dev-en-cont-blossoming",
      "COMPARISON: Admission CT. FINDINGS: Interval blossoming of the bifrontal hemorrhagic contusions, now "
      "measuring 2.4 cm on the right and 1.8 cm on the left, with increased surrounding edema.",
      1, {"iph", "multiple"}, note="follow-up, enlarging"),
    # ----------------------------------------------------------------- ventricles (ivh)
    C("dev-en-ivh-layering",
      "Layering hyperdense material in the occipital horns of both lateral ventricles. No parenchymal "
      "abnormality.",
      1, {"ivh"}, note="blood level without a blood word; one ventricular system"),
    C("dev-en-ivh-cast",
      "Dense blood casts the third and fourth ventricles with hydrocephalus.",
      1, {"ivh"}),
    C("dev-en-ivh-decreasing",
      "Status post right frontal EVD. Decreasing volume of intraventricular blood, now small amount in the "
      "occipital horns.",
      1, {"ivh"}, note="'decreasing' = present"),
    # ----------------------------------------------------------------- subarachnoid (sah)
    C("dev-en-sah-sulci",
      "Hyperdensity within several sulci over the right parietal convexity following a fall. No fracture.",
      1, {"sah"}, note="anatomy-first sulcal hyperdensity"),
    C("dev-en-sah-cisterns-sylvian",
      "High-density material fills the suprasellar cistern, both sylvian fissures and the anterior "
      "interhemispheric fissure.",
      1, {"sah"}, note="one diffuse SAH"),
    C("dev-en-sah-perimesencephalic",
      "CT head and CT angiogram. Noncontrast: small volume hemorrhage in the prepontine and interpeduncular "
      "cisterns. CTA: no aneurysm or vascular malformation. IMPRESSION: Perimesencephalic pattern "
      "subarachnoid hemorrhage without an identified source.",
      1, {"sah"}, note="native + CTA without cause: not combined"),
    C("dev-en-sah-convexal",
      "Isolated convexal subarachnoid blood in the left central sulcus.",
      1, {"sah"}),
    C("dev-en-sah-tsah-uk",
      "Small volume traumatic SAH in the left sylvian fissure. No extra-axial collection.",
      1, {"sah"}),
    # ----------------------------------------------------------------- subdural (sdh)
    C("dev-en-sdh-crescent-anatomy",
      "A crescentic hyperdense extra-axial collection overlies the left cerebral convexity, maximal thickness "
      "10 mm, with 6 mm rightward midline shift.",
      1, {"sdh"}, note="crescent, no subtype word"),
    C("dev-en-sdh-tentorial",
      "Thin hyperdensity layering along the left tentorial leaflet, 3 mm.",
      1, {"sdh"}),
    C("dev-en-sdh-falcine",
      "Small interhemispheric subdural hematoma along the posterior falx.",
      1, {"sdh"}),
    C("dev-en-sdh-bilateral-mixed",
      "Bilateral mixed-density subdural collections, right 14 mm and left 9 mm, with hematocrit levels, "
      "consistent with acute-on-chronic subdural hematomas.",
      1, {"sdh", "multiple"}),
    C("dev-en-sdh-resolving-aus",
      "Comparison made with CT brain of last week. The left subdural haematoma has decreased in thickness "
      "from 9 mm to 5 mm and is now isodense. No new haemorrhage.",
      1, {"sdh"}, note="Australian style; decreased = present"),
    C("dev-en-sdh-postop-residual",
      "Postoperative changes of left frontotemporal craniotomy for subdural hematoma evacuation. Residual "
      "5 mm subdural collection with small foci of high density and pneumocephalus.",
      1, {"sdh"}, note="craniotomy is not a fracture"),
    # ----------------------------------------------------------------- epidural (edh)
    C("dev-en-edh-lentiform-fracture",
      "Lentiform hyperdense extra-axial collection overlying the right temporal squama, 15 mm thick, beneath "
      "a nondisplaced temporal bone fracture.",
      1, {"edh", "fracture"}, note="lens shape at a fracture"),
    C("dev-en-edh-uk-extradural",
      "Right frontal extradural haematoma, 8 mm, with overlying frontal bone fracture.",
      1, {"edh", "fracture"}),
    C("dev-en-edh-posterior-fossa",
      "Biconvex collection in the left posterior fossa under an occipital bone fracture, consistent with "
      "epidural hematoma.",
      1, {"edh", "fracture"}),
    # ----------------------------------------------------------------- several compartments
    C("dev-en-trauma-multicompartment",
      "FINDINGS: Right convexity subdural hematoma up to 7 mm. Scattered subarachnoid hemorrhage in the left "
      "frontal sulci. Hemorrhagic contusion in the left temporal lobe. Nondisplaced left occipital bone "
      "fracture. IMPRESSION: Multicompartmental traumatic hemorrhage as above.",
      1, {"sdh", "sah", "iph", "multiple", "fracture"}),
    C("dev-en-sah-ivh",
      "Diffuse basal subarachnoid hemorrhage with reflux of blood into the fourth ventricle.",
      1, {"sah", "ivh", "multiple"}),
    C("dev-en-template-buried-sdh",
      "EXAM: CT head without contrast. TECHNIQUE: Axial images were obtained from the skull base to the "
      "vertex. FINDINGS: Brain: " + _TEMPLATE_NORMAL_PARTS + "There is a 4 mm hyperdense subdural "
      "collection along the right tentorium. Vascular: no hyperdense vessel. Skull: " + _BONES +
      "Orbits: unremarkable. IMPRESSION: 1. Small right tentorial subdural hematoma. 2. Otherwise no acute "
      "intracranial abnormality.",
      1, {"sdh"}, note="structured template with one finding"),
    # ----------------------------------------------------------------- polytrauma
    C("dev-en-poly-face-sah",
      "CT head and maxillofacial. Fractures of the right zygomatic arch, anterior and lateral walls of the "
      "right maxillary sinus and right orbital floor with hemosinus. Small focus of subarachnoid hemorrhage "
      "in the right frontal sulcus. Calvarium intact.",
      1, {"sah"}, note="facial fractures are not skull"),
    C("dev-en-poly-orbital-roof",
      "Fracture of the left orbital roof extending into the frontal bone, with small adjacent left frontal "
      "hemorrhagic contusion and pneumocephalus.",
      1, {"iph", "fracture"}, note="orbital roof is skull base"),
    C("dev-en-poly-trauma-pan-scan",
      "CT head, cervical spine, chest, abdomen and pelvis (trauma). Head: acute left subdural hematoma 6 mm; "
      "left temporal bone fracture through the mastoid. Chest: right pneumothorax. Abdomen: grade III "
      "splenic laceration with hemoperitoneum.",
      1, {"sdh", "fracture"}, note="pan-scan; head findings decide"),
    # ----------------------------------------------------------------- combined pathology
    C("dev-en-comb-acom-aneurysm",
      "CT head and CTA. Diffuse subarachnoid hemorrhage centered in the interhemispheric fissure. CTA "
      "demonstrates a 7 mm anterior communicating artery aneurysm, the likely source.",
      1, {"sah", "combined"}),
    C("dev-en-comb-mca-aneurysm-hematoma",
      "Left temporal hematoma abutting the sylvian fissure with sylvian subarachnoid blood; CTA shows a "
      "left MCA bifurcation aneurysm.",
      1, {"iph", "sah", "multiple", "combined"}),
    C("dev-en-comb-avm",
      "Right occipital intraparenchymal hemorrhage. CTA: a nidus of tangled vessels with an early draining "
      "vein into the transverse sinus, consistent with a ruptured AVM.",
      1, {"iph", "combined"}),
    C("dev-en-comb-venous",
      "Hyperdense superior sagittal sinus and cortical vein (cord sign). Bilateral parasagittal parenchymal "
      "hemorrhages with edema, compatible with venous infarcts secondary to sinus thrombosis.",
      1, {"iph", "multiple", "combined"}),
    C("dev-en-comb-ht-hi2",
      "24-hour post-thrombolysis CT. Confluent petechial hyperdensity within the left MCA infarct without "
      "mass effect, hemorrhagic transformation HI-2.",
      1, {"combined"}),
    C("dev-en-comb-ph2",
      "Large right MCA territory infarct with dense parenchymal hematoma occupying more than 30% of the "
      "infarct and significant mass effect (PH-2).",
      1, {"iph", "combined"}),
    C("dev-en-comb-mets",
      "History of renal cell carcinoma. Multiple hyperdense lesions in both cerebral hemispheres with "
      "surrounding edema, consistent with hemorrhagic metastases.",
      1, {"multiple", "combined"}),
    C("dev-en-comb-tumor-bleed",
      "Heterogeneously enhancing left frontal mass with internal hemorrhage and surrounding edema, favored "
      "high-grade glioma.",
      1, {"combined"}, note="bleeding into a tumour; tumour type favored, blood definite"),
    # ----------------------------------------------------------------- follow-up and misc
    C("dev-en-fu-iph-evolving",
      "Expected evolution of the right basal ganglia hematoma, now with decreased attenuation peripherally. "
      "Resolved subarachnoid blood.",
      1, {"iph"}, note="per mention: iph persists, sah resolved"),
    C("dev-en-fu-stable",
      "Stable 12 mm left parietal intraparenchymal hemorrhage compared with 6 hours prior.",
      1, {"iph"}),
    C("dev-en-ich-nos",
      "IMPRESSION: Large intracranial hemorrhage with transtentorial herniation. Critical result called to "
      "the ED physician.",
      1, set(), note="no compartment named"),
    C("dev-en-abbr",
      "Impression: L ICH 20cc w/ IVH, 4mm MLS.",
      1, {"iph", "ivh", "multiple"}, note="abbreviations; a sided ICH with a volume is intracerebral"),
    C("dev-en-caps",
      "IMPRESSION: ACUTE RIGHT SUBDURAL HEMATOMA, 9 MM, WITH 3 MM LEFTWARD MIDLINE SHIFT.",
      1, {"sdh"}),
]

ABSENT = [
    C("dev-en-neg-template",
      "EXAM: CT head without contrast. FINDINGS: Brain: " + _TEMPLATE_NORMAL_PARTS +
      "No acute intracranial hemorrhage, mass, or extra-axial collection. Vascular: no hyperdense vessel. "
      "Skull: " + _BONES + "IMPRESSION: No acute intracranial abnormality.", 0),
    C("dev-en-neg-short", "Impression: Unremarkable noncontrast CT head.", 0),
    C("dev-en-neg-uk", "Findings: No intracranial haemorrhage or territorial infarct. Conclusion: Normal CT "
      "head for age.", 0),
    C("dev-en-neg-aus",
      "CT BRAIN. Report: No intracranial haemorrhage, extra-axial collection or mass lesion. Ventricles "
      "normal. No skull fracture. Comment: No acute intracranial findings.", 0),
    C("dev-en-neg-list",
      "No evidence of epidural, subdural, subarachnoid, intraventricular or intraparenchymal hemorrhage.", 0,
      note="negated list"),
    C("dev-en-neg-clinical-question",
      "HISTORY: Fall on anticoagulation, evaluate for intracranial hemorrhage. FINDINGS: No acute "
      "hemorrhage. IMPRESSION: Negative.", 0, note="indication names ICH"),
    C("dev-en-neg-rule-out-sah",
      "INDICATION: Thunderclap headache, rule out SAH. The basal cisterns and sulci are clear. No "
      "hydrocephalus. IMPRESSION: No CT evidence of subarachnoid hemorrhage.", 0),
    C("dev-en-neg-atrophy",
      "Age-appropriate volume loss and mild chronic small vessel ischemic changes. No acute process.", 0),
    C("dev-en-neg-old-infarct",
      "Chronic left MCA territory infarct with encephalomalacia. No acute hemorrhage.", 0),
    C("dev-en-neg-old-hemorrhage-cavity",
      "Slit-like cavity in the right putamen, sequela of prior hemorrhage. No new hemorrhage.", 0,
      note="old sequela only"),
    C("dev-en-neg-calcification",
      "Symmetric dense calcification of the globi pallidi. Calcified pineal gland and choroid plexus.", 0),
    C("dev-en-neg-hyperdense-mca",
      "Hyperdense left M1 segment compatible with thrombus. Early loss of insular ribbon, ASPECTS 8. No "
      "hemorrhage.", 0, note="hyperdense artery sign"),
    C("dev-en-neg-contrast-staining",
      "Post-thrombectomy CT: hyperdensity in the right caudate that resolved on 24-hour follow-up, "
      "consistent with contrast staining rather than hemorrhage.", 0),
    C("dev-en-neg-scalp",
      "Left parietal scalp hematoma. No underlying fracture. No intracranial hemorrhage.", 0),
    C("dev-en-neg-subgaleal",
      "Large subgaleal hematoma over the vertex. Intracranial contents unremarkable.", 0),
    C("dev-en-neg-hemosinus-face",
      "Nasal bone and bilateral maxillary sinus wall fractures with blood in the maxillary sinuses. No "
      "intracranial hemorrhage.", 0, note="facial fractures and hemosinus"),
    C("dev-en-neg-orbit",
      "Left orbital floor and medial wall fractures with retrobulbar hematoma and periorbital soft tissue "
      "swelling. Brain unremarkable.", 0),
    C("dev-en-neg-mandible", "Bilateral mandibular fractures. Head CT negative for acute findings.", 0),
    C("dev-en-neg-skull-fracture-only",
      "Nondisplaced linear fracture of the right parietal bone. No underlying hemorrhage.", 0, {"fracture"}),
    C("dev-en-neg-temporal-bone",
      "Longitudinal fracture of the left temporal bone with opacification of the mastoid air cells. No "
      "intracranial hemorrhage.", 0, {"fracture"}),
    C("dev-en-neg-sphenoid",
      "Fracture through the sphenoid sinus walls with hemosinus; small pneumocephalus. No intracranial "
      "blood.", 0, {"fracture"}),
    C("dev-en-neg-fu-resolved",
      "COMPARISON: CT of 2 weeks ago. The previously seen right subdural hematoma has resolved. No new "
      "findings.", 0),
    C("dev-en-neg-fu-no-longer-seen",
      "The previously noted subarachnoid blood is no longer seen.", 0),
    C("dev-en-neg-fu-evacuated",
      "Status post evacuation of left epidural hematoma. No residual collection. Expected postoperative "
      "pneumocephalus.", 0),
    C("dev-en-neg-stroke-no-ht",
      "Evolving right MCA infarct without hemorrhagic transformation.", 0),
    C("dev-en-neg-tumor-no-bleed",
      "Enhancing right frontal mass with vasogenic edema; no intratumoral hemorrhage.", 0),
    C("dev-en-neg-incidental-aneurysm",
      "CTA head: 3 mm left ophthalmic segment ICA aneurysm. Noncontrast head CT: no hemorrhage.", 0,
      note="aneurysm without hemorrhage"),
    C("dev-en-neg-unruptured-avm",
      "Left parietal AVM with calcifications; no evidence of hemorrhage.", 0),
    C("dev-en-neg-hygroma", "Bilateral frontal subdural hygromas of CSF density.", 0),
    C("dev-en-neg-meningioma",
      "Partially calcified hyperdense extra-axial mass along the left sphenoid wing, consistent with "
      "meningioma. No hemorrhage.", 0),
    C("dev-en-neg-pseudo-sah",
      "Diffuse cerebral edema after cardiac arrest with relative hyperdensity of the basal cisterns "
      "(pseudo-subarachnoid hemorrhage); no true subarachnoid blood.", 0),
    C("dev-en-neg-hematocrit",
      "Mildly dense venous sinuses, in keeping with elevated hematocrit. No venous thrombosis or "
      "hemorrhage.", 0),
    C("dev-en-neg-nonbrain-abdomen",
      "CT abdomen and pelvis: right retroperitoneal hematoma measuring 9 cm. Liver and spleen intact.", 0,
      note="non-brain row"),
    C("dev-en-neg-nonbrain-chest",
      "CT chest: intramural hematoma of the descending thoracic aorta, 6 mm.", 0, note="non-brain row"),
    C("dev-en-neg-neck-dissection",
      "CTA head and neck: right cervical ICA dissection with intramural hematoma. No intracranial "
      "hemorrhage.", 0),
    C("dev-en-neg-history-sah",
      "History of SAH status post coiling of a basilar tip aneurysm. Coil artifact. No new hemorrhage.", 0),
    C("dev-en-neg-mri-rec",
      "No acute intracranial abnormality. If clinical concern persists, MRI could exclude small "
      "microhemorrhages.", 0, note="recommendation, nothing found"),
    C("dev-en-neg-perfusion",
      "CT head, CTA and CT perfusion: left M2 occlusion with matched core in the left parietal lobe; no "
      "hemorrhage.", 0),
    C("dev-en-neg-ventricles-clear",
      "No intraventricular blood. No fluid levels in the occipital horns.", 0),
    C("dev-en-neg-caps", "IMPRESSION: NO ACUTE INTRACRANIAL HEMORRHAGE OR MASS EFFECT.", 0),
    C("dev-en-neg-suspected-thrombus",
      "Hyperdense left transverse sinus, possibly thrombosed; CT venogram recommended. Brain parenchyma "
      "normal.", 0, note="suspected thrombus is not hemorrhage"),
    C("dev-en-neg-resolved-membrane",
      "Chronic right subdural hematoma has resolved, leaving mild dural thickening.", 0),
    C("dev-en-neg-falx-calc", "Calcification of the falx cerebri. Otherwise normal.", 0),
]

HEDGED = [
    C("dev-en-hd-cannot-exclude-sah",
      "Questionable hyperdensity in a left frontal sulcus; a tiny subarachnoid hemorrhage cannot be "
      "excluded.", -1),
    C("dev-en-hd-possible-sdh",
      "Possible thin right frontal subdural collection versus volume averaging with the calvarium.", -1),
    C("dev-en-hd-equivocal-ivh",
      "Equivocal layering density in the left occipital horn; clinical correlation advised.", -1),
    C("dev-en-hd-unexplained-hyperdensity",
      "7 mm hyperdense focus in the right frontal white matter of uncertain significance; no prior imaging.",
      -1, note="unexplained hyperdensity"),
    C("dev-en-hd-calc-vs-blood",
      "Punctate hyperdensity in the left thalamus, calcification versus microhemorrhage.", -1),
    C("dev-en-hd-contrast-vs-blood",
      "Post-thrombectomy hyperdensity in the left lentiform nucleus, which may represent contrast staining "
      "or hemorrhage; follow-up CT recommended.", -1),
    C("dev-en-hd-probable-contusion",
      "Small area of mixed density in the right temporal pole, probably a small hemorrhagic contusion.", -1),
    C("dev-en-hd-fracture-possible-edh",
      "Nondisplaced left temporal squamous fracture. Possible trace underlying epidural hemorrhage.", -1,
      {"fracture"}, note="definite fracture, hedged EDH"),
    C("dev-en-hd-suspicious",
      "Subtle hyperdensity along the tentorium, suspicious for a small subdural hematoma.", -1),
    C("dev-en-hd-not-excluded-ht",
      "Heterogeneous density within the left MCA infarct; petechial hemorrhagic transformation is not "
      "excluded.", -1),
    C("dev-en-hd-motion",
      "Motion-degraded study. A small extra-axial collection cannot be confidently excluded; repeat "
      "imaging suggested.", -1),
    C("dev-en-hd-favored-artifact",
      "Linear hyperdensity in the interpeduncular cistern, favored to be artifact, although a small amount "
      "of blood is not entirely excluded.", -1),
    C("dev-en-hd-dai-possible",
      "Tiny hyperdense foci in the corpus callosum could reflect shear microhemorrhages; MRI suggested.", -1),
    C("dev-en-hd-likely-isodense",
      "Effacement of the left convexity sulci with 2 mm shift; findings may reflect an isodense subdural "
      "hematoma.", -1),
    C("dev-en-hd-mass-density",
      "Right temporal mass with internal hyperdense foci, hemorrhage versus calcification.", -1),
    C("dev-en-hd-question",
      "?small SAH in the left sylvian fissure - correlate with LP.", -1),
]

CASES = PRESENT + ABSENT + HEDGED
