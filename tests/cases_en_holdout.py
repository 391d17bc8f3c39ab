"""Held-out English head CT report cases: a measurement set, not a gate.

Written from radiology knowledge and the domain notes alone, independently of the lexicon, of the matcher and
of the other case files, in US and UK wording and in FINDINGS / IMPRESSION as well as free-text styles, with
the emphasis on what real radiologists write and rule-writers rarely do: the subtype given by anatomy
("hyperdense material in the Sylvian fissure", "crescentic collection along the convexity"), multiplicity
given only by a plural or a side, skull fractures next to facial ones, follow-up comparisons decided per
mention, combined pathology named by its cause (aneurysm rupture, venous sinus thrombosis, hemorrhagic
metastases, AVM, hemorrhagic transformation with HI / PH grades), non-contrast CT and CT angiography in one
report, long normal templates with one finding, noisy exports (capitals, missing spaces, typos, glued
words, dotted abbreviations), hedges, and mimics (calcifications, hyperdense artery, contrast, blood in the
paranasal sinuses, scalp hematoma, old encephalomalacia, resolved hematoma). A few ordinary archive reports
(normal, atrophy, old infarcts) keep the mix honest.
Nobody tunes the lexicon or the matcher against this file: it exists to report honest accuracy. If a case
here is ever used to fix a rule, move it to ``tests/cases_en.py`` and write a new one here.

Labeling conventions (DOMAIN.md), as in the Russian held-out sets:

* ``ich``: 1 present in this study, 0 absent, -1 only suggested (hedged).
* Subtype labels mark definite findings only; a hedged hemorrhage gives ``ich=-1`` and no subtypes
  (a definite skull fracture may still be labeled on a hedged or absent case).
* ``multiple``: two or more hemorrhage types, or two or more separate foci (one diffuse SAH is one).
* ``combined``: definite hemorrhage with a definite causal pathology (tumor, infarct with hemorrhagic
  transformation, AVM, aneurysm, venous sinus thrombosis).
* ``fracture``: skull vault or base only; facial bones (nasal bones, zygoma, maxilla, orbital floor and
  medial wall, mandible) are not; orbital roof, temporal bone, sphenoid and occipital bone are.
* Bleeding into a tumor or a hemorrhagic transformation gets no subtype unless the report names one.
* An unexplained "spontaneously hyperdense focus" that the report does not call blood is a hedge.

All reports are invented: no real patient, no real name, no real identifier.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)


def _long(finding: str, impression: str) -> str:
    """A long normal template around one finding."""
    return (
        "EXAM: CT HEAD WITHOUT CONTRAST\nTECHNIQUE: Axial 5 mm images from the skull base to the vertex with "
        "coronal and sagittal reformats. Dose reduction techniques were used.\nCOMPARISON: None.\n"
        "FINDINGS:\nBRAIN: "
        f"{finding} "
        "Gray-white matter differentiation is preserved.\nVENTRICLES: Normal in size and configuration.\n"
        "CALVARIUM: No acute fracture.\nSINUSES/MASTOIDS: The visualized paranasal sinuses and mastoid air "
        "cells are clear.\nORBITS: Unremarkable.\nSOFT TISSUES: Unremarkable.\n"
        f"IMPRESSION:\n1. {impression}"
    )


CASES = [
    # ------------------------------------------------------------------------------------------------
    # Present (ich=1): subtype by anatomy
    # ------------------------------------------------------------------------------------------------
    C("he-anat-putamen",
      "FINDINGS: 3.1 x 2.4 cm hyperdense focus centered in the right putamen with surrounding vasogenic "
      "edema and mild effacement of the right lateral ventricle. No midline shift.\n"
      "IMPRESSION: Acute right basal ganglia hemorrhage, likely hypertensive.",
      1, {"iph"}, note="'likely' hedges the cause, not the bleed"),
    C("he-anat-sylvian",
      "Hyperdense material fills the left Sylvian fissure and several left frontal sulci. Basal cisterns "
      "are patent.\nIMPRESSION: Acute blood in the left sylvian fissure and frontal sulci.",
      1, {"sah"}),
    C("he-anat-crescent",
      "There is a crescentic hyperdense extra-axial collection along the right cerebral convexity measuring "
      "up to 11 mm, with 7 mm of leftward midline shift.\n"
      "IMPRESSION: Acute extra-axial hematoma on the right "
      "with mass effect.",
      1, {"sdh"}, note="crescent -> sdh without the word"),
    C("he-anat-biconvex",
      "Biconvex hyperdense extra-axial collection in the left temporal region, 1.4 cm thick, underlying a "
      "nondisplaced fracture of the left squamous temporal bone.",
      1, {"edh", "fracture"}),
    C("he-anat-dependent-layering",
      "Small amount of dependent hyperdense material layering in the occipital horn of the right lateral "
      "ventricle.\nIMPRESSION: Small volume intraventricular blood.",
      1, {"ivh"}),
    C("he-anat-tentorium",
      "Thin hyperdense layer along the left tentorium cerebelli, 3 mm.\nIMPRESSION: Small tentorial "
      "collection of blood.",
      1, {"sdh"}),
    C("he-anat-falcine",
      "Hyperdensity along the posterior falx, 4 mm in thickness, consistent with a small falcine hematoma.",
      1, {"sdh"}),
    C("he-anat-cerebellar",
      "Acute hematoma in the left cerebellar hemisphere measuring 3.0 cm with effacement of the fourth "
      "ventricle and early obstructive hydrocephalus.",
      1, {"iph"}),
    C("he-anat-pontine",
      "IMPRESSION: Acute pontine hemorrhage, 1.2 cm.", 1, {"iph"}),
    C("he-anat-thalamic-extension",
      "Left thalamic hemorrhage measuring 2.3 cm with extension into the third ventricle and both lateral "
      "ventricles.",
      1, {"iph", "ivh", "multiple"}),
    C("he-anat-lobar-occipital",
      "Lobar hemorrhage in the right occipital lobe, 3.5 x 2.8 cm, with a small amount of adjacent "
      "sulcal blood.\nIMPRESSION: Right occipital lobar hemorrhage with adjacent subarachnoid extension. "
      "Consider amyloid angiopathy in this age group.",
      1, {"iph", "sah", "multiple"}),
    C("he-anat-cisterns",
      "Blood is seen in the suprasellar and ambient cisterns and the interhemispheric fissure.",
      1, {"sah"}),
    C("he-anat-casting",
      "The lateral, third and fourth ventricles are cast with blood, with hydrocephalus.",
      1, {"ivh"}, note="'cast with blood'"),
    C("he-anat-splenium",
      "Punctate hyperdensity in the splenium of the corpus callosum, in keeping with shear injury.",
      1, {"iph"}),
    C("he-anat-convexity-sah",
      "A few sulci over the right parietal convexity contain hyperdense blood. No parenchymal hematoma.\n"
      "IMPRESSION: Small convexity subarachnoid hemorrhage.",
      1, {"sah"}),
    # ------------------------------------------------------------------------------------------------
    # Present: multiplicity by plural or side
    # ------------------------------------------------------------------------------------------------
    C("he-mult-bifrontal",
      "Hemorrhagic contusions in the inferior aspects of both frontal lobes, the largest 1.8 cm on the "
      "left.\nIMPRESSION: Bifrontal hemorrhagic contusions.",
      1, {"iph", "multiple"}),
    C("he-mult-bilateral-csdh",
      "Bilateral hypodense subdural collections over the frontoparietal convexities, 14 mm on the right and "
      "10 mm on the left, with small hyperdense dependent components.\nIMPRESSION: Bilateral mixed-density "
      "subdural hematomas.",
      1, {"sdh", "multiple"}),
    C("he-mult-dai",
      "Multiple punctate hemorrhages at the gray-white junction of both cerebral hemispheres, compatible "
      "with diffuse axonal injury.",
      1, {"iph", "multiple"}),
    C("he-mult-trauma-triad",
      "Left convexity subdural hematoma 8 mm. Scattered traumatic subarachnoid hemorrhage in the right "
      "frontal sulci. Right temporal pole contusion with hemorrhagic component.",
      1, {"sdh", "sah", "iph", "multiple"}),
    C("he-mult-two-lobes",
      "Hemorrhagic contusions of the right temporal pole and right orbitofrontal gyri.", 1,
      {"iph", "multiple"}),
    C("he-mult-two-hematomas",
      "Two separate acute intraparenchymal hematomas, left frontal (2.0 cm) and right parietal (1.5 cm).",
      1, {"iph", "multiple"}),
    # ------------------------------------------------------------------------------------------------
    # Present: skull vs facial fractures
    # ------------------------------------------------------------------------------------------------
    C("he-frac-facial-sdh",
      "Fractures of the left zygomatic arch and left orbital floor with blood in the left maxillary "
      "sinus. Thin left convexity subdural hematoma, 4 mm.",
      1, {"sdh"}, note="facial fractures only"),
    C("he-frac-orbital-roof",
      "Fracture of the right orbital roof extending into the anterior cranial fossa. Adjacent right "
      "gyrus rectus hemorrhagic contusion.",
      1, {"iph", "fracture"}),
    C("he-frac-temporal-bone-sah",
      "Longitudinal fracture of the right temporal bone with opacification of the mastoid air cells and "
      "pneumocephalus. Trace subarachnoid blood in the right temporal sulci.",
      1, {"sah", "fracture"}),
    C("he-frac-depressed",
      "Depressed comminuted fracture of the left parietal bone, depressed 8 mm, with underlying "
      "hemorrhagic contusion.",
      1, {"iph", "fracture"}),
    C("he-frac-nasal-sah",
      "Comminuted nasal bone fractures. Small amount of subarachnoid hemorrhage in the interpeduncular "
      "cistern.",
      1, {"sah"}),
    C("he-frac-occipital-contrecoup",
      "Nondisplaced right occipital bone fracture. Contrecoup contusions of both frontal poles.",
      1, {"iph", "multiple", "fracture"}),
    # ------------------------------------------------------------------------------------------------
    # Present: follow-ups decided per mention
    # ------------------------------------------------------------------------------------------------
    C("he-fu-sah-cleared-iph-evolving",
      "COMPARISON: CT of 3 days prior.\nFINDINGS: Previously seen subarachnoid blood has cleared. The right "
      "temporal hematoma is decreasing in density and now measures 2.5 cm (previously 3.2 cm).\n"
      "IMPRESSION: Evolving right temporal hematoma. Resolution of subarachnoid hemorrhage.",
      1, {"iph"}),
    C("he-fu-sdh-stable",
      "Stable left subdural hematoma, 9 mm, unchanged from prior. Stable 3 mm midline shift.",
      1, {"sdh"}, note="'stable' = still present"),
    C("he-fu-edh-evacuated-sdh-persists",
      "Status post right craniotomy for epidural hematoma evacuation; no residual epidural collection. "
      "Persistent thin left hemispheric subdural hematoma.",
      1, {"sdh"}),
    C("he-fu-ivh-resolved-thalamic-residual",
      "Interval resolution of intraventricular hemorrhage. Residual hyperdensity in the right thalamus "
      "measuring 7 mm.",
      1, {"iph"}),
    C("he-fu-interval-increase",
      "Interval enlargement of the right frontal contusion from 1.2 to 2.6 cm with increased surrounding "
      "edema.\nIMPRESSION: Hemorrhagic progression of right frontal contusion.",
      1, {"iph"}),
    C("he-fu-postop-residual",
      "Postoperative changes of left hemicraniectomy for acute subdural hematoma. Residual 5 mm subdural "
      "hemorrhage along the falx. Expected pneumocephalus.",
      1, {"sdh"}),
    C("he-fu-decreasing-sah",
      "Decreased but persistent subarachnoid hemorrhage in the basal cisterns.", 1, {"sah"}),
    # ------------------------------------------------------------------------------------------------
    # Present: combined pathology named by its cause
    # ------------------------------------------------------------------------------------------------
    C("he-comb-acom",
      "CT HEAD AND CTA HEAD/NECK.\nNon-contrast: Diffuse subarachnoid hemorrhage in the basal cisterns and "
      "both Sylvian fissures.\nCTA: 7 mm saccular aneurysm of the anterior communicating artery.\n"
      "IMPRESSION: Subarachnoid hemorrhage secondary to ruptured ACom aneurysm.",
      1, {"sah", "combined"}),
    C("he-comb-mca-aneurysm-ich",
      "Ruptured right MCA bifurcation aneurysm with a 3 cm right temporal lobe hematoma and Sylvian "
      "subarachnoid blood.",
      1, {"iph", "sah", "multiple", "combined"}),
    C("he-comb-avm",
      "Left parietal intraparenchymal hemorrhage. CTA demonstrates a nidus of tangled vessels supplied by "
      "left MCA branches draining to the superior sagittal sinus, consistent with arteriovenous "
      "malformation.",
      1, {"iph", "combined"}),
    C("he-comb-dural-sinus",
      "Hyperdense superior sagittal sinus with a filling defect on CT venogram. Left parietal subcortical "
      "hemorrhage with disproportionate edema.\nIMPRESSION: Superior sagittal sinus thrombosis with venous "
      "hemorrhage.",
      1, {"iph", "combined"}),
    C("he-comb-hemorrhagic-mets",
      "Multiple hyperdense lesions in both hemispheres with surrounding edema in this patient with "
      "metastatic melanoma, consistent with hemorrhagic metastases.",
      1, {"multiple", "combined"}),
    C("he-comb-tumour-bleed",
      "Known left frontal glioblastoma with new internal hemorrhage.", 1, {"combined"}),
    C("he-comb-ph1",
      "Large left MCA territory infarct with hemorrhagic transformation, PH1 (parenchymal hematoma "
      "occupying less than 30% of the infarct).",
      1, {"iph", "combined"}),
    C("he-comb-hi2",
      "Right MCA infarct with confluent petechial hemorrhage (HI2).", 1, {"combined"}),
    C("he-comb-pcom-ivh",
      "Subarachnoid hemorrhage with intraventricular extension. CTA: 6 mm left posterior communicating "
      "artery aneurysm, the likely source.",
      1, {"sah", "ivh", "multiple", "combined"}, note="'likely source' with a definite aneurysm"),
    # ------------------------------------------------------------------------------------------------
    # Present: CTA with no source; long templates; noisy exports; UK wording
    # ------------------------------------------------------------------------------------------------
    C("he-cta-negative",
      "CT head and CT angiogram.\nLeft frontal intraparenchymal hematoma 2.5 cm. No aneurysm, AVM or "
      "vascular malformation on CTA.",
      1, {"iph"}),
    C("he-cta-spot",
      "Right basal ganglia hematoma with a spot sign on the CTA source images.", 1, {"iph"}),
    C("he-long-sah",
      _long("No midline shift. A single left parietal sulcus contains hyperdense material.",
            "Small focus of convexity subarachnoid hemorrhage in the left parietal lobe."),
      1, {"sah"}),
    C("he-long-sdh",
      _long("Thin 3 mm hyperdense extra-axial collection along the right frontal convexity.",
            "Thin right frontal subdural hematoma."),
      1, {"sdh"}),
    C("he-long-iph",
      _long("9 mm hyperdense focus in the left frontal subcortical white matter with trace edema.",
            "Small acute left frontal parenchymal hemorrhage."),
      1, {"iph"}),
    C("he-noise-caps",
      "IMPRESSION: ACUTE LEFT SDH 12MM WITH 8MM MLS.", 1, {"sdh"}),
    C("he-noise-glued",
      "IMPRESSION:Acute right EDH.Linear right parietal skull fx.", 1, {"edh", "fracture"}),
    C("he-noise-typo",
      "Subarachnoid hemmorhage in the basal cisterns. Intraventriclar extension into the 4th ventricle.",
      1, {"sah", "ivh", "multiple"}, note="typos"),
    C("he-noise-dotted",
      "L. thal. ICH 1.8 cm w/ IVH.", 1, {"iph", "ivh", "multiple"}, note="dotted shorthand"),
    C("he-uk-haemorrhage",
      "Acute intracerebral haemorrhage in the right lentiform nucleus, volume approximately 14 ml. No "
      "intraventricular extension.",
      1, {"iph"}, note="UK spelling, negated IVH only"),
    C("he-uk-subdural-collection",
      "Acute-on-chronic subdural haematoma over the left hemisphere, maximal depth 16 mm.", 1, {"sdh"}),
    C("he-uk-narrative",
      "There is a moderate volume of fresh subarachnoid blood within the basal cisterns, extending into "
      "both Sylvian fissures, with a small amount of blood layering in the occipital horns. The ventricles "
      "are not dilated at present. Appearances would be in keeping with aneurysmal haemorrhage; CT "
      "angiography is advised.",
      1, {"sah", "ivh", "multiple"}, note="aneurysm not shown -> not combined"),
    C("he-ord-hemorrhagic-stroke",
      "IMPRESSION: Hemorrhagic stroke.", 1, note="no anatomy"),
    C("he-ord-peds-edh",
      "4-year-old after fall. Right parietal linear fracture with a 5 mm epidural hematoma. Overlying "
      "scalp hematoma.",
      1, {"edh", "fracture"}),
    C("he-ord-vertex-edh",
      "Vertex epidural hematoma straddling the superior sagittal sinus, 1.3 cm.", 1, {"edh"}),
    C("he-ord-caudate-ivh",
      "Hemorrhage in the head of the left caudate nucleus rupturing into the left frontal horn.", 1,
      {"iph", "ivh", "multiple"}),
    # ------------------------------------------------------------------------------------------------
    # Absent (ich=0): ordinary archive reports
    # ------------------------------------------------------------------------------------------------
    C("he-arch-normal-template",
      _long("No intracranial hemorrhage, mass, mass effect or midline shift. No acute territorial infarct.",
            "No acute intracranial abnormality."),
      0),
    C("he-arch-normal-short", "IMPRESSION: Unremarkable noncontrast head CT.", 0),
    C("he-arch-normal-caps", "NO ACUTE INTRACRANIAL PROCESS.", 0),
    C("he-arch-normal-uk",
      "No intracranial haemorrhage, extra-axial collection or mass lesion. Ventricles and sulci are "
      "appropriate for age. Conclusion: normal CT head.",
      0),
    C("he-arch-atrophy",
      "Generalized parenchymal volume loss with ex vacuo ventricular dilatation. Periventricular white "
      "matter hypodensities, likely chronic small vessel ischemic disease.",
      0),
    C("he-arch-old-infarct",
      "Encephalomalacia in the left MCA territory consistent with remote infarct. No acute findings.", 0),
    C("he-arch-lacunes",
      "Chronic lacunar infarcts in the bilateral basal ganglia and right thalamus.", 0,
      note="'bilateral' without blood"),
    C("he-arch-sinus-disease",
      "Air-fluid level in the right maxillary sinus, may reflect acute sinusitis. Brain unremarkable.", 0),
    C("he-arch-shunt",
      "Right frontal ventriculostomy catheter terminates in the frontal horn. Stable ventricular size.", 0),
    C("he-arch-meningioma",
      "Calcified 1.6 cm extra-axial lesion along the left falx, likely meningioma. No edema.", 0),
    C("he-arch-acute-infarct",
      "Loss of gray-white differentiation in the left insula and frontal operculum, ASPECTS 8. No "
      "hemorrhage.\nIMPRESSION: Acute left MCA infarct without hemorrhagic transformation.",
      0),
    C("he-arch-postop",
      "Postoperative changes of right frontal craniotomy for tumor resection; resection cavity with fluid, "
      "no blood products.",
      0),
    # ------------------------------------------------------------------------------------------------
    # Absent: negations, indications
    # ------------------------------------------------------------------------------------------------
    C("he-neg-list",
      "No acute intracranial hemorrhage, extra-axial collection, hydrocephalus or midline shift.", 0),
    C("he-neg-indication",
      "INDICATION: Fall on anticoagulation, rule out bleed.\nFINDINGS: No intracranial hemorrhage. "
      "IMPRESSION: Negative.",
      0),
    C("he-neg-history-sah",
      "HISTORY: SAH 2019, coiled ACom aneurysm.\nFINDINGS: Coil mass with streak artifact. No new "
      "hemorrhage.",
      0),
    C("he-neg-query-sdh",
      "CLINICAL: ?SDH.\nNo subdural collection is identified. "
      "IMPRESSION: No evidence of subdural hematoma.", 0),
    C("he-neg-glued", "IMPRESSION:No acute intracranial hemorrhage.No fracture.", 0),
    C("he-neg-typo", "No intracranail hemorrage or mass efect.", 0, note="typos in a negation"),
    C("he-neg-negative-for", "Negative for acute intracranial hemorrhage or fracture.", 0),
    C("he-neg-without", "Without evidence of acute hemorrhage, infarct or mass.", 0),
    C("he-neg-narrative",
      "There is no evidence of intra- or extra-axial haemorrhage, nor of any space-occupying lesion, and the "
      "ventricular system is of normal calibre and midline.",
      0),
    C("he-neg-trauma-series",
      "Trauma CT head. No acute intracranial injury. No calvarial or skull base fracture.", 0),
    # ------------------------------------------------------------------------------------------------
    # Absent: mimics
    # ------------------------------------------------------------------------------------------------
    C("he-mimic-basal-calc",
      "Symmetric dense calcifications of the globi pallidi, physiologic.", 0),
    C("he-mimic-falx-calc", "Dural calcification along the falx. Otherwise normal.", 0),
    C("he-mimic-choroid-calc", "Calcified choroid plexus in the atria of the lateral ventricles.", 0),
    C("he-mimic-dense-mca",
      "Hyperdense left M1 segment (dense MCA sign). Early loss of insular ribbon. No hemorrhage.", 0),
    C("he-mimic-contrast",
      "Post-contrast examination: normal enhancement of dural venous sinuses and cortical vessels.", 0),
    C("he-mimic-contrast-staining",
      "Post-thrombectomy: hyperdensity in the right lentiform nucleus with attenuation of 140 HU, "
      "representing contrast staining; no iodine-independent hemorrhage on dual-energy images.",
      0),
    C("he-mimic-sinus-blood",
      "Fracture of the anterior and lateral walls of the left maxillary sinus with hemosinus. No "
      "intracranial abnormality.",
      0),
    C("he-mimic-sphenoid-hemosinus",
      "Fracture through the clivus and the sphenoid sinus walls with hemorrhage within the sphenoid sinus. "
      "No intracranial hemorrhage.",
      0, {"fracture"}, note="skull base fracture, sinus blood"),
    C("he-mimic-scalp",
      "Large left parietal scalp hematoma. No underlying fracture or intracranial hemorrhage.", 0),
    C("he-mimic-subgaleal",
      "Subgaleal hematoma over the occiput measuring 1.8 cm in thickness. Brain is normal.", 0),
    C("he-mimic-encephalomalacia",
      "Right frontal encephalomalacia and gliosis from remote trauma. No acute blood.", 0),
    C("he-mimic-resolved",
      "Compared to prior, the right subdural hematoma has completely resolved.", 0),
    C("he-mimic-hygroma",
      "Bilateral CSF-density subdural collections over the frontal convexities, consistent with "
      "hygromas.",
      0, note="CSF density, no blood"),
    C("he-mimic-pseudo-sah",
      "Diffuse cerebral edema after cardiac arrest with pseudo-subarachnoid hemorrhage appearance of the "
      "basal cisterns; no true subarachnoid blood.",
      0),
    C("he-mimic-dense-sinuses-polycythemia",
      "Mildly dense dural venous sinuses in a patient with polycythemia; patent on venogram.", 0),
    C("he-mimic-unruptured-aneurysm",
      "CTA: 4 mm unruptured right MCA aneurysm. Non-contrast images show no hemorrhage.", 0),
    C("he-mimic-tumour-no-bleed",
      "Right temporal enhancing mass with vasogenic edema, no internal hemorrhage.", 0),
    C("he-mimic-explained-hyperdense",
      "Spontaneously hyperdense focus in the left dentate nucleus measuring 220 HU, a calcification.", 0),
    # ------------------------------------------------------------------------------------------------
    # Absent: fractures without hemorrhage
    # ------------------------------------------------------------------------------------------------
    C("he-frac-only-parietal",
      "Nondisplaced linear fracture of the right parietal bone. No intracranial hemorrhage.", 0,
      {"fracture"}),
    C("he-frac-only-temporal",
      "Right temporal bone fracture with hemotympanum. No intracranial blood.", 0, {"fracture"}),
    C("he-frac-only-facial",
      "Left orbital floor blowout fracture with herniation of orbital fat. Brain normal.", 0),
    C("he-frac-only-mandible-uk", "Fracture of the left mandibular angle. Intracranial appearances normal.",
      0),
    C("he-frac-old", "Old healed left frontal bone fracture. No acute findings.", 0),
    # ------------------------------------------------------------------------------------------------
    # Hedged (ich=-1)
    # ------------------------------------------------------------------------------------------------
    C("he-hedge-cannot-exclude",
      "Questionable hyperdensity in a right frontal sulcus. A small subarachnoid hemorrhage cannot be "
      "excluded.",
      -1),
    C("he-hedge-possible",
      "IMPRESSION: Possible thin subdural hematoma along the left tentorium.", -1),
    C("he-hedge-question-mark", "Tiny left frontal SDH?", -1),
    C("he-hedge-unexplained-hyperdense",
      "Spontaneously hyperdense 8 mm focus in the right lentiform nucleus, 52 HU. No other abnormality.",
      -1, note="unexplained hyperdensity"),
    C("he-hedge-calc-vs-blood",
      "Punctate hyperdensity in the left parietal cortex, calcification versus petechial hemorrhage. MRI "
      "with SWI suggested.",
      -1),
    C("he-hedge-beam-hardening",
      "Beam hardening artifact in the posterior fossa limits evaluation; small subdural collection along "
      "the right tentorium is not excluded.",
      -1),
    C("he-hedge-contrast-vs-ht",
      "Post-thrombectomy hyperdensity in the left caudate: contrast staining versus hemorrhagic "
      "transformation. Recommend follow-up CT in 24 hours.",
      -1),
    C("he-hedge-suspicious",
      "Findings suspicious for trace intraventricular hemorrhage in the occipital horns.", -1),
    C("he-hedge-probable-contusion",
      "Probable small hemorrhagic contusion of the left temporal pole.", -1),
    C("he-hedge-with-fracture",
      "Right parietal linear skull fracture. Possible tiny underlying epidural hematoma, 2 mm.", -1,
      {"fracture"}),
    C("he-hedge-isodense",
      "Mild effacement of right convexity sulci with 2 mm leftward shift; an isodense subdural hematoma is "
      "not excluded. MRI recommended.",
      -1),
    C("he-hedge-uk",
      "Subtle increased density within the interpeduncular cistern could represent a small volume of "
      "subarachnoid blood, although partial volume effect is a differential.",
      -1),
    C("he-hedge-nondiagnostic",
      "Severely motion-degraded study; intracranial hemorrhage cannot be reliably excluded. Repeat advised.",
      -1),
    C("he-hedge-mets",
      "Multiple enhancing lesions, some hyperdense on the non-contrast series, possibly hemorrhagic "
      "metastases.",
      -1),
    C("he-hedge-dotted", "R. par. hyperdense focus ?bleed.", -1),
    C("he-hedge-caps", "CANNOT RULE OUT SMALL SAH. CTA RECOMMENDED.", -1),
    C("he-hedge-long",
      _long("No midline shift. 5 mm indeterminate hyperdensity in the left frontal lobe, possibly artifact "
            "or a tiny hemorrhage.", "Indeterminate left frontal hyperdensity; short-interval follow-up "
            "or MRI is suggested to exclude a small hemorrhage."),
      -1),
    C("he-hedge-equivocal-fu",
      "Compared with prior, the left thalamic hyperdensity may have slightly increased, although "
      "differences in slice thickness limit comparison.",
      -1),
]
