"""English development set 8: invented head-CT reports aimed at specificity traps.

The reports imitate everyday English head-CT reporting from several countries (US structured
templates, UK and Australian dictated prose, Indian and Nigerian teaching-hospital styles, and
non-native English): long normal templates whose negations sit far from the blood word, structured
"Hemorrhage: none" fields, mimics of blood (calcified falx, choroid plexus, pineal and basal ganglia
calcification, hyperdense artery signs, contrast staining after thrombectomy, high haematocrit,
beam-hardening, dense venous sinuses, calcified cavernoma), extracranial blood (scalp, subgaleal,
periorbital, sinuses, nose, neck, neonatal cephalhaematoma), old sequelae and fully resolved bleeds,
indications that mention haemorrhage over a clean study, non-head studies, skull versus facial
fractures, and ordinary present and hedged reports of every subtype.

The set was written from the label definitions in DOMAIN.md and general radiology knowledge, without
looking at the project's lexicon, matcher or other case files. No report is real.

A development set: its first score is recorded here before any tuning; the rules may then be tuned on it.

First score (en-ich 1.14, before any tuning): ICH sensitivity 1.000, specificity 0.900, PPV 0.882,
hedged sent to verification 1.000; F1 edh 1.000, sdh 0.889, sah 0.889, iph 0.947, ivh 1.000, multiple 0.909,
fracture 0.857, combined 1.000.

Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present (ich=1)
    C(
        "e8d-p001",
        "EXAM: CT HEAD WITHOUT CONTRAST. CLINICAL HISTORY: 81-year-old male, fall from standing, on "
        "clopidogrel. COMPARISON: None. TECHNIQUE: Axial 5 mm images with sagittal and coronal "
        "reformats. FINDINGS: There is an acute crescentic subdural hematoma along the right cerebral "
        "convexity measuring up to 9 mm in thickness, with 5 mm of leftward midline shift. The basal "
        "cisterns are patent. No intraventricular extension. Gray-white differentiation is preserved. "
        "The calvarium is intact. The visualized paranasal sinuses and mastoid air cells are clear. "
        "IMPRESSION: Acute right convexity subdural hematoma, 9 mm, with 5 mm midline shift.",
        1,
        {"sdh"},
    ),
    C(
        "e8d-p002",
        "CT head. Clinical details: struck on the side of the head by a cricket ball, lucid interval, "
        "now GCS 11. Findings: There is a biconvex hyperdense collection in the left temporal region "
        "measuring 14 mm in maximal depth, deep to an undisplaced linear fracture of the squamous "
        "temporal bone. Local sulcal effacement with 3 mm of midline shift. The remainder of the brain "
        "is unremarkable. Conclusion: Left temporal extradural haematoma underlying a temporal bone "
        "fracture. Neurosurgical team informed by telephone.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e8d-p003",
        "NCCT brain followed by CT angiogram circle of Willis. History: thunderclap headache, vomiting. "
        "Non-contrast: diffuse hyperdensity fills the suprasellar, ambient and quadrigeminal cisterns "
        "and both Sylvian fissures. A small amount of blood layers in the fourth ventricle. Temporal "
        "horns are mildly dilated. CTA: 6 x 5 mm saccular aneurysm of the anterior communicating "
        "artery with an irregular dome, the source of the haemorrhage. Impression: Diffuse "
        "subarachnoid haemorrhage with intraventricular extension from a ruptured ACom aneurysm. "
        "Early hydrocephalus.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e8d-p004",
        "Non-contrast CT head. Indication: sudden right-sided weakness, BP 210/120. Findings: Ovoid "
        "hyperdense lesion centred on the left putamen measuring 3.1 x 2.2 x 2.5 cm (approximately "
        "9 mL) with a thin rim of surrounding oedema. Mild effacement of the left lateral ventricle; "
        "no ventricular extension. No hydrocephalus. Impression: Acute left putaminal intracerebral "
        "haemorrhage, most in keeping with a hypertensive bleed.",
        1,
        {"iph"},
    ),
    C(
        "e8d-p005",
        "CT BRAIN PLAIN. A hyperdense haematoma is seen in the right thalamus measuring about "
        "2.4 x 1.9 cm. It ruptures into the third ventricle and the body of the right lateral "
        "ventricle, with blood also layering in both occipital horns. The ventricles are not dilated "
        "at present. IMPRESSION: Right thalamic bleed with intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e8d-p006",
        "CT head post assault. Findings: Haemorrhagic contusions are present in the inferior aspects "
        "of both frontal lobes, the larger on the right measuring 18 mm, with surrounding low "
        "attenuation. No extra-axial collection. No skull fracture is identified. Left frontal scalp "
        "haematoma. Impression: Bilateral frontal haemorrhagic contusions.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e8d-p007",
        "CT head follow-up. Comparison: CT of 4 days ago. The left frontoparietal subdural haematoma "
        "has decreased in thickness from 11 mm to 6 mm and is now of mixed attenuation, reflecting "
        "evolution. Midline shift has reduced from 6 mm to 2 mm. No new haemorrhage. Impression: "
        "Interval decrease in size of the left subdural haematoma, which persists.",
        1,
        {"sdh"},
    ),
    C(
        "e8d-p008",
        "CT head. 68-year-old, confusion. There is dependent hyperdense material in the occipital "
        "horns of both lateral ventricles with a fluid level, in keeping with blood. No parenchymal "
        "haematoma is identified and the basal cisterns are clear. Ventricular size is normal. "
        "Impression: Small volume intraventricular haemorrhage; CT angiography is recommended to "
        "look for an underlying vascular cause.",
        1,
        {"ivh"},
        note="both occipital horns count as one focus",
    ),
    C(
        "e8d-p009",
        "Head CT after motorbike crash. Findings: Linear hyperdensity tracks along several sulci of the "
        "right frontal and parietal convexity. No extra-axial collection. The ventricles are normal in "
        "size. Calvarium intact. Impression: Small volume traumatic subarachnoid blood over the right "
        "convexity.",
        1,
        {"sah"},
    ),
    C(
        "e8d-p010",
        "CT brain. History: 79-year-old woman with gradual decline in mobility and headache over 3 "
        "weeks. Findings: Low-density crescentic collections overlie both cerebral hemispheres, "
        "measuring 15 mm on the right and 12 mm on the left, with a few septations. Because they are "
        "bilateral there is little midline shift. Sulci are effaced. Conclusion: Bilateral chronic "
        "subdural haematomas.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e8d-p011",
        "CT head. There is an extra-axial collection over the right cerebral convexity that is almost "
        "isodense to the adjacent cortex, displacing the grey-white junction medially and effacing the "
        "right-sided sulci. It measures 10 mm in depth. Midline shift 4 mm to the left. Impression: "
        "Right isodense (subacute) subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e8d-p012",
        "CT head 24 hours after intravenous thrombolysis for left MCA stroke. Findings: The established "
        "infarct in the left insula and frontal operculum now contains patchy petechial hyperdensity "
        "along the cortex without mass effect (haemorrhagic infarction type HI-2). No parenchymal "
        "haematoma. Impression: Haemorrhagic transformation of the left MCA infarct, HI-2.",
        1,
        {"combined"},
        note="HI-type transformation: combined without a subtype",
    ),
    C(
        "e8d-p013",
        "Follow-up CT brain after mechanical thrombectomy of a right M1 occlusion. A 3.5 x 2.8 cm "
        "homogeneous haematoma has developed within the right basal ganglia infarct, occupying more "
        "than 30% of the infarcted area and with mass effect on the right lateral ventricle. "
        "Impression: Parenchymal haematoma type 2 (PH-2) within the right MCA infarct.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e8d-p014",
        "CT brain with and without contrast. History: known metastatic renal cell carcinoma, new "
        "headache. Findings: A 2.6 cm enhancing right parietal metastasis has bled internally; the "
        "non-contrast series shows high-attenuation blood within it and a fluid level. Moderate "
        "vasogenic oedema. No other lesion. Impression: Haemorrhagic right parietal metastasis.",
        1,
        {"combined"},
        note="bleeding tumour: combined without a subtype",
    ),
    C(
        "e8d-p015",
        "CT head and CTA. 26-year-old with seizure. Non-contrast: Acute left occipital lobar haematoma "
        "measuring 3.0 x 2.4 cm, with adjacent serpiginous hyperdense vessels. CTA: a nidus of "
        "tangled vessels in the left occipital lobe supplied by the left posterior cerebral artery, "
        "draining into the straight sinus. Impression: Left occipital haematoma secondary to a ruptured "
        "arteriovenous malformation.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e8d-p016",
        "CT brain and CT venogram. Clinical: postpartum day 9, headache and seizure. The left "
        "transverse and sigmoid sinuses are hyperdense on the plain scan and show a filling defect on "
        "venography, consistent with sinus thrombosis. There is parenchymal haemorrhage in the left "
        "temporal lobe measuring 2.1 cm with surrounding oedema. Conclusion: Left transverse-sigmoid "
        "sinus thrombosis complicated by a haemorrhagic venous infarct in the left temporal lobe.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e8d-p017",
        "CT head day 1 post right frontal craniotomy for evacuation of lobar haematoma. Expected "
        "postoperative pneumocephalus. A residual hyperdense haematoma of 1.8 x 1.2 cm remains in the "
        "right frontal lobe at the operative bed. No new haemorrhage elsewhere. The bone flap is "
        "in situ. Impression: Small residual right frontal haematoma after evacuation.",
        1,
        {"iph"},
    ),
    C(
        "e8d-p018",
        "CT head after right-sided burr-hole drainage; the drain has been removed. "
        "The right convexity subdural collection is reduced but still measures 7 mm, with mixed "
        "attenuation including new hyperdense components in keeping with fresh blood, and a few "
        "locules of gas. Left side normal. Impression: Residual right subdural haematoma with "
        "acute-on-chronic components after burr-hole drainage.",
        1,
        {"sdh"},
    ),
    C(
        "e8d-p019",
        "CT head: There is a 2.8 cm acute haemorrhage in the right cerebellar hemisphere with "
        "surrounding oedema, compressing the fourth ventricle. Lateral and third ventricles are "
        "mildly enlarged. The supratentorial parenchyma is unremarkable. Impression: Right cerebellar "
        "haemorrhage with early obstructive hydrocephalus. Urgent neurosurgical review advised.",
        1,
        {"iph"},
    ),
    C(
        "e8d-p020",
        "NCCT HEAD. Patient found unresponsive, pinpoint pupils. Findings: Hyperdense lesion in the "
        "central pons measuring 2.0 x 1.7 cm. Fourth ventricle patent. No supratentorial abnormality. "
        "Impression: Acute pontine haemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e8d-p021",
        "CT BRAIN (NON-CONTRAST). Clinical information: RTA, motorcyclist, not wearing helmet, loss of "
        "consciousness. Findings: There is a biconvex hyperdense collection in the right parietal "
        "region measuring 4.2 x 1.6 cm, beneath a linear fracture of the right parietal bone. There "
        "is compression of the right lateral ventricle and 6 mm midline shift to the left. Extensive "
        "right parietal scalp swelling. Conclusion: Right parietal extradural haematoma with "
        "associated right parietal bone fracture and scalp haematoma.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e8d-p022",
        "CT scan of brain - plain study. A thin sheet of hyperdensity is seen along the posterior "
        "falx cerebri, measuring 4 mm in thickness, in keeping with an interhemispheric subdural "
        "haematoma. Ventricles and cisterns normal. No calvarial fracture seen. IMPRESSION: Small "
        "parafalcine subdural haemorrhage. Advised clinical correlation and follow-up scan.",
        1,
        {"sdh"},
    ),
    C(
        "e8d-p023",
        "CT head and temporal bones. History: fall down stairs, blood from the left ear. Findings: "
        "Longitudinal fracture of the left petrous temporal bone extending into the middle ear with "
        "haemotympanum and opacified mastoid air cells. A few locules of intracranial air adjacent to "
        "the left temporal lobe. A small haemorrhagic contusion of 9 mm is present in the left "
        "temporal pole. Impression: Left petrous temporal fracture with pneumocephalus and a small "
        "left temporal haemorrhagic contusion.",
        1,
        {"iph", "fracture"},
    ),
    C(
        "e8d-p024",
        "CT head. Fall backwards onto concrete. There is a minimally displaced fracture of the occipital "
        "bone extending towards the foramen magnum. Contrecoup haemorrhagic contusions are seen in both "
        "frontal poles. Subarachnoid blood is present in the interhemispheric fissure anteriorly and "
        "in frontal sulci. No extra-axial haematoma. Impression: Occipital fracture; bifrontal "
        "contusions; traumatic subarachnoid haemorrhage.",
        1,
        {"iph", "sah", "multiple", "fracture"},
    ),
    C(
        "e8d-p025",
        "CT head. High-speed road traffic collision, GCS 6. Findings: Several punctate hyperdense foci "
        "at the grey-white matter junction of both frontal lobes and one in the splenium of the corpus "
        "callosum, measuring 3-5 mm, consistent with small haemorrhages. No extra-axial collection. "
        "No midline shift. Impression: Petechial haemorrhages suggestive of diffuse axonal injury. MRI "
        "recommended when clinically feasible.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e8d-p026",
        "CT head and CT angiogram. Sudden occipital headache. Non-contrast CT shows hyperdense blood "
        "confined to the prepontine and interpeduncular cisterns, anterior to the midbrain. No "
        "intraventricular blood. No hydrocephalus. CTA shows no aneurysm, vascular malformation or "
        "dissection. Impression: Perimesencephalic pattern subarachnoid haemorrhage with a negative "
        "CTA.",
        1,
        {"sah"},
        note="no cause found: not combined",
    ),
    C(
        "e8d-p027",
        "CT BRAIN PLAIN AXIAL SECTIONS. Observation: Hyperdense area noted in left gangliocapsular "
        "region measuring 3.2 x 2.1 cm with perilesional edema, causing mass effect on the frontal horn "
        "of left lateral ventricle. Mild midline shift of 3 mm to right side. Other parenchyma shows "
        "age related atrophy. Impression: Acute left gangliocapsular bleed.",
        1,
        {"iph"},
    ),
    C(
        "e8d-p028",
        "CT head. Comparison with CT from 5 weeks ago which showed a thin left subdural collection. "
        "There is now a larger, 16 mm left hemispheric subdural collection of mixed density with a "
        "dependent hyperdense layer (haematocrit effect) and new 8 mm midline shift. Impression: "
        "Enlarging left acute-on-chronic subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e8d-p029",
        "CT head. 91-year-old nursing-home resident, unwitnessed fall. Large right frontal scalp "
        "haematoma. No skull fracture. Beneath it, a small amount of subarachnoid blood is seen in two "
        "adjacent right frontal sulci. The ventricles are age-appropriate. No subdural collection. "
        "Impression: Minor right frontal traumatic SAH. Scalp haematoma.",
        1,
        {"sah"},
    ),
    C(
        "e8d-p030",
        "CT head. 77-year-old, acute confusion, no trauma. Findings: An irregular lobar haematoma in the "
        "right parietal lobe measures 4.0 x 3.1 cm and extends to the cortical surface, with blood "
        "in the overlying sulci. Background of extensive periventricular white matter low density. "
        "Impression: Right parietal lobar haemorrhage with subarachnoid extension; pattern raises the "
        "possibility of cerebral amyloid angiopathy.",
        1,
        {"iph", "sah", "multiple"},
        note="cause is only suggested: not combined",
    ),
    C(
        "e8d-p031",
        "CT HEAD WO. HISTORY: Fall from ladder. FINDINGS: Nondisplaced fracture of the left temporal "
        "squama with an underlying lentiform epidural hematoma measuring 8 mm. Separate thin right "
        "frontotemporal subdural hematoma measuring 4 mm (contrecoup). No midline shift. "
        "IMPRESSION: 1. Left temporal bone fracture with small epidural hematoma. 2. Thin right "
        "subdural hematoma.",
        1,
        {"edh", "sdh", "multiple", "fracture"},
    ),
    C(
        "e8d-p032",
        "Dual-energy CT brain 22 hours after thrombectomy of a left M1 occlusion. Hyperdensity persists "
        "in the left caudate head and lentiform nucleus with mild mass effect. On the iodine overlay "
        "map the hyperdensity contains no iodine, and it remains dense on the virtual non-contrast "
        "image, confirming blood rather than contrast staining. It occupies less than 30% of the "
        "infarct. Impression: Haemorrhagic transformation of the left striatal infarct, PH-1.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e8d-p033",
        "CT head. On warfarin, INR 4.8. A large right frontoparietal lobar haematoma measures "
        "6.2 x 4.5 cm, containing multiple fluid-fluid levels typical of coagulopathic bleeding. "
        "There is 11 mm leftward midline shift and effacement of the right lateral ventricle. The "
        "ventricles contain no blood. Impression: Large anticoagulant-related right hemispheric "
        "intracerebral haematoma with significant mass effect.",
        1,
        {"iph"},
    ),
    C(
        "e8d-p034",
        "CT HEAD (STRUCTURED). Indication: headache after minor fall. Intracranial haemorrhage: Yes - "
        "small left parafalcine subdural, 3 mm. Infarct: No. Mass: No. Midline shift: No. "
        "Hydrocephalus: No. Skull: No fracture. Summary: Small left parafalcine subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e8d-p035",
        "CT head templated report. Parenchyma: No intraparenchymal hemorrhage, mass or acute infarct. "
        "Extra-axial spaces: 4 mm subdural hematoma along the right tentorium cerebelli. Ventricles: "
        "Normal size, no intraventricular hemorrhage. Calvarium: Intact. Impression: Small right "
        "tentorial subdural hematoma; otherwise negative.",
        1,
        {"sdh"},
    ),
    C(
        "e8d-p036",
        "CT brain. Alcohol intoxication, found on the floor. No midline shift. No hydrocephalus. No "
        "skull fracture. No extra-axial collection. Grey-white differentiation is maintained. There "
        "is, however, a small amount of hyperdense blood in the interpeduncular cistern and left "
        "ambient cistern. Conclusion: Small volume subarachnoid haemorrhage in the basal cisterns.",
        1,
        {"sah"},
    ),
    C(
        "e8d-p037",
        "CT head. Sudden collapse. The fourth ventricle is distended by a hyperdense cast of blood that "
        "extends into the cerebral aqueduct. No parenchymal haematoma and no subarachnoid blood is "
        "seen. Mild dilatation of the temporal horns. Impression: Isolated intraventricular "
        "haemorrhage centred on the fourth ventricle; CTA advised.",
        1,
        {"ivh"},
    ),
    C(
        "e8d-p038",
        "CT head - repeat at 12 hours. Known right temporal fracture managed conservatively. The right "
        "temporal extradural haematoma is unchanged in size, 9 mm maximal depth. No new collection. "
        "Midline structures central. Conclusion: Stable right temporal extradural haematoma; the "
        "temporal bone fracture is again seen.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e8d-p039",
        "CT brain. Assault with a bottle. Findings: 12 mm haemorrhagic contusion in the left frontal "
        "lobe and a separate 8 mm contusion in the right temporal lobe, both with surrounding "
        "oedema. The extra-axial spaces are normal. No fracture. Impression: Two cerebral contusions "
        "(left frontal, right temporal).",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e8d-p040",
        "CT head. Severe headache, postpartum. A thin rim of hyperdensity outlines three sulci at the "
        "left frontal convexity, in keeping with convexity subarachnoid haemorrhage. The basal "
        "cisterns are clear. No parenchymal haemorrhage. Impression: Left frontal convexity SAH. "
        "Differential for the cause includes RCVS; CTA/CTV recommended.",
        1,
        {"sah"},
    ),
    C(
        "e8d-p041",
        "CT head. Ventriculoperitoneal shunt via a right parietal approach with the tip in the frontal "
        "horn. New bilateral hemispheric subdural haematomas measure 8 mm on the right and 5 mm on "
        "the left, with compressed (slit-like) lateral ventricles, likely related to overdrainage. "
        "Impression: Bilateral subdural haematomas.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e8d-p042",
        "CT brain with contrast. Known right frontal glioblastoma under treatment, sudden decline. "
        "The heterogeneously enhancing right frontal mass now contains a new area of acute haemorrhage "
        "within it. Increased surrounding oedema and 7 mm leftward shift. Impression: Acute "
        "intratumoural haemorrhage within the known glioblastoma.",
        1,
        {"combined"},
        note="tumour bleeding: combined without a subtype",
    ),
    C(
        "e8d-p043",
        "CT head. Struck with a hammer. There is a depressed comminuted fracture of the left parietal "
        "bone, depressed by 8 mm. Beneath it there is a 1.5 cm haemorrhagic contusion of the left "
        "parietal lobe with a few small bone fragments. No extra-axial collection. Impression: "
        "Depressed left parietal skull fracture with underlying haemorrhagic contusion.",
        1,
        {"iph", "fracture"},
    ),
    C(
        "e8d-p044",
        "CT head. Progressive headache over 2 weeks, minor fall a month ago. Findings: A crescentic "
        "collection overlying the right frontoparietal convexity is hypodense to cortex, 12 mm deep, "
        "with effacement of the right sulci and 4 mm midline shift. No acute haemorrhage. Impression: "
        "Right chronic subdural haematoma.",
        1,
        {"sdh"},
        note="'no acute haemorrhage' sits beside a chronic SDH that is present",
    ),
    C(
        "e8d-p045",
        "CT head, trauma series. Hyperdense blood in the prepontine cistern along the clivus and in the "
        "left sylvian fissure; blood also layers in the left occipital horn. No parenchymal contusion "
        "or extra-axial collection. Skull intact. Impression: Traumatic subarachnoid haemorrhage "
        "with a small intraventricular component.",
        1,
        {"sah", "ivh", "multiple"},
    ),
    # ------------------------------------------------------------------ absent (ich=0)
    C(
        "e8d-n001",
        "EXAM: CT HEAD WITHOUT CONTRAST. HISTORY: Dizziness. TECHNIQUE: Contiguous axial images from the "
        "skull base to the vertex. COMPARISON: None available. FINDINGS: No acute intracranial "
        "hemorrhage, mass effect, or midline shift. The ventricles and sulci are normal in size and "
        "configuration for age. Gray-white matter differentiation is preserved. The basal cisterns are "
        "patent. No extra-axial fluid collection. The calvarium is intact. The orbits, paranasal "
        "sinuses and mastoid air cells are unremarkable. IMPRESSION: No acute intracranial "
        "abnormality.",
        0,
    ),
    C(
        "e8d-n002",
        "CT head. Clinical details: collapse, ? cause. Findings: The ventricular system is of normal "
        "size and the midline is central. There is no intracranial haemorrhage, infarct or "
        "space-occupying lesion. Normal grey-white differentiation. The posterior fossa is clear. "
        "No calvarial fracture. Conclusion: Normal CT head.",
        0,
    ),
    C(
        "e8d-n003",
        "CT head without contrast. Findings: There is no evidence of acute intracranial haemorrhage, "
        "extra-axial collection, hydrocephalus, acute territorial infarct or intracranial mass lesion. "
        "Mild generalised volume loss, appropriate for age. Scattered periventricular hypodensities "
        "compatible with chronic small vessel ischaemia. Impression: No acute intracranial finding.",
        0,
    ),
    C(
        "e8d-n004",
        "HEAD CT STRUCTURED REPORT. Indication: fall on anticoagulation. Hemorrhage: None. Mass "
        "effect: None. Midline shift: None. Extra-axial collections: None. Ventricles: Normal. "
        "Infarct: None acute. Calvarium: Intact. Soft tissues: Small left frontal scalp contusion. "
        "Impression: No acute intracranial injury.",
        0,
    ),
    C(
        "e8d-n005",
        "CT head non-contrast. Reason for exam: 84F on warfarin, fall, rule out bleed. Findings: "
        "Negative for intracranial hemorrhage. There is no subdural, epidural or subarachnoid blood. "
        "Atrophy and chronic microvascular changes. Impression: Negative for acute intracranial "
        "process.",
        0,
    ),
    C(
        "e8d-n006",
        "CT brain. Headache for 3 days. The brain parenchyma is free of haemorrhage, mass or focal "
        "abnormality. The subarachnoid spaces and basal cisterns are free of blood. The ventricles are "
        "symmetric. Impression: Unremarkable CT brain.",
        0,
    ),
    C(
        "e8d-n007",
        "CT head. Syncope. Findings: Normal appearance of the brain for age. Absence of subarachnoid, "
        "subdural or epidural blood. Absence of midline shift. The skull and skull base are intact. "
        "Impression: No acute intracranial abnormality.",
        0,
    ),
    C(
        "e8d-n008",
        "CT head without contrast. The brain is normal in morphology and attenuation without evidence "
        "of intracranial bleed, infarction or mass. Midline structures are central without "
        "herniation. Impression: Normal study.",
        0,
    ),
    C(
        "e8d-n009",
        "CT head. Minor head injury. There is dense, thick calcification along the anterior falx "
        "cerebri, which is a normal variant and should not be confused with a parafalcine collection. "
        "No intracranial haemorrhage. No fracture. Impression: No acute intracranial injury; "
        "incidental falcine calcification.",
        0,
        note="calcified falx mimic",
    ),
    C(
        "e8d-n010",
        "CT BRAIN. Hyperdense foci in the glomera of the choroid plexus of both lateral ventricles and "
        "in the pineal gland represent physiological calcification. The ventricles contain no blood. "
        "The remainder of the brain is normal. Impression: Physiological intracranial "
        "calcifications only.",
        0,
    ),
    C(
        "e8d-n011",
        "CT head. History of hypoparathyroidism, seizures. Symmetric dense calcification is seen in the "
        "globus pallidus and caudate nuclei on both sides, and in the dentate nuclei of the "
        "cerebellum (attenuation around 300 HU). No acute haemorrhage or infarct. Impression: "
        "Extensive symmetric basal ganglia and dentate calcification, consistent with the history.",
        0,
    ),
    C(
        "e8d-n012",
        "CT head (code stroke), last known well 50 minutes ago. There is a hyperdense left middle "
        "cerebral artery (M1 segment), consistent with acute thrombus. Subtle loss of grey-white "
        "differentiation in the left insular ribbon. ASPECTS 9. No intracranial haemorrhage. "
        "Impression: Hyperdense left MCA sign with early left insular ischaemia; no haemorrhage, no "
        "contraindication to thrombolysis on imaging.",
        0,
        note="hyperdense artery sign mimic",
    ),
    C(
        "e8d-n013",
        "Dual-energy CT brain 18 hours after thrombectomy of a right M1 occlusion. There is "
        "hyperdensity in the right lentiform nucleus. The iodine map shows it is due to iodine, and "
        "on the virtual non-contrast images it disappears. Impression: Contrast staining of the "
        "right lentiform nucleus; no haemorrhagic transformation.",
        0,
        note="contrast staining mimic, confirmed as iodine",
    ),
    C(
        "e8d-n014",
        "CT head. Known polycythaemia vera, haematocrit 61%. All the dural venous sinuses and the "
        "cortical veins appear diffusely hyperdense, with measured density of 68 HU in the superior "
        "sagittal sinus, a pattern of high haematocrit. The arteries are similarly dense. No "
        "intracranial haemorrhage. Impression: Diffuse vascular hyperdensity due to "
        "polycythaemia; no acute intracranial abnormality.",
        0,
    ),
    C(
        "e8d-n015",
        "CT head. Streak artefact from the petrous bones produces linear high density across the pons "
        "and the inferior temporal lobes. This is beam-hardening artefact and not haemorrhage; it "
        "is not reproduced on the coronal reformats. The study is otherwise normal. Impression: No "
        "acute intracranial abnormality.",
        0,
        note="artefact named and excluded as blood",
    ),
    C(
        "e8d-n016",
        "CT head and CT venogram. History: dehydration, headache. The superior sagittal and transverse "
        "sinuses appear mildly hyperdense on the plain scan. CT venogram shows normal opacification of "
        "all dural venous sinuses and deep veins without filling defect. No intracranial "
        "haemorrhage. Impression: Dense sinuses related to haemoconcentration; no venous sinus "
        "thrombosis.",
        0,
    ),
    C(
        "e8d-n017",
        "CT brain. Follow-up of a known right frontal cavernous malformation. There is a 9 mm "
        "well-defined, densely calcified lesion in the right frontal white matter, unchanged from the "
        "previous study, without surrounding oedema or fresh blood. No new abnormality. Impression: "
        "Stable calcified cavernoma; no acute haemorrhage.",
        0,
    ),
    C(
        "e8d-n018",
        "CT head. Fell against a door frame. There is a large left parietal scalp haematoma measuring "
        "2.2 cm in thickness. The underlying calvarium is intact. No intracranial haemorrhage, "
        "contusion or extra-axial collection. Impression: Scalp haematoma only.",
        0,
        note="extracranial blood",
    ),
    C(
        "e8d-n019",
        "CT head. Assault, hair pulled. A crescentic subgaleal haematoma extends over the vertex and "
        "both parietal regions, crossing the sutures. No skull fracture. The brain and the "
        "intracranial spaces are normal; there is no intracranial blood. Impression: Extensive "
        "subgaleal haematoma without intracranial injury.",
        0,
    ),
    C(
        "e8d-n020",
        "CT head and facial bones. Punched in the right eye. Findings: Right periorbital soft tissue "
        "haematoma. Fracture of the right orbital floor with herniation of orbital fat into the "
        "maxillary sinus, and blood in the right maxillary antrum. The orbital roof is intact. The "
        "brain is normal with no intracranial haemorrhage. Impression: Right orbital blowout "
        "fracture with periorbital haematoma and haemosinus. No intracranial injury.",
        0,
        note="orbital floor is facial, not skull",
    ),
    C(
        "e8d-n021",
        "CT head and face. Facial trauma from a fall off a bicycle. There is a left zygomaticomaxillary "
        "complex fracture involving the lateral and anterior walls of the left maxillary sinus, the "
        "zygomatic arch and the lateral orbital rim, with a blood-fluid level in the left maxillary "
        "sinus. The calvarium and skull base are intact. No intracranial haemorrhage. Impression: "
        "Left ZMC fracture with haemosinus; no skull fracture or intracranial injury.",
        0,
    ),
    C(
        "e8d-n022",
        "CT head. Punched in the face, epistaxis. There is a comminuted displaced fracture of the nasal "
        "bones with blood clot filling the nasal cavity and soft tissue swelling over the nasal bridge. "
        "Intracranial appearances are normal, with no haemorrhage or fracture of the skull. "
        "Impression: Nasal bone fracture; normal brain.",
        0,
    ),
    C(
        "e8d-n023",
        "CT head and neck. Stab wound to the left neck. The head CT is normal: no intracranial "
        "haemorrhage, infarct or mass. In the neck there is a haematoma in the left sternocleidomastoid "
        "and posterior triangle soft tissues measuring 5 cm, with no active extravasation; the "
        "carotid and vertebral arteries are patent. Impression: Left neck soft-tissue haematoma. "
        "Normal brain.",
        0,
    ),
    C(
        "e8d-n024",
        "CT head - neonate, day 3, vacuum-assisted delivery. There is a crescentic soft tissue "
        "collection over the right parietal bone, limited by the sagittal and lambdoid sutures, "
        "consistent with a cephalhaematoma. No underlying fracture. The brain parenchyma and "
        "extra-axial spaces are normal; there is no intracranial haemorrhage. Impression: Right "
        "parietal cephalhaematoma.",
        0,
    ),
    C(
        "e8d-n025",
        "CT brain. History of a severe head injury 6 years ago. Findings: Encephalomalacia and gliosis "
        "in the inferior left frontal lobe and left temporal pole with ex vacuo dilatation of the left "
        "frontal horn. No acute haemorrhage. Impression: Chronic post-traumatic changes; no acute "
        "finding.",
        0,
        note="old sequelae only",
    ),
    C(
        "e8d-n026",
        "CT head. Past history of a right putaminal haemorrhage treated conservatively 4 years ago. "
        "A slit-like CSF-density cavity in the right putamen with marginal hemosiderin staining on a "
        "previous MRI represents the old haemorrhage. There is no new or fresh haemorrhage. "
        "Impression: Old right putaminal haemorrhagic cavity; no acute intracranial abnormality.",
        0,
    ),
    C(
        "e8d-n027",
        "CT head. Indication: transient slurred speech, ?bleed. Findings: Chronic lacunar infarcts in "
        "the left internal capsule and right thalamus. Confluent periventricular white matter "
        "hypodensity. No haemorrhage. Impression: Chronic small vessel disease with old lacunes; no "
        "intracranial bleed.",
        0,
    ),
    C(
        "e8d-n028",
        "CT head. Known previous stroke. There is a wedge-shaped area of CSF attenuation in the right "
        "MCA territory involving the frontal and parietal lobes, with volume loss and mild "
        "Wallerian degeneration of the right cerebral peduncle, consistent with a remote infarct. No "
        "acute infarct and no haemorrhage. Impression: Old right MCA territory infarct.",
        0,
    ),
    C(
        "e8d-n029",
        "CT head. Two years after right frontal craniotomy for resection of a convexity meningioma. "
        "Bone flap in situ with fixation plates. Small area of gliosis beneath the craniotomy site. "
        "No extra-axial collection, no haemorrhage and no recurrent mass on this non-contrast study. "
        "Impression: Stable postoperative appearances.",
        0,
    ),
    C(
        "e8d-n030",
        "CT brain. Right frontal ventriculoperitoneal shunt catheter in good position, tip in the "
        "frontal horn near the foramen of Monro. Ventricular size is stable compared with the prior "
        "study. No periventricular oedema. No subdural collection and no haemorrhage along the "
        "catheter tract. Impression: Stable shunted ventricles.",
        0,
    ),
    C(
        "e8d-n031",
        "CT head. Follow-up. Comparison: CT 6 weeks ago showing a left convexity subdural haematoma. "
        "The previously seen left subdural haematoma has completely resolved. The sulci are now "
        "normally visualised and the midline is central. No new collection. Impression: Complete "
        "resolution of the left subdural haematoma.",
        0,
        note="fully resolved",
    ),
    C(
        "e8d-n032",
        "CT head at day 10 after subarachnoid haemorrhage from a coiled ACom aneurysm. The coil mass "
        "is in place with streak artefact. The subarachnoid blood seen on the admission scan has "
        "cleared, with no residual hyperdensity in the cisterns or sulci. Ventricles normal in size. "
        "No infarct. Impression: Resolution of subarachnoid haemorrhage; no hydrocephalus.",
        0,
        note="fully resolved SAH; the aneurysm history does not make it present",
    ),
    C(
        "e8d-n033",
        "CT brain, 3 months after a road traffic accident. The right frontal haemorrhagic contusion "
        "present on the previous CT has evolved into a small area of low density (encephalomalacia) "
        "without any residual hyperdensity. No extra-axial collection. Impression: Evolved right "
        "frontal contusion, now a focus of encephalomalacia. No residual haemorrhage.",
        0,
    ),
    C(
        "e8d-n034",
        "CT head. History: SAH 2019, clipped ACom aneurysm; new headache. Findings: Aneurysm clip at "
        "the anterior communicating artery with metallic streak artefact. Mild encephalomalacia in "
        "the gyrus rectus bilaterally. No acute intracranial haemorrhage. Ventricles normal. "
        "Impression: Post-clipping changes; no new haemorrhage.",
        0,
    ),
    C(
        "e8d-n035",
        "CT head. Clinical: on apixaban, fall, headache, ?ICH. Findings: No intracranial blood is "
        "seen. Normal ventricles and cisterns. No fracture. Small right occipital scalp swelling. "
        "Impression: No evidence of intracranial haemorrhage.",
        0,
    ),
    C(
        "e8d-n036",
        "CT CERVICAL SPINE WITHOUT CONTRAST. HISTORY: Fall, neck pain, on anticoagulation. FINDINGS: "
        "Minimally displaced fracture of the C6 spinous process. There is a hyperdense collection in "
        "the dorsal spinal canal from C5 to C7, consistent with a spinal epidural hematoma, mildly "
        "narrowing the canal. Prevertebral soft tissues are normal. IMPRESSION: C6 spinous process "
        "fracture with dorsal spinal epidural hematoma. MRI recommended.",
        0,
        note="non-head study",
    ),
    C(
        "e8d-n037",
        "CT CHEST WITH CONTRAST. History: blunt trauma. Findings: Right-sided fractures of ribs 4-7 "
        "with a moderate right haemothorax and a small pneumothorax. Pulmonary contusion in the right "
        "lower lobe. Mediastinal haematoma is not seen. Impression: Right rib fractures with "
        "haemopneumothorax.",
        0,
        note="non-head study",
    ),
    C(
        "e8d-n038",
        "CT abdomen and pelvis with contrast. On enoxaparin, falling haemoglobin. A large left "
        "retroperitoneal haematoma involving the left psoas muscle measures 12 x 8 cm, with a focus "
        "of active contrast extravasation. Impression: Left retroperitoneal haematoma with active "
        "bleeding. Interventional radiology informed.",
        0,
        note="non-head study",
    ),
    C(
        "e8d-n039",
        "CT abdomen. Post liver biopsy, right upper quadrant pain. There is a 6 cm lentiform "
        "subcapsular hepatic haematoma along segment VI with a small amount of haemoperitoneum in the "
        "hepatorenal pouch. No active extravasation. Impression: Subcapsular hepatic haematoma "
        "after biopsy.",
        0,
        note="non-head study",
    ),
    C(
        "e8d-n040",
        "CT abdomen and pelvis, trauma. Grade III splenic laceration with perisplenic haematoma and "
        "moderate haemoperitoneum extending into the pelvis. No hollow viscus injury. Impression: "
        "Splenic laceration with haemoperitoneum.",
        0,
        note="non-head study",
    ),
    C(
        "e8d-n041",
        "CT head. Fall from a horse. There is a non-displaced linear fracture of the right occipital "
        "bone, 4 cm long, not extending to the foramen magnum or the transverse sinus groove. Small "
        "overlying scalp haematoma. No underlying extradural or subdural collection and no "
        "intracranial haemorrhage. Impression: Undisplaced right occipital skull fracture without "
        "intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "e8d-n042",
        "CT head and temporal bones. Blow to the right side of the head, hearing loss. Transverse "
        "fracture of the right petrous temporal bone through the otic capsule. Fluid opacifies the "
        "right middle ear and mastoid air cells, likely blood. No pneumocephalus. The brain is "
        "normal with no intracranial haemorrhage. Impression: Right petrous temporal bone fracture "
        "with haemotympanum; no intracranial bleed.",
        0,
        {"fracture"},
        note="blood in the middle ear and mastoid is outside the cranial cavity",
    ),
    C(
        "e8d-n043",
        "CT head and maxillofacial. Road traffic collision, midface trauma. Bilateral Le Fort II "
        "fractures with fractures of the nasal bones, medial orbital walls and both maxillary "
        "sinuses, which are filled with blood. The skull vault and skull base including the orbital "
        "roofs are intact. No intracranial haemorrhage or pneumocephalus. Impression: Le Fort II "
        "fracture with haemosinus. No skull fracture, no intracranial injury.",
        0,
    ),
    C(
        "e8d-n044",
        "CT brain plus mandible views. Fell onto chin. Fractures of the left mandibular condylar neck "
        "and right parasymphysis. The brain is normal in appearance. No intracranial haemorrhage, "
        "midline shift or skull fracture. Impression: Bifocal mandibular fracture; normal brain.",
        0,
    ),
    C(
        "e8d-n045",
        "CT head. Findings: Midline shift, mass effect and intracranial haemorrhage are all absent. "
        "The ventricles, sulci and cisterns are within normal limits for age. Bony structures intact. "
        "Impression: Normal non-contrast CT of the head.",
        0,
    ),
    C(
        "e8d-n046",
        "CT brain. Neither haemorrhage nor infarction is seen. Neither hydrocephalus nor extra-axial "
        "collection is demonstrated. Conclusion: No acute intracranial abnormality.",
        0,
    ),
    C(
        "e8d-n047",
        "CT head. Headache. No intra- or extra-axial haemorrhage. No space-occupying lesion. Normal "
        "ventricular size. Paranasal sinuses clear. Impression: No acute finding to explain the "
        "headache.",
        0,
    ),
    C(
        "e8d-n048",
        "CT head. Thunderclap headache 4 hours ago. There is no blood within the ventricles, the basal "
        "cisterns, the Sylvian fissures or over the cerebral convexities. No parenchymal haematoma. "
        "Ventricles normal. Impression: No subarachnoid haemorrhage identified within 6 hours of "
        "onset.",
        0,
    ),
    C(
        "e8d-n049",
        "NCCT HEAD. Findings: Haemorrhage is not seen. Infarct is not seen. The grey-white "
        "differentiation is normal. Ventricles and sulci are proportionate. IMPRESSION: Normal "
        "non-contrast CT head.",
        0,
    ),
    C(
        "e8d-n050",
        "CT SCAN BRAIN (PLAIN). Clinical history: h/o RTA, vomiting x 2. Bilateral cerebral hemispheres "
        "appear normal. No e/o any bleed / SOL / infarct seen. Ventricular system normal. Basal "
        "cisterns clear. Bony calvarium normal. IMPRESSION: No significant abnormality detected in "
        "the brain. Advised clinical correlation.",
        0,
    ),
    C(
        "e8d-n051",
        "CT BRAIN. Clinical summary: Road traffic accident with loss of consciousness, query "
        "intracranial bleed. Findings: The cerebral hemispheres show normal grey-white "
        "differentiation. No intracranial haemorrhage demonstrated. The ventricles are normal. The "
        "calvarium is intact. Mild frontal scalp swelling. Conclusion: Normal CT brain.",
        0,
    ),
    C(
        "e8d-n052",
        "CT head. Clinical indication: fall, headache. Findings: Intracranial haemorrhage: nil. "
        "Extra-axial collection: nil. Acute infarct: nil. Mass effect: nil. Skull fracture: nil. "
        "Comment: No acute intracranial abnormality. NAD.",
        0,
    ),
    C(
        "e8d-n053",
        "CT head. Incidental finding of a 4 cm CSF-density arachnoid cyst in the left middle cranial "
        "fossa with thinning of the overlying temporal squama. No haemorrhage within or adjacent to "
        "the cyst. Brain otherwise normal. Impression: Left middle cranial fossa arachnoid cyst.",
        0,
    ),
    C(
        "e8d-n054",
        "CT brain. A 2.3 cm densely calcified extra-axial mass along the left frontal convexity with a "
        "broad dural base and no surrounding oedema, in keeping with a calcified meningioma. No "
        "haemorrhage. No hydrocephalus. Impression: Calcified left frontal meningioma, incidental.",
        0,
    ),
    C(
        "e8d-n055",
        "CT head. 88-year-old, confused. The sulci and extra-axial CSF spaces over both frontal lobes "
        "are prominent, in keeping with generalised atrophy; no subdural collection is present. No "
        "haemorrhage. Periventricular low density. Impression: Atrophy and small vessel disease.",
        0,
    ),
    C(
        "e8d-n056",
        "CT head and CTA for suspected posterior circulation stroke. Plain scan: the basilar artery "
        "is hyperdense, in keeping with thrombus. No haemorrhage. No established infarct. CTA: "
        "occlusion of the mid-basilar artery. Impression: Acute basilar artery occlusion with "
        "hyperdense basilar sign; no intracranial haemorrhage.",
        0,
    ),
    C(
        "e8d-n057",
        "CT stroke protocol (non-contrast, CTA, perfusion). Non-contrast: no haemorrhage; ASPECTS 10. "
        "CTA: occlusion of the left M2 superior division. Perfusion: prolonged Tmax in the left "
        "frontal lobe with a small core. Impression: Left M2 occlusion with salvageable penumbra; "
        "haemorrhage excluded.",
        0,
    ),
    C(
        "e8d-n058",
        "CT brain. Findings: The choroid plexus calcification in the atria is prominent but "
        "physiological. No intraventricular haemorrhage. No hydrocephalus. Normal brain parenchyma. "
        "Impression: No acute abnormality.",
        0,
    ),
    C(
        "e8d-n059",
        "CT head day 5 after evacuation of a right temporal extradural haematoma. The craniotomy flap "
        "is in situ and the dura is apposed to the inner table. There is no residual or recurrent "
        "extradural collection and no intracranial haemorrhage. Small subgaleal fluid collection at "
        "the operative site. Impression: Satisfactory postoperative appearance, no residual "
        "haematoma.",
        0,
    ),
    C(
        "e8d-n060",
        "Non-contrast CT of the head. Clinical question: headache in a patient with a known "
        "haemophilia A. Findings: No hemorrhage in the brain, extra-axial spaces or ventricles. No "
        "mass. Comparison with the CT of 2 years ago, which showed a small left frontal "
        "subdural hematoma, shows no residual collection. Impression: No intracranial hemorrhage; "
        "previously noted subdural hematoma is no longer seen.",
        0,
    ),
    # ------------------------------------------------------------------ hedged (ich=-1)
    C(
        "e8d-u001",
        "CT head. Sudden severe headache 2 days ago. Findings: There is subtle increased density in the "
        "right Sylvian fissure compared with the left. A small volume subarachnoid haemorrhage cannot "
        "be excluded. Ventricles normal. Impression: Possible subtle right Sylvian SAH; recommend CTA "
        "and consideration of lumbar puncture.",
        -1,
    ),
    C(
        "e8d-u002",
        "CT head post fall. Findings: A 6 mm ill-defined area of slightly increased attenuation in the "
        "left frontal pole. Possible small contusion. No extra-axial collection. No fracture. "
        "Impression: Possible small left frontal contusion; follow-up CT if clinical concern.",
        -1,
    ),
    C(
        "e8d-u003",
        "CT brain. There is equivocal thin high density along the left tentorium cerebelli, which may "
        "reflect a thin subdural haematoma or normal dural density. No mass effect. Impression: "
        "Equivocal thin left tentorial subdural haemorrhage; short-interval follow-up suggested.",
        -1,
    ),
    C(
        "e8d-u004",
        "CT head. Questionable trace layering hyperdensity in the dependent right occipital horn, "
        "which could represent a tiny amount of intraventricular blood. No parenchymal haematoma. "
        "Impression: Questionable trace intraventricular haemorrhage.",
        -1,
    ),
    C(
        "e8d-u005",
        "CT head. Clinical: fall, anticoagulated. Findings: ?small R frontal SDH, 2 mm, vs partial "
        "volume of the skull. Otherwise no acute abnormality. Impression: ?tiny right frontal SDH - "
        "repeat CT in 6 h advised.",
        -1,
    ),
    C(
        "e8d-u006",
        "CT head. Findings: Linear hyperdensity in a single left parietal sulcus. This is likely "
        "artifact versus a small subarachnoid hemorrhage. No other abnormality. Impression: Likely "
        "artifact versus small SAH in the left parietal sulcus. MRI with SWI/FLAIR could clarify.",
        -1,
    ),
    C(
        "e8d-u007",
        "CT brain. Dizziness. There is a 4 mm hyperdense focus in the left thalamus (54 HU). It could "
        "represent a small calcification or a tiny haemorrhage. No surrounding oedema. No prior "
        "imaging for comparison. Impression: Indeterminate small left thalamic hyperdense focus; "
        "MRI recommended.",
        -1,
        note="small hyperdense focus left unexplained",
    ),
    C(
        "e8d-u008",
        "CT head (single-energy) 20 hours after thrombectomy for left M1 occlusion. There is "
        "hyperdensity in the left caudate head and putamen. This could represent contrast staining "
        "or haemorrhagic transformation; the two cannot be distinguished on this study. No mass "
        "effect. Impression: Left striatal hyperdensity, contrast staining versus haemorrhage; "
        "repeat CT in 24 hours.",
        -1,
    ),
    C(
        "e8d-u009",
        "CT head. Kicked in the head. Linear fracture of the left temporal squama. Immediately deep to "
        "the fracture there is a 2 mm sliver of high density; a small extradural haematoma cannot be "
        "excluded. No midline shift. Impression: Left temporal bone fracture. Possible tiny underlying "
        "extradural haematoma - repeat imaging if deterioration.",
        -1,
        {"fracture"},
    ),
    C(
        "e8d-u010",
        "CT head. The tentorium and posterior falx appear slightly thick and dense. This may represent "
        "a thin subdural haematoma, although normal dural density in an elderly patient is more "
        "likely. Impression: Possible thin posterior parafalcine/tentorial subdural haematoma.",
        -1,
    ),
    C(
        "e8d-u011",
        "CT head. Trauma. Fracture through the body of the sphenoid bone with an air-fluid level in "
        "the sphenoid sinus. A few tiny foci of intracranial air near the sella. Possible small amount "
        "of subarachnoid blood in the suprasellar cistern. Impression: Skull base fracture with "
        "pneumocephalus; possible small SAH.",
        -1,
        {"fracture"},
    ),
    C(
        "e8d-u012",
        "CT head. Worst headache of life. The quadrigeminal cistern shows slightly increased density. "
        "Findings are suspicious for, but not diagnostic of, subtle subarachnoid haemorrhage. "
        "Impression: Suspicious for subtle SAH. CTA and LP advised.",
        -1,
    ),
    C(
        "e8d-u013",
        "CT BRAIN. Small hyperdense focus in the right frontal cortex ? petechial haemorrhage ? "
        "calcification. No mass effect. No other abnormality. IMPRESSION: As above. Suggest MRI brain.",
        -1,
    ),
    C(
        "e8d-u014",
        "CT head. Findings: A thin crescent of slightly hyperdense extra-axial material is present "
        "along the right frontal convexity, measuring 2-3 mm. Impression: Probable small right "
        "frontal subdural haematoma. Follow-up CT recommended.",
        -1,
        note="'probable' counts as hedged",
    ),
    C(
        "e8d-u015",
        "CT head, day 2 after left MCA infarct. The infarct is now well demarcated in the left "
        "frontal and temporal lobes. Within it, there are a few faint cortical areas of higher "
        "density: possible early petechial haemorrhagic transformation. No mass effect beyond the "
        "expected. Impression: Evolving left MCA infarct; possible petechial haemorrhagic "
        "transformation.",
        -1,
    ),
    C(
        "e8d-u016",
        "CT brain with contrast. 3 cm left temporal mass with peripheral enhancement and central "
        "necrosis. On the non-contrast series there is a small hyperdense component, which may reflect "
        "haemorrhage or calcification. Impression: Left temporal mass, likely high-grade glioma; "
        "internal hyperdensity, haemorrhage versus calcification.",
        -1,
    ),
    C(
        "e8d-u017",
        "CT SCAN BRAIN. Observation: Small ill defined hyperdensity in left basal ganglia measuring "
        "approx 8 mm. ? Bleed. No midline shift. Ventricles are normal. Impression: ? Bleed in left "
        "basal ganglia. Advised MRI for further evaluation.",
        -1,
    ),
    C(
        "e8d-u018",
        "CT head. Not excluded: a small amount of intraventricular blood layering in the right "
        "occipital horn, versus choroid plexus partial volume. Remainder of the brain normal. "
        "Impression: Possible minimal intraventricular haemorrhage.",
        -1,
    ),
    C(
        "e8d-u019",
        "CT head. Elderly, recurrent falls. The right hemispheric sulci are slightly less visible than "
        "the left. A thin isodense subdural collection on the right cannot be ruled out. No midline "
        "shift. Impression: Cannot rule out a thin right isodense subdural collection; MRI suggested.",
        -1,
    ),
    C(
        "e8d-u020",
        "CT head, follow-up of a left subdural haematoma from 4 weeks ago. The collection is no longer "
        "clearly visible; along the left frontal convexity there may be a wisp of residual subdural "
        "material, but this is at the limit of resolution. Impression: Near-complete resolution of the "
        "left subdural haematoma; a trace residual collection cannot be confidently excluded.",
        -1,
    ),
    C(
        "e8d-u021",
        "CT head. There is slight hyperdensity in the interpeduncular cistern, likely partial volume "
        "from the posterior cerebral arteries, though a small subarachnoid haemorrhage is not "
        "entirely excluded. Impression: Likely normal; small SAH not entirely excluded.",
        -1,
    ),
    C(
        "e8d-u022",
        "NCCT BRAIN. Findings: A doubtful tiny hyperdense focus is seen in the right frontal lobe, ? "
        "haemorrhagic focus. Rest of the brain parenchyma normal. Ventricles and cisterns normal. "
        "Impression: Doubtful tiny haemorrhagic focus in the right frontal lobe - correlate with MRI.",
        -1,
    ),
    C(
        "e8d-u023",
        "CT head after assault. In the left inferior temporal lobe there is an area of low density "
        "with an ill-defined central area of higher density, possibly a haemorrhagic contusion, "
        "although streak artefact from the petrous bone limits assessment. Impression: Possible left "
        "temporal haemorrhagic contusion versus artefact.",
        -1,
    ),
    C(
        "e8d-u024",
        "CT head. Fall backwards. Undisplaced fracture of the right occipital bone. Equivocal small "
        "contrecoup contusion in the left frontal pole. No extra-axial collection. Impression: Right "
        "occipital skull fracture. Equivocal small left frontal contusion; repeat CT advised.",
        -1,
        {"fracture"},
    ),
    C(
        "e8d-u025",
        "CT head. Indication: ?ICH. Findings: Subtle hyperdensity along the falx, probably normal dura, "
        "but a thin parafalcine subdural haematoma cannot be excluded. No mass effect. Impression: No "
        "definite intracranial haemorrhage; a thin parafalcine subdural cannot be excluded.",
        -1,
    ),
]
