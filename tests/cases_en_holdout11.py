"""English held-out set 11: invented head-CT reports sampled like an everyday hospital archive in many countries.

The reports imitate the brain-CT text an ordinary hospital archive holds, in the voices of US, UK,
Australian, Canadian, Indian and South African departments and of non-native English writers (about a
fifth rendered from continental-European and Asian layouts): emergency trauma and code-stroke scans,
follow-ups compared with prior studies, native CT with CT angiography or venography in one report, trauma
pan-scans whose head section is a few lines among chest and abdomen findings, long normal templates where
the finding is a few words, and telegraphic after-hours preliminary reads. The subtype is often given only
by anatomy and density (sulci and cisterns, ventricles and horns, crescent along the convexity, falx or
tentorium, lentiform next to a fracture, lobes, basal ganglia, thalamus, pons, cerebellum). The archive
mix also holds mimics (calcification, dense vessels, contrast staining), old sequelae, extracranial blood
(scalp, sinuses, orbit), non-head studies, vault and base fractures next to facial fractures, hemorrhage
with its cause (aneurysm, AVM, bleeding tumour, hemorrhagic transformation, venous sinus thrombosis),
several foci, and hedged reads with the hedge in the findings, the impression or both. British and
American spelling, common abbreviations (SDH, EDH, SAH, ICH, IVH, MLS, NAD, #) and some export noise.

The set was written from the label definitions in DOMAIN.md and general radiology knowledge, without the
project's lexicon or matcher. No report is real.

A held-out set: never tuned on; its first score is recorded here.
Its writer, by mistake, saw the opening cases of held-out set 10 and recent commit subjects (which name
rules) before writing; the wording here is its own.

First score (en-ich 1.30, before anything in it was read; rules): ICH sensitivity 1.000, specificity
0.951, PPV 0.942, F1 0.970, hedged sent to verification 1.000; F1 edh 1.000, sdh 1.000, sah 0.952,
iph 0.955, ivh 1.000, multiple 0.889, fracture 0.857, combined 1.000. On en-ich 1.27 (the start of
that session) the same rules scored specificity 0.918, PPV 0.907.

Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present (ich=1)
    C(
        "e11-p001",
        "EXAMINATION: CT HEAD WITHOUT IV CONTRAST. "
        "CLINICAL INDICATION: 81 year old female, unwitnessed fall at assisted living, on warfarin, INR 3.1. "
        "TECHNIQUE: Axial helical images from skull base to vertex with coronal and sagittal reformats. "
        "DLP 912 mGy-cm. COMPARISON: None. "
        "FINDINGS: There is a hyperdense extra-axial collection layering over the right frontoparietal "
        "convexity measuring up to 8 mm in maximal thickness. Associated effacement of the adjacent sulci "
        "and mild compression of the right lateral ventricle. Leftward midline shift measures 3 mm at the "
        "level of the septum pellucidum. No intraventricular blood. The basal cisterns are patent. "
        "Gray-white matter differentiation is preserved. Patchy periventricular white matter hypodensity, "
        "nonspecific but likely chronic microvascular ischemic change. The calvarium is intact. "
        "Small left frontal scalp hematoma. Visualized paranasal sinuses and mastoid air cells are clear. "
        "IMPRESSION: 1. Acute right frontoparietal subdural hematoma, 8 mm, with 3 mm leftward midline shift. "
        "2. Small left frontal scalp hematoma. No calvarial fracture. "
        "Findings discussed with Dr. Alvarez (ED) at 23:14 by telephone.",
        1,
        {"sdh"},
    ),
    C(
        "e11-p002",
        "CT Head. Clinical details: 24M, punched and fell backwards onto kerb, lucid interval, now GCS 11. "
        "Findings: Lentiform hyperdense collection in the left temporoparietal region measuring 15 mm deep, "
        "with a mixed-density 'swirl' component suggesting active bleeding. Overlying undisplaced linear "
        "fracture of the left squamous temporal bone running into the groove of the middle meningeal artery. "
        "Effacement of the left lateral ventricle, 6 mm midline shift to the right. Early effacement of the "
        "left ambient cistern. Left temporal boggy scalp swelling. "
        "Conclusion: Left temporoparietal extradural haematoma with swirl sign and overlying temporal bone "
        "fracture. Uncal herniation beginning. Discussed with on-call neurosurgical registrar, patient being "
        "transferred to theatre.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e11-p003",
        "CT BRAIN NON CONTRAST. History: MVA, passenger, ?head strike. "
        "A small amount of hyperdensity tracks within a few sulci of the right parietal convexity near the "
        "vertex. No extra-axial collection. No parenchymal contusion identified. Ventricles and basal "
        "cisterns normal. No skull fracture. "
        "IMPRESSION: Trace subarachnoid haemorrhage right parietal convexity. Suggest repeat CT in 24 hours "
        "if clinical deterioration.",
        1,
        {"sah"},
    ),
    C(
        "e11-p004",
        "NCCT BRAIN. Clinical profile: Known case of HTN, not on regular medication, c/o sudden onset "
        "weakness of right upper and lower limb since morning. "
        "Observations: A well defined hyperdense lesion measuring approx 32 x 21 mm (vol ~ 10 cc) is noted "
        "in the left gangliocapsular region with mild perilesional oedema. It is causing mass effect in the "
        "form of effacement of the frontal horn of left lateral ventricle. No midline shift. Third and fourth "
        "ventricles are normal. Rest of the brain parenchyma shows normal attenuation. Bilateral "
        "cerebellar hemispheres and brainstem are normal. Calvarium appears normal. "
        "IMPRESSION: Acute bleed in the left gangliocapsular region - likely hypertensive. "
        "Kindly correlate clinically.",
        1,
        {"iph"},
    ),
    C(
        "e11-p005",
        "CT head. Indication: found collapsed, GCS 7. "
        "There is an acute haematoma centred on the right thalamus measuring 3.4 x 2.9 cm, with blood "
        "extending into the third ventricle and both lateral ventricles, layering in the occipital horns. "
        "Temporal horns are dilated in keeping with early hydrocephalus. Effacement of the perimesencephalic "
        "cisterns. "
        "IMPRESSION: Right thalamic haemorrhage with intraventricular extension and acute hydrocephalus.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e11-p006",
        "CT HEAD WITHOUT CONTRAST, CT ANGIOGRAM HEAD. "
        "History: 52F, thunderclap headache during exercise, neck stiffness, WFNS 2. "
        "NON-CONTRAST: Hyperdense blood in the basal cisterns, more on the left, extending into the left "
        "Sylvian fissure. A 2.5 cm hyperdense clot is present in the left frontal operculum adjacent to the "
        "Sylvian fissure. Mild dilatation of the temporal horns. "
        "CTA: Lobulated saccular aneurysm at the left MCA bifurcation, 8 x 6 mm with a 3 mm neck, a daughter "
        "sac directed laterally towards the parenchymal clot. No further aneurysm. No vasospasm. "
        "IMPRESSION: Aneurysmal subarachnoid haemorrhage (modified Fisher 3) from a ruptured left MCA "
        "bifurcation aneurysm, with adjacent left frontal intraparenchymal haematoma. Early hydrocephalus.",
        1,
        {"sah", "iph", "multiple", "combined"},
    ),
    C(
        "e11-p007",
        "CT HEAD FOLLOW-UP. Compared with CT dated 14/03. "
        "The left convexity subdural collection has decreased in thickness from 11 mm to 6 mm and is now of "
        "mixed density, mostly hypodense with a few hyperdense strands. Midline shift has reduced from 5 mm "
        "to 1 mm. No new intracranial haemorrhage. Stable small right frontal scalp haematoma. "
        "OPINION: Evolving left subdural haematoma, smaller than before.",
        1,
        {"sdh"},
    ),
    C(
        "e11-p008",
        "CT TRAUMA SERIES: HEAD, CERVICAL SPINE, CHEST, ABDOMEN AND PELVIS. "
        "Mechanism: pedestrian struck at 60 km/h. "
        "HEAD: Haemorrhagic contusions in the inferior aspects of both frontal lobes, the largest 22 mm on "
        "the right. Thin acute subdural blood layering along the left tentorium. Non-depressed fracture of "
        "the right occipital bone extending to the right occipital condyle. Fractures of the right zygomatic "
        "arch and lateral wall of the right maxillary sinus with haemosinus. "
        "C-SPINE: Normal alignment. No fracture. "
        "CHEST: Bilateral pulmonary contusions. Undisplaced left 5th-7th rib fractures. No pneumothorax. "
        "ABDOMEN/PELVIS: No solid organ injury. Right superior pubic ramus fracture. "
        "SUMMARY: Bifrontal contusions, left tentorial SDH and right occipital skull fracture extending to "
        "the skull base; right zygomaticomaxillary fractures. Chest and pelvic injuries as above.",
        1,
        {"iph", "sdh", "multiple", "fracture"},
    ),
    C(
        "e11-p009",
        "CT brain. 71 yo male, sudden vertigo, vomiting, truncal ataxia. "
        "Hyperdense haematoma in the right cerebellar hemisphere, 3.3 x 2.8 x 3.0 cm. Effacement of the "
        "fourth ventricle which is displaced to the left. Mildly prominent temporal horns. The "
        "supratentorial compartment shows age-appropriate involution only. "
        "Impression: Right cerebellar haemorrhage >3 cm with compression of the fourth ventricle. "
        "Urgent neurosurgical opinion recommended.",
        1,
        {"iph"},
    ),
    C(
        "e11-p010",
        "CT head 24 h post thrombolysis. Comparison with admission CT/CTA. "
        "Evolving infarct in the right MCA territory involving the insula, frontal operculum and lentiform "
        "nucleus. Within the infarct there is patchy petechial hyperdensity along the lentiform nucleus "
        "without space-occupying effect, consistent with haemorrhagic infarction type 2 (HI-2). "
        "No parenchymal haematoma. No midline shift. "
        "Conclusion: Right MCA infarct with HI-2 haemorrhagic transformation.",
        1,
        {"combined"},
    ),
    C(
        "e11-p011",
        "CT HEAD (STAT). Post-tPA, sudden deterioration in level of consciousness. "
        "Compared with CT 6 hours earlier. There is now a large hyperdense parenchymal hematoma within the "
        "known left MCA infarct, measuring 5.1 x 3.6 cm, occupying more than 30% of the infarcted area with "
        "substantial mass effect, 8 mm rightward midline shift and subfalcine herniation. No intraventricular "
        "blood. "
        "IMPRESSION: Hemorrhagic transformation of left MCA infarct, parenchymal hematoma type 2 (PH-2). "
        "Stroke team notified.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e11-p012",
        "CT BRAIN PLAIN AND CONTRAST. Known metastatic melanoma, new confusion. "
        "Pre-contrast: Three hyperdense lesions, in the left frontal lobe (18 mm), right parietal lobe "
        "(12 mm) and the left cerebellar hemisphere (9 mm), each with extensive surrounding vasogenic oedema. "
        "Post-contrast: Peripheral enhancement of all three lesions, plus two further small enhancing "
        "nodules in the right occipital lobe without haemorrhage. "
        "Impression: Multiple cerebral metastases, three of which are haemorrhagic, in keeping with the "
        "known melanoma.",
        1,
        {"multiple", "combined"},
    ),
    C(
        "e11-p013",
        "CT head and CT angiography. 29F, sudden headache and left hemianopia. "
        "Plain: 4.0 x 3.1 cm acute haematoma in the right occipital lobe with serpiginous calcified "
        "densities at its medial margin. "
        "CTA: Tangle of abnormal vessels 2.5 cm in the medial right occipital lobe fed by branches of the "
        "right PCA with early draining vein into the straight sinus. "
        "Conclusion: Right occipital lobar haemorrhage secondary to a ruptured arteriovenous malformation.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e11-p014",
        "CT BRAIN AND CT VENOGRAM. Indication: 34 yo female, 2 weeks postpartum, headache and seizure. "
        "Non-contrast images show a 3.2 cm irregular parenchymal haematoma in the left parietal lobe with "
        "surrounding oedema. The superior sagittal sinus is hyperdense. "
        "Venogram: Filling defect throughout the superior sagittal sinus extending into the left transverse "
        "and sigmoid sinuses (empty delta sign). Cortical veins over the left parietal convexity are not "
        "opacified. "
        "IMPRESSION: Superior sagittal and left transverse/sigmoid sinus thrombosis with a left parietal "
        "haemorrhagic venous infarct (parenchymal haematoma).",
        1,
        {"iph", "combined"},
    ),
    C(
        "e11-p015",
        "CT head non contrast. 79M, 6 weeks of headaches and gait disturbance, fall in January. "
        "A crescentic low density extra-axial collection overlies the left cerebral hemisphere, maximum "
        "depth 19 mm, with effacement of the left lateral ventricle and 7 mm midline shift to the right. "
        "Internal septations. No acute blood. Right side normal. "
        "Impression: Large left chronic subdural haematoma with mass effect.",
        1,
        {"sdh"},
    ),
    C(
        "e11-p016",
        "CT HEAD. Hx: 88F, increased confusion, on aspirin and clopidogrel. "
        "FINDINGS: Bilateral extra-axial fluid collections over the frontoparietal convexities, hypodense "
        "relative to brain with dependent hyperdense layering bilaterally (hematocrit effect). The right "
        "measures 12 mm and the left 10 mm. Midline structures are central. Ventricles are compressed. "
        "IMPRESSION: Bilateral mixed-density (acute on chronic) subdural hematomas.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e11-p017",
        "CT brain. Fall down stairs, occipital laceration. "
        "Thin hyperdense layer along the right leaf of the tentorium cerebelli extending along the posterior "
        "falx, up to 4 mm, not causing mass effect. Brain parenchyma unremarkable. Ventricles normal. No "
        "fracture. Right occipital subgaleal haematoma. "
        "Comment:Small acute R tentorial and posterior parafalcine SDH.",
        1,
        {"sdh"},
    ),
    C(
        "e11-p018",
        "CT head without contrast. 63M on rivaroxaban, fall with occipital strike. "
        "Compared to CT performed 2 years ago for dizziness. "
        "There is new hyperdense thickening along the anterior and mid falx measuring up to 5 mm, extending "
        "over the medial aspect of the right frontal lobe; the falx was thin and not dense on the prior "
        "study. No other collection. No midline shift. No fracture. "
        "Impression: New acute interhemispheric (parafalcine) subdural hematoma.",
        1,
        {"sdh"},
        note="falx density new since prior: blood, not calcification",
    ),
    C(
        "e11-p019",
        "CT head: Small volume of dependent hyperdense blood in the occipital horns of both lateral "
        "ventricles. No parenchymal haematoma identified, no SAH. Ventricles not dilated. "
        "Conclusion: Small volume intraventricular haemorrhage, source not apparent on CT; CTA is advised.",
        1,
        {"ivh"},
    ),
    C(
        "e11-p020",
        "CT brain plain study. Clinical: sudden LOC, pinpoint pupils, quadriparesis. "
        "A hyperdense lesion 21 x 17 mm is seen in the pons, extending into the left middle cerebellar "
        "peduncle. Fourth ventricle is compressed. Lateral and third ventricles are mildly dilated. "
        "IMPRESSION: Acute pontine haemorrhage with early obstructive hydrocephalus.",
        1,
        {"iph"},
    ),
    C(
        "e11-p021",
        "CT HEAD post-operative day 1. Left frontotemporoparietal craniotomy for evacuation of acute subdural "
        "haematoma. Bone flap in situ, fixed with plates. Expected pneumocephalus beneath the flap. A residual "
        "hyperdense subdural collection measures up to 5 mm over the left parietal convexity (previously "
        "16 mm). Midline shift 2 mm (previously 9 mm). Subgaleal drain in place, small subgaleal collection. "
        "IMPRESSION: Satisfactory post-operative appearance with a small residual left subdural haematoma "
        "and reduced mass effect.",
        1,
        {"sdh"},
    ),
    C(
        "e11-p022",
        "CT brain - day 6 after coiling of ruptured ACOM aneurysm. Reason: new drowsiness ?vasospasm "
        "?hydrocephalus. "
        "Coil pack at the anterior communicating artery with streak artefact. Residual subarachnoid blood is "
        "still seen in the interhemispheric fissure and right Sylvian fissure, reduced since the admission "
        "scan. EVD via right frontal approach, tip in the third ventricle. Ventricular size decreased. "
        "No new infarct. "
        "Impression: Decreasing SAH, no hydrocephalus with EVD in situ. No CT evidence of delayed ischaemia.",
        1,
        {"sah", "combined"},
        note="blood from the (treated) ruptured aneurysm still present",
    ),
    C(
        "e11-p023",
        "CT BRAIN. Assault with a hammer, Khayelitsha. GCS 14. "
        "Comminuted depressed fracture of the left parietal bone, depressed by 9 mm (more than table "
        "thickness), with underlying haemorrhagic contusion 2.4 cm and a few intracranial air foci. "
        "Overlying scalp laceration with soft tissue swelling and gas. No extra-axial collection. "
        "IMPRESSION: Compound depressed left parietal skull fracture with underlying haemorrhagic contusion. "
        "Pneumocephalus.",
        1,
        {"iph", "fracture"},
    ),
    C(
        "e11-p024",
        "CT head and temporal bones. Fell off a ladder, blood from left ear. "
        "Longitudinal fracture of the left petrous temporal bone extending through the mastoid and into the "
        "roof of the middle ear; ossicular chain appears intact. Opacification of the left mastoid air cells "
        "and middle ear. Small biconvex extra-axial haematoma in the left middle cranial fossa adjacent to "
        "the fracture, 7 mm thick. Foci of pneumocephalus. No midline shift. "
        "Impression: Left temporal bone fracture with a small adjacent extradural haematoma.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e11-p025",
        "CT head: Acute SAH diffusely in basal cisterns + both sylvian fissures. Dilated temporal horns - "
        "hydrocephalus. CTA to follow. Dr on call informed.",
        1,
        {"sah"},
    ),
    C(
        "e11-p026",
        "CT BRAIN. 83 year old, new left-sided neglect. Normotensive. "
        "There is a 4.5 x 3.0 cm lobar haematoma in the right parietal lobe extending to the cortical "
        "surface with a small amount of adjacent sulcal blood. Surrounding oedema. No ventricular extension. "
        "Generalised involution and small vessel change. "
        "Impression: Right parietal lobar haemorrhage with a minor subarachnoid component; in this age group "
        "cerebral amyloid angiopathy is the likely aetiology. MRI with SWI could be considered.",
        1,
        {"iph", "sah", "multiple"},
    ),
    C(
        "e11-p027",
        "Non-contrast CT head. 45M, fall while intoxicated, struck back of head. "
        "Findings: Right occipital scalp haematoma overlying a non-displaced linear fracture of the right "
        "occipital bone. Contrecoup hyperdense contusion in the left frontal pole, 1.5 cm, with a little "
        "surrounding oedema. No extra-axial collection. Ventricles normal. "
        "Impression: Left frontal haemorrhagic contusion (contrecoup). Right occipital skull fracture.",
        1,
        {"iph", "fracture"},
    ),
    C(
        "e11-p028",
        "CT HEAD WO CONTRAST. Hx: bicycle vs car, no helmet. "
        "FINDINGS: Acute subdural hematoma along the left convexity (6 mm) extending along the left "
        "tentorium. Subarachnoid hemorrhage within the right frontal and parietal sulci. No intraparenchymal "
        "hemorrhage. Midline shift 2 mm to the right. Calvarium intact. Right forehead soft tissue swelling. "
        "IMPRESSION: Left SDH and right convexity traumatic SAH.",
        1,
        {"sdh", "sah", "multiple"},
    ),
    C(
        "e11-p029",
        "CT Head. Elderly male, 3 weeks post fall, worsening headache. "
        "There is effacement of the left cerebral sulci compared with the right, with an extra-axial "
        "collection over the left hemisphere which is almost isodense to the adjacent cortex, maximum "
        "thickness 12 mm, with medial displacement of the grey-white junction. Midline shift 5 mm to the "
        "right. "
        "Opinion: Isodense (subacute) left subdural haematoma. Not to be mistaken for normal brain.",
        1,
        {"sdh"},
    ),
    C(
        "e11-p030",
        "CT of brain without contrast enhancement. "
        "In the right frontal lobe is determined a zone of increased density 28x19x22mm, density +62HU, "
        "with perifocal edema zone up to 8mm. The right lateral ventricle is compressed. Midline structures "
        "are shifted to the left for 4mm. Basal cisterns are differentiated. Bones of the skull without "
        "destructive changes. "
        "Conclusion: CT signs of intracerebral hematoma of the right frontal lobe.",
        1,
        {"iph"},
    ),
    C(
        "e11-p031",
        "MRI is not available; CT head with contrast for new seizures and right hemiparesis. "
        "Large heterogeneous mass in the left frontal lobe crossing the genu of the corpus callosum, "
        "5.6 cm, with thick irregular enhancing rim, central necrosis and hyperdense intratumoral "
        "haemorrhage on the pre-contrast series. Marked oedema, 9 mm rightward midline shift. "
        "Impression: Haemorrhagic high-grade glial tumour (glioblastoma most likely) with significant mass "
        "effect.",
        1,
        {"combined"},
    ),
    C(
        "e11-p032",
        "CT HEAD. Hx: 58M, sudden collapse, hypertensive crisis. "
        "Right caudate head haemorrhage 2.1 cm, ruptured into the ventricular system with casting of the "
        "right lateral ventricle, third ventricle and fourth ventricle. Hydrocephalus with dilated temporal "
        "horns. Periventricular low attenuation suggesting transependymal flow. "
        "IMPRESSION: Right caudate ICH with massive intraventricular haemorrhage and obstructive "
        "hydrocephalus. EVD consideration.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e11-p033",
        "CT HEAD / CTA HEAD AND NECK. 47M, sudden occipital headache while lifting. "
        "Non-contrast: Small volume hyperdense blood in the prepontine and interpeduncular cisterns, "
        "extending minimally into the ambient cisterns. No blood in the Sylvian fissures or convexity "
        "sulci. No hydrocephalus. "
        "CTA: No aneurysm, vascular malformation or dissection. "
        "IMPRESSION: Perimesencephalic pattern subarachnoid hemorrhage; CTA negative. Catheter angiography "
        "at the discretion of the neurosurgical team.",
        1,
        {"sah"},
    ),
    C(
        "e11-p034",
        "CT brain - repeat at 48 h after head injury. Compared with admission scan. "
        "The bilateral temporal lobe contusions have blossomed: right now 3.2 cm (previously 1.8 cm), left "
        "1.4 cm (previously 0.9 cm), with increasing perilesional oedema. Small amount of associated "
        "subarachnoid blood in the right Sylvian fissure is unchanged. Basal cisterns remain open. "
        "Conclusion: Enlarging bitemporal haemorrhagic contusions. Unchanged traumatic SAH.",
        1,
        {"iph", "sah", "multiple"},
    ),
    C(
        "e11-p035",
        "Unenhanced CT head. Atrial fibrillation on apixaban, confusion and headache. "
        "Two separate acute intraparenchymal haemorrhages: left frontal lobe 2.2 x 1.9 cm and right "
        "occipital lobe 3.0 x 2.5 cm, each with a rim of oedema. No intraventricular or subarachnoid "
        "extension. No midline shift. "
        "IMPRESSION: MULTIFOCAL ACUTE INTRACEREBRAL HAEMORRHAGE IN AN ANTICOAGULATED PATIENT.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e11-p036",
        "CT HEAD (follow up day 3 after mechanical thrombectomy of L M1 occlusion, TICI 2b). "
        "Established infarct in the left lentiform nucleus and insula. Small petechial hemorrhages are now "
        "seen along the margins of the infarct in the putamen, without mass effect. No contrast staining "
        "on the dual-energy iodine map. "
        "IMPRESSION: Left MCA territory infarct with petechial hemorrhagic transformation (HI-1).",
        1,
        {"combined"},
    ),
    C(
        "e11-p037",
        "TRAUMA CT - HEAD, FACE, C-SPINE, CHEST/ABDO/PELVIS (WITH CONTRAST FOR BODY). "
        "HEAD: A thin acute subdural haematoma lies along the left side of the falx, 3 mm, no mass effect. "
        "No skull vault or base fracture. "
        "FACE: Comminuted fractures of the nasal bones and the left orbital floor with herniation of orbital "
        "fat into the left maxillary sinus; blood-fluid level in the left maxillary antrum. Left zygomatic "
        "arch fracture. "
        "C-SPINE: No acute fracture. "
        "CHEST: No pneumothorax. Sternal fracture with small retrosternal haematoma. "
        "ABDOMEN/PELVIS: No solid visceral injury. No free fluid. "
        "IMPRESSION: 1. Small left parafalcine SDH. 2. Left orbital floor and zygomatic arch fractures, "
        "nasal bone fractures. 3. Sternal fracture.",
        1,
        {"sdh"},
        note="facial fractures only, vault and base intact",
    ),
    C(
        "e11-p038",
        "CT HEAD. 19 year old male, rugby tackle, occipital impact, vomiting x3. "
        "Findings: Linear fracture of the occipital bone to the left of the midline crossing the groove of "
        "the left transverse sinus. Biconvex extra-axial haematoma in the left posterior fossa, 11 mm, "
        "extending above and below the tentorium. Mild compression of the left cerebellar hemisphere; "
        "fourth ventricle patent. "
        "Impression: Left posterior fossa extradural haematoma straddling the transverse sinus, with "
        "occipital fracture. CT venogram recommended to assess the transverse sinus.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e11-p039",
        "CT head + CT venography. 41F, oral contraceptive, headache x 5 days, now focal seizure. "
        "Plain CT: Linear hyperdensity in a few sulci of the high right frontal convexity, consistent with "
        "a small convexity subarachnoid haemorrhage. Hyperdense cord sign in a right frontal cortical vein. "
        "CTV: Non-opacification of the anterior two-thirds of the superior sagittal sinus and a right "
        "frontal cortical vein. "
        "Impression: Superior sagittal sinus and cortical vein thrombosis with convexity SAH.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e11-p040",
        "CT HEAD. 61M, BP 210/115, aphasia. "
        "Acute hematoma in the left external capsule/putamen, 4.2 x 2.6 cm (ABC/2 approx 20 ml), extending "
        "medially with rupture into the body of the left lateral ventricle; small amount of blood in the "
        "right occipital horn. 5 mm midline shift. "
        "IMP: Left putaminal hemorrhage with intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e11-p041",
        "PRELIM (resident, 03:20): CT head - L SDH 7mm, MLS 3mm. No #. No other bleed. Attending to "
        "finalize.",
        1,
        {"sdh"},
    ),
    C(
        "e11-p042",
        "CT BRAIN FOLLOW UP. Comparison: 02/09 and 05/09. "
        "The intraventricular blood seen previously has cleared. The left thalamic haematoma is smaller, "
        "now 1.6 cm, with decreasing density and a surrounding low-density rim. Ventricular size normal. "
        "No new haemorrhage. "
        "Impression: Resolving left thalamic haemorrhage; intraventricular component resolved.",
        1,
        {"iph"},
    ),
    C(
        "e11-p043",
        "CT head. High speed RTA, GCS 6 at scene, intubated. "
        "Multiple punctate hyperdense foci at the grey-white matter junction of both frontal lobes and in "
        "the splenium of the corpus callosum, the largest 6 mm. A further small focus in the dorsolateral "
        "midbrain. No extra-axial collection. No fracture. Cisterns preserved. "
        "Impression: Multiple petechial haemorrhages in keeping with diffuse axonal injury. MRI recommended "
        "when stable.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e11-p044",
        "CT HEAD W/O. Hx: 70F, L sided weakness. "
        "FINDINGS: 2.7 cm hyperdense intraparenchymal hemorrhage in the right corona radiata with minimal "
        "surrounding edema. No extension into ventricles. Age appropriate volume loss. Chronic lacunar "
        "infarcts in the left thalamus and left basal ganglia. Calcified atherosclerosis of the carotid "
        "siphons. "
        "IMPRESSION: Acute right corona radiata IPH.",
        1,
        {"iph"},
    ),
    C(
        "e11-p045",
        "CT brain with contrast. Ca lung (adenocarcinoma), headache. "
        "Solitary 2.3 cm mass at the left parieto-occipital grey-white junction, with a hyperdense "
        "haemorrhagic centre on the unenhanced images and a thin enhancing rim, moderate oedema. "
        "No other lesion. "
        "Impression: Solitary haemorrhagic metastasis left parieto-occipital lobe.",
        1,
        {"combined"},
    ),
    C(
        "e11-p046",
        "CT head follow-up 10 days after admission for right temporal ICH. The haematoma is now iso- to "
        "slightly hyperdense centrally with a hypodense periphery, measuring 3.0 x 2.2 cm (was 3.4 x 2.5 cm). "
        "Oedema similar. Midline shift resolved. "
        "Impression: Evolving subacute right temporal intracerebral haematoma.",
        1,
        {"iph"},
    ),
    C(
        "e11-p047",
        "CT HEAD. Indication: recurrent fall, known chronic subdural managed conservatively. "
        "The right holohemispheric chronic subdural collection has increased in depth from 14 to 20 mm and "
        "now contains a hyperdense dependent component and hyperdense membranes, consistent with "
        "acute-on-chronic haemorrhage. Midline shift 9 mm. Trapping of the left temporal horn. "
        "IMPRESSION: Enlarging right acute-on-chronic SDH with increased mass effect.",
        1,
        {"sdh"},
    ),
    C(
        "e11-p048",
        "CT ANGIOGRAPHY INTRACRANIAL AND NON CONTRAST CT BRAIN. "
        "Clinical: 56 yr female, sudden severe headache and right third nerve palsy. "
        "NCCT: Thick hyperdense blood in the suprasellar, interpeduncular and ambient cisterns and both "
        "Sylvian fissures. Blood layering in both occipital horns and in the fourth ventricle. Temporal "
        "horns dilated. "
        "CTA: 9 mm saccular aneurysm at the origin of the right posterior communicating artery, directed "
        "posterolaterally. "
        "IMPRESSION: Diffuse SAH with intraventricular extension due to ruptured right PCOM aneurysm. "
        "Hydrocephalus.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e11-p049",
        "CT Brain.66 yo,fell at home. "
        "Impression:small acute SDH right frontal convexity 4mm,no mass effect.No fracture.",
        1,
        {"sdh"},
    ),
    # ------------------------------------------------------------------ absent (ich=0)
    C(
        "e11-n001",
        "EXAM: CT HEAD WITHOUT CONTRAST. "
        "CLINICAL HISTORY: 67 year old male with dizziness and near syncope. "
        "TECHNIQUE: Contiguous axial images were obtained from the skull base through the vertex without "
        "intravenous contrast. Multiplanar reformats were generated. Dose reduction technique was used. "
        "COMPARISON: None available. "
        "FINDINGS: "
        "BRAIN: No acute intracranial hemorrhage, mass effect, midline shift or extra-axial fluid "
        "collection. Gray-white matter differentiation is preserved. Mild periventricular and subcortical "
        "white matter hypoattenuation, nonspecific, most often related to chronic small vessel ischemic "
        "disease. "
        "VENTRICLES: Normal in size and configuration for age. "
        "BASAL CISTERNS: Patent. "
        "CALVARIUM: No acute fracture or suspicious osseous lesion. "
        "SINUSES/MASTOIDS: Mild mucosal thickening of the right maxillary sinus. Mastoid air cells are clear. "
        "ORBITS: Bilateral lens replacements. "
        "IMPRESSION: No acute intracranial abnormality. Mild chronic small vessel ischemic changes.",
        0,
    ),
    C(
        "e11-n002",
        "CT Head. Clinical details: 34F, headache for 3 days, no red flags, GP concerned. "
        "Findings: The brain parenchyma is of normal attenuation with normal grey-white matter "
        "differentiation. No intracranial haemorrhage, mass lesion or hydrocephalus. The ventricles and "
        "basal cisterns are normal. Posterior fossa structures are normal. No abnormal extra-axial "
        "collection. The visualised paranasal sinuses and mastoid air cells are clear. "
        "Conclusion: Normal CT head.",
        0,
    ),
    C(
        "e11-n003",
        "CT HEAD. Fell backwards in pub, occipital wound, GCS 15, on no anticoagulants. "
        "Large right occipital scalp haematoma with subcutaneous gas from the laceration. No underlying "
        "fracture. No intracranial haemorrhage or extra-axial collection. Ventricles and sulci normal for "
        "age. "
        "Impression: Scalp haematoma only. No acute intracranial injury.",
        0,
    ),
    C(
        "e11-n004",
        "CT HEAD AND FACIAL BONES. Assault, punched multiple times. "
        "HEAD: No intracranial haemorrhage. No midline shift. No skull fracture. Left frontal subgaleal "
        "haematoma. "
        "FACE: Blow-out fracture of the left orbital floor with a small amount of herniated fat, no "
        "entrapment of the inferior rectus on this study. Fracture of the anterior and lateral walls of the "
        "left maxillary sinus, which contains a fluid level in keeping with blood. Minimally displaced "
        "fracture of the left nasal bone. Left periorbital soft tissue swelling. "
        "Impression: Left orbital floor and maxillary sinus fractures, haemosinus. Normal intracranial "
        "appearances.",
        0,
        note="facial fractures and sinus blood are not skull fractures or ICH",
    ),
    C(
        "e11-n005",
        "CT brain. Repeat epistaxis, nasal packs in situ, headache. "
        "Dense material fills both nasal cavities around the packs and the right maxillary and ethmoid "
        "sinuses, consistent with blood. No bony destruction. The brain is normal. No intracranial "
        "haemorrhage. "
        "Impression: Blood in the nasal cavity and right maxillary/ethmoid sinuses. Normal brain.",
        0,
    ),
    C(
        "e11-n006",
        "CT head. Background: severe TBI in 2017 with bifrontal contusions, craniotomy. "
        "Current indication: new seizure. "
        "Right frontal craniotomy defect with bone flap in place. Encephalomalacia and gliosis in both "
        "frontal poles and the inferior frontal gyri, with ex vacuo dilatation of the frontal horns. "
        "No acute haemorrhage. No new abnormality. "
        "Impression: Chronic post-traumatic bifrontal encephalomalacia. No acute intracranial finding.",
        0,
    ),
    C(
        "e11-n007",
        "CT BRAIN FOLLOW-UP. Compared with CT of 6 weeks ago showing a left convexity subdural haematoma "
        "of 9 mm. "
        "The previously described left subdural haematoma has completely resolved; there is no residual "
        "extra-axial collection. The sulci over the left hemisphere are again visible. No midline shift. "
        "Impression: Complete resolution of the left subdural haematoma.",
        0,
    ),
    C(
        "e11-n008",
        "CT HEAD NON-CONTRAST. 59 yo female, headache. "
        "Dense calcification of the falx cerebri anteriorly and along the tentorium. Symmetric "
        "calcification of both globus pallidi and the dentate nuclei. Pineal and choroid plexus "
        "calcifications. No acute intracranial hemorrhage. No mass effect. "
        "Impression: No acute intracranial process. Physiological dural and basal ganglia calcifications.",
        0,
    ),
    C(
        "e11-n009",
        "CODE STROKE: CT HEAD, CTA HEAD/NECK, CT PERFUSION. LKW 07:10. NIHSS 16. "
        "NCCT: Hyperdense right M1 segment. Early loss of grey-white differentiation of the right insular "
        "ribbon and lentiform nucleus; ASPECTS 8. No intracranial haemorrhage. "
        "CTA: Occlusion of the right M1 segment MCA with moderate collaterals. Cervical carotids patent. "
        "CTP: Core (CBF<30%) 14 ml, Tmax>6 s 96 ml, mismatch ratio 6.9. "
        "Conclusion: Right M1 occlusion with a small core and large penumbra, no haemorrhage. Suitable for "
        "thrombectomy. Discussed with stroke registrar at 08:02.",
        0,
    ),
    C(
        "e11-n010",
        "CT CHEST ABDOMEN PELVIS WITH CONTRAST. Indication: motorcycle accident. "
        "Right haemothorax with moderate volume of layering high-attenuation fluid. Displaced fractures of "
        "the right 6th to 9th ribs. Small right pneumothorax. Liver laceration segment VI, grade III, with "
        "perihepatic haematoma. No active extravasation. Spleen, pancreas and kidneys intact. "
        "IMPRESSION: Right haemothorax and pneumothorax with rib fractures; grade III liver laceration.",
        0,
        note="body study",
    ),
    C(
        "e11-n011",
        "CT ABDOMEN AND PELVIS. Anticoagulated, falling Hb, back pain. "
        "Large left retroperitoneal haematoma centred on the iliopsoas, 12 x 8 cm, with a haematocrit "
        "level. Focus of active contrast extravasation on the portal venous phase. "
        "Impression: Spontaneous left retroperitoneal haemorrhage with active bleeding. IR informed.",
        0,
    ),
    C(
        "e11-n012",
        "CT CERVICAL SPINE WITHOUT CONTRAST. Fall from standing, neck pain. "
        "Normal alignment. Vertebral body heights maintained. No fracture. No prevertebral soft tissue "
        "swelling or haematoma. Multilevel degenerative disc disease, worst at C5-6 with moderate foraminal "
        "narrowing. The included posterior fossa is unremarkable. "
        "IMPRESSION: No acute cervical spine fracture.",
        0,
    ),
    C(
        "e11-n013",
        "CT head. 38M, fall from scaffold (3 m), GCS 15, occipital pain. "
        "Undisplaced linear fracture of the right occipital bone, not extending to the foramen magnum. "
        "Overlying subgaleal haematoma. No extradural or subdural collection. No intracranial haemorrhage. "
        "Brain normal. "
        "Conclusion: Right occipital skull fracture without intracranial injury.",
        0,
        {"fracture"},
    ),
    C(
        "e11-n014",
        "NCCT HEAD. RTA, CSF rhinorrhoea suspected. "
        "Fracture through the posterior wall of the right frontal sinus and the right cribriform plate, with "
        "a few small locules of pneumocephalus in the anterior cranial fossa. Right frontal sinus opacified. "
        "No intracranial bleed. No contusion. Ventricles normal. "
        "IMPRESSION: Anterior skull base fracture (right cribriform plate / frontal sinus posterior wall) with "
        "pneumocephalus. No intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "e11-n015",
        "CT facial bones. Punched, nose deformity. Comminuted mildly displaced fractures of both nasal "
        "bones and the nasal septum. Overlying soft tissue swelling. Orbits, maxillae, zygomas and mandible "
        "intact. The included brain shows no gross abnormality. "
        "Impression: Nasal bone fractures.",
        0,
    ),
    C(
        "e11-n016",
        "CT brain post-op. Day 2 after right pterional craniotomy and clipping of an unruptured right MCA "
        "aneurysm (elective). "
        "Aneurysm clip at the right MCA bifurcation with streak artefact. Bone flap in situ. Small volume "
        "pneumocephalus and extracranial soft-tissue swelling beneath the temporalis, as expected. No "
        "intracranial haematoma. No infarct. Ventricles normal. "
        "Impression: Expected post-operative appearance. No haemorrhage or ischaemia.",
        0,
    ),
    C(
        "e11-n017",
        "CT head. 76F, transient left arm numbness. "
        "There is no intracranial bleed. Old lacunar infarcts in the right corona radiata and left thalamus. "
        "Moderate confluent periventricular white matter low density. Generalised atrophy, in keeping with "
        "age. No mass. "
        "Impression: Chronic small vessel disease with old lacunes. Nothing acute.",
        0,
    ),
    C(
        "e11-n018",
        "STROKE PROTOCOL. Non contrast CT brain + CTA arch to vertex. "
        "NCCT: No haemorrhage. ASPECTS 10. No hyperdense vessel. "
        "CTA: Focal occlusion of the left M2 inferior division with good collaterals. 50% stenosis of the "
        "left ICA origin due to mixed plaque. Vertebrobasilar system normal. "
        "Impression: Left M2 occlusion. No intracranial haemorrhage. Findings called to the stroke team.",
        0,
    ),
    C(
        "e11-n019",
        "CT head with and without contrast. Incidental finding on outside MRI. "
        "A 2.8 cm extra-axial mass along the left frontal convexity with a broad dural base, partly "
        "calcified, homogeneously enhancing, with a dural tail. Minimal adjacent oedema. Adjacent "
        "hyperostosis of the inner table. No haemorrhage. "
        "Impression: Left frontal convexity meningioma.",
        0,
    ),
    C(
        "e11-n020",
        "CT BRAIN WITH CONTRAST. Follow-up of known right temporal glioma after chemoradiation. "
        "Post-resection cavity in the right temporal lobe with a thin rim of enhancement along its posterior "
        "wall, slightly increased since the previous study (8 mm vs 5 mm), with surrounding T2-type "
        "oedema. No intratumoral haemorrhage. No hydrocephalus. "
        "Impression: Slight increase in enhancement at the resection margin - progression versus treatment "
        "effect. MRI perfusion advised. No bleeding.",
        0,
    ),
    C(
        "e11-n021",
        "CT head. Past history of left basal ganglia haemorrhage 4 years ago. Now new dysarthria. "
        "Slit-like CSF-density cavity in the left putamen in keeping with an old post-haemorrhagic cavity, "
        "with ex vacuo dilatation of the left frontal horn. No new haemorrhage. No acute infarct visible. "
        "Impression: Sequelae of old left putaminal haemorrhage. No acute abnormality; MRI if symptoms "
        "persist.",
        0,
    ),
    C(
        "e11-n022",
        "CT BRAIN. Follow-up 6 weeks after right burr hole drainage of chronic SDH. "
        "Right frontal and parietal burr holes. Mild smooth dural thickening over the right hemisphere. "
        "No residual or recurrent subdural collection. The right sulci are visible again and the ventricles "
        "are symmetric. "
        "Conclusion: No recurrence of the right chronic subdural haematoma.",
        0,
    ),
    C(
        "e11-n023",
        "CT head - NAD.",
        0,
    ),
    C(
        "e11-n024",
        "Computed tomography of the brain. "
        "Brain structures are developed correctly. Grey and white matter differentiation is preserved. "
        "No areas of pathological density are revealed. Ventricular system is not dilated, symmetric. "
        "Subarachnoid spaces are not widened. Midline structures are not displaced. Bones of the vault and "
        "base of the skull are intact. "
        "Conclusion: No CT data for intracranial hemorrhage or focal brain lesion.",
        0,
    ),
    C(
        "e11-n025",
        "CT HEAD. Polycythaemia vera, Hb 198, headache. "
        "The dural venous sinuses and the vessels of the circle of Willis appear diffusely hyperdense "
        "(approximately 62 HU), symmetric, in keeping with raised haematocrit. No filling defect on the "
        "subsequent CT venogram. No intracranial haemorrhage. Brain parenchyma normal. "
        "Impression: Diffusely dense vessels due to polycythaemia. No venous sinus thrombosis. No bleed.",
        0,
    ),
    C(
        "e11-n026",
        "CT head post thrombectomy (dual energy). "
        "Hyperdensity in the left caudate head and putamen on the mixed images. On the virtual non-contrast "
        "reconstruction the hyperdensity disappears and it is bright on the iodine map, in keeping with "
        "contrast staining rather than blood. No haemorrhagic transformation. No mass effect. "
        "IMPRESSION: Contrast staining in the left basal ganglia. No intracranial haemorrhage.",
        0,
    ),
    C(
        "e11-n027",
        "CT ORBITS. Blunt trauma to right eye, proptosis, reduced vision. "
        "Right retrobulbar haematoma within the intraconal fat with proptosis and tenting of the posterior "
        "globe. Right medial orbital wall fracture (lamina papyracea) with blood in the right ethmoid "
        "cells. Optic canal intact. The included frontal lobes are unremarkable. "
        "IMPRESSION: Right retrobulbar haematoma with globe tenting - orbital compartment syndrome. "
        "Urgent ophthalmology review.",
        0,
    ),
    C(
        "e11-n028",
        "CT HEAD, trauma, 50F tripped and struck forehead on table, on aspirin. "
        "Large left frontal subgaleal hematoma measuring 2.1 cm in thickness. The underlying frontal bone is "
        "intact. No intracranial hemorrhage. No extra-axial collection. Normal ventricles. "
        "IMPRESSION: Left frontal scalp hematoma without intracranial injury or fracture.",
        0,
    ),
    C(
        "e11-n029",
        "CT brain. Clinical history: h/o SAH from ACOM aneurysm in 2019, coiled. Now dizziness. "
        "Coil mass at the anterior communicating artery, stable. No new haemorrhage. Ventricles stable and "
        "not dilated. Small old right frontal infarct. "
        "Impression: Stable post-coiling appearances. No acute intracranial abnormality.",
        0,
    ),
    C(
        "e11-n030",
        "CT BRAIN (3 month follow-up). Prior: multiple frontal contusions after assault. "
        "The previous contusions have resolved, leaving small areas of encephalomalacia in the right frontal "
        "pole and left gyrus rectus. No haemorrhage. No hydrocephalus. "
        "Impression: Post-contusional encephalomalacia, no acute finding.",
        0,
    ),
    C(
        "e11-n031",
        "CT HEAD AND CTA CIRCLE OF WILLIS. 44F, sudden severe headache 10 hours ago, now improving. "
        "NCCT: No subarachnoid or other intracranial haemorrhage. Ventricles normal. "
        "CTA: No intracranial aneurysm, vascular malformation or vessel occlusion. Normal variant "
        "hypoplastic right A1. "
        "IMPRESSION: No SAH, no aneurysm. Lumbar puncture may be considered given the time from onset.",
        0,
    ),
    C(
        "e11-n032",
        "CT BRAIN. Hx: first seizure, 27M.No focal deficit. "
        "Brain parenchyma normal.No haemorrhage,mass or infarct.Ventricles normal size.Basal cisterns "
        "patent.Skull intact. "
        "IMPRESSION:Normal study.",
        0,
        note="export noise: missing spaces",
    ),
    C(
        "e11-n033",
        "CT HEAD. Syncope while standing, small forehead abrasion. "
        "Well-defined old cortical infarct in the left parietal lobe (since the 2020 MRI). No acute "
        "haemorhage, no extra-axial collection, no fracture. Ventricles normal. "
        "IMPRESSION: Old left parietal infarct. No acute intracranial injury.",
        0,
    ),
    C(
        "e11-n034",
        "CT head. Gait apraxia, urinary incontinence, cognitive decline. "
        "Ventriculomegaly out of proportion to sulcal enlargement, Evans index 0.36, with narrowing of the "
        "high convexity sulci and dilated Sylvian fissures. Callosal angle acute. No haemorrhage, no mass, "
        "no obstructing lesion. "
        "Impression: Features suggestive of normal pressure hydrocephalus.",
        0,
    ),
    C(
        "e11-n035",
        "CT BRAIN. Chronic headaches. "
        "4.5 cm CSF density extra-axial cyst in the left middle cranial fossa displacing the temporal pole "
        "posteriorly, with mild remodelling of the greater wing of sphenoid. No haemorrhage in or around the "
        "cyst. Remainder normal. "
        "IMPRESSION: Left middle cranial fossa arachnoid cyst (Galassi II). No acute abnormality.",
        0,
    ),
    C(
        "e11-n036",
        "CT head. 52M, headache. A 7 mm rounded hyperdense (approx. 150 HU) focus in the right frontal "
        "subcortical white matter, well defined, without oedema or mass effect, unchanged compared with "
        "CT 2018: calcified lesion, most likely a calcified cavernoma or granuloma. No acute haemorrhage. "
        "Impression: Stable small calcified right frontal lesion. No acute abnormality.",
        0,
        note="calcification mimic, stable since prior",
    ),
    C(
        "e11-n037",
        "CT HEAD WITHOUT CONTRAST. Fall on stairs, head strike. On clopidogrel. "
        "No acute intracranial haemorrhage. No skull fracture. Left mastoid air cells partially opacified "
        "with fluid, without fracture; likely inflammatory. Mild generalised volume loss. "
        "IMPRESSION: No traumatic intracranial abnormality.",
        0,
    ),
    C(
        "e11-n038",
        "CT brain. The dural venous sinuses are of slightly high attenuation, uniform, with no expansion, "
        "appropriate for a dehydrated patient with raised haematocrit (Hct 0.52). The tentorium and falx "
        "appear mildly dense symmetrically. No intracranial haemorrhage or extra-axial collection. "
        "Conclusion: No acute intracranial abnormality; dense sinuses reflect haemoconcentration.",
        0,
    ),
    C(
        "e11-n039",
        "TRAUMA PAN-SCAN. Unrestrained driver, head-on collision. "
        "HEAD: Intracranial appearances normal. No haemorrhage. Vault and skull base intact. "
        "FACE: Bilateral Le Fort II fractures. Fracture of the right mandibular angle and left "
        "parasymphysis. Blood in both maxillary sinuses. "
        "SPINE: Fracture of the L1 transverse process on the left. "
        "CHEST: Multiple bilateral rib fractures, flail segment right 4-7. Bilateral small haemothoraces. "
        "ABDOMEN: No solid organ injury. "
        "IMPRESSION: Severe facial fractures. Chest wall injury with flail segment. No intracranial injury.",
        0,
        note="mid-face and mandible fractures only",
    ),
    C(
        "e11-n040",
        "CT Head, Cervical Spine, Chest, Abdomen, Pelvis. Fall from horse. "
        "Head: No acute intracranial abnormality. "
        "Cervical spine: No fracture. "
        "Chest: Left sided rib fractures 9-11. "
        "Abdomen: Splenic laceration (AAST grade IV) with a large volume haemoperitoneum and an active "
        "contrast blush at the splenic hilum. "
        "Impression: Grade IV splenic injury with active haemorrhage; normal head CT.",
        0,
    ),
    C(
        "e11-n041",
        "NCCT HEAD. 68 yrs male, giddiness since 2 days. "
        "Age related cerebral atrophy with prominent cortical sulci and ventricles. Small vessel ischaemic "
        "changes in bilateral periventricular white matter. No e/o intracranial bleed / SOL / acute infarct. "
        "Midline structures are in position. Visualised bones normal. "
        "IMPRESSION: Age related atrophy and small vessel ischaemic changes. No bleed.",
        0,
    ),
    C(
        "e11-n042",
        "CT head. 81M, cognitive decline, falls. "
        "Widening of the extra-axial CSF spaces over both frontal lobes, with vessels traversing them to the "
        "inner table; appearances in keeping with atrophy rather than subdural collections. No haemorrhage. "
        "Moderate generalised and hippocampal volume loss. "
        "Impression: Global atrophy. No subdural haematoma or other acute abnormality.",
        0,
    ),
    C(
        "e11-n043",
        "CT HEAD. ED: 30M, intoxicated, found lying in street, GCS 14 improving. "
        "Superficial left frontal scalp swelling and a small laceration with skin staples artefact. No "
        "intracranial haemorrhage. No skull fracture. Ventricles and sulci normal. Paranasal sinuses clear. "
        "IMPRESSION: Normal CT head apart from left frontal scalp soft tissue swelling.",
        0,
    ),
    C(
        "e11-n044",
        "CT brain. Anaemic with melaena, confusion. Hx: upper GI bleed 3 days ago, transfused. "
        "No intracranial haemorrhage. No infarct. Ventricles and sulci normal for age. "
        "Impression: No acute intracranial pathology to explain confusion.",
        0,
    ),
    C(
        "e11-n045",
        "CT HEAD, PARANASAL SINUSES. Facial pain, fever. "
        "Air-fluid levels in both maxillary sinuses and the left frontal sinus with mucosal thickening. "
        "No bony erosion. No intracranial extension, no empyema. The brain is normal. "
        "Impression: Acute bilateral maxillary and left frontal sinusitis. No intracranial complication.",
        0,
    ),
    C(
        "e11-n046",
        "HRCT TEMPORAL BONES. Right conductive hearing loss. "
        "Soft tissue in the right epitympanum eroding the scutum and the long process of the incus, "
        "consistent with cholesteatoma. Tegmen tympani intact. Facial nerve canal intact. Left side normal. "
        "Impression: Right attic cholesteatoma.",
        0,
    ),
    C(
        "e11-n047",
        "CT brain: normal study.",
        0,
    ),
    C(
        "e11-n048",
        "CT HEAD WITHOUT CONTRAST. "
        "CLINICAL HISTORY: 72F, confusion, UTI. "
        "FINDINGS: There is no evidence of acute intracranial hemorrhage, hydrocephalus, mass effect, "
        "territorial infarct or extra-axial fluid collection. Mild diffuse parenchymal volume loss with "
        "commensurate ventricular prominence. Scattered periventricular white matter hypodensities. "
        "Vascular calcifications in the cavernous carotids and vertebral arteries. The calvarium is intact. "
        "Status post bilateral lens surgery. Partial opacification of a few right ethmoid air cells. "
        "IMPRESSION: NO ACUTE INTRACRANIAL ABNORMALITY. CHRONIC CHANGES AS DESCRIBED.",
        0,
    ),
    C(
        "e11-n049",
        "CT Brain. Assault, kicked in head. Findings: No intracranial haemorrhage. No skull fracture. "
        "Left periorbital soft tissue swelling with a small preseptal haematoma. Globes intact. "
        "Conclusion: Soft tissue injury only.",
        0,
    ),
    C(
        "e11-n050",
        "CT HEAD. Follow-up of a hyperdense third ventricular lesion seen on an outside CT. "
        "Well-defined 12 mm hyperdense round lesion at the foramen of Monro, unchanged from 2021, without "
        "hydrocephalus. Typical colloid cyst. No haemorrhage elsewhere. "
        "Impression: Stable colloid cyst. No hydrocephalus.",
        0,
        note="hyperdense colloid cyst is a mimic",
    ),
    C(
        "e11-n051",
        "CT head follow up. Previous CT (10 days ago) showed trace SAH in the right frontal sulci after a "
        "fall. "
        "Today there is no residual subarachnoid blood. No new haemorrhage. No contusion. Ventricles "
        "normal. "
        "Impression: Resolution of the previously seen traumatic subarachnoid haemorrhage.",
        0,
    ),
    C(
        "e11-n052",
        "CT HEAD. Shunted hydrocephalus, headache. Compared with CT 1 year ago. "
        "Right parietal ventriculoperitoneal shunt catheter with its tip in the frontal horn of the right "
        "lateral ventricle, unchanged. Ventricular size stable. No periventricular oedema. No haemorrhage "
        "along the catheter tract. No extra-axial collection. "
        "IMPRESSION: Stable ventricular size. No evidence of shunt malfunction on CT.",
        0,
    ),
    C(
        "e11-n053",
        "CT brain 24 hours after thrombectomy of right ICA-T occlusion (TICI 3). "
        "Compared with baseline. Small established infarct in the right caudate body and corona radiata. "
        "No haemorrhagic transformation. No contrast staining remains. No mass effect. "
        "Conclusion: Small right subcortical infarct; no haemorrhage. May start antiplatelet therapy as per "
        "stroke team.",
        0,
    ),
    C(
        "e11-n054",
        "CT HEAD WITHOUT CONTRAST (repeat, motion degraded initial acquisition). "
        "Repeated acquisition is diagnostic. No acute intracranial hemorrhage. No midline shift. No "
        "fracture. Stable old right cerebellar infarct. "
        "IMPRESSION: No acute findings.",
        0,
    ),
    C(
        "e11-n055",
        "CT BRAIN plain. Hx - fall from bike, helmeted. "
        "No intracranial haemorrhage, no contusion, no extra-axial collection. Skull vault and base intact. "
        "Fracture of the left zygomatic arch (M-shaped, depressed) and the lateral wall of the left orbit. "
        "Left temporal soft tissue haematoma. "
        "Impression: Left zygomatic arch and lateral orbital wall fractures. No intracranial injury.",
        0,
    ),
    C(
        "e11-n056",
        "CT head: Brain: normal. Ventricles: normal. Extra-axial spaces: normal, no collection. "
        "Haemorrhage: none. Bones: intact. Sinuses: clear. "
        "Summary: normal CT head.",
        0,
    ),
    C(
        "e11-n057",
        "CT HEAD. 58 F, known hypertension, transient slurred speech 2 h, resolved. "
        "Focal hyperdensity of the left MCA M1 segment measuring 45 HU, similar to the contralateral side "
        "and to the basilar artery, in keeping with normal vessel density rather than a thrombus. No "
        "intracranial haemorrhage. No established infarct. "
        "IMPRESSION: No haemorrhage. No CT evidence of acute infarct. TIA workup.",
        0,
    ),
    C(
        "e11-n058",
        "CT BRAIN. Dog bite to scalp, multiple lacerations, tetanus given. "
        "Multiple scalp lacerations over the vertex with subcutaneous gas and a small subgaleal haematoma. "
        "No depressed fracture, no intracranial gas. Brain normal. "
        "Impression: Scalp soft tissue injuries only.",
        0,
    ),
    C(
        "e11-n059",
        "CT HEAD. Follow-up 8 months after evacuation of right frontal intracerebral haematoma. "
        "Right frontal craniotomy. Porencephalic cavity and gliosis in the right frontal lobe at the site of "
        "the previous haematoma, with a thin rim of hyperdense mineralisation along its wall, unchanged "
        "from the 4-month scan. No new haemorrhage. "
        "Impression: Chronic post-surgical and post-haemorrhagic changes right frontal lobe.",
        0,
    ),
    C(
        "e11-n060",
        "CT head WITHOUT contrast.CLINICAL: headache, vomiting. "
        "The brain parenchyma shows normal attenuation. NO intracranial haemorrage, no SOL. The ventricles are "
        "normal in size.No midline shift. Posterior fossa normal. Bony calvarium is normal. "
        "IMPRESSION: No acute intracranial pathology.",
        0,
        note="export noise and a typo",
    ),
    C(
        "e11-n061",
        "CT BRAIN. Indication: 36 yo, post-partum headache, ?venous thrombosis. "
        "Non-contrast: No haemorrhage, no infarct. Sinuses not hyperdense. "
        "CT venogram: All dural venous sinuses and deep veins opacify normally. Arachnoid granulation in the "
        "right transverse sinus. No thrombosis. "
        "IMPRESSION: No cerebral venous sinus thrombosis. No intracranial haemorrhage.",
        0,
    ),
    # ------------------------------------------------------------------ hedged (ich=-1)
    C(
        "e11-u001",
        "CT HEAD WITHOUT CONTRAST. History: 74M, fall, on dabigatran. "
        "FINDINGS: Subtle hyperdensity within a left frontal sulcus near the vertex, which may represent a "
        "small amount of subarachnoid hemorrhage versus volume averaging with the adjacent calvarium. No "
        "extra-axial collection. No midline shift. Ventricles normal. No fracture. "
        "IMPRESSION: Questionable trace subarachnoid hemorrhage left frontal vertex. Short interval "
        "follow-up CT recommended.",
        -1,
    ),
    C(
        "e11-u002",
        "CT brain. Trauma, intoxicated, GCS 13. "
        "Slightly increased density along the left tentorium compared with the right, possibly a thin "
        "subdural haematoma; asymmetric tentorial density can be normal. No other abnormality. No fracture. "
        "Conclusion: Possible thin left tentorial subdural haematoma; consider repeat CT in 6 hours.",
        -1,
    ),
    C(
        "e11-u003",
        "CT HEAD. Findings: There is a 4 mm hyperdense focus in the right frontal subcortical white matter "
        "without oedema. No comparison available. Otherwise normal. "
        "Impression: Indeterminate 4 mm hyperdense focus right frontal lobe - small haemorrhagic contusion "
        "or calcification. MRI advised.",
        -1,
    ),
    C(
        "e11-u004",
        "CT HEAD. 64F, sudden collapse. "
        "Findings: Small hyperdensity in the dependent part of the left occipital horn. Choroid plexus "
        "calcification is present bilaterally. Remaining ventricles normal. No parenchymal haemorrhage. "
        "Impression: Probable tiny intraventricular haemorrhage in the left occipital horn, although "
        "choroid plexus calcification could account for this. Follow-up CT suggested.",
        -1,
    ),
    C(
        "e11-u005",
        "CT HEAD. Struck on head by falling tree branch. "
        "Undisplaced linear fracture of the right parietal bone. Beneath it there is a thin lentiform "
        "extra-axial density up to 3 mm, which could represent a small extradural haematoma; partial volume "
        "of the fracture margin is an alternative. No mass effect. Right parietal scalp haematoma. "
        "Conclusion: Right parietal skull fracture. ?Small underlying EDH - repeat CT if any deterioration.",
        -1,
        {"fracture"},
    ),
    C(
        "e11-u006",
        "CT HEAD. 85F, falls, mild cognitive decline. "
        "Bilateral frontal extra-axial collections of CSF density, 6 mm on each side. These are likely "
        "subdural hygromas; however small chronic subdural haematomas cannot be excluded on CT. No acute "
        "blood. Midline central. "
        "Impression: Bilateral frontal extra-axial collections, hygromas vs chronic subdural haematomas.",
        -1,
    ),
    C(
        "e11-u007",
        "CT brain post thrombectomy. "
        "Hyperdensity in the right lentiform nucleus within the infarct, without mass effect. Likely "
        "contrast staining, though haemorrhagic transformation cannot be excluded. No dual energy available. "
        "Conclusion: Right striatal hyperdensity - contrast staining vs haemorrhagic transformation. "
        "Repeat CT in 24 hours.",
        -1,
    ),
    C(
        "e11-u008",
        "CT of head. "
        "In the right temporal lobe there is a zone of heterogeneous density with small hyperdense "
        "inclusions, size 18x14mm. Hemorrhagic contusion? Ventricles not dilated. Midline not displaced. "
        "Bones without traumatic changes. "
        "Conclusion: Focal change of right temporal lobe, hemorrhagic contusion not excluded. Control CT "
        "recommended.",
        -1,
    ),
    C(
        "e11-u009",
        "CT HEAD. 49M, headache 2 days. "
        "Faint hyperdensity is suspected in the interpeduncular cistern. No hydrocephalus. Otherwise normal. "
        "Impression: Suspected small volume SAH in the interpeduncular cistern. Recommend CTA and/or LP.",
        -1,
    ),
    C(
        "e11-u010",
        "CT BRAIN. Elderly fall. Equivocal thin hyperdensity along the right frontal convexity - ? small "
        "SDH vs beam hardening. No midline shift. No fracture. Repeat imaging if clinical concern.",
        -1,
    ),
    C(
        "e11-u011",
        "CT HEAD WO CONTRAST. Hx: syncope with head strike, on Eliquis. "
        "FINDINGS: Probable small acute subdural hematoma over the left frontal convexity, measuring up to "
        "3 mm, best seen on coronal reformats. No midline shift. No other intracranial abnormality. "
        "Calvarium intact. "
        "IMPRESSION: Probable small left frontal SDH.",
        -1,
    ),
    C(
        "e11-u012",
        "CT HEAD WITH AND WITHOUT CONTRAST. Known renal cell carcinoma, new headache. "
        "3.1 cm heterogeneous mass in the right frontal lobe with intense enhancement and surrounding "
        "oedema. Pre-contrast there are hyperdense foci within the lesion which could represent haemorrhage "
        "or calcification. "
        "Impression: Right frontal metastasis, possibly haemorrhagic.",
        -1,
    ),
    C(
        "e11-u013",
        "CT brain. Indication: headache for 2 weeks after minor head injury. "
        "Mild effacement of the sulci over the left hemisphere compared with the right. No definite "
        "extra-axial collection is seen, but an isodense subdural haematoma cannot be excluded. Midline "
        "central. "
        "Conclusion: Asymmetric sulcal effacement on the left. MRI recommended to exclude isodense subdural "
        "collection.",
        -1,
    ),
    C(
        "e11-u014",
        "TRAUMA CT (head, C-spine, chest, abdomen). Quad bike rollover. "
        "HEAD: Query tiny haemorrhagic contusion in the left gyrus rectus, 5 mm, vs streak artefact from "
        "the anterior skull base. No extra-axial haematoma. No vault fracture. "
        "C-SPINE: Normal. "
        "CHEST: Right clavicle fracture. Small right pneumothorax. "
        "ABDOMEN: Normal. "
        "SUMMARY: Possible small left frontal contusion; right clavicle fracture and pneumothorax.",
        -1,
    ),
    C(
        "e11-u015",
        "CT HEAD. No definite intracranial haemorrhage. There is a tiny hyperdensity in the posterior "
        "interhemispheric fissure which is probably the normal falx / straight sinus, but a small amount of "
        "subarachnoid blood is not entirely excluded. Ventricles normal. No fracture. "
        "Opinion: No definite acute intracranial injury; subtle SAH not fully excluded.",
        -1,
    ),
    C(
        "e11-u016",
        "Non contrast CT Brain. 60M, seizure, fall. "
        "Findings: Ill-defined hyperdensity in the cortex of the left temporal pole with a little "
        "surrounding low density. Ventricles and cisterns normal. No skull fracture. "
        "Impression: Appearances are suspicious for a small haemorrhagic contusion in the left temporal "
        "pole.",
        -1,
    ),
    C(
        "e11-u017",
        "CT HEAD. Clinical: 70F, headache, on warfarin. "
        "A small fluid-fluid level in the right occipital horn. The findings could be in keeping with a "
        "small amount of intraventricular blood; no source identified. No parenchymal haemorrhage. "
        "IMPRESSION: Possible small IVH. Suggest MRI.",
        -1,
    ),
    C(
        "e11-u018",
        "CT brain. Mild headache after fall 4 days ago. "
        "The brain parenchyma is normal. There is smooth thickening along the right parietal convexity "
        "measuring 2 mm which may be a tiny subdural haematoma or dural thickening. No mass effect. "
        "Ventricles normal. No fracture. "
        "Impression: No significant intracranial injury.",
        -1,
        note="hedge only in the findings; the impression calls it insignificant",
    ),
    C(
        "e11-u019",
        "CT HEAD + C-SPINE. Fall from 4 m. GCS 13. "
        "Fracture of the left occipital bone extending into the left jugular foramen and hypoglossal canal. "
        "Small foci of gas near the clivus. Subtle hyperdensity in the left cerebellopontine angle cistern, "
        "?SAH. No extra-axial haematoma. Cervical spine intact. "
        "Impression: Left occipital / skull base fracture. Possible small SAH left CP angle.",
        -1,
        {"fracture"},
    ),
    C(
        "e11-u020",
        "CT HEAD 36 h after intravenous thrombolysis for left MCA stroke. "
        "Evolving left frontal and insular infarct. A subtle hyperdensity in the left insular cortex is "
        "noted, ?early haemorrhagic transformation. No mass effect. "
        "Impression: Query haemorrhagic transformation of the left MCA infarct - MRI (SWI) advised before "
        "starting anticoagulation.",
        -1,
    ),
]
