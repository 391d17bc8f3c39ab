"""English development set 11: invented head-CT reports in the styles of English-speaking radiologists.

The reports imitate what non-contrast head CT reports look like in several countries: US templates
("No acute intracranial abnormality", "gray-white differentiation"), UK and Australian reports with
"Clinical details / Findings / Conclusion" headings and "?SAH" questions, Indian reports with
"No e/o bleed" and "?" queries, and European non-native English with unusual word order. Most absent reports
are long normal templates or carry traps (old sequelae, resolved follow-ups, hyperdense artery,
calcification, contrast staining, high haematocrit, artefact, extracranial or non-head blood, facial
fractures, unruptured aneurysms); hedges take many forms, sometimes only in the impression; present
reports often name the blood by anatomy and density alone, follow interval change, spread over several
compartments and sentences, or come with a cause (transformation, tumour, sinus thrombosis, AVM,
aneurysm). British and American spelling, abbreviations, telegraphic style and typos are mixed.

The set was written from the label definitions in DOMAIN.md and general radiology knowledge, without
looking at the project's lexicon, matcher or other case files. No report is real.

A development set: its first score is recorded here before any tuning; the rules may then be tuned on it.

First score (en-ich 1.22, before any tuning; rules): ICH sensitivity 1.000, specificity 0.945, PPV 0.943,
hedged sent to verification 0.920; F1 edh 1.000, sdh 0.966, sah 0.957, iph 0.957, ivh 0.941, multiple 0.966,
fracture 1.000, combined 1.000.

Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present (ich=1)
    C(
        "e11d-p001",
        "CT HEAD WITHOUT CONTRAST. History: 67M, sudden left hemiparesis, BP 210/115. "
        "Findings: There is an ovoid hyperdense collection centered in the right putamen and external "
        "capsule measuring 3.4 x 2.2 x 2.9 cm (approx. 11 mL), with a thin rim of surrounding low "
        "attenuation. The hyperdense material extends into the body and atrium of the right lateral "
        "ventricle and layers in the third ventricle. 4 mm leftward midline shift. Basal cisterns are "
        "patent. Calvarium intact. IMPRESSION: Acute right basal ganglia hemorrhage with ventricular "
        "extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e11d-p002",
        "Clinical details: Fall at nursing home, on apixaban, GCS 13. "
        "Findings: Crescentic hyperdense extra-axial collection over the left cerebral convexity, "
        "maximal depth 9 mm, extending from the frontal to the parietal region. Effacement of the "
        "underlying sulci and 5 mm rightward midline shift. No intraparenchymal abnormality. "
        "Conclusion: Acute left hemispheric extra-axial haematoma with mass effect. Neurosurgical "
        "referral advised.",
        1,
        {"sdh"},
        note="crescent along the convexity, no subtype word -> sdh",
    ),
    C(
        "e11d-p003",
        "Non-contrast CT brain. 22-year-old, assault with a bat, lucid interval. "
        "There is a biconvex hyperdense collection in the right temporal region, 14 mm thick, "
        "directly beneath a linear undisplaced fracture of the right squamous temporal bone. "
        "Overlying soft-tissue swelling. Mild effacement of the right lateral ventricle. "
        "Impression: lentiform extradural collection underlying a temporal bone fracture.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e11d-p004",
        "CT brain + CT angiogram circle of Willis. Thunderclap headache during exercise. "
        "Non-contrast: diffuse hyperdensity filling the suprasellar, ambient and quadrigeminal cisterns "
        "and both Sylvian fissures, Fisher grade 3 pattern. Temporal horns mildly prominent. "
        "CTA: 7 x 5 mm lobulated aneurysm arising from the anterior communicating artery, pointing "
        "anteriorly, with a daughter sac. Impression: Aneurysmal subarachnoid haemorrhage from a "
        "ruptured ACom aneurysm. Early hydrocephalus.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e11d-p005",
        "CT HEAD FOLLOW UP. Comparison: CT of 4 days ago. "
        "Interval decrease in size of the left frontal intraparenchymal hematoma, now measuring "
        "2.1 x 1.6 cm (previously 3.4 x 2.5 cm), with decreasing attenuation at the periphery consistent "
        "with evolution. Perihematomal edema is similar. No new hemorrhage. No hydrocephalus. "
        "IMPRESSION: Evolving left frontal hematoma, smaller.",
        1,
        {"iph"},
    ),
    C(
        "e11d-p006",
        "Reason for study: 81F, increasing confusion over 3 weeks, minor fall a month ago. "
        "Findings: Bilateral mixed-density subdural collections over the frontoparietal convexities, "
        "the right 14 mm and the left 8 mm in depth, with hyperdense dependent components and internal "
        "septations. Midline shift 3 mm to the left. "
        "Conclusion: bilateral chronic subdural haematomas with acute-on-chronic elements, right "
        "larger than left.",
        1,
        {"sdh", "multiple"},
        note="two separate collections, one on each side",
    ),
    C(
        "e11d-p007",
        "CT head 24 hours after intravenous thrombolysis for left MCA stroke. "
        "Established low attenuation in the left insula, frontal operculum and lentiform nucleus. "
        "Within the infarcted insular cortex there are small petechial hyperdensities without "
        "space-occupying effect. "
        "Impression: left MCA infarct with haemorrhagic transformation, ECASS HI-1.",
        1,
        {"combined"},
        note="HI-type transformation carries no subtype",
    ),
    C(
        "e11d-p008",
        "Post-thrombectomy dual-energy CT head (right M1 occlusion, TICI 2b). "
        "There is a 3.1 cm hyperdense area in the right lentiform nucleus and corona radiata that "
        "persists on the virtual non-contrast reconstruction and is therefore blood rather than "
        "iodine staining. It occupies more than 30% of the infarcted territory and causes moderate "
        "mass effect on the right lateral ventricle. "
        "Conclusion: parenchymal haematoma type 2 (PH2) within the right MCA infarct.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e11d-p009",
        "CT brain with and without contrast. Known metastatic melanoma. "
        "Three enhancing lesions: right parietal 2.4 cm, left cerebellar 9 mm, left frontal 6 mm. "
        "The right parietal lesion is hyperdense on the pre-contrast series with a fluid-fluid level "
        "and surrounding vasogenic oedema, in keeping with intralesional haemorrhage. The other "
        "lesions show no haemorrhage. "
        "Impression: cerebral metastases, the right parietal one haemorrhagic.",
        1,
        {"combined"},
        note="bleeding tumour carries no subtype; only one lesion bleeds",
    ),
    C(
        "e11d-p010",
        "CT head and CT venogram. 34F, 10 days postpartum, headache and seizure. "
        "Non-contrast: the superior sagittal sinus and the left transverse sinus are hyperdense (cord "
        "sign). In the left parietal lobe there is a 2.6 cm irregular parenchymal haematoma with "
        "surrounding hypodense oedema in a non-arterial distribution. "
        "Venogram: filling defects throughout the posterior SSS and left transverse and sigmoid "
        "sinuses. IMPRESSION: Cerebral venous sinus thrombosis with left parietal haemorrhagic venous "
        "infarct.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e11d-p011",
        "CTA HEAD. 19-year-old with sudden headache and visual field defect. "
        "Non-contrast images show a 3.8 x 3.0 cm acute lobar hemorrhage in the right occipital lobe. "
        "On the angiographic phase there is a tangle of abnormal vessels at the medial margin of the "
        "hematoma fed by enlarged branches of the right PCA, with early drainage into an enlarged vein "
        "of Galen tributary. IMPRESSION: Right occipital hemorrhage secondary to an arteriovenous "
        "malformation.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e11d-p012",
        "CT head and cervical spine - trauma series. Motorcyclist, unhelmeted, GCS 7. "
        "Head: Hyperdense foci in both frontal lobes and the left temporal pole, the largest 18 mm, "
        "with surrounding oedema. Hyperdensity in several sulci over the right convexity. A thin "
        "hyperdense layer along the left tentorium cerebelli, 3 mm. Comminuted fracture of the occipital "
        "bone extending to the foramen magnum. Pneumocephalus. "
        "C-spine: no fracture. "
        "Impression: bifrontal and left temporal haemorrhagic contusions, traumatic SAH, small "
        "tentorial SDH, occipital fracture involving the skull base.",
        1,
        {"iph", "sah", "sdh", "multiple", "fracture"},
    ),
    C(
        "e11d-p013",
        "NCCT BRAIN. "
        "An acute hyperdense bleed measuring 2.0 x 1.5 cm is seen in left thalamus with perilesional "
        "oedema. Blood is also seen in occipital horn of left lateral ventricle. Third ventricle is "
        "normal. No midline shift. Bony calvarium is normal. "
        "IMPRESSION: Acute left thalamic bleed with intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e11d-p014",
        "CTB. R SDH 6mm, no MLS. Small vol SAH L sylvian fissure. No #. "
        "Imp: R SDH + L SAH, likely traumatic. Rpt CT 6h.",
        1,
        {"sdh", "sah", "multiple"},
    ),
    C(
        "e11d-p015",
        "Findings: Isodense extra-axial collection over the right frontoparietal convexity, 11 mm in "
        "maximal thickness, recognisable by medial displacement of the grey-white junction and "
        "effacement of the right-sided sulci. Midline shift 6 mm to the left. The ventricles are "
        "asymmetric. "
        "Impression: subacute right subdural haematoma, isodense to brain.",
        1,
        {"sdh"},
    ),
    C(
        "e11d-p016",
        "CT HEAD: Acute hemorrhage in the right cerebellar hemisphere measuring 3.2 cm, compressing "
        "the fourth ventricle, with upstream dilatation of the lateral and third ventricles and "
        "transependymal flow. No intraventricular extension. Supratentorial brain is otherwise "
        "unremarkable. IMPRESSION: Right cerebellar hemorrhage with obstructive hydrocephalus. "
        "Urgent neurosurgical consult recommended.",
        1,
        {"iph"},
        note="hydrocephalus is not blood in the ventricles",
    ),
    C(
        "e11d-p017",
        "Non-enhanced CT brain. Sudden coma. A 17 mm rounded area of high attenuation (62 HU) in the "
        "central pons, extending slightly into the left middle cerebellar peduncle. The fourth "
        "ventricle is compressed but not obliterated. Conclusion: acute pontine haemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e11d-p018",
        "Follow-up CT head, day 5 after a fall with traumatic subarachnoid haemorrhage. CTA at "
        "admission showed no aneurysm. "
        "The previously seen subarachnoid blood has largely cleared from the basal cisterns; a small "
        "amount of residual hyperdense blood persists in the left Sylvian fissure. Ventricles stable. "
        "No new haemorrhage. Impression: residual left Sylvian SAH, improving.",
        1,
        {"sah"},
        note="largely cleared but residual blood remains",
    ),
    C(
        "e11d-p019",
        "CT brain post op. Status post right frontotemporal craniotomy for evacuation of subdural "
        "haematoma. Bone flap in situ. Small residual hyperdense subdural collection along the right "
        "convexity, 4 mm, reduced from 19 mm pre-operatively. Expected pneumocephalus. Midline "
        "shift resolved. Subdural drain in place.",
        1,
        {"sdh"},
        note="residual post-operative haematoma counts; craniotomy is not a fracture",
    ),
    C(
        "e11d-p020",
        "CT of the brain without contrast. It is visible an hyperdense lesion in the left temporal "
        "lobe of 25x18 mm with perifocal oedema, compatible to intracerebral haemorrhage. Blood is "
        "present also in the occipital horns of both lateral ventricles. The midline structures are "
        "not dislocated. Bone structures without traumatic lesions.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e11d-p021",
        "CT head, trauma. Pedestrian struck by car. Transverse fracture through the right petrous "
        "temporal bone with opacified mastoid air cells and a small locule of gas in the right middle "
        "cranial fossa. A thin crescent of high density lines the floor of the right middle cranial "
        "fossa beneath the temporal lobe, 4 mm, tracking along the tentorium. No parenchymal injury. "
        "Impression: right petrous temporal bone fracture (skull base) with small underlying subdural "
        "haematoma.",
        1,
        {"sdh", "fracture"},
    ),
    C(
        "e11d-p022",
        "NCCT head. 19 yr old male fell from ladder striking back of head. "
        "Lens-shaped hyperdense collection in the left posterior fossa, 12 mm, crossing the transverse "
        "sinus, with an overlying linear fracture of the left occipital bone. The fourth ventricle is "
        "mildly compressed. Supratentorial: no abnormality. "
        "IMP: L posterior fossa EDH with occipital #.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e11d-p023",
        "CT head. Patient on warfarin, INR 4.8, found drowsy. "
        "Dependent hyperdense material layering in the occipital horns of both lateral ventricles with "
        "fluid-blood levels. No parenchymal haematoma is identified. Ventricular size is normal. "
        "No extra-axial collection. Impression: intraventricular blood without a parenchymal source "
        "on CT; consider CTA.",
        1,
        {"ivh"},
        note="both occipital horns count as one focus",
    ),
    C(
        "e11d-p024",
        "Non-contrast CT head. 72F, transient tingling of the left hand. "
        "A small linear focus of high attenuation lies within a sulcus of the right central region "
        "over the high convexity, consistent with a small volume convexity subarachnoid haemorrhage. "
        "No parenchymal haematoma. Basal cisterns are clear. "
        "Comment: in this age group cerebral amyloid angiopathy is a consideration; MRI with SWI is "
        "suggested.",
        1,
        {"sah"},
        note="the cause is only a consideration, so not combined",
    ),
    C(
        "e11d-p025",
        "CT HEAD WITHOUT IV CONTRAST. Fall down stairs. "
        "Left temporal pole contusion with hemorrhagic components measuring up to 1.4 cm and "
        "surrounding edema. Right parietal scalp hematoma without underlying fracture. "
        "No extra-axial collection. Ventricles normal. "
        "IMPRESSION: Hemorrhagic contusion of the left temporal pole. Right parietal scalp hematoma.",
        1,
        {"iph"},
    ),
    C(
        "e11d-p026",
        "CT head. MVA, GCS 10. "
        "There is a right parietal biconvex extra-axial hematoma, 11 mm, beneath a nondisplaced "
        "fracture of the right parietal bone. "
        "In addition, on the opposite side, a crescentic subdural hematoma measures 5 mm along the "
        "left frontal convexity (contrecoup). "
        "Midline shift is 2 mm. Basal cisterns are open. "
        "IMPRESSION: 1. Right parietal epidural hematoma with overlying skull fracture. "
        "2. Left frontal subdural hematoma.",
        1,
        {"edh", "sdh", "multiple", "fracture"},
    ),
    C(
        "e11d-p027",
        "CT brain. 84M, acute confusion. "
        "Two separate acute lobar haematomas are present: one in the right frontal lobe measuring "
        "2.8 cm and a second in the left occipital lobe measuring 1.9 cm, each with a small amount of "
        "surrounding oedema. There is extensive periventricular white matter low attenuation. "
        "No intraventricular blood. Conclusion: two acute lobar intracerebral haemorrhages.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e11d-p028",
        "CT head comparison with CT 12 days prior. "
        "Interval reduction in the left convexity SDH, now 5 mm (previously 11 mm). The collection is "
        "now predominantly hypodense with a small residual hyperdense component posteriorly. "
        "Midline shift has reduced from 6 mm to 1 mm. No new collection. "
        "IMPRESSION: Decreasing left subdural hematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e11d-p029",
        "CT brain and angiography. Collapse at work. "
        "There is a 3.5 cm haematoma in the medial left frontal lobe (gyrus rectus) with blood extending "
        "into the interhemispheric fissure and the suprasellar cistern, and into both lateral "
        "ventricles and the third ventricle. CTA demonstrates a 6 mm aneurysm of the anterior "
        "communicating artery directed toward the haematoma. "
        "Conclusion: ruptured ACom aneurysm with frontal intracerebral, subarachnoid and "
        "intraventricular haemorrhage.",
        1,
        {"iph", "sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e11d-p030",
        "MRI not possible (pacemaker). CT head pre and post contrast. "
        "A 4.5 cm heterogeneous mass in the right frontal lobe crossing the genu of the corpus "
        "callosum, with thick irregular rim enhancement and central necrosis. Areas of high density "
        "on the unenhanced images within the mass indicate intratumoural haemorrhage. Marked "
        "surrounding oedema, 7 mm midline shift. "
        "Impression: haemorrhagic high-grade glial tumour most likely (butterfly glioblastoma).",
        1,
        {"combined"},
        note="tumour type is 'most likely' but the bleeding into a mass is definite",
    ),
    C(
        "e11d-p031",
        "CT HEAD: acute SAH basal cisterns + both sylvian fissures. IVH 4th ventricle and occipital "
        "horns. Hydrocephalus, temporal horns 5mm. No ICH. No fracture. "
        "Rec CTA.",
        1,
        {"sah", "ivh", "multiple"},
        note="'No ICH' here means no parenchymal haematoma",
    ),
    C(
        "e11d-p032",
        "CT brain plain. Fall from bike. Acute subdurral haematoma right frontotemporal, 8mm thick, "
        "with effacment of sulci. No mid line shift. No skull fracure seen. Small right frontal "
        "subgaleal haematoma.",
        1,
        {"sdh"},
        note="typos in the subtype word",
    ),
    C(
        "e11d-p033",
        "CT head. Comparison CT 2 years ago (normal). "
        "New 3 mm thick hyperdense band along the posterior falx cerebri, extending onto the right "
        "side of the falx, not present on the prior study and of blood density (58 HU), unlike the "
        "small stable anterior falcine calcification. "
        "Impression: small acute interhemispheric subdural haematoma. Falcine calcification again "
        "noted.",
        1,
        {"sdh"},
    ),
    C(
        "e11d-p034",
        "CT Head: Depressed comminuted fracture of the left frontal bone, depressed by 9 mm, with "
        "underlying hyperdense contusion of the left frontal lobe (2.2 cm) and a few locules of "
        "pneumocephalus. Involvement of the outer table of the frontal sinus. "
        "Impression: depressed left frontal skull fracture with underlying haemorrhagic contusion.",
        1,
        {"iph", "fracture"},
    ),
    C(
        "e11d-p035",
        "CT brain. Elderly man on clopidogrel with gradual gait decline. "
        "There is a crescentic hypodense collection over the left cerebral convexity, 16 mm thick, "
        "slightly denser than CSF, with effacement of the left lateral ventricle and 7 mm midline "
        "shift. No acute hyperdense component. "
        "Impression: large chronic left subdural haematoma with mass effect.",
        1,
        {"sdh"},
        note="chronic subdural haematoma counts as blood",
    ),
    C(
        "e11d-p036",
        "NON CONTRAST CT: Acute haemorrhage centred on the head of the left caudate nucleus, 2.0 cm, "
        "rupturing into the frontal horn of the left lateral ventricle, with blood also in the third "
        "and fourth ventricles. Mild ventriculomegaly. "
        "CONCLUSION: caudate haemorrhage with intraventricular rupture.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e11d-p037",
        "CT brain / CTA (code stroke). 77F, sudden right arm weakness and aphasia. "
        "Left parietal lobar haemorrhage, ABC/2 volume approximately 30 mL, with mild surrounding "
        "oedema and effacement of the adjacent sulci. CTA: focus of contrast within the haematoma "
        "(spot sign). No underlying vascular malformation or aneurysm. "
        "Conclusion: left parietal ICH with positive spot sign, at risk of expansion.",
        1,
        {"iph"},
    ),
    C(
        "e11d-p038",
        "Repeat CT head 6 hours post-injury. "
        "The small right frontal haemorrhagic contusion is unchanged at 8 mm. No new haemorrhage, "
        "no extra-axial collection, no midline shift. Ventricles unchanged. "
        "Impression: stable appearance.",
        1,
        {"iph"},
        note="'unchanged' and 'no new haemorrhage' about an existing contusion",
    ),
    C(
        "e11d-p039",
        "Non-contrast CT head and CT angiogram. Severe headache for 3 hours. "
        "Small volume hyperdensity confined to the prepontine and interpeduncular cisterns, "
        "anterior to the midbrain. No extension into the Sylvian fissures or ventricles. "
        "CTA: no aneurysm or vascular malformation. "
        "Impression: perimesencephalic pattern of subarachnoid haemorrhage, CTA negative.",
        1,
        {"sah"},
    ),
    C(
        "e11d-p040",
        "CT brain w/o contrast. "
        "Bilateral extra-axial collections isodense to cortex over both frontoparietal convexities, "
        "right 9 mm, left 7 mm, with buckling of the grey-white interface and effaced sulci "
        "bilaterally. No midline shift because of the balanced mass effect. "
        "Impression: bilateral subacute subdural haematomas.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e11d-p041",
        "CT head day 2 after thrombectomy for right MCA occlusion. "
        "Evolving right frontal and insular infarct. Within it, a homogeneous hyperdense area of "
        "1.8 cm occupying less than a third of the infarct, with mild space-occupying effect. "
        "Conclusion: haemorrhagic transformation, parenchymal haematoma type 1.",
        1,
        {"iph", "combined"},
        note="PH-type transformation carries iph",
    ),
    C(
        "e11d-p042",
        "CT HEAD. Fall from standing, struck left side of head. "
        "Linear non-depressed fracture of the left parietal bone extending toward the lambdoid "
        "suture. Subjacent to the fracture, hyperdense blood fills several left parietal sulci. "
        "No extra-axial haematoma. No contusion identified. "
        "IMPRESSION: Left parietal skull fracture with adjacent traumatic subarachnoid hemorrhage.",
        1,
        {"sah", "fracture"},
    ),
    C(
        "e11d-p043",
        "CT brain and facial bones. Punch to the face then fell backwards. "
        "Facial: comminuted fractures of the nasal bones; fracture of the right orbital roof "
        "extending to the anterior cranial fossa, with a small extraconal haematoma. "
        "Brain: an 11 mm hyperdense contusion in the right gyrus rectus directly above the orbital "
        "roof fracture. No extra-axial blood. "
        "Impression: right orbital roof (anterior skull base) fracture with right basal frontal "
        "haemorrhagic contusion; nasal bone fractures.",
        1,
        {"iph", "fracture"},
        note="orbital roof is skull base; nasal bones are facial",
    ),
    C(
        "e11d-p044",
        "CT head: There is a thin hyperdense layer along the right tentorial leaflet, 3-4 mm, "
        "extending to the right posterior falx, consistent with a small subdural haematoma. Brain "
        "parenchyma normal. No fracture. "
        "Impression: small right tentorial SDH. No mass effect.",
        1,
        {"sdh"},
        note="tentorium and adjoining falx: one continuous collection",
    ),
    C(
        "e11d-p045",
        "CT brain and CTA. 28F, sudden occipital headache and vomiting. "
        "Acute haematoma in the left cerebellar hemisphere, 3.0 cm, with rupture into the fourth "
        "ventricle, which is filled with blood. CTA: abnormal cluster of vessels at the lateral margin "
        "of the haematoma supplied by the left AICA and SCA, draining to an enlarged petrosal vein. "
        "Impression: ruptured left cerebellar AVM with cerebellar and intraventricular haemorrhage.",
        1,
        {"iph", "ivh", "multiple", "combined"},
    ),
    C(
        "e11d-p046",
        "CT head + CT venogram. 41F on oral contraceptive, headache for 5 days. "
        "Non-contrast: linear hyperdensities in two right frontal sulci near the vertex. The "
        "adjacent cortical vein is tubular and hyperdense. "
        "CTV: non-opacification of the anterior superior sagittal sinus and a right frontal cortical "
        "vein. Impression: thrombosis of the superior sagittal sinus and a cortical vein with "
        "associated convexity subarachnoid haemorrhage.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e11d-p047",
        "NCCT HEAD. "
        "Acute EDH is seen in right frontal region measuring 8 mm in maximum thickness with overlying "
        "undisplaced fracture of right frontal bone. Mild mass effect in form of effacement of adjacent "
        "sulci. Haemosinus in left maxillary sinus with fracture of its anterior wall. Fracture of "
        "nasal bones. Rest of the brain parenchyma is normal. "
        "IMPRESSION: Right frontal EDH with fracture frontal bone. Left maxillary haemosinus.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e11d-p048",
        "CT head plain. BP 190/110, right-sided weakness. "
        "There is a well-defined hyperdense area (58 HU) in the left putamen measuring 14 x 9 mm with a "
        "thin hypodense rim. No mass effect. Ventricles and cisterns unremarkable. "
        "Conclusion: small left putaminal bleed, likely hypertensive.",
        1,
        {"iph"},
        note="'likely' qualifies the cause, not the bleed",
    ),
    C(
        "e11d-p049",
        "CT head, first post-operative day after right frontal craniotomy and evacuation of an "
        "intracerebral haematoma. The operative cavity contains fluid and gas with a residual rim of "
        "hyperdense clot along its posterior wall up to 9 mm. Surrounding oedema as before. "
        "Craniotomy flap in position. No extra-axial collection. "
        "Impression: small residual haematoma at the operative site.",
        1,
        {"iph"},
    ),
    C(
        "e11d-p050",
        "Native CT of the head. There is a subdural hematoma on the right side with a width of 7 mm "
        "frontoparietal. Additionally is seen traumatic subarachnoidal bleeding frontal on both sides "
        "in the sulci. Ventricle system not compressed, no midline shift. No fracture of the skull "
        "visible. Evaluation: right SDH, bilateral frontal traumatic SAH.",
        1,
        {"sdh", "sah", "multiple"},
    ),
    # ------------------------------------------------------------------ absent (ich=0)
    C(
        "e11d-n001",
        "CT HEAD WITHOUT CONTRAST. INDICATION: Headache, dizziness. TECHNIQUE: Axial images were "
        "obtained from the skull base to the vertex without IV contrast. COMPARISON: None. "
        "FINDINGS: No acute intracranial hemorrhage, extra-axial collection, mass effect or midline "
        "shift. Gray-white matter differentiation is preserved. The ventricles and sulci are normal "
        "in size and configuration for age. The basal cisterns are patent. The visualized paranasal "
        "sinuses and mastoid air cells are clear. The calvarium is intact. "
        "IMPRESSION: No acute intracranial abnormality.",
        0,
        set(),
    ),
    C(
        "e11d-n002",
        "CT head. Clinical details: sudden severe occipital headache 2 hours ago, ?SAH. "
        "Findings: No subarachnoid, intraventricular or parenchymal haemorrhage. The basal cisterns "
        "and Sylvian fissures are clear. Ventricles are not dilated. No mass lesion. "
        "Conclusion: no evidence of subarachnoid haemorrhage.",
        0,
        set(),
        note="the question in the history is answered negatively",
    ),
    C(
        "e11d-n003",
        "CT brain. Known previous right basal ganglia haemorrhage 2 years ago. "
        "A slit-like area of CSF density in the right putamen and external capsule, in keeping with "
        "an old haemorrhage cavity, with mild ex vacuo dilatation of the right frontal horn. "
        "No acute haemorrhage. No new infarct. "
        "Impression: chronic post-haemorrhagic change only.",
        0,
        set(),
    ),
    C(
        "e11d-n004",
        "CT head. Post-operative changes of previous left frontoparietal craniotomy for evacuation of "
        "subdural haematoma (2021). Burr holes and plates noted. Mild thickening of the meninges "
        "under the flap. No residual or recurrent extra-axial collection. The brain is otherwise "
        "normal. No acute intracranial pathology.",
        0,
        set(),
    ),
    C(
        "e11d-n005",
        "FOLLOW-UP CT HEAD. Comparison with 6 weeks ago. "
        "The previously seen right convexity subdural haematoma has resolved completely. No "
        "residual collection. Sulci now visible over the right hemisphere. Midline structures "
        "central. IMPRESSION: Resolution of the right subdural hematoma.",
        0,
        set(),
    ),
    C(
        "e11d-n006",
        "CT head (code stroke). Onset 90 minutes. "
        "Hyperdense left middle cerebral artery (M1 segment). Subtle loss of grey-white "
        "differentiation in the left insular ribbon and lentiform nucleus, ASPECTS 8. No intracranial "
        "haemorrhage. No established infarct. "
        "Impression: dense left MCA sign with early ischaemic change; no haemorrhage - no CT "
        "contraindication to thrombolysis.",
        0,
        set(),
    ),
    C(
        "e11d-n007",
        "CT head: A linear hyperdensity along the anterior falx measures up to 1100 HU, in keeping "
        "with falcine calcification, unchanged from 2019. Small calcified pineal gland. "
        "No intra- or extra-axial blood. Normal ventricles. "
        "Impression: no acute intracranial findings; incidental dural calcification.",
        0,
        set(),
    ),
    C(
        "e11d-n008",
        "Dual-energy CT head immediately after left M2 thrombectomy. "
        "Hyperdensity in the left caudate head and putamen. On the iodine map this corresponds to "
        "contrast, and the virtual non-contrast images show no hyperdensity, consistent with contrast "
        "staining of the infarcted tissue. No haemorrhage. No subarachnoid contrast or blood. "
        "Impression: contrast staining, no haemorrhagic transformation.",
        0,
        set(),
    ),
    C(
        "e11d-n009",
        "CT HEAD. Known polycythaemia vera, haematocrit 0.61. "
        "The dural venous sinuses and the circle of Willis vessels appear diffusely hyperdense, "
        "symmetric and proportionate to the arterial density, attributable to the high haematocrit. "
        "No cord sign, no venous infarct. No intracranial haemorrhage. "
        "Conclusion: hyperdense vessels due to haemoconcentration; no acute abnormality.",
        0,
        set(),
    ),
    C(
        "e11d-n010",
        "CT brain. Streak artefact from beam hardening between the petrous temporal bones "
        "produces apparent hyperdensity in the pons and cerebellar vermis, which is not reproduced "
        "on the coronal reformats. Supratentorial structures normal. No haemorrhage identified. "
        "Impression: no acute intracranial abnormality; posterior fossa partly obscured by artefact.",
        0,
        set(),
    ),
    C(
        "e11d-n011",
        "CT head. Assault, boggy swelling over left parietal scalp. "
        "Large left parietal subgaleal haematoma, 2.3 cm thick. The underlying calvarium is intact. "
        "No intracranial haemorrhage, extra-axial collection or contusion. Ventricles normal. "
        "Impression: subgaleal haematoma only; no intracranial injury.",
        0,
        set(),
    ),
    C(
        "e11d-n012",
        "CT facial bones and head. Fist injury to right cheek. "
        "Fractures of the anterior and posterolateral walls of the right maxillary sinus and of the "
        "right zygomatic arch (zygomaticomaxillary complex fracture). Blood-fluid level in the right "
        "maxillary sinus. Soft tissue haematoma over the right malar eminence. "
        "Head: no intracranial haemorrhage; no skull vault fracture. "
        "Impression: right ZMC fracture with haemosinus.",
        0,
        set(),
        note="facial fractures and sinus blood only",
    ),
    C(
        "e11d-n013",
        "CT orbits/head. Elbow to the left eye. "
        "Left periorbital soft tissue haematoma and proptosis of 2 mm. Fracture of the left orbital "
        "floor with herniation of orbital fat into the maxillary sinus, and of the lamina papyracea. "
        "Blood in the left maxillary antrum. Orbital roof intact. Intracranial contents normal, no "
        "haemorrhage. Impression: left orbital blow-out fracture.",
        0,
        set(),
    ),
    C(
        "e11d-n014",
        "CT CHEST WITH CONTRAST. Indication: hypotension after right subclavian line insertion. "
        "Findings: A 6 cm hyperdense mediastinal haematoma around the right brachiocephalic vein with "
        "a small right haemothorax. Active contrast extravasation is not seen. Lungs clear otherwise. "
        "Impression: mediastinal haematoma and haemothorax, likely iatrogenic.",
        0,
        set(),
        note="non-head study",
    ),
    C(
        "e11d-n015",
        "CT abdomen and pelvis, portal venous phase. Fall from horse. "
        "Grade III splenic laceration with a perisplenic haematoma and moderate haemoperitoneum. "
        "Liver, kidneys and pancreas intact. No pelvic fracture. "
        "Impression: splenic injury with haemoperitoneum.",
        0,
        set(),
        note="non-head study",
    ),
    C(
        "e11d-n016",
        "CT CERVICAL SPINE. Rollover MVC. "
        "Type II odontoid fracture with 3 mm posterior displacement. Prevertebral soft tissue "
        "thickening in keeping with haematoma. Remaining vertebral bodies intact. Limited view of the "
        "posterior fossa is unremarkable. "
        "Impression: type II dens fracture with prevertebral haematoma.",
        0,
        set(),
        note="non-head study; cervical fracture is not a skull fracture",
    ),
    C(
        "e11d-n017",
        "CT ANGIOGRAM NECK. Neck pain after chiropractic manipulation. "
        "Crescentic mural thickening of the right cervical ICA with luminal narrowing, compatible with "
        "dissection and intramural haematoma, extending from 2 cm above the bifurcation to the skull "
        "base. Vertebral arteries normal. Intracranial imaging not performed. "
        "Impression: right ICA dissection.",
        0,
        set(),
        note="neck vessels only; intramural haematoma is extracranial",
    ),
    C(
        "e11d-n018",
        "CT brain and CTA intracranial. Headache work-up. "
        "Non-contrast CT: no haemorrhage, no hydrocephalus. "
        "CTA: a 4 mm saccular aneurysm at the right MCA bifurcation, smooth, unruptured. No other "
        "aneurysm. Impression: incidental unruptured right MCA aneurysm; no subarachnoid "
        "haemorrhage. Neurovascular referral suggested.",
        0,
        set(),
    ),
    C(
        "e11d-n019",
        "CT head + facial bones. Fall onto face. "
        "Displaced bilateral nasal bone fractures and a fracture of the left frontal process of the "
        "maxilla. Left mandibular parasymphyseal fracture. Facial soft-tissue swelling. "
        "No intracranial haemorrhage. The cranial vault and skull base are intact.",
        0,
        set(),
    ),
    C(
        "e11d-n020",
        "NCCT BRAIN. "
        "Bilateral cerebral hemispheres show normal grey-white matter differentiation. No e/o any "
        "intracranial bleed / infarct / space occupying lesion. Ventricular system and basal cisterns "
        "are normal. Midline structures are central. Posterior fossa structures are normal. "
        "Bony calvarium is intact. "
        "IMPRESSION: No significant abnormality detected.",
        0,
        set(),
    ),
    C("e11d-n021", "CTB: NAD. No ICH, no SOL, no MLS, no hydro. No #.", 0, set()),
    C(
        "e11d-n022",
        "CT head. 79M, fall, no head strike. "
        "Confluent periventricular and deep white matter hypoattenuation consistent with chronic small "
        "vessel ischaemic change. Old lacunar infarcts in the left internal capsule and right "
        "thalamus. Generalised volume loss. No acute haemorrhage, no territorial infarct, no "
        "extra-axial collection.",
        0,
        set(),
    ),
    C(
        "e11d-n023",
        "CT brain without contrast. "
        "Coarse calcification of the choroid plexus in both lateral ventricles (glomus) and a "
        "calcified pineal gland, physiological. Ventricles normal in size with no intraventricular "
        "haemorrhage. No parenchymal abnormality. "
        "Conclusion: normal CT brain for age.",
        0,
        set(),
    ),
    C(
        "e11d-n024",
        "CT head follow-up, 3 weeks after coiling of a ruptured basilar tip aneurysm. "
        "Complete resolution of the previously described subarachnoid blood. Coil mass at the basilar "
        "tip with streak artefact. Ventricles normal in size; no hydrocephalus. No delayed "
        "infarction.",
        0,
        set(),
        note="the subarachnoid blood has fully resolved",
    ),
    C(
        "e11d-n025",
        "CT HEAD. Fell off bicycle, occipital pain. "
        "Undisplaced linear fracture of the right occipital bone extending inferiorly to the margin "
        "of the foramen magnum. No intracranial haemorrhage or extra-axial collection. No "
        "pneumocephalus. Occipital scalp swelling. "
        "Impression: occipital skull fracture without intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "e11d-n026",
        "CT brain. Previous traumatic brain injury in 2018. "
        "Encephalomalacia and gliosis in the anterior right temporal lobe and the inferior left "
        "frontal lobe, in keeping with remote contusions. Ex vacuo dilatation of the right temporal "
        "horn. No acute haemorrhage. No collection.",
        0,
        set(),
    ),
    C(
        "e11d-n027",
        "CT head. Temporal bone fracture line through the left mastoid, longitudinal, with "
        "opacification of the mastoid air cells and middle ear (haemotympanum). Ossicular chain "
        "intact. No intracranial blood. No pneumocephalus. Brain normal.",
        0,
        {"fracture"},
        note="temporal bone is skull base; middle-ear blood is not intracranial",
    ),
    C(
        "e11d-n028",
        "CT head. Prominent CSF spaces over both frontal convexities, of CSF density, with vessels "
        "crossing them, in keeping with atrophy-related widening of the subarachnoid space. No "
        "subdural collection. No haemorrhage. Ventricles proportionately enlarged. "
        "Impression: age-related volume loss.",
        0,
        set(),
    ),
    C(
        "e11d-n029",
        "CT head. A densely calcified extra-axial mass along the right parasagittal frontal "
        "convexity, 18 mm, with a broad dural base and no surrounding oedema; likely a calcified "
        "meningioma, stable from 2020. No haemorrhage. No other abnormality.",
        0,
        set(),
    ),
    C(
        "e11d-n030",
        "CT head. Fall on warfarin, INR 3.2. Clinical question: ?ICH. "
        "No intracranial haemorrhage. No skull fracture. Small left frontal scalp haematoma. "
        "Grey-white differentiation maintained. "
        "Conclusion: no intracranial haemorrhage.",
        0,
        set(),
    ),
    C(
        "e11d-n031",
        "CT HEAD. Clinical details: Collapse, ?bleed ?stroke. "
        "Findings: No intra- or extra-axial haemorrhage, mass lesion, hydrocephalus or established "
        "territorial infarct. Midline structures are central. Grey-white matter differentiation is "
        "preserved throughout. The posterior fossa is unremarkable. Visualised orbits, paranasal "
        "sinuses and mastoids are clear. No fracture. "
        "Conclusion: Normal unenhanced CT head.",
        0,
        set(),
    ),
    C(
        "e11d-n032",
        "CT brain. Dense calcification of the intracranial vertebral arteries, basilar artery and "
        "both carotid siphons. Mild small vessel change. No intracranial haemorrhage. "
        "Impression: atherosclerosis; no acute intracranial abnormality.",
        0,
        set(),
    ),
    C(
        "e11d-n033",
        "CT head. Dehydrated elderly patient with headache. "
        "The superior sagittal and straight sinuses appear mildly hyperdense; a venous sinus "
        "thrombosis is a consideration and a CT venogram is recommended. No intracranial haemorrhage. "
        "No venous infarct. Brain otherwise normal.",
        0,
        set(),
        note="the doubt is about thrombosis; haemorrhage is negated",
    ),
    C(
        "e11d-n034",
        "CT brain with IV contrast. Staging for lung carcinoma. "
        "Normal enhancement of the dural venous sinuses, falx and choroid plexus. No enhancing "
        "intracranial lesion. No haemorrhage. No oedema. "
        "Impression: no evidence of intracranial metastases.",
        0,
        set(),
    ),
    C(
        "e11d-n035",
        "CT head follow-up. External ventricular drain removed 2 days ago. "
        "The previously noted intraventricular blood has cleared. A drain tract is seen in the right "
        "frontal lobe without haemorrhage along it. Ventricles have reduced in size. "
        "Impression: cleared IVH, no complication after drain removal.",
        0,
        set(),
        note="burr hole for the drain is not a fracture",
    ),
    C(
        "e11d-n036",
        "Cranial CT native. No signs of intracranial bleeding. No fresh ischemic demarcation is "
        "delimitable. The midline structures are not dislocated, the inner and outer liquor spaces "
        "are age-appropriate wide. Calvaria intact. Assessment: no evidence of acute intracranial "
        "pathology, in particular no haemorrhage.",
        0,
        set(),
    ),
    C(
        "e11d-n037",
        "CT head and paranasal sinuses. Recurrent epistaxis on aspirin. "
        "Blood clot filling the left nasal cavity and nasopharynx, with a blood-fluid level in the "
        "left maxillary sinus. No bony erosion. Intracranial appearances are normal with no "
        "haemorrhage or mass.",
        0,
        set(),
    ),
    C(
        "e11d-n038",
        "CT brain. History: SAH 2012, clipping of a right MCA aneurysm. "
        "Right pterional craniotomy with aneurysm clip at the right MCA bifurcation causing streak "
        "artefact. Small area of gliosis in the right frontal operculum. No new haemorrhage, no "
        "hydrocephalus. Impression: stable post-operative appearances.",
        0,
        set(),
    ),
    C(
        "e11d-n039",
        "CT head, 3 months after left temporal intracerebral haemorrhage. "
        "Complete resorption of the haematoma, leaving a small slit-like area of low attenuation and "
        "gliosis. No residual hyperdensity. No new bleed. "
        "Conclusion: resolved haematoma with post-haemorrhagic gliosis.",
        0,
        set(),
    ),
    C(
        "e11d-n040",
        "CT head. Sudden left homonymous hemianopia. "
        "Well-defined low attenuation involving the right occipital lobe and medial temporal lobe in "
        "the PCA territory, with loss of grey-white differentiation and mild sulcal effacement. "
        "No haemorrhagic component. "
        "Impression: acute right PCA territory infarct.",
        0,
        set(),
    ),
    C(
        "e11d-n041",
        "24h post thrombolysis CT head. "
        "Established infarct in the left MCA territory involving the frontal operculum and insula. "
        "No haemorrhagic transformation. Mild local mass effect. No midline shift.",
        0,
        set(),
    ),
    C(
        "e11d-n042",
        "CT head 24 hours after basilar thrombectomy. Comparison with the immediate post-procedure "
        "scan. The hyperdensity seen in the left Sylvian fissure and the interpeduncular cistern "
        "immediately after the procedure has completely cleared, confirming contrast extravasation "
        "rather than subarachnoid haemorrhage. Small right cerebellar infarct. No haemorrhage.",
        0,
        set(),
    ),
    C(
        "e11d-n043",
        "CT brain. Symmetrical dense calcification of both globi pallidi, the dentate nuclei and the "
        "subcortical white matter, in keeping with extensive basal ganglia calcification "
        "(Fahr-type pattern); correlation with calcium and parathyroid hormone suggested. No "
        "haemorrhage.",
        0,
        set(),
    ),
    C(
        "e11d-n044",
        "CTB: No bleed/ fracture/ hydrocephalus. Mild involutional change. Conclusion: NAD for age.",
        0,
        set(),
    ),
    C(
        "e11d-n045",
        "CT head - trauma protocol. No EDH, SDH, SAH, IVH or intraparenchymal haemorrhage. No "
        "contusion. No skull vault or base fracture. Small forehead laceration with soft-tissue "
        "swelling. Impression: no traumatic intracranial injury.",
        0,
        set(),
    ),
    C(
        "e11d-n046",
        "CT head. Nodular thickening of the inner table of the frontal bone bilaterally, sparing the "
        "midline, in keeping with hyperostosis frontalis interna. Small frontal sinus osteoma. "
        "No extra-axial collection. No intracranial haemorrhage. Normal brain.",
        0,
        set(),
    ),
    C(
        "e11d-n047",
        "CT HEAD & FACE. Hit by cricket ball. "
        "Depressed fracture of the left zygomatic arch with overlying soft-tissue haematoma. "
        "Zygomaticofrontal suture intact. Maxillary sinuses clear. Skull vault intact. Intracranial "
        "structures normal, no bleed. IMPRESSION: isolated left zygomatic arch fracture.",
        0,
        set(),
    ),
    C(
        "e11d-n048",
        "CT head pre and post contrast. HIV negative, 66F. "
        "A homogeneously hyperdense periventricular mass abutting the frontal horn of the right "
        "lateral ventricle, 2.8 cm, with avid homogeneous enhancement and moderate oedema. The "
        "hyperdensity reflects high cellularity; there is no haemorrhage or calcification. "
        "Impression: features favour primary CNS lymphoma; MRI and neurosurgical review.",
        0,
        set(),
        note="hyperdense mass explained as cellular, haemorrhage negated",
    ),
    C(
        "e11d-n049",
        "CT HEAD (code stroke). Decreased consciousness, onset 2 h. "
        "Hyperdense basilar artery, measuring 70 HU, suspicious for basilar thrombosis; CTA is "
        "recommended. No intracranial haemorrhage. No established infarct in the posterior fossa.",
        0,
        set(),
        note="the suspicion is about thrombosis, not blood",
    ),
    C(
        "e11d-n050",
        "CT brain after out-of-hospital cardiac arrest. "
        "Diffuse cerebral oedema with global loss of grey-white differentiation and effaced sulci. "
        "The basal cisterns and tentorium look relatively hyperdense against the swollen brain; this "
        "is pseudo-subarachnoid haemorrhage and not true blood (attenuation 38 HU). "
        "Impression: severe hypoxic-ischaemic brain injury.",
        0,
        set(),
    ),
    C(
        "e11d-n051",
        "NCCT HEAD. "
        "Well defined hypodense area with gliosis and ex vacuo dilatation of left lateral ventricle "
        "is seen in left MCA territory - old infarct. No e/o haemorrhage. Rest of the brain "
        "parenchyma shows normal density. Sulci and cisterns are prominent. "
        "IMPRESSION: Chronic left MCA territory infarct. Cerebral atrophy.",
        0,
        set(),
    ),
    C(
        "e11d-n052",
        "CT head. First unprovoked seizure. "
        "No intracranial haemorrhage, mass, or acute infarct. Ventricles and sulci normal. "
        "Impression: no acute abnormality. CT is insensitive for small cortical lesions; MRI brain "
        "with epilepsy protocol is recommended.",
        0,
        set(),
    ),
    C(
        "e11d-n053",
        "CT brain: There is a possible small lacunar infarct in the right corona radiata, age "
        "indeterminate. No haemorrhage. No mass. Grey-white differentiation preserved. "
        "Impression: possible right corona radiata lacune; MRI if clinically indicated.",
        0,
        set(),
        note="the hedge is about infarction, not blood",
    ),
    C(
        "e11d-n054",
        "Follow-up CT brain, 5 weeks post trauma. Compared with CT of admission. "
        "The right frontal haemorrhagic contusion has resolved, leaving a small area of "
        "encephalomalacia. The previously seen thin left tentorial subdural haematoma is no longer "
        "visible. No new abnormality. "
        "Impression: resolution of the post-traumatic haemorrhages.",
        0,
        set(),
    ),
    C(
        "e11d-n055",
        "CT head. Clinical details: worst headache of life since yesterday evening, query SAH. "
        "Findings: No subarachnoid blood in the basal cisterns, Sylvian fissures or convexity sulci. "
        "No intraventricular blood. Ventricles normal. "
        "Comment: CT performed more than 6 hours after onset; a normal CT does not exclude "
        "subarachnoid haemorrhage at this interval, and lumbar puncture is advised per protocol.",
        0,
        set(),
        note="a protocol caveat, not a finding suggesting blood",
    ),
    # ------------------------------------------------------------------ hedged (ich=-1)
    C(
        "e11d-u001",
        "CT head. Headache and neck stiffness. "
        "Subtle increased density in the right Sylvian fissure compared with the left. No blood in "
        "the basal cisterns or ventricles. Ventricles normal. "
        "Impression: a small volume subarachnoid haemorrhage in the right Sylvian fissure cannot be "
        "excluded. Suggest CTA and/or LP.",
        -1,
        set(),
    ),
    C(
        "e11d-u002",
        "CT HEAD WITHOUT CONTRAST. Fall. "
        "Possible thin extra-axial hyperdensity along the left frontal convexity, 2 mm, versus volume "
        "averaging with the adjacent calvarium. No mass effect. Calvarium intact. "
        "IMPRESSION: Possible trace left frontal subdural hemorrhage. Short-interval follow-up CT.",
        -1,
        set(),
    ),
    C(
        "e11d-u003",
        "CT brain. Questionable tiny hyperdense focus in the dependent left occipital horn, which "
        "could represent a small amount of intraventricular blood or calcified choroid plexus. "
        "No parenchymal haematoma. No hydrocephalus. Recommend follow-up.",
        -1,
        set(),
    ),
    C(
        "e11d-u004",
        "CT head: Equivocal hyperdensity in the interpeduncular cistern. The remainder of the basal "
        "cisterns and sulci are clear. Ventricles normal. "
        "Impression: equivocal for subarachnoid blood; correlate clinically, consider LP.",
        -1,
        set(),
    ),
    C(
        "e11d-u005",
        "CT head. Fall from height 2 m. "
        "Slight asymmetric hyperdensity along the left tentorial leaflet, suspicious for a small "
        "subdural haematoma, although dural prominence is a differential. No parenchymal injury. "
        "No fracture.",
        -1,
        set(),
    ),
    C(
        "e11d-u006",
        "CTB. ? tiny SAH R frontal sulcus - ? vessel. Nil else. No #. Review w/ consultant.",
        -1,
        set(),
    ),
    C(
        "e11d-u007",
        "CT brain non-contrast. "
        "A 6 mm hyperdense focus is present in the right thalamus without oedema or mass effect. "
        "This may represent a small haemorrhage or a calcification; no prior imaging is available. "
        "Recommend follow-up CT in 24-48 hours or MRI.",
        -1,
        set(),
    ),
    C(
        "e11d-u008",
        "CT head. Dizziness for one week. "
        "A rounded hyperdense lesion of 14 mm in the left temporal lobe with mild surrounding "
        "oedema. Differential includes haemorrhage, a haemorrhagic tumour, or a cavernous "
        "malformation. Recommend MRI with contrast and susceptibility-weighted imaging to clarify.",
        -1,
        set(),
    ),
    C(
        "e11d-u009",
        "CT head. Findings: Mild hyperdensity along the left side of the tentorium. Grey-white "
        "differentiation preserved. Ventricles normal. No midline shift. No fracture. "
        "Impression: possible small left tentorial subdural haematoma; normal dural density is a "
        "differential.",
        -1,
        set(),
        note="the hedge is only in the impression",
    ),
    C(
        "e11d-u010",
        "CT head one hour after right M1 thrombectomy (single-energy). "
        "Hyperdensity in the right lentiform nucleus, 2 cm, 55 HU. This may represent contrast "
        "staining; haemorrhagic transformation cannot be excluded. Repeat CT at 24 hours or "
        "dual-energy CT to differentiate.",
        -1,
        set(),
        note="no definite blood, so no combined",
    ),
    C(
        "e11d-u011",
        "CT head. Struck by falling shelf. "
        "Nondisplaced linear fracture of the right temporal squama. Possible thin underlying "
        "extra-axial collection, 2-3 mm, not definite given partial volume with bone. No midline "
        "shift. Impression: right temporal bone fracture; ? small subjacent epidural haematoma, "
        "repeat CT advised.",
        -1,
        {"fracture"},
    ),
    C(
        "e11d-u012",
        "NCCT BRAIN. "
        "Few tiny hyperdense foci are seen in bilateral frontal lobes at grey-white junction ? "
        "haemorrhagic contusions / ? DAI. Ventricles are normal. No midline shift. "
        "IMPRESSION: ? Small haemorrhagic contusions in bilateral frontal lobes. Suggested MRI "
        "correlation.",
        -1,
        set(),
    ),
    C(
        "e11d-u013",
        "CT head. Ataxia. "
        "Small hyperdense focus 4 mm in the left cerebellar hemisphere, 60 HU, not present on CT from "
        "last year. No oedema. Otherwise normal. Further characterisation with MRI suggested.",
        -1,
        set(),
        note="small hyperdense focus left unexplained",
    ),
    C(
        "e11d-u014",
        "CT head after cardiac arrest and prolonged resuscitation. "
        "Diffuse cerebral swelling with effaced sulci. Relative hyperdensity along the tentorium and "
        "in the basal cisterns: possible subtle subarachnoid haemorrhage versus pseudo-subarachnoid "
        "appearance due to oedema. Correlation with follow-up imaging advised.",
        -1,
        set(),
    ),
    C(
        "e11d-u015",
        "CT brain. Fall, on rivaroxaban. "
        "There is a thin crescentic hyperdensity along the left frontoparietal convexity, 3 mm, "
        "without mass effect. Brain otherwise normal. "
        "Conclusion: likely small acute left subdural haematoma. Repeat CT in 24 h.",
        -1,
        set(),
        note="'likely' about the blood itself",
    ),
    C(
        "e11d-u016",
        "CT HEAD: Probable small amount of layering hyperdensity in the occipital horns bilaterally, "
        "which may reflect a trace of intraventricular haemorrhage. No parenchymal or extra-axial "
        "blood. Clinical correlation.",
        -1,
        set(),
    ),
    C(
        "e11d-u017",
        "CT of the head native, control after stroke. In the known ischemic area left frontal is "
        "seen a light increase of density, a small hemorrhagic component is not excluded, "
        "differentially contrast residual after the angiography. No mass effect. Recommended control "
        "CT.",
        -1,
        set(),
    ),
    C(
        "e11d-u018",
        "CT head day 1 post-thrombolysis. Evolving right MCA infarct. Faint patchy hyperdensity in "
        "the right caudate head, findings suspicious for early haemorrhagic transformation. MRI with "
        "SWI would help.",
        -1,
        set(),
    ),
    C(
        "e11d-u019",
        "CT brain: ill-defined hyperdensity in the right ambient cistern which may be a minimal "
        "amount of subarachnoid blood or a normal vessel (posterior cerebral artery) seen in cross "
        "section. Otherwise unremarkable. CTA would clarify.",
        -1,
        set(),
    ),
    C(
        "e11d-u020",
        "CT head. Findings: Slightly hyperdense rim, 2 mm, along the right frontal convexity. No "
        "effacement of sulci. No midline shift. "
        "Impression: cannot exclude a small subdural haematoma; MRI advised.",
        -1,
        set(),
    ),
    C(
        "e11d-u021",
        "CT head. Equivocal thin hyperdense layer along the posterior falx, which may represent a "
        "small interhemispheric subdural haematoma or normal falcine density. No comparison "
        "available. Otherwise no acute abnormality.",
        -1,
        set(),
    ),
    C(
        "e11d-u022",
        "CT head. Clinical details: sudden headache 3 days ago, ?SAH. "
        "Findings: The sulci over the left parietal convexity appear slightly less distinct than on "
        "the right, raising the possibility of a small amount of subarachnoid blood. Basal cisterns "
        "clear. Conclusion: possible small left parietal SAH; CTA and LP suggested.",
        -1,
        set(),
    ),
    C(
        "e11d-u023",
        "CT head and C-spine. Fall down 12 steps. "
        "Head: Fracture of the left occipital bone extending into the left occipital condyle. A "
        "tiny focus of hyperdensity at the left frontal pole, possibly a small contusion. No "
        "extra-axial collection. C-spine: no fracture. "
        "Impression: occipital / skull base fracture. Possible tiny left frontal contusion.",
        -1,
        {"fracture"},
    ),
    C(
        "e11d-u024",
        "CT head. Patient moved during scan; repeat not possible. "
        "Motion and streak artefact degrade the right parietal region; a small haemorrhage in this "
        "area is not entirely excluded. Elsewhere no haemorrhage. "
        "Recommend repeat imaging when patient is settled.",
        -1,
        set(),
    ),
    C(
        "e11d-u025",
        "NCCT head. Follow up of shunt. "
        "VP shunt catheter in right lateral ventricle, tip near foramen of Monro. Ventricles "
        "unchanged. Small hyperdense material adjacent to the catheter tip - may represent small "
        "IVH vs. debris. Suggest clinical correlation.",
        -1,
        set(),
    ),
]
