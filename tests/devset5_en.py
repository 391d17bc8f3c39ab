"""English development set 5: head-CT reports written to test specificity.

The set imitates English-language head-CT reports from radiologists in the US, the UK, Ireland, India,
Australia and South Africa, and from non-native writers in European, Latin American and Asian hospitals.
Most absent reports are traps for a careless reader: a bleed named in the history or the indication, a
prior hematoma that has resolved, post-operative change without blood, old sequelae, hyperdense mimics,
extracranial blood, hygromas, many shapes of negation and non-head studies that mention blood. The present
reports are written in the same styles so that a specific rule cannot win by ignoring them, and the hedged
reports only suggest hemorrhage.

The cases were written from the label definitions in DOMAIN.md and general radiology knowledge, without
looking at the project's lexicon, matcher or other case files. No report is real.

Labeling conventions: those written once in tests/_cases.py.

A development set: its first score is recorded here before any tuning; the rules may then be tuned on it.

First score (en-ich 1.6, before any tuning; rules): ICH sensitivity 1.000, specificity 0.800, PPV 0.778,
hedged sent to verification 1.000; F1 edh 0.800, sdh 0.818, sah 0.875, iph 0.889, ivh 1.000,
multiple 1.000, fracture 0.933, combined 0.923.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    C(
        "e5d-a001",
        "CT HEAD WITHOUT CONTRAST. INDICATION: Fall on anticoagulation, rule out bleed. "
        "TECHNIQUE: Axial 5 mm images from skull base to vertex, bone and brain windows. "
        "COMPARISON: None. FINDINGS: No acute intracranial hemorrhage, mass effect or midline shift. "
        "Gray-white differentiation is preserved. Ventricles and sulci are age-appropriate. "
        "Basal cisterns are patent. Small left frontal scalp hematoma without underlying fracture. "
        "Paranasal sinuses and mastoid air cells are clear. "
        "IMPRESSION: No acute intracranial abnormality. Left frontal scalp hematoma.",
        0,
    ),
    C(
        "e5d-p001",
        "CT HEAD NON-CONTRAST. CLINICAL HISTORY: Headache, query ICH. COMPARISON: None. "
        "FINDINGS: Ventricles normal in size and configuration. No midline shift. "
        "Gray-white matter differentiation maintained. No extra-axial collection. "
        "Small amount of hyperdense material in two sulci of the right parietal convexity. "
        "Basal cisterns clear. Posterior fossa unremarkable. Calvarium intact. "
        "Orbits, sinuses and mastoids are clear. "
        "IMPRESSION: Trace right parietal convexity subarachnoid hemorrhage. No other acute finding.",
        1,
        {"sah"},
    ),
    C(
        "e5d-a002",
        None,
        0,
        description="History of subarachnoid hemorrhage 2019, coiled anterior communicating artery "
        "aneurysm. Coil pack at the ACom region with streak artifact obscuring the adjacent "
        "frontal lobes. No new hyperdensity in the basal cisterns, Sylvian fissures or sulci. "
        "Ventricles stable in size, no hydrocephalus. Small old infarct in the right caudate head.",
        conclusion="Post-coiling changes. No evidence of recurrent haemorrhage. Stable ventricular size.",
    ),
    C(
        "e5d-a003",
        "Known left SDH, follow-up. Compared with CT of 12 days ago the left convexity subdural "
        "hematoma has completely resolved. No residual extra-axial collection. Midline is now central. "
        "Ventricles symmetric. IMPRESSION: Resolution of left subdural haematoma.",
        0,
    ),
    C(
        "e5d-p002",
        None,
        1,
        {"sdh"},
        description="Indication: elderly man, progressive confusion over three weeks, no clear trauma. "
        "There is a crescentic extra-axial collection over the right cerebral convexity, maximal "
        "thickness 14 mm, of density similar to grey matter with a slightly hypodense "
        "dependent component. Effacement of right-sided sulci and 6 mm leftward midline shift. "
        "Right lateral ventricle compressed. No fracture.",
        conclusion="Right convexity isodense-to-hypodense collection consistent with a subacute to "
        "chronic subdural collection with mass effect. Neurosurgical referral advised.",
    ),
    C("e5d-a004", "Brain parenchyma is normal. No bleed. No fracture. Impression: normal CT head.", 0),
    C(
        "e5d-a005",
        None,
        0,
        description="Dense calcification of the falx cerebri anteriorly and of both choroid plexuses. "
        "Pineal gland calcified, measures 8 mm. Symmetric punctate calcifications of both globus "
        "pallidi. These hyperdensities measure above 150 HU and are consistent with physiological "
        "calcification. No intra- or extra-axial collection. Ventricles are normal.",
        conclusion="Physiological intracranial calcifications. No intracranial haemorrhage.",
    ),
    C(
        "e5d-p003",
        None,
        1,
        {"ivh"},
        description="Patient known case of hypertension, found drowsy. Lateral ventricles mildly "
        "prominent. Hyperdense fluid level is seen layering dependently in the occipital horns of both "
        "lateral ventricles. Third and fourth ventricles are normal. No parenchymal hematoma is "
        "identified. Cisterns are patent. Bony calvarium normal.",
        conclusion="Blood layering in the occipital horns of both lateral ventricles. Kindly correlate "
        "clinically and with CT angiography to look for a vascular cause.",
    ),
    C(
        "e5d-a006",
        "CT HEAD. Hx: MVA, LOC. Extensive left frontotemporal subgaleal haematoma with soft tissue "
        "swelling. No underlying calvarial fracture. No intracranial haemorrhage or collection. "
        "Fluid level in the left maxillary sinus, likely blood, in keeping with a fracture of the "
        "anterior and lateral walls of the left maxillary sinus. Left zygomatic arch fracture. "
        "CONCLUSION: Left zygomaticomaxillary complex fracture with haemosinus. No intracranial injury.",
        0,
        note="facial fractures and sinus blood are neither ICH nor skull fracture",
    ),
    C(
        "e5d-h001",
        None,
        -1,
        description="Motor vehicle accident. A small 4 mm hyperdense focus is noted at the grey-white "
        "junction of the left frontal lobe. No perilesional edema. Ventricles and cisterns normal. "
        "No extra-axial collection. No midline shift. Calvarium intact.",
        conclusion="Tiny hyperdense focus in the left frontal lobe, may represent a small "
        "haemorrhagic contusion or calcification. Follow-up CT recommended.",
    ),
    C(
        "e5d-a007",
        "NCCT head. Comparison 2023-04-02. Patient status post right frontotemporal craniotomy for "
        "evacuation of an acute subdural hematoma. Craniotomy flap in place with fixation plates. "
        "Mild pneumocephalus has resolved. No residual or recurrent subdural collection. Small area of "
        "encephalomalacia in the right frontal lobe. No new hemorrhage. Ventricles stable. "
        "IMPRESSION: Postoperative changes without residual hematoma.",
        0,
    ),
    C(
        "e5d-p004",
        "NCCT head. Comparison 2023-04-02. Status post left frontoparietal craniotomy for evacuation of "
        "an acute subdural hematoma. There is a residual 5 mm hyperdense subdural collection along the "
        "left convexity beneath the flap, smaller than on the immediate postoperative study. "
        "Small volume pneumocephalus. Midline shift has decreased from 7 to 2 mm. "
        "IMPRESSION: Expected postoperative evolution with a small residual left subdural hematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e5d-a008",
        None,
        0,
        description="Hyperdense left middle cerebral artery in its M1 segment (density 62 HU). "
        "Subtle loss of grey-white differentiation in the left insular ribbon. No hyperdensity within "
        "the parenchyma, ventricles or subarachnoid space. ASPECTS 8.",
        conclusion="Hyperdense left MCA sign with early ischaemic change in the left insula, in keeping "
        "with acute left MCA occlusion. No haemorrhage; thrombolysis is not contraindicated on CT "
        "grounds.",
    ),
    C(
        "e5d-a009",
        "Hemorrhage: none. Mass effect: none. Hydrocephalus: none. Infarct: none. "
        "Extra-axial collection: none. Fracture: none.",
        0,
    ),
    C(
        "e5d-p005",
        None,
        1,
        {"iph", "multiple", "fracture"},
        description="History: assault, GCS 12. Non-displaced linear fracture of the right temporal squama "
        "extending towards the floor of the middle cranial fossa. Contusions in the left frontal "
        "pole and left temporal pole with small hemorrhagic foci up to 9 mm and surrounding edema "
        "(contrecoup pattern). No extra-axial hematoma. Basal cisterns patent. Right temporal scalp "
        "swelling.",
        conclusion="Right temporal skull fracture. Haemorrhagic contusions of the left frontal and "
        "temporal poles.",
    ),
    C(
        "e5d-a010",
        "Tomography of the brain without contrast. Comparing with the previous study of 3 months ago, "
        "the previously seen hematoma in the right basal ganglia has resolved, leaving a slit-like "
        "hypodense cavity with gliosis and ex vacuo dilatation of the right frontal horn. No new "
        "areas of abnormal density. CONCLUSION: Post-hemorrhagic sequelae in the right basal ganglia. "
        "No acute findings.",
        0,
    ),
    C(
        "e5d-p006",
        "CT brain plain. Follow-up of left thalamic bleed. The left thalamic hematoma is smaller, now "
        "measuring 18 x 12 mm (previously 24 x 17 mm), with decreasing density and a rim of edema. "
        "The intraventricular extension seen previously in the third ventricle and left occipital horn "
        "is no longer visible. No hydrocephalus. IMPRESSION: Evolving left thalamic haemorrhage. "
        "Resolution of intraventricular blood.",
        1,
        {"iph"},
        note="ivh resolved per mention; iph persists",
    ),
    C(
        "e5d-h002",
        "CT head. Slight hyperdensity along the tentorium on the right, which could represent a thin "
        "subdural haemorrhage versus normal dural density. No mass effect. Clinical correlation and "
        "short-interval follow-up suggested.",
        -1,
    ),
    C(
        "e5d-p007",
        None,
        1,
        {"edh", "fracture"},
        description="Young male, fall from a bicycle, no helmet. Left temporal scalp haematoma. "
        "Underlying undisplaced linear fracture of the left temporal bone. Beneath the fracture a "
        "biconvex hyperdense extra-axial collection 11 mm thick, not crossing the sutures. Minimal "
        "effacement of left temporal sulci. Midline shift 2 mm. Mastoid air cells clear.",
        conclusion="Acute left temporal extradural haematoma with overlying skull fracture.",
    ),
    C(
        "e5d-h003",
        None,
        -1,
        description="Patient on warfarin, minor fall. Streak artifact through the posterior fossa from "
        "the petrous bones limits assessment. Questionable linear hyperdensity in the prepontine "
        "cistern. Supratentorial brain normal. No extra-axial collection.",
        conclusion="Possible small amount of subarachnoid blood in the prepontine cistern, versus "
        "beam-hardening artifact. Suggest repeat imaging with thin sections or MRI.",
    ),
    C(
        "e5d-a011",
        None,
        0,
        description="Dehydrated elderly patient, polycythaemia vera. The superior sagittal sinus, "
        "straight sinus and transverse sinuses appear uniformly dense (about 65 HU), with arteries of "
        "similar density. Haematocrit on the day of the scan 0.58. No filling defect pattern, no "
        "venous infarct. No hyperdensity in sulci, cisterns or ventricles.",
        conclusion="Diffusely dense dural venous sinuses and vessels, attributable to the raised "
        "haematocrit. No intracranial haemorrhage and no CT sign of venous sinus thrombosis.",
    ),
    C(
        "e5d-a012",
        "POST-THROMBECTOMY CT HEAD. Left M1 thrombectomy 3 hours ago (TICI 2c). Hyperdensity in the "
        "left lentiform nucleus and caudate head measuring 110-140 HU. On the dual-energy iodine map "
        "this corresponds to iodine, and the virtual non-contrast images show no hyperdensity, in "
        "keeping with contrast staining. No sulcal or intraventricular hyperdensity. No mass effect. "
        "IMPRESSION: Contrast staining of the left basal ganglia. No hemorrhagic transformation.",
        0,
    ),
    C(
        "e5d-p008",
        None,
        1,
        {"iph", "combined"},
        description="Follow-up 24 h after intravenous thrombolysis for right MCA stroke. Known "
        "hypodense infarct in the right frontal operculum and insula. Within it there is a new "
        "confluent hyperdense haematoma 28 x 20 mm occupying about 40% of the infarcted area, with "
        "mild mass effect on the right lateral ventricle. Midline shift 3 mm.",
        conclusion="Haemorrhagic transformation of the right MCA infarct, parenchymal haematoma type 1 "
        "(PH-1).",
    ),
    C(
        "e5d-a013",
        "Non contrast CT head following cardiac arrest. There is diffuse loss of grey-white "
        "differentiation with effacement of the sulci and basal cisterns. The cisterns, tentorium and "
        "falx appear relatively dense against the swollen hypodense brain (pseudo-subarachnoid "
        "haemorrhage appearance); measured density 38 HU, in keeping with normal dura and vessels. "
        "Reversal sign present. IMPRESSION: Diffuse hypoxic-ischaemic brain injury with cerebral "
        "oedema. Pseudo-SAH, no true subarachnoid blood.",
        0,
    ),
    C(
        "e5d-a014",
        None,
        0,
        description="Comparison: CT of 14 March. Bilateral frontal extra-axial collections of CSF "
        "density (4-6 HU), 7 mm on the right and 5 mm on the left, with vessels traversing the "
        "collections. No hyperdense component and no membranes. Mild generalised atrophy. No mass "
        "effect. Appearances are unchanged from the prior study.",
        conclusion="Stable bilateral frontal subdural hygromas. No subdural haematoma.",
    ),
    C(
        "e5d-a015",
        "CT CERVICAL SPINE. INDICATION: Neck pain after fall, on apixaban. FINDINGS: No cervical "
        "fracture or malalignment. There is a hyperdense posterior epidural collection from C4 to C7 "
        "measuring up to 6 mm, effacing the dorsal thecal sac, consistent with a spinal epidural "
        "hematoma. Prevertebral soft tissues normal. Included posterior fossa unremarkable. "
        "IMPRESSION: Spinal epidural hematoma C4-C7. Urgent MRI recommended.",
        0,
        note="non-head study",
    ),
    C(
        "e5d-a016",
        None,
        0,
        description="CT thorax post trauma. Moderate right haemothorax with fluid density 45 HU and a "
        "haematocrit level. Fractures of the right 4th to 7th ribs. Right lower lobe contusion. "
        "No pneumothorax. Mediastinum central, no mediastinal haematoma.",
        conclusion="Right haemothorax with multiple rib fractures and pulmonary contusion.",
        note="non-head study",
    ),
    C(
        "e5d-p009",
        "CT head: a 12 mm hyperdense focus in the left cerebellar hemisphere with a thin rim of "
        "oedema, consistent with an acute cerebellar haemorrhage. The fourth ventricle is patent. "
        "Everything else within normal limits. No hydrocephalus.",
        1,
        {"iph"},
    ),
    C(
        "e5d-a017",
        "CT orbits and head. Left periorbital soft tissue swelling. Retrobulbar haematoma in the left "
        "intraconal space with mild proptosis and stretching of the optic nerve. Fracture of the "
        "left orbital floor with blood in the left maxillary sinus. Intracranial contents are "
        "unremarkable; no intracranial haemorrhage. Skull vault and base intact. "
        "Impression: left retrobulbar haematoma - ophthalmology review for possible canthotomy.",
        0,
    ),
    C(
        "e5d-a018",
        None,
        0,
        {"fracture"},
        description="Trauma, bleeding from the right ear. Longitudinal fracture of the right petrous "
        "temporal bone extending through the mastoid. Opacification of the right middle ear cavity "
        "and mastoid air cells, in keeping with haemotympanum. Ossicular chain appears intact. "
        "No pneumocephalus. Brain: no extra-axial or intraparenchymal haemorrhage, no contusion.",
        conclusion="Right longitudinal temporal bone fracture with haemotympanum. No intracranial bleed.",
    ),
    C(
        "e5d-p010",
        None,
        1,
        {"sah", "ivh", "multiple", "combined"},
        description="Thunderclap headache. Diffuse hyperdensity filling the basal cisterns, both "
        "Sylvian fissures and the anterior interhemispheric fissure. Blood in the fourth ventricle "
        "and both occipital horns. Early dilatation of the temporal horns. CT angiography: 7 mm "
        "lobulated aneurysm of the anterior communicating artery with a daughter sac.",
        conclusion="Diffuse subarachnoid haemorrhage with intraventricular extension (modified Fisher "
        "4) secondary to rupture of an ACom aneurysm. Early hydrocephalus.",
    ),
    C("e5d-a019", "The brain is free of blood. Ventricles and cisterns normal. No skull fracture.", 0),
    C(
        "e5d-h004",
        "CT head (India). Known case of CKD on haemodialysis, altered sensorium. Ill-defined "
        "hyperdensity in the right frontal sulci? early subarachnoid haemorrhage. Rest of the "
        "parenchyma normal. Ventricles normal. IMPRESSION: Suspicious for right frontal sulcal SAH, "
        "kindly correlate; MRI FLAIR/SWI advised.",
        -1,
    ),
    C(
        "e5d-p011",
        None,
        1,
        {"sdh"},
        description="Comparison: CT dated 02/05. The left convexity subdural haematoma is unchanged in "
        "thickness (9 mm) and now has mixed density with hyperdense and isodense components. "
        "No change in midline shift (3 mm). No new haemorrhage elsewhere.",
        conclusion="Stable left subdural haematoma, no interval increase.",
        note="'no change' and 'no new haemorrhage' do not negate the existing SDH",
    ),
    C(
        "e5d-a020",
        "Study: CT head. Indication: ?SAH. Findings: Without evidence of subarachnoid, subdural, "
        "epidural, intraparenchymal or intraventricular hemorrhage. Ventricles normal. No "
        "hydrocephalus. Conclusion: No SAH demonstrated; LP recommended if clinical suspicion "
        "persists (>6 h from onset).",
        0,
    ),
    C(
        "e5d-p012",
        None,
        1,
        {"combined"},
        description="Known metastatic melanoma. Three rounded lesions at the grey-white junction: right "
        "frontal 15 mm, left parietal 10 mm and right cerebellar 8 mm. The right frontal lesion is "
        "spontaneously hyperdense (58 HU) with a fluid level, with extensive vasogenic oedema.",
        conclusion="Multiple cerebral metastases; the right frontal metastasis has bled.",
        note="tumour bleeding carries no subtype",
    ),
    C(
        "e5d-h005",
        None,
        -1,
        description="Headache after a fall. Thin hyperdense line along the posterior falx, 2 mm. No "
        "sulcal hyperdensity, ventricles normal, no mass effect.",
        conclusion="Hyperdensity along the posterior falx: probably dense falx, although a small "
        "interhemispheric subdural haematoma cannot be excluded.",
    ),
    C(
        "e5d-p013",
        "Dr. XX, Emergency Dept. Findings: Ventricles normal. No midline shift. No hydrocephalus. "
        "Basal ganglia normal. Cerebellum normal. Brainstem normal. Sella normal. A thin 3 mm subdural "
        "haematoma is noted along the right leaf of the tentorium. Orbits normal. Sinuses clear. "
        "Mastoids clear. Bones intact. Impression: Small right tentorial subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e5d-p014",
        None,
        1,
        {"iph"},
        description="Known hypertensive. Hyperdense lesion in the left external capsule and putamen, "
        "35 x 22 mm, volume approx 9 ml, surrounding oedema, compression of the left frontal horn. "
        "No extension into the ventricles. No subarachnoid blood.",
        conclusion="Acute left putaminal haemorrhage, likely hypertensive.",
    ),
    C(
        "e5d-h006",
        "Small area of increased attenuation in the right occipital horn, may be choroid plexus or a "
        "tiny amount of intraventricular blood; recommend follow-up.",
        -1,
    ),
    C(
        "e5d-a021",
        "CT encephalon without contrast medium. Median structures in axis. Ventricular system of normal "
        "amplitude and symmetric. Not evidence of hyperdense areas of haemorrhagic significance, "
        "neither intra- nor extra-axial. Small hypodense lacunar areas in the semioval centres of "
        "chronic vascular origin. Conclusion: Chronic small vessel ischaemic changes. Not signs of "
        "intracranial haemorrhage.",
        0,
    ),
    C(
        "e5d-a022",
        None,
        0,
        description="History: left temporal lobar haemorrhage in 2015, epilepsy. Large CSF-density "
        "cavity in the left temporal lobe communicating with the left temporal horn "
        "(porencephalic), with surrounding gliosis and widening of the left Sylvian fissure. "
        "No hyperdense material. No new focal lesion.",
        conclusion="Left temporal porencephalic cavity and gliosis, sequelae of the old haemorrhage. "
        "Nothing acute.",
    ),
    C(
        "e5d-a023",
        "INDICATION: Worst headache of life, SAH? FINDINGS: Negative for hemorrhage. "
        "IMPRESSION: Normal noncontrast head CT.",
        0,
    ),
    C(
        "e5d-a024",
        "Antecedent of subdural hematoma left operated in 2021 (burr holes). At present, there are no "
        "extra-axial collections. Two burr holes in the left parietal bone. Ventricles of normal size. "
        "Cortical sulci appropriate for age. Conclusion: Postsurgical changes, without signs of "
        "recurrence of the subdural hematoma.",
        0,
    ),
    C(
        "e5d-a025",
        None,
        0,
        description="Well-circumscribed extra-axial mass at the left frontal convexity, 24 mm, broad "
        "dural base, uniformly hyperdense with coarse calcification (up to 400 HU), no surrounding "
        "oedema. Mild adjacent hyperostosis. No intracranial blood. Ventricles normal.",
        conclusion="Calcified left frontal convexity meningioma. No haemorrhage.",
    ),
    C(
        "e5d-a026",
        "NCCT BRAIN. Clinical: seizure. Multiple small calcified nodular foci scattered at the grey-white "
        "junction in both cerebral hemispheres, largest 4 mm in the right parietal lobe, no "
        "perilesional oedema. No hemorrhage. No hydrocephalus. IMPRESSION: Calcified granulomas, likely "
        "healed neurocysticercosis. No acute intracranial abnormality.",
        0,
    ),
    C(
        "e5d-a027",
        None,
        0,
        {"fracture"},
        description="High-speed road traffic collision. Fracture through the left greater wing of the "
        "sphenoid extending into the lateral wall of the sphenoid sinus. Hyperdense air-fluid level "
        "in the sphenoid sinus (blood). Few locules of pneumocephalus in the left middle cranial "
        "fossa. Brain: no extra-axial collection, no contusion, no subarachnoid blood.",
        conclusion="Left sphenoid (skull base) fracture with haemosinus and small pneumocephalus. "
        "No intracranial haemorrhage.",
    ),
    C(
        "e5d-a028",
        "CT Brain. Clinical notes: fall from ladder, ?ICH ?#. Report: Nil intracranial haemorrhage. "
        "Nil skull fracture. Grey-white differentiation preserved. Ventricles normal. Small right "
        "parietal scalp haematoma. Comment: No acute intracranial injury.",
        0,
    ),
    C(
        "e5d-a029",
        None,
        0,
        description="History of right putaminal hemorrhage 10 years ago. Slit-like low density in the "
        "right putamen and external capsule with mild dilatation of the right lateral ventricle. "
        "No intra- or extra-axial collection. No high density area in the brain parenchyma. "
        "Periventricular white matter low density.",
        conclusion="Old hemorrhagic lesion in the right putamen. Leukoaraiosis. No fresh hemorrhage.",
    ),
    C(
        "e5d-a030",
        "CT BRAIN + CT ANGIOGRAPHY. INDICATION: Sudden headache, exclude SAH and aneurysm. "
        "NON-CONTRAST: No subarachnoid, intraparenchymal or intraventricular hemorrhage. Ventricles "
        "normal. CTA: A 3 mm saccular aneurysm arises from the right MCA bifurcation, smooth walled, "
        "without daughter sac. No AVM. IMPRESSION: 1. No intracranial hemorrhage. 2. Small unruptured "
        "right MCA bifurcation aneurysm.",
        0,
    ),
    C(
        "e5d-p015",
        "CT head. Over the left cerebral hemisphere there is a crescent-shaped extra-axial collection "
        "measuring up to 12 mm, of low density (26 HU, higher than CSF) with thin internal septa and "
        "a slightly denser dependent layer. It effaces the underlying sulci and compresses the left "
        "lateral ventricle; midline shift 4 mm to the right. Bone windows normal. "
        "Impression: Chronic left convexity subdural collection with mass effect.",
        1,
        {"sdh"},
        note="chronic SDH described by density and shape",
    ),
    C(
        "e5d-p016",
        None,
        1,
        {"iph", "ivh", "multiple"},
        description="Hyperdense image in the right occipital lobe, of lobar localisation, measuring "
        "42 x 30 mm, with perilesional hypodense halo. It presents opening to the ventricular system "
        "with hyperdense content in the atrium of the right lateral ventricle and the third "
        "ventricle. Slight deviation of the median line to the left.",
        conclusion="Right occipital lobar intraparenchymal hematoma with opening to the ventricles.",
    ),
    C(
        "e5d-p017",
        "Head CT plain scan: Patchy high density shadow in left frontal lobe, size about 2.6cm x 1.9cm, "
        "CT value about 68HU, surrounded by low density edema band. The left lateral ventricle is "
        "slightly compressed. Midline structure is centered. Bilateral ventricles not enlarged. "
        "Impression: Left frontal lobe cerebral hemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e5d-p018",
        None,
        1,
        {"iph", "sah", "multiple", "fracture"},
        description="Fall down stairs. Linear fracture of the occipital bone on the right, extending "
        "to the foramen magnum. Right occipital subgaleal haematoma. Contusion of the left frontal "
        "lobe with punctate hyperdense foci. Thin hyperdensity in several left frontal and parietal "
        "sulci. No extradural or subdural collection. Ventricles normal.",
        conclusion="Right occipital skull fracture. Left frontal haemorrhagic contusion with traumatic "
        "subarachnoid haemorrhage.",
    ),
    C(
        "e5d-p019",
        None,
        1,
        {"iph", "combined"},
        description="Young female, sudden left hemiparesis. Acute hyperdense haematoma in the right "
        "parietal lobe, 31 x 25 mm, with mild oedema. Adjacent serpiginous hyperdense and partly "
        "calcified structures. CT angiography: compact nidus 20 mm in the right parietal lobe, fed "
        "by branches of the right MCA, draining into the superior sagittal sinus.",
        conclusion="Right parietal intracerebral haemorrhage from a ruptured arteriovenous malformation.",
    ),
    C(
        "e5d-p020",
        "CT head and CT venogram. Hyperdense superior sagittal sinus (cord sign) with an empty delta "
        "sign on the venogram, extending into the right transverse sinus. Bilateral parasagittal "
        "frontal hypodense areas with intraparenchymal haemorrhage on both sides, 15 mm on the right "
        "and 10 mm on the left. IMPRESSION: Superior sagittal and right transverse sinus thrombosis "
        "with bilateral haemorrhagic venous infarcts.",
        1,
        {"iph", "multiple", "combined"},
    ),
    C(
        "e5d-p021",
        "CT brain, follow-up at day 5 post injury (Cork). Compared with the admission scan the right "
        "frontal haemorrhagic contusion has resolved, leaving only minor low attenuation. The left "
        "convexity subdural haematoma persists, 3 mm thick (previously 5 mm), now isodense. No new "
        "haemorrhage. Opinion: Resolving left subdural haematoma. Resolved right frontal contusion.",
        1,
        {"sdh"},
        note="contusion resolved per mention; SDH persists",
    ),
    C(
        "e5d-h007",
        "Subtle hyperdensity in the interpeduncular cistern, possibly small volume subarachnoid "
        "haemorrhage versus partial volume of the basilar tip. Otherwise normal. Suggest CTA.",
        -1,
    ),
    C(
        "e5d-h008",
        None,
        -1,
        description="Control CT 24 h after thrombolysis. Hypodense area of the left MCA territory, "
        "frontal and insular. Inside the hypodensity some small punctiform hyperdensities, doubtful "
        "significance. No mass effect. No hyperdensity in ventricles.",
        conclusion="Left MCA ischaemic stroke. Suspicion of petechial haemorrhagic transformation, "
        "to evaluate with MRI.",
    ),
    C(
        "e5d-h009",
        None,
        -1,
        description="Trauma to the right frontal area. Right frontal scalp haematoma. Thin lentiform "
        "hyperdensity 3 mm adjacent to the inner table of the right frontal bone. No fracture line "
        "identified. No mass effect.",
        conclusion="Possible tiny right frontal extradural haematoma; consider follow-up CT in 6 hours.",
    ),
    C(
        "e5d-a031",
        "EXAM: CT HEAD WITHOUT CONTRAST. CLINICAL INDICATION: Follow-up of traumatic subarachnoid "
        "hemorrhage. TECHNIQUE: Contiguous axial images were obtained from the skull base to the "
        "vertex without intravenous contrast. Coronal and sagittal reformats were generated. "
        "COMPARISON: CT head 10 days prior. FINDINGS: The previously noted subarachnoid hemorrhage in "
        "the left Sylvian fissure and left frontal sulci is no longer visualized. No new hemorrhage. "
        "No extra-axial fluid collection. The ventricles are normal in size without hydrocephalus. "
        "No midline shift. Gray-white matter differentiation is preserved. The basal cisterns are "
        "patent. The posterior fossa is unremarkable. The calvarium is intact. The visualized "
        "paranasal sinuses and mastoid air cells are clear. The orbits are unremarkable. "
        "IMPRESSION: Interval resolution of the previously seen traumatic subarachnoid hemorrhage. "
        "No acute intracranial abnormality.",
        0,
    ),
    C(
        "e5d-a032",
        "CT Brain (Johannesburg). Clinical: Assault with a blunt object, GCS 15. Findings: Large "
        "left occipital subgaleal haematoma with a scalp laceration. The underlying vault is intact. "
        "No intracranial bleed, no contusion, no pneumocephalus. Comment: Soft tissue injury only.",
        0,
    ),
    C(
        "e5d-a033",
        None,
        0,
        description="Previous right frontal craniotomy for meningioma resection (2022). The surgical "
        "cavity in the right frontal lobe is filled with fluid of CSF density with surrounding "
        "gliosis. No blood products in the cavity or along the craniotomy margins. No extra-axial "
        "collection. Bone flap in situ.",
        conclusion="Stable post-operative appearances. No evidence of recurrence or haemorrhage.",
    ),
    C(
        "e5d-a034",
        "CT head. There is streak artefact between the petrous temporal bones projecting over the pons "
        "and cerebellar vermis; the apparent hyperdensity does not persist on the coronal and sagittal "
        "reformats and is in keeping with beam-hardening artefact. The fourth ventricle is normal. "
        "Supratentorial compartment normal. Impression: No intracranial haemorrhage.",
        0,
    ),
    C(
        "e5d-a035",
        None,
        0,
        description="Indication: minor head injury, rule out intracranial bleed. CSF-density "
        "extra-axial lesion in the left middle cranial fossa, 38 x 25 mm, with scalloping of the "
        "adjacent squamous temporal bone and mild hypoplasia of the left temporal pole. No "
        "hyperdense component. No other abnormality.",
        conclusion="Left middle cranial fossa arachnoid cyst (incidental). No intracranial bleed.",
    ),
    C(
        "e5d-a036",
        "History of severe TBI in 2018. Encephalomalacia of both frontal poles and the anterior left "
        "temporal lobe, with gliosis and ex vacuo enlargement of the frontal horns. Old cavities "
        "contain CSF density only, no hyperdense material. Skull intact. "
        "IMPRESSION: Chronic post-traumatic changes. No acute haemorrhage.",
        0,
    ),
    C(
        "e5d-a037",
        None,
        0,
        description="Sudden onset vertigo and diplopia. The basilar artery appears hyperdense along its "
        "length (68 HU). No hyperdensity within the brainstem, cerebellum or cisterns. Subtle "
        "hypodensity in the left cerebellar hemisphere.",
        conclusion="Dense basilar artery sign, suspicious for basilar thrombosis; CTA recommended. "
        "No intracranial haemorrhage.",
    ),
    C(
        "e5d-a038",
        "NCCT HEAD. K/C/O hypertension, fall at home. Brain parenchyma shows normal attenuation. No "
        "e/o intracranial haemorrhage. Ventricles and sulci normal. Left mastoid air cells show fluid "
        "opacification (? blood), no fracture line seen in the left temporal bone. IMPRESSION: No "
        "intracranial abnormality. Left mastoid fluid - kindly correlate with ENT examination.",
        0,
    ),
    C(
        "e5d-a039",
        None,
        0,
        description="TECHNIQUE: Non-contrast axial CT of the head with multiplanar reformats. "
        "COMPARISON: MRI brain 1 year prior. FINDINGS: Brain parenchyma: No evidence of acute "
        "territorial infarct, intracranial hemorrhage, mass or mass effect. Mild periventricular "
        "white matter hypoattenuation, nonspecific but likely chronic microvascular ischemic "
        "change. Extra-axial spaces: No extra-axial fluid collection. Ventricles: Normal size and "
        "configuration. Basal cisterns: Patent. Vasculature: Atherosclerotic calcification of the "
        "cavernous internal carotid arteries. Skull and soft tissues: No acute fracture. Sinuses and "
        "mastoids: Mild mucosal thickening in the right maxillary sinus. Orbits: Bilateral lens "
        "replacements. Sella and craniocervical junction: Unremarkable. Scalp: No soft tissue "
        "swelling or hematoma. Craniocervical junction: Normal alignment.",
        conclusion="1. No acute intracranial process. 2. Mild chronic microvascular ischemic changes.",
    ),
    C(
        "e5d-a040",
        "CT head after lumbar myelography. Intrathecal contrast is seen in the basal cisterns, "
        "Sylvian fissures and along the cerebral sulci, and a small amount has refluxed into the "
        "fourth ventricle; density measures above 200 HU. This is the expected distribution of "
        "intrathecal contrast. No intracranial haemorrhage. No hydrocephalus.",
        0,
    ),
    C(
        "e5d-p022",
        "EXAM: CT HEAD WITHOUT CONTRAST. HISTORY: 81-year-old on clopidogrel, ground-level fall, "
        "headache. TECHNIQUE: Axial 5 mm and 1.25 mm images without contrast; coronal and sagittal "
        "reformats. COMPARISON: None available. FINDINGS: There is a thin 3 mm subdural hematoma along "
        "the left frontal convexity without significant mass effect. No midline shift. No "
        "intraparenchymal hemorrhage. No subarachnoid hemorrhage. The ventricles are proportionate to "
        "the sulci, which show mild generalized volume loss. Gray-white matter differentiation is "
        "preserved. Basal cisterns are patent. The posterior fossa structures are unremarkable. "
        "Calvarium intact. No scalp hematoma. Orbits unremarkable. Atherosclerotic calcification "
        "of the carotid siphons. Paranasal sinuses and mastoid air cells are clear. IMPRESSION: 1. Small "
        "left frontal subdural hematoma, 3 mm, without mass effect. 2. Mild age-related volume loss.",
        1,
        {"sdh"},
    ),
    C(
        "e5d-p023",
        None,
        1,
        {"sdh"},
        description="Worsening headache and right-sided weakness. Left fronto-parieto-temporal "
        "extra-axial collection 18 mm thick with mixed density: a hypodense component anteriorly and "
        "hyperdense layering posteriorly with a haematocrit level. Effacement of the left lateral "
        "ventricle and 9 mm midline shift to the right. Early subfalcine herniation.",
        conclusion="Acute-on-chronic left subdural haematoma with significant mass effect.",
    ),
    C(
        "e5d-p024",
        "Plain CT head: Round high density focus in the pons, about 1.8cm x 1.5cm, CT value 60-70HU, "
        "slight compression of the fourth ventricle. Supratentorial ventricles not dilated. Diagnosis: "
        "Pontine hemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e5d-p025",
        None,
        1,
        {"combined"},
        description="24 hour post-thrombolysis scan. Established infarct in the right MCA territory "
        "involving the frontal and parietal lobes. Within the infarct there is confluent petechial "
        "hyperdensity without space-occupying effect. No remote haemorrhage. Ventricles normal.",
        conclusion="Right MCA infarct with haemorrhagic transformation, HI-2.",
        note="HI-type transformation carries no subtype",
    ),
    C(
        "e5d-p026",
        "CT head and CT angiogram. Small volume subarachnoid blood centred in the perimesencephalic "
        "and prepontine cisterns, not extending into the Sylvian or interhemispheric fissures. No "
        "intraventricular blood. Ventricles normal. CTA: no aneurysm, no vascular malformation. "
        "IMPRESSION: Perimesencephalic pattern subarachnoid haemorrhage. CTA negative.",
        1,
        {"sah"},
    ),
    C(
        "e5d-p027",
        None,
        1,
        {"edh", "fracture"},
        description="Fall backwards, occipital impact. Midline occipital fracture extending into the "
        "left side of the foramen magnum. A biconvex hyperdense collection in the left posterior fossa "
        "below the transverse sinus, 10 mm thick, displacing the left cerebellar hemisphere. Fourth "
        "ventricle mildly compressed. No hydrocephalus.",
        conclusion="Occipital bone fracture with left posterior fossa extradural haematoma.",
    ),
    C(
        "e5d-p028",
        "TECHNIQUE: Non-contrast CT head. COMPARISON: Preoperative CT from 2 days ago. CLINICAL: Day 1 "
        "after right frontal craniotomy and evacuation of a right frontal intracerebral haematoma. "
        "FINDINGS: Right frontal craniotomy. The haematoma cavity contains air and a residual "
        "hyperdense haematoma of 15 x 10 mm along its posterior wall, much smaller than before "
        "(previously 55 x 40 mm). Surrounding oedema unchanged. Small extradural air under the flap. "
        "Midline shift reduced to 2 mm. Ventricles are symmetrical and not dilated. Basal cisterns "
        "are patent. The posterior fossa is normal. No new haemorrhage elsewhere. Skin staples "
        "and a subgaleal drain are noted over the right frontal region. The bone flap is in a "
        "satisfactory position. "
        "IMPRESSION: Satisfactory evacuation with a small residual right frontal haematoma.",
        1,
        {"iph"},
        note="residual post-operative hematoma counts as ICH",
    ),
    C(
        "e5d-h010",
        "NCCT brain. A 5 mm hyperdense focus is noted in the right thalamus, density 58 HU, no "
        "surrounding oedema; nature not certain. Rest of the brain unremarkable. Advise MRI with SWI.",
        -1,
        note="small hyperdense focus left unexplained",
    ),
    C(
        "e5d-h011",
        None,
        -1,
        description="Elderly, falls, subacute confusion. Sulci over the left convexity appear less "
        "prominent than on the right. No definite extra-axial collection seen. Grey-white "
        "differentiation preserved. Midline central.",
        conclusion="Asymmetric sulcal effacement on the left; a subtle isodense subdural collection "
        "cannot be excluded. MRI or contrast CT recommended.",
    ),
    C(
        "e5d-h012",
        None,
        -1,
        {"fracture"},
        description="Blow to the head with a bottle. Non-depressed linear fracture of the left "
        "parietal bone. Overlying soft tissue swelling. Beneath the fracture a questionable thin "
        "hyperdense band, 2 mm, partly obscured by partial volume of the bone.",
        conclusion="Left parietal skull fracture. A small underlying extradural haematoma is not "
        "excluded; short-interval repeat CT advised.",
    ),
    C(
        "e5d-a041",
        "CT brain (Galway). Clinical details: Query ICH, new headache. No intracranial haemorrhage, "
        "mass effect or midline shift. Ventricles normal. Opinion: Normal study.",
        0,
    ),
    C(
        "e5d-a042",
        None,
        0,
        description="Heterogeneous mass in the left temporal lobe, 45 x 38 mm, with a thick "
        "iso- to slightly hyperdense rim and a hypodense necrotic centre, and extensive surrounding "
        "vasogenic oedema. Effacement of the left temporal horn, midline shift 5 mm. No "
        "haemorrhagic component and no calcification within the lesion. No hydrocephalus.",
        conclusion="Left temporal intra-axial mass with necrosis and oedema, likely high-grade glioma. "
        "No intratumoural haemorrhage. MRI with contrast recommended.",
    ),
    C(
        "e5d-a043",
        "Plain CT of the head. S/P clipping of right MCA aneurysm for SAH (2016). Metallic clip "
        "artifact in the right sylvian region. Small low density area in the right temporal lobe, old "
        "change after surgery. No recent bleeding is found. No hydrocephalus. Impression: Post "
        "clipping state. No new lesion.",
        0,
    ),
    C(
        "e5d-a044",
        None,
        0,
        description="Patient with antecedent of intracerebral hemorrhage in the left thalamus, "
        "control study. Actually we do not observe hyperdense lesions. In the left thalamus there is "
        "a residual hypodense malacic lesion of 9 mm. Ventricular system of normal size, median line "
        "centred.",
        conclusion="Malacic residual lesion in the left thalamus. Not signs of acute bleeding.",
    ),
    C(
        "e5d-a045",
        "CT head. Clinical: ?IVH. The glomus of the choroid plexus in both atria of the lateral "
        "ventricles is densely calcified (above 200 HU), symmetrical, without a fluid level and "
        "without dependent layering in the occipital horns. Ventricles normal in size. "
        "IMPRESSION: Calcified choroid plexus, no intraventricular haemorrhage.",
        0,
    ),
    C("e5d-a046", "No acute intracranial haemorrhage or infarct.", 0),
    C(
        "e5d-a047",
        None,
        0,
        description="Facial trauma (punch). Bilateral nasal bone fractures. Fracture of the medial "
        "wall of the left orbit with herniation of orbital fat. Comminuted fractures of the anterior "
        "and posterolateral walls of both maxillary sinuses, with hyperdense fluid levels in both "
        "maxillary sinuses. The cranial vault and skull base are intact. Brain: normal, no "
        "intracranial blood.",
        conclusion="Le Fort type facial fractures with bilateral haemosinus. No intracranial injury.",
        note="facial bones are not a skull fracture",
    ),
    C(
        "e5d-a048",
        "CT ANGIOGRAPHY NECK. Indication: neck pain and left Horner syndrome. There is crescentic "
        "mural thickening of the left cervical internal carotid artery from 2 cm above the "
        "bifurcation to the skull base, consistent with an intramural hematoma of a dissection, "
        "with 50% luminal narrowing. Right carotid and vertebral arteries are normal. "
        "IMPRESSION: Left ICA dissection with intramural hematoma.",
        0,
        note="non-head study; neck vessels",
    ),
    C(
        "e5d-a049",
        None,
        0,
        description="Postpartum, severe hypertension and seizures. Bilateral symmetric hypodense areas "
        "in the subcortical white matter of the occipital and posterior parietal lobes. No "
        "haemorrhagic component, no sulcal hyperdensity. Ventricles normal.",
        conclusion="Findings suggestive of posterior reversible encephalopathy syndrome (PRES), "
        "non-haemorrhagic.",
    ),
    C(
        "e5d-a050",
        "CT HEAD. Clinical details: Headache for 2 weeks, ?bleed ?SOL. Technique: Non-contrast "
        "helical CT of the head. Comparison: None. Findings: The cerebral hemispheres are "
        "symmetrical with normal grey-white matter differentiation. No focal lesion or abnormal "
        "density is seen. No intra- or extra-axial collection. The ventricles are normal in size and "
        "position. The basal cisterns are patent. The posterior fossa structures are normal, "
        "allowing for some streak artefact. The pituitary fossa is not enlarged. The bony calvarium "
        "is intact. The visualised orbits, paranasal sinuses and mastoids are clear. "
        "The craniocervical junction is unremarkable. There is no scalp swelling. "
        "Conclusion: Normal CT head. No evidence of haemorrhage or space-occupying lesion. "
        "If symptoms persist, MRI of the brain with contrast may be considered.",
        0,
    ),
    C(
        "e5d-p029",
        None,
        1,
        {"sah"},
        description="Patient of 58 years, sudden intense cephalea. It is observed hyperdense content "
        "in the cortical sulci of both frontal lobes and in the anterior interhemispheric fissure, "
        "compatible with subarachnoid hemorrhage. Basal cisterns with scarce hyperdense content. "
        "Ventricular system without dilatation, without intraventricular content.",
        conclusion="Subarachnoid hemorrhage, Fisher II. Angio-CT is suggested to rule out aneurysm.",
    ),
    C(
        "e5d-p030",
        "CT Brain (Cape Town). Clinical: Pedestrian vehicle accident, GCS 11. Findings: Right "
        "temporal subgaleal haematoma. No skull fracture. Left frontal lobe contusion with multiple "
        "small haemorrhagic foci and perilesional oedema. Thin acute subdural haematoma along the "
        "right tentorium, 3 mm. No midline shift. Basal cisterns open. Comment: Left frontal "
        "haemorrhagic contusion and small right tentorial SDH.",
        1,
        {"iph", "sdh", "multiple"},
    ),
    C(
        "e5d-p031",
        None,
        1,
        {"sdh"},
        description="Fall in the home, patient in anticoagulant therapy. Thin hyperdense collection "
        "along the right side of the falx cerebri, maximum thickness 5 mm, extending from frontal "
        "to parietal. Not other extra-axial collections. Median structures in axis. Ventricular "
        "system normal.",
        conclusion="Right parafalcine (interhemispheric) acute subdural haematoma.",
    ),
    C(
        "e5d-p032",
        "EXAM: CT HEAD WITHOUT CONTRAST. INDICATION: Follow-up intracranial hemorrhage. COMPARISON: "
        "CT head 3 days prior. FINDINGS: The right parietal intraparenchymal hematoma measures 3.1 x "
        "2.4 cm, slightly decreased from 3.4 x 2.6 cm, with a stable rim of vasogenic edema. The "
        "previously seen intraventricular hemorrhage in the right occipital horn has cleared. The "
        "subarachnoid hemorrhage has decreased, with a trace residual in the right Sylvian fissure. "
        "No new hemorrhage. No extra-axial collection. Ventricles are stable in size without "
        "hydrocephalus. Gray-white differentiation elsewhere is preserved, with no new infarct. "
        "Midline shift 2 mm, "
        "unchanged. Basal cisterns patent. Calvarium intact. IMPRESSION: 1. Slight interval decrease "
        "of the right parietal intraparenchymal hematoma. 2. Resolved intraventricular hemorrhage. "
        "3. Decreasing subarachnoid hemorrhage with trace residual.",
        1,
        {"iph", "sah", "multiple"},
        note="ivh resolved; iph and trace sah persist",
    ),
    C(
        "e5d-p033",
        None,
        1,
        {"iph", "multiple"},
        description="Elderly normotensive patient, confusion. Acute lobar haematoma in the left "
        "parietal lobe, 30 x 22 mm, with mild oedema. A second smaller subacute haematoma, 12 mm, of "
        "lower density with a hypodense rim in the right occipital lobe. No subarachnoid or "
        "intraventricular extension. Ventricles normal.",
        conclusion="Two lobar haematomas of different ages (left parietal acute, right occipital "
        "subacute), suggestive of cerebral amyloid angiopathy.",
    ),
    C(
        "e5d-p034",
        "NCCT HEAD. K/C/O uncontrolled hypertension, sudden LOC. Acute bleed in the right caudate "
        "nucleus measuring 2.2 x 1.8 cm with intraventricular extension, blood filling the right "
        "lateral ventricle and third ventricle. Mild dilatation of the temporal horns. IMPRESSION: "
        "Right caudate haemorrhage with intraventricular extension and early hydrocephalus.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e5d-p035",
        "Head CT plain. Subcutaneous hematoma left temporal area. Small linear high density in the "
        "left sylvian fissure, traumatic SAH. No fracture. No midline shift. Other findings "
        "unremarkable.",
        1,
        {"sah"},
    ),
    C(
        "e5d-h013",
        None,
        -1,
        description="Known lung adenocarcinoma. Ring-like lesion 18 mm in the right frontal lobe with "
        "surrounding oedema. Within the lesion there is a small area of slightly increased density, "
        "44 HU.",
        conclusion="Right frontal lesion consistent with a metastasis; a small intralesional "
        "haemorrhagic component cannot be excluded. MRI is advised.",
    ),
    C(
        "e5d-h014",
        "TC cranial without contrast. Probable small subacute subdural collection left "
        "frontoparietal, isodense to the cortex, 4 mm, with slight effacement of sulci. Median line "
        "in axis. To confirm with MRI.",
        -1,
    ),
    C(
        "e5d-h015",
        None,
        -1,
        description="Motorcycle accident. Right temporal pole: faint hyperdensity 6 mm close to the "
        "floor of the middle cranial fossa, in an area affected by bone artefact. No mass effect. "
        "Other parenchyma normal. No extra-axial collection. Skull intact.",
        conclusion="Faint right temporal pole hyperdensity: possible small contusion versus artefact. "
        "Repeat CT at 24 h.",
    ),
]
