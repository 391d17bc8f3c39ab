"""English held-out set 10: invented head-CT reports in the voices of a random hospital archive.

The reports imitate what an English-language archive enriched for hemorrhage holds: US, UK, Australian,
Indian and continental-European (non-native) voices, British and American spelling, verbose templated
reports and telegraphic one-liners, abbreviations (SDH, EDH, SAH, ICH, IVH, MLS, NAD, e/o), a few typos,
follow-ups that compare with a previous study (resolved versus still present), trauma panscans, native CT
with CT angiography in one report, skull vault/base versus facial fractures, non-brain studies,
extracranial blood, mimics, old sequelae and normal templates. The subtype is often given only by anatomy
and density (sulci, cisterns, ventricles, along the falx or tentorium, lentiform next to the bone, basal
ganglia, thalamus, cerebellum, pons).

The set was written from the label definitions in DOMAIN.md and general radiology knowledge, without
looking at the project's lexicon, matcher or other case files. No report is real.

A held-out set: never tuned on; its first score is recorded here.

First score (en-ich 1.24, before anything was read; rules): ICH sensitivity 1.000, specificity 0.956, PPV
0.968, hedged sent to verification 1.000; F1 edh 0.952, sdh 0.970, sah 1.000, iph 0.950, ivh 1.000, multiple
0.923, fracture 0.971, combined 0.952.

Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present (ich=1)
    C(
        "e10-p001",
        "EXAM: CT HEAD WITHOUT CONTRAST. CLINICAL HISTORY: 78M on apixaban, fall at nursing home. "
        "FINDINGS: There is a crescentic hyperdense extra-axial collection over the left cerebral "
        "convexity measuring up to 9 mm in thickness, with mild effacement of the underlying sulci. "
        "Rightward midline shift of 4 mm. Ventricles otherwise normal in size. Gray-white "
        "differentiation preserved. No skull fracture. Paranasal sinuses and mastoids clear. "
        "IMPRESSION: Acute left convexity extra-axial collection with 4 mm midline shift.",
        1,
        {"sdh"},
        note="crescent over the convexity = subdural without the word",
    ),
    C(
        "e10-p002",
        "CT brain (non-contrast). Indication: assaulted with a bat, GCS 13, vomiting. "
        "There is a biconvex hyperdense collection in the right temporal region, 4.2 x 1.6 cm, "
        "abutting the inner table and not crossing the sutures. Undisplaced linear fracture of the "
        "right squamous temporal bone directly overlying it. Effacement of the right lateral ventricle "
        "and 5 mm leftward midline shift. Basal cisterns patent. "
        "Conclusion: Right temporal extradural haematoma with underlying temporal bone fracture. "
        "Neurosurgery informed by phone at 02:40.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e10-p003",
        "CT HEAD. Hx: MVC, restrained driver, brief LOC. "
        "Findings: Small amount of hyperdense material within several sulci of the high left frontal "
        "and parietal convexity. No extra-axial collection. No parenchymal hematoma. Ventricles and "
        "cisterns normal. Calvarium intact. "
        "Impression: Small volume traumatic subarachnoid blood, left convexity.",
        1,
        {"sah"},
    ),
    C(
        "e10-p004",
        "Non-contrast CT head. History: sudden right hemiparesis, BP 220/120. "
        "Findings: Acute hyperdense hematoma centered in the left putamen measuring 3.5 x 2.4 x 3.0 cm "
        "(est. volume 13 mL) with a thin rim of surrounding edema. Mass effect on the left lateral "
        "ventricle, 3 mm midline shift. No intraventricular extension. No subarachnoid blood. "
        "Impression: Left basal ganglia hemorrhage, likely hypertensive.",
        1,
        {"iph"},
    ),
    C(
        "e10-p005",
        "CT brain plain. Right thalamic bleed measuring approx 2.8 x 2.2 cm with rupture into the "
        "ventricular system: blood layering in both occipital horns and in the third ventricle. "
        "Early dilatation of the temporal horns. Periventricular white matter hypodensities. "
        "IMPRESSION: Right thalamic haemorrhage with intraventricular extension and early "
        "hydrocephalus.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e10-p006",
        "CT HEAD WITHOUT CONTRAST AND CT ANGIOGRAPHY OF THE HEAD AND NECK. "
        "Clinical: worst headache of life, onset 3 h ago. "
        "Non-contrast: Diffuse hyperdense blood fills the suprasellar, ambient and quadrigeminal "
        "cisterns, extending into both Sylvian fissures and the anterior interhemispheric fissure. "
        "Ventricles are not enlarged. "
        "CTA: 7 x 5 mm saccular aneurysm arising from the anterior communicating artery, projecting "
        "anterosuperiorly. No other aneurysm. Cervical vessels patent without stenosis. "
        "IMPRESSION: Diffuse subarachnoid hemorrhage secondary to a ruptured AComm aneurysm.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e10-p007",
        "CT head. 84F, increasing confusion over 3 weeks, no clear trauma. "
        "Bilateral hypodense crescentic extra-axial collections over both cerebral hemispheres, "
        "right 14 mm and left 11 mm, with effacement of sulci bilaterally. Midline is central due to "
        "the balanced mass effect. Small hyperdense layering components dependently on the right. "
        "Impression: Bilateral chronic subdural haematomas, right with an acute-on-chronic component.",
        1,
        {"sdh", "multiple"},
        note="bilateral collections = two foci",
    ),
    C(
        "e10-p008",
        "CT head - follow up. Comparison: CT of 3 days prior. "
        "The left frontoparietal subdural haematoma has decreased in thickness from 8 mm to 5 mm and "
        "has become slightly less dense. Midline shift has resolved. No new haemorrhage. "
        "Opinion: Interval reduction of the left subdural haematoma, which is still present.",
        1,
        {"sdh"},
    ),
    C(
        "e10-p009",
        "TRAUMA PANSCAN (CT head, C-spine, chest/abdomen/pelvis with contrast). Motorcycle vs car. "
        "HEAD: Haemorrhagic contusions in both frontal lobes inferiorly (right 2.1 cm, left 1.4 cm) "
        "with surrounding oedema. Blood in the sulci of the right temporal lobe. Comminuted fracture of "
        "the left occipital bone extending towards the foramen magnum. Scalp haematoma left occipital. "
        "C-SPINE: No fracture. CHEST: Left rib fractures 4-7, small pneumothorax. ABDOMEN: Grade II "
        "splenic laceration. "
        "SUMMARY: Bifrontal contusions, traumatic SAH and occipital skull fracture; see body findings.",
        1,
        {"iph", "sah", "multiple", "fracture"},
    ),
    C(
        "e10-p010",
        "CT head plain. 66 yr male, vertigo, vomiting, unable to walk. "
        "There is an acute hyperdense haemorrhage in the left cerebellar hemisphere measuring "
        "3.1 x 2.6 cm. The fourth ventricle is compressed and displaced to the right. Mild dilatation "
        "of the temporal horns suggestive of early obstructive hydrocephalus. Supratentorial brain "
        "normal for age. "
        "Impression: left cerebellar haemorrhage with 4th ventricular effacement. Urgent neurosurgical "
        "review advised.",
        1,
        {"iph"},
    ),
    C(
        "e10-p011",
        "NCCT brain: A 1.8 cm hyperdense focus is seen in the central pons, with mild expansion of "
        "the brainstem. No extension into the fourth ventricle. Rest of the brain parenchyma is "
        "unremarkable. Impression: Acute pontine bleed.",
        1,
        {"iph"},
    ),
    C(
        "e10-p012",
        "CT head without contrast. Indication: found down, anticoagulated. "
        "Findings: Hyperdense fluid layering dependently in the occipital horns of both lateral "
        "ventricles, with a fluid-fluid level. The ventricles are not dilated. No parenchymal or "
        "extra-axial haemorrhage is identified. No fracture. "
        "Impression: Small volume intraventricular haemorrhage without a parenchymal source.",
        1,
        {"ivh"},
        note="both occipital horns count as one focus",
    ),
    C(
        "e10-p013",
        "CT head follow-up, 24 h after IV thrombolysis for left MCA stroke. "
        "Comparison with admission CT. The established left MCA territory infarct now contains a "
        "confluent hyperdense haematoma in the left frontal operculum, 2.5 x 1.8 cm, occupying less "
        "than 30% of the infarct with mild mass effect. "
        "Conclusion: Haemorrhagic transformation of the left MCA infarct, PH-1 type.",
        1,
        {"iph", "combined"},
        note="PH-type transformation carries iph",
    ),
    C(
        "e10-p014",
        "CT brain (day 2 post thrombectomy). Known right MCA infarct involving the insula and "
        "lentiform nucleus. Within the infarct there are scattered petechial hyperdensities along the "
        "cortex without a space-occupying component. No mass effect beyond the expected oedema. "
        "Impression: Haemorrhagic infarction HI-1 in the right MCA territory.",
        1,
        {"combined"},
        note="HI-type transformation: combined, no subtype",
    ),
    C(
        "e10-p015",
        "CT head with and without contrast. History: metastatic melanoma, new headache. "
        "There is a 2.3 cm hyperdense lesion in the right parietal lobe with surrounding vasogenic "
        "oedema; after contrast a nodular enhancing rim is seen. The appearance is of an intralesional "
        "bleed. No other lesion. "
        "IMPRESSION: Haemorrhagic melanoma metastasis, right parietal.",
        1,
        {"combined"},
        note="tumour bleeding: combined, no subtype",
    ),
    C(
        "e10-p016",
        "CT + CT ANGIOGRAPHY BRAIN. 24F, sudden headache and left-sided weakness. "
        "Plain: Acute lobar haematoma in the right parietal lobe, 4 x 3 cm, with mild surrounding "
        "oedema. "
        "CTA: A tangle of abnormal vessels at the posterior margin of the haematoma, fed by branches "
        "of the right MCA and draining into an enlarged cortical vein towards the superior sagittal "
        "sinus. "
        "Conclusion: Right parietal intracerebral haemorrhage due to an arteriovenous malformation.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e10-p017",
        "CT head and CT venogram. 32F, postpartum, headache and seizure. "
        "Hyperdense superior sagittal sinus and right transverse sinus. On the venogram there is a "
        "filling defect throughout the superior sagittal sinus extending into the right transverse "
        "sinus. In the left parasagittal frontal lobe there is a 2 cm area of hypodensity containing "
        "a hyperdense parenchymal haemorrhage. "
        "Impression: Cerebral venous sinus thrombosis with a haemorrhagic venous infarct in the left "
        "frontal lobe.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e10-p018",
        "CT head. 19M fell off scaffolding, occipital impact. "
        "Lentiform hyperdense collection in the posterior fossa on the right, adjacent to the occipital "
        "bone, 1.2 cm thick, extending above and below the transverse sinus. A linear fracture of the "
        "right occipital bone is seen running into the lambdoid suture. Fourth ventricle mildly "
        "effaced. "
        "IMPRESSION: Right posterior fossa extradural haematoma with occipital fracture.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e10-p019",
        "CT BRAIN: Thin hyperdense layer along the right leaf of the tentorium cerebelli, 3 mm, "
        "extending posteriorly along the tentorium. No other abnormality. Ventricles normal. "
        "IMPRESSION: small acute tentorial subdural hematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e10-p020",
        "CT head non contrast. Elderly fall, on aspirin. "
        "A thin hyperdense band is seen along the posterior falx on the left side, max 4 mm, "
        "extending over the tentorial apex. No convexity collection. No mass effect. "
        "Comment: Small acute parafalcine subdural bleed. Calcification not favoured since the "
        "density is continuous and layers away from the falx.",
        1,
        {"sdh"},
    ),
    C(
        "e10-p021",
        "CT head, trauma. Fall down stairs, intoxicated. "
        "Right frontal lens-shaped extra-axial hyperdensity, 11 mm, beneath a non-displaced fracture of "
        "the right frontal bone. In addition a crescentic hyperdense collection over the left "
        "temporo-parietal convexity (contrecoup), 6 mm. Midline shift 3 mm to the left. "
        "Impression: Right frontal EDH and left contrecoup SDH; right frontal skull fracture.",
        1,
        {"edh", "sdh", "multiple", "fracture"},
    ),
    C(
        "e10-p022",
        "CT head without contrast. 71F transient left arm tingling, recurrent over 2 weeks. "
        "Findings: Focal hyperdensity confined to a single sulcus over the right central region "
        "(precentral sulcus), no parenchymal haematoma, no extra-axial collection. Ventricles and "
        "cisterns normal. Mild small-vessel change. "
        "Impression: Isolated convexity subarachnoid haemorrhage, right. In this age group cerebral "
        "amyloid angiopathy is a leading consideration; MRI with SWI is suggested.",
        1,
        {"sah"},
        note="CAA is a suggested cause, not a definite one: no combined",
    ),
    C(
        "e10-p023",
        "CT brain + CTA. Thunderclap headache. "
        "Plain scan: Small amount of hyperdense blood in the prepontine and interpeduncular cisterns, "
        "anterior to the midbrain. Sylvian fissures and ventricles clear. "
        "CTA: No aneurysm or vascular malformation demonstrated. "
        "Conclusion: Perimesencephalic pattern subarachnoid haemorrhage, CTA negative.",
        1,
        {"sah"},
    ),
    C(
        "e10-p024",
        "Non-enhanced CT head. 82 y/o, acute confusion and right homonymous hemianopia. "
        "Irregular acute hematoma in the left occipital lobe extending to the cortical surface, "
        "3.8 x 2.9 cm, with surrounding edema and a small amount of adjacent sulcal hyperdensity. "
        "Impression: Left occipital lobar intraparenchymal hemorrhage with minor subarachnoid "
        "extension.",
        1,
        {"iph", "sah", "multiple"},
    ),
    C(
        "e10-p025",
        "CT head. Assault, kicked in the head. Multiple foci of mixed density in the inferior frontal "
        "lobes bilaterally and in the right temporal pole consistent with hemorrhagic contusions, "
        "largest 1.6 cm in the left gyrus rectus. No extra-axial hematoma. No fracture. "
        "IMPRESSION: Multiple cerebral contusions (bifrontal and right temporal).",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e10-p026",
        "CT head, post-operative day 1 after right burr hole drainage of chronic subdural haematoma. "
        "Drain removed. There is a residual mixed-density right-sided subdural collection, 7 mm, "
        "containing pockets of air. Pneumocephalus over the right frontal lobe. Midline shift "
        "reduced from 9 mm to 2 mm. Expected burr hole defects. "
        "Conclusion: Expected post-operative appearance with residual right subdural haematoma.",
        1,
        {"sdh"},
        note="residual post-operative hematoma counts; burr holes are not a fracture",
    ),
    C(
        "e10-p027",
        "CT HEAD & CTA CIRCLE OF WILLIS. GCS 7 at scene. "
        "Extensive subarachnoid blood in the basal cisterns and both Sylvian fissures, thickest on "
        "the left. Blood in both lateral ventricles, third and fourth ventricles with acute "
        "hydrocephalus. CTA shows a 9 mm lobulated aneurysm of the left MCA bifurcation. "
        "IMPRESSION: Aneurysmal SAH (Fisher grade 4) from left MCA bifurcation aneurysm with IVH and "
        "hydrocephalus.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e10-p028",
        "CT head, 12 day follow up of right basal ganglia haemorrhage. Compared with previous. "
        "The haematoma has reduced in size and density; it is now largely isodense with a small "
        "residual hyperdense core of 8 mm. Perilesional oedema is slightly less. No hydrocephalus. "
        "Opinion: Evolving right basal ganglia haematoma, still present, decreasing.",
        1,
        {"iph"},
    ),
    C(
        "e10-p029",
        "CT head. 67M, headache 2 weeks after a minor fall. Left cerebral sulci are effaced and the "
        "gray-white junction is displaced inwards by an isodense crescentic extra-axial collection "
        "measuring 12 mm at its maximum. Left lateral ventricle compressed, 6 mm midline shift to "
        "the right. "
        "Impression: Left isodense (subacute) subdural hematoma with mass effect.",
        1,
        {"sdh"},
    ),
    C(
        "e10-p030",
        "CT HEAD. Mixed density right hemispheric subdural collection, predominantly low density with "
        "septations and a dependent hyperdense component, max depth 18 mm, 8 mm leftward midline shift "
        "and early subfalcine herniation. "
        "IMPRESSION: Acute on chronic right SDH with subfalcine herniation.",
        1,
        {"sdh"},
    ),
    C(
        "e10-p031",
        "CT brain with bone windows. Hit by falling object at a building site. "
        "A biconvex hyperdense collection is present at the vertex straddling the midline, 1.4 cm "
        "thick, displacing the superior sagittal sinus inferiorly. A fracture line crosses the "
        "sagittal suture at the vertex. Recommend CT venogram to assess the sinus. "
        "Impression: Vertex epidural haematoma associated with a vault fracture.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e10-p032",
        "CT head/facial bones. Head-on collision. "
        "Fracture through the central skull base involving the sphenoid body and clivus with "
        "haemorrhage in the sphenoid sinus. Small foci of pneumocephalus in the basal cisterns. "
        "Small amount of subarachnoid blood in the ambient cistern on the left. Facial bones: "
        "bilateral nasal bone fractures. "
        "Conclusion: Basal skull fracture with pneumocephalus and small traumatic SAH.",
        1,
        {"sah", "fracture"},
        note="sphenoid sinus blood is extracranial; the SAH makes ich=1",
    ),
    C(
        "e10-p033",
        "CT head. Hx: fall from horse, left ear bleeding. "
        "Longitudinal fracture of the left petrous temporal bone, opacified mastoid air cells and "
        "middle ear. Associated small convex extra-axial haematoma along the left middle cranial "
        "fossa, 6 mm, adjacent to the fracture. No midline shift. "
        "Impression: Left temporal bone fracture with small adjacent extradural haematoma.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e10-p034",
        "CT head with contrast. Known left frontal glioblastoma, acute deterioration. "
        "The heterogeneously enhancing left frontal mass now contains a new 2.5 cm area of acute "
        "haemorrhage, with increased surrounding oedema and 7 mm rightward shift. "
        "Impression: Acute intratumoral haemorrhage in left frontal glioblastoma.",
        1,
        {"combined"},
        note="tumour bleeding: combined, no subtype",
    ),
    C(
        "e10-p035",
        "CT head: Acute bleed in the head of the left caudate nucleus (1.5 cm) with extension into "
        "the frontal horn of the left lateral ventricle and the third ventricle. Ventricles not "
        "enlarged. Diffuse periventricular leukoaraiosis. "
        "IMP: L caudate ICH with intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e10-p036",
        "CT HEAD + CTA. Sudden occipital headache and collapse. "
        "Dense blood fills the fourth ventricle and extends into the cisterna magna and the "
        "prepontine and cerebellopontine angle cisterns. Temporal horns dilated. "
        "CTA: 4 mm aneurysm at the origin of the right posterior inferior cerebellar artery. "
        "IMPRESSION: Ruptured right PICA aneurysm with posterior fossa SAH and fourth ventricular "
        "haemorrhage; acute hydrocephalus.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e10-p037",
        "WHOLE BODY CT (polytrauma protocol). Pedestrian struck. "
        "Head: Thin acute subdural haematoma over the right frontal convexity, 3 mm, no mass effect. "
        "No skull fracture. "
        "Cervical spine: no fracture or malalignment. "
        "Chest: bilateral lung contusions, no pneumothorax. "
        "Abdomen/pelvis: right superior pubic ramus fracture with small pelvic haematoma. "
        "Summary: small right SDH; pelvic fracture; lung contusions.",
        1,
        {"sdh"},
    ),
    C(
        "e10-p038",
        "CT head. 23M, punched, lucid interval then drowsy. "
        "Large biconvex collection in the left temporoparietal region, 2.3 cm thick, with a "
        "heterogeneous swirled appearance (hypodense areas within hyperdense blood) suggesting active "
        "bleeding. 9 mm midline shift, effaced left ambient cistern. No fracture line identified on "
        "bone windows. "
        "Impression: Large left epidural hematoma with swirl sign; impending uncal herniation.",
        1,
        {"edh"},
    ),
    C(
        "e10-p039",
        "CT head. Struck with a hammer. Depressed fracture of the left parietal bone, depressed by "
        "8 mm below the inner table, with an underlying 2 cm haemorrhagic contusion in the left "
        "parietal lobe. Overlying scalp laceration and haematoma. "
        "Impression: Depressed left parietal skull fracture with underlying contusion.",
        1,
        {"iph", "fracture"},
    ),
    C(
        "e10-p040",
        "CT brain non contrast. Impact to the forehead, nasal bleeding. "
        "Small lentiform hyperdense collection deep to the right frontal bone, 7 mm, not crossing "
        "the coronal suture. Undisplaced fracture of the anterior wall of the right frontal sinus "
        "extending to the frontal bone squama. "
        "Conclusion: Small right frontal extradural haematoma with frontal bone fracture.",
        1,
        {"edh", "fracture"},
        note="frontal bone squama is vault",
    ),
    C(
        "e10-p041",
        "CT head - interval scan 6 hours after admission. Comparison made with the initial study. "
        "The left parietal extradural haematoma is unchanged in size (max thickness 9 mm). No new "
        "intracranial haemorrhage. Left parietal fracture again noted. Midline structures central. "
        "Impression: Stable left parietal EDH, no progression.",
        1,
        {"edh", "fracture"},
        note="unchanged / no progression = still present",
    ),
    C(
        "e10-p042",
        "CT head plain. 59 years male known hypertensive, sudden collapse. "
        "Large hematoma in the right thalamus and posterior limb of internal capsule, approx. 32 cc, "
        "rupturing into the right lateral ventricle. Blood casts the right lateral ventricle and fills "
        "the third and fourth ventricles. Hydrocephalus with periventricular seepage. "
        "IMPRESSION: Right thalamocapsular bleed with intraventricular extension and obstructive "
        "hydrocephalus. EVD suggested.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e10-p043",
        "CT head. Fall from ladder. Small blood-fluid level in the posterior horn of the right lateral "
        "ventricle. No parenchymal contusion or extra-axial collection is seen. Calvarium and skull "
        "base intact. Left periorbital soft tissue swelling. "
        "Impression: Minor traumatic intraventricular haemorrhage.",
        1,
        {"ivh"},
    ),
    C(
        "e10-p044",
        "CT HEAD. Spontaneous haematoma of the left lentiform nucleus, 5.0 x 3.2 cm, volume ~ 38 ml, "
        "with rupture into the left lateral ventricle and blood in the body and occipital horn. "
        "9 mm midline shift to the right. Effacement of the left perimesencephalic cistern. "
        "CONCLUSION: Large left basal ganglia ICH with ventricular extension and mass effect.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e10-p045",
        "NCCT HEAD. Pt is a 45 yr old male, RTA, h/o LOC and ENT bleed. "
        "- Acute SDH in left FTP convexity measuring 8 mm in max thickness. "
        "- Mass effect in form of effacement of left lat ventricle and MLS of 5 mm to right. "
        "- No e/o fracture. "
        "- B/L maxillary sinus haziness. "
        "IMPRESSION: Acute left FTP SDH with MLS.",
        1,
        {"sdh"},
    ),
    C(
        "e10-p046",
        "CT brain. 38yo male, fall from a bike, no helmet. "
        "Small volume traumatic subarachnoid haemorrhage in the right Sylvian fissure and adjacent "
        "insular sulci. No contusion or extra-axial collection. Bones intact. "
        "Impression: Small volume right sylvian tSAH. Repeat CT if neurological deterioration.",
        1,
        {"sah"},
    ),
    C(
        "e10-p047",
        "CT cerebrum native. Anamnesis: fall on the street under alcohol. "
        "In right parietal region is visible a hyperdense collection of biconvex form, adjacent to the "
        "bone, thickness up to 14 mm, density 62 HU. Under it a fracture line of the parietal bone, "
        "without dislocation. Compression of right lateral ventricle, midline shift to the left 4 mm. "
        "Conclusion: Epidural hematoma right parietal. Fracture of the parietal bone right.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e10-p048",
        "CT head without contrast. 80F, history of fall with confusion. "
        "Hyperdense material layering in the dependent portions of both occipital horns. No "
        "parenchymal or subarachnoid haemorrhage. Choroid plexus calcifications are separate from the "
        "layering material. "
        "IMPRESSION: Small intraventricular haemorrhage layering bilaterally in the occipital horns.",
        1,
        {"ivh"},
        note="both occipital horns = one focus, not multiple",
    ),
    C(
        "e10-p049",
        "CT head follow-up. Comparison 5 days ago. The previously seen subarachnoid blood in the left "
        "frontal sulci has cleared completely. The left convexity subdural haematoma persists, "
        "measuring 6 mm (previously 7 mm). No new bleed. "
        "Impression: Resolved SAH; persistent small left SDH.",
        1,
        {"sdh"},
        note="per mention: SAH resolved, SDH still present",
    ),
    C(
        "e10-p050",
        "CT HEAD. 77 year old, sudden occipital headache and ataxia, on warfarin (INR 3.8). "
        "Right cerebellar hemisphere haematoma 3.5 cm, effacing the fourth ventricle. The lateral and "
        "third ventricles are dilated. No blood in the ventricles. "
        "IMPRESSION: Right cerebellar haemorrhage with obstructive hydrocephalus.",
        1,
        {"iph"},
    ),
    C(
        "e10-p051",
        "CT head. Found unresponsive, fixed dilated left pupil. "
        "Large left hemispheric acute subdural haematoma, 22 mm thick, 16 mm midline shift, "
        "obliteration of the basal cisterns with descending transtentorial herniation. New "
        "hyperdensity in the midline tegmentum of the midbrain and upper pons, consistent with "
        "secondary (Duret) brainstem haemorrhage. "
        "IMPRESSION: Massive left SDH with herniation and secondary brainstem haemorrhage.",
        1,
        {"sdh", "iph", "multiple"},
    ),
    C(
        "e10-p052",
        "CT HEAD WITHOUT CONTRAST AND CTA HEAD. Code stroke, aphasia. "
        "NCCT: 2.9 cm acute hematoma in the left putamen/external capsule. ASPECTS not applicable. "
        "CTA: Punctate enhancing focus within the hematoma (spot sign positive). No large vessel "
        "occlusion, no aneurysm, no vascular malformation. "
        "IMPRESSION: Left putaminal hemorrhage with positive spot sign, at risk of expansion.",
        1,
        {"iph"},
    ),
    C(
        "e10-p053",
        "CT head and facial bones (trauma). "
        "Facial: Fractures of the right orbital floor and lateral wall of the right maxillary sinus "
        "with haemosinus; right zygomatic arch fracture. Orbital roof intact. "
        "Brain: Thin right frontal subdural haematoma, 4 mm, along the convexity. No midline shift. "
        "Calvarium intact. "
        "Conclusion: Right zygomaticomaxillary complex fracture; small right frontal SDH.",
        1,
        {"sdh"},
        note="facial fractures do not count as skull fracture",
    ),
    C(
        "e10-p054",
        "CT HEAD AND CERVICAL SPINE. 54M high speed MVA. "
        "Fracture of the left occipital condyle, minimally displaced (Anderson-Montesano type III). "
        "Thin hyperdense subdural blood along the left tentorium. No parenchymal injury. "
        "C-spine otherwise intact. "
        "IMPRESSION: Left occipital condyle fracture; small left tentorial SDH.",
        1,
        {"sdh", "fracture"},
        note="occipital condyle is skull base",
    ),
    C(
        "e10-p055",
        "CT head. Fall, hit right side of head. Small haemorrhagic contusion at the left temporal pole "
        "(1.1 cm), contre-coup. No other injury. Right parietal scalp haematoma. "
        "Impression: Left temporal contusion.",
        1,
        {"iph"},
    ),
    C(
        "e10-p056",
        "CT head non-con: L frontal ICH 3x2cm, IVH+ (L lat vent), no SAH, no hydro, MLS 2mm. "
        "Old R cerebellar infarct. Imp: L frontal lobar ICH w/ IVH.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e10-p057",
        "CT Brian. Clinical: confused after fal yesterday. "
        "Findings: acute subdurral haematoma over the rigth parietal convexity 6mm with effacment of "
        "the sulci. no midline shfit. Ventricals normal. "
        "Impresion: acute right subdurral haematoma.",
        1,
        {"sdh"},
        note="typos throughout",
    ),
    C(
        "e10-p058",
        "CT brain with contrast. History: renal cell carcinoma, new left hemiparesis. "
        "A 2.8 cm enhancing mass in the right frontal lobe contains acute blood products with a "
        "fluid level, surrounded by marked vasogenic oedema. "
        "IMPRESSION: Haemorrhagic metastasis, right frontal lobe, likely from known RCC.",
        1,
        {"combined"},
        note="tumour bleeding: combined, no subtype",
    ),
    C(
        "e10-p059",
        "CT head (bone and soft tissue algorithms). Fall from height 4 m. "
        "Comminuted fracture of the left temporal squama extending into the greater wing of the "
        "sphenoid. Underneath, a biconvex hyperdense collection 1.9 cm thick with small gas bubbles. "
        "Large left temporal subgaleal haematoma. Midline shift 7 mm. "
        "IMPRESSION: Left temporal EDH with comminuted skull fracture and pneumocephalus.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e10-p060",
        "CT head. Known old left MCA infarct with encephalomalacia and ex vacuo dilatation of the left "
        "lateral ventricle, unchanged. New: acute right convexity subdural haematoma, 7 mm, with "
        "mild sulcal effacement. "
        "IMPRESSION: New acute right SDH. Chronic left MCA infarct.",
        1,
        {"sdh"},
    ),

    # ------------------------------------------------------------------ absent (ich=0)
    C(
        "e10-n001",
        "EXAM: CT HEAD WITHOUT IV CONTRAST. HISTORY: Headache. TECHNIQUE: Axial images from the skull "
        "base to the vertex. COMPARISON: None. FINDINGS: No acute intracranial hemorrhage, mass effect, "
        "midline shift or extra-axial fluid collection. Gray-white matter differentiation is "
        "maintained. Ventricles and sulci are normal in size and configuration. Basal cisterns are "
        "patent. Calvarium is intact. Visualized paranasal sinuses and mastoid air cells are clear. "
        "IMPRESSION: No acute intracranial abnormality.",
        0,
        set(),
    ),
    C(
        "e10-n002",
        "CT head. Clinical details: collapse ?cause. "
        "No intracranial haemorrhage or extra-axial collection. No established territorial infarct. "
        "Normal appearances of the ventricular system and basal cisterns. No skull vault fracture. "
        "Opinion: Normal CT head.",
        0,
        set(),
    ),
    C(
        "e10-n003",
        "CT HEAD. Fall from standing, laceration to forehead. "
        "Large left frontal scalp haematoma with overlying soft tissue swelling, 1.5 cm thick. "
        "The underlying calvarium is intact. No intracranial blood, no extra-axial collection, no "
        "contusion. Ventricles normal. "
        "IMPRESSION: Left frontal scalp haematoma only. No intracranial injury.",
        0,
        set(),
        note="extracranial blood only",
    ),
    C(
        "e10-n004",
        "CT head. Known previous stroke. Established right MCA territory infarct with "
        "encephalomalacia and ex vacuo dilatation of the right lateral ventricle. Wallerian "
        "degeneration in the right cerebral peduncle. No acute haemorrhage. No new infarct. "
        "Conclusion: Old right MCA infarct. No acute findings.",
        0,
        set(),
    ),
    C(
        "e10-n005",
        "CT head, routine follow-up one year after left basal ganglia haemorrhage. "
        "At the site of the previous haematoma there is a slit-like CSF-density post-haemorrhagic "
        "cavity with surrounding gliosis. No fresh blood. Ventricles stable. "
        "Impression: Post-haemorrhagic cyst in the left basal ganglia, chronic sequelae only.",
        0,
        set(),
        note="old sequelae only",
    ),
    C(
        "e10-n006",
        "CT HEAD - COMPARISON WITH CT OF 6 WEEKS AGO. The previously demonstrated right subdural "
        "haematoma has completely resolved. No residual extra-axial collection. Sulci are now normal "
        "on the right. Midline central. "
        "IMPRESSION: Complete resolution of the right subdural haematoma.",
        0,
        set(),
        note="fully resolved",
    ),
    C(
        "e10-n007",
        "CT HEAD AND CTA HEAD/NECK - CODE STROKE. Onset 55 min. "
        "NCCT: Hyperdense left M1 segment (dense MCA sign). Subtle loss of grey-white differentiation "
        "in the left insula. ASPECTS 8. No intracranial haemorrhage. "
        "CTA: Occlusion of the proximal left M1 segment with moderate collaterals. "
        "IMPRESSION: Left M1 occlusion, ASPECTS 8. No haemorrhage - suitable for thrombolysis and "
        "thrombectomy.",
        0,
        set(),
        note="hyperdense artery is a mimic",
    ),
    C(
        "e10-n008",
        "CT brain. Symmetric dense calcifications in both globi pallidi and in the dentate nuclei. "
        "Calcified pineal gland and choroid plexus. Dural calcification along the falx. No "
        "haemorrhage, no mass. "
        "Impression: Physiological / basal ganglia calcification. No acute abnormality.",
        0,
        set(),
        note="calcification is a mimic",
    ),
    C(
        "e10-n009",
        "CT facial bones and head. Punched in the face. "
        "Facial: Blow-out fracture of the left orbital floor with herniation of orbital fat, "
        "fracture of the anterior and posterolateral walls of the left maxillary sinus, blood in the "
        "left maxillary sinus. Nasal bones fractured. "
        "Head: No intracranial haemorrhage. Skull vault and base intact. "
        "Conclusion: Left orbital floor and maxillary fractures with haemosinus. No intracranial "
        "injury.",
        0,
        set(),
        note="facial fractures and sinus blood: no fracture label, ich 0",
    ),
    C(
        "e10-n010",
        "CT head. Fall, occipital impact. Linear undisplaced fracture of the right occipital bone, "
        "4 cm long, not involving the foramen magnum or the transverse sinus groove. No underlying "
        "extradural or subdural collection. No contusion. Occipital scalp swelling. "
        "Impression: Undisplaced right occipital fracture without intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "e10-n011",
        "CT HEAD WITH TEMPORAL BONE RECONSTRUCTIONS. Blood from the right ear after fall. "
        "Transverse fracture of the right petrous temporal bone passing through the vestibule. "
        "Haemotympanum and fluid in the right mastoid air cells. Ossicular chain intact. "
        "Intracranial: no haemorrhage, no pneumocephalus. "
        "IMPRESSION: Right transverse temporal bone fracture with haemotympanum.",
        0,
        {"fracture"},
        note="haemotympanum is extracranial",
    ),
    C(
        "e10-n012",
        "CT CHEST WITH CONTRAST. Stab wound to left chest. Moderate left haemothorax with a small "
        "pneumothorax. No active contrast extravasation. Mediastinum normal. "
        "IMPRESSION: Left haemopneumothorax.",
        0,
        set(),
        note="non-head study",
    ),
    C(
        "e10-n013",
        "CT CERVICAL SPINE WITHOUT CONTRAST. MVC. No acute fracture or malalignment of the cervical "
        "spine. Prevertebral soft tissues normal. Incidentally noted: the imaged posterior fossa "
        "appears unremarkable. "
        "IMPRESSION: No acute cervical spine injury.",
        0,
        set(),
        note="non-head study",
    ),
    C(
        "e10-n014",
        "CT abdomen and pelvis with IV contrast. On enoxaparin, falling haemoglobin. "
        "Large left retroperitoneal haematoma within the iliopsoas muscle, 9 x 6 cm, with a focus of "
        "active extravasation. "
        "Conclusion: Left iliopsoas haematoma with active bleeding. IR informed.",
        0,
        set(),
        note="non-head study",
    ),
    C(
        "e10-n015",
        "CT BRAIN AND CT ANGIOGRAPHY. Sudden right arm weakness, resolved. "
        "Plain CT: No haemorrhage or acute infarct. Mild periventricular small vessel change. "
        "CTA: 60% stenosis of the left ICA origin with calcified plaque. Intracranial circulation "
        "patent; no aneurysm. "
        "Conclusion: No intracranial haemorrhage. Moderate left ICA stenosis.",
        0,
        set(),
    ),
    C(
        "e10-n016",
        "CT head with and without contrast. A 3.2 cm extra-axial mass along the right frontal "
        "convexity with a broad dural base, homogeneously hyperdense on the plain scan and enhancing "
        "avidly, with adjacent hyperostosis. No haemorrhage. Minimal oedema. "
        "Impression: Right frontal convexity meningioma.",
        0,
        set(),
        note="dense enhancing tumour is not blood",
    ),
    C(
        "e10-n017",
        "CT head. Known polycythaemia vera, Hct 61%. The dural venous sinuses and cortical veins "
        "appear diffusely dense, symmetrically, in keeping with the raised haematocrit. Measured "
        "density 68 HU in the sagittal sinus. No intracranial haemorrhage. No venous infarct. "
        "Impression: Hyperdense venous sinuses attributable to polycythaemia; no bleed.",
        0,
        set(),
        note="high hematocrit mimic",
    ),
    C(
        "e10-n018",
        "CT head post-op, day 3 after resection of a left frontal low-grade glioma. "
        "Left frontal craniotomy with a CSF-density resection cavity. Small amount of extra-axial "
        "air, resorbing. No residual haematoma in the cavity or extra-axially. No hydrocephalus. "
        "Impression: Expected post-operative appearances. No post-operative haemorrhage.",
        0,
        set(),
        note="craniotomy is not a fracture",
    ),
    C(
        "e10-n019",
        "CT HEAD. 91 year old fell at home. Generalised cerebral volume loss and confluent "
        "periventricular white matter hypodensity consistent with chronic small vessel ischaemia. "
        "Old lacunar infarcts in both basal ganglia. No intracranial haemorrhage. No fracture. "
        "IMPRESSION: Involutional and small vessel changes only.",
        0,
        set(),
    ),
    C(
        "e10-n020",
        "NCCT HEAD. 28 y/o female, c/o headache x 2 days. "
        "- Brain parenchyma shows normal grey-white differentiation. "
        "- No e/o ICH/SAH/SDH/EDH. "
        "- Ventricles and sulcal spaces normal. Midline structures in position. "
        "- Calvarium normal. "
        "IMPRESSION: NO SIGNIFICANT ABNORMALITY DETECTED.",
        0,
        set(),
    ),
    C(
        "e10-n021",
        "CT head follow-up. Comparison 4 months ago. The previously described haemorrhagic contusions "
        "in both frontal lobes have resolved, leaving small areas of encephalomalacia and gliosis in "
        "the gyri recti. No blood products remain. Ventricles stable. "
        "Impression: Sequelae of previous bifrontal contusions. No acute haemorrhage.",
        0,
        set(),
        note="resolved contusions; old sequelae only",
    ),
    C(
        "e10-n022",
        "CT ORBITS. Blunt trauma to the left eye, proptosis. Left retrobulbar intraconal haematoma "
        "with mild proptosis and tenting of the posterior globe. Orbital walls intact. Imaged brain "
        "unremarkable. "
        "IMPRESSION: Left retrobulbar haematoma - ophthalmology aware.",
        0,
        set(),
        note="orbital blood is extracranial",
    ),
    C(
        "e10-n023",
        "CT head. Nasal fracture and subgaleal haematoma in the right frontoparietal region. "
        "No intracranial haemorrhage. No skull fracture. "
        "Opinion: Soft tissue injury and nasal bone fracture only.",
        0,
        set(),
    ),
    C(
        "e10-n024",
        "CT head. Dizziness. Multiple old lacunes in the left thalamus and right corona radiata. "
        "Moderate chronic microangiopathic white matter change. No acute haemorrhage, no mass lesion, "
        "no hydrocephalus. "
        "Impression: Chronic small vessel disease. No acute intracranial pathology.",
        0,
        set(),
    ),
    C(
        "e10-n025",
        "CT BRAIN, CT ANGIOGRAM AND CT PERFUSION. Wake-up stroke, left hemiplegia. "
        "NCCT: No intracranial hemorrhage. Early hypodensity in the right lentiform nucleus. "
        "CTA: Occlusion of the right M1 segment. "
        "CTP: Core (rCBF <30%) 18 mL, Tmax >6 s 110 mL, mismatch ratio 6.1. "
        "IMPRESSION: Right M1 occlusion with large salvageable penumbra. No hemorrhage.",
        0,
        set(),
    ),
    C(
        "e10-n026",
        "CT head, first seizure. Normal study: no focal lesion, no haemorrhage, no mass. "
        "Ventricles and sulci age-appropriate. No hippocampal asymmetry evident on CT. "
        "Suggest MRI epilepsy protocol.",
        0,
        set(),
    ),
    C(
        "e10-n027",
        "CT HEAD WITHOUT CONTRAST. Sudden severe headache during exercise, 2 hours ago. "
        "No subarachnoid blood in the basal cisterns, Sylvian fissures or sulci. No intraventricular "
        "blood. No parenchymal haemorrhage. Ventricles normal. "
        "IMPRESSION: No CT evidence of subarachnoid haemorrhage.",
        0,
        set(),
    ),
    C(
        "e10-n028",
        "CT head. Severe dehydration, Na 158. The dural sinuses appear mildly dense, in keeping with "
        "haemoconcentration; they are normal in calibre with no cord sign. No parenchymal "
        "haemorrhage or venous infarction. "
        "Comment: No evidence of intracranial haemorrhage. If clinical concern for venous sinus "
        "thrombosis persists, CT venogram could be performed.",
        0,
        set(),
    ),
    C(
        "e10-n029",
        "CT head. History of right temporal haematoma evacuated 2 years ago. Right temporal "
        "craniotomy. Area of encephalomalacia at the site of the evacuated haematoma; no hyperdense "
        "blood. Negative mass effect with ex vacuo widening of the right temporal horn. "
        "IMPRESSION: Chronic post-operative and post-haemorrhagic changes right temporal. Nothing "
        "acute.",
        0,
        set(),
        note="old sequelae only",
    ),
    C(
        "e10-n030",
        "CT head. Fell and hit face. Air-fluid level in the left sphenoid sinus; no fracture of the "
        "sinus walls or skull base identified on thin bone reconstructions. Brain normal. No "
        "intracranial haemorrhage or pneumocephalus. "
        "Impression: Sphenoid sinus fluid level, likely sinusitis. No intracranial injury.",
        0,
        set(),
    ),
    C(
        "e10-n031",
        "CT HEAD FOLLOW-UP, 5 weeks after right temporal extradural haematoma (managed "
        "conservatively). The extradural haematoma has fully resolved. The right temporal fracture "
        "line remains visible with early healing. Brain parenchyma normal. "
        "Impression: Resolved right temporal EDH. Healing right temporal fracture.",
        0,
        {"fracture"},
        note="EDH resolved; the vault fracture is still present",
    ),
    C(
        "e10-n032",
        "MSCT of brain with contrast. In left temporal lobe a hypodense zone of oedema with central "
        "irregular ring enhancing lesion 3.5 x 3 cm, mass effect to left lateral ventricle, midline "
        "shift to right 5 mm. Signs of haemorrhage are not found. "
        "Conclusion: Space occupying lesion left temporal, probably high grade glioma. MRI recommended.",
        0,
        set(),
        note="'probably' hedges the tumour, not a bleed",
    ),
    C(
        "e10-n033",
        "CT head with contrast. Fever and confusion, sinusitis. Ring-enhancing lesion in the right "
        "frontal lobe, 2.4 cm, with a thin smooth wall and surrounding oedema; adjacent frontal sinus "
        "opacification. No haemorrhage. No extra-axial empyema. "
        "IMPRESSION: Right frontal lobe abscess, likely sinogenic.",
        0,
        set(),
    ),
    C(
        "e10-n034",
        "CT head - shunt check. Right frontal VP shunt catheter tip in the frontal horn of the right "
        "lateral ventricle. Ventricular size unchanged from previous. No periventricular oedema. No "
        "haemorrhage along the catheter tract. "
        "Conclusion: Stable ventricular size. No shunt complication seen.",
        0,
        set(),
    ),
    C(
        "e10-n035",
        "CT head. Normal pressure hydrocephalus work-up. Ventriculomegaly out of proportion to sulcal "
        "enlargement, Evans index 0.36, narrow callosal angle, tight high-convexity sulci. No "
        "intracranial bleed. "
        "IMPRESSION: Features supportive of NPH.",
        0,
        set(),
    ),
    C(
        "e10-n036",
        "CT PARANASAL SINUSES (pre-FESS). Mucosal thickening of both maxillary sinuses and the "
        "anterior ethmoid cells with obstruction of both ostiomeatal units. Nasal septum deviated to "
        "the left. "
        "IMPRESSION: Chronic rhinosinusitis.",
        0,
        set(),
        note="non-brain study",
    ),
    C(
        "e10-n037",
        "TRAUMA CT (head, C-spine, chest, abdomen, pelvis). Rollover MVC. "
        "Head: No intracranial haemorrhage, no skull fracture. Left mandibular angle fracture. "
        "C-spine: No injury. Chest: Right rib fractures 5-8 with small haemothorax. "
        "Abdomen: Grade III liver laceration with perihepatic haemoperitoneum, no active bleeding. "
        "Conclusion: No intracranial injury. Liver laceration, rib fractures, mandible fracture.",
        0,
        set(),
        note="panscan with blood elsewhere; mandible is facial",
    ),
    C(
        "e10-n038",
        "CT head. Query bleed. There is linear hyperdensity along the anterior falx measuring 190 HU, "
        "in keeping with dural calcification; it does not represent haemorrhage. Pineal calcification. "
        "No intracranial haemorrhage. "
        "IMPRESSION: No acute abnormality. Falcine calcification.",
        0,
        set(),
        note="falx calcification mimic",
    ),
    C(
        "e10-n039",
        "CT HEAD AND CT VENOGRAM. Headache, on OCP. "
        "Plain CT: Hyperdense left transverse and sigmoid sinus. No parenchymal abnormality, no "
        "haemorrhage. "
        "CTV: Occlusive filling defect of the left transverse and sigmoid sinuses extending into the "
        "jugular bulb. "
        "IMPRESSION: Left transverse/sigmoid sinus thrombosis without venous infarct or haemorrhage.",
        0,
        set(),
        note="thrombosis without bleed: not ich, not combined",
    ),
    C(
        "e10-n040",
        "DUAL-ENERGY CT HEAD, 6 h after thrombectomy of left M1. "
        "Hyperdensity in the left caudate and lentiform nucleus on the mixed images. On the virtual "
        "non-contrast images it disappears, and the iodine map shows it is iodine: contrast staining. "
        "No intracranial haemorrhage. Evolving left striatocapsular infarct. "
        "IMPRESSION: Contrast staining in the left basal ganglia; no haemorrhagic transformation.",
        0,
        set(),
        note="contrast staining proven by dual energy is a mimic",
    ),
    C(
        "e10-n041",
        "CT head. Incidental: 4 cm CSF-density arachnoid cyst in the left middle cranial fossa with "
        "mild remodelling of the temporal squama. Cavum septum pellucidum et vergae. No haemorrhage, "
        "no midline shift. "
        "Impression: Normal variants. No acute intracranial finding.",
        0,
        set(),
    ),
    C(
        "e10-n042",
        "CT of the head native. Patient fall from bicycle. No signs of intracranial bleeding. No "
        "fresh ischemic lesions. The ventricles are of normal width and symmetric. The cerebral sulci "
        "are regular. The skull bones without fracture. "
        "Assessment: No evidence for intracranial traumatic lesions.",
        0,
        set(),
    ),
    C(
        "e10-n043",
        "CT head. Remote TBI (2015). Old encephalomalacia in the inferior frontal lobes and the left "
        "temporal pole, in keeping with old contusions. No new abnormality. No haemorrhage. "
        "IMPRESSION: Chronic post-traumatic changes; nothing acute.",
        0,
        set(),
        note="old sequelae only",
    ),
    C(
        "e10-n044",
        "CT head: NAD. No bleed, no mass, no infarct. Bones ok.",
        0,
        set(),
    ),
    C(
        "e10-n045",
        "CT head. Elderly, fell forward onto face. Right frontal scalp haematoma and right "
        "periorbital soft tissue swelling. No fracture of the skull or the orbits. No intracranial "
        "haemorrhage. Involutional change. "
        "Impression: No acute intracranial injury.",
        0,
        set(),
    ),
    # ------------------------------------------------------------------ hedged (ich=-1)
    C(
        "e10-u001",
        "CT HEAD. Fall from standing, on clopidogrel. "
        "Questionable subtle hyperdensity within a right frontal sulcus on a single slice, which may "
        "represent a tiny amount of subarachnoid blood versus volume averaging of the adjacent bone. "
        "No other abnormality. "
        "IMPRESSION: Equivocal tiny right frontal sulcal hyperdensity; short-interval follow-up CT "
        "suggested.",
        -1,
        set(),
    ),
    C(
        "e10-u002",
        "CT brain. Possible thin subdural collection along the left tentorium, 2 mm, although this "
        "could equally be the normal density of the tentorial leaf. No mass effect. "
        "Impression: ?Thin left tentorial subdural haemorrhage - cannot be confirmed. Consider "
        "repeat scan.",
        -1,
        set(),
    ),
    C(
        "e10-u003",
        "CT HEAD. Hx: minor head injury, GCS 15. 4 mm hyperdense focus in the right frontal "
        "subcortical white matter. This may represent a small contusion or a calcified granuloma. "
        "No prior imaging for comparison. No extra-axial collection. "
        "IMPRESSION: Indeterminate small right frontal hyperdense focus. Follow-up CT in 24 hours "
        "recommended.",
        -1,
        set(),
    ),
    C(
        "e10-u004",
        "CT head. Undisplaced fracture of the left temporal squama. Adjacent to it there is a very "
        "thin (2 mm) extra-axial density; a small extradural haematoma cannot be excluded. No "
        "midline shift. "
        "Conclusion: Left temporal fracture. Small EDH not excluded - repeat CT in 6 h.",
        -1,
        {"fracture"},
    ),
    C(
        "e10-u005",
        "CT HEAD, 2 hours post thrombectomy for right M1 occlusion. "
        "New hyperdensity in the right lentiform nucleus (55 HU). Differential includes contrast "
        "staining versus haemorrhagic transformation; single-energy scan cannot distinguish. "
        "IMPRESSION: Right lentiform hyperdensity - contrast staining vs haemorrhage. Repeat CT at "
        "24 h recommended.",
        -1,
        set(),
    ),
    C(
        "e10-u006",
        "CT head. Headache, 8 days duration. Possibly a small amount of hyperdense material in the "
        "interpeduncular cistern, likely subarachnoid blood, though partial volume of the basilar "
        "tip is a differential. Ventricles normal. "
        "Impression: Probable small SAH in the interpeduncular cistern. Suggest CTA and/or LP.",
        -1,
        set(),
        note="'probable' is a hedge",
    ),
    C(
        "e10-u007",
        "NCCT HEAD: Subtle hyperdensity in the dependent right occipital horn ? small IVH ? choroid "
        "plexus. No hydrocephalus. Rest normal. IMP: ?IVH - clinical correlation / repeat.",
        -1,
        set(),
    ),
    C(
        "e10-u008",
        "CT HEAD PLAIN. 69 y/o male, fall. "
        "- ? thin SDH along left fronto-parietal convexity, approx 3 mm, no mass effect. "
        "- No fracture. "
        "IMPRESSION: ? Thin left FP SDH. Adv: follow-up CT.",
        -1,
        set(),
    ),
    C(
        "e10-u009",
        "CT brain non-contrast. 2.1 cm hyperdense lesion in the right temporal lobe with mild "
        "surrounding oedema. Differential diagnosis between an acute haematoma and a hyperdense "
        "tumour (e.g. lymphoma or metastasis). MRI with contrast recommended. "
        "IMPRESSION: Indeterminate hyperdense right temporal lesion, haemorrhage versus neoplasm.",
        -1,
        set(),
    ),
    C(
        "e10-u010",
        "CT head 24 h post-tPA. Evolving left MCA infarct. Within the infarct there is a faint area of "
        "slightly increased attenuation which may represent early petechial haemorrhagic "
        "transformation. No mass effect. "
        "Impression: Possible early haemorrhagic transformation of left MCA infarct.",
        -1,
        set(),
        note="possible transformation: hedged, so no combined",
    ),
    C(
        "e10-u011",
        "CT of brain without contrast. In the left Sylvian fissure is suspicion of small hyperdense "
        "content, not sure if blood or vessel. Other cisterns free. Ventricles not dilated. "
        "Conclusion: Suspect small subarachnoid haemorrhage left, not certain. Angiography is "
        "recommended.",
        -1,
        set(),
    ),
    C(
        "e10-u012",
        "CT HEAD. Pedestrian vs car. Fracture of the right orbital roof extending to the anterior "
        "cranial fossa floor, with a small locule of pneumocephalus. Adjacent to it in the right "
        "gyrus rectus there is a subtle hyperdensity, probably a small contusion, partially obscured "
        "by beam-hardening. "
        "IMPRESSION: Right anterior skull base fracture. Probable small right frontal contusion.",
        -1,
        {"fracture"},
        note="orbital roof is skull base; contusion only probable",
    ),
    C(
        "e10-u013",
        "CT head after cardiac arrest (ROSC 40 min). Diffuse cerebral oedema with loss of grey-white "
        "differentiation and effaced sulci. The basal cisterns and the falx appear relatively dense, "
        "most likely pseudo-subarachnoid haemorrhage from the oedema, but true subarachnoid blood "
        "cannot be entirely excluded. "
        "IMPRESSION: Diffuse hypoxic-ischaemic injury. Pseudo-SAH favoured; real SAH not excluded.",
        -1,
        set(),
    ),
    C(
        "e10-u014",
        "CT HEAD. Dysarthria. Small 5 mm hyperdense focus in the right hemipons, of uncertain "
        "significance; a small haemorrhage is a possibility, vascular calcification is another. "
        "IMPRESSION: Indeterminate right pontine focus. MRI advised.",
        -1,
        set(),
    ),
    C(
        "e10-u015",
        "CT head follow-up. Comparison 3 weeks ago. The right convexity subdural haematoma has "
        "largely resolved. There is a possible residual thin subdural component of 1-2 mm over the "
        "right parietal lobe, which is at the limit of CT resolution and may simply be dural "
        "thickening. "
        "Impression: Near-complete resolution; equivocal minimal residual right subdural collection.",
        -1,
        set(),
        note="follow-up with only an equivocal residue",
    ),
]
