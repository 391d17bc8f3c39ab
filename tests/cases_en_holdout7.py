"""English held-out set 7: invented head-CT reports in English.

The set imitates how radiologists in many English-speaking and non-native settings write head CT: US,
UK, Australian, Indian and South African phrasing; dictated prose and templated sections; terse emergency
preliminary reads and long structured reports; follow-up comparisons; CT with CT angiography or venography
in one report; polytrauma; anatomy-first descriptions that place the blood without naming the subtype;
abbreviations (SAH, SDH, IVH, EDH, IPH, ICH); and hedged wording.

It was written from the label definitions in DOMAIN.md and general radiology knowledge, without
looking at the project's lexicon, matcher or other case files. No report is real: every patient, date and
measurement is invented.

A held-out set: never tuned on; its first score is recorded here.

First score (en-ich 1.10; the set was written while en-ich 1.7-1.10 were tuned on the English dev sets, by a
writer who saw neither): ICH sensitivity 0.983, specificity 0.943, PPV 0.967, hedged sent to verification
1.000; F1 edh 0.952, sdh 1.000, sah 0.966, iph 0.963, ivh 1.000, multiple 0.978, fracture 0.974,
combined 0.929.

Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ---------------------------------------------------------------- present (ich=1)
    C(
        "e7-p001",
        "CT HEAD WITHOUT CONTRAST. Indication: fall on warfarin, GCS 13. Findings: Acute left "
        "holohemispheric subdural hematoma measuring up to 8 mm in thickness. Approximately 4 mm "
        "rightward midline shift. Basal cisterns patent. No hydrocephalus. Calvarium intact. "
        "Impression: Acute left SDH with mild mass effect. Neurosurgery paged at 02:14.",
        1,
        {"sdh"},
    ),
    C(
        "e7-p002",
        "Non-contrast CT brain. Young male, assault with a bat, lucid interval then drowsy. There is a "
        "biconvex hyperdense extra-axial collection over the right temporal convexity, maximal depth 14 mm, "
        "with a few low-density swirls within it suggesting active bleeding. An undisplaced linear fracture "
        "runs through the squamous right temporal bone directly overlying it, crossing the groove of the "
        "middle meningeal artery. Effacement of the right lateral ventricle, 6 mm midline shift. "
        "Conclusion: acute right temporal extradural haematoma with overlying skull fracture. Urgent "
        "neurosurgical review.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e7-p003",
        "CT brain and CT angiogram circle of Willis. Sudden worst headache at the gym, vomited, WFNS 2. "
        "Non-contrast: dense subarachnoid blood fills the suprasellar, interpeduncular and ambient "
        "cisterns and extends into both Sylvian fissures and the anterior interhemispheric fissure. Blood "
        "is layering in the occipital horns and there is a small clot in the fourth ventricle. Temporal "
        "horns mildly prominent. Angiogram: a 6 x 4 mm irregular, bilobed aneurysm arises from the anterior "
        "communicating artery, pointing anterosuperiorly, with a daughter sac. No other aneurysm. "
        "Impression: aneurysmal SAH from a ruptured AComm aneurysm with intraventricular extension; "
        "early hydrocephalus.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e7-p004",
        "NCCT HEAD. Hx: HTN, sudden R sided weakness and dysarthria. There is an acute haematoma centred on "
        "the left putamen and external capsule, 4.1 x 2.6 x 3.0 cm (ABC/2 approx 16 mL) with a thin rim of "
        "perilesional oedema. It does not reach the ventricular system. Mild effacement of the left frontal "
        "horn, midline shift 3 mm. No hydrocephalus. IMPRESSION: Left basal ganglia haemorrhage, "
        "hypertensive pattern.",
        1,
        {"iph"},
    ),
    C(
        "e7-p005",
        "Plain CT brain. Acute hyperdense haematoma in the right thalamus measuring 2.8 cm with rupture "
        "into the third ventricle and both lateral ventricles; blood-fluid levels are seen in the occipital "
        "horns. Lateral and third ventricles are dilated, with periventricular lucency suggesting "
        "transependymal flow. Impression: right thalamic bleed with ventricular extension and acute "
        "obstructive hydrocephalus. EVD to be considered.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e7-p006",
        "TRAUMA CT HEAD (part of whole-body trauma series). MVC, ejected, intubated at scene. "
        "Haemorrhagic contusions in the inferior right frontal lobe (1.8 cm) and left frontal pole (1.2 cm) "
        "with surrounding oedema. Thin-volume traumatic subarachnoid haemorrhage in the right frontal and "
        "parietal sulci. Non-displaced fracture of the left occipital bone extending towards the foramen "
        "magnum. No extra-axial collection. Ventricles normal. IMPRESSION: bifrontal contusions, tSAH, "
        "occipital fracture.",
        1,
        {"iph", "sah", "multiple", "fracture"},
    ),
    C(
        "e7-p007",
        "CT head unenhanced. 84F on apixaban, found confused. Hyperdense material is layering dependently "
        "in the occipital horns of both lateral ventricles, with a small amount in the third ventricle. "
        "No parenchymal haematoma is seen to account for it and the cisterns are clear. Ventricular size "
        "within normal limits for age. Moderate small vessel ischaemic change. Comment: blood within the "
        "ventricular system as above; source not demonstrated on CT.",
        1,
        {"ivh"},
        note="anatomy-first: ventricular blood without the word intraventricular",
    ),
    C(
        "e7-p008",
        "CT Brain (non-contrast). Fall from standing, on clopidogrel. There is a thin crescentic hyperdense "
        "collection along the right tentorial leaflet extending along the posterior falx, maximum thickness "
        "4 mm. Brain parenchyma otherwise unremarkable. No midline shift. No fracture seen on bone windows. "
        "Opinion: small acute extra-axial blood along the tentorium and falx as described; repeat CT in "
        "6 hours if clinically indicated.",
        1,
        {"sdh"},
        note="tentorium/falx crescent without the word subdural",
    ),
    C(
        "e7-p009",
        "CT HEAD. Progressive confusion over three weeks, frequent falls, alcohol excess. Bilateral "
        "mixed-density subdural collections over the frontoparietal convexities, right 16 mm and left "
        "11 mm, predominantly hypodense with dependent hyperdense layers and internal septations, "
        "consistent with chronic subdural haematomas with acute-on-chronic components. The midline "
        "is essentially central given the balanced mass effect; sulci are effaced bilaterally. "
        "IMPRESSION: bilateral acute-on-chronic SDH.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e7-p010",
        "CT head without contrast, comparison with study of 3 days earlier. The left convexity subdural "
        "haematoma has decreased in density and thickness, now 5 mm (previously 10 mm), and is becoming "
        "isodense to cortex. Midline shift has resolved. No new haemorrhage. Conclusion: evolving left "
        "SDH, interval improvement.",
        1,
        {"sdh"},
    ),
    C(
        "e7-p011",
        "CT BRAIN POST-OP. Day 1 after right frontal craniotomy and evacuation of intracerebral haematoma. "
        "Expected post-surgical changes with a small amount of pneumocephalus beneath the bone flap. "
        "Within the evacuation cavity there is a residual hyperdense clot measuring 1.5 x 1.1 cm, smaller "
        "than the pre-operative 5 cm haematoma. Perilesional oedema unchanged. No new bleed. Ventricles "
        "stable.",
        1,
        {"iph"},
    ),
    C(
        "e7-p012",
        "CT brain with CT angiography. 27-year-old, seizure then headache. Non-contrast: a 3.4 cm acute "
        "lobar haematoma in the left parietal lobe with surrounding oedema; along its posterior margin "
        "there are punctate calcifications and tubular hyperdensities. CTA: a tangle of abnormal vessels "
        "(nidus approx 2 cm) at the posterior margin of the haematoma, fed by branches of the left MCA "
        "and draining via an enlarged cortical vein to the superior sagittal sinus. Impression: "
        "haemorrhage from a left parietal arteriovenous malformation.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e7-p013",
        "CT head with and without contrast. Known metastatic renal cell carcinoma, new left hemianopia. "
        "Right occipital lobe mass 2.6 cm with internal areas of high attenuation (60-70 HU) on the "
        "unenhanced images in keeping with blood, a fluid-fluid level and marked vasogenic oedema. "
        "Irregular rim enhancement post contrast. No further lesions identified. Impression: haemorrhagic "
        "metastasis, right occipital lobe.",
        1,
        {"combined"},
    ),
    C(
        "e7-p014",
        "Follow-up CT brain 24 h after intravenous thrombolysis for left MCA stroke. Established "
        "hypodensity in the left insula, frontal operculum and lentiform nucleus. Within the infarct there "
        "is confluent petechial hyperdensity without a space-occupying haematoma (haemorrhagic infarction "
        "type 2, HI-2). No mass effect beyond that expected from the infarct. Ventricles and cisterns "
        "clear of blood. Conclusion: evolving left MCA infarct with HI-2 haemorrhagic transformation.",
        1,
        {"combined"},
    ),
    C(
        "e7-p015",
        "CT HEAD - stroke follow-up, post tPA and thrombectomy (right M1). Deterioration of GCS. There is a "
        "new dense haematoma occupying more than 30% of the right MCA infarct territory with significant "
        "mass effect, 7 mm leftward shift and effacement of the right lateral ventricle: parenchymal "
        "haematoma type 2 (PH-2). No intraventricular extension. IMPRESSION: PH-2 haemorrhagic "
        "transformation of right MCA infarct. Stroke team informed.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e7-p016",
        "CT BRAIN + CT VENOGRAM. 34F, post-partum day 9, headache and right arm focal seizures. Plain: the "
        "superior sagittal sinus and a left parietal cortical vein are hyperdense (cord sign). There is a "
        "2.9 cm intraparenchymal haematoma in the left parietal lobe with ill-defined surrounding "
        "hypodensity, and a little blood in the adjacent high convexity sulci. CTV: extensive filling "
        "defect of the posterior two-thirds of the superior sagittal sinus extending into the left "
        "transverse sinus. IMPRESSION: cerebral venous sinus thrombosis with haemorrhagic venous infarct "
        "and convexity subarachnoid haemorrhage.",
        1,
        {"iph", "sah", "multiple", "combined"},
    ),
    C(
        "e7-p017",
        "MRI not possible (pacemaker); CT head pre and post contrast. Large heterogeneous mass in the right "
        "frontal lobe crossing the genu of the corpus callosum, with thick irregular enhancement, central "
        "necrosis and acute blood products within the mass. Extensive oedema and 9 mm midline shift. "
        "Opinion: appearances of high-grade glioma (likely glioblastoma) with intratumoural haemorrhage.",
        1,
        {"combined"},
    ),
    C(
        "e7-p018",
        "CT head. Pedestrian vs car, occipital impact. A lentiform acute extra-axial haematoma lies in the "
        "right posterior fossa, 12 mm deep, compressing the right cerebellar hemisphere and abutting the "
        "fourth ventricle, which is still patent. Bone windows: a linear fracture of the right occipital "
        "bone crosses the groove of the transverse sinus. Impression: posterior fossa EDH with occipital "
        "skull fracture - risk of venous sinus injury, suggest CT venogram.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e7-p019",
        "NCCT BRAIN. H/o RTA, two-wheeler, no helmet. c/o vomiting x 2. OBSERVATIONS: Acute EDH measuring "
        "approx 3.2 x 1.1 cm noted in left frontal region. Linear # seen in left frontal bone. "
        "Subgaleal haematoma left frontal region. Rest of brain parenchyma appears normal. Ventricles are "
        "normal. No midline shift. IMPRESSION: Left frontal EDH with underlying fracture as described. "
        "Adv: clinical correlation / follow up.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e7-p020",
        "CT brain + CTA. Thunderclap headache 3 hours ago. Focal subarachnoid blood confined to the "
        "prepontine and perimesencephalic cisterns anterior to the midbrain; no extension into the Sylvian "
        "or anterior interhemispheric fissures and no intraventricular blood. CTA: no intracranial "
        "aneurysm, vascular malformation or dissection identified. Impression: perimesencephalic pattern "
        "SAH, angiogram negative. Likely non-aneurysmal.",
        1,
        {"sah"},
    ),
    C(
        "e7-p021",
        "CT head (Canadian CT head rule positive - age >65). Mechanical fall, struck forehead. A small "
        "amount of hyperdense blood is present within several sulci of the right frontal convexity. No "
        "extra-axial collection, no contusion. Grey-white differentiation preserved. Frontal scalp "
        "swelling, no underlying fracture. IMPRESSION: small volume traumatic subarachnoid haemorrhage, "
        "right frontal.",
        1,
        {"sah"},
    ),
    C(
        "e7-p022",
        "Urgent CT brain. Vertigo, vomiting, ataxia, BP 220/120. A 3.5 cm acute haematoma is centred in the "
        "right cerebellar hemisphere, involving the dentate region, with perilesional oedema. The fourth "
        "ventricle is compressed and displaced to the left; the temporal horns are enlarged indicating "
        "early obstructive hydrocephalus. Effacement of the quadrigeminal cistern. Impression: right "
        "cerebellar haemorrhage with mass effect on the fourth ventricle - neurosurgical opinion advised.",
        1,
        {"iph"},
    ),
    C(
        "e7-p023",
        "CT head. Found collapsed, GCS 5, pinpoint pupils. Acute hyperdense haemorrhage in the central "
        "pons measuring 2.2 x 1.8 cm, extending into the right middle cerebellar peduncle. The fourth "
        "ventricle is narrowed but no blood is seen within it. Supratentorial ventricles not dilated. "
        "Conclusion: large pontine haemorrhage, poor prognostic features.",
        1,
        {"iph"},
    ),
    C(
        "e7-p024",
        "CT head and c-spine, high-speed MVA. HEAD: acute left frontotemporoparietal SDH 9 mm with 6 mm "
        "rightward shift. Contrecoup haemorrhagic contusion in the right temporal lobe, 2.0 cm. Traumatic "
        "SAH along the right Sylvian fissure and tentorial edge. Bone windows: comminuted but non-depressed "
        "fracture of the left parietal bone. C-SPINE: no fracture or malalignment. IMPRESSION: left SDH, "
        "right temporal contusion, tSAH, left parietal fracture.",
        1,
        {"sdh", "iph", "sah", "multiple", "fracture"},
    ),
    C(
        "e7-p025",
        "CT HEAD AND TEMPORAL BONES. Fall down stairs, blood from the left ear, Battle's sign. A "
        "longitudinal fracture traverses the left petrous temporal bone and extends into the squamous "
        "temporal bone, with opacification of the mastoid air cells and middle ear. A few locules of "
        "intracranial air adjacent to the left temporal lobe. Thin lentiform collection, 5 mm, beneath the "
        "fracture at the left middle cranial fossa floor, consistent with small extradural haematoma. "
        "Brain otherwise unremarkable. Impression: left temporal bone (skull base) fracture with "
        "pneumocephalus and small EDH.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e7-p026",
        "CT brain non-contrast. Struck by a cricket ball, right temple. A lens-shaped hyperdense collection "
        "bulges inward from the inner table of the right temporal bone, 2.8 x 0.9 cm, not crossing the "
        "coronal or lambdoid sutures. It contains mixed density areas. Mild effacement of adjacent sulci, "
        "midline central. No fracture identified on bone windows. Scalp haematoma right temporal region. "
        "Opinion: findings as above - urgent neurosurgical referral.",
        1,
        {"edh"},
        note="anatomy-first EDH: lens shape against the inner table, no subtype word, no fracture",
    ),
    C(
        "e7-p027",
        "CT HEAD + CTA HEAD AND NECK. Code stroke called for sudden collapse and left hemiparesis. "
        "Non-contrast: diffuse SAH in the basal cisterns, most marked in the right Sylvian fissure, "
        "with a 3.0 cm haematoma in the right anteromedial temporal lobe contiguous with the fissure. "
        "CTA: 9 mm saccular aneurysm of the right ICA at the posterior communicating artery origin, "
        "projecting posterolaterally towards the temporal haematoma. No large vessel occlusion. "
        "IMPRESSION: ruptured right PComm aneurysm with subarachnoid and temporal lobe haemorrhage.",
        1,
        {"sah", "iph", "multiple", "combined"},
    ),
    C(
        "e7-p028",
        "CT and CT angiography brain. Headache and reduced consciousness. Dense clot fills the left Sylvian "
        "fissure and extends into the left insular cistern and the suprasellar cistern. Brain parenchyma "
        "and ventricles free of blood. Angiogram: 7 mm irregular aneurysm at the left MCA bifurcation, the "
        "clot being centred on it. Impression: ruptured left MCA bifurcation aneurysm.",
        1,
        {"sah", "combined"},
        note="SAH given by anatomy (fissure, cisterns) only",
    ),
    C(
        "e7-p029",
        "CT head non contrast. Dabigatran, INR not applicable, sudden headache and drowsiness. Blood fills "
        "and distends the lateral ventricles bilaterally, the third ventricle and the fourth ventricle "
        "(casting). No parenchymal haematoma, no subarachnoid blood in the basal cisterns. Hydrocephalus "
        "with periventricular oedema. IMPRESSION: primary intraventricular haemorrhage with "
        "hydrocephalus. Suggest CTA once stable to look for an underlying vascular lesion.",
        1,
        {"ivh"},
    ),
    C(
        "e7-p030",
        "CT brain follow-up, comparison with admission CT 8 days ago. The left thalamic haematoma is now "
        "smaller and of lower density at its periphery, measuring 1.9 cm (previously 2.5 cm), with a "
        "surrounding rim of oedema. The intraventricular blood seen previously in the occipital horns has "
        "cleared completely. Ventricular size has normalised. Conclusion: resolving left thalamic "
        "haemorrhage; interval clearance of intraventricular blood.",
        1,
        {"iph"},
        note="follow-up: parenchymal blood still present, ventricular blood resolved",
    ),
    C(
        "e7-p031",
        "CT head. 81M, known cognitive decline, new right-sided visual loss. Acute lobar haematoma in the "
        "left occipital lobe, 3.1 cm, extending to the cortical surface. A second, separate subacute "
        "haematoma of lower density is present in the right frontal lobe (1.6 cm) with surrounding "
        "oedema. Generalised atrophy and periventricular white matter hypodensity. Comment: two lobar "
        "haemorrhages of different ages in an elderly patient; cerebral amyloid angiopathy is the "
        "leading consideration. MRI with SWI would help.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e7-p032",
        "CT HEAD. Headache for 2 weeks after minor head bump, now mild right-sided weakness. There is a "
        "crescentic extra-axial collection over the left cerebral convexity that is nearly isodense to "
        "the adjacent grey matter, 13 mm thick, with inward displacement of the grey-white junction, "
        "effacement of the left-sided sulci and compression of the left lateral ventricle. Midline "
        "shift 5 mm. IMPRESSION: subacute (isodense) left subdural haematoma with mass effect.",
        1,
        {"sdh"},
    ),
    C(
        "e7-p033",
        "CT brain. 88 year old, unwitnessed fall in nursing home. Thin hyperdensity along the posterior "
        "falx, extending continuously onto the left tentorial leaflet, max 3 mm. No convexity "
        "collection. No parenchymal haemorrhage, no SAH. Involutional change. Calvarium intact. "
        "Conclusion: small parafalcine/tentorial subdural haemorrhage, no mass effect.",
        1,
        {"sdh"},
        note="one continuous collection falx to tentorium: not multiple",
    ),
    C(
        "e7-p034",
        "CT head (trauma). Bicycle accident, helmet cracked. Acute right convexity subdural haematoma "
        "5 mm. Subarachnoid blood in the left parietal sulci and within the interpeduncular cistern. "
        "No midline shift. No skull fracture. Facial bones grossly intact on the included images. "
        "Impression: small right SDH and traumatic SAH.",
        1,
        {"sdh", "sah", "multiple"},
    ),
    C(
        "e7-p035",
        "CT head. Motorcyclist, GCS 6 at scene, CT disproportionately normal-looking at first glance. "
        "On close review there are small punctate hyperdense foci in the splenium of the corpus "
        "callosum and at the grey-white junction of the left frontal lobe, and a further focus in the "
        "dorsolateral midbrain. No extra-axial collection. Impression: multiple small haemorrhagic "
        "shearing lesions, in keeping with diffuse axonal injury (at least grade 3). MRI recommended.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e7-p036",
        "CT head, penetrating trauma (gunshot wound). Entry defect in the right frontal bone with inwardly "
        "driven bone fragments. Bullet tract crosses the right frontal lobe and basal ganglia, lined with "
        "haemorrhage, to a metallic fragment lodged in the left parietal lobe. Blood within the right "
        "lateral ventricle. Comminuted fractures of the right frontal bone extending into the right "
        "orbital roof. Diffuse swelling. Impression: transcranial gunshot injury with haemorrhagic track "
        "and intraventricular haemorrhage; skull and anterior skull base fractures.",
        1,
        {"iph", "ivh", "multiple", "fracture"},
    ),
    C(
        "e7-p037",
        "CT BRAIN (TRAUMA). Hit with a hammer. Depressed fracture of the right parietal bone, fragment "
        "depressed by 9 mm (more than the thickness of the skull), with overlying scalp laceration and "
        "soft tissue air. Underlying small haemorrhagic contusion in the right parietal cortex, 1 cm. No "
        "extra-axial haematoma. IMPRESSION: compound depressed right parietal fracture with underlying "
        "contusion.",
        1,
        {"iph", "fracture"},
    ),
    C(
        "e7-p038",
        "CT STROKE PROTOCOL (non-contrast, CTA, CT perfusion). Onset 50 minutes, aphasia and right "
        "hemiparesis. Non-contrast CT: 2.4 cm hyperdense lesion in the left caudate head and anterior "
        "limb of the internal capsule consistent with acute intracerebral haemorrhage. CTA: a focus of "
        "contrast within the haematoma (spot sign), no aneurysm or AVM. Perfusion not interpretable in "
        "the setting of haemorrhage. Not a thrombolysis candidate. Impression: acute left deep ICH with "
        "positive spot sign - high risk of expansion.",
        1,
        {"iph"},
    ),
    C(
        "e7-p039",
        "CT brain. Sudden severe headache, ophthalmoplegia, bitemporal field loss. Known pituitary "
        "macroadenoma (previous MRI). The sellar mass is now larger, 2.8 cm, and contains a hyperdense "
        "component with a fluid level, consistent with acute haemorrhage into the adenoma. Suprasellar "
        "extension abuts the optic chiasm. Remainder of the brain normal. Impression: pituitary "
        "apoplexy.",
        1,
        {"combined"},
    ),
    C(
        "e7-p040",
        "CT HEAD AND CT ANGIOGRAPHY. Found down, Hunt and Hess 4. Subarachnoid haemorrhage predominantly "
        "in the posterior fossa, filling the prepontine, cerebellopontine angle and foramen magnum "
        "cisterns. Dense blood within the fourth ventricle refluxing into the third ventricle. "
        "Hydrocephalus. CTA: a 5 mm aneurysm at the origin of the left posterior inferior cerebellar "
        "artery. IMPRESSION: ruptured left PICA aneurysm with SAH, IVH and hydrocephalus.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e7-p041",
        "CT brain with CTA. 19-year-old, sudden occipital headache and collapse. Plain CT: 3.0 cm acute "
        "haematoma in the left cerebellar hemisphere with rupture into the fourth ventricle; blood also "
        "in the aqueduct. CTA: a compact nidus of abnormal vessels in the left cerebellar hemisphere at the "
        "margin of the haematoma, supplied by the left SCA, with early venous drainage into the straight "
        "sinus. IMPRESSION: ruptured cerebellar AVM with parenchymal haematoma and intraventricular "
        "extension.",
        1,
        {"iph", "ivh", "multiple", "combined"},
    ),
    C(
        "e7-p042",
        "NCCT head. Report: Acute bleed in the left cerebellar hemisphere near the vermis, 2.1 cm, "
        "with extension into the fourth ventricle. Mild dilatation of the temporal horns. Supratentorial "
        "parenchyma shows chronic small vessel change only. No SAH. Calvarium normal. Impression: left "
        "cerebellar ICH with IVH (4th ventricle). For neurosurgical review re: hydrocephalus.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e7-p043",
        "CT brain, 36 hours post thrombectomy for right ICA-T occlusion. In the right lentiform nucleus "
        "and corona radiata there is a homogeneous hyperdense haematoma of 2.0 x 1.5 cm occupying less "
        "than 30% of the infarcted territory with mild mass effect (PH-1). Density 62 HU, persisting "
        "compared with the immediate post-procedure scan and therefore not contrast staining. Conclusion: "
        "PH-1 haemorrhagic transformation within the right MCA territory infarct.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e7-p044",
        "CT head and CT venogram. Headache worse lying down, on the oral contraceptive pill. A small "
        "amount of blood lies in two or three adjacent sulci over the right frontal convexity; no "
        "parenchymal haemorrhage. The right transverse and sigmoid sinuses are hyperdense on the plain "
        "scan. Venogram: occlusive thrombus in the right transverse and sigmoid sinuses extending into "
        "the jugular bulb. IMPRESSION: right transverse-sigmoid sinus thrombosis with associated cortical "
        "subarachnoid haemorrhage.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e7-p045",
        "Head CT, assault. Haemorrhagic contusions are seen in both frontal lobes at the orbitofrontal "
        "gyri, larger on the left (2.2 cm) than the right (1.0 cm), with early perilesional oedema. "
        "No extra-axial collection. Ventricles symmetric. Cisterns preserved. Calvarium and skull base "
        "intact. Nasal bone fracture noted. Impression: bilateral frontal contusions.",
        1,
        {"iph", "multiple"},
        note="nasal bone fracture is facial, not skull",
    ),
    C(
        "e7-p046",
        "CT HEAD. Fall from height (4 m). Right frontal: biconvex hyperdense collection 11 mm beneath a "
        "linear fracture of the right frontal bone. Left side: a thin crescentic hyperdense collection "
        "along the left frontoparietal convexity, 4 mm, consistent with contrecoup subdural blood. "
        "Midline shift 2 mm to the left. IMPRESSION: right frontal EDH with fracture; small left SDH.",
        1,
        {"edh", "sdh", "multiple", "fracture"},
    ),
    C(
        "e7-p047",
        "CT head with coronal and sagittal reformats. Blow to the top of the head. A biconvex extradural "
        "collection straddles the midline at the vertex, 10 mm thick, displacing the superior sagittal "
        "sinus downward from the inner table. Sagittal reformats show a fracture crossing the sagittal "
        "suture at the vertex. Impression: vertex extradural haematoma - likely venous (sinus) origin; "
        "recommend CT venography.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e7-p048",
        "CT head, interval follow-up 12 hours. The small left parietal extradural haematoma is unchanged "
        "in size, 6 mm maximum depth, no increase. The known undisplaced left parietal fracture is again "
        "seen. No new intracranial haemorrhage. No mass effect. Conclusion: stable small left parietal "
        "EDH. Continue conservative management.",
        1,
        {"edh", "fracture"},
        note="unchanged = still present",
    ),
    C(
        "e7-p049",
        "CT BRAIN. Alcohol intoxication, fell backwards. Left: acute hyperdense subdural haematoma along "
        "the left tentorium and posterior temporal convexity, 6 mm. Small haemorrhagic contusion in the "
        "inferior left temporal lobe. Right occipital scalp haematoma. No fracture. IMPRESSION: left SDH "
        "and temporal contusion (contrecoup).",
        1,
        {"sdh", "iph", "multiple"},
    ),
    C(
        "e7-p050",
        "CT head. Pedestrian struck, GCS 14. There is hyperdense blood in the interpeduncular and left "
        "ambient cisterns and a little along the tentorial incisura. Parenchyma unremarkable. No "
        "extra-axial collection. No fracture. Comment: traumatic pattern of subarachnoid blood; "
        "CTA not felt necessary given the mechanism, but can be performed if clinical concern.",
        1,
        {"sah"},
    ),
    C(
        "e7-p051",
        "CT head, post left frontal EVD insertion for hydrocephalus (cerebellar tumour). Catheter tip lies "
        "in the frontal horn of the left lateral ventricle near the foramen of Monro. A small amount of "
        "hyperdense blood is layering in the occipital horn of the left lateral ventricle, new since the "
        "pre-procedure scan. No tract haematoma. Ventricles have decreased in size. Conclusion: EVD in "
        "satisfactory position; small volume intraventricular blood.",
        1,
        {"ivh"},
    ),
    C(
        "e7-p052",
        "CT head unenhanced. Left caudate head haemorrhage 1.7 cm, with blood extending into the frontal "
        "horn of the left lateral ventricle and layering in both occipital horns. Third and fourth "
        "ventricles contain no blood. Ventricular size normal. No hydrocephalus. Impression: caudate ICH "
        "with intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e7-p053",
        "CT BRAIN follow-up post right burr-hole drainage of chronic subdural haematoma (day 2). The right "
        "convexity collection has reduced from 22 mm to 9 mm. It contains mixed hypodense fluid, some air "
        "and a new small hyperdense component anteriorly, suggesting fresh bleeding into the residual "
        "collection. Midline shift reduced from 8 mm to 3 mm. Impression: residual right SDH with a small "
        "fresh component; improved mass effect.",
        1,
        {"sdh"},
    ),
    C(
        "e7-p054",
        "CT head. Elderly, on aspirin, headache after bumping head on cupboard. A hyperdense crescent "
        "lies along the left frontoparietal convexity between the inner table and the brain surface, "
        "8 mm thick, following the curve of the skull and crossing the coronal suture. Mass effect on "
        "the left lateral ventricle, midline shift 4 mm. Skull intact. Impression: findings as above "
        "require urgent neurosurgical discussion.",
        1,
        {"sdh"},
        note="anatomy-first SDH: crescent crossing suture, no subtype word in the conclusion",
    ),
    C(
        "e7-p055",
        "WHOLE BODY CT - HEAD SECTION. Motorbike vs truck. Right temporal: acute extradural haematoma "
        "18 mm with 7 mm leftward shift, beneath a fracture of the right temporal squama extending into "
        "the greater wing of the sphenoid. Left frontal haemorrhagic contusion 1.5 cm (contrecoup). "
        "Basal cisterns partly effaced. CHEST/ABDOMEN: reported separately. Head impression: right "
        "temporal EDH with vault-to-base fracture; left frontal contusion. Immediate theatre.",
        1,
        {"edh", "iph", "multiple", "fracture"},
    ),
    C(
        "e7-p056",
        "NCCT brain. C/o sudden onset headache with neck stiffness. SAH noted in bilateral sylvian "
        "fissures, suprasellar and ambient cisterns and interhemispheric fissure (modified Fisher grade 3). "
        "No intraventricular extension. Mild prominence of temporal horns. IMPRESSION: Diffuse SAH - "
        "? aneurysmal. CT angiography is advised for further evaluation.",
        1,
        {"sah"},
        note="the hedge is on the cause, not the blood: no combined",
    ),
    C(
        "e7-p057",
        "CT head, anticoagulated (INR 4.2). Acute right frontal lobar haematoma 4.0 x 3.2 cm with fluid-"
        "blood level suggesting coagulopathy, extending to the cortical surface with blood in the "
        "overlying frontal sulci. Vasogenic oedema, 5 mm leftward shift. Ventricles clear. Impression: "
        "coagulopathic right frontal ICH with subarachnoid extension.",
        1,
        {"iph", "sah", "multiple"},
    ),
    C(
        "e7-p058",
        "TRAUMA CT BRAIN - PRELIM (registrar) then final. Multiple injuries. 1. Acute left temporal "
        "extradural haematoma 9 mm under a comminuted left temporal bone fracture extending to the skull "
        "base. 2. Acute right holohemispheric subdural haematoma 7 mm. 3. Diffuse traumatic subarachnoid "
        "haemorrhage over both convexities and in the basal cisterns. 4. Midline shift 3 mm to the left. "
        "Final agrees with prelim.",
        1,
        {"edh", "sdh", "sah", "multiple", "fracture"},
    ),
    C(
        "e7-p059",
        "Repeat CT head, clinical deterioration, fixed dilated left pupil. The left acute subdural "
        "haematoma has enlarged to 19 mm with 14 mm rightward midline shift and descending transtentorial "
        "herniation. There is now a new linear haemorrhage in the midline tegmentum of the pons (Duret "
        "haemorrhage). Effaced basal cisterns. Impression: enlarging left SDH with herniation and "
        "secondary brainstem haemorrhage.",
        1,
        {"sdh", "iph", "multiple"},
    ),
    C(
        "e7-p060",
        "CT head non-con. Small L parafalcine SDH, 3 mm. No shift. No other bleed. Rest NAD.",
        1,
        {"sdh"},
    ),
    # ---------------------------------------------------------------- absent (ich=0)
    C(
        "e7-a001",
        "EXAM: CT HEAD WITHOUT CONTRAST. CLINICAL HISTORY: Headache. TECHNIQUE: Axial images from skull "
        "base to vertex, coronal and sagittal reformats. COMPARISON: None. FINDINGS: Brain: No acute "
        "intracranial hemorrhage, mass effect, or midline shift. Gray-white matter differentiation is "
        "preserved. No hydrocephalus. No extra-axial fluid collection. Vascular: No hyperdense vessel. "
        "Skull: No fracture or aggressive osseous lesion. Sinuses/Orbits: Clear. IMPRESSION: No acute "
        "intracranial abnormality.",
        0,
    ),
    C(
        "e7-a002",
        "CT head. Clinical details: collapse ?cause. Findings: The ventricles and sulci are of normal "
        "size and configuration for age. No intra- or extra-axial haemorrhage. No established infarct. "
        "No space-occupying lesion. Posterior fossa normal. Bones normal. Conclusion: Normal CT head.",
        0,
    ),
    C(
        "e7-a003",
        "CT BRAIN. Fall, hit back of head, on rivaroxaban. Large left parieto-occipital scalp haematoma "
        "measuring 2.1 cm in thickness. The underlying calvarium is intact. No intracranial haemorrhage. "
        "No contusion. Ventricles and cisterns normal. Impression: scalp haematoma only; no acute "
        "intracranial injury.",
        0,
    ),
    C(
        "e7-a004",
        "CT FACIAL BONES AND HEAD. Punched in the left eye. Facial: comminuted fracture of the left "
        "orbital floor with herniation of orbital fat into the maxillary sinus; fractures of the anterior "
        "and posterolateral walls of the left maxillary sinus and the left zygomatic arch (ZMC pattern). "
        "Blood fills the left maxillary sinus. Head: no intracranial haemorrhage, calvarium intact. "
        "Impression: left zygomaticomaxillary complex fracture with haemosinus. No intracranial injury.",
        0,
        note="facial fractures and sinus blood are extracranial",
    ),
    C(
        "e7-a005",
        "NCCT head & face. Alleged assault. Undisplaced fracture of the nasal bones with soft tissue "
        "swelling over the nasal bridge. Left periorbital haematoma. Globes intact. Brain parenchyma "
        "normal. No intracranial bleed. No skull fracture. Impression: nasal bone fracture.",
        0,
    ),
    C(
        "e7-a006",
        "CT head. Fell off ladder, brief LOC. Undisplaced linear fracture of the right parietal bone, "
        "6 cm long, not crossing the sagittal suture or a venous sinus. Overlying subgaleal haematoma. "
        "No extradural or subdural collection. No contusion, no subarachnoid blood. Impression: isolated "
        "right parietal skull fracture without intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "e7-a007",
        "CT head and temporal bones. Motor vehicle collision, left haemotympanum and CSF otorrhoea. "
        "Transverse fracture through the left petrous temporal bone crossing the otic capsule, with fluid "
        "in the mastoid air cells. A few small locules of air in the left middle cranial fossa. No "
        "intracranial haemorrhage. Brain normal. Impression: left petrous temporal bone fracture with "
        "pneumocephalus; no intracranial blood.",
        0,
        {"fracture"},
    ),
    C(
        "e7-a008",
        "CT head non-contrast. Routine work-up, dizziness. Symmetrical dense calcification in both globi "
        "pallidi and the dentate nuclei; calcified pineal gland and choroid plexus glomera; dural "
        "calcification along the falx. These measure over 200 HU and are physiological/degenerative. "
        "No haemorrhage. No focal lesion. Impression: benign intracranial calcification; no acute "
        "abnormality.",
        0,
        note="calcification mimic",
    ),
    C(
        "e7-a009",
        "CT STROKE: NCCT + CTA. Right hemiplegia and global aphasia, LKW 1 h. NCCT: hyperdense left MCA "
        "(M1) sign. Subtle loss of the insular ribbon on the left, ASPECTS 8. No intracranial haemorrhage. "
        "CTA: abrupt occlusion of the proximal left M1 segment, moderate collaterals. IMPRESSION: acute "
        "left MCA occlusion; no bleed - eligible for thrombolysis/thrombectomy per team.",
        0,
        note="hyperdense artery sign is a mimic",
    ),
    C(
        "e7-a010",
        "CT brain immediately after mechanical thrombectomy (left M1). Hyperdense (high attenuation) "
        "material in the left lentiform nucleus and caudate head measuring up to 140 HU, without mass "
        "effect. On the dual-energy virtual non-contrast images this region is not hyperdense and the "
        "iodine map shows it to be iodine. Impression: contrast staining in the left basal ganglia; no "
        "haemorrhage.",
        0,
        note="contrast staining mimic proven by iodine map",
    ),
    C(
        "e7-a011",
        "CT HEAD. History of right basal ganglia haemorrhage 2 years ago. A slit-like CSF-density cavity "
        "in the right putamen with ex vacuo dilatation of the right frontal horn, consistent with an old "
        "post-haemorrhagic cavity. Surrounding gliosis. No acute haemorrhage. No new infarct. "
        "Impression: chronic sequelae of previous haemorrhage; nothing acute.",
        0,
    ),
    C(
        "e7-a012",
        "CT head, comparison with CT of 6 weeks ago. The previously seen left convexity subdural "
        "haematoma has completely resolved. No residual extra-axial collection. Sulci on the left now "
        "visible, midline central. No new haemorrhage. Impression: complete resolution of left SDH.",
        0,
        note="fully resolved",
    ),
    C(
        "e7-a013",
        "CT brain. Known old stroke, new confusion. Large established wedge-shaped area of low attenuation "
        "in the left MCA territory with volume loss and ex vacuo dilatation of the left lateral ventricle, "
        "consistent with a chronic infarct. Old lacunar infarcts in the right thalamus and left internal "
        "capsule. Periventricular white matter hypodensity. No haemorrhage. No new territorial infarct. "
        "Impression: chronic ischaemic changes only.",
        0,
    ),
    C(
        "e7-a014",
        "CT PULMONARY ANGIOGRAM. Haemoptysis. No pulmonary embolus. Patchy ground-glass opacity in the "
        "right lower lobe in a centrilobular distribution, likely alveolar haemorrhage in keeping with the "
        "history. Small right pleural effusion. Impression: no PE; features suggesting pulmonary "
        "haemorrhage.",
        0,
        note="non-head study",
    ),
    C(
        "e7-a015",
        "CT ABDOMEN AND PELVIS WITH CONTRAST (trauma). Grade III splenic laceration with perisplenic "
        "haematoma and moderate haemoperitoneum in the pelvis. Active extravasation not seen. Liver, "
        "kidneys and bowel intact. Impression: splenic injury with haemoperitoneum.",
        0,
        note="non-head study",
    ),
    C(
        "e7-a016",
        "CT CERVICAL SPINE. Neck pain after chiropractic manipulation, on warfarin. A hyperdense "
        "biconvex collection lies in the dorsal epidural space from C4 to C7, compressing the thecal sac. "
        "No fracture. Impression: spinal epidural haematoma; MRI urgently.",
        0,
        note="non-head study: spinal epidural haematoma is not intracranial",
    ),
    C(
        "e7-a017",
        "CT HEAD AND CTA CIRCLE OF WILLIS. Thunderclap headache 4 hours ago, scan within 6 hours of onset. "
        "Non-contrast: no subarachnoid, intraventricular or parenchymal haemorrhage; cisterns clear. "
        "CTA: no aneurysm, no vascular malformation, no dissection. Impression: no evidence of SAH or "
        "vascular cause.",
        0,
    ),
    C(
        "e7-a018",
        "CT head. Polycythaemia vera, headache. The dural venous sinuses and the cortical veins appear "
        "diffusely dense (about 65 HU), symmetrically, without expansion; the arteries are also dense. "
        "Haematocrit 0.62. CT venogram: all sinuses patent. No intracranial haemorrhage. Impression: "
        "vessel hyperdensity due to raised haematocrit; no sinus thrombosis, no bleed.",
        0,
        note="high haematocrit mimic",
    ),
    C(
        "e7-a019",
        "CT brain with contrast. Incidental finding on sinus CT. A 2.3 cm extra-axial mass along the "
        "right frontal convexity with a broad dural base, dense peripheral calcification and homogeneous "
        "enhancement, with a dural tail. No oedema. No haemorrhage. Impression: calcified convexity "
        "meningioma; no acute intracranial abnormality.",
        0,
    ),
    C(
        "e7-a020",
        "CT orbits and brain. Fist to the right eye, proptosis and reduced acuity. Fracture of the right "
        "medial orbital wall (lamina papyracea). Retrobulbar haematoma in the right intraconal space with "
        "stretching of the optic nerve and tenting of the posterior globe. Intracranial: no haemorrhage, "
        "no skull fracture. Impression: right retrobulbar haematoma - ophthalmology for lateral "
        "canthotomy.",
        0,
        note="orbit is extracranial; medial orbital wall is a facial bone",
    ),
    C(
        "e7-a021",
        "CT MANDIBLE / FACE. Kicked in the jaw. Displaced fracture of the left mandibular angle and an "
        "undisplaced fracture of the right parasymphysis. TMJs located. Limited views of the brain "
        "unremarkable with no intracranial blood. Impression: bilateral mandibular fractures.",
        0,
    ),
    C(
        "e7-a022",
        "CT head, 3 month follow-up of left frontal ICH. The haematoma has fully resorbed, leaving a small "
        "area of encephalomalacia and gliosis in the left frontal lobe. No residual hyperdense blood. No "
        "new haemorrhage or mass effect. Impression: resolved left frontal haemorrhage with expected "
        "residual encephalomalacia.",
        0,
    ),
    C(
        "e7-a023",
        "CT HEAD W/O. Hx: AMS, UTI. FINDINGS: No intracranial hemorrhage, mass, mass effect, or extra-axial "
        "collection. No acute territorial infarct. Age-appropriate generalized volume loss and mild "
        "periventricular white matter hypoattenuation, likely chronic microvascular change. Mastoids "
        "and paranasal sinuses clear. IMPRESSION: No acute intracranial process. Chronic changes as "
        "above.",
        0,
    ),
    C(
        "e7-a024",
        "CT brain, follow-up after a minor head injury 4 weeks ago. Bifrontal extra-axial collections of "
        "CSF density (4-8 HU), 6 mm each side, without any hyperdense component, septation or mass effect; "
        "cortical veins cross freely through them. Appearances favour bilateral subdural hygromas / "
        "benign enlargement of the subarachnoid spaces. No haemorrhage.",
        0,
        note="CSF-density hygromas, stated without blood",
    ),
    C(
        "e7-a025",
        "CT head. 23F, minor head strike. The falx and tentorium appear mildly dense, uniform in "
        "thickness, typical of normal dura in a young patient; there is no collection along them and no "
        "asymmetry. Sulci and cisterns normal. No fracture. Impression: normal study; the dense falx is "
        "a normal appearance and not subdural blood.",
        0,
    ),
    C(
        "e7-a026",
        "CT brain, 18 hours after out-of-hospital cardiac arrest. Diffuse loss of grey-white matter "
        "differentiation with effacement of sulci and basal cisterns (reversal sign). The cisterns and "
        "tentorium appear relatively hyperdense against the swollen low-density brain: pseudo-"
        "subarachnoid haemorrhage appearance, attenuation 32-38 HU. No true subarachnoid blood. "
        "Impression: diffuse hypoxic-ischaemic brain injury with cerebral oedema; no haemorrhage.",
        0,
        note="pseudo-SAH mimic",
    ),
    C(
        "e7-a027",
        "CT head, 24 h after coiling of a basilar tip aneurysm (unruptured, elective). The hyperdensity "
        "seen in the right cerebellopontine and prepontine cisterns on the immediate post-procedure scan "
        "(140 HU, attributed to contrast extravasation) has washed out completely. Coil mass at the "
        "basilar tip with streak artefact. No haemorrhage. No infarct. Impression: expected "
        "appearances; contrast has cleared.",
        0,
        note="contrast staining, cleared; aneurysm was unruptured",
    ),
    C(
        "e7-a028",
        "CT head (prelim, ED). NAD. No bleed, no #, no shift. Formal report to follow.",
        0,
    ),
    C(
        "e7-a029",
        "CT FACE AND BRAIN (maxillofacial trauma). Le Fort II fracture pattern: fractures of the nasal "
        "bones, frontal processes of the maxillae, orbital floors and pterygoid plates bilaterally. "
        "Blood-fluid levels in both maxillary sinuses and the sphenoid sinus. Brain: no intracranial "
        "haemorrhage. Calvarium intact. IMPRESSION: Le Fort II fracture with haemosinus; no intracranial "
        "injury.",
        0,
        note="facial fractures; sinus blood is extracranial",
    ),
    C(
        "e7-a030",
        "CT head. 91M on dual antiplatelets, fell in bathroom. Very large right frontotemporal subgaleal "
        "haematoma extending to the periorbital soft tissues. No intracranial haemorrhage. No skull "
        "fracture. Impression: extracranial (subgaleal) haematoma only.",
        0,
    ),
    C(
        "e7-a031",
        "CT BRAIN. Previous right frontal craniotomy for meningioma resection (2019). Bone flap secured "
        "with plates. Encephalomalacia and gliosis in the right frontal lobe at the resection site. No "
        "tumour recurrence evident on non-contrast CT. No acute haemorrhage. No hydrocephalus. "
        "Impression: stable post-operative appearances.",
        0,
    ),
    C(
        "e7-a032",
        "CT VENOGRAM (plus plain CT head). Headache, papilloedema, ?venous sinus thrombosis. Plain: brain "
        "normal, no haemorrhage. Venogram: the dural venous sinuses opacify normally; a well-defined "
        "rounded filling defect in the right transverse sinus with CSF density is consistent with an "
        "arachnoid granulation. Impression: no CVST. No intracranial haemorrhage.",
        0,
    ),
    C(
        "e7-a033",
        "CT brain, 6 week follow-up after clipping of a ruptured AComm aneurysm. Clip artefact at the "
        "anterior communicating region. The subarachnoid and intraventricular blood seen on the "
        "admission scan has completely cleared. Ventricles now normal in size, VP shunt not required. "
        "Small right gyrus rectus infarct (post-operative), chronic. Impression: no residual haemorrhage.",
        0,
        note="old SAH fully cleared; aneurysm history alone is not a current bleed",
    ),
    C(
        "e7-a034",
        "NCCT BRAIN. OBSERVATIONS: Age related cerebral atrophy with prominent sulci and ventricles. Tiny "
        "chronic lacunar infarct in left capso-ganglionic region. Calcified atherosclerotic plaques in "
        "bilateral cavernous ICA. No e/o ICH / acute infarct / SOL. Midline structures are normal. "
        "IMPRESSION: No significant acute intracranial abnormality.",
        0,
    ),
    C(
        "e7-a035",
        "CT TEMPORAL BONES (high resolution) with limited brain. Slapped over the right ear, hearing "
        "loss. Longitudinal fracture of the right petrous temporal bone passing through the mastoid and "
        "roof of the external auditory canal, with ossicular (incudostapedial) disruption. Fluid in the "
        "middle ear consistent with haemotympanum. Otic capsule spared. Brain: no intracranial "
        "haemorrhage or pneumocephalus.",
        0,
        {"fracture"},
        note="temporal bone is skull base; haemotympanum is not intracranial",
    ),
    # ---------------------------------------------------------------- hedged (ich=-1)
    C(
        "e7-h001",
        "CT head. Fall, GCS 15. Subtle linear hyperdensity in a single left frontal sulcus near the "
        "vertex; this may represent a tiny amount of subarachnoid blood but could equally be partial "
        "volume of a cortical vein. No other abnormality. Impression: equivocal for small SAH. Suggest "
        "short-interval repeat CT if symptoms persist.",
        -1,
    ),
    C(
        "e7-h002",
        "CT brain. The right tentorial leaflet looks slightly thicker and denser than the left. A thin "
        "tentorial subdural haemorrhage cannot be excluded, although asymmetric dural density is a common "
        "normal finding. No mass effect. Correlate clinically; follow-up imaging if neurology changes.",
        -1,
    ),
    C(
        "e7-h003",
        "NCCT head. 4 mm hyperdense focus in the right lentiform nucleus (55 HU). Differential includes a "
        "tiny acute haemorrhage or early calcification; no prior imaging for comparison. No oedema or mass "
        "effect. Remainder normal. Rec: MRI with SWI or repeat CT.",
        -1,
    ),
    C(
        "e7-h004",
        "CT head 1 hour after thrombectomy of the right M1. New hyperdensity in the right insular cortex "
        "and putamen, 50-60 HU, with slight effacement of adjacent sulci. Differentiation between contrast "
        "staining and early haemorrhagic transformation is not possible on single-energy CT. Repeat at "
        "24 hours advised.",
        -1,
    ),
    C(
        "e7-h005",
        "CT head. Assault, punched and kicked. Undisplaced linear fracture of the left temporal squama. "
        "Streak artefact from dental fillings and the petrous bones limits assessment of the left "
        "temporal pole, where there is a questionable small hyperdense area - possible small contusion. "
        "No extra-axial collection seen. Impression: left temporal fracture; query underlying contusion, "
        "consider repeat CT at 6 hours.",
        -1,
        {"fracture"},
    ),
    C(
        "e7-h006",
        "NCCT BRAIN. IMPRESSION: ? Thin SDH along left fronto-parietal convexity (2 mm) - may be partial "
        "volume artefact. No midline shift. Rest of brain parenchyma normal. Suggested MRI correlation.",
        -1,
    ),
    C(
        "e7-h007",
        "CT head. Slight increased density in the dependent part of the right occipital horn. Could be "
        "a small amount of intraventricular blood versus calcified/dense choroid plexus glomus. No "
        "hydrocephalus, no other finding. Comparison with any prior imaging would help.",
        -1,
    ),
    C(
        "e7-h008",
        "CT brain pre and post contrast. Known lung adenocarcinoma. A 1.8 cm ring-enhancing lesion in the "
        "left frontal lobe with surrounding oedema, consistent with a metastasis. It contains "
        "hyperdense foci on the plain images which may reflect haemorrhage or calcification within the "
        "lesion; indeterminate on CT. Recommend MRI.",
        -1,
    ),
    C(
        "e7-h009",
        "CT HEAD. Query a very thin extra-axial hyperdensity along the anterior falx, equivocal. It "
        "is not clearly seen on the coronal reformats. No mass effect. Clinical correlation; if "
        "anticoagulated consider follow-up CT.",
        -1,
    ),
    C(
        "e7-h010",
        "CT head (trauma). Fell backwards onto concrete. Linear non-depressed fracture of the right "
        "occipital bone extending towards the foramen magnum. Small ill-defined hyperdense focus in the "
        "inferior right cerebellar hemisphere near the fracture, unexplained - ?early haemorrhagic "
        "contusion vs beam hardening. No extra-axial collection. Follow-up CT recommended.",
        -1,
        {"fracture"},
    ),
    C(
        "e7-h011",
        "CT head. Sudden severe headache 10 hours ago. Slightly increased density in the interpeduncular "
        "cistern, possibly a small amount of subarachnoid blood though normal vessels at this level can "
        "appear similar. No hydrocephalus. Small SAH not excluded: lumbar puncture and/or CTA "
        "recommended.",
        -1,
    ),
    C(
        "e7-h012",
        "CT BRAIN. Motor vehicle accident. Ill-defined area of mild hyperdensity in the left frontal lobe "
        "adjacent to the anterior cranial fossa floor, likely a small haemorrhagic contusion, although "
        "partial volume of the orbital roof could produce a similar appearance. No extra-axial blood. "
        "Skull intact.",
        -1,
    ),
    C(
        "e7-h013",
        "CT HEAD WITHOUT CONTRAST. CLINICAL INFORMATION: 72M, anticoagulated, headache. TECHNIQUE: "
        "contiguous axial images, 5 mm, with 1 mm bone reconstructions. FINDINGS: Ventricles: normal size; "
        "probable small volume intraventricular haemorrhage layering in the left occipital horn, "
        "although the density is only marginally above CSF. Parenchyma: chronic small vessel change. "
        "Extra-axial spaces: no collection. Bones: intact. IMPRESSION: possible small IVH; MRI or repeat "
        "CT in 24 h suggested.",
        -1,
    ),
    C(
        "e7-h014",
        "CT head. Fell from a scooter. 3 mm hyperdense dot at the grey-white junction of the right frontal "
        "lobe, unexplained: ?petechial shear haemorrhage ?calcified granuloma. No other lesion. MRI "
        "advised for further evaluation.",
        -1,
    ),
    C(
        "e7-h015",
        "CT head, compound head injury. Depressed fracture of the left frontal bone, depressed by 6 mm. "
        "Deep to it there is a thin sliver of hyperdensity which may represent a small extradural "
        "haematoma or simply the displaced inner table fragment; cannot be resolved on the available "
        "reconstructions. Brain otherwise normal.",
        -1,
        {"fracture"},
    ),
]
