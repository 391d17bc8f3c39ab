"""English development set 7: invented head-CT reports centred on hedging, follow-up wording and density.

The reports imitate the shapes of English-language head-CT reports as written by US, UK, Australian,
Indian and non-native English-speaking radiologists: short findings/impression blocks, telegraphic
"nil"/"s/o"/"?" notes, and follow-up comparisons. They concentrate on three things that decide a label
beyond the words for blood:
(1) hedging ("cannot be excluded", "not entirely excluded", "possible", "questionable", "equivocal",
    "may represent", "differential includes", "versus", "?", "correlate with MRI", "suspicious for",
    "favored to represent") against plain negation ("no convincing evidence", "no definite hemorrhage");
(2) follow-up wording: still present (decreased, evolving, persistent, partially resorbed, residual)
    against resolved (completely resolved, no longer seen, interval resolution, replaced by
    encephalomalacia), including reports where one hemorrhage has resolved and another persists;
(3) density described without a blood word: a hyperdense focus explained (calcification, contrast
    staining, dense artery, high hematocrit, beam-hardening artifact), left unexplained (hedged), or made
    blood by context (surrounding edema, fluid level, sulci/cisterns, layering in the occipital horns).
A few non-head studies (cervical spine, chest, abdomen, orbits) mention blood and are labeled absent.

The set was written from the label definitions in DOMAIN.md and general radiology knowledge, without
looking at the project's lexicon, matcher or other case files. No report is real.

A development set: its first score is recorded here before any tuning; the rules may then be tuned on it.

First score (en-ich 1.11, before any tuning; rules): ICH sensitivity 0.850, specificity 0.929, PPV 0.919,
hedged sent to verification 0.964; F1 edh 1.000, sdh 0.889, sah 1.000, iph 0.778, ivh 1.000,
multiple 0.947, fracture 0.917, combined 1.000.

Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ---------------------------------------------------------------- present (ich=1)
    C(
        "e7d-p001",
        "Comparison is made with the CT of three days ago. The right frontal intraparenchymal haematoma "
        "has decreased in size, now 2.1 x 1.6 cm, and shows decreasing attenuation at its margins. "
        "Surrounding oedema is stable. No new haemorrhage. Impression: evolving right frontal haematoma.",
        1,
        {"iph"},
    ),
    C(
        "e7d-p002",
        "Follow-up head CT after fall. The subarachnoid blood previously seen in the basal cisterns has "
        "completely resolved. The left parietal contusion is persistent, measuring 12 mm, with mild "
        "surrounding edema. Ventricles are unchanged in size.",
        1,
        {"iph"},
        note="one hemorrhage resolved (SAH), one persists (contusion)",
    ),
    C(
        "e7d-p003",
        "There is a 14 mm hyperdense area in the right thalamus with a thin rim of surrounding low-density "
        "oedema; this was not present on the study from last year. Mild effacement of the third "
        "ventricle. Impression: acute hyperdense right thalamic lesion with perilesional oedema in this "
        "hypertensive patient.",
        1,
        {"iph"},
        note="density + surrounding edema + parenchyma, no blood word",
    ),
    C(
        "e7d-p004",
        "Dependent hyperdense material is layering in both occipital horns with a fluid-fluid level. The "
        "third and fourth ventricles are mildly dilated. No parenchymal hyperdensity. Basal cisterns are "
        "clear.",
        1,
        {"ivh"},
        note="both occipital horns count as one focus",
    ),
    C(
        "e7d-p005",
        "Linear high density tracks along the sulci of the left frontal and parietal convexity, in keeping "
        "with traumatic subarachnoid blood. Undisplaced fracture of the left parietal bone with overlying "
        "scalp swelling. No extra-axial collection. No midline shift.",
        1,
        {"sah", "fracture"},
    ),
    C(
        "e7d-p006",
        "Bilateral crescentic extra-axial collections over the cerebral convexities: the right one is "
        "isodense to cortex, 9 mm, and the left one is of mixed density with dependent hyperdense "
        "components, 13 mm. Sulci are effaced bilaterally. Midline is central. Conclusion: bilateral "
        "chronic subdural haematomas, acute-on-chronic on the left.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e7d-p007",
        "Postoperative CT after left frontotemporal craniotomy for evacuation of acute subdural hematoma. "
        "A residual subdural collection up to 5 mm thick remains along the left convexity, with a small "
        "amount of pneumocephalus. Midline shift has improved from 9 mm to 3 mm.",
        1,
        {"sdh"},
    ),
    C(
        "e7d-p008",
        "NCCT BRAIN: Hyperdense area noted in left ganglio-capsular region measuring approx 3.2 x 2.4 cm "
        "with perilesional edema s/o acute bleed. Mild mass effect on body of left lateral ventricle. No "
        "midline shift. IMPRESSION: Acute left ganglio-capsular bleed.",
        1,
        {"iph"},
    ),
    C(
        "e7d-p009",
        "Diffuse subarachnoid haemorrhage fills the basal cisterns and both Sylvian fissures, with blood "
        "in the fourth ventricle. Temporal horns are dilated. CT angiography shows a 7 mm lobulated "
        "aneurysm of the anterior communicating artery, consistent with aneurysmal rupture.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e7d-p010",
        "Follow-up 24 hours after intravenous thrombolysis for left MCA infarct. There is now a parenchymal "
        "haematoma within the infarcted left lentiform nucleus, occupying more than a third of the "
        "infarct volume with mass effect, PH-2 type haemorrhagic transformation. Left lateral ventricle "
        "is compressed.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e7d-p011",
        "Evolving right MCA territory infarct. Petechial hyperdensities are now seen along the cortex "
        "within the infarct, consistent with haemorrhagic infarction type 1 (HI-1). No space-occupying "
        "haematoma.",
        1,
        {"combined"},
    ),
    C(
        "e7d-p012",
        "Known metastatic melanoma. Post-contrast images show several enhancing lesions; the right "
        "occipital lesion contains hyperdense blood products with a fluid level, consistent with "
        "intratumoral haemorrhage. Vasogenic oedema around the lesions. No hydrocephalus.",
        1,
        {"combined"},
    ),
    C(
        "e7d-p013",
        "A biconvex hyperdense extra-axial collection lies beneath a fracture of the right temporal "
        "squama, maximal thickness 11 mm. Effacement of the right ambient cistern and 4 mm leftward "
        "shift. Findings discussed with the neurosurgical team.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e7d-p014",
        "Findings: hemorrhagic contusions in both frontal lobes, the larger on the right measuring 2.5 cm. "
        "Mild surrounding edema. Basal cisterns patent. No skull fracture identified.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e7d-p015",
        "CT compared with the study of 10 days ago. The left cerebellar hematoma is partially resorbed, now "
        "predominantly isodense with a small hyperdense core. The fourth ventricle is no longer "
        "compressed and hydrocephalus has resolved.",
        1,
        {"iph"},
    ),
    C(
        "e7d-p016",
        "Interval resolution of the intraventricular blood. The residual right caudate haemorrhage now "
        "measures 8 mm, previously 15 mm. Ventricular size is stable.",
        1,
        {"iph"},
        note="IVH resolved, parenchymal component persists",
    ),
    C(
        "e7d-p017",
        "Thin left-sided subdural haematoma along the tentorium and the posterior falx, maximum thickness "
        "4 mm. No mass effect. The brain parenchyma is otherwise normal.",
        1,
        {"sdh"},
    ),
    C(
        "e7d-p018",
        "Small volume acute SAH in the right Sylvian fissure. Nil IVH. No hydrocephalus. Nil skull "
        "fracture. Comment: recommend CT angiogram.",
        1,
        {"sah"},
    ),
    C(
        "e7d-p019",
        "Lobar haematoma in the left parietal lobe, 3.5 cm, with adjacent serpiginous calcified vessels. "
        "CT angiography confirms a nidus fed by left MCA branches with early draining vein: "
        "arteriovenous malformation as the source of the haemorrhage.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e7d-p020",
        "The superior sagittal sinus is hyperdense and expanded, with a cord sign in a left frontal "
        "cortical vein. There are bilateral parasagittal frontal haemorrhages with surrounding oedema. "
        "CT venography shows a filling defect confirming superior sagittal sinus thrombosis.",
        1,
        {"iph", "multiple", "combined"},
    ),
    C(
        "e7d-p021",
        "In the left frontal lobe is determined a zone of increased density 25x18 mm with perifocal edema "
        "zone. Lateral ventricles are not dilated, the left one is slightly compressed. Conclusion: CT "
        "signs of intracerebral hematoma of the left frontal lobe.",
        1,
        {"iph"},
    ),
    C(
        "e7d-p022",
        "Comparison with CT of 8 days ago. The right convexity subdural collection has become hypodense to "
        "isodense and is slightly thinner, 11 mm versus 14 mm, but a persistent 6 mm midline shift "
        "remains. No new hyperdense component.",
        1,
        {"sdh"},
    ),
    C(
        "e7d-p023",
        "There is a chronic left hemispheric subdural collection with a blood-fluid level in its "
        "dependent portion, indicating recent re-bleeding. Left lateral ventricle is effaced, 7 mm "
        "shift to the right. Impression: acute-on-chronic left subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e7d-p024",
        "Hyperdense material fills the interpeduncular and prepontine cisterns and extends into the "
        "suprasellar cistern. The temporal horns are slightly prominent. Parenchyma unremarkable. "
        "Impression: perimesencephalic pattern of subarachnoid blood; CT angiography recommended.",
        1,
        {"sah"},
    ),
    C(
        "e7d-p025",
        "Post-operative follow-up. The left frontal extradural haematoma has been evacuated and is no "
        "longer seen. Small residual contusion at the left frontal pole, 9 mm, with decreasing "
        "density. The known left frontal bone fracture is fixed with plates.",
        1,
        {"iph", "fracture"},
        note="EDH resolved after surgery, contusion persists",
    ),
    C(
        "e7d-p026",
        "Blood in the occipital horns is decreasing in amount compared with yesterday. Subarachnoid blood "
        "in the basal cisterns and the left Sylvian fissure persists. External ventricular drain in the "
        "right frontal horn; ventricles smaller.",
        1,
        {"sah", "ivh", "multiple"},
    ),
    C(
        "e7d-p027",
        "A 9 mm hyperdense focus in the central pons is new compared with yesterday's study, with subtle "
        "surrounding hypodensity. In this anticoagulated patient the appearance is that of an acute "
        "pontine bleed. Fourth ventricle is patent.",
        1,
        {"iph"},
    ),
    C(
        "e7d-p028",
        "Right thalamic haematoma, 2.8 cm, with extension into the third ventricle and both lateral "
        "ventricles. Early hydrocephalus with rounding of the temporal horns. Midline shift 3 mm.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e7d-p029",
        "Small haemorrhagic foci at the splenium of the corpus callosum and at the left frontal grey-white "
        "junction, consistent with diffuse axonal injury. Thin right frontal subdural haematoma, 3 mm. "
        "No fracture.",
        1,
        {"iph", "sdh", "multiple"},
    ),
    C(
        "e7d-p030",
        "CT HEAD PLAIN: Thin hyperdense collection along right fronto-parietal convexity, thickness 6 mm, "
        "s/o acute SDH. Also fracture of right temporal bone extending into mastoid. Rest of the "
        "parenchyma normal. Advised neurosurgical opinion.",
        1,
        {"sdh", "fracture"},
    ),
    C(
        "e7d-p031",
        "Left-sided crescentic hypodense extra-axial collection with internal septations, 14 mm thick. "
        "Effacement of the left hemispheric sulci and 5 mm midline shift. Impression: chronic left "
        "subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e7d-p032",
        "Status post coiling of a ruptured basilar tip aneurysm. Residual subarachnoid blood in the "
        "prepontine cistern, decreased since the previous scan. External drain in situ; a small amount "
        "of blood remains in the fourth ventricle. Coil artefact limits assessment of the midbrain.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e7d-p033",
        "Depressed fracture of the left temporal bone by 6 mm. Beneath it there is a hyperdense area in "
        "the left temporal lobe with surrounding oedema. Conclusion: depressed left temporal fracture "
        "with underlying contusion.",
        1,
        {"iph", "fracture"},
    ),
    C(
        "e7d-p034",
        "The right parietal lobar haemorrhage is evolving, with decreasing attenuation from the periphery "
        "and a developing rim of enhancement. The previously seen subarachnoid blood in the adjacent "
        "sulci has resolved.",
        1,
        {"iph"},
    ),
    C(
        "e7d-p035",
        "Follow-up at 48 hours. Bifrontal contusions persist and are slightly smaller. The thin left "
        "tentorial subdural haematoma is unchanged. No new intracranial haemorrhage.",
        1,
        {"iph", "sdh", "multiple"},
    ),
    C(
        "e7d-p036",
        "CT BRAIN: Acute EDH in right parietal region (3.4 x 1.2 cm) with overlying undisplaced fracture. "
        "Also noted small contusion with hyperdense core in left temporal lobe (contre-coup). "
        "Mild effacement of sulci. Midline shift 2 mm.",
        1,
        {"edh", "iph", "multiple", "fracture"},
    ),
    C(
        "e7d-p037",
        "Isolated intraventricular haemorrhage: hyperdense clot casting the left lateral ventricle. No "
        "parenchymal source is identified and CT angiography shows no vascular malformation. Mild "
        "ventricular enlargement.",
        1,
        {"ivh"},
    ),
    C(
        "e7d-p038",
        "Postoperative day 2 after evacuation of a right cerebellar haematoma via suboccipital "
        "craniectomy. Residual hyperdense clot 1.5 cm at the operative bed. The fourth ventricle is "
        "patent and the supratentorial ventricles are decreasing in size.",
        1,
        {"iph"},
    ),
    C(
        "e7d-p039",
        "Large left frontal mass with a fluid-blood level and marked surrounding oedema, 1 cm midline "
        "shift. Irregular enhancement of the wall after contrast. Impression: haemorrhagic tumour, "
        "metastasis or high-grade glioma.",
        1,
        {"combined"},
    ),
    C(
        "e7d-p040",
        "Compared with the pre-drainage scan, the left chronic subdural collection has decreased in size "
        "but still measures 8 mm. Drain has been removed. Small amount of subdural air. Midline is now "
        "central.",
        1,
        {"sdh"},
    ),
    # ---------------------------------------------------------------- absent (ich=0)
    C(
        "e7d-a001",
        "No convincing evidence of intracranial haemorrhage. Generalised involutional change appropriate "
        "for age. Periventricular white matter hypodensities, likely small vessel disease.",
        0,
    ),
    C(
        "e7d-a002",
        "No definite hemorrhage. Chronic small vessel ischemic changes. Old lacune in the posterior limb "
        "of the left internal capsule. Ventricles and sulci are proportionate.",
        0,
    ),
    C(
        "e7d-a003",
        "Compared with CT of two weeks ago, the previously seen right frontal contusion has completely "
        "resolved; only a small area of low attenuation remains at its site. No new abnormality.",
        0,
    ),
    C(
        "e7d-a004",
        "The left thalamic haemorrhage seen in March has been replaced by encephalomalacia, with ex vacuo "
        "dilatation of the third ventricle. No acute intracranial abnormality.",
        0,
    ),
    C(
        "e7d-a005",
        "Interval resolution of the thin left subdural hematoma. No new extra-axial collection. Gray-white "
        "matter differentiation is preserved.",
        0,
    ),
    C(
        "e7d-a006",
        "The subarachnoid blood previously described in the left Sylvian fissure is no longer seen. The "
        "ventricles are normal in size. Aneurysm clip at the left MCA bifurcation with streak artefact.",
        0,
    ),
    C(
        "e7d-a007",
        "Hyperdense focus in the left globus pallidus measuring about 180 HU, consistent with "
        "calcification; a similar smaller focus is present on the right. No acute intracranial "
        "abnormality.",
        0,
    ),
    C(
        "e7d-a008",
        "Hyperdense right M1 segment (dense artery sign) with loss of grey-white differentiation in the "
        "right insula and lentiform nucleus, ASPECTS 8. No intracranial haemorrhage. Proceeding to "
        "CT angiography.",
        0,
    ),
    C(
        "e7d-a009",
        "Post-thrombectomy follow-up. The hyperdensity in the left putamen and caudate head seen on the "
        "immediate post-procedure scan has washed out on today's study, consistent with contrast staining. "
        "No mass effect. Evolving left striatal infarct.",
        0,
    ),
    C(
        "e7d-a010",
        "The dural venous sinuses and the vessels of the circle of Willis are uniformly hyperdense (about "
        "70 HU), in keeping with the known polycythaemia (haematocrit 62%). No focal parenchymal or "
        "extra-axial hyperdensity. No evidence of venous sinus thrombosis.",
        0,
    ),
    C(
        "e7d-a011",
        "Beam-hardening artefact between the petrous bones produces apparent hyperdensity in the pons, "
        "which is not reproduced on thin reformats. No intracranial haemorrhage. Posterior fossa "
        "otherwise normal.",
        0,
    ),
    C(
        "e7d-a012",
        "CT CERVICAL SPINE: Type II fracture of the dens of C2 with 2 mm posterior displacement. "
        "Prevertebral soft-tissue swelling with a small prevertebral haematoma. The included posterior "
        "fossa is unremarkable.",
        0,
        note="non-head study; cervical fracture is not skull",
    ),
    C(
        "e7d-a013",
        "CT chest with contrast: right haemothorax with 4 cm of layering hyperdense fluid. Fractures of "
        "right ribs 4 to 7. Small right lung contusion. No pneumothorax.",
        0,
    ),
    C(
        "e7d-a014",
        "CT abdomen and pelvis: grade III splenic laceration with perisplenic haematoma and moderate "
        "haemoperitoneum. No active contrast extravasation. Liver and kidneys intact.",
        0,
    ),
    C(
        "e7d-a015",
        "Large left parietal subgaleal haematoma. No underlying skull fracture. No intracranial "
        "haemorrhage or extra-axial collection.",
        0,
    ),
    C(
        "e7d-a016",
        "Undisplaced linear fracture of the right occipital bone extending towards the foramen magnum. "
        "No extra-axial collection. The brain parenchyma and the ventricles are normal.",
        0,
        {"fracture"},
    ),
    C(
        "e7d-a017",
        "Fracture of the left orbital floor and of the anterior wall of the left maxillary sinus, with "
        "haemosinus. The intracranial contents are normal. No pneumocephalus.",
        0,
        note="facial fracture, blood in the sinus",
    ),
    C(
        "e7d-a018",
        "Physiological calcification of the pineal gland, the choroid plexus of both lateral ventricles and "
        "the falx. No hyperdense acute lesion. Normal study for age.",
        0,
    ),
    C(
        "e7d-a019",
        "Post-haemorrhagic cyst in the right putamen with surrounding gliosis, unchanged from 2019. No "
        "acute blood. No mass effect.",
        0,
    ),
    C(
        "e7d-a020",
        "NCCT HEAD: No e/o intracranial bleed. Ventricles and sulci are normal for age. Bony calvarium "
        "intact. IMPRESSION: Normal study.",
        0,
    ),
    C(
        "e7d-a021",
        "Pathological densities in the brain substance are not revealed. Hemorrhage no. Ventricles are "
        "symmetric, not dilated. Conclusion: CT without pathology.",
        0,
    ),
    C(
        "e7d-a022",
        "The blood-fluid levels in both occipital horns have resolved. Ventricular size has normalised "
        "after removal of the external drain. No new haemorrhage.",
        0,
    ),
    C(
        "e7d-a023",
        "The falx is hyperdense along its anterior two thirds owing to dense calcification, unchanged from "
        "the prior study. No subdural collection. No midline shift.",
        0,
    ),
    C(
        "e7d-a024",
        "A 3 mm hyperdense focus in the left frontal subcortical white matter is calcified on bone window "
        "and has been stable for four years, in keeping with a calcified granuloma. No perifocal oedema. "
        "No acute intracranial abnormality.",
        0,
    ),
    C(
        "e7d-a025",
        "CT orbits: right retrobulbar haematoma with proptosis and stretching of the optic nerve. The "
        "orbital walls are intact. The intracranial compartment is normal.",
        0,
    ),
    C(
        "e7d-a026",
        "Densely calcified extra-axial mass along the left sphenoid wing, 2 cm, consistent with a "
        "meningioma. No surrounding oedema or haemorrhage. Ventricles normal.",
        0,
    ),
    C(
        "e7d-a027",
        "Established left occipital infarct with volume loss. No haemorrhagic transformation. No acute "
        "intracranial haemorrhage or space-occupying lesion.",
        0,
    ),
    C(
        "e7d-a028",
        "24-hour scan post thrombolysis: evolving left MCA infarct involving the insula and frontal "
        "operculum, with mild swelling. No haemorrhagic transformation. No midline shift.",
        0,
    ),
    C(
        "e7d-a029",
        "The basilar artery is hyperdense, raising concern for basilar thrombosis; CT angiography confirms "
        "occlusion of the distal basilar artery. No intracranial haemorrhage. Early hypodensity in the "
        "left thalamus.",
        0,
    ),
    C(
        "e7d-a030",
        "Diffuse cerebral oedema after cardiac arrest, with effacement of the sulci and relative "
        "hyperdensity of the basal cisterns and tentorium, giving a pseudo-subarachnoid appearance. No "
        "true subarachnoid blood is present. Loss of grey-white differentiation throughout.",
        0,
    ),
    C(
        "e7d-a031",
        "Following bilateral burr-hole drainage, the subdural collections have completely resolved. Burr "
        "holes noted in both parietal bones. The sulci are again visible.",
        0,
    ),
    C(
        "e7d-a032",
        "Healing fracture of the right parietal bone. The underlying extradural haematoma seen on "
        "admission has resolved. No new intracranial abnormality.",
        0,
        {"fracture"},
    ),
    C(
        "e7d-a033",
        "Nil intracranial haemorrhage. Nil skull fracture. Mild left frontal scalp swelling. Grey-white "
        "differentiation preserved.",
        0,
    ),
    C(
        "e7d-a034",
        "Following coiling of an unruptured aneurysm, gyriform hyperdensity in the left parietal cortex on "
        "the immediate post-procedure scan measured up to 120 HU; it has completely cleared at 24 hours, "
        "confirming contrast staining. No haemorrhage.",
        0,
    ),
    C(
        "e7d-a035",
        "The right transverse and sigmoid sinuses appear dense; venous sinus thrombosis versus high "
        "haematocrit. No parenchymal haemorrhage or oedema. CT venography suggested.",
        0,
        note="the hedge is about thrombosis, not blood; hemorrhage negated",
    ),
    C(
        "e7d-a036",
        "CT cervical spine: posterior epidural haematoma in the spinal canal from C5 to C7 with cord "
        "compression. Visualised skull base intact. Multilevel degenerative change.",
        0,
        note="spinal, non-head study",
    ),
    C(
        "e7d-a037",
        "Interval resolution of both the left frontal contusion and the small right subdural haematoma; "
        "no residual hyperdensity. Mild focal atrophy at the left frontal pole.",
        0,
    ),
    C(
        "e7d-a038",
        "No definite hemorrhage or midline shift. Small right frontal scalp hematoma. Calvarium intact.",
        0,
    ),
    C(
        "e7d-a039",
        "Fracture of the lateral wall of the sphenoid sinus extending into the skull base, with a "
        "blood-fluid level in the sphenoid sinus. No intracranial haemorrhage. No pneumocephalus.",
        0,
        {"fracture"},
        note="sphenoid is skull base; sinus blood is extracranial",
    ),
    C(
        "e7d-a040",
        "Hyperdense areas noted in bilateral basal ganglia and dentate nuclei s/o calcification "
        "(? Fahr). No evidence of bleed. Ventricles normal.",
        0,
    ),
    C(
        "e7d-a041",
        "Contrast-enhanced CT: ring-enhancing lesion in the right frontal lobe with surrounding oedema. No "
        "blood products. Differential includes abscess and high-grade glioma.",
        0,
        note="a hedge about the lesion, not about blood",
    ),
    C(
        "e7d-a042",
        "The intraventricular blood has cleared completely, and the right frontal haematoma has been "
        "replaced by a slit-like cavity of CSF density. No hydrocephalus.",
        0,
    ),
    # ---------------------------------------------------------------- hedged (ich=-1)
    C(
        "e7d-h001",
        "Thunderclap headache, scanned 9 hours after onset. Basal cisterns appear clear. A small "
        "subarachnoid haemorrhage in the right frontal sulci cannot be excluded. Lumbar puncture "
        "suggested.",
        -1,
    ),
    C(
        "e7d-h002",
        "Questionable thin hyperdensity along the left tentorium, which may represent a small subdural "
        "haematoma versus normal dural density. No mass effect. Suggest follow-up CT in 24 hours.",
        -1,
    ),
    C(
        "e7d-h003",
        "Tiny 4 mm hyperdense focus in the right frontal lobe of uncertain nature; a haemorrhagic "
        "contusion is not entirely excluded. No oedema. MRI correlation recommended.",
        -1,
    ),
    C(
        "e7d-h004",
        "NCCT BRAIN: Ventricles normal in size. ? Small bleed in left occipital horn. No midline shift. "
        "Advised follow up scan.",
        -1,
    ),
    C(
        "e7d-h005",
        "Equivocal hyperdensity in the interpeduncular cistern. The remaining cisterns and sulci are "
        "clear. Ventricles are normal. CT angiography may be considered.",
        -1,
    ),
    C(
        "e7d-h006",
        "Hyperdense focus in the left basal ganglia, 6 mm: calcification versus small haemorrhage. No "
        "prior imaging available. Correlate with MRI including susceptibility-weighted sequences.",
        -1,
    ),
    C(
        "e7d-h007",
        "Immediate post-thrombectomy scan. Hyperdensity in the left lentiform nucleus; differential "
        "includes contrast staining and haemorrhagic transformation. No mass effect. Repeat CT in 24 "
        "hours.",
        -1,
    ),
    C(
        "e7d-h008",
        "Linear fracture of the left frontal bone. Possible small extradural collection beneath it, at the "
        "limit of resolution, up to 2 mm. No midline shift.",
        -1,
        {"fracture"},
    ),
    C(
        "e7d-h009",
        "Findings suspicious for a small amount of intraventricular blood in the dependent right "
        "occipital horn. Ventricles are not enlarged. No parenchymal abnormality.",
        -1,
    ),
    C(
        "e7d-h010",
        "Rounded 12 mm hyperdense lesion in the right temporal lobe without surrounding oedema, favored to "
        "represent a cavernoma with recent bleeding; a partly calcified lesion remains in the "
        "differential. MRI recommended.",
        -1,
    ),
    C(
        "e7d-h011",
        "No definite hemorrhage. A subtle hyperdensity in the left Sylvian fissure may represent a small "
        "volume of subarachnoid blood or partial volume averaging. Ventricles normal.",
        -1,
        note="'no definite' followed by a hedge about a specific finding",
    ),
    C(
        "e7d-h012",
        "In the left parietal lobe is a zone of high density 5 mm, it can be small hemorrhage or calcinate. "
        "Other parts of brain without changes. Recommended MRI.",
        -1,
    ),
    C(
        "e7d-h013",
        "A 3 mm hyperdense focus is noted in the right cerebellar hemisphere. No surrounding oedema. No "
        "prior imaging for comparison. The rest of the study is unremarkable.",
        -1,
        note="small hyperdense focus left unexplained",
    ),
    C(
        "e7d-h014",
        "Subtle increased density in the left parietal sulci, ?early SAH. Discussed with the ED registrar; "
        "lumbar puncture advised. No hydrocephalus.",
        -1,
    ),
    C(
        "e7d-h015",
        "The right frontal contusion has largely resolved. A faint residual hyperdensity at its site is "
        "questionable, possibly residual blood versus partial volume of the adjacent bone. No new "
        "abnormality.",
        -1,
    ),
    C(
        "e7d-h016",
        "Left convexity extra-axial fluid collection, 7 mm, slightly denser than CSF. Appearances may "
        "represent a chronic subdural haematoma; differential includes a subdural hygroma. MRI would help.",
        -1,
    ),
    C(
        "e7d-h017",
        "Possible small volume SAH in the basal cisterns, although beam hardening from the skull base "
        "limits assessment. Nil definite haemorrhage elsewhere. Nil fracture.",
        -1,
    ),
    C(
        "e7d-h018",
        "CT HEAD: Suspicious hyperdense area in right frontal region, ? contusion. Linear fracture of "
        "right frontal bone noted. Ventricles normal. Adv: repeat CT after 24 hrs.",
        -1,
        {"fracture"},
    ),
    C(
        "e7d-h019",
        "Subacute left MCA territory infarct with a few punctate cortical hyperdensities, which may "
        "represent petechial haemorrhage. Correlate with MRI. No mass effect.",
        -1,
    ),
    C(
        "e7d-h020",
        "Small hyperdense extra-axial focus near the vertex on the right, which may represent a small "
        "subdural collection or volume averaging of the skull. Recommend follow-up.",
        -1,
    ),
    C(
        "e7d-h021",
        "Slight hyperdensity in the dependent occipital horns: choroid plexus calcification versus a small "
        "amount of intraventricular haemorrhage. No hydrocephalus.",
        -1,
    ),
    C(
        "e7d-h022",
        "Small left parafalcine hyperdensity, likely dural calcification, though a small interhemispheric "
        "subdural haematoma cannot be entirely excluded. No mass effect.",
        -1,
    ),
    C(
        "e7d-h023",
        "Appearances are suspicious for subarachnoid blood in the right Sylvian fissure. Ventricles "
        "normal. Please correlate clinically; CT angiography if concern persists.",
        -1,
    ),
    C(
        "e7d-h024",
        "The previously described left subdural haematoma has resolved. New questionable small "
        "hyperdensity in the right frontal lobe, artefact versus tiny contusion. Short-interval follow-up "
        "suggested.",
        -1,
        note="resolved SDH plus a hedged new finding",
    ),
    C(
        "e7d-h025",
        "Faint hyperdensity in the left thalamus, indeterminate. In view of anticoagulation, haemorrhage "
        "cannot be excluded. MRI correlation advised.",
        -1,
    ),
    C(
        "e7d-h026",
        "Hyperdensity in the right cerebellar hemisphere possibly representing haemorrhage versus "
        "beam-hardening artefact from the petrous bone. Repeat with thin sections and altered gantry "
        "angle suggested.",
        -1,
    ),
    C(
        "e7d-h027",
        "Fracture through the right petrous temporal bone with opacification of the mastoid air cells. "
        "Minimal hyperdense material along the falx may represent a small acute subdural haematoma; "
        "differential is a normal dense falx.",
        -1,
        {"fracture"},
    ),
    C(
        "e7d-h028",
        "Conclusion: probably small subarachnoid hemorrhage in the left parietal sulci. Ventricles are "
        "not dilated. Control CT is recommended.",
        -1,
    ),
]
