"""English development set 10: invented head-CT reports from an everyday English-language archive.

The reports imitate what a general hospital archive holds from several English-speaking sites (US, UK,
Australian, Indian, Canadian, South African and non-native English): dictated prose, structured templates
with headings ("Hemorrhage: none"), one-line preliminary reads, addenda that add or withdraw a finding,
follow-up comparisons and mixed or non-head studies. The weight is on specificity and hedging: normal
templates that negate hemorrhage in many shapes, old sequelae, mimics (calcification, dense MCA sign,
contrast staining, high hematocrit, artifact), extracranial blood, referral questions answered negatively,
and reports that only suggest hemorrhage.

The set was written from the label definitions in DOMAIN.md and general radiology knowledge, without
looking at the project's lexicon, matcher or other case files. No report is real.

Kind: A development set: its first score is recorded here before any tuning; the rules may then be tuned
on it.

First score (en-ich 1.21, before any tuning): ICH sensitivity 1.000, specificity 0.971, PPV 0.946, hedged
sent to verification 0.960; F1 edh 1.000, sdh 1.000, sah 0.889, iph 0.963, ivh 1.000, multiple 0.947,
fracture 0.947, combined 0.923.

Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present (ich=1)
    C(
        "e10d-p001",
        "CT HEAD WITHOUT CONTRAST. Clinical: sudden left weakness, BP 220/120. "
        "Findings: Acute hematoma centered in the right parietal lobe measuring 3.4 x 2.8 cm with "
        "surrounding edema. Blood extends into the atrium of the right lateral ventricle. "
        "Midline shift 4 mm. Impression: Acute right parietal intraparenchymal hemorrhage with "
        "intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e10d-p002",
        "CT Head. History: Fall at nursing home, on apixaban. Findings: There is an acute left convexity "
        "subdural haematoma measuring 8 mm in maximal thickness with 4 mm rightward midline shift. "
        "No skull fracture. Conclusion: Acute left subdural haematoma with mild mass effect.",
        1,
        {"sdh"},
    ),
    C(
        "e10d-p003",
        "CT brain non-contrast. Indication: MVA, GCS 14. A small volume of subarachnoid blood is seen "
        "in a few right frontal sulci, likely traumatic. Ventricles normal in size. No calvarial "
        "fracture identified. Comment: Small volume traumatic SAH, right frontal.",
        1,
        {"sah"},
        note="'likely traumatic' hedges the mechanism, not the blood",
    ),
    C(
        "e10d-p004",
        "NCCT HEAD. Assault with a bat. Biconvex hyperdense extra-axial collection over the right "
        "temporal convexity, 14 mm thick, underlying a non-displaced fracture of the right squamous "
        "temporal bone. Effacement of the adjacent sulci. IMPRESSION: Acute right temporal epidural "
        "hematoma with overlying temporal bone fracture. Neurosurgery informed.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e10d-p005",
        "CT SCAN BRAIN (PLAIN). Pt c/o headache and vomiting since morning, k/c/o HTN. "
        "Hyperdense area noted in the left thalamus measuring approx 2.2 x 1.9 cm with perilesional "
        "oedema. Extension of bleed into third ventricle and both lateral ventricles is seen. "
        "IMPRESSION: Left thalamic bleed with intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C("e10d-p006", "PRELIM READ: L SDH ~6mm, no MLS. No fx. Final report to follow.", 1, {"sdh"}),
    C(
        "e10d-p007",
        "CT HEAD. Confusion and falls over 3 weeks. Findings: Bilateral hypodense crescentic subdural "
        "collections over the cerebral convexities, measuring 12 mm on the right and 9 mm on the left, "
        "with effacement of the underlying sulci. No midline shift given the bilateral mass effect. "
        "Impression: Bilateral chronic subdural haematomas.",
        1,
        {"sdh", "multiple"},
        note="two separate collections (right and left) count as two foci",
    ),
    C(
        "e10d-p008",
        "CT HEAD AND CT ANGIOGRAM. Thunderclap headache. Diffuse subarachnoid hemorrhage filling the "
        "basal cisterns and both Sylvian fissures, with blood refluxing into the fourth ventricle. "
        "Early hydrocephalus. CTA: 7 mm bilobed aneurysm of the anterior communicating artery, the "
        "source of the haemorrhage. IMPRESSION: Aneurysmal SAH from a ruptured ACom aneurysm with IVH.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e10d-p009",
        "CT head, 24 hours post thrombolysis for left MCA stroke. The evolving left MCA territory "
        "infarct now contains patchy petechial hyperdensity in the lentiform nucleus without mass "
        "effect. Conclusion: Haemorrhagic transformation of the left MCA infarct, HI-1 type.",
        1,
        {"combined"},
        note="HI-type transformation carries no subtype",
    ),
    C(
        "e10d-p010",
        "CT BRAIN. Comparison: CT of 3 days ago. The right basal ganglia haematoma is decreasing in "
        "density and now measures 2.1 x 1.5 cm (previously 2.6 x 1.9 cm). Surrounding oedema is "
        "stable. No new haemorrhage. No hydrocephalus. Impression: Evolving right basal ganglia "
        "haemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e10d-p011",
        "CT HEAD - TRAUMA. Fall down stairs, intoxicated. Haemorrhagic contusions in both frontal "
        "lobes, the largest 2 cm on the left. Thin right convexity subdural haematoma, 4 mm. "
        "Undisplaced linear fracture of the occipital bone extending towards the foramen magnum. "
        "IMPRESSION: Bifrontal contusions, small right SDH, occipital fracture.",
        1,
        {"iph", "sdh", "multiple", "fracture"},
    ),
    C(
        "e10d-p012",
        "CT head. Vertigo, ataxia and reduced GCS. Acute haemorrhage in the right cerebellar hemisphere "
        "measuring 3.5 cm, compressing the fourth ventricle. Temporal horns are mildly prominent, "
        "in keeping with early hydrocephalus. Urgent neurosurgical review advised.",
        1,
        {"iph"},
    ),
    C(
        "e10d-p013",
        "NON-CONTRAST CT BRAIN. Found unresponsive, pinpoint pupils. There is a 1.8 cm hyperdense "
        "haemorrhage in the central pons. The fourth ventricle is patent. Supratentorial brain "
        "unremarkable. IMPRESSION: Acute pontine haemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e10d-p014",
        "CT HEAD WITH AND WITHOUT CONTRAST. Known metastatic melanoma, new confusion. "
        "Multiple hyperdense lesions on the non-contrast series in the right frontal and left "
        "occipital lobes with surrounding vasogenic oedema. Appearances are those of haemorrhagic "
        "metastases. No hydrocephalus.",
        1,
        {"multiple", "combined"},
        note="tumour bleeding carries no subtype; several separate foci",
    ),
    C(
        "e10d-p015",
        "CT HEAD. Post-ictal, on warfarin with INR 4.1. A small amount of hyperdense blood layers "
        "dependently in the occipital horns of both lateral ventricles. No parenchymal or "
        "extra-axial haemorrhage. Ventricles are normal in calibre. "
        "IMPRESSION: Small volume intraventricular haemorrhage.",
        1,
        {"ivh"},
        note="both occipital horns count as one focus",
    ),
    C(
        "e10d-p016",
        "EXAM: CT HEAD W/O CONTRAST\n"
        "HEMORRHAGE: Present. Small right tentorial subdural hemorrhage, 3 mm.\n"
        "MASS EFFECT: None.\n"
        "VENTRICLES: Normal.\n"
        "CALVARIUM: Intact.\n"
        "IMPRESSION: Small right tentorial SDH. Recommend follow-up CT in 6 hours.",
        1,
        {"sdh"},
    ),
    C(
        "e10d-p017",
        "CT HEAD. Day 1 after right frontoparietal craniotomy for evacuation of acute SDH. "
        "A residual mixed-density subdural collection of 5 mm remains over the right convexity with "
        "small foci of pneumocephalus. Midline shift reduced from 9 mm to 3 mm. Expected "
        "post-operative appearance of the craniotomy flap.",
        1,
        {"sdh"},
    ),
    C(
        "e10d-p018",
        "CT brain. Sudden onset right arm numbness, resolved. Subtle linear hyperdensity within a single "
        "left central sulcus, consistent with a small focus of convexity subarachnoid haemorrhage. "
        "Basal cisterns clear. Suggest CTA/MRI to look for a cause (e.g. RCVS, CAA).",
        1,
        {"sah"},
    ),
    C(
        "e10d-p019",
        "NCCT Head. There is seen a hyperdense collection crescentic in shape along the left "
        "fronto-parietal convexity having 9mm thickness, causing effacement of sulci and compression "
        "of left lateral ventricle. Midline is shifted 5mm towards right. Opinion: Acute left "
        "fronto-parietal subdural haemorrhage.",
        1,
        {"sdh"},
    ),
    C(
        "e10d-p020",
        "CT BRAIN. Pedestrian vs taxi. There is a depressed fracture of the left parietal bone "
        "depressed by 6 mm. An acute extradural haematoma of 11 mm underlies the fracture. "
        "Scalp swelling overlying. CONCLUSION: Depressed left parietal fracture with underlying "
        "extradural haematoma.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e10d-p021",
        "CT HEAD. Findings: No acute intracranial abnormality. Ventricles and sulci normal for age.\n"
        "ADDENDUM: On second review with neuroradiology, there is a small focus of subarachnoid "
        "hemorrhage in the left Sylvian fissure, which was overlooked in the original report. "
        "Discussed with the ED physician at 03:40.",
        1,
        {"sah"},
        note="addendum adds a finding the original report missed",
    ),
    C(
        "e10d-p022",
        "CT HEAD. Fall on ice, brief LOC. Thin hyperdense subdural blood along the posterior falx "
        "measuring 3 mm. No convexity collection. No fracture. Impression: Small parafalcine subdural "
        "hematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e10d-p023",
        "CT HEAD AND CT VENOGRAM. Headache for 5 days, seizure, on the oral contraceptive pill. "
        "Hyperdense superior sagittal sinus; venography confirms an occlusive thrombus in the superior "
        "sagittal sinus and left transverse sinus. There is a left parasagittal frontal parenchymal "
        "haemorrhage of 2.5 cm with surrounding oedema, in keeping with a haemorrhagic venous "
        "infarct. IMPRESSION: Venous sinus thrombosis with haemorrhagic venous infarction.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e10d-p024",
        "CT HEAD + CTA. 24 year old with sudden headache and left visual loss. Acute right occipital "
        "lobar haematoma, 3 x 2.5 cm. CTA shows a tangle of abnormal vessels with an early draining "
        "vein at its medial margin, consistent with an arteriovenous malformation. "
        "IMPRESSION: Right occipital haemorrhage from an AVM.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e10d-p025",
        "CT HEAD. Comparison none. There is effacement of the left convexity sulci with an extra-axial "
        "collection that is nearly isodense to grey matter, 10 mm thick, with inward displacement "
        "of the grey-white junction and 5 mm midline shift. Impression: Left subacute (isodense) "
        "subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e10d-p026",
        "CT head and facial bones. Elderly female, fall face first. Small haemorrhagic contusion in "
        "the left gyrus rectus. Fracture through the left orbital roof. Soft tissue swelling over the "
        "left forehead. No extra-axial collection.",
        1,
        {"iph", "fracture"},
        note="orbital roof belongs to the skull base",
    ),
    C(
        "e10d-p027",
        "CT head and face. Punched. Fractures of the right zygomatic arch and the anterior and lateral "
        "walls of the right maxillary sinus with haemosinus. Intracranially there is a small amount "
        "of subarachnoid haemorrhage in the right temporal sulci. Calvarium intact.",
        1,
        {"sah"},
        note="facial fractures only, no skull fracture",
    ),
    C(
        "e10d-p028",
        "CT BRAIN. Known chronic right SDH, now more drowsy. The right subdural collection has "
        "increased to 16 mm and is now of mixed density with a dependent hyperdense component, "
        "in keeping with acute-on-chronic haemorrhage. Midline shift 8 mm.",
        1,
        {"sdh"},
    ),
    C(
        "e10d-p029",
        "CT HEAD. High speed RTA. Fracture through the body of the sphenoid extending to the clivus "
        "with fluid in the sphenoid sinus. Intracranial air near the sella. Small volume subarachnoid "
        "blood in the prepontine cistern. IMPRESSION: Skull base fracture with traumatic SAH and "
        "pneumocephalus.",
        1,
        {"sah", "fracture"},
    ),
    C(
        "e10d-p030",
        "CT brain plain. Left caudate head haemorrhage of 1.5 cm rupturing into the frontal horn of "
        "the left lateral ventricle, with blood also in the third ventricle. Mild ventriculomegaly. "
        "Impression: Caudate haemorrhage with ventricular rupture.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e10d-p031",
        "CT HEAD. 81 year old with known cognitive decline. Two separate acute lobar haematomas, in "
        "the right frontal lobe (2.4 cm) and left occipital lobe (1.6 cm). Background small vessel "
        "disease. Lobar distribution is in keeping with cerebral amyloid angiopathy.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e10d-p032",
        "CT head, day 2 after mechanical thrombectomy. Within the right MCA infarct there is now a "
        "confluent haematoma of 4 cm occupying more than 30% of the infarct with mass effect. "
        "Impression: Parenchymal haematoma type 2 (PH-2) haemorrhagic transformation.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e10d-p033",
        "CT HEAD. Follow-up, day 6 after traumatic SAH (cyclist). Decreasing subarachnoid blood, with "
        "a small residual amount in the right Sylvian fissure. Ventricles stable. No new haemorrhage.",
        1,
        {"sah"},
        note="residual blood still present on follow-up",
    ),
    C(
        "e10d-p034",
        "CT Head. Collapsed at gym. Trace intraventricular blood layering in the left occipital horn "
        "and a small amount of subarachnoid blood in the interpeduncular cistern. Ventricles normal "
        "in size. CTA recommended.",
        1,
        {"sah", "ivh", "multiple"},
    ),
    C(
        "e10d-p035",
        "CT HEAD. Motorcyclist, GCS 6 at scene. Several punctate haemorrhagic foci at the grey-white "
        "junction of both frontal lobes and in the splenium of the corpus callosum, in keeping with "
        "diffuse axonal injury. No extra-axial collection. No fracture.",
        1,
        {"iph", "multiple"},
    ),
    # ------------------------------------------------------------------ absent (ich=0)
    C(
        "e10d-n001",
        "CT HEAD WITHOUT CONTRAST. Indication: headache. Findings: No acute intracranial abnormality. "
        "Grey-white matter differentiation is preserved. Ventricles and sulci are normal. "
        "IMPRESSION: No acute intracranial abnormality.",
        0,
    ),
    C(
        "e10d-n002",
        "CT HEAD. Fall, on aspirin. There is no evidence of hemorrhage, mass effect or acute infarct. "
        "No extra-axial collection. The calvarium is intact. Impression: Negative head CT.",
        0,
    ),
    C(
        "e10d-n003",
        "EXAM: CT HEAD W/O\n"
        "HEMORRHAGE: None.\n"
        "MASS EFFECT: None.\n"
        "INFARCT: No acute territorial infarct.\n"
        "VENTRICLES: Normal size.\n"
        "CALVARIUM: No fracture.\n"
        "IMPRESSION: Normal noncontrast CT head.",
        0,
    ),
    C(
        "e10d-n004",
        "CT BRAIN\n"
        "Intracranial haemorrhage: absent.\n"
        "Extra-axial collection: absent.\n"
        "Midline shift: nil.\n"
        "Hydrocephalus: no.\n"
        "Bones: intact.\n"
        "Conclusion: No acute findings.",
        0,
    ),
    C("e10d-n005", "PRELIM: Negative for acute bleed. No MLS.", 0),
    C(
        "e10d-n006",
        "CT Head. The brain parenchyma is unremarkable without evidence of intracranial haemorrhage, "
        "territorial infarction or space-occupying lesion. There is no intra- or extra-axial "
        "collection. Normal appearance of the posterior fossa. Comment: Normal study.",
        0,
    ),
    C(
        "e10d-n007",
        "CT HEAD. Syncope. No ICH/SAH/SDH. No acute infarct. No hydrocephalus. Orbits and sinuses "
        "clear. IMP: Negative.",
        0,
    ),
    C(
        "e10d-n008",
        "CT BRAIN PLAIN. Clinical query: ? bleed. Findings: Normal brain parenchyma. No haemorrhage "
        "seen. Ventricular system is normal. Basal cisterns are patent. Answer to clinical query: "
        "no intracranial bleed.",
        0,
        note="referral question answered negatively",
    ),
    C(
        "e10d-n009",
        "NCCT HEAD. Reason for exam: r/o ICH, pt on Eliquis, fall. Findings: No acute intracranial "
        "hemorrhage is identified. Mild chronic small vessel ischemic change. No skull fracture. "
        "Impression: No acute intracranial process.",
        0,
    ),
    C(
        "e10d-n010",
        "CT HEAD. Indication: worst headache of life, evaluate for SAH. The basal cisterns, Sylvian "
        "fissures and cortical sulci are clear of hyperdense blood. No intraventricular blood. "
        "No hydrocephalus. IMPRESSION: No CT evidence of subarachnoid haemorrhage. If clinical "
        "concern persists, lumbar puncture may be considered.",
        0,
    ),
    C(
        "e10d-n011",
        "CT scan brain (plain). No e/o any intracranial bleed / infarct / SOL. Ventricles, cisterns "
        "normal. Midline structures in position. Calvaria normal. IMPRESSION: Normal CT brain study.",
        0,
    ),
    C(
        "e10d-n012",
        "CT HEAD. History: fall. Scalp haematoma over the right parietal region measuring 2.5 cm. "
        "Underlying calvarium intact. No intracranial haemorrhage or extra-axial collection. "
        "Conclusion: Right parietal scalp haematoma only.",
        0,
        note="extracranial blood",
    ),
    C(
        "e10d-n013",
        "CT HEAD. Warehouse worker struck by a falling pallet. Large left frontoparietal subgaleal "
        "haematoma crossing the suture lines. No fracture. The brain is normal, with no intracranial "
        "haemorrhage.",
        0,
        note="subgaleal haematoma is extracranial",
    ),
    C(
        "e10d-n014",
        "CT HEAD AND ORBITS. Assault. Left periorbital soft tissue haematoma with preseptal swelling. "
        "Fracture of the left orbital floor with blood in the left maxillary sinus. Globe intact. "
        "Intracranial appearances are normal.",
        0,
        note="orbital floor is a facial bone; haemosinus and periorbital blood are extracranial",
    ),
    C(
        "e10d-n015",
        "CT brain. Epistaxis and fall. Blood in the nasal cavity and nasopharynx. Fluid level in the "
        "right maxillary sinus, presumably haemosinus in this context. Nasal bone fracture. "
        "Brain: no abnormality, no intracranial bleed.",
        0,
        note="nasal and sinus blood, nasal bone fracture: all extracranial / facial",
    ),
    C(
        "e10d-n016",
        "CT HEAD. Known old right MCA infarct. Area of encephalomalacia and gliosis in the right "
        "frontotemporal region with ex vacuo dilatation of the right lateral ventricle. No acute "
        "haemorrhage. No new infarct.",
        0,
    ),
    C(
        "e10d-n017",
        "CT BRAIN. Previous left basal ganglia haemorrhage 2 years ago. Slit-like cavity in the left "
        "putamen consistent with old haemorrhage, now a CSF density post-haemorrhagic cavity. "
        "No acute blood. Old lacunes in both thalami.",
        0,
        note="old sequelae only",
    ),
    C(
        "e10d-n018",
        "CT HEAD. Post right pterional craniotomy for aneurysm clipping (2019). Aneurysm clip with "
        "streak artifact. Small area of encephalomalacia in the right frontal operculum. No acute "
        "intracranial haemorrhage. No hydrocephalus.",
        0,
    ),
    C(
        "e10d-n019",
        "CT HEAD. VP shunt assessment. Right frontal shunt catheter tip in the third ventricle. "
        "Ventricular size unchanged from the prior study. No haemorrhage along the catheter tract. "
        "No extra-axial fluid collection.",
        0,
    ),
    C(
        "e10d-n020",
        "CT HEAD. Follow-up of left chronic SDH treated with burr holes 3 months ago. The left subdural "
        "collection has completely resolved. Burr hole defects in the left parietal bone. "
        "No new collection. Impression: Resolved left SDH.",
        0,
        note="fully resolved; burr holes are not a fracture",
    ),
    C(
        "e10d-n021",
        "CT HEAD. Dense calcification of the falx and of the pineal gland and choroid plexus, normal "
        "for age. Symmetric calcification of the globi pallidi. No haemorrhage. No mass.",
        0,
        note="calcification mimics",
    ),
    C(
        "e10d-n022",
        "CT HEAD, CODE STROKE. Onset 90 minutes. Hyperdense left M1 segment (dense MCA sign) consistent "
        "with thrombus. Early loss of grey-white differentiation in the left insula; ASPECTS 8. "
        "No intracranial haemorrhage. Thrombolysis not contraindicated on imaging.",
        0,
        note="hyperdense artery sign is a mimic",
    ),
    C(
        "e10d-n023",
        "CT HEAD, immediately after mechanical thrombectomy of the right MCA. Hyperdensity in the right "
        "caudate and lentiform nucleus measuring up to 120 HU, consistent with contrast staining "
        "following angiography. No mass effect. No subarachnoid blood. Follow-up CT in 24 hours "
        "would be expected to show washout.",
        0,
        note="contrast staining, explained with HU and context",
    ),
    C(
        "e10d-n024",
        "CT HEAD. Polycythaemia vera, haematocrit 61%. Diffusely hyperdense dural venous sinuses and "
        "cerebral arteries, in keeping with high haematocrit. Venous sinuses are not expanded. "
        "No parenchymal or extra-axial haemorrhage.",
        0,
    ),
    C(
        "e10d-n025",
        "CT HEAD. Streak artifact from dental amalgam and beam-hardening artifact in the posterior "
        "fossa between the petrous bones limit assessment of the pons. Within this limitation, no "
        "intracranial haemorrhage. Supratentorial brain normal.",
        0,
    ),
    C(
        "e10d-n026",
        "CT HEAD. Apparent hyperdensity at the inferior right temporal lobe on axial images is due to "
        "partial volume averaging of the petrous temporal bone, confirmed on coronal reformats. "
        "No contusion or haemorrhage. No fracture.",
        0,
        note="partial volume mimic, explained",
    ),
    C(
        "e10d-n027",
        "CT HEAD. Findings: Questioned small hyperdensity in the left frontal sulcus.\n"
        "ADDENDUM: On review of the thin sections and CTA source images, the questioned density is a "
        "cortical vessel. There is no subarachnoid haemorrhage. Final impression: No acute "
        "intracranial abnormality.",
        0,
        note="addendum withdraws the finding",
    ),
    C(
        "e10d-n028",
        "CT HEAD - ADDENDUM. The possible subdural collection mentioned in the preliminary report "
        "represents normal tentorial density on review of the coronal and sagittal reformats. "
        "No subdural haematoma. Discussed with the referring team.",
        0,
        note="addendum withdraws a preliminary finding",
    ),
    C(
        "e10d-n029",
        "CT CERVICAL SPINE. Fall from ladder. Acute fracture of the C6 spinous process. Prevertebral "
        "haematoma anterior to C5-C6. Alignment maintained. Included portions of the posterior fossa "
        "are unremarkable.",
        0,
        note="non-head study",
    ),
    C(
        "e10d-n030",
        "CT CHEST WITH CONTRAST. Haemoptysis. Ground-glass opacity in the right lower lobe in keeping "
        "with pulmonary haemorrhage. No pulmonary embolus. No pleural effusion.",
        0,
        note="non-head study",
    ),
    C(
        "e10d-n031",
        "CT ABDOMEN AND PELVIS. Anticoagulated patient with flank pain. Large left retroperitoneal "
        "haematoma involving the iliopsoas with active extravasation. Kidneys otherwise normal.",
        0,
        note="non-head study",
    ),
    C(
        "e10d-n032",
        "CT HEAD AND C-SPINE. Head: No acute intracranial haemorrhage, no fracture. C-spine: "
        "Undisplaced fracture of the right C2 lateral mass with a small adjacent soft tissue "
        "haematoma. IMPRESSION: Negative head; C2 fracture.",
        0,
        note="mixed study; the haematoma is cervical",
    ),
    C(
        "e10d-n033",
        "CT HEAD. Non-displaced linear fracture of the right parietal bone. No underlying extradural "
        "or subdural collection. No intracranial haemorrhage. Small overlying scalp haematoma.",
        0,
        {"fracture"},
        note="skull fracture without intracranial blood",
    ),
    C(
        "e10d-n034",
        "CT head. 19 year old rugby player, head clash, brief amnesia. Normal brain. No intracranial "
        "bleed. No skull fracture. Sinuses and mastoids clear.",
        0,
    ),
    C(
        "e10d-n035",
        "CT HEAD COMPARISON. Compared with CT of 14/02. The previously seen right frontal contusion has "
        "fully resolved, leaving a small area of encephalomalacia. No residual haemorrhage. "
        "No new abnormality.",
        0,
        note="resolved contusion, sequelae only",
    ),
    C(
        "e10d-n036",
        "CT BRAIN. Haemosiderin staining cannot be assessed on CT; MRI of 2021 showed superficial "
        "siderosis. Today: no acute haemorrhage, no hydrocephalus, stable generalised atrophy.",
        0,
    ),
    C(
        "e10d-n037",
        "CT HEAD. Clinical: 'known SAH?' - no record of prior SAH is available. Current study: no "
        "subarachnoid, subdural or intraparenchymal blood. Normal ventricles.",
        0,
    ),
    C(
        "e10d-n038",
        "CT HEAD: Mild generalised cerebral atrophy and periventricular white matter hypodensity "
        "consistent with chronic small vessel disease. Old lacunar infarct in the left internal "
        "capsule. No acute haemorrhage or infarct.",
        0,
    ),
    C(
        "e10d-n039",
        "NCCT brain. No intracranial haemorrhage. No midline shift. No hydrocephalus. No acute "
        "territorial infarct. No extra-axial collection. No skull fracture. Impression: No acute "
        "intracranial abnormality; chronic changes as described.",
        0,
    ),
    C(
        "e10d-n040",
        "CT HEAD. The ventricles, sulci and cisterns are within normal limits. Hyperdense blood is not "
        "seen. Mass effect is not seen. The calvarium is intact. IMPRESSION: Unremarkable.",
        0,
        note="post-posed negation",
    ),
    C(
        "e10d-n041",
        "CT HEAD. Intracranial haemorrhage has been excluded. The brain is normal. Referral query answered.",
        0,
    ),
    C(
        "e10d-n042",
        "CT BRAIN (IN-PATIENT, 2nd study). Compared with yesterday: no interval development of "
        "intracranial haemorrhage. The pre-existing right frontal meningioma is unchanged with no "
        "haemorrhage within it. No hydrocephalus.",
        0,
        note="tumour without bleeding",
    ),
    C(
        "e10d-n043",
        "CT HEAD AND CTA. Code stroke. No haemorrhage on the non-contrast images. CTA: occlusion of the "
        "left M2 superior division. CT perfusion shows a penumbral mismatch. Unruptured 3 mm left "
        "ophthalmic segment aneurysm noted incidentally.",
        0,
        note="aneurysm without bleeding",
    ),
    C(
        "e10d-n044",
        "CT HEAD. Subdural hygroma? The thin CSF-density bifrontal extra-axial spaces are in keeping "
        "with prominent subarachnoid spaces due to atrophy. There is no subdural haematoma.",
        0,
    ),
    C(
        "e10d-n045",
        "CT HEAD. Hyperdense lesion in the right cerebellopontine angle which shows homogeneous "
        "calcification and a broad dural base, most in keeping with a calcified meningioma. "
        "No haemorrhage. No hydrocephalus.",
        0,
    ),
    C(
        "e10d-n046",
        "CT HEAD. Recent coronary angiogram with a large contrast load. Diffuse hyperdensity in the "
        "cortical sulci and basal cisterns represents contrast extravasation / staining following "
        "angiography (contrast-induced encephalopathy), measuring 110-130 HU. No haemorrhage.",
        0,
        note="contrast mimic stated explicitly",
    ),
    C(
        "e10d-n047",
        "CT BRAIN. Right frontal lobe: focal hypodensity with haemosiderin on previous MRI, consistent "
        "with an old contusion. No fresh bleed. Post right frontal craniotomy changes.",
        0,
    ),
    C(
        "e10d-n048",
        "CT HEAD (South Africa, trauma unit). Alleged assault with a knobkerrie. Large occipital scalp "
        "laceration and subgaleal haematoma. Calvarium intact. No intracranial haematoma. "
        "Brain parenchyma normal.",
        0,
    ),
    C(
        "e10d-n049",
        "CT Head. 1. No acute intracranial haemorrhage. 2. No acute infarct. 3. Chronic microvascular "
        "change. 4. Paranasal sinus mucosal thickening.",
        0,
    ),
    C(
        "e10d-n050",
        "CT BRAIN. Findings: Brain parenchyma shows normal attenuation. No focal lesion. No bleed. "
        "Ventricles normal. Mastoids well pneumatised. Impression: Study within normal limits. "
        "Thanks for the referral.",
        0,
    ),
    C(
        "e10d-n051",
        "HEAD CT, PRELIMINARY (resident): no acute hemorrhage.\n"
        "FINAL (attending): Agree with the preliminary read. No intracranial hemorrhage, mass or "
        "acute infarct.",
        0,
    ),
    C(
        "e10d-n052",
        "CT HEAD. Headache on anticoagulation. Negative for intracranial haemorrhage. Negative for "
        "mass effect. Negative for hydrocephalus.",
        0,
    ),
    C(
        "e10d-n053",
        "CT HEAD. Follow-up of previous left parietal haematoma (3 months). The haematoma has resolved "
        "completely; only a small slit-like hypodensity remains. No new blood products.",
        0,
    ),
    C(
        "e10d-n054",
        "CT HEAD. Known AVM in the right parietal lobe with coarse calcifications and serpiginous "
        "vessels, unchanged. No haemorrhage associated with the AVM on this study.",
        0,
        note="AVM without haemorrhage",
    ),
    C(
        "e10d-n055",
        "CT Head without contrast, Canadian CT Head Rule positive (age > 65). No intracranial "
        "haemorrhage and no depressed or basal skull fracture. Mild involutional change.",
        0,
    ),
    C(
        "e10d-n056",
        "CT head. Patient had an episode of seizure. No evidence of any haemorrhage is seen in brain. "
        "Both lateral ventricles are normal in size. No midline shift is seen. Impression: No "
        "significant abnormality is detected.",
        0,
    ),
    C(
        "e10d-n057",
        "CT HEAD. Hyperdensity along the tentorium bilaterally is symmetric and thin, in keeping with "
        "normal dural density; no subdural blood. No other abnormality.",
        0,
    ),
    C(
        "e10d-n058",
        "CT HEAD. Clinical details: ? SAH, headache 3 days. The cisterns are clear. No SAH. "
        "No aneurysm is seen on the accompanying CTA. Impression: Normal CT and CTA.",
        0,
    ),
    C(
        "e10d-n059",
        "CT HEAD. Post left temporal lobectomy for epilepsy. Post-surgical cavity with CSF density "
        "and surrounding gliosis. No blood products. Stable appearance compared with prior.",
        0,
    ),
    C(
        "e10d-n060",
        "CT BRAIN. Hydrocephalus due to aqueductal stenosis, unchanged since 2020. No intracranial "
        "haemorrhage, no periventricular interstitial oedema.",
        0,
    ),
    C(
        "e10d-n061",
        "CT HEAD: There is no intracranial hematoma. There is no evidence of contusion. There is no "
        "skull fracture. Left frontal scalp soft tissue swelling.",
        0,
    ),
    C(
        "e10d-n062",
        "CT HEAD. Ring-enhancing lesion in the left parietal lobe with vasogenic oedema, favoured to be "
        "an abscess given the clinical setting. No haemorrhage within or around the lesion.",
        0,
    ),
    C(
        "e10d-n063",
        "CT HEAD. Old bilateral chronic subdural collections were drained in 2022. Today there is only "
        "mild dural thickening over both convexities. No residual or recurrent subdural collection.",
        0,
    ),
    C(
        "e10d-n064",
        "CT PETROUS BONES. Cholesteatoma in the left middle ear with erosion of the scutum. The "
        "visualised brain shows no haemorrhage.",
        0,
    ),
    C(
        "e10d-n065",
        "CT HEAD. Intracranial: no bleed, no SOL, no infarct. Extracranial: right cheek haematoma and "
        "fracture of the right zygoma.",
        0,
        note="zygoma is a facial bone",
    ),
    C(
        "e10d-n066",
        "CT HEAD. Hyperdense focus in the left basal ganglia measuring 250 HU is a physiological "
        "calcification, stable since 2018. No haemorrhage.",
        0,
    ),
    C(
        "e10d-n067",
        "CT ANGIOGRAM HEAD AND NECK. Non-contrast brain: normal, no haemorrhage. CTA: patent "
        "intracranial and cervical vessels. No dissection. No aneurysm.",
        0,
    ),
    C("e10d-n068", "CT Head. Query bleed post fall. Conclusion: No bleed. No fracture.", 0),
    C(
        "e10d-n069",
        "CT HEAD. IMPRESSION: 1. No acute intracranial process. Specifically, no hemorrhage. "
        "2. Opacification of the left sphenoid sinus, likely sinusitis.",
        0,
    ),
    C(
        "e10d-n070",
        "CT HEAD. Previous SAH from a right PComm aneurysm, clipped in 2017. Clip in situ with "
        "artifact. Mild communicating hydrocephalus, stable. No new subarachnoid haemorrhage and no "
        "residual blood.",
        0,
        note="old SAH, treated aneurysm, no blood now",
    ),
    # ------------------------------------------------------------------ hedged (ich=-1)
    C(
        "e10d-u001",
        "CT HEAD. Fall. Small hyperdensity in a right frontal sulcus; a tiny focus of subarachnoid "
        "haemorrhage cannot be excluded. Otherwise normal. Suggest follow-up CT if clinically "
        "indicated.",
        -1,
    ),
    C(
        "e10d-u002",
        "CT HEAD. Possible thin left tentorial subdural haematoma, 2 mm, versus normal tentorial "
        "density. Recommend follow-up.",
        -1,
    ),
    C("e10d-u003", "PRELIM: ?small SAH L sylvian. Neuro review pls.", -1),
    C(
        "e10d-u004",
        "CT HEAD. Linear hyperdensity in the posterior interhemispheric fissure, favour artifact / "
        "normal falx over small SAH. Clinical correlation.",
        -1,
        note="favoured mimic but haemorrhage left open",
    ),
    C(
        "e10d-u005",
        "CT BRAIN. Indeterminate 6 mm hyperdensity in the left frontal white matter. Differential "
        "includes a small haemorrhage or a calcified granuloma. MRI with SWI recommended.",
        -1,
    ),
    C(
        "e10d-u006",
        "CT HEAD. Questionable small extra-axial collection over the right frontal convexity, "
        "partially obscured by beam-hardening artifact. Not definitely haemorrhagic.",
        -1,
    ),
    C(
        "e10d-u007",
        "CT HEAD post tPA. Equivocal subtle hyperdensity in the left lentiform nucleus which may "
        "represent early haemorrhagic transformation or contrast staining from the CTA. Repeat CT in "
        "24 h.",
        -1,
    ),
    C(
        "e10d-u008",
        "CT HEAD. Comminuted fracture of the left temporal squama. Haemorrhagic contusion of the "
        "underlying temporal lobe is not excluded given the streak artifact. Suggest follow-up.",
        -1,
        {"fracture"},
    ),
    C(
        "e10d-u009",
        "CT brain. Slightly hyperdense appearance of the right transverse sinus - ?thrombosis. "
        "Small adjacent temporal cortical hyperdensity ?haemorrhagic venous infarct. "
        "CT venogram recommended.",
        -1,
    ),
    C(
        "e10d-u010",
        "CT HEAD. Trace hyperdense material layering in the occipital horns, could represent a small "
        "amount of intraventricular haemorrhage versus choroid plexus. Recommend MRI to exclude.",
        -1,
    ),
    C(
        "e10d-u011",
        "CT HEAD. No definite acute haemorrhage. Focal hyperdensity in the right parietal sulcus is "
        "possibly vascular; subtle SAH is not entirely excluded.",
        -1,
    ),
    C(
        "e10d-u012",
        "CT BRAIN. Ill-defined hyperdense region in the right cerebellar hemisphere near the petrous "
        "apex, likely partial volume artifact, although a small contusion cannot be ruled out. "
        "Recommend thin-section reconstruction.",
        -1,
    ),
    C(
        "e10d-u013",
        "CT Head. Impression: Suspicious for a small left frontal subdural haematoma. Recommend "
        "correlation with MRI.",
        -1,
    ),
    C(
        "e10d-u014",
        "CT HEAD. Possible small bifrontal contusions. No extra-axial collection. Fracture through "
        "the right occipital condyle.",
        -1,
        {"fracture"},
        note="occipital condyle is skull base",
    ),
    C(
        "e10d-u015",
        "CT HEAD. The left frontal mass shows some heterogeneous internal high density, which could "
        "reflect calcification or intratumoural haemorrhage. MRI advised for characterisation.",
        -1,
    ),
    C(
        "e10d-u016",
        "CT head plain. Minimal hyperdensity seen in the right sylvian fissure - ? SAH ? vessel. "
        "Advised CT angiography.",
        -1,
    ),
    C(
        "e10d-u017",
        "CT HEAD. Impression: Probable small subarachnoid haemorrhage in the left parietal sulci. "
        "Correlation with lumbar puncture suggested.",
        -1,
    ),
    C(
        "e10d-u018",
        "CT HEAD. Subtle extra-axial density along the left convexity which may be a thin isodense "
        "subdural collection. Difficult to confirm on CT; MRI would be more sensitive.",
        -1,
    ),
    C(
        "e10d-u019",
        "NCCT HEAD. Apparent hyperdensity in the pons most likely beam-hardening artifact, but a "
        "small brainstem haemorrhage cannot be confidently excluded. Repeat with thin slices.",
        -1,
    ),
    C(
        "e10d-u020",
        "CT HEAD (ADDENDUM). Following the preliminary negative read, further review raises the "
        "possibility of a tiny focus of SAH in the right frontal sulcus. Follow-up CT suggested.",
        -1,
        note="addendum introduces a hedged finding",
    ),
    C(
        "e10d-u021",
        "CT BRAIN. Equivocal findings: subtle increased attenuation in the basal cisterns that could be "
        "due to diffuse cerebral oedema (pseudo-SAH) or true subarachnoid blood.",
        -1,
    ),
    C(
        "e10d-u022",
        "CT HEAD. Hyperdense focus measuring 4 mm in the left thalamus is indeterminate - "
        "microhaemorrhage versus calcification. Comparison with prior imaging would help.",
        -1,
    ),
    C(
        "e10d-u023",
        "CT HEAD. Basilar skull fracture through the right petrous temporal bone. There is a subtle "
        "thin extra-axial hyperdensity adjacent, ? small epidural haematoma. Short interval follow-up "
        "advised.",
        -1,
        {"fracture"},
    ),
    C("e10d-u024", "CT Head. Query small right frontal contusion vs artefact. No other abnormality.", -1),
    C(
        "e10d-u025",
        "CT HEAD. The ventricles are normal. There may be a small amount of blood in the dependent "
        "portion of the right occipital horn; however, this is not certain on this study.",
        -1,
    ),
]
