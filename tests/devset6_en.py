"""English development set 6: 120 invented head-CT reports.

The set imitates English-language head-CT reports as radiologists write them in the US, the UK,
Australia, Canada and India: emergency-department preliminary reads, final reports, follow-up
comparisons, non-contrast CT with CT angiography or venography, stroke-protocol and trauma studies.
It leans on the labels that are hardest on real English text: combined pathology (ruptured aneurysm,
AVM, haemorrhagic transformation HI1/HI2/PH1/PH2, bleeding tumours, venous sinus thrombosis),
multiple foci and subtypes, intraventricular blood described in many ways, intraparenchymal
haemorrhage named by anatomy only, look-alikes (calcification, hyperdense artery, contrast staining,
old sequelae, unruptured aneurysm) and follow-ups with blood still present or fully resolved.

It was written from the label definitions in DOMAIN.md and general radiology knowledge, without
looking at the project's lexicon, matcher or other case files. No report is real.

A development set: its first score is recorded here before any tuning; the rules may then be tuned on it.

First score (en-ich 1.8, before any tuning; rules): ICH sensitivity 1.000, specificity 0.933, PPV 0.976,
hedged sent to verification 1.000; F1 edh 1.000, sdh 0.968, sah 1.000, iph 0.966, ivh 0.968,
multiple 0.952, fracture 0.960, combined 0.962.

Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # --- present: combined pathology -------------------------------------------------------------
    C(
        "e6d-p001",
        "CT HEAD NON-CONTRAST AND CT ANGIOGRAM CIRCLE OF WILLIS. Indication: sudden worst headache of "
        "life, collapsed at work. Findings: Diffuse hyperdense blood fills the suprasellar, ambient and "
        "quadrigeminal cisterns and extends into both Sylvian fissures and the anterior interhemispheric "
        "fissure. Blood is also seen within the fourth ventricle and layering in the occipital horns. "
        "The temporal horns are dilated, consistent with early hydrocephalus. CTA: 7 x 5 mm lobulated "
        "aneurysm arising from the anterior communicating artery, directed anteriorly, with a daughter "
        "sac. Impression: Aneurysmal subarachnoid haemorrhage from a ruptured ACom aneurysm with "
        "intraventricular extension and early hydrocephalus.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e6d-p002",
        "CT brain plain + CTA. Clinical: 54F, sudden headache and left hemiparesis. There is a "
        "4.1 x 3.0 cm acute haematoma in the right temporal lobe with surrounding oedema and 5 mm "
        "midline shift. Subarachnoid blood fills the right Sylvian fissure and the basal cisterns. "
        "CTA demonstrates a 9 mm bilobed aneurysm at the right MCA bifurcation pointing into the "
        "haematoma. Conclusion: ruptured right MCA bifurcation aneurysm with temporal lobe haematoma "
        "and subarachnoid haemorrhage. Neurosurgery informed.",
        1,
        {"sah", "iph", "multiple", "combined"},
    ),
    C(
        "e6d-p003",
        "PRELIMINARY READ (ED). Noncontrast head CT followed by CTA head. Thin subarachnoid hemorrhage "
        "in the left ambient cistern with a thick clot in the left Sylvian cistern (modified Fisher 3). "
        "No intraventricular blood. Ventricles normal in size. CTA: 5 mm left posterior communicating "
        "artery aneurysm, irregular contour, presumed culprit. IMPRESSION: Acute SAH secondary to "
        "ruptured left PCom aneurysm.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e6d-p004",
        "NCCT Head / CTA. 27-year-old male, seizure and headache. Acute left parietal lobar haematoma "
        "measuring 38 x 29 mm (volume approx. 16 mL) with mild perilesional oedema. Serpiginous "
        "enhancing vessels along its posterior margin with an enlarged draining cortical vein to the "
        "superior sagittal sinus and an early-filling nidus fed by left MCA and PCA branches. No "
        "ventricular extension. OPINION: Left parietal intracerebral haemorrhage secondary to a "
        "ruptured arteriovenous malformation (nidus about 2.5 cm).",
        1,
        {"iph", "combined"},
    ),
    C(
        "e6d-p005",
        "CT head, noncontrast, with CTA. History: 33M, vomiting, visual field loss. Hematoma in the "
        "right occipital lobe, 3.2 cm, with rupture into the atrium and occipital horn of the right "
        "lateral ventricle; a blood-fluid level is seen in the left occipital horn too. Coarse "
        "calcifications and a tangle of vessels at the lateral margin of the hematoma. CTA confirms an "
        "arteriovenous malformation supplied by the right PCA with deep venous drainage to the vein of "
        "Galen. IMPRESSION: AVM bleed, right occipital lobe, with intraventricular extension.",
        1,
        {"iph", "ivh", "multiple", "combined"},
    ),
    C(
        "e6d-p006",
        "CT head 24 hours post IV thrombolysis (stroke protocol follow-up). Evolving left MCA territory "
        "infarct involving the insula and frontal operculum. A few small petechial hyperdensities along "
        "the cortical margin of the infarct, without space-occupying effect: haemorrhagic infarction "
        "type 1 (HI1). No parenchymal haematoma. Midline structures central. Conclusion: Left MCA "
        "infarct with HI1 haemorrhagic transformation.",
        1,
        {"combined"},
    ),
    C(
        "e6d-p007",
        "Follow-up CT brain, day 2 after right MCA stroke. The right frontotemporal infarct is now well "
        "demarcated. Within it there are confluent petechial hyperdensities in the lentiform nucleus, "
        "with no mass effect attributable to the blood; classified as HI2. Stable 3 mm leftward "
        "midline shift from swelling. No extra-axial collection. Conclusion: HI2 haemorrhagic "
        "transformation of the right MCA infarct. Antiplatelet timing to be discussed with the stroke "
        "team.",
        1,
        {"combined"},
    ),
    C(
        "e6d-p008",
        "CT HEAD (non-contrast), 22 h post mechanical thrombectomy of a left M1 occlusion. Homogeneous "
        "hyperdensity 22 x 15 mm in the left caudate head and putamen, density 62 HU, persisting on "
        "dual-energy virtual non-contrast images, occupying less than 30% of the infarcted area with "
        "mild mass effect. Impression: Parenchymal haematoma type 1 (PH1) within the left MCA infarct.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e6d-p009",
        "Urgent CT brain: neurological deterioration 18 hours after alteplase. Large haematoma "
        "occupying more than 30% of the right MCA infarct bed, 5.5 x 3.8 cm, with significant mass "
        "effect, 9 mm midline shift and subfalcine herniation. The haematoma extends into the right "
        "lateral ventricle with blood reaching the third ventricle. IMPRESSION: PH2 haemorrhagic "
        "transformation with intraventricular extension. Findings discussed with the stroke registrar "
        "at 03:40.",
        1,
        {"iph", "ivh", "multiple", "combined"},
    ),
    C(
        "e6d-p010",
        "CT head with and without contrast. Known metastatic melanoma. At least five hyperdense lesions "
        "on the non-contrast series, in the right frontal lobe, left parietal lobe, left occipital lobe "
        "and both cerebellar hemispheres, the largest 18 mm, each with surrounding vasogenic oedema and "
        "rim enhancement. Hyperdensity on the plain images indicates intralesional haemorrhage. "
        "Impression: multiple haemorrhagic melanoma metastases.",
        1,
        {"multiple", "combined"},
    ),
    C(
        "e6d-p011",
        "CT BRAIN, final report. 68-year-old, confusion. Heterogeneous mass in the left temporal lobe, "
        "4.5 cm, with a necrotic centre, an irregular thick enhancing rim and an acute hyperdense "
        "component of 2 cm within the mass, in keeping with intratumoural haemorrhage. Surrounding "
        "oedema effaces the left lateral ventricle. Impression: Left temporal mass most consistent with "
        "high-grade glioma, with haemorrhage into the tumour. MRI recommended.",
        1,
        {"combined"},
    ),
    C(
        "e6d-p012",
        "NCCT + CT venogram. 31F, 2 weeks postpartum, headache and seizure. Ill-defined hyperdense "
        "haematoma in the left temporal lobe, 3.0 x 2.4 cm, within a larger region of cortical and "
        "subcortical hypodensity that does not conform to an arterial territory. The left transverse "
        "and sigmoid sinuses are hyperdense on plain images and show a filling defect on venography "
        "(empty delta). IMPRESSION: Left transverse-sigmoid sinus thrombosis with venous infarction and "
        "an intraparenchymal haematoma.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e6d-p013",
        "CT head and CTV. Headache for 5 days, now drowsy. Dense cord sign in the superior sagittal "
        "sinus, with a filling defect throughout its middle and posterior thirds on venography. "
        "Bilateral parasagittal frontoparietal hypodensities containing two intraparenchymal "
        "haematomas, right 2.2 cm and left 1.6 cm. Impression: Superior sagittal sinus thrombosis "
        "complicated by bilateral haemorrhagic venous infarcts.",
        1,
        {"iph", "multiple", "combined"},
    ),
    C(
        "e6d-p014",
        "CT head without contrast, 24-hour post-tPA scan. Interval evolution of the right posterior MCA "
        "infarct in the parietal lobe. New faint petechial hemorrhage within the infarcted cortex, no "
        "confluent hematoma and no mass effect. No extra-axial blood. IMPRESSION: Petechial hemorrhagic "
        "transformation of right MCA infarct (HI1).",
        1,
        {"combined"},
    ),
    C(
        "e6d-p015",
        "CT/CTA HEAD. Indication: found collapsed, no trauma. Dense subarachnoid blood in the "
        "prepontine, interpeduncular and perimesencephalic cisterns, extending into both Sylvian "
        "fissures. Blood also fills the fourth ventricle and the third ventricle, with hydrocephalus. "
        "CTA: 8 mm aneurysm at the basilar apex with an irregular dome. Impression: Ruptured basilar tip "
        "aneurysm; Fisher 4 SAH with IVH; acute hydrocephalus, EVD suggested.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e6d-p016",
        "CT brain. Sudden headache, visual loss and ophthalmoplegia. Sellar and suprasellar mass 2.6 cm "
        "expanding the sella, with a hyperdense central component of 45-60 HU, consistent with acute "
        "haemorrhage within a pituitary macroadenoma. No subarachnoid blood. IMPRESSION: Pituitary "
        "apoplexy (haemorrhagic macroadenoma). Urgent MRI pituitary and endocrine review.",
        1,
        {"combined"},
    ),
    C(
        "e6d-p017",
        "Non-contrast CT head + CT angiogram. Blood in the anterior interhemispheric fissure and "
        "callosal sulcus with a 2 cm haematoma in the medial right frontal lobe (cingulate gyrus). CTA: "
        "4 mm aneurysm at the A2-A3 junction of the right pericallosal artery adjacent to the clot. "
        "Conclusion: Ruptured distal ACA (pericallosal) aneurysm with interhemispheric SAH and frontal "
        "intracerebral haematoma.",
        1,
        {"sah", "iph", "multiple", "combined"},
    ),
    C(
        "e6d-p018",
        "MDCT brain plain and contrast. K/c/o renal cell carcinoma. A 2.2 cm enhancing lesion in the "
        "left cerebellar hemisphere with hyperdense contents on plain scan suggestive of bleed within "
        "the lesion, and perilesional oedema compressing the fourth ventricle. Mild dilatation of the "
        "lateral ventricles. IMPRESSION: Haemorrhagic metastasis in left cerebellar hemisphere with "
        "early obstructive hydrocephalus.",
        1,
        {"combined"},
    ),
    C(
        "e6d-p019",
        "CT head post-thrombectomy day 1. A small hyperdensity in the left insular cortex seen on the "
        "immediate post-procedure scan has washed out, consistent with contrast staining. However, a "
        "new 2.5 cm haematoma is present in the left lentiform nucleus with mild mass effect, within the "
        "infarct. IMPRESSION: Parenchymal haematoma (PH1) in the left basal ganglia infarct; previously "
        "seen cortical contrast staining has resolved.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e6d-p020",
        "CT head noncontrast and CTA (final). 45M, occipital headache, ataxia, vomiting. Acute hematoma "
        "in the cerebellar vermis and right cerebellar hemisphere, 3.4 cm, with rupture into the fourth "
        "ventricle. Enlarged tortuous feeders from the right superior cerebellar artery and a nidus with "
        "early venous drainage into the straight sinus. Temporal horns enlarged. IMPRESSION: Ruptured "
        "cerebellar AVM with hematoma and intraventricular hemorrhage; developing hydrocephalus.",
        1,
        {"iph", "ivh", "multiple", "combined"},
    ),
    C(
        "e6d-p021",
        "CT head + CT venography. Decreased level of consciousness. Hyperdense straight sinus, vein of "
        "Galen and internal cerebral veins with absent opacification on venography. Bilateral thalamic "
        "hypodensity with haemorrhage in both thalami (right 12 mm, left 8 mm). Impression: Deep "
        "cerebral venous thrombosis with bilateral thalamic venous infarction and haemorrhage.",
        1,
        {"iph", "multiple", "combined"},
    ),
    C(
        "e6d-p022",
        "Follow-up NCCT head, day 5 after endovascular coiling of a ruptured right ICA terminus "
        "aneurysm. Coil mass with streak artefact. The subarachnoid blood has decreased but a residual "
        "thin rim remains in the right Sylvian fissure and basal cisterns. No new haemorrhage. No "
        "infarct. Ventricles stable. Impression: Reducing residual subarachnoid haemorrhage after "
        "coiling of ruptured aneurysm.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e6d-p023",
        "CT head (ED prelim), repeat after neuro decline. Known cardioembolic left PCA territory infarct "
        "of 3 days. There is now patchy hyperdense blood within the left occipital infarct, "
        "heterogeneous and without a discrete mass, consistent with haemorrhagic conversion (HI2). "
        "Occipital horn clear. Prelim: Haemorrhagic conversion of L PCA infarct.",
        1,
        {"combined"},
    ),
    # --- present: multiple, trauma and deep haemorrhage ----------------------------------------------
    C(
        "e6d-p024",
        "CT head (trauma). Mechanism: assault, GCS 12. Haemorrhagic contusions in the inferior aspects "
        "of both frontal lobes, the largest 2.0 cm on the right, with surrounding oedema. Traumatic "
        "subarachnoid blood in several right frontal and temporal sulci. No extra-axial collection. No "
        "skull fracture identified. Left frontal scalp haematoma. Conclusion: Bilateral frontal "
        "contusions and traumatic SAH.",
        1,
        {"iph", "sah", "multiple"},
    ),
    C(
        "e6d-p025",
        "CT BRAIN AND CERVICAL SPINE. Fall backwards from standing height. Coup injury: undisplaced "
        "linear fracture of the right occipital bone with overlying scalp swelling. Contrecoup "
        "haemorrhagic contusions in the left frontal pole and left temporal pole. Thin left "
        "frontotemporal acute subdural haematoma, maximum 5 mm. Cervical spine: no fracture. "
        "CONCLUSION: Right occipital fracture with contrecoup left frontal and temporal contusions and "
        "a thin left subdural haematoma.",
        1,
        {"iph", "sdh", "multiple", "fracture"},
    ),
    C(
        "e6d-p026",
        "CT head (non-contrast). 82M, progressive confusion, on apixaban. Bilateral crescentic subdural "
        "collections over the cerebral convexities, predominantly hypodense with dependent hyperdense "
        "components and septations, right 14 mm and left 9 mm. Mild effacement of sulci bilaterally, "
        "no significant midline shift. Impression: Bilateral chronic subdural haematomas with "
        "acute-on-chronic components.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e6d-p027",
        "CT head, trauma team activation. Motorbike collision. Biconvex hyperdense extra-axial "
        "collection in the left temporal region, 18 mm thick, with a swirl sign, beneath a fracture of "
        "the left temporal squama that crosses the groove of the middle meningeal artery. Small "
        "haemorrhagic contusion in the right frontal lobe. 6 mm left-to-right midline shift. "
        "IMPRESSION: Left temporal extradural haematoma with skull fracture; contrecoup right frontal "
        "contusion.",
        1,
        {"edh", "iph", "multiple", "fracture"},
    ),
    C(
        "e6d-p028",
        "CT HEAD W/O CONTRAST. 71-year-old with hypertension, acute right-sided weakness. Acute "
        "hemorrhage in the left thalamus measuring 2.8 x 2.2 cm with decompression into the left "
        "lateral and third ventricles. Blood layering in both occipital horns. Mild ventricular "
        "enlargement. IMPRESSION: Left thalamic hemorrhage with intraventricular extension, likely "
        "hypertensive.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e6d-p029",
        "NCCT BRAIN. Acute intraparenchymal bleed in the right putamen and external capsule (volume "
        "approx. 24 cc) with perilesional oedema. Extension of blood into the ventricular system is "
        "noted, involving the right lateral ventricle and third ventricle. Midline shift of 4 mm to "
        "left. IMPRESSION: Right ganglionic bleed with intraventricular extension - likely "
        "hypertensive.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e6d-p030",
        "CT head. 79F, new headache and left hemianopia. Acute lobar haematoma in the right occipital "
        "lobe, 2.9 cm, reaching the cortical surface with a small amount of adjacent sulcal blood. "
        "There is also a subacute, partly hypodense haematoma in the left frontal lobe. Background "
        "small vessel disease and atrophy. IMPRESSION: Two lobar haemorrhages of differing ages; in "
        "this age group cerebral amyloid angiopathy is the likely underlying cause. MRI with SWI "
        "recommended.",
        1,
        {"iph", "sah", "multiple"},
    ),
    C(
        "e6d-p031",
        "CT brain (ED). Fall down stairs, intoxicated. Acute right holohemispheric subdural haematoma, "
        "7 mm, with 4 mm midline shift. Scattered subarachnoid haemorrhage in the left parietal and "
        "high frontal sulci. No fracture. Soft tissue swelling over the left parietal scalp. "
        "CONCLUSION: Acute right SDH and contralateral traumatic SAH.",
        1,
        {"sdh", "sah", "multiple"},
    ),
    C(
        "e6d-p032",
        "Non-contrast CT head. Found unresponsive, pinpoint pupils. Large acute haemorrhage centred in "
        "the pons (3.1 cm), extending into the midbrain and rupturing into the fourth ventricle. "
        "Effacement of the prepontine cistern. Ventricles mildly dilated. Impression: Primary pontine "
        "haemorrhage with rupture into the fourth ventricle. Poor prognostic features.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e6d-p033",
        "CT head non-contrast. Sudden headache and vomiting. A small haematoma in the head of the right "
        "caudate nucleus, with dense blood casting the right lateral ventricle and filling the third "
        "and fourth ventricles. Hydrocephalus with periventricular lucency. No subarachnoid blood over "
        "the convexities. CTA: no aneurysm, no vascular malformation. Impression: Caudate haemorrhage "
        "with massive intraventricular haemorrhage and obstructive hydrocephalus.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e6d-p034",
        "CT HEAD. Compared with CT of 3 weeks ago. The left convexity subdural collection has enlarged "
        "from 10 to 16 mm and now contains new hyperdense layers, in keeping with acute-on-chronic "
        "subdural haematoma. A new thin subdural haematoma is seen along the right tentorium. Midline "
        "shift 7 mm to the right. Conclusion: Enlarging left acute-on-chronic SDH; new right "
        "tentorial SDH.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e6d-p035",
        "CT brain, polytrauma (pedestrian struck). Thin acute subdural blood along the left tentorial "
        "leaf and posterior falx. Small volume blood in the dependent occipital horns of both lateral "
        "ventricles. Blood in the interpeduncular cistern. Grey-white differentiation preserved. "
        "IMPRESSION: Traumatic SDH, IVH and SAH. Repeat CT in 6 hours.",
        1,
        {"sdh", "ivh", "sah", "multiple"},
    ),
    C(
        "e6d-p036",
        "CT head, MVC, GCS 6. Multiple punctate hemorrhages at the gray-white junction of both frontal "
        "lobes and in the splenium of the corpus callosum, in keeping with diffuse axonal injury. No "
        "extra-axial collection, no midline shift. Basal cisterns patent. No fracture. IMPRESSION: "
        "Findings consistent with diffuse axonal injury; MRI for further characterization.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e6d-p037",
        "FOLLOW-UP CT HEAD, day 4 post injury. Comparison: admission CT and 12-hour repeat. The "
        "bilateral frontal contusions are evolving: the right frontal hyperdense component has "
        "decreased to 1.3 cm with a larger surrounding hypodense oedema halo, and the left "
        "orbitofrontal contusion is now smaller and isodense centrally with a residual hyperdense rim. "
        "No new haemorrhage. Impression: Evolving bilateral frontal contusions, decreasing blood "
        "component.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e6d-p038",
        "NCCT head (ED, resident prelim with staff review). 66-year-old on warfarin, INR 3.4, dizziness "
        "and vomiting. Acute haematoma in the left cerebellar hemisphere, 3.5 x 3.0 cm, with blood "
        "tracking into the fourth ventricle. The fourth ventricle is compressed and the temporal horns "
        "are dilated. Impression: Left cerebellar haemorrhage with IVH and early hydrocephalus; "
        "neurosurgical consultation recommended.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e6d-p039",
        "CT head. 58M, aphasia. Acute left frontal lobar intracerebral haemorrhage, 45 x 32 mm, with "
        "extension into the frontal horn of the left lateral ventricle. Mass effect with 5 mm midline "
        "shift. CTA spot sign positive; no underlying vascular lesion. Impression: Left frontal ICH with "
        "intraventricular extension and spot sign (risk of expansion).",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e6d-p040",
        "CT head + CTA. 49F, sudden headache during exercise. Focal subarachnoid blood anterior to the "
        "midbrain and pons in the interpeduncular and prepontine cisterns, not extending into the "
        "Sylvian or interhemispheric fissures. A trace of blood layers in the occipital horns. CTA: no "
        "aneurysm. IMPRESSION: Perimesencephalic pattern SAH with a small amount of intraventricular "
        "blood, angiogram negative.",
        1,
        {"sah", "ivh", "multiple"},
    ),
    # --- present: intraventricular and single-focus parenchymal --------------------------------------
    C(
        "e6d-p041",
        "CT HEAD. 75M on dabigatran, headache. Blood-fluid levels in the dependent horns of both lateral "
        "ventricles, with a small clot in the third ventricle. No parenchymal haematoma, no "
        "subarachnoid or subdural blood identified. Ventricular size normal. Impression: Isolated "
        "(primary) intraventricular haemorrhage. CTA to exclude a vascular cause.",
        1,
        {"ivh"},
    ),
    C(
        "e6d-p042",
        "CT brain (trauma, final). Small volume of hyperdense material layering in both occipital "
        "horns, consistent with intraventricular haemorrhage. No contusion or extra-axial haematoma. "
        "Calvarium intact. Right periorbital soft-tissue swelling. Conclusion: Small traumatic "
        "intraventricular haemorrhage.",
        1,
        {"ivh"},
    ),
    C(
        "e6d-p043",
        "Follow-up CT head (post EVD insertion). The intraventricular haemorrhage has largely cleared; "
        "a small amount of residual blood persists in the left occipital horn. EVD tip in the right "
        "frontal horn. Ventricles decreased in size. No new haemorrhage along the catheter tract. "
        "Impression: Residual small IVH, improving hydrocephalus.",
        1,
        {"ivh"},
    ),
    C(
        "e6d-p044",
        "CT head non-contrast (stroke code). 62M, BP 220/120, left arm and face weakness. 12 mL acute "
        "haemorrhage in the right putamen with a thin rim of oedema. No intraventricular extension. No "
        "hydrocephalus. Impression: Right putaminal haemorrhage, hypertensive pattern. Not a "
        "thrombolysis candidate.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p045",
        "CT HEAD, final. Hyperdense focus 14 x 10 mm in the left thalamus with slight surrounding "
        "hypodensity, density 58 HU, consistent with acute hemorrhage. Ventricles unremarkable, no "
        "blood in the ventricular system. Chronic lacunes in both basal ganglia. IMPRESSION: Small "
        "acute left thalamic hemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p046",
        "CT brain. 84F, new confusion. Acute right frontal lobar haematoma 3.3 x 2.5 cm extending to "
        "the cortical surface, with surrounding oedema. No subarachnoid or subdural blood. Moderate "
        "atrophy and confluent white matter hypodensity. Conclusion: Right frontal lobar ICH; probable "
        "cerebral amyloid angiopathy given age and location.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p047",
        "CT head (out-of-hours). Acute right cerebellar haematoma 3.1 cm with effacement of the fourth "
        "ventricle and mild dilatation of the temporal horns. No blood within the ventricles. Basal "
        "cisterns patent. Conclusion: Right cerebellar haemorrhage with early obstructive "
        "hydrocephalus. Posterior fossa surgical opinion advised.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p048",
        "NCCT head. Small acute hyperdensity, 9 mm, in the left paramedian pons, consistent with "
        "haemorrhage. No extension to the fourth ventricle. Supratentorial brain unremarkable apart "
        "from age-appropriate involution. Impression: Small left pontine haemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p049",
        "CT HEAD WITHOUT IV CONTRAST. Acute hemorrhage in the posterior limb of the right internal "
        "capsule extending to the adjacent globus pallidus, 18 x 9 mm, volume about 2 mL. No mass "
        "effect. Ventricles and sulci normal for age. IMPRESSION: Small right capsular hemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p050",
        "CT head (private practice). Headache and visual disturbance. There is a 2 cm subcortical "
        "hyperdensity in the left occipital lobe with mild surrounding oedema, in keeping with acute "
        "haemorrhage. No underlying mass evident on this unenhanced study. Conclusion: Acute left "
        "occipital subcortical haemorrhage; MRI with contrast in 6-8 weeks to exclude an underlying "
        "lesion.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p051",
        "CT head. Fall from ladder. Hemorrhagic contusion of the anterior right temporal lobe, 1.6 cm, "
        "with minimal edema. No extra-axial collection. No fracture of the calvarium or skull base. "
        "Right temporal subgaleal hematoma. IMPRESSION: Right temporal hemorrhagic contusion.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p052",
        "Follow-up CT brain, day 10 after left putaminal haemorrhage. Compared with the prior study, "
        "the haematoma has decreased in density and size (now 2.1 x 1.4 cm, previously 3.0 x 2.2 cm), "
        "with peripheral isodense margins, in keeping with evolution. Mass effect reduced. No new "
        "haemorrhage. Impression: Evolving left putaminal haematoma, smaller.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p053",
        "CT head post-op day 1 following right frontal craniotomy for evacuation of an intracerebral "
        "haematoma. Small residual haematoma in the surgical bed, 1.5 cm, with expected postoperative "
        "pneumocephalus and a drain in situ. Bone flap in position. Midline shift reduced from 8 to "
        "3 mm. Impression: Residual right frontal haematoma post evacuation, no new bleed.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p054",
        "NCCT BRAIN. A well-defined hyperdense area (60-65 HU) of size 3.2 x 2.0 cm in left basal "
        "ganglia and corona radiata with perilesional hypodensity. Effacement of left lateral "
        "ventricle. IMPRESSION: Acute left gangliocapsular bleed.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p055",
        "CT HEAD non-contrast. 77F on rivaroxaban, right-sided weakness. Acute 4.0 cm intraparenchymal "
        "hematoma in the left parietal lobe with a fluid-fluid level suggesting coagulopathy, "
        "surrounding edema and 6 mm midline shift. No intraventricular extension. IMPRESSION: Acute "
        "left parietal ICH in an anticoagulated patient.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p056",
        "ED PRELIM CT HEAD: 1.8 cm acute bleed L corona radiata. No IVH. No shift. Final to follow.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p057",
        "CT head (trauma). Cyclist, helmeted, brief loss of consciousness. Small amount of subarachnoid "
        "blood in two adjacent sulci of the right frontal convexity. No contusion, no extra-axial "
        "collection. Calvarium and skull base intact. Conclusion: Minor traumatic subarachnoid "
        "haemorrhage.",
        1,
        {"sah"},
    ),
    C(
        "e6d-p058",
        "CT head and CTA circle of Willis. Thunderclap headache 6 hours ago. Subtle hyperdense blood in "
        "the interpeduncular cistern and around the anterior midbrain. No intraventricular blood. CTA: "
        "no aneurysm identified. Impression: Perimesencephalic non-aneurysmal subarachnoid haemorrhage "
        "pattern.",
        1,
        {"sah"},
    ),
    C(
        "e6d-p059",
        "CT head. 81M with transient left arm tingling. Linear hyperdensity following a few sulci around "
        "the right central sulcus, consistent with convexity subarachnoid haemorrhage. No parenchymal "
        "haematoma. Background small vessel disease. Impression: Right convexity SAH; amyloid "
        "angiopathy to be considered, MRI advised.",
        1,
        {"sah"},
    ),
    C(
        "e6d-p060",
        "CT HEAD WITHOUT CONTRAST. Elderly male, fall on the ward. Acute left frontoparietal convexity "
        "subdural hematoma measuring 8 mm in maximal thickness with 5 mm rightward midline shift. No "
        "skull fracture. IMPRESSION: Acute left SDH with mass effect.",
        1,
        {"sdh"},
    ),
    # --- present: extra-axial, fractures, follow-ups, mixed ------------------------------------------
    C(
        "e6d-p061",
        "CT brain. Subacute headache and unsteadiness. Right-sided crescentic extra-axial collection, "
        "isodense to the cortex, 11 mm thick, with inward displacement of the grey-white junction and "
        "effacement of the right sulci, 4 mm midline shift. Conclusion: Isodense (subacute) right "
        "subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e6d-p062",
        "CT head. Minor head injury on anticoagulation. Thin hyperdense parafalcine subdural haematoma "
        "along the posterior interhemispheric falx, 3 mm thick. No other intracranial blood. "
        "Impression: Small interhemispheric SDH; repeat CT per protocol.",
        1,
        {"sdh"},
    ),
    C(
        "e6d-p063",
        "CT HEAD. 86F, nursing home fall. Old right MCA territory infarct with encephalomalacia and ex "
        "vacuo dilatation of the right lateral ventricle. Separately, a new acute left convexity "
        "subdural haematoma, 6 mm, with mild mass effect. IMPRESSION: Acute left SDH. Chronic right MCA "
        "infarct, unchanged.",
        1,
        {"sdh"},
        note="chronic infarct is unrelated to the SDH: not combined",
    ),
    C(
        "e6d-p064",
        "Follow-up CT head, 2 days after left burr-hole drainage of a chronic subdural haematoma. "
        "Residual mixed-density left subdural collection of 7 mm (pre-op 21 mm) with small air "
        "pockets. Drain removed. Midline now central. Impression: Expected residual left SDH after "
        "drainage, much reduced.",
        1,
        {"sdh"},
    ),
    C(
        "e6d-p065",
        "CT head. Fall 10 days ago, worsening headache. Left hemispheric subdural collection of mixed "
        "density, with a hyperdense dependent layer and an isodense superior portion, 12 mm, causing "
        "6 mm midline shift. IMPRESSION: Subacute left subdural hematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e6d-p066",
        "CT HEAD AND FACIAL BONES. Struck on the head by a cricket ball. Lentiform hyperdense "
        "extra-axial haematoma, 11 mm, in the right temporal region, underlying a non-depressed "
        "fracture of the right squamous temporal bone. No midline shift. Facial bones intact. "
        "Conclusion: Right temporal extradural haematoma with associated fracture.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e6d-p067",
        "CT head. Fall backwards onto the occiput. Linear fracture of the left occipital bone extending "
        "to the foramen magnum, with a 9 mm biconvex extradural haematoma in the left posterior fossa "
        "crossing the transverse sinus. Fourth ventricle patent. Impression: Posterior fossa EDH with "
        "occipital fracture; CT venogram to assess the transverse sinus.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e6d-p068",
        "Follow-up CT head at 6 hours. The small left frontal epidural hematoma is unchanged at 7 mm, no "
        "mass effect. Known non-displaced left frontal bone fracture again seen. No new intracranial "
        "hemorrhage. IMPRESSION: Stable small left frontal EDH.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e6d-p069",
        "CT brain with coronal reformats. Young adult, assault. Thin biconvex extradural haematoma at "
        "the vertex, straddling the superior sagittal sinus, 8 mm, best seen on coronal images, beneath "
        "a linear fracture crossing the sagittal suture. Conclusion: Vertex EDH, venous origin likely; "
        "CT venogram suggested.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e6d-p070",
        "CT HEAD + TEMPORAL BONES. Longitudinal fracture of the left petrous temporal bone with "
        "opacification of the mastoid air cells and middle ear. Thin left temporal subdural haematoma, "
        "3 mm. Pneumocephalus adjacent to the petrous ridge. Impression: Left temporal bone fracture "
        "with small SDH.",
        1,
        {"sdh", "fracture"},
    ),
    C(
        "e6d-p071",
        "CT head/face (trauma). Fracture through the right orbital roof extending into the floor of the "
        "anterior cranial fossa, with pneumocephalus. Underlying haemorrhagic contusion of the right "
        "gyrus rectus, and subarachnoid blood in the anterior interhemispheric fissure. Fractures of "
        "the right orbital floor and maxillary sinus walls with haemosinus. IMPRESSION: Anterior skull "
        "base fracture with frontal contusion and traumatic SAH; facial fractures as above.",
        1,
        {"sah", "iph", "multiple", "fracture"},
    ),
    C(
        "e6d-p072",
        "FOLLOW-UP CT HEAD, comparison 5 days prior. The previously seen small left temporal contusion "
        "has resolved, with no residual hyperdensity. The right convexity subdural haematoma has "
        "decreased from 6 to 3 mm and is now isodense. No new haemorrhage. Impression: Resolved "
        "contusion; small residual right SDH.",
        1,
        {"sdh"},
        note="contusion resolved, SDH still present: decided per mention",
    ),
    C(
        "e6d-p073",
        "NCCT HEAD. Hyperdensity noted in basal cisterns, bilateral sylvian fissures and along the "
        "cortical sulci of bilateral fronto-parietal regions s/o subarachnoid haemorrhage. Ventricles "
        "are normal. No midline shift. IMPRESSION: Diffuse SAH - advised CT angiography to rule out "
        "aneurysm.",
        1,
        {"sah"},
        note="one diffuse SAH counts as one",
    ),
    C(
        "e6d-p074",
        "CT head. Simultaneous acute haemorrhages in the right putamen (15 mm) and the left cerebellar "
        "hemisphere (11 mm). No intraventricular extension. Extensive small vessel ischaemic change and "
        "old lacunes. Impression: Two acute intracerebral haemorrhages, hypertensive microangiopathy "
        "favoured.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e6d-p075",
        "CT HEAD + CTA (stroke protocol). Acute haemorrhage in the right thalamus, 2.0 cm, without "
        "ventricular extension. CTA shows no vascular malformation at the haematoma; incidentally a 3 mm "
        "unruptured aneurysm of the left MCA bifurcation, remote from the haemorrhage. IMPRESSION: Right "
        "thalamic hypertensive-type haemorrhage. Incidental small left MCA aneurysm, unrelated.",
        1,
        {"iph"},
        note="the aneurysm is unruptured and unrelated: not combined",
    ),
    C(
        "e6d-p076",
        "CT head, final report. Fall onto the left side of the head. Coup contusion with haemorrhage in "
        "the left temporal lobe and contrecoup haemorrhagic contusion in the right frontal lobe. Left "
        "parietal scalp haematoma. No skull fracture. Impression: Coup-contrecoup haemorrhagic "
        "contusions.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e6d-p077",
        "CT HEAD WITH AND WITHOUT CONTRAST. History of lung adenocarcinoma. A 1.9 cm hyperdense lesion "
        "in the right parietal lobe on the noncontrast images, with a thin rim of enhancement and "
        "disproportionate edema, consistent with a hemorrhagic metastasis. No other lesions. "
        "IMPRESSION: Solitary hemorrhagic metastasis, right parietal lobe.",
        1,
        {"combined"},
    ),
    C(
        "e6d-p078",
        "CT brain. Acute haematoma in the body of the corpus callosum, 2.3 cm, with slight mass effect "
        "on the lateral ventricles; the ventricles contain no blood. CTA normal. Impression: Callosal "
        "haemorrhage, cause undetermined; MRI advised.",
        1,
        {"iph"},
    ),
    C(
        "e6d-p079",
        "NCCT HEAD (post RTA). Acute SDH along bilateral fronto-parietal convexities, thickness 6 mm on "
        "right and 4 mm on left. Haemorrhagic contusion in the left frontal lobe. Fracture of the left "
        "frontal bone. Diffuse cerebral oedema. IMPRESSION: B/L acute SDH, left frontal contusion and "
        "frontal bone fracture.",
        1,
        {"sdh", "iph", "multiple", "fracture"},
    ),
    C(
        "e6d-p080",
        "CT + CTA head. Sudden collapse. Subarachnoid haemorrhage in the basal cisterns and left Sylvian "
        "fissure with an associated thin acute left convexity subdural haematoma of 4 mm. CTA: 6 mm "
        "left posterior communicating artery aneurysm. Impression: Ruptured left PCom aneurysm with SAH "
        "and a small SDH.",
        1,
        {"sah", "sdh", "multiple", "combined"},
    ),
    # --- absent: normal studies, look-alikes, sequelae, resolved -------------------------------------
    C(
        "e6d-a001",
        "CT HEAD WITHOUT CONTRAST. Indication: headache. Findings: No acute intracranial hemorrhage, "
        "mass effect or midline shift. Gray-white differentiation is maintained. Ventricles and sulci "
        "are normal in size. Basal cisterns are patent. Calvarium intact. Paranasal sinuses clear. "
        "IMPRESSION: No acute intracranial abnormality.",
        0,
    ),
    C(
        "e6d-a002",
        "CT brain (non-contrast). Dense calcification of the choroid plexus glomera in both atria and a "
        "calcified pineal gland, physiological. No intraventricular or parenchymal haemorrhage. No "
        "extra-axial collection. Conclusion: Normal study; physiological intracranial calcifications.",
        0,
    ),
    C(
        "e6d-a003",
        "CT STROKE PROTOCOL (non-contrast, CTA, perfusion). Hyperdense left MCA sign (M1 segment). "
        "Early loss of grey-white differentiation in the left insula and lentiform nucleus, ASPECTS 8. "
        "No intracranial haemorrhage. CTA: occlusion of the left M1 with moderate collaterals. "
        "Perfusion: large penumbra. Impression: Acute left MCA occlusion without haemorrhage; suitable "
        "for thrombectomy.",
        0,
    ),
    C(
        "e6d-a004",
        "CT head immediately post thrombectomy (right M1, TICI 2b). Hyperdensity in the right putamen "
        "and caudate head measuring up to 90 HU, which disappears on the dual-energy virtual "
        "non-contrast images and is present on the iodine map, consistent with contrast staining. No "
        "haemorrhage on the virtual non-contrast images. No mass effect. Impression: Contrast staining "
        "in the right basal ganglia; no evidence of haemorrhagic transformation.",
        0,
    ),
    C(
        "e6d-a005",
        "CT head. Previous traumatic brain injury in 2014. Encephalomalacia of the left frontal pole and "
        "inferior frontal gyrus with surrounding gliosis, related to remote contusion. No acute "
        "haemorrhage or new infarct. Ventricles stable. Impression: Chronic post-traumatic changes "
        "only.",
        0,
    ),
    C(
        "e6d-a006",
        "CTA HEAD AND NON-CONTRAST CT. Headache, family history of aneurysm. Non-contrast: no "
        "subarachnoid blood, no intracranial haemorrhage. CTA: 4 mm saccular aneurysm of the right MCA "
        "bifurcation, smooth, unruptured. Impression: Unruptured right MCA aneurysm; neurovascular "
        "clinic referral.",
        0,
    ),
    C(
        "e6d-a007",
        "CT head (trauma, ED). Fall from bicycle. Large left parietal subgaleal haematoma with "
        "soft-tissue swelling. No underlying fracture. No intracranial haemorrhage, no contusion, no "
        "extra-axial collection. IMPRESSION: Scalp haematoma only.",
        0,
    ),
    C(
        "e6d-a008",
        "FOLLOW-UP CT HEAD, 6 weeks after conservative management of a small right subdural haematoma. "
        "The previously seen right subdural collection has completely resolved. No new extra-axial "
        "collection. Sulci symmetric. IMPRESSION: Resolution of right SDH.",
        0,
    ),
    C(
        "e6d-a009",
        "CT brain, 4 months after left putaminal haemorrhage. Only a slit-like hypodense cavity with "
        "surrounding gliosis remains at the site of the previous haematoma; no residual hyperdensity. "
        "No new haemorrhage. Conclusion: Resolved left putaminal haemorrhage with chronic sequelae.",
        0,
    ),
    C(
        "e6d-a010",
        "CT HEAD AND FACIAL BONES. Assault. Fractures of the left orbital floor, the anterior and "
        "lateral walls of the left maxillary sinus and the left zygomatic arch; blood fills the left "
        "maxillary sinus. Nasal bone fracture. Orbital roofs intact. Intracranial: no haemorrhage, no "
        "pneumocephalus. Impression: Left zygomaticomaxillary complex fracture; no intracranial injury.",
        0,
        note="facial fractures and haemosinus only",
    ),
    C(
        "e6d-a011",
        "CT head (trauma). Fall from 2 m. Undisplaced linear fracture of the right parietal bone. No "
        "extradural or subdural collection, no contusion, no subarachnoid blood. Overlying scalp "
        "swelling. Impression: Right parietal skull fracture without intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "e6d-a012",
        "CT head non-contrast. Polycythaemia vera. The dural venous sinuses and cerebral arteries appear "
        "diffusely hyperdense (about 60 HU), symmetrical, in keeping with raised haematocrit; CT "
        "venogram shows normal opacification of all sinuses. No intracranial haemorrhage. Impression: "
        "Hyperdense vessels due to high haematocrit; no venous thrombosis.",
        0,
    ),
    C(
        "e6d-a013",
        "NCCT BRAIN. Symmetrical dense calcifications in bilateral basal ganglia, thalami and dentate "
        "nuclei (>200 HU). No haemorrhage or infarct. IMPRESSION: Bilateral symmetric basal ganglia and "
        "dentate calcification - ? Fahr disease; correlate with calcium profile.",
        0,
    ),
    C(
        "e6d-a014",
        "CT head. Dizziness. Chronic lacunar infarcts in the left putamen and right thalamus, "
        "periventricular white matter hypodensity (small vessel disease). No acute infarct. No "
        "haemorrhage. Impression: Chronic small vessel ischaemic changes.",
        0,
    ),
    C(
        "e6d-a015",
        "CT brain. Incidental densely calcified extra-axial lesion along the left frontal convexity, "
        "2 cm, broad-based on the dura, consistent with a calcified meningioma. No surrounding oedema. "
        "No acute intracranial blood. Conclusion: Calcified meningioma, no acute abnormality.",
        0,
    ),
    C(
        "e6d-a016",
        "CT head, 3 months after right pterional craniotomy for aneurysm clipping. Clip artefact at the "
        "right MCA bifurcation. Postoperative changes in the right temporalis muscle. No extra-axial "
        "collection or intracranial haemorrhage. Ventricles normal. Impression: Stable postoperative "
        "appearances.",
        0,
    ),
    C(
        "e6d-a017",
        "CT HEAD. History of right thalamic haemorrhage 2 years ago. A small CSF-density cavity in the "
        "right thalamus with adjacent gliosis, in keeping with an old post-haemorrhagic cyst. No acute "
        "blood. IMPRESSION: Sequelae of old right thalamic haemorrhage, no acute change.",
        0,
    ),
    C(
        "e6d-a018",
        "CT HEAD AND CTA HEAD/NECK (TIA pathway). Non-contrast head: no haemorrhage, no established "
        "infarct. CTA: 50% stenosis of the left ICA origin with mixed plaque; intracranial circulation "
        "patent, no aneurysm. Impression: No acute intracranial abnormality; moderate left ICA "
        "stenosis.",
        0,
    ),
    C(
        "e6d-a019",
        "CT head (non-contrast). 91F, unwitnessed fall. Generalised involutional change, "
        "periventricular hypodensity. No intracranial haemorrhage, no extra-axial collection, no skull "
        "fracture. Small right frontal scalp contusion. Conclusion: No acute intracranial injury.",
        0,
    ),
    C(
        "e6d-a020",
        "CT CERVICAL SPINE. Flexion injury. Fracture of the anterior-inferior corner of C6 with a "
        "prevertebral haematoma from C4 to C7. Facet joints aligned. Head CT reported separately. "
        "Impression: C6 teardrop fracture with prevertebral haematoma.",
        0,
        note="non-head study",
    ),
    C(
        "e6d-a021",
        "CT head and CT venogram. Headache, oral contraceptive use. Filling defect in the right "
        "transverse and sigmoid sinuses consistent with venous sinus thrombosis. No venous infarct, no "
        "parenchymal or subarachnoid haemorrhage. Impression: Right transverse-sigmoid sinus thrombosis "
        "without haemorrhage.",
        0,
    ),
    C(
        "e6d-a022",
        "CT head 24 h after thrombolysis. Established right MCA territory infarct with mild swelling. No "
        "haemorrhagic transformation, no petechial haemorrhage. Midline central. Impression: Evolving "
        "right MCA infarct, no haemorrhagic conversion.",
        0,
    ),
    C(
        "e6d-a023",
        "CT orbits and head. Blunt trauma to the left eye. Left retrobulbar haematoma with proptosis; "
        "fracture of the left medial orbital wall (lamina papyracea). Globe intact. Brain: no "
        "intracranial haemorrhage. Impression: Left retrobulbar haematoma and medial orbital wall "
        "fracture.",
        0,
        note="orbital blood and a facial-bone fracture only",
    ),
    C(
        "e6d-a024",
        "CT head and face. Fall onto the brow. Minimally displaced fracture of the right orbital roof "
        "extending to the posterior wall of the frontal sinus. No pneumocephalus, no intracranial "
        "haemorrhage. Impression: Right orbital roof fracture, no intracranial complication.",
        0,
        {"fracture"},
    ),
    C(
        "e6d-a025",
        "CT brain. Dense ossified plaques along the falx, up to 250 HU, in keeping with falcine "
        "calcification rather than a parafalcine collection. No subdural or subarachnoid blood. "
        "Impression: Falcine calcification; no acute abnormality.",
        0,
    ),
    C(
        "e6d-a026",
        "CT head, 3 weeks after coiling of a ruptured ACom aneurysm. The subarachnoid haemorrhage has "
        "completely cleared. Coil mass stable. Small left frontal infarct attributed to vasospasm. "
        "Ventricles normal. Impression: No residual subarachnoid blood.",
        0,
        note="fully resolved SAH",
    ),
    C(
        "e6d-a027",
        "CT head with contrast. Right frontal cystic mass 3.5 cm with an enhancing mural nodule and "
        "oedema. No intratumoral haemorrhage or calcification. Impression: Right frontal cystic "
        "enhancing mass; MRI recommended.",
        0,
    ),
    C(
        "e6d-a028",
        "CT HEAD. Initial acquisition degraded by motion; repeated. On repeat imaging there is no "
        "intracranial hemorrhage, mass, or acute territorial infarct. IMPRESSION: Negative noncontrast "
        "CT head.",
        0,
    ),
    C(
        "e6d-a029",
        "NCCT BRAIN. Both cerebral hemispheres show normal grey-white matter differentiation. No "
        "evidence of intracranial bleed, infarct or space occupying lesion. Ventricles normal. Bony "
        "calvarium intact. IMPRESSION: No significant abnormality detected.",
        0,
    ),
    C(
        "e6d-a030",
        "CT head. VP shunt in situ via a right parietal approach, tip in the frontal horn. Ventricles "
        "slit-like, stable. No extra-axial collection or intraventricular blood. Impression: Stable "
        "shunted ventricles.",
        0,
    ),
    # --- hedged ------------------------------------------------------------------------------------
    C(
        "e6d-h001",
        "CT head + CTA. Sudden headache 8 days ago. Questionable faint hyperdensity in the right Sylvian "
        "fissure, which may reflect a small amount of subarachnoid blood or partial volume of vessels. "
        "No aneurysm on CTA. Impression: Possible minimal SAH; CT is less sensitive at this interval, "
        "lumbar puncture suggested.",
        -1,
    ),
    C(
        "e6d-h002",
        "CT HEAD, 1 hour post thrombectomy (left M1). Hyperdensity in the left caudate and putamen, "
        "55 HU. Contrast staining and early haemorrhagic transformation cannot be distinguished on "
        "single-energy CT. IMPRESSION: Hyperdensity in the left basal ganglia, contrast versus "
        "haemorrhage; repeat CT at 24 h.",
        -1,
    ),
    C(
        "e6d-h003",
        "CT brain. A 4 mm hyperdense focus at the right frontal grey-white junction of uncertain "
        "significance (tiny calcification or microhaemorrhage). No other abnormality. Conclusion: "
        "Indeterminate punctate hyperdensity; MRI if clinically indicated.",
        -1,
    ),
    C(
        "e6d-h004",
        "CT head (ED prelim). Mild hyperdensity along the left tentorium, possibly a thin subdural "
        "haemorrhage, although this may be normal tentorial density. No mass effect. Prelim: ?thin left "
        "tentorial SDH; recommend attending review and follow-up.",
        -1,
    ),
    C(
        "e6d-h005",
        "CT head, trauma. Non-depressed linear fracture of the left parietal bone. Subtle thin "
        "extra-axial hyperdensity beneath the fracture, 2 mm, at the limit of resolution; a small "
        "extradural haematoma cannot be excluded. Impression: Left parietal fracture; possible tiny "
        "EDH, short-interval follow-up advised.",
        -1,
        {"fracture"},
    ),
    C(
        "e6d-h006",
        "CT HEAD. Dense streak artefact from dental work and the petrous bones limits assessment of the "
        "temporal lobes. Possible small hyperdense focus in the left temporal pole which may represent "
        "a contusion. IMPRESSION: Equivocal left temporal pole contusion; repeat CT or MRI.",
        -1,
    ),
    C(
        "e6d-h007",
        "Non-contrast CT brain. Slightly increased density in the dependent portion of the right "
        "occipital horn, which could be early intraventricular blood or choroid plexus. Impression: "
        "Equivocal, ?small IVH; suggest repeat CT in 6 hours.",
        -1,
    ),
    C(
        "e6d-h008",
        "CT head non-contrast. Known breast carcinoma. 1.2 cm hyperdense nodule in the right frontal "
        "lobe with mild oedema; this could represent a haemorrhagic metastasis or an intrinsically "
        "hyperdense cellular or calcified lesion. Contrast-enhanced MRI recommended.",
        -1,
    ),
    C(
        "e6d-h009",
        "NCCT BRAIN. Ill-defined hyperdensity in left basal ganglia region - ? early bleed / ? "
        "calcification. Suggested MRI brain with SWI for further evaluation.",
        -1,
    ),
    C(
        "e6d-h010",
        "CT head and CTA, sudden headache. Probable tiny amount of subarachnoid blood in the "
        "interpeduncular cistern, subtle. CTA: no aneurysm. Impression: Possible small "
        "perimesencephalic SAH; correlate with lumbar puncture.",
        -1,
    ),
]
