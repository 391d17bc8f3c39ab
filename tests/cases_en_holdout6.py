"""English held-out set 6: 100 invented head-CT reports with expected labels.

The set imitates a representative everyday mix of English head-CT reports from emergency, in-patient
and outpatient work in several English-speaking countries (US, UK, Ireland, Canada, Australia, India):
one-line emergency reads, short dictations, and long templated reports with TECHNIQUE / COMPARISON /
FINDINGS / IMPRESSION sections where the finding sits among normal lines. It covers acute, chronic and
mixed subdural haematoma, traumatic SAH and contusions, extradural haematoma with fracture, hypertensive
and lobar bleeds, aneurysmal SAH with CTA, haemorrhagic transformation of infarcts, bleeding tumours,
follow-up studies, post-operative residual blood, normal and atrophic brains, mimics, extracranial
blood, facial and skull fractures, and hedged reads. Spelling (haemorrhage / hemorrhage), abbreviations,
ALL CAPS impressions and dictation slips vary as they do in practice.

The reports were written from the label definitions in DOMAIN.md and general radiology knowledge,
without looking at the project's lexicon, matcher or other case files. No report is real; every
patient detail is invented.

Labeling conventions: those written once in tests/_cases.py.

Nobody tunes the lexicon or the matcher against this file.

First (and only) score, en-ich 1.4 (rules): ICH sensitivity 1.000, specificity 0.833, PPV 0.917, hedged sent
to verification 0.867; F1 edh 1.000, sdh 0.970, sah 0.909, iph 0.909, ivh 0.952, multiple 0.947,
fracture 1.000, combined 1.000.
On en-ich 1.5 (after the rules tuned on English development set 4, this set unread): sensitivity 0.982,
specificity 0.833, PPV 0.915, hedged 0.867; sdh F1 0.938, the rest unchanged.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ---------------------------------------------------------------- batch 1
    C(
        "e6-p01",
        "CT head non-contrast: acute left convexity subdural haematoma, maximal thickness 9 mm, "
        "with 4 mm midline shift to the right. No other intracranial bleed.",
        1,
        {"sdh"},
    ),
    C(
        "e6-p02",
        None,
        1,
        {"iph", "ivh", "multiple"},
        description=(
            "TECHNIQUE: Axial non-contrast CT of the brain, 5 mm reconstructions in soft-tissue and "
            "bone kernels. COMPARISON: None available. FINDINGS: Parenchyma: acute intraparenchymal "
            "haematoma centred on the right putamen and external capsule, 3.8 x 2.4 x 3.0 cm "
            "(ABC/2 approx. 14 mL), with a thin rim of oedema. Ventricles: blood extends into the "
            "right lateral ventricle and layers in both occipital horns. No hydrocephalus. "
            "Extra-axial spaces: no collection. Basal cisterns patent. Midline: 3 mm leftward shift "
            "of the septum pellucidum. Posterior fossa: unremarkable. Vascular: calcified carotid "
            "siphons. Bones and soft tissues: no fracture. Visualised paranasal sinuses and mastoid "
            "air cells are clear."
        ),
        conclusion=(
            "1. Acute right putaminal haemorrhage, about 14 mL, with intraventricular extension; "
            "location favours a hypertensive cause. 2. Mild mass effect, MLS 3 mm."
        ),
    ),
    C(
        "e6-p03",
        "CT head (NICE head injury criteria; fall from standing, on apixaban). Small volume "
        "traumatic subarachnoid haemorrhage in the left frontal and parietal sulci. Haemorrhagic "
        "contusion 12 mm in the left inferior frontal gyrus. Ventricles normal in size. No skull "
        "fracture. Large right occipital scalp haematoma. Impression: traumatic SAH and left "
        "frontal contusion.",
        1,
        {"sah", "iph", "multiple"},
    ),
    C(
        "e6-p04",
        None,
        1,
        {"edh", "fracture"},
        description=(
            "Biconvex hyperdense extra-axial collection in the right temporal region, 14 mm thick, "
            "deep to a non-displaced linear fracture of the squamous temporal bone. Local sulcal "
            "effacement; midline shift 5 mm. Overlying soft tissue swelling. Ventricles and cisterns "
            "otherwise normal. No intraparenchymal blood."
        ),
        conclusion=(
            "ACUTE RIGHT TEMPORAL EXTRADURAL HAEMATOMA WITH ASSOCIATED TEMPORAL BONE FRACTURE. "
            "NEUROSURGICAL REVIEW ADVISED."
        ),
    ),
    C(
        "e6-p05",
        "Bilateral chronic subdural hematomas, hypodense, 11 mm on the left and 7 mm on the right, "
        "no acute component. Mild mass effect on the left lateral ventricle.",
        1,
        {"sdh", "multiple"},
        note="two separate subdural collections",
    ),
    C(
        "e6-p06",
        None,
        1,
        {"sah", "ivh", "multiple", "combined"},
        description=(
            "Non-contrast CT: diffuse acute subarachnoid hemorrhage filling the suprasellar and "
            "ambient cisterns and both sylvian fissures, thickest in the anterior interhemispheric "
            "fissure. A small amount of blood layers in the fourth ventricle. Temporal horns are "
            "mildly prominent, in keeping with early hydrocephalus. CT angiography: 7 x 5 mm "
            "saccular aneurysm of the anterior communicating artery, projecting anteriorly, with a "
            "lobulated dome. No second aneurysm. No vasospasm."
        ),
        conclusion=(
            "Aneurysmal SAH (modified Fisher 4) from a ruptured ACom aneurysm, with "
            "intraventricular blood and early hydrocephalus."
        ),
    ),
    C(
        "e6-p07",
        "Acute left thalamic haemorrhage 2.1 x 1.6 cm, no ventricular extension. Old lacunar "
        "infarcts in the right lentiform nucleus. Moderate small vessel ischaemic change.",
        1,
        {"iph"},
    ),
    C(
        "e6-p08",
        None,
        1,
        {"combined"},
        description=(
            "24-hour follow-up after IV thrombolysis for left MCA stroke. Evolving hypodense "
            "infarct of the left insula, frontal operculum and lentiform nucleus. Within the "
            "infarct a few small petechial hyperdensities along the lentiform margin, no mass "
            "effect. No parenchymal haematoma. No SAH or IVH. Midline structures central."
        ),
        conclusion="Left MCA territory infarct with haemorrhagic transformation, HI-1 type.",
        note="HI-type transformation: combined without subtype",
    ),
    C(
        "e6-p09",
        "Stable small right parafalcine SDH, 4 mm, unchanged from yesterday's CT.",
        1,
        {"sdh"},
    ),
    C(
        "e6-p10",
        None,
        1,
        {"iph"},
        description=(
            "CLINICAL: Sudden vertigo and vomiting, BP 210/115. TECHNIQUE: Non-contrast helical CT "
            "head. COMPARISON: None. FINDINGS: Supratentorial brain: grey-white differentiation is "
            "preserved. No acute territorial infarct. Periventricular white matter hypodensities in "
            "keeping with chronic small vessel disease. Posterior fossa: a 3.1 cm acute haematoma "
            "in the right cerebellar hemisphere with surrounding oedema, compressing the fourth "
            "ventricle. Ventricles: lateral and third ventricles mildly dilated. Extra-axial: no "
            "collection. Skull and scalp: intact. Sinuses: mucosal thickening in the left maxillary "
            "antrum. Orbits: unremarkable. Vascular: no hyperdense vessel; mild calcification of "
            "the vertebral arteries. Craniocervical junction: no tonsillar descent. Pituitary fossa "
            "and sella: normal size. Mastoids: clear."
        ),
        conclusion=(
            "Right cerebellar haemorrhage with mass effect on the fourth ventricle and early "
            "obstructive hydrocephalus. Urgent neurosurgical discussion recommended."
        ),
    ),
    C(
        "e6-p11",
        "Known metastatic melanoma. 18 mm mass in the right parietal lobe containing acute blood "
        "with a fluid-fluid level and marked vasogenic oedema, in keeping with a haemorrhagic "
        "metastasis. Two further small non-haemorrhagic lesions are suspected in the left frontal "
        "lobe; contrast-enhanced MRI recommended.",
        1,
        {"combined"},
        note="tumour bleeding: combined without subtype",
    ),
    C(
        "e6-p12",
        None,
        1,
        {"sdh"},
        description=(
            "Day 1 after right frontoparietal burr-hole drainage of chronic subdural haematoma. "
            "Drain removed. Residual mixed-density subdural collection up to 8 mm with small foci "
            "of air. Midline shift reduced from 9 mm to 3 mm. No new haemorrhage."
        ),
        conclusion=(
            "Expected post-operative appearance with a residual right subdural collection, smaller "
            "than pre-operatively."
        ),
        note="residual post-operative subdural blood",
    ),
    C(
        "e6-p13",
        "EXAM: CT HEAD WITHOUT CONTRAST. HISTORY: 81-year-old with increasing confusion. "
        "TECHNIQUE: Contiguous axial images from skull base to vertex. COMPARISON: None. "
        "FINDINGS: There is a crescentic collection along the left cerebral convexity, isodense "
        "to cortex, up to 10 mm thick, with inward displacement of the grey-white junction and "
        "effacement of the left-sided sulci. Midline shift 4 mm to the right. No intraparenchymal "
        "hemorrhage. Ventricles are otherwise normal in configuration. Basal cisterns are patent. "
        "The fourth ventricle is midline. Cerebellum and brainstem are unremarkable. No acute "
        "territorial infarct; scattered periventricular white matter hypodensity, likely chronic "
        "microvascular change. The calvarium is intact. Mastoids and paranasal sinuses are "
        "clear. Orbits unremarkable. Scalp soft tissues normal. IMPRESSION: Left "
        "subacute (isodense) subdural hematoma with mild mass effect.",
        1,
        {"sdh"},
    ),
    C(
        "e6-p14",
        None,
        1,
        {"iph", "ivh", "multiple"},
        description=(
            "Hyperdense lesion in the central pons, 2.2 cm, reaching the floor of the fourth "
            "ventricle, with a small amount of blood in the fourth ventricle. Supratentorial "
            "ventricles normal in size. Extensive chronic microangiopathy."
        ),
        conclusion="Acute pontine haemorrhage with rupture into the fourth ventricle.",
    ),
    C(
        "e6-a01",
        "CT BRAIN NON-CONTRAST. Findings: No intracranial haemorrhage, mass or midline shift. "
        "Grey-white differentiation preserved. Ventricles and sulci normal for age. No extra-axial "
        "collection. Calvarium intact. Conclusion: Normal CT brain.",
        0,
    ),
    C(
        "e6-a02",
        None,
        0,
        description=(
            "Established low-density infarct in the right MCA territory with ex vacuo dilatation of "
            "the right lateral ventricle. Generalised cerebral and cerebellar volume loss. Confluent "
            "periventricular hypodensity. No acute haemorrhage or new territorial infarct. No "
            "extra-axial collections."
        ),
        conclusion="Chronic right MCA infarct and age-related atrophy. No acute intracranial abnormality.",
    ),
    C(
        "e6-a03",
        "Fall from bicycle. Large left frontal subgaleal haematoma with soft tissue swelling. No "
        "underlying skull fracture. No intracranial haemorrhage or contusion. Ventricles and "
        "cisterns normal.",
        0,
        note="scalp blood only",
    ),
    C(
        "e6-a04",
        None,
        0,
        description=(
            "Fracture of the right orbital floor with herniation of orbital fat into the maxillary "
            "antrum. Comminuted fractures of the right zygomatic arch and of the anterior and "
            "posterolateral walls of the right maxillary sinus, which is filled with blood. Nasal "
            "bone fracture. Calvarium and skull base intact. Brain parenchyma normal; no "
            "intracranial blood, no pneumocephalus."
        ),
        conclusion="Right zygomaticomaxillary complex fracture with haemosinus. No intracranial injury.",
        note="facial fractures and sinus blood only",
    ),
    C(
        "e6-a05",
        "Symmetric dense calcifications in both globi pallidi and dentate nuclei (Fahr-type "
        "pattern), up to 250 HU. Pineal and choroid plexus calcification. No haemorrhage. No mass "
        "effect.",
        0,
        note="calcification mimic",
    ),
    C(
        "e6-a06",
        None,
        0,
        description=(
            "Comparison is made with CT of 14 March. The previously seen thin left convexity "
            "subdural haematoma has completely resolved. No new extra-axial collection. Brain "
            "parenchyma unremarkable. Ventricles normal."
        ),
        conclusion="Resolution of the left subdural haematoma.",
    ),
    C(
        "e6-a07",
        "Code stroke. Hyperdense left M1 segment of the MCA. Subtle loss of the left insular "
        "ribbon; ASPECTS 8. No intracranial hemorrhage. CTA: occlusion of the left M1.",
        0,
        note="hyperdense artery sign",
    ),
    C(
        "e6-a08",
        None,
        0,
        {"fracture"},
        description=(
            "Non-displaced linear fracture of the right parietal bone extending toward the coronal "
            "suture, with an overlying scalp haematoma. No underlying extra-axial collection. No "
            "contusion. No pneumocephalus. Ventricles and basal cisterns normal."
        ),
        conclusion="Right parietal skull fracture without intracranial haemorrhage.",
    ),
    C(
        "e6-h01",
        "Possible thin subdural haematoma along the left tentorium versus normal dense tentorium. "
        "No other intracranial abnormality. Suggest follow-up CT in 6 hours.",
        -1,
    ),
    C(
        "e6-h02",
        None,
        -1,
        description=(
            "6 mm hyperdense focus in the right caudate head (62 HU) without surrounding oedema or "
            "mass effect. No prior imaging available. Otherwise no intracranial abnormality."
        ),
        conclusion=(
            "Indeterminate hyperdense focus in the right caudate; a small haemorrhage cannot be "
            "excluded, calcification is the main alternative. MRI with SWI recommended."
        ),
    ),
    C(
        "e6-h03",
        "Head trauma, GCS 14. Questionable subtle hyperdensity in a right frontal sulcus at the "
        "vertex, which could be a trace of subarachnoid blood or volume averaging. No fracture. No "
        "other abnormality. Clinical correlation; repeat imaging if symptoms worsen.",
        -1,
    ),
    # ---------------------------------------------------------------- batch 2
    C(
        "e6-p15",
        "Large left fronto-parietal lobar haemorrhage, estimated 52 mL, with 8 mm midline shift and "
        "early subfalcine herniation. Blood tracks into the body of the left lateral ventricle. Old "
        "right occipital infarct.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e6-p16",
        None,
        1,
        {"sdh"},
        description=(
            "Right holohemispheric mixed-density subdural collection, 17 mm, with a dependent "
            "hyperdense component and a hypodense supernatant. 11 mm leftward midline shift, "
            "effacement of the right lateral ventricle and trapping of the left temporal horn. No "
            "uncal herniation. Basal cisterns patent."
        ),
        conclusion="Acute on chronic right SDH with significant mass effect (MLS 11 mm).",
    ),
    C(
        "e6-p17",
        "Assault. Non-displaced fracture of the left occipital bone extending toward the foramen "
        "magnum. Contrecoup haemorrhagic contusions in both frontal poles (right 2.5 cm, left "
        "1.4 cm) and in the right anterior temporal lobe. Thin right tentorial subdural haematoma. "
        "Traumatic SAH in the right sylvian fissure.",
        1,
        {"iph", "sdh", "sah", "multiple", "fracture"},
    ),
    C(
        "e6-p18",
        None,
        1,
        {"iph"},
        description=(
            "Compared with CT of 02/11. The left putaminal hematoma has decreased in density and "
            "size, now 2.0 x 1.4 cm (previously 3.1 x 2.2 cm), with surrounding oedema. The "
            "previously noted intraventricular blood has cleared. No hydrocephalus."
        ),
        conclusion=(
            "Evolving left putaminal haemorrhage, decreasing. Interval clearance of "
            "intraventricular blood."
        ),
        note="IVH resolved; parenchymal blood still present",
    ),
    C(
        "e6-p19",
        "Post right pterional craniotomy for evacuation of a right temporal lobe haematoma. Small "
        "residual haematoma in the surgical cavity, 1.5 cm. Expected pneumocephalus. Bone flap in "
        "situ. No new haemorrhage. Midline shift resolved.",
        1,
        {"iph"},
        note="residual post-operative parenchymal haematoma; craniotomy is not a fracture",
    ),
    C(
        "e6-p20",
        None,
        1,
        {"sdh"},
        description=(
            "Left frontoparietal acute subdural haematoma, 7 mm, with mild sulcal effacement, no "
            "midline shift. Incidental 14 mm well-circumscribed, partly calcified extra-axial mass "
            "along the right side of the falx, likely a meningioma, without oedema. Ventricles "
            "normal. No fracture."
        ),
        conclusion="1. Acute left SDH after a fall. 2. Incidental right parafalcine meningioma.",
        note="meningioma is incidental and unrelated: not combined",
    ),
    C(
        "e6-p21",
        "Small right frontal convexity SAH, likely traumatic. Otherwise normal.",
        1,
        {"sah"},
    ),
    C(
        "e6-p22",
        None,
        1,
        {"iph", "ivh", "multiple", "combined"},
        description=(
            "Acute right occipital lobar haematoma 3.5 x 2.8 cm with minor extension into the "
            "occipital horn. Serpiginous hyperdensities and punctate calcifications at its posterior "
            "margin. CTA: a nidus of about 2.5 cm supplied by right PCA branches, with early "
            "drainage into a dilated cortical vein running to the superior sagittal sinus."
        ),
        conclusion=(
            "Right occipital haemorrhage secondary to a ruptured arteriovenous malformation; small "
            "intraventricular extension."
        ),
    ),
    C(
        "e6-p23",
        "EXAMINATION: CT head without contrast and CT angiography head and neck. INDICATION: "
        "Thunderclap headache. TECHNIQUE: Non-contrast axial images followed by arterial phase "
        "CTA with MIP reconstructions. FINDINGS: Non-contrast: a small amount of acute "
        "subarachnoid blood is centered in the prepontine and interpeduncular cisterns, extending "
        "minimally into the ambient cisterns. The sylvian fissures and interhemispheric fissure "
        "are clear. No intraventricular extension. Ventricles are normal in size. No parenchymal "
        "hemorrhage. Gray-white differentiation is preserved. The calvarium is intact. CTA: no "
        "aneurysm, AVM or dissection. The circle of Willis is complete, with a fetal origin of "
        "the left PCA. Dural venous sinuses opacify normally. The "
        "cervical carotid and vertebral arteries are patent without stenosis. IMPRESSION: "
        "Perimesencephalic pattern subarachnoid hemorrhage. No aneurysm identified on CTA; "
        "catheter angiography may be considered.",
        1,
        {"sah"},
        note="no cause found: not combined",
    ),
    C(
        "e6-p24",
        None,
        1,
        {"iph", "combined"},
        description=(
            "Follow-up after mechanical thrombectomy of the right MCA. Within the right basal "
            "ganglia infarct there is a dense homogeneous haematoma occupying more than 30% of the "
            "infarcted area, 4.0 x 2.5 cm, with mass effect and 6 mm midline shift. No "
            "intraventricular blood."
        ),
        conclusion="Haemorrhagic transformation PH-2 of the right MCA infarct.",
    ),
    C(
        "e6-p25",
        "Interval enlargement of the left thalamic ICH, now 15 mL (from 9 mL), with new IVH in the "
        "third ventricle.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e6-p26",
        None,
        1,
        {"iph", "sah", "multiple", "combined"},
        description=(
            "Hyperdense superior sagittal sinus and right transverse sinus (cord sign). Right "
            "parasagittal frontal cortical-subcortical haemorrhage 2.4 cm with surrounding oedema, "
            "not conforming to an arterial territory. Thin subarachnoid blood in adjacent sulci. CT "
            "venography: filling defect in the superior sagittal sinus and in the right transverse "
            "and sigmoid sinuses."
        ),
        conclusion=(
            "Cerebral venous sinus thrombosis with a haemorrhagic venous infarct of the right "
            "frontal lobe and small adjacent SAH."
        ),
    ),
    C(
        "e6-p27",
        "Acute subdurla hematoma left frontotemproal 6 mm, no shift. Small left temporal "
        "contusion. No fx.",
        1,
        {"sdh", "iph", "multiple"},
        note="dictation slips",
    ),
    C(
        "e6-p28",
        None,
        1,
        {"iph"},
        description=(
            "Plain CT scan of brain. A well-defined hyperdense area measuring approx. 28 x 22 mm is "
            "noted in the left capsuloganglionic region with perilesional oedema causing effacement "
            "of the frontal horn of the left lateral ventricle. No intraventricular extension. Rest "
            "of the brain parenchyma shows normal attenuation. Bilateral lateral ventricles, third "
            "and fourth ventricles are normal. Basal cisterns normal. No midline shift. Calvarium "
            "normal."
        ),
        conclusion="Acute left capsuloganglionic bleed.",
    ),
    C(
        "e6-a09",
        "CT head for syncope. No acute intracranial abnormality; in particular no haemorrhage, "
        "infarct or mass. Mild involutional change.",
        0,
    ),
    C(
        "e6-a10",
        None,
        0,
        description=(
            "Immediately after thrombectomy. Hyperdensity in the left caudate and lentiform "
            "nucleus up to 130 HU, without mass effect; on the dual-energy iodine map it corresponds "
            "to iodine, with no hyperdensity on virtual non-contrast images. No sulcal or "
            "intraventricular hyperdensity."
        ),
        conclusion="Contrast staining of the left basal ganglia; no haemorrhagic transformation.",
        note="contrast staining mimic",
    ),
    C(
        "e6-a11",
        "Comparison CT 2021. Slit-like hypodense cavity in the right putamen at the site of the "
        "previous haemorrhage, with ex vacuo dilatation of the frontal horn. No fresh blood. "
        "Chronic small vessel disease.",
        0,
        note="old sequelae only",
    ),
    C(
        "e6-a12",
        None,
        0,
        {"fracture"},
        description=(
            "Fracture through the left greater wing of the sphenoid extending into the lateral wall "
            "of the sphenoid sinus, with an air-fluid level (blood) in the sinus. A few locules of "
            "pneumocephalus next to the left temporal pole. No extradural or subdural collection. "
            "No contusion."
        ),
        conclusion=(
            "Left skull base (sphenoid) fracture with haemosinus and small pneumocephalus. No "
            "intracranial haemorrhage."
        ),
    ),
    C(
        "e6-a13",
        "Known low-grade glioma of the right frontal lobe, stable in size. No haemorrhage within "
        "the lesion. No new abnormality.",
        0,
    ),
    C(
        "e6-a14",
        None,
        0,
        description=(
            "Follow-up day 10 after traumatic SAH. The previously seen sulcal hyperdensity in the "
            "left parietal region is no longer visible. No new intracranial haemorrhage. No "
            "hydrocephalus. Ventricles stable."
        ),
        conclusion="Resolved traumatic SAH. No acute findings.",
    ),
    C(
        "e6-a15",
        "Streak artefact from dental amalgam and beam hardening between the petrous bones limit "
        "assessment of the posterior fossa; an apparent hyperdensity next to the pons is "
        "artefactual and disappears on thin reformats. No intracranial bleed. Normal ventricles.",
        0,
        note="artefact mimic",
    ),
    C(
        "e6-h04",
        None,
        -1,
        description=(
            "Thin 2 mm hyperdensity along the anterior falx, which could be a small parafalcine "
            "subdural haematoma or a physiologically dense falx. No mass effect."
        ),
        conclusion="Questionable small parafalcine SDH. Compare with prior imaging if available.",
    ),
    C(
        "e6-h05",
        "Elderly patient, fall. Subtle hyperdensity at the left frontal base next to the orbital "
        "roof, partly obscured by artefact; a small contusion cannot be excluded. MRI recommended.",
        -1,
    ),
    C(
        "e6-h06",
        None,
        -1,
        description=(
            "After endovascular treatment of a right M1 occlusion. Hyperdensity in the right insular "
            "cortex and adjacent sulci, maximal attenuation 55 HU. No mass effect. Single-energy "
            "scanner; contrast staining and subarachnoid haemorrhage cannot be distinguished."
        ),
        conclusion=(
            "Hyperdensity in the right insula: contrast extravasation versus haemorrhage. Repeat CT "
            "in 24 hours."
        ),
    ),
    C(
        "e6-h07",
        "Non-displaced fracture of the left occipital bone. Possible thin extradural collection, "
        "2 mm, beneath the fracture, not clearly separable from the transverse sinus. No other "
        "intracranial abnormality. Short-interval follow-up advised.",
        -1,
        {"fracture"},
    ),
    # ---------------------------------------------------------------- batch 3
    C(
        "e6-p29",
        "CT HEAD. Clinical details: 88F, on warfarin, gradual decline, ?SDH. Technique: "
        "non-contrast axial acquisition with sagittal and coronal reformats. Comparison: none. "
        "Findings: There is a hypodense crescentic collection over the right cerebral convexity "
        "measuring up to 14 mm, with a few hyperdense internal septations. Effacement of the "
        "right-sided sulci and 6 mm leftward midline shift. The ventricles are otherwise of normal "
        "calibre. Generalised involutional volume loss. No established territorial infarct. "
        "Posterior fossa structures are unremarkable. The basal cisterns are patent. No skull "
        "fracture. No hyperdense vessel. Pineal and choroid plexus calcification. Scattered "
        "periventricular low attenuation in keeping with small vessel disease. The visualised "
        "orbits, paranasal sinuses and mastoids are unremarkable. "
        "Conclusion: Right chronic subdural haematoma with septations and 6 mm midline shift.",
        1,
        {"sdh"},
    ),
    C(
        "e6-p30",
        None,
        1,
        {"ivh"},
        description=(
            "Blood within both lateral ventricles and the third ventricle, casting the right "
            "lateral ventricle. No parenchymal haematoma identified. The ventricles are enlarged "
            "with periventricular transependymal oedema. No SAH."
        ),
        conclusion=(
            "Primary intraventricular haemorrhage with hydrocephalus. CTA recommended to look for "
            "a vascular cause."
        ),
        note="blood in several ventricles counts as one IVH",
    ),
    C(
        "e6-p31",
        "CT HEAD TRAUMA PROTOCOL. DEPRESSED COMMINUTED FRACTURE OF THE RIGHT PARIETAL BONE, "
        "DEPRESSED BY 6 MM. UNDERLYING LENTIFORM EXTRADURAL HAEMATOMA 11 MM. FEW FOCI OF "
        "PNEUMOCEPHALUS. NO MIDLINE SHIFT. VENTRICLES NORMAL.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e6-p32",
        None,
        1,
        {"sdh", "multiple"},
        description=(
            "Bilateral subdural collections: on the left a hypodense frontoparietal collection of "
            "9 mm; on the right a hyperdense frontal collection of 5 mm. No significant midline "
            "shift. Ventricles normal in size."
        ),
        conclusion="Bilateral subdural haematomas of different ages (chronic left, acute right).",
    ),
    C(
        "e6-p33",
        "Diffuse SAH, thickest in the left sylvian fissure, with a 3 cm left temporal lobe "
        "haematoma adjoining the fissure. CTA shows a 9 mm left MCA bifurcation aneurysm pointing "
        "into the haematoma and is the source of the bleed. Mild hydrocephalus.",
        1,
        {"sah", "iph", "multiple", "combined"},
    ),
    C(
        "e6-p34",
        None,
        1,
        {"iph", "multiple"},
        description=(
            "MVA, ejected from vehicle. Multiple small haemorrhagic foci at the grey-white junction "
            "of both frontal lobes and in the splenium of the corpus callosum. No extra-axial "
            "collection. Basal cisterns patent. Fractures of the right nasal bone and of the right "
            "medial orbital wall."
        ),
        conclusion=(
            "Appearances consistent with diffuse axonal injury with multiple haemorrhagic foci. "
            "Facial fractures as above; no skull vault or base fracture."
        ),
        note="facial fractures only: not fracture",
    ),
    C(
        "e6-p35",
        "Right frontal lobar haematoma, 4 cm, about 35 mL. No IVH, no SAH. Elderly normotensive "
        "patient; cerebral amyloid angiopathy is the leading consideration.",
        1,
        {"iph"},
        note="suspected amyloid angiopathy is not a definite listed cause: not combined",
    ),
    C(
        "e6-p36",
        None,
        1,
        {"sdh"},
        description=(
            "Compared with CT 5 days ago. The left temporal contusion has resolved, leaving a small "
            "area of low attenuation. The right convexity subdural haematoma has decreased from "
            "8 mm to 4 mm and is now isodense to slightly hypodense. No new haemorrhage."
        ),
        conclusion="Decreasing right SDH. Resolved left temporal contusion.",
        note="per mention: contusion resolved, SDH still present",
    ),
    C(
        "e6-p37",
        "Thin acute subdural blood layering along the right tentorial leaflet, 3 mm. No mass "
        "effect. Remainder of the study normal.",
        1,
        {"sdh"},
    ),
    C(
        "e6-p38",
        None,
        1,
        {"iph"},
        description=(
            "TECHNIQUE: Noncontrast CT of the head. COMPARISON: CT head 3 years prior. FINDINGS: "
            "Postsurgical changes of a remote right pterional craniotomy with an aneurysm clip at "
            "the right MCA bifurcation, causing streak artifact. New acute hemorrhage in the left "
            "thalamus measuring 1.8 x 1.5 cm with minimal surrounding edema. No intraventricular "
            "extension. Ventricles stable in size. No extra-axial collection. Chronic right frontal "
            "encephalomalacia along the surgical corridor. Periventricular white matter "
            "hypoattenuation. Basal cisterns patent. Posterior fossa unremarkable. Gray-white "
            "differentiation otherwise preserved; no new territorial infarct. Calvarium intact "
            "apart from the craniotomy. Paranasal sinuses and mastoid air cells are clear."
        ),
        conclusion=(
            "1. Acute left thalamic intraparenchymal hemorrhage, likely hypertensive. 2. Remote "
            "clipping of a right MCA aneurysm, unrelated to the current hemorrhage."
        ),
        note="treated aneurysm on the other side is unrelated: not combined",
    ),
    C(
        "e6-p39",
        "Post left craniotomy for evacuation of an acute SDH. Residual thin subdural haemorrhage "
        "under the bone flap, up to 5 mm. Expected postoperative pneumocephalus. No new "
        "haemorrhage. MLS improved to 2 mm.",
        1,
        {"sdh"},
    ),
    C(
        "e6-p40",
        None,
        1,
        {"combined"},
        description=(
            "Subacute left PICA territory infarct in the inferior cerebellar hemisphere. Confluent "
            "petechial hyperdensity within the infarct without space-occupying effect. Fourth "
            "ventricle patent."
        ),
        conclusion="Left PICA infarct with HI-2 haemorrhagic transformation.",
        note="HI-type transformation: combined without subtype",
    ),
    C(
        "e6-p41",
        "Traumatic SAH in the interpeduncular cistern and left sylvian fissure, and a small "
        "blood-fluid level in the occipital horn of the left lateral ventricle. No fracture.",
        1,
        {"sah", "ivh", "multiple"},
    ),
    C(
        "e6-p42",
        None,
        1,
        {"edh", "fracture"},
        description=(
            "Linear fracture of the right occipital bone crossing the groove of the transverse "
            "sinus. Lentiform hyperdense collection 9 mm deep beneath the fracture in the right "
            "posterior fossa, compressing the right cerebellar hemisphere. The fourth ventricle is "
            "patent."
        ),
        conclusion=(
            "Right posterior fossa EDH with occipital fracture. CT venography advised to assess the "
            "transverse sinus."
        ),
    ),
    C(
        "e6-a16",
        "NONCONTRAST CT HEAD. INDICATION: Headache, worst in weeks. TECHNIQUE: Axial 5 mm images "
        "with coronal and sagittal reformats. COMPARISON: None. FINDINGS: Brain parenchyma: "
        "normal gray-white differentiation. No mass, mass effect or midline shift. No acute "
        "infarct. Hemorrhage: no intraparenchymal, subarachnoid, subdural or epidural "
        "hemorrhage. Ventricles: normal in size and configuration. Extra-axial spaces: normal. "
        "Vascular: no hyperdense vessel. Skull: no fracture or aggressive osseous lesion. Soft "
        "tissues: unremarkable. Orbits: normal. Sella and craniocervical junction: "
        "unremarkable. Paranasal sinuses and mastoids: clear. Posterior fossa: the cerebellum "
        "and brainstem are normal; the fourth ventricle is midline. Basal cisterns: patent. "
        "Incidental cavum septum pellucidum. Calcification of the pineal gland and choroid "
        "plexus, physiological. No hydrocephalus. Dural venous sinuses are not hyperdense. "
        "IMPRESSION: No acute "
        "intracranial abnormality.",
        0,
    ),
    C(
        "e6-a17",
        None,
        0,
        description=(
            "The dural venous sinuses and cortical veins appear diffusely and symmetrically "
            "hyperdense (about 65 HU); haematocrit 0.62 on the same day. No parenchymal "
            "abnormality, no oedema. No extra-axial blood."
        ),
        conclusion=(
            "Diffusely dense vessels attributed to the high haematocrit. No sign of venous "
            "thrombosis or haemorrhage."
        ),
        note="high haematocrit mimic",
    ),
    C(
        "e6-a18",
        "No evidence of acute intracranial hemorrage, mass effect or hydrocephallus. Chronic "
        "lacunes in the left thalamus.",
        0,
        note="dictation slips",
    ),
    C(
        "e6-a19",
        None,
        0,
        description=(
            "Well-defined CSF-density cavity in the left temporoparietal region, 3.5 cm, with "
            "surrounding gliosis, at the site of the haematoma evacuated in 2019. Left craniotomy "
            "defect. No fresh haemorrhage. Ventricles stable."
        ),
        conclusion=(
            "Chronic post-haemorrhagic changes after evacuation of a left temporoparietal "
            "haematoma. No acute intracranial abnormality."
        ),
        note="old sequelae only",
    ),
    C(
        "e6-a20",
        "Blunt trauma to the left eye. Left retrobulbar haematoma with mild proptosis; periorbital "
        "soft tissue swelling. Orbital walls intact. Globe intact. Intracranial contents "
        "unremarkable, no haemorrhage.",
        0,
        note="orbital blood is extracranial",
    ),
    C(
        "e6-a21",
        None,
        0,
        description=(
            "Homogeneously hyperdense 2.3 cm dural-based mass along the left sphenoid wing with "
            "peripheral calcification and adjacent hyperostosis. No oedema. No intracranial "
            "haemorrhage."
        ),
        conclusion="Left sphenoid wing meningioma. No bleed.",
    ),
    C(
        "e6-a22",
        "Follow-up 6 weeks after conservative management of a right temporal extradural "
        "haematoma: the collection has completely resolved. The non-displaced right temporal "
        "squamous fracture is again seen. No intracranial abnormality.",
        0,
        {"fracture"},
        note="EDH resolved; fracture still visible",
    ),
    C(
        "e6-h08",
        None,
        -1,
        description=(
            "Small rounded 4 mm hyperdensity in the left cerebellar hemisphere, 58 HU, new compared "
            "with 2022. No oedema."
        ),
        conclusion=(
            "Nonspecific hyperdense focus in the left cerebellum: tiny haemorrhage versus "
            "cavernoma. MRI suggested."
        ),
    ),
    C(
        "e6-h09",
        "CT head after fall, intoxicated, motion-degraded. Possible small amount of blood in the "
        "left occipital horn, equivocal because of motion. Repeat when the patient is cooperative.",
        -1,
    ),
    C(
        "e6-h10",
        None,
        -1,
        {"fracture"},
        description=(
            "Longitudinal fracture of the right petrous temporal bone with opacification of the "
            "mastoid air cells and middle ear. Small hyperdensity next to the right temporal lobe, "
            "possibly a thin subdural or extradural collection versus partial volume of the petrous "
            "ridge."
        ),
        conclusion=(
            "Right temporal bone fracture. Questionable small extra-axial haemorrhage; "
            "short-interval follow-up CT suggested."
        ),
    ),
    C(
        "e6-h11",
        "Equivocal hyperdensity in the interpeduncular cistern; SAH is not excluded. If clinical "
        "suspicion persists, lumbar puncture or CTA is advised.",
        -1,
    ),
    # ---------------------------------------------------------------- batch 4
    C(
        "e6-p43",
        "CT HEAD WITHOUT CONTRAST. History: MVC, restrained driver, brief LOC. Technique: axial "
        "images from the foramen magnum to the vertex. Comparison: none. Findings: The ventricles "
        "are symmetric and normal in size. No midline shift. There is a small amount of "
        "hyperdense material in two adjacent sulci over the right parietal convexity, compatible "
        "with acute subarachnoid hemorrhage. No extra-axial fluid collection. No parenchymal "
        "contusion. No intraventricular blood. Gray-white differentiation is preserved. Basal "
        "cisterns are patent. The orbits are intact. No pneumocephalus. The pituitary fossa is "
        "normal. The posterior fossa is "
        "unremarkable. The calvarium and skull base are intact. Right parietal scalp swelling. "
        "The visualized paranasal sinuses and mastoid air cells are clear. Impression: Small "
        "volume traumatic SAH over the right parietal convexity.",
        1,
        {"sah"},
    ),
    C(
        "e6-p44",
        None,
        1,
        {"ivh", "iph", "multiple"},
        description=(
            "Right frontal EVD in situ, tip in the third ventricle. Residual intraventricular blood "
            "in the occipital horns, less than before. Ventricles smaller. Small tract haemorrhage "
            "along the catheter in the right frontal lobe, 8 mm."
        ),
        conclusion="Reducing IVH. Small EVD tract haemorrhage.",
    ),
    C(
        "e6-p45",
        "Acute haemorrhage in the head of the left caudate nucleus, 1.6 cm, rupturing into the "
        "frontal horn of the left lateral ventricle, with blood in the third ventricle. CTA: no "
        "aneurysm or AVM.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e6-p46",
        None,
        1,
        {"combined"},
        description=(
            "Heterogeneous 5 cm mass in the right frontal lobe crossing the genu of the corpus "
            "callosum, with central necrosis and areas of acute haemorrhage, surrounding vasogenic "
            "oedema and 7 mm leftward shift."
        ),
        conclusion="Haemorrhagic right frontal mass, likely high-grade glioma. MRI recommended.",
        note="tumour bleeding: combined without subtype",
    ),
    C(
        "e6-p47",
        "Left-sided chronic subdural haematoma, 16 mm, with 8 mm midline shift. For neurosurgical "
        "referral.",
        1,
        {"sdh"},
    ),
    C(
        "e6-p48",
        None,
        1,
        {"iph", "multiple"},
        description=(
            "Patient on dabigatran. Acute lobar haematoma in the right occipital lobe, 2.5 cm, and a "
            "second separate acute haematoma in the left frontal lobe, 1.5 cm, both with mild "
            "surrounding oedema. No intraventricular or subarachnoid blood. No midline shift."
        ),
        conclusion="Two acute lobar haemorrhages (right occipital, left frontal).",
    ),
    C(
        "e6-p49",
        "CT BRAIN PLAIN. ACUTE INTERHEMISPHERIC SUBDURAL HAEMATOMA POSTERIORLY, 5 MM. NO OTHER "
        "HAEMORRHAGE. NO FRACTURE.",
        1,
        {"sdh"},
    ),
    C(
        "e6-p50",
        None,
        1,
        {"sah", "combined"},
        description=(
            "Comparison: CT 3 days earlier. Status post coil embolisation of a ruptured basilar tip "
            "aneurysm; coil mass with streak artefact. Residual subarachnoid blood in the basal "
            "cisterns and the left sylvian fissure, reduced in amount. The intraventricular blood "
            "has cleared. Right frontal EVD in situ; ventricles smaller. No new infarct. No new "
            "haemorrhage."
        ),
        conclusion=(
            "Decreasing aneurysmal SAH after coiling of the ruptured basilar tip aneurysm. IVH "
            "cleared."
        ),
        note="per mention: SAH still present, IVH resolved",
    ),
    C(
        "e6-p51",
        "Acute haematoma of the cerebellar vermis, 2.6 cm, extending into the fourth ventricle. "
        "Dilated temporal horns.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e6-p52",
        None,
        1,
        {"iph", "fracture"},
        description=(
            "Fracture of the left orbital roof extending into the anterior cranial fossa. Adjacent "
            "haemorrhagic contusion of the left gyrus rectus, 1.5 cm. Fluid in the left frontal "
            "sinus. Left periorbital haematoma."
        ),
        conclusion=(
            "Left anterior cranial fossa (orbital roof) fracture with gyrus rectus contusion."
        ),
        note="orbital roof belongs to the skull base",
    ),
    C(
        "e6-p53",
        "Day 2 after thrombolysis: small parenchymal haematoma (PH-1) within the left frontal "
        "infarct, less than 30% of the infarct volume, mild mass effect.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e6-p54",
        None,
        1,
        {"iph"},
        description=(
            "TECHNIQUE: Non-contrast CT brain, axial 5 mm with coronal reformats. COMPARISON: CT "
            "brain 12 days ago. FINDINGS: The left temporal lobar haematoma is now of mixed "
            "attenuation with a hyperdense rim and a hypodense centre, measuring 2.8 x 2.0 cm "
            "(previously 3.4 x 2.6 cm). Surrounding oedema is slightly reduced. No "
            "intraventricular extension. No new haemorrhage. Ventricles are unchanged. Basal "
            "cisterns are patent. No midline shift. No extra-axial collection. No new infarct; "
            "mild periventricular white matter change. Posterior fossa normal. Calvarium intact. "
            "Orbits and paranasal sinuses clear. Mastoids aerated. Scalp unremarkable. Vascular "
            "calcification of the carotid siphons. Pituitary fossa normal."
        ),
        conclusion="Evolving subacute left temporal haematoma, smaller than before. No new bleed.",
    ),
    C(
        "e6-p55",
        "Right temporal squamous fracture with an underlying biconvex extradural haematoma, 12 mm. "
        "Contrecoup acute subdural haematoma over the left frontal convexity, 5 mm. No midline "
        "shift yet.",
        1,
        {"edh", "sdh", "multiple", "fracture"},
    ),
    C(
        "e6-a23",
        None,
        0,
        description=(
            "TECHNIQUE: Non-contrast CT head. COMPARISON: CT 2 years ago. FINDINGS: Moderate "
            "generalised cerebral volume loss with proportionate ventricular enlargement, stable. "
            "Patchy periventricular and deep white matter hypodensity, consistent with chronic "
            "small vessel ischaemia. Old lacunar infarcts in the left internal capsule and right "
            "thalamus. No acute infarct. No intracranial haemorrhage. No extra-axial collection. "
            "No mass. Vascular calcification of the carotid siphons and vertebral arteries. "
            "Basal cisterns patent; no midline shift. Posterior fossa: cerebellar volume loss, no "
            "focal lesion. Orbits: bilateral lens replacements. Calvarium intact; small benign "
            "frontal hyperostosis interna. Mastoids and sinuses clear. Scalp: no swelling or "
            "haematoma. Craniocervical junction: degenerative change only."
        ),
        conclusion=(
            "No acute intracranial abnormality. Atrophy and chronic small vessel disease, stable."
        ),
    ),
    C(
        "e6-a24",
        "Epistaxis after fall. Blood in the right maxillary antrum and nasal cavity. No facial or "
        "skull fracture. Intracranial appearances normal.",
        0,
        note="sinus blood only",
    ),
    C(
        "e6-a25",
        None,
        0,
        description=(
            "Compared with CT from June. The previously noted right thalamic haematoma has fully "
            "resolved, leaving a slit-like hypodensity. No new haemorrhage. Ventricles unchanged."
        ),
        conclusion="Resolved right thalamic haemorrhage. No acute abnormality.",
    ),
    C(
        "e6-a26",
        "Dense, partly calcified falx; no subdural haematoma. Choroid plexus calcification. Brain "
        "otherwise normal.",
        0,
        note="dense falx mimic",
    ),
    C(
        "e6-a27",
        None,
        0,
        description=(
            "Stroke call, onset 2 hours. Early hypodensity and loss of grey-white differentiation "
            "in the right frontal operculum. No haemorrhage. No hyperdense vessel. ASPECTS 9."
        ),
        conclusion="Early right MCA infarct. No intracranial haemorrhage; no contraindication on CT.",
    ),
    C(
        "e6-a28",
        "CT head and facial bones after assault. Bilateral nasal bone fractures and a fracture of "
        "the left mandibular angle. Calvarium and skull base intact. No intracranial haemorrhage.",
        0,
        note="facial fractures only: not fracture",
    ),
    C(
        "e6-a29",
        None,
        0,
        description=(
            "Remote left pterional craniotomy with clip on a left ICA terminus aneurysm; local "
            "streak artefact. Small area of encephalomalacia in the left frontal operculum. No "
            "new haemorrhage, infarct or hydrocephalus."
        ),
        conclusion="Stable post-surgical changes. No acute findings.",
    ),
    C(
        "e6-a30",
        "No acute intracranial pathology. No ICH.",
        0,
    ),
    C(
        "e6-h12",
        None,
        -1,
        description=(
            "5 mm hyperdense focus in the right lentiform nucleus, no surrounding oedema, no prior "
            "for comparison."
        ),
        conclusion=(
            "Probable tiny haemorrhage in the right lentiform nucleus; calcification is the "
            "differential. Follow-up CT or MRI."
        ),
    ),
    C(
        "e6-h13",
        "Mild asymmetry of the convexity sulci, fewer on the right. An isodense right subdural "
        "collection cannot be excluded. MRI recommended.",
        -1,
    ),
    C(
        "e6-h14",
        None,
        -1,
        {"fracture"},
        description=(
            "Non-displaced fracture of the left parietal bone near the vertex. Questionable tiny "
            "hyperdensity in an adjacent sulcus, which may be a trace of SAH or partial volume of "
            "the bone."
        ),
        conclusion="Left parietal fracture. ?Tiny SAH. Suggest repeat CT if neurology changes.",
    ),
    C(
        "e6-h15",
        "Known left frontal metastasis from breast carcinoma. Slightly hyperdense component in "
        "its posterior part, possibly haemorrhage or mineralisation. Consider MRI with SWI.",
        -1,
    ),
]
