"""English development set 9: invented head-CT reports aimed at the subtype labels.

The reports imitate how radiologists in the US, the UK, Australia and India, and non-native English
writers, actually dictate: stroke-code studies that join a native CT, a CT angiogram and perfusion in one
report (with the cause of a bleed named only in the CTA paragraph), follow-ups after thrombolysis and
thrombectomy graded as HT / ECASS HI1-PH2, trauma pan-scans in which the head finding sits between the
cervical spine and the chest, neuro-ICU follow-ups with drains and craniotomies, and long normal-anatomy
templates with a single finding buried in the middle. The cases lean on the labels tools get wrong most:
combined (aneurysm, AVM, cavernoma, bleeding tumour, haemorrhagic transformation, venous thrombosis against
incidental look-alikes), multiple (plurals and sides against one diffuse or spanning lesion), ivh (against
ventricular effacement and periventricular change), iph and sah told by anatomy only, and fracture of the
vault or base against facial-bone fractures.

The set was written from the label definitions in DOMAIN.md and general radiology knowledge, without
looking at the project's lexicon, matcher or other case files. No report is real.

A development set: its first score is recorded here before any tuning; the rules may then be tuned on it.

First score (en-ich 1.17, before any tuning): ICH sensitivity 0.988, specificity 0.971, PPV 0.988,
hedged sent to verification 0.933; F1 edh 1.000, sdh 0.933, sah 1.000, iph 0.937, ivh 0.966, multiple 0.909,
fracture 1.000, combined 0.960.

Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present (ich=1)
    C(
        "e9d-p001",
        "CODE STROKE. CT HEAD WITHOUT CONTRAST, CTA HEAD AND NECK, CT PERFUSION. "
        "History: 64M, sudden right hemiparesis and aphasia, last known well 07:40. "
        "Noncontrast head: there is a 3.1 x 2.4 x 2.8 cm acute hyperdense hematoma centered in the left "
        "putamen, extending into the external capsule, estimated volume 11 mL, with a thin rim of edema. "
        "Mild effacement of the left frontal horn. No intraventricular extension. No hydrocephalus. "
        "CTA: a punctate focus of contrast within the hematoma (spot sign). No aneurysm, AVM or large vessel "
        "occlusion. Carotid bifurcations without stenosis. Perfusion: no perfusion mismatch outside the "
        "hematoma. IMPRESSION: Left putaminal hemorrhage, 11 mL, positive spot sign. No underlying vascular "
        "lesion. Findings paged to the stroke team at 08:12.",
        1,
        {"iph"},
        note="ventricle only effaced, IVH negated; spot sign is active bleeding, not a cause",
    ),
    C(
        "e9d-p002",
        "CT HEAD NON-CONTRAST, 24 H POST MECHANICAL THROMBECTOMY. Comparison: stroke code CT of yesterday. "
        "Evolving acute infarct in the right MCA territory involving the insula, lentiform nucleus and "
        "frontal operculum. Within the lentiform nucleus there is petechial hyperdensity in keeping with "
        "haemorrhagic transformation, ECASS HI1, without space-occupying effect. No parenchymal haematoma. "
        "Ventricles unchanged. No extra-axial collection. "
        "CONCLUSION: Right MCA infarct with petechial haemorrhagic transformation (HI1).",
        1,
        {"combined"},
        note="HI-type transformation: combined without a subtype",
    ),
    C(
        "e9d-p003",
        "CT brain plain, urgent. Day 2 after IV tenecteplase for right MCA stroke, GCS dropped from 13 to 8. "
        "Large right MCA infarct. A dense parenchymal haematoma, 5.2 x 3.8 cm, occupies more than 30% of the "
        "infarcted territory (ECASS PH2) and ruptures into the right lateral ventricle, with blood layering "
        "in both occipital horns. Midline shift 9 mm to the left. Early uncal herniation. "
        "Impression: PH2 haemorrhagic transformation of the right MCA infarct with intraventricular "
        "haemorrhage and significant mass effect. Neurosurgery informed.",
        1,
        {"iph", "ivh", "multiple", "combined"},
        note="PH-type carries iph; ventricular rupture adds ivh",
    ),
    C(
        "e9d-p004",
        "NCCT HEAD FOLLOW UP. Known left PCA territory infarct (day 4). Interval HT: patchy cortical "
        "hyperdensity along the left calcarine cortex, no mass effect, consistent with HI1-2. Rest of "
        "the brain unchanged. No new territory of infarction. No hydrocephalus. "
        "IMPRESSION: Interval HT of left PCA infarct, hemorrhagic infarction type, no parenchymal hematoma.",
        1,
        {"combined"},
        note="HT abbreviation; HI type, no subtype",
    ),
    C(
        "e9d-p005",
        "CT head. Indication: cerebellar stroke 3 days ago, new vomiting. "
        "Comparison with the MRI of 12/03: the left cerebellar hemisphere infarct now shows haemorrhagic "
        "conversion with a homogeneous 2.1 cm haematoma in its centre (ECASS PH1), surrounded by oedema. "
        "The fourth ventricle is compressed but patent; the temporal horns are mildly prominent. "
        "No blood in the ventricles. Opinion: haemorrhagic conversion of the left cerebellar infarct, PH1, "
        "with early obstructive hydrocephalus.",
        1,
        {"iph", "combined"},
        note="compressed fourth ventricle is not ivh",
    ),
    C(
        "e9d-p006",
        "CT HEAD WITHOUT CONTRAST AND CT ANGIOGRAM HEAD. Clinical: 51F, thunderclap headache during "
        "exercise, neck stiffness. "
        "NONCONTRAST: Diffuse hyperdense subarachnoid blood fills the suprasellar and ambient cisterns, "
        "both Sylvian fissures and the anterior interhemispheric fissure, thick in the basal cisterns. "
        "Ventricles are normal in size and contain no blood. No parenchymal hematoma. "
        "CTA: The CTA demonstrates a 5 mm lobulated anterior communicating artery aneurysm projecting "
        "anteriorly and superiorly, with a 2 mm neck. No other aneurysm. "
        "IMPRESSION: 1. Diffuse SAH, modified Fisher 3. 2. 5 mm lobulated ACOM aneurysm.",
        1,
        {"sah", "combined"},
        note="diffuse SAH in many cisterns is one; cause named only in the CTA paragraph",
    ),
    C(
        "e9d-p007",
        "CT BRAIN + CT ANGIOGRAPHY. Collapse at home, WFNS 4. "
        "Native series: subarachnoid haemorrhage predominantly in the left Sylvian fissure and the "
        "suprasellar and prepontine cisterns. Blood refluxes into the fourth ventricle and there is "
        "layering in the occipital horns of both lateral ventricles. Hydrocephalus with dilated temporal "
        "horns. "
        "Angiographic series: 7 mm saccular aneurysm of the left posterior communicating segment with a "
        "daughter sac at its dome, the likely bleeding point. "
        "Conclusion: aneurysmal SAH (left PComm) with intraventricular haemorrhage and acute hydrocephalus.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e9d-p008",
        "CT head / CTA COW. "
        "There is a 4.0 x 3.1 cm intraparenchymal haematoma in the left temporal lobe abutting the Sylvian "
        "fissure, with subarachnoid blood in the left Sylvian fissure and the adjacent temporal sulci. "
        "Mass effect on the left temporal horn, which is compressed. Midline shift 4 mm. "
        "Angiogram: an 8 mm left MCA bifurcation aneurysm with an irregular dome pointing laterally into "
        "the haematoma. "
        "Comment: ruptured left MCA bifurcation aneurysm with temporal haematoma and Sylvian SAH.",
        1,
        {"sah", "iph", "multiple", "combined"},
    ),
    C(
        "e9d-p009",
        "TRAUMA CT HEAD AND CTA HEAD/NECK (BCVI screening). 72M, fall down stairs, seatbelt not relevant. "
        "Head: a large right parietal scalp haematoma. Thin traumatic subarachnoid haemorrhage in several "
        "right frontal convexity sulci beneath the impact site. No extra-axial collection. No fracture. "
        "CTA: no dissection or vessel injury. Incidental 3 mm aneurysm of the left paraophthalmic ICA, "
        "remote from the subarachnoid blood, with a smooth contour. "
        "IMPRESSION: Small-volume traumatic SAH over the right frontal convexity. Incidental unruptured "
        "3 mm left paraophthalmic aneurysm, not the source; outpatient neurovascular referral.",
        1,
        {"sah"},
        note="incidental unruptured aneurysm on the other side is not a cause: not combined",
    ),
    C(
        "e9d-p010",
        "CT BRAIN WITH CTA. Sudden occipital headache, GCS 15. "
        "A small amount of hyperdense blood is centred in the interpeduncular and prepontine cisterns, "
        "extending slightly into the right ambient cistern, in a perimesencephalic pattern. The Sylvian "
        "fissures and the interhemispheric fissure are clear. No intraventricular blood. "
        "CTA of the circle of Willis shows no aneurysm or vascular malformation. "
        "Impression: perimesencephalic non-aneurysmal pattern SAH; negative CTA. DSA per neurosurgery.",
        1,
        {"sah"},
        note="perimesencephalic SAH with a negative CTA: not combined",
    ),
    C(
        "e9d-p011",
        "CT HEAD. 81-year-old, transient tingling of the left hand. "
        "There is linear hyperdensity within two adjacent sulci of the right central region (precentral "
        "and central sulcus), in keeping with a focal convexity subarachnoid haemorrhage. No parenchymal "
        "haematoma. Moderate periventricular white matter low attenuation. Old lacunes in both thalami. "
        "IMPRESSION: Right convexity SAH. In this age group cerebral amyloid angiopathy is suspected; "
        "MRI with SWI is recommended.",
        1,
        {"sah"},
        note="CAA only suspected, not a definite cause; two adjacent sulci = one focus",
    ),
    C(
        "e9d-p012",
        "NON-CONTRAST CT OF THE HEAD. "
        "Acute lobar hemorrhage in the right parietal lobe measuring 4.2 x 3.5 cm with surrounding edema and "
        "finger-like margins, with extension into the overlying subarachnoid space (blood in adjacent "
        "parietal sulci). No intraventricular blood; the right atrium is mildly effaced. "
        "IMPRESSION: Right parietal lobar hemorrhage with subarachnoid extension. Lobar location in an "
        "elderly patient; amyloid angiopathy is suspected. Recommend MRI.",
        1,
        {"iph", "sah", "multiple"},
        note="subarachnoid extension is a second type; suspected CAA is not combined",
    ),
    C(
        "e9d-p013",
        "CT head non-contrast and CT angiography. Young adult, seizure then headache. "
        "Left parietal intraparenchymal haematoma of 3.5 cm with mild perilesional oedema. Along its "
        "posterior margin there are serpiginous slightly hyperdense structures with punctate calcification. "
        "CTA: a 2.5 cm nidus of tangled vessels in the left parietal lobe supplied by enlarged MCA branches "
        "with an early draining cortical vein to the superior sagittal sinus, consistent with an "
        "arteriovenous malformation. "
        "IMPRESSION: Ruptured left parietal AVM with adjacent parenchymal haematoma.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e9d-p014",
        "CT BRAIN AND CTA. Sudden headache and drowsiness, 34F. "
        "Dense blood casting the right lateral ventricle and the third ventricle, with a blood-CSF level "
        "in the left occipital horn. No parenchymal or subarachnoid blood is identified. Mild hydrocephalus. "
        "CTA: a small nidus adjacent to the right trigone fed by the right posterior choroidal artery, "
        "draining early into the internal cerebral vein: arteriovenous malformation. "
        "CONCLUSION: Intraventricular haemorrhage from a right periventricular AVM.",
        1,
        {"ivh", "combined"},
        note="IVH throughout the ventricular system counts as one",
    ),
    C(
        "e9d-p015",
        "CT HEAD (comparison MRI 2 years ago showing a pontine cavernous malformation). "
        "New acute hyperdense haematoma in the right dorsal pons measuring 14 x 11 mm, at the site of the "
        "known cavernoma, with mild effacement of the fourth ventricle floor. No hydrocephalus. "
        "No intraventricular blood. IMPRESSION: Acute haemorrhage from the known pontine cavernoma.",
        1,
        {"iph", "combined"},
        note="cavernous malformation bleeding into a named haematoma: combined + iph",
    ),
    C(
        "e9d-p016",
        "CT HEAD WITH AND WITHOUT CONTRAST. Known metastatic melanoma, staging. "
        "Pre-contrast: a 17 mm hyperdense lesion in the right frontal lobe with a fluid-fluid level and "
        "surrounding vasogenic oedema. Post-contrast: this lesion has a thick enhancing rim. Two further "
        "small enhancing nodules in the left cerebellar hemisphere and the left occipital lobe, not "
        "hyperdense before contrast. "
        "IMPRESSION: Cerebral metastases from melanoma; the right frontal metastasis is haemorrhagic.",
        1,
        {"combined"},
        note="bleeding tumour carries no subtype; only one lesion bleeds",
    ),
    C(
        "e9d-p017",
        "CT brain pre and post IV contrast. Background: clear cell RCC with lung metastases, new ataxia. "
        "Left cerebellar hemisphere: a 2.6 cm lesion of mixed density with acute blood products on the "
        "unenhanced series and nodular enhancement of its medial wall, in keeping with a haemorrhagic "
        "renal cell carcinoma deposit. Surrounding oedema effaces the fourth ventricle. Supratentorial "
        "compartment clear. Opinion: haemorrhagic left cerebellar metastasis, early hydrocephalus risk.",
        1,
        {"combined"},
    ),
    C(
        "e9d-p018",
        "CT HEAD. Known left temporal glioblastoma, biopsy proven, on temozolomide; sudden deterioration. "
        "The heterogeneous left temporal mass (5.5 cm) now contains new hyperdense blood products in its "
        "medial component, with more oedema and 7 mm midline shift. Uncal herniation is not present. "
        "IMPRESSION: Intratumoural haemorrhage within the known glioblastoma with increased mass effect.",
        1,
        {"combined"},
    ),
    C(
        "e9d-p019",
        "CT HEAD / SELLA. Sudden headache, bitemporal field loss and ophthalmoplegia. "
        "Sellar and suprasellar mass 2.4 cm expanding the pituitary fossa, compatible with macroadenoma. "
        "Its superior portion contains hyperdense acute blood. The optic chiasm is displaced upward. "
        "Brain parenchyma normal. IMPRESSION: Pituitary apoplexy: haemorrhage into a macroadenoma.",
        1,
        {"combined"},
        note="bleeding into a tumour (sella is intracranial): combined without a subtype",
    ),
    C(
        "e9d-p020",
        "CT HEAD AND CT VENOGRAM. 29F, 2 weeks postpartum, headache and right arm seizures. "
        "Plain: the superior sagittal sinus and a left frontal cortical vein are hyperdense (cord sign). "
        "Left parasagittal frontal venous infarct with a 22 mm intraparenchymal haematoma in it, and a "
        "thin convexity subarachnoid haemorrhage in the adjacent left frontal sulci. "
        "Venogram: filling defect throughout the superior sagittal sinus and the left transverse sinus. "
        "IMPRESSION: Dural venous sinus thrombosis with a haemorrhagic left frontal venous infarct "
        "(parenchymal haematoma) and adjacent convexity SAH.",
        1,
        {"iph", "sah", "multiple", "combined"},
    ),
    C(
        "e9d-p021",
        "CT brain non contrast + CTV. Patient on oral contraceptives, headache x 5 days, now focal seizure. "
        "A tubular hyperdensity follows a left parietal cortical vein. Beneath it, a 3 cm area of "
        "cortico-subcortical oedema contains small petechial haemorrhages. No discrete haematoma. "
        "CTV: non-opacification of the left parietal cortical vein; dural sinuses patent. "
        "Conclusion: isolated cortical vein thrombosis with a venous infarct showing petechial "
        "haemorrhage.",
        1,
        {"combined"},
        note="petechial (HI-type) bleeding of a venous infarct: combined, no subtype",
    ),
    C(
        "e9d-p022",
        "CT HEAD W/O. 78M on clopidogrel, confusion after a fall last week. "
        "Right convexity subdural haematoma of mixed density, maximal thickness 12 mm, with hyperdense "
        "dependent components (acute-on-chronic). Midline shift 5 mm to the left. "
        "Chronic left MCA territory infarct with encephalomalacia and ex vacuo dilatation of the left "
        "lateral ventricle. No fracture. "
        "IMPRESSION: 1. Acute-on-chronic right SDH, 5 mm shift. 2. Old left MCA infarct.",
        1,
        {"sdh"},
        note="old infarct on the other side is not the cause: not combined",
    ),
    C(
        "e9d-p023",
        "CT HEAD. Known hypertension, BP 220/120 on arrival. "
        "Acute haematoma in the right thalamus measuring 2.0 x 1.8 cm with extension into the third "
        "ventricle. Small amount of blood in the right occipital horn. Ventricular size is normal. "
        "Incidental 15 mm densely calcified extra-axial mass over the left frontal convexity, most "
        "consistent with a meningioma, without oedema. "
        "IMPRESSION: Hypertensive right thalamic haemorrhage with intraventricular extension. Incidental "
        "left frontal meningioma.",
        1,
        {"iph", "ivh", "multiple"},
        note="meningioma is remote and does not bleed: not combined",
    ),
    C(
        "e9d-p024",
        "CT BRAIN. Found unresponsive, pinpoint pupils. "
        "There is a 2.3 cm acute hyperdensity centred in the pons, predominantly the tegmentum, extending "
        "to the right middle cerebellar peduncle. The fourth ventricle is compressed and displaced "
        "posteriorly. Supratentorial brain unremarkable for age. "
        "IMPRESSION: Acute pontine haemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e9d-p025",
        "CT head plain. Vertigo and vomiting, anticoagulated (warfarin, INR 3.8). "
        "Right cerebellar hemisphere: 3.4 x 3.0 cm hyperdense collection with surrounding oedema. "
        "Effacement of the fourth ventricle and of the quadrigeminal cistern; the lateral and third "
        "ventricles are dilated with periventricular lucency (transependymal flow). "
        "No blood in the ventricles. "
        "IMPRESSION: Right cerebellar haemorrhage causing obstructive hydrocephalus. Urgent neurosurgical "
        "review.",
        1,
        {"iph"},
        note="effaced fourth ventricle and periventricular lucency are not ivh",
    ),
    C(
        "e9d-p026",
        "NCCT BRAIN. Clinical details: k/c/o HTN, sudden onset left sided weakness since morning. "
        "Well defined hyperdense acute haematoma noted in right gangliocapsular region measuring approx "
        "3.4 x 2.2 cm (volume approx 14 cc) with perilesional oedema. Mass effect in the form of effacement "
        "of right lateral ventricle and midline shift of 3 mm to left. Periventricular white matter "
        "hypodensities noted bilaterally - small vessel ischaemic changes. Bilateral basal ganglia "
        "calcification. Rest of the brain parenchyma normal. No e/o fracture. "
        "IMPRESSION: Acute right gangliocapsular bleed with perilesional oedema and mass effect as "
        "described.",
        1,
        {"iph"},
        note="gangliocapsular = iph; effacement and periventricular change are not ivh",
    ),
    C(
        "e9d-p027",
        "CT of brain without contrast. In the left frontal lobe is visualized cortico-subcortical "
        "hyperdense zone, sizes 28x22 mm, density up to 64 HU, with hypodense rim of oedema. Sulci near "
        "it are compressed. Ventricles not dilated, not deformed. Midline structures not displaced. "
        "Conclusion: CT-picture of acute haemorrhage in the left frontal lobe (cortico-subcortical).",
        1,
        {"iph"},
    ),
    C(
        "e9d-p028",
        "CT BRAIN. A single large acute intracerebral haematoma is centred at the junction of the right "
        "frontal and parietal lobes (frontoparietal), measuring 5.1 x 4.0 cm, crossing the central sulcus. "
        "Surrounding oedema, effacement of the right lateral ventricle, 6 mm midline shift. "
        "No other haemorrhage. IMPRESSION: Right frontoparietal intracerebral haematoma.",
        1,
        {"iph"},
        note="one haematoma spanning two lobes is one focus",
    ),
    C(
        "e9d-p029",
        "CT HEAD STAT. Left thalamic hemorrhage measuring 2.6 cm with extensive intraventricular extension: "
        "casting of the third and fourth ventricles and blood in both lateral ventricles. Acute "
        "obstructive hydrocephalus, temporal horns 7 mm. "
        "IMPRESSION: Left thalamic ICH with IVH and hydrocephalus (ICH score 3). Recommend EVD.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e9d-p030",
        "CT HEAD. Sudden headache and vomiting, on dabigatran. "
        "Blood-CSF levels in both occipital horns. The third and fourth ventricles are not dilated and "
        "contain no visible blood. No parenchymal haemorrhage is seen in the caudate, thalami or "
        "periventricular white matter. No subarachnoid blood. "
        "IMPRESSION: Isolated intraventricular haemorrhage, small volume. Suggest CTA to exclude a "
        "vascular lesion.",
        1,
        {"ivh"},
        note="blood in both occipital horns is one IVH, not multiple",
    ),
    C(
        "e9d-p031",
        "CT brain without contrast. Hyperdense haemorrhage in the head of the left caudate nucleus, "
        "16 mm. Haemocephalus: the lateral ventricles, third and fourth ventricles are filled with blood. "
        "Ventriculomegaly. Periventricular hypodense halo due to transependymal CSF resorption. "
        "Conclusion: Haemorrhage in the left caudate head with haemocephalus, acute hydrocephalus.",
        1,
        {"iph", "ivh", "multiple"},
        note="haemocephalus = ivh",
    ),
    C(
        "e9d-p032",
        "NON CONTRAST CT HEAD. 58-year-old, right hemiplegia. "
        "Acute left putaminal haemorrhage 4.5 x 2.9 cm, volume about 25 mL, with intraventricular extension "
        "into the body and occipital horn of the left lateral ventricle. Midline shift 5 mm. "
        "IMPRESSION: Large left putaminal ICH with IVH.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e9d-p033",
        "TRAUMA PAN-SCAN: CT HEAD, C-SPINE, CHEST/ABDOMEN/PELVIS WITH CONTRAST. MVC, high speed, "
        "intubated. "
        "HEAD: Nondisplaced linear fracture of the left frontal bone extending to the coronal suture. "
        "Beneath it, a biconvex hyperdense extra-axial collection 8 mm thick over the left frontal "
        "convexity, not crossing the suture. No midline shift. Left frontal scalp haematoma. "
        "C-SPINE: no fracture or malalignment. "
        "CHEST: right 4th-7th rib fractures, small right pneumothorax, pulmonary contusion. "
        "ABDOMEN/PELVIS: grade II splenic laceration with perisplenic haematoma. "
        "IMPRESSION: 1. Left frontal epidural haematoma with overlying frontal bone fracture. "
        "2. Right rib fractures with pneumothorax. 3. Splenic laceration.",
        1,
        {"edh", "fracture"},
        note="body fractures and splenic haematoma do not count",
    ),
    C(
        "e9d-p034",
        "CT HEAD AND TEMPORAL BONES. Assault, blood from the right ear. "
        "Longitudinal fracture of the right petrous temporal bone running through the mastoid and the "
        "roof of the middle ear, with haemotympanum and opacified mastoid air cells. Ossicular chain "
        "intact. Otic capsule spared. A thin acute subdural haematoma, 4 mm, lies along the right "
        "tentorial leaflet. A few locules of pneumocephalus near the right middle cranial fossa. "
        "IMPRESSION: Right petrous fracture (otic capsule sparing) with a small right tentorial SDH.",
        1,
        {"sdh", "fracture"},
    ),
    C(
        "e9d-p035",
        "CT head and cervical spine. Motorcyclist, helmeted. "
        "Head: small-volume traumatic subarachnoid haemorrhage in the left parietal sulci. No extra-axial "
        "collection. Craniocervical junction: comminuted fracture of the left occipital condyle with an "
        "avulsed fragment at the alar ligament insertion (Anderson-Montesano type III). The "
        "atlanto-occipital intervals are preserved. Cervical spine otherwise intact. "
        "IMPRESSION: Left occipital condyle fracture, type III. Small left parietal tSAH.",
        1,
        {"sah", "fracture"},
        note="occipital condyle is skull base",
    ),
    C(
        "e9d-p036",
        "CT HEAD. Fell backwards striking the occiput. "
        "Right occipital linear skull fracture with an overlying scalp haematoma. Contrecoup injuries: "
        "haemorrhagic contusion in the left frontal pole (2.0 cm) and a separate contusion in the anterior "
        "left temporal lobe (1.4 cm), both with surrounding oedema. "
        "IMPRESSION: Right occipital fracture with contrecoup left frontal and temporal contusions.",
        1,
        {"iph", "multiple", "fracture"},
        note="two separate contusions",
    ),
    C(
        "e9d-p037",
        "CT BRAIN. Alcohol intoxication, found at the bottom of stairs. "
        "Haemorrhagic contusions in both frontal lobes, along the orbitofrontal gyri and gyri recti, the "
        "right measuring 2.4 cm and the left 1.1 cm, with oedema. No extra-axial blood. No skull fracture. "
        "Opinion: bifrontal haemorrhagic contusions.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e9d-p038",
        "CT head without contrast. Elderly female, fall on aspirin. "
        "There is an acute left convexity subdural haematoma with a maximal thickness of 9 mm and 3 mm "
        "midline shift. Separately, there is hyperdense subarachnoid blood in the right Sylvian fissure "
        "and a few right frontal sulci. "
        "IMPRESSION: Left acute SDH and right-sided traumatic SAH.",
        1,
        {"sdh", "sah", "multiple"},
    ),
    C(
        "e9d-p039",
        "CT HEAD. Acute right subdural haematoma along the frontoparietal convexity, 7 mm thick, which "
        "continues medially along the falx cerebri to the parietal level. No other collection. "
        "Effacement of the right lateral ventricle with 4 mm leftward shift. "
        "IMPRESSION: Right convexity and parafalcine acute SDH (one collection).",
        1,
        {"sdh"},
        note="one SDH along convexity and falx is one focus",
    ),
    C(
        "e9d-p040",
        "CT head. Progressive headache and gait decline over 6 weeks. "
        "Bilateral crescentic hypodense subdural collections over the frontoparietal convexities, the right "
        "18 mm and the left 11 mm, consistent with chronic subdural haematomas. Sulci effaced bilaterally; "
        "midline structures central. "
        "IMPRESSION: Bilateral chronic subdural haematomas.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e9d-p041",
        "CT HEAD FOLLOW-UP. Comparison: CT 10 days ago. "
        "The left convexity subdural haematoma has become isodense to grey matter and is smaller, now "
        "6 mm (previously 10 mm). Midline shift resolved. No new haemorrhage. "
        "IMPRESSION: Decreasing subacute left SDH.",
        1,
        {"sdh"},
        note="smaller but still present",
    ),
    C(
        "e9d-p042",
        "CT HEAD. High-speed rollover, GCS 6 without a lucid interval. "
        "Scattered punctate haemorrhages at the grey-white matter junction of the right frontal and left "
        "temporal lobes and in the splenium of the corpus callosum. No extra-axial collection. Basal "
        "cisterns patent. No fracture. "
        "IMPRESSION: Multifocal petechial haemorrhages in a pattern suggestive of diffuse axonal injury; "
        "MRI recommended.",
        1,
        {"iph", "multiple"},
        note="the haemorrhages are stated; only the DAI mechanism is 'suggestive'",
    ),
    C(
        "e9d-p043",
        "CT HEAD AND FACIAL BONES. Fell onto a table edge, right periorbital swelling. "
        "Minimally displaced fracture of the right orbital roof extending to the anterior cranial fossa "
        "floor. Small haemorrhagic contusion in the right gyrus rectus and orbitofrontal cortex, 12 mm. "
        "Right periorbital soft tissue swelling. Orbital floor and medial wall intact. "
        "IMPRESSION: Right orbital roof fracture with an adjacent right orbitofrontal contusion.",
        1,
        {"iph", "fracture"},
        note="orbital roof is skull base",
    ),
    C(
        "e9d-p044",
        "CT head and face. Punched, then struck the kerb. "
        "Comminuted depressed fracture of the anterior and posterior tables of the frontal sinus, with "
        "pneumocephalus along the anterior frontal convexity. A small lentiform epidural haematoma, "
        "6 mm, lies behind the fractured posterior table. Frontal sinus filled with blood. "
        "IMPRESSION: Frontal sinus fracture involving the posterior table, small frontal EDH and "
        "pneumocephalus - CSF leak risk.",
        1,
        {"edh", "fracture"},
        note="posterior table of the frontal sinus is vault",
    ),
    C(
        "e9d-p045",
        "CT BRAIN + FACIAL BONES. Assault. "
        "Brain: thin subarachnoid haemorrhage in the left frontal sulci. No extra-axial collection. "
        "Calvarium intact. "
        "Face: blow-out fracture of the left orbital floor with herniation of orbital fat into the maxillary "
        "sinus; fracture of the left lamina papyracea; fractures of the anterior and posterolateral walls "
        "of the left maxillary sinus with haemosinus; depressed fracture of the left zygomatic arch. "
        "IMPRESSION: Small left frontal tSAH. Left orbital floor, medial wall, maxillary and zygomatic "
        "arch fractures.",
        1,
        {"sah"},
        note="facial fractures only: no fracture label",
    ),
    C(
        "e9d-p046",
        "CT HEAD AND FACIAL BONES. Fall from bicycle, face first. "
        "Comminuted fractures of the nasal bones with septal deviation. Fracture of the anterior table of "
        "the frontal sinus, minimally depressed; the posterior table is intact and there is no "
        "pneumocephalus. Acute subdural haematoma, 5 mm, over the right parietal convexity. "
        "IMPRESSION: Small right SDH. Nasal bone and frontal sinus anterior table fractures.",
        1,
        {"sdh"},
        note="frontal sinus anterior table and nasal bones only: no fracture label",
    ),
    C(
        "e9d-p047",
        "CT head / CT facial bones / CT C-spine. Kicked by a horse. "
        "Displaced fractures of the right mandibular angle and the left parasymphyseal mandible. "
        "Blood in the anterior interhemispheric fissure and along the adjacent medial frontal sulci, "
        "traumatic in appearance. Skull vault and base intact. C-spine normal. "
        "IMPRESSION: Bifocal mandible fracture. Traumatic SAH in the anterior interhemispheric fissure.",
        1,
        {"sah"},
        note="interhemispheric fissure = sah; mandible is facial",
    ),
    C(
        "e9d-p048",
        "CT HEAD. Pedestrian struck, GCS 12. "
        "Fracture of the left greater wing of the sphenoid extending to the lateral wall of the sphenoid "
        "sinus, which contains an air-fluid level of blood. Haemorrhagic contusion of the left "
        "temporal pole, 1.8 cm. A few bubbles of pneumocephalus in the left middle cranial fossa. "
        "IMPRESSION: Left sphenoid fracture with haemosinus and a left temporal pole contusion.",
        1,
        {"iph", "fracture"},
        note="haemosinus is extracranial; the contusion is the ICH",
    ),
    C(
        "e9d-p049",
        "CT HEAD AND SKULL BASE. Crush injury. "
        "Transverse fracture through the clivus extending to the right petrous apex. Small amount of "
        "subarachnoid blood in the prepontine cistern and along the right cerebellopontine angle cistern. "
        "No hydrocephalus. "
        "IMPRESSION: Clival fracture with small posterior fossa SAH; recommend CTA for vertebrobasilar "
        "injury.",
        1,
        {"sah", "fracture"},
    ),
    C(
        "e9d-p050",
        "CT HEAD. Struck by a hammer. "
        "Depressed comminuted fracture of the right parietal bone, depressed by 9 mm. Underlying "
        "haemorrhagic contusion in the right parietal lobe, 2.2 cm, and a thin acute subdural haematoma, "
        "4 mm, along the right parietal convexity. "
        "IMPRESSION: Depressed right parietal fracture with underlying contusion and thin SDH.",
        1,
        {"iph", "sdh", "multiple", "fracture"},
    ),
    C(
        "e9d-p051",
        "CT head non contrast, trauma. Findings: blood in the right frontal and left occipital lobes, "
        "15 mm and 11 mm respectively, representing haemorrhagic contusions. Ventricles and cisterns "
        "normal. No fracture. IMPRESSION: Right frontal and left occipital contusions.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e9d-p052",
        "CT BRAIN. Several small haemorrhagic contusions, each under 1 cm, are seen in the right temporal "
        "lobe (lateral and inferior surface). No extra-axial haematoma. No fracture identified. "
        "IMPRESSION: Several small right temporal contusions.",
        1,
        {"iph", "multiple"},
        note="several separate foci in one lobe",
    ),
    C(
        "e9d-p053",
        "TRAUMA CT HEAD. Ejected from vehicle, GCS 4, fixed left pupil. "
        "Comminuted fracture of the left temporal squama extending into the left middle cranial fossa. "
        "Left hemispheric acute subdural haematoma, 14 mm, with 12 mm midline shift and effacement of "
        "the basal cisterns. Haemorrhagic contusions in the left temporal lobe and the right frontal lobe. "
        "Subarachnoid blood in the right Sylvian fissure. Blood layering in the occipital horns. "
        "IMPRESSION: Severe TBI: left acute SDH with subfalcine and uncal herniation, bilateral "
        "contusions, tSAH, IVH, left temporal skull fracture.",
        1,
        {"sdh", "sah", "iph", "ivh", "multiple", "fracture"},
    ),
    C(
        "e9d-p054",
        "CT HEAD (NEURO-ICU FOLLOW-UP). Post right frontal EVD for IVH. "
        "EVD via right frontal burr hole with the tip in the third ventricle. A 9 mm tract haemorrhage "
        "along the catheter in the right frontal white matter. Intraventricular blood has decreased: now "
        "only layering in the occipital horns. Ventricles smaller than before. "
        "IMPRESSION: Small EVD tract haemorrhage. Decreasing IVH. Improved hydrocephalus.",
        1,
        {"iph", "ivh", "multiple"},
        note="burr hole is not a fracture",
    ),
    C(
        "e9d-p055",
        "CT HEAD. ICU day 3, right putaminal haemorrhage, new drowsiness. Comparison: day 1 CT. "
        "The right putaminal haematoma is stable at about 28 mL. New intraventricular extension into the "
        "body of the right lateral ventricle with a small blood-fluid level in the right occipital horn. "
        "Perihaematomal oedema has increased; midline shift 6 mm (from 4 mm). "
        "IMPRESSION: Stable right putaminal haematoma with new intraventricular extension and increasing "
        "oedema.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e9d-p056",
        "CT HEAD FOLLOW-UP, day 5 after TBI. Comparison: admission CT. "
        "The left frontal haemorrhagic contusion has evolved with decreasing density and more oedema, "
        "now 2.3 cm. The previously seen subarachnoid blood in the left Sylvian fissure is no longer "
        "visible. No new haemorrhage. "
        "IMPRESSION: Evolving left frontal contusion. Resolved tSAH.",
        1,
        {"iph"},
        note="SAH resolved, contusion still present",
    ),
    C(
        "e9d-p057",
        "CT HEAD POST-OP. Day 1 after left frontotemporoparietal craniotomy for evacuation of acute SDH. "
        "Bone flap in situ with fixation plates. Expected postoperative pneumocephalus. Residual left "
        "subdural collection of mixed density, 4 mm, with small hyperdense clots. Subgaleal drain in "
        "place. Midline shift reduced to 2 mm. "
        "IMPRESSION: Satisfactory evacuation; small residual left subdural haematoma.",
        1,
        {"sdh"},
        note="craniotomy is not a fracture; residual SDH present",
    ),
    C(
        "e9d-p058",
        "CT HEAD. Post right decompressive hemicraniectomy (day 3) for malignant right MCA infarct. "
        "Brain herniates through the craniectomy defect by 2.2 cm. Within the infarct, patchy haemorrhagic "
        "transformation of the basal ganglia and insular cortex (HI2) is unchanged. No parenchymal "
        "haematoma. No extra-axial collection. "
        "IMPRESSION: Stable appearance after hemicraniectomy; unchanged HI2 haemorrhagic transformation.",
        1,
        {"combined"},
        note="HI2: combined without a subtype; craniectomy is not a fracture",
    ),
    C(
        "e9d-p059",
        "CT HEAD. Post bilateral burr-hole drainage of chronic subdural haematomas (yesterday). "
        "Residual bilateral subdural collections with air-fluid levels, the right 8 mm and the left "
        "6 mm, reduced from 19 and 12 mm. Drains removed. No acute haemorrhage. "
        "IMPRESSION: Expected postoperative appearance with residual bilateral subdural collections.",
        1,
        {"sdh", "multiple"},
        note="residual post-operative subdural haematoma counts as present",
    ),
    C(
        "e9d-p060",
        "CT HEAD AND CTA. Neck pain then collapse, 46M. "
        "Subarachnoid haemorrhage predominantly in the posterior fossa: cisterna magna, premedullary, "
        "prepontine and left cerebellopontine angle cisterns. "
        "CTA: fusiform dilatation of the intradural left vertebral artery V4 segment with an irregular "
        "wall and a proximal stenosis (string-and-pearl), consistent with a dissecting aneurysm at the "
        "origin of the haemorrhage. "
        "IMPRESSION: Posterior fossa SAH from a ruptured left V4 dissecting aneurysm.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e9d-p061",
        "CT HEAD AND CTA. Infective endocarditis (Streptococcus), sudden left arm weakness. "
        "Right frontal lobar intraparenchymal haematoma, 2.8 cm, with a small amount of surrounding oedema. "
        "CTA: a 4 mm fusiform aneurysm of a distal right MCA cortical branch (M4) at the lateral margin of "
        "the haematoma, in keeping with a mycotic aneurysm. "
        "IMPRESSION: Right frontal haematoma from a ruptured distal mycotic aneurysm.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e9d-p062",
        "NCCT BRAIN WITH CT CEREBRAL ANGIOGRAPHY. "
        "Acute SAH noted in the basal cisterns, bilateral sylvian fissures and interhemispheric fissure. "
        "Mild dilatation of bilateral temporal horns s/o early hydrocephalus. No intraventricular "
        "extension. Brain parenchyma normal. "
        "CT angio shows a 6 mm saccular aneurysm at the right ICA terminus (bifurcation) directed "
        "superiorly, with irregular margins. Rest of the intracranial arteries normal. "
        "IMPRESSION: Acute SAH (Fisher grade 3) secondary to ruptured right ICA bifurcation aneurysm. "
        "Early hydrocephalus.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e9d-p063",
        "CT BRAIN, 22 HOURS AFTER IV ALTEPLASE. Comparison: pre-thrombolysis CT. "
        "New homogeneous hyperdense haematoma in the left lentiform nucleus and corona radiata within the "
        "infarcted territory, 2.6 x 1.9 cm, occupying less than 30% of the infarct with mild mass effect "
        "(ECASS PH1). No intraventricular or subarachnoid blood. "
        "IMPRESSION: Parenchymal haematoma type 1 (PH1) after thrombolysis. Stroke team aware.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e9d-p064",
        "CT HEAD AND CT VENOGRAM. Headache, drowsiness, thrombophilia. "
        "Both thalami are swollen and hypodense, each containing a small acute haematoma (right 12 mm, "
        "left 9 mm). The straight sinus, vein of Galen and both internal cerebral veins are hyperdense. "
        "Venogram: no opacification of the deep venous system and the straight sinus. "
        "IMPRESSION: Deep cerebral venous thrombosis with bilateral thalamic venous infarcts containing "
        "haematomas.",
        1,
        {"iph", "multiple", "combined"},
    ),
    C(
        "e9d-p065",
        "CT HEAD WITHOUT CONTRAST FOLLOWED BY CTA HEAD. "
        "FINDINGS: The brain parenchyma demonstrates normal grey-white differentiation apart from the "
        "findings below. Hyperdense blood is seen in the anterior interhemispheric fissure and the "
        "suprachiasmatic cistern, with a 1.5 cm haematoma in the right gyrus rectus. The ventricles are "
        "normal in size. No midline shift. The calvarium is intact. Paranasal sinuses clear. "
        "CTA: The CTA demonstrates a 5 mm lobulated ACOM aneurysm with the dome directed to the right. "
        "Normal posterior circulation. "
        "IMPRESSION: Subarachnoid haemorrhage with a right gyrus rectus haematoma. ACOM aneurysm.",
        1,
        {"sah", "iph", "multiple", "combined"},
    ),
    C(
        "e9d-p066",
        "CT HEAD AND CTA. Acute occipital headache and ataxia. "
        "A 3.2 cm haematoma in the left cerebellar hemisphere extends to the vermis, with blood in the "
        "fourth ventricle. Tight posterior fossa, early hydrocephalus. "
        "CTA: abnormal cluster of vessels at the inferior margin of the haematoma supplied by the left "
        "PICA, with early venous drainage to the transverse sinus: cerebellar AVM. "
        "IMPRESSION: Ruptured left cerebellar AVM with haematoma and fourth ventricular haemorrhage.",
        1,
        {"iph", "ivh", "multiple", "combined"},
    ),
    C(
        "e9d-p067",
        "CT of head, control after thrombectomy of right M1. In right MCA territory there is established "
        "infarction, the lentiform nucleus and insular cortex. In the infarction zone appeared small "
        "spotty hyperdensities without mass effect, it corresponds to hemorrhagic transformation type "
        "HI1 by ECASS. Ventricles symmetric. "
        "Conclusion: Ischemic stroke right MCA with hemorrhagic transformation HI1.",
        1,
        {"combined"},
    ),
    C(
        "e9d-p068",
        "CT BRAIN NON-CONTRAST. Clinical: 84F, mechanical fall, on apixaban, ?ICH. "
        "Findings: Small left parafalcine subdural haematoma, 4 mm, over the parietal level. No other "
        "intracranial haemorrhage. Ventricles and sulci appropriate for age. No skull fracture. "
        "Left occipital scalp haematoma. "
        "Comment: Small left parafalcine SDH. Discussed with ED registrar.",
        1,
        {"sdh"},
        note="the '?ICH' is the clinical question, answered positively",
    ),
    C(
        "e9d-p069",
        "CT HEAD. Fell from a ladder onto the back of the head. "
        "Linear fracture of the occipital bone crossing the groove of the right transverse sinus. A "
        "biconvex acute extradural haematoma, 11 mm, lies in the right posterior fossa and extends above "
        "the tentorium. Fourth ventricle mildly compressed. "
        "IMPRESSION: Right posterior fossa extradural haematoma over an occipital fracture; CTV advised "
        "to assess the transverse sinus.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e9d-p070",
        "CT HEAD. Road traffic collision. "
        "Scattered small foci of traumatic subarachnoid haemorrhage in the right frontal sulci and, "
        "separately, in the left parietal and left occipital sulci. No contusion or extra-axial "
        "haematoma. Ventricles clear. "
        "IMPRESSION: Scattered bilateral traumatic SAH.",
        1,
        {"sah", "multiple"},
        note="separate sulcal foci in both hemispheres, not one diffuse SAH",
    ),
    C(
        "e9d-p071",
        "CT HEAD. Found down, unknown mechanism. "
        "Small-volume subarachnoid blood in the left frontal and parietal sulci. Dependent hyperdense blood "
        "layering in the occipital horns of both lateral ventricles. No parenchymal haematoma. Ventricles "
        "are normal in size. "
        "IMPRESSION: Traumatic SAH with small intraventricular haemorrhage.",
        1,
        {"sah", "ivh", "multiple"},
    ),
    C(
        "e9d-p072",
        "CT BRAIN. Acute confusion, hypertensive. "
        "Acute haemorrhage in the head of the right caudate nucleus, 13 mm, breaking into the right frontal "
        "horn, with blood extending into the third ventricle. No hydrocephalus. "
        "IMPRESSION: Right caudate haemorrhage with intraventricular rupture.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e9d-p073",
        "CT HEAD WITHOUT CONTRAST. "
        "TECHNIQUE: Axial images from the skull base to the vertex with coronal and sagittal reformats. "
        "COMPARISON: None. "
        "FINDINGS: "
        "Brain parenchyma: Grey-white matter differentiation is preserved. No acute territorial infarct. "
        "Mild periventricular white matter hypoattenuation, nonspecific, probably small vessel disease. "
        "A 6 mm hyperdense focus in the left cerebellar hemisphere with a faint hypodense rim is in keeping "
        "with a small acute haemorrhage. "
        "Ventricles: normal in size and configuration. "
        "Extra-axial spaces: no extra-axial collection. "
        "Vascular: mild calcified atherosclerosis of the carotid siphons. "
        "Skull and soft tissues: no fracture. Mastoid air cells and paranasal sinuses are clear. "
        "IMPRESSION: 1. Small acute left cerebellar haemorrhage. 2. Mild chronic small vessel disease.",
        1,
        {"iph"},
    ),
    C(
        "e9d-p074",
        "CT HEAD WITHOUT CONTRAST. "
        "CLINICAL: Headache after minor head strike. "
        "FINDINGS: There is no evidence of acute infarct, mass or mass effect. The ventricles are "
        "normal in size and midline. Basal cisterns are patent. A thin hyperdense crescent, 3 mm, "
        "layers along the right tentorial leaflet, consistent with a small subdural haematoma. The "
        "grey-white differentiation is maintained. No calvarial fracture. The visualised orbits, "
        "paranasal sinuses and mastoids are unremarkable. "
        "IMPRESSION: Small right tentorial subdural haematoma. Otherwise normal CT head.",
        1,
        {"sdh"},
    ),
    C(
        "e9d-p075",
        "CT BRAIN. REPORT: "
        "The cerebral hemispheres have normal attenuation. No space-occupying lesion. "
        "The ventricular system is of normal size and position. "
        "A few strands of hyperdensity are present in the left central sulcus and the postcentral sulcus "
        "over the high convexity, representing a small amount of subarachnoid haemorrhage. "
        "Posterior fossa structures are normal. No extra-axial collection. Bones and soft tissues intact. "
        "CONCLUSION: Small-volume left convexity subarachnoid haemorrhage.",
        1,
        {"sah"},
    ),
    C(
        "e9d-p076",
        "CT HEAD. Fall 3 weeks ago, worsening headache. "
        "Large right hemispheric subdural collection, predominantly hypodense with a dependent hyperdense "
        "layer and internal septations, up to 21 mm. Subfalcine herniation with 11 mm midline shift; "
        "compression of the right lateral ventricle and trapping of the left lateral ventricle. "
        "IMPRESSION: Acute-on-chronic right SDH with significant mass effect.",
        1,
        {"sdh"},
        note="compressed / trapped ventricle is not ivh",
    ),
    C(
        "e9d-p077",
        "CT HEAD FOLLOW-UP. Comparison: 16 days ago. "
        "The left temporal intraparenchymal haematoma is now predominantly isodense with a residual "
        "hyperdense centre, smaller (2.4 cm from 3.3 cm). Surrounding oedema is similar. "
        "IMPRESSION: Evolving subacute left temporal haematoma, decreasing in size.",
        1,
        {"iph"},
    ),
    C(
        "e9d-p078",
        "NCCT HEAD. H/o RTA, LOC present, ENT bleed present. "
        "Acute biconvex EDH noted in right temporoparietal region, max thickness 14 mm, with mass effect "
        "and midline shift of 6 mm to left. Undisplaced fracture of right temporal bone squamous part "
        "overlying it. Small haemorrhagic contusions noted in left frontal lobe. Right temporoparietal "
        "scalp haematoma. "
        "IMPRESSION: Acute right temporoparietal EDH with overlying fracture; left frontal contusions.",
        1,
        {"edh", "iph", "multiple", "fracture"},
    ),
    C(
        "e9d-p079",
        "CT HEAD. GCS 5, pupils unequal. "
        "Massive left hemispheric haemorrhage centred in the basal ganglia, 7 x 5 cm, with intraventricular "
        "rupture filling the left lateral ventricle and extending to the third ventricle, hydrocephalus of "
        "the right lateral ventricle, 14 mm midline shift and left uncal herniation. "
        "OPINION: Catastrophic left basal ganglia haemorrhage with intraventricular rupture and herniation.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e9d-p080",
        "CT HEAD. Fall at nursing home. "
        "A right convexity acute subdural haematoma, 7 mm, is present. The right lateral ventricle is "
        "compressed. There is no subarachnoid or intraventricular blood and no contusion. "
        "IMPRESSION: Right acute SDH, 7 mm.",
        1,
        {"sdh"},
        note="negated SAH and IVH",
    ),
    # ------------------------------------------------------------------ absent (ich=0)
    C(
        "e9d-n001",
        "CODE STROKE: CT HEAD, CTA HEAD/NECK, CT PERFUSION. LKW 45 min. "
        "NCCT: hyperdense left MCA sign. Subtle loss of grey-white differentiation in the left insula; "
        "ASPECTS 9. No intracranial haemorrhage. "
        "CTA: occlusion of the left M1 segment with moderate collaterals. Cervical carotids patent. "
        "CTP: Tmax > 6 s volume 98 mL, CBF < 30% volume 12 mL, mismatch ratio 8.2. "
        "IMPRESSION: Left M1 occlusion with a large penumbra; no haemorrhage. Thrombectomy candidate.",
        0,
        note="hyperdense artery sign is a mimic",
    ),
    C(
        "e9d-n002",
        "CT HEAD (DUAL-ENERGY), 18 H POST THROMBECTOMY. "
        "Hyperdensity in the left lentiform nucleus and caudate head. On the virtual non-contrast images "
        "it disappears and the iodine map shows it is iodine: contrast staining. No haemorrhagic "
        "transformation (no HI or PH). Evolving left striatocapsular infarct. "
        "IMPRESSION: Contrast staining of the infarcted basal ganglia; no haemorrhage.",
        0,
    ),
    C(
        "e9d-n003",
        "CT HEAD AND CTA HEAD. Chronic migraine, CTA requested by neurology. "
        "NCCT: no subarachnoid or intraparenchymal haemorrhage; ventricles normal. "
        "CTA: a 4 mm saccular aneurysm of the anterior communicating artery with a smooth wall and a "
        "wide neck. No other aneurysm. "
        "IMPRESSION: Unruptured 4 mm ACOM aneurysm. No haemorrhage.",
        0,
        note="aneurysm without blood: not combined, no ich",
    ),
    C(
        "e9d-n004",
        "CT HEAD WITH CONTRAST AND CTA. Known right occipital AVM, pre-radiosurgery planning. "
        "Serpiginous enhancing vessels in the right occipital lobe with coarse calcifications and a "
        "dilated draining vein to the straight sinus. No haemorrhage, no hydrocephalus. Nidus 3.1 cm. "
        "IMPRESSION: Unruptured right occipital AVM, no evidence of haemorrhage.",
        0,
    ),
    C(
        "e9d-n005",
        "CT BRAIN. Headache. A 2.8 cm extra-axial mass over the left frontal convexity with a broad dural "
        "base and dense peripheral calcification, with hyperostosis of the adjacent bone, consistent with "
        "a meningioma. Mild adjacent oedema. No haemorrhage. Ventricles normal. "
        "IMPRESSION: Left frontal convexity meningioma.",
        0,
        note="hyperostosis is not a fracture; calcification is a mimic",
    ),
    C(
        "e9d-n006",
        "CT HEAD WITH CONTRAST. Melanoma, staging. "
        "Three small enhancing nodules at the grey-white junction (right frontal, left parietal, right "
        "cerebellar), the largest 8 mm. None is hyperdense on the pre-contrast series and there are no "
        "blood products. Mild oedema around the right frontal nodule. "
        "IMPRESSION: Small non-haemorrhagic cerebral metastases.",
        0,
    ),
    C(
        "e9d-n007",
        "CT HEAD. History of right putaminal haemorrhage in 2019. "
        "A slit-like CSF-density cavity in the right putamen and external capsule with surrounding "
        "gliosis, a sequela of the previous haemorrhage. Ex vacuo dilatation of the right frontal horn. "
        "No acute intracranial haemorrhage. "
        "IMPRESSION: Old right putaminal haemorrhage sequelae. No acute findings.",
        0,
    ),
    C(
        "e9d-n008",
        "CT HEAD FOLLOW-UP, 8 weeks after conservative treatment. "
        "The previously seen left convexity subdural haematoma has completely resolved. No residual "
        "collection. Sulci and ventricles normal. No new abnormality. "
        "IMPRESSION: Complete resolution of the left SDH.",
        0,
    ),
    C(
        "e9d-n009",
        "TRAUMA PAN-SCAN. CT HEAD: no intracranial haemorrhage, no skull fracture, large left frontal "
        "scalp haematoma. CT C-SPINE: type II odontoid fracture with 2 mm posterior displacement; "
        "prevertebral soft tissue haematoma. CT CHEST: left 3rd-8th rib fractures, flail segment, "
        "haemothorax. CT ABDOMEN/PELVIS: right superior and inferior pubic rami fractures with "
        "extraperitoneal pelvic haematoma. "
        "IMPRESSION: Odontoid, rib and pelvic fractures. Normal CT head apart from scalp swelling.",
        0,
        note="cervical and body fractures are not skull fractures",
    ),
    C(
        "e9d-n010",
        "CT FACIAL BONES AND HEAD. Assault with a fist. "
        "Blow-out fracture of the right orbital floor with herniation of fat and the inferior rectus "
        "into the maxillary sinus. Fracture of the right lamina papyracea (medial wall). Blood in the "
        "right maxillary sinus. Orbital emphysema. Brain: no intracranial haemorrhage or skull fracture. "
        "IMPRESSION: Right orbital floor and medial wall fractures. Normal brain.",
        0,
        note="orbital floor / medial wall are facial; blood in the sinus is extracranial",
    ),
    C(
        "e9d-n011",
        "CT HEAD AND FACE. Face-plant from a scooter. "
        "Depressed fracture of the anterior table of the frontal sinus. The posterior table is intact; no "
        "pneumocephalus. Comminuted nasal bone fractures. Forehead soft tissue haematoma. Intracranial "
        "appearances are normal. "
        "IMPRESSION: Frontal sinus anterior table and nasal bone fractures. No intracranial injury.",
        0,
        note="frontal sinus anterior table alone counts as facial here",
    ),
    C(
        "e9d-n012",
        "CT HEAD, FACIAL BONES AND MANDIBLE. "
        "Fracture of the left mandibular condylar neck with anteromedial displacement. Isolated "
        "V-shaped fracture of the right zygomatic arch. Left cheek haematoma. No intracranial haemorrhage. "
        "Calvarium and skull base intact. "
        "IMPRESSION: Left condylar neck and right zygomatic arch fractures.",
        0,
    ),
    C(
        "e9d-n013",
        "CT HEAD AND CERVICAL SPINE. Fall from horse. "
        "Head: no intracranial haemorrhage; ventricles and cisterns normal. "
        "Craniocervical junction: nondisplaced fracture of the right occipital condyle (type I, impaction). "
        "Condyle-C1 intervals normal. Cervical spine otherwise intact. "
        "IMPRESSION: Right occipital condyle fracture, type I. No intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "e9d-n014",
        "CT HEAD AND TEMPORAL BONES. Blow to the left side of the head, hearing loss. "
        "Longitudinal fracture of the left petrous temporal bone with opacified mastoid air cells and "
        "haemotympanum; the otic capsule is spared; incudostapedial joint slightly widened. "
        "No intracranial haemorrhage. No pneumocephalus. "
        "IMPRESSION: Left petrous temporal bone fracture. No intracranial bleed.",
        0,
        {"fracture"},
        note="haemotympanum is not intracranial blood",
    ),
    C(
        "e9d-n015",
        "CT BRAIN. Fall onto concrete, brief LOC. "
        "Non-depressed linear fracture of the left parietal bone with an overlying subgaleal haematoma. "
        "No extradural or subdural collection. No intracranial haemorrhage. Brain normal. "
        "IMPRESSION: Left parietal skull fracture without intracranial haemorrhage. Observe.",
        0,
        {"fracture"},
    ),
    C(
        "e9d-n016",
        "CT ORBITS AND HEAD. Fell onto a fence post. "
        "Fracture of the left orbital roof with a small extraconal subperiosteal haematoma in the superior "
        "orbit. Proptosis 3 mm. No pneumocephalus. The brain is normal, without contusion or extra-axial "
        "blood. "
        "IMPRESSION: Left orbital roof fracture with a superior subperiosteal orbital haematoma. No "
        "intracranial haemorrhage.",
        0,
        {"fracture"},
        note="orbital roof counts as skull base; orbital blood is extracranial",
    ),
    C(
        "e9d-n017",
        "CT HEAD AND SKULL BASE. Motorbike crash. "
        "Fracture of the left lateral wall of the sphenoid sinus extending to the body of the sphenoid, "
        "with haemosinus. Small bubbles of air in the left parasellar region. No intracranial "
        "haemorrhage. Carotid canal not involved. "
        "IMPRESSION: Sphenoid fracture with haemosinus and pneumocephalus. No haematoma.",
        0,
        {"fracture"},
    ),
    C(
        "e9d-n018",
        "CT HEAD POST-OP, day 1 after right frontal craniotomy and resection of a meningioma. "
        "Bone flap in situ with plates. Postoperative pneumocephalus over the right frontal convexity. "
        "The resection cavity contains fluid and air without hyperdense blood. No extra-axial "
        "haematoma. No haemorrhage. "
        "IMPRESSION: Expected postoperative appearances. No haemorrhagic complication.",
        0,
        note="craniotomy is not a fracture",
    ),
    C(
        "e9d-n019",
        "CT HEAD. Post cardiac arrest, ROSC after 25 minutes. "
        "Diffuse cerebral oedema with loss of grey-white differentiation and effacement of the sulci and "
        "basal cisterns. The basal cisterns and tentorium appear relatively dense against the swollen "
        "brain (pseudo-subarachnoid haemorrhage); there is no true subarachnoid blood. "
        "IMPRESSION: Global hypoxic-ischaemic injury. Pseudo-SAH, no haemorrhage.",
        0,
        note="pseudo-SAH is a mimic",
    ),
    C(
        "e9d-n020",
        "CT HEAD. Dizziness. Calcification of the choroid plexus in both atria and of the pineal gland. "
        "Mild periventricular white matter hypodensity. The ventricles are normal in size with no "
        "intraventricular blood. No haemorrhage. "
        "IMPRESSION: No acute intracranial abnormality.",
        0,
    ),
    C(
        "e9d-n021",
        "CT HEAD AND CT VENOGRAM. Polycythaemia vera, haematocrit 0.62, headache. "
        "The dural venous sinuses and the arteries are diffusely hyperdense (about 62 HU) in keeping with "
        "the high haematocrit. CT venogram: all sinuses and deep veins opacify normally; no thrombosis. "
        "No intracranial haemorrhage. "
        "IMPRESSION: Hyperdense vessels from polycythaemia; no venous thrombosis or haemorrhage.",
        0,
    ),
    C(
        "e9d-n022",
        "CT BRAIN. Follow-up of a left MCA infarct from 3 months ago. "
        "Established left frontal and insular infarct with encephalomalacia. Old lacunes in the right "
        "thalamus. No haemorrhagic transformation, no new infarct. "
        "IMPRESSION: Chronic left MCA infarct. No acute abnormality.",
        0,
    ),
    C(
        "e9d-n023",
        "CT BRAIN NON-CONTRAST. Clinical: Fall from standing, on rivaroxaban, r/o ICH. "
        "Findings: No intracranial haemorrhage, mass effect or extra-axial collection. Grey-white "
        "differentiation preserved. Ventricles and sulci appropriate for age. No calvarial fracture. "
        "Small right frontal scalp haematoma. Mucosal thickening in the maxillary sinuses. "
        "Comment: No acute intracranial abnormality.",
        0,
    ),
    C(
        "e9d-n024",
        "NCCT BRAIN. H/o fall from bike, vomiting 1 episode. "
        "Brain parenchyma normal in attenuation. No e/o intracranial bleed. No e/o extra-axial collection. "
        "Ventricular system normal. Midline structures central. Calvarium normal, no e/o fracture. "
        "Mucosal thickening in bilateral maxillary sinuses - sinusitis. "
        "IMPRESSION: No significant intracranial abnormality. Sinusitis.",
        0,
    ),
    C(
        "e9d-n025",
        "CT CERVICAL SPINE WITHOUT CONTRAST. Hyperextension injury. "
        "Widening of the anterior disc space at C5-C6 with prevertebral haematoma and a small avulsion "
        "fragment from C5. No canal compromise. The partially imaged posterior fossa is unremarkable. "
        "IMPRESSION: C5-C6 hyperextension injury with prevertebral haematoma.",
        0,
        note="non-head study",
    ),
    C(
        "e9d-n026",
        "CT HEAD. Fall. A dense linear calcification of the posterior falx cerebri, unchanged from 2021, "
        "without a subdural collection. No intracranial haemorrhage. Basal ganglia calcifications. "
        "IMPRESSION: No acute intracranial haemorrhage. Falx calcification.",
        0,
        note="falx calcification mimics a parafalcine SDH",
    ),
    C(
        "e9d-n027",
        "CT HEAD FOLLOW-UP. Comparison: CT 2 months ago. "
        "Complete resolution of the previous right cerebellar haemorrhage, leaving a small area of "
        "encephalomalacia. No new haemorrhage. The fourth ventricle is normal. "
        "IMPRESSION: Resolved right cerebellar haemorrhage.",
        0,
    ),
    C(
        "e9d-n028",
        "CT HEAD. Movement disorder work-up. "
        "Dense symmetric calcifications in both globi pallidi, caudate nuclei, thalami and dentate nuclei. "
        "No haemorrhage. No mass. Ventricles normal. "
        "IMPRESSION: Extensive bilateral symmetric intracranial calcification (Fahr pattern).",
        0,
    ),
    C(
        "e9d-n029",
        "CT HEAD AND CT VENOGRAM. Headache, papilloedema. "
        "The right transverse and sigmoid sinuses are hyperdense on the plain scan and show a filling "
        "defect on the venogram, consistent with venous sinus thrombosis. No venous infarct, no "
        "parenchymal oedema and no haemorrhage. "
        "IMPRESSION: Right transverse and sigmoid sinus thrombosis without haemorrhage.",
        0,
        note="sinus thrombosis without blood: not combined",
    ),
    C(
        "e9d-n030",
        "CT HEAD. Known left frontal cavernous malformation. "
        "A 9 mm lobulated hyperdense lesion with speckled calcification in the left frontal lobe, unchanged "
        "in size from the CT of 2022, without oedema. No evidence of recent haemorrhage. "
        "IMPRESSION: Stable left frontal cavernoma; no acute bleed.",
        0,
    ),
    C(
        "e9d-n031",
        "CT HEAD. Fall, occipital pain. "
        "A lucent line in the occipital squama on the right corresponds to a normal mendosal suture, "
        "symmetric with the left, with corticated margins; no fracture. No intracranial haemorrhage. "
        "IMPRESSION: No fracture or intracranial haemorrhage.",
        0,
        note="suture mimics a fracture",
    ),
    C(
        "e9d-n032",
        "CT HEAD. Assault with a bottle. Large left parietal subgaleal haematoma, 16 mm thick, with "
        "soft-tissue gas from a laceration. The underlying calvarium is intact. No extra-axial or "
        "intraparenchymal haemorrhage. "
        "IMPRESSION: Left parietal subgaleal haematoma. No intracranial injury.",
        0,
    ),
    C(
        "e9d-n033",
        "CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST. Stab wound. "
        "Left haemothorax of moderate volume. Splenic laceration with perisplenic haematoma and active "
        "extravasation. Small haemoperitoneum. "
        "IMPRESSION: Left haemothorax; grade IV splenic injury with active bleeding.",
        0,
        note="non-head study",
    ),
    C(
        "e9d-n034",
        "CODE STROKE CT/CTA. Sudden coma. "
        "NCCT: hyperdense basilar artery. Early hypodensity in the pons. No intracranial haemorrhage. "
        "CTA: occlusion of the mid and distal basilar artery. "
        "IMPRESSION: Basilar artery occlusion with early pontine ischaemia. No haemorrhage.",
        0,
    ),
    C(
        "e9d-n035",
        "CT HEAD, 24 H AFTER IV TENECTEPLASE. "
        "Evolving right MCA infarct in the frontal operculum and insula. There is no haemorrhagic "
        "transformation (no HI or PH). No intraventricular or extra-axial blood. "
        "IMPRESSION: Evolving right MCA infarct without haemorrhagic transformation.",
        0,
    ),
    # ------------------------------------------------------------------ hedged (ich=-1)
    C(
        "e9d-u001",
        "CT HEAD. Sudden severe headache 9 hours ago, GCS 15. "
        "Subtle increased density in the left Sylvian fissure, possibly a small volume of subarachnoid "
        "blood versus volume averaging with the MCA branches. Ventricles normal. No parenchymal abnormality. "
        "IMPRESSION: Equivocal for small-volume SAH. Recommend CTA and/or lumbar puncture.",
        -1,
    ),
    C(
        "e9d-u002",
        "CT HEAD, 20 H POST THROMBECTOMY (single-energy). "
        "Hyperdensity in the right caudate and lentiform nucleus within the infarct, 45 HU, without mass "
        "effect. This may represent contrast staining or early haemorrhagic transformation; the two cannot "
        "be separated on this study. "
        "IMPRESSION: Contrast staining versus HT. Repeat CT in 24 hours suggested.",
        -1,
    ),
    C(
        "e9d-u003",
        "CT HEAD. Blow to the right side of the head with a baseball bat. "
        "Nondisplaced linear fracture of the right temporal squama crossing the groove of the middle "
        "meningeal artery. Beneath it there is a 2 mm extra-axial sliver of higher density which may be a "
        "very small extradural haematoma or partial volume of bone; no mass effect. "
        "IMPRESSION: Right temporal fracture. Tiny EDH cannot be excluded; short-interval repeat CT.",
        -1,
        {"fracture"},
    ),
    C(
        "e9d-u004",
        "CT HEAD AND FACIAL BONES. Assault. "
        "Left zygomatic arch and left orbital floor fractures. Questionable tiny focus of hyperdensity at "
        "the left frontal pole, possibly a small contusion versus beam-hardening artefact from the "
        "adjacent bone. No extra-axial collection. "
        "IMPRESSION: Facial fractures as above. ?Tiny left frontal contusion - clinical follow-up.",
        -1,
        note="facial fractures only: no fracture label",
    ),
    C(
        "e9d-u005",
        "CT BRAIN. Transient dysarthria. "
        "A 4 mm hyperdense focus in the right putamen, 70 HU, which may represent a small calcification or "
        "a microhaemorrhage; no oedema. Otherwise normal. "
        "IMPRESSION: Indeterminate small right putaminal hyperdensity. MRI with SWI advised.",
        -1,
    ),
    C(
        "e9d-u006",
        "NCCT BRAIN. H/o fall 10 days back, headache. "
        "? Thin subdural collection along left frontoparietal convexity, approx 3 mm, poorly seen. "
        "No midline shift. Rest of brain parenchyma normal. "
        "IMPRESSION: ? Thin left frontoparietal subdural haematoma. Suggested MRI correlation.",
        -1,
    ),
    C(
        "e9d-u007",
        "CT HEAD. Post-ictal, on anticoagulation. "
        "Equivocal slight hyperdensity dependent in the left occipital horn, which could be a trace of "
        "intraventricular blood or the adjacent choroid plexus. No other abnormality. "
        "IMPRESSION: ?Trace IVH versus choroid plexus. Repeat CT if clinically indicated.",
        -1,
    ),
    C(
        "e9d-u008",
        "CT HEAD WITH AND WITHOUT CONTRAST. Lung adenocarcinoma. "
        "A 14 mm enhancing lesion in the left occipital lobe with moderate oedema. Its centre is slightly "
        "hyperdense before contrast, which may reflect a haemorrhagic component or hypercellularity. "
        "IMPRESSION: Solitary left occipital metastasis, possibly haemorrhagic. MRI for characterisation.",
        -1,
    ),
    C(
        "e9d-u009",
        "CT HEAD. Headache and vomiting, on oral contraceptive. "
        "The straight sinus and torcula appear mildly dense, query venous sinus thrombosis. An ill-defined "
        "cortical hyperdensity in the left parietal lobe could represent a small haemorrhagic venous "
        "infarct, but may be partial volume of the cortex. "
        "IMPRESSION: Possible venous thrombosis with possible haemorrhagic venous infarct. CT venogram "
        "advised.",
        -1,
        note="both the cause and the blood are hedged",
    ),
    C(
        "e9d-u010",
        "CT HEAD. Elderly, fall. "
        "Subtle hyperdense band along the right side of the posterior falx, 2 mm, either a small "
        "parafalcine subdural haematoma or a dense falx. No mass effect. No fracture. "
        "IMPRESSION: Possible tiny right parafalcine SDH. Consider follow-up CT.",
        -1,
    ),
    C(
        "e9d-u011",
        "CT HEAD. Post cardiac arrest, intubated. "
        "Diffuse cerebral oedema. Relative hyperdensity of the basal cisterns and along the tentorium; "
        "pseudo-SAH is favoured, although a true small subarachnoid haemorrhage cannot be entirely excluded. "
        "IMPRESSION: Hypoxic-ischaemic injury. Pseudo-SAH likely; true SAH not excluded.",
        -1,
        note="mimic favoured but blood left open",
    ),
    C(
        "e9d-u012",
        "CT HEAD AND CERVICAL SPINE. Fall down stairs. "
        "Nondisplaced fracture of the left occipital condyle extending to the hypoglossal canal. "
        "Questionable faint hyperdensity in the cisterna magna, possibly a small amount of subarachnoid "
        "blood, limited by streak artefact. Cervical spine intact. "
        "IMPRESSION: Left occipital condyle fracture. Possible small posterior fossa SAH.",
        -1,
        {"fracture"},
    ),
    C(
        "e9d-u013",
        "CT HEAD. Agitated patient, motion-degraded study. "
        "Findings could be consistent with a tiny amount of subarachnoid blood in a right frontal sulcus; "
        "motion artefact limits assessment. No other abnormality appreciated. "
        "IMPRESSION: Limited study. Tiny right frontal SAH not excluded; repeat when the patient is settled.",
        -1,
    ),
    C(
        "e9d-u014",
        "CT of brain native. In the left thalamus is defined small hyperdense focus 5 mm, density 58 HU. "
        "It is suspicious for small hemorrhage, differential diagnosis calcification. Ventricles not "
        "dilated. Conclusion: Hyperdense focus of left thalamus, suspicious for small hemorrhage. MRI "
        "recommended.",
        -1,
    ),
    C(
        "e9d-u015",
        "CT HEAD WITH CONTRAST, day 1 after resection of a left frontal glioma. "
        "Pneumocephalus and fluid in the resection cavity. Thin hyperdensity along the posterior margin of "
        "the cavity which could be small residual blood products or postoperative enhancement; the two "
        "cannot be distinguished on this contrast-only study. No extra-axial haematoma. "
        "IMPRESSION: Expected postoperative changes. Blood versus enhancement at the resection margin.",
        -1,
        note="craniotomy is not a fracture",
    ),
]
