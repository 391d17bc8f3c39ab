"""English held-out set 8: invented head-CT reports with expected ICH labels.

The reports imitate the everyday mix of English head-CT reporting: US dictated reports with FINDINGS /
IMPRESSION, UK "CT head" reports with a short conclusion, Australian "CT brain" reports with a comment,
Indian "NCCT brain" reports, reports by non-native English writers, emergency preliminary reads, neuro-ICU
follow-ups compared with the previous study, stroke-protocol CT + CTA + perfusion in one report, polytrauma
pan-scans where the head is one section, and post-operative studies. Subtypes are often given by anatomy
only; mimics, extracranial blood, resolved or old findings, facial fractures and non-head studies sit in the
absent group.

The set was written from the label definitions in DOMAIN.md and general radiology knowledge, without looking
at the project's lexicon, matcher or other case files. No report is real.

A held-out set: never tuned on; its first score is recorded here.
First score (en-ich 1.14, before anything was read): ICH sensitivity 0.983, specificity 0.889, PPV 0.922,
hedged sent to verification 1.000; F1 edh 0.923, sdh 0.966, sah 1.000, iph 0.941, ivh 1.000, multiple 0.968,
fracture 0.968, combined 1.000.
Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------------------------- present (ich=1)
    C(
        "e8-p001",
        "EXAMINATION: CT head without contrast. CLINICAL HISTORY: 81M, fall at nursing home, on apixaban. "
        "TECHNIQUE: Axial images from skull base to vertex. COMPARISON: None. FINDINGS: There is an acute "
        "left frontoparietal subdural hematoma measuring up to 8 mm in thickness with mild effacement of the "
        "underlying sulci and 4 mm of rightward midline shift. The basal cisterns are patent. No "
        "hydrocephalus. Calvarium intact. Mastoids and visualized paranasal sinuses clear. IMPRESSION: 1. "
        "Acute left subdural hematoma, 8 mm, with 4 mm midline shift. 2. Findings discussed with Dr. Okafor "
        "at 02:14.",
        1,
        {"sdh"},
    ),
    C(
        "e8-p002",
        "CT head. History: Head injury, GCS 14, vomited twice. There is a thin crescentic hyperdense "
        "collection over the right cerebral convexity, maximum depth 6mm. No significant mass effect. "
        "Ventricles normal in size. No skull fracture. Conclusion: Thin acute right convexity collection as "
        "described. Neurosurgical opinion advised.",
        1,
        {"sdh"},
        note="crescent over the convexity = subdural, no subtype word",
    ),
    C(
        "e8-p003",
        "NON-CONTRAST CT BRAIN\n"
        "Findings: Hyperdensity along the left leaf of the tentorium cerebelli, up to 3 mm thick, not "
        "present on the right. Grey-white differentiation preserved. No parenchymal abnormality. Ventricles "
        "and sulci age-appropriate.\n"
        "Impression: Thin acute blood layering along the left tentorium following fall.",
        1,
        {"sdh"},
        note="blood along the tentorium = subdural",
    ),
    C(
        "e8-p004",
        "CT HEAD WO CONTRAST\n"
        "Hx: assault, punched, brief LOC\n"
        "FINDINGS: Small amount of blood in the sulci of the right frontal lobe near the vertex. No "
        "extra-axial collection. No contusion. Ventricles are midline and normal in size. No calvarial "
        "fracture. Right frontal scalp swelling.\n"
        "IMPRESSION: Small volume traumatic subarachnoid blood, right frontal convexity.",
        1,
        {"sah"},
    ),
    C(
        "e8-p005",
        "CT head\n"
        "Indication: found collapsed, confused.\n"
        "Findings: Small fluid-fluid levels of hyperdense material layering in both occipital horns. No "
        "parenchymal haematoma identified. No subarachnoid blood. Ventricular size is normal. No fracture.\n"
        "Conclusion: Small volume intraventricular haemorrhage layering in the occipital horns without an "
        "obvious parenchymal source. CT angiography recommended.",
        1,
        {"ivh"},
        note="both occipital horns count as one focus",
    ),
    C(
        "e8-p006",
        "CT HEAD (TRAUMA)\n"
        "MVC, restrained driver, struck head on B-pillar.\n"
        "There is a nondisplaced fracture of the right squamous temporal bone. Beneath the fracture there is "
        "a lentiform hyperdense collection measuring 11 mm in greatest thickness, which does not cross the "
        "coronal suture. Mild local mass effect, no midline shift. Small amount of pneumocephalus.\n"
        "IMPRESSION: Right temporal fracture with underlying lentiform collection, 11 mm. Neurosurgery "
        "aware.",
        1,
        {"edh", "fracture"},
        note="lens shape under a fracture = epidural",
    ),
    C(
        "e8-p007",
        "FINDINGS: Acute hematoma in the left putamen measuring 3.8 x 2.6 x 3.0 cm (ABC/2 approx 15 mL) "
        "extending into the ventricles, with blood in the left lateral and third ventricles. Surrounding "
        "vasogenic edema. 5 mm rightward shift. Moderate chronic microvascular ischemic change.\n"
        "IMPRESSION: Left putaminal hemorrhage with intraventricular extension, likely hypertensive.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e8-p008",
        "CT HEAD AND CT ANGIOGRAM HEAD/NECK\n"
        "Clinical: thunderclap headache, vomiting, neck stiffness.\n"
        "NON-CONTRAST HEAD: Diffuse hyperdensity in the basal cisterns, both Sylvian fissures and the "
        "anterior interhemispheric fissure. Early dilatation of the temporal horns. No parenchymal "
        "hematoma.\n"
        "CTA: 6 x 5 mm saccular aneurysm arising from the anterior communicating artery, directed "
        "anteriorly. No other aneurysm. Neck vessels unremarkable.\n"
        "IMPRESSION: Diffuse subarachnoid hemorrhage due to a ruptured 6 mm ACom aneurysm. Early "
        "hydrocephalus.",
        1,
        {"sah", "combined"},
        note="temporal horn dilatation is hydrocephalus, not ventricular blood",
    ),
    C(
        "e8-p009",
        "CT brain plain and CTA.\n"
        "Right parietal lobar haematoma 4.2 x 3.1 cm with surrounding oedema and effacement of the right "
        "lateral ventricle. On the angiographic phase there is a tangle of abnormal vessels along the "
        "posterior margin of the haematoma fed by branches of the right MCA, draining into an enlarged "
        "cortical vein to the superior sagittal sinus.\n"
        "Comment: Right parietal haematoma secondary to a ruptured arteriovenous malformation.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e8-p010",
        "CT HEAD WITHOUT AND WITH CONTRAST\n"
        "History: metastatic melanoma, new left hemiparesis.\n"
        "FINDINGS: 2.4 cm right frontal lesion that is hyperdense on the noncontrast images with a fluid "
        "level, surrounded by disproportionate vasogenic edema, with a thin rim of nodular enhancement after "
        "contrast. No other lesion is seen on CT.\n"
        "IMPRESSION: Hemorrhagic metastasis in the right frontal lobe. MRI recommended for staging.",
        1,
        {"combined"},
        note="bleeding tumour: combined, no subtype",
    ),
    C(
        "e8-p011",
        "CT head follow-up 24 h post IV thrombolysis.\n"
        "Evolving right MCA territory infarct involving the insula and frontal operculum with loss of "
        "grey-white differentiation. Within the infarct there are scattered petechial hyperdensities without "
        "a space-occupying component (HI-2). Midline shift 2 mm.\n"
        "Conclusion: Right MCA infarct with haemorrhagic transformation, HI-2 type.",
        1,
        {"combined"},
        note="HI-type transformation: combined, no subtype",
    ),
    C(
        "e8-p012",
        "NCCT HEAD POST THROMBECTOMY\n"
        "Compared to pre-procedural CT: there is now a 4.5 cm confluent hematoma in the left basal ganglia "
        "and corona radiata within the known left MCA infarct, with mass effect on the left lateral "
        "ventricle and 7 mm midline shift. Consistent with PH-2 hemorrhagic transformation. No "
        "intraventricular blood.\n"
        "IMPRESSION: PH-2 hemorrhagic transformation of left MCA infarct. Stroke team paged.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e8-p013",
        "CT head and CT venogram.\n"
        "Hx: 29F, 2/52 postpartum, headache and seizure.\n"
        "Plain: Hyperdense superior sagittal sinus and right transverse sinus. There is a 2.8 cm haematoma "
        "in the left parasagittal frontal lobe with surrounding oedema.\n"
        "CTV: Filling defects in the superior sagittal sinus, right transverse and sigmoid sinuses, and a "
        "thrombosed left frontal cortical vein.\n"
        "Conclusion: Extensive dural venous sinus thrombosis with left frontal haemorrhagic venous infarct.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e8-p014",
        "CT PAN-SCAN (Trauma)\n"
        "Motorcycle vs car, GCS 9 at scene.\n"
        "HEAD: Haemorrhagic contusions at both frontal poles, the larger on the left (18 mm). Blood in "
        "several sulci over the left convexity. Fracture of the left occipital bone extending to the foramen "
        "magnum. Basal cisterns open.\n"
        "CERVICAL SPINE: No fracture. Prevertebral soft tissues normal.\n"
        "CHEST: Right 4th-7th rib fractures with small pneumothorax. Bilateral dependent atelectasis.\n"
        "ABDOMEN/PELVIS: No solid organ injury. No free fluid.\n"
        "SUMMARY: Bifrontal contusions, left convexity SAH, occipital skull fracture. Right rib fractures "
        "with pneumothorax.",
        1,
        {"iph", "sah", "multiple", "fracture"},
    ),
    C(
        "e8-p015",
        "CT HEAD - NEURO ICU FOLLOW UP\n"
        "Comparison: CT from 3 days ago.\n"
        "The left frontal intraparenchymal hematoma is again seen, slightly smaller, now 3.1 x 2.4 cm "
        "(previously 3.5 x 2.8 cm), with a more prominent rim of edema. Interval decrease in "
        "intraventricular blood, with a small amount still layering in the occipital horns. Right frontal "
        "EVD with its tip in the frontal horn, unchanged. Ventricles slightly smaller.\n"
        "IMPRESSION: Evolving left frontal hematoma and decreasing IVH. No new hemorrhage.",
        1,
        {"iph", "ivh", "multiple"},
        note="'no new hemorrhage' does not cancel the blood still present",
    ),
    C(
        "e8-p016",
        "CT head post-op day 1.\n"
        "Right burr-hole drainage of chronic SDH yesterday.\n"
        "Residual mixed-density right subdural collection, maximum depth 9 mm (pre-op 24 mm), containing "
        "small foci of air. Drain removed. Midline shift reduced from 11 mm to 3 mm. No new haemorrhage.\n"
        "Conclusion: Expected post-operative appearance with residual right subdural collection.",
        1,
        {"sdh"},
        note="residual post-operative subdural collection is still intracranial blood",
    ),
    C(
        "e8-p017",
        "CT Brain\n"
        "Clinical notes: 77 y/o, progressive confusion and falls over 6 weeks.\n"
        "Findings: There are bilateral hypodense subdural collections over the frontoparietal convexities, "
        "measuring 14 mm on the right and 10 mm on the left, with dependent hyperdense components on the "
        "right. Sulcal effacement bilaterally. Midline is central.\n"
        "Comment: Bilateral chronic subdural haematomas, acute-on-chronic on the right.",
        1,
        {"sdh", "multiple"},
        note="two separate subdural collections",
    ),
    C(
        "e8-p018",
        "NCCT BRAIN\n"
        "Acute intraparenchymal bleed noted in right thalamus measuring approx 2.1 x 1.8 cm (vol ~4 cc) with "
        "perilesional oedema. Intraventricular extension of bleed is seen into right lateral ventricle and "
        "third ventricle. Mild dilatation of lateral ventricles. Rest of brain parenchyma shows normal "
        "attenuation. Calvarium is normal.\n"
        "IMPRESSION: Acute right thalamic bleed with intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e8-p019",
        "CT of brain. There is hyperdense zone in left hemisphere of cerebellum, size 28x22 mm, density 62 "
        "HU, with perifocal oedema, fourth ventricle is compressed and displaced to right. Lateral "
        "ventricles are slightly dilated. Basal cisterns are narrow.\n"
        "Conclusion: Haemorrhage in left cerebellar hemisphere with compression of fourth ventricle and "
        "beginning occlusive hydrocephalus.",
        1,
        {"iph"},
    ),
    C(
        "e8-p020",
        "PRELIMINARY REPORT (ED): Small acute SDH L convexity, ~4mm. No shift. No fx seen. Final report to "
        "follow after attending review.",
        1,
        {"sdh"},
    ),
    C(
        "e8-p021",
        "CT HEAD\n"
        "CLINICAL: sudden coma, pinpoint pupils, BP 230/120.\n"
        "FINDINGS: Acute hemorrhage centered in the pons measuring 2.3 x 1.9 cm, extending into the left "
        "middle cerebellar peduncle. The fourth ventricle is compressed but no blood is seen within it. "
        "Supratentorial ventricles mildly prominent.\n"
        "IMPRESSION: Acute pontine hemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e8-p022",
        "CT head\n"
        "Hit with a hammer.\n"
        "Comminuted depressed fracture of the right parietal bone, depressed by 9 mm (more than the table "
        "thickness). Underlying cortical contusion with foci of haemorrhage measuring up to 14 mm, and small "
        "volume of intracranial air. Overlying scalp haematoma and laceration.\n"
        "Conclusion: Depressed right parietal fracture with underlying haemorrhagic contusion.",
        1,
        {"iph", "fracture"},
    ),
    C(
        "e8-p023",
        "CT HEAD W/O CONTRAST\n"
        "Fell backwards down steps, intoxicated.\n"
        "FINDINGS: Linear nondisplaced fracture of the right occipital bone with overlying soft tissue "
        "swelling. Contrecoup hemorrhagic contusions in the inferior frontal lobes bilaterally and the left "
        "temporal pole, largest 2.0 cm. Thin acute subdural hematoma along the right frontal convexity, 3 "
        "mm. No midline shift.\n"
        "IMPRESSION:\n"
        "1. Right occipital fracture.\n"
        "2. Bifrontal and left temporal contusions.\n"
        "3. Thin right frontal SDH.",
        1,
        {"iph", "sdh", "multiple", "fracture"},
    ),
    C(
        "e8-p024",
        "CT head + CT angiogram circle of Willis.\n"
        "Plain: Focal hyperdense blood in the interpeduncular and ambient cisterns anterior to the midbrain, "
        "not extending into the Sylvian fissures or the interhemispheric fissure. No intraventricular blood. "
        "Ventricles normal.\n"
        "CTA: No aneurysm or vascular malformation identified.\n"
        "Comment: Perimesencephalic pattern subarachnoid haemorrhage with negative CTA; DSA as per "
        "neurosurgical protocol.",
        1,
        {"sah"},
        note="no cause found, so not combined",
    ),
    C(
        "e8-p025",
        "NCCT + CTA HEAD\n"
        "Hyperdense material fills the left Sylvian fissure and extends into the suprasellar cistern and "
        "along the left side of the interhemispheric fissure. Ventricles not enlarged. CTA demonstrates a 7 "
        "mm lobulated aneurysm at the left MCA bifurcation with a daughter sac, corresponding to the "
        "epicentre of the blood.\n"
        "IMPRESSION: SAH centred on the left Sylvian fissure from a ruptured left MCA bifurcation aneurysm.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e8-p026",
        "CT HEAD / CTA HEAD\n"
        "FINDINGS: 3.5 cm hematoma in the right medial temporal lobe with adjacent subarachnoid blood in the "
        "right Sylvian fissure and basal cisterns. Blood also layers in the temporal and occipital horns of "
        "the right lateral ventricle. CTA: 9 mm aneurysm of the right posterior communicating artery "
        "pointing toward the hematoma.\n"
        "IMPRESSION: Ruptured right PComm aneurysm with temporal lobe hematoma, SAH and IVH.",
        1,
        {"iph", "sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e8-p027",
        "CT head.\n"
        "History: Fall 3 weeks ago, now headache and right arm drift.\n"
        "There is an isodense extra-axial collection over the left hemisphere, maximum depth 12 mm, with "
        "effacement of the left-sided sulci, compression of the left lateral ventricle and 6 mm midline "
        "shift to the right.\n"
        "Conclusion: Subacute left subdural haematoma with mass effect.",
        1,
        {"sdh"},
    ),
    C(
        "e8-p028",
        "CT HEAD\n"
        "High-speed MVC, GCS 6, intubated.\n"
        "FINDINGS: Punctate hyperdensities in the splenium of the corpus callosum and at the grey-white "
        "junction of the right frontal lobe. No extra-axial collection. Basal cisterns preserved. No "
        "fracture.\n"
        "IMPRESSION: Findings in keeping with hemorrhagic diffuse axonal injury. MRI when stable.",
        1,
        {"iph", "multiple"},
        note="two separate parenchymal foci",
    ),
    C(
        "e8-p029",
        "CT BRAIN\n"
        "Clinical: 84F, unwitnessed fall, on warfarin, INR 3.4.\n"
        "Findings: There is a 5 mm acute subdural haemorrhage along the right frontoparietal convexity. No "
        "midline shift. No intraparenchymal haemorrhage. The ventricles and sulci are prominent in keeping "
        "with age-related involution. Periventricular white matter hypodensity. No skull fracture.\n"
        "Comment: Small acute right subdural haemorrhage.",
        1,
        {"sdh"},
    ),
    C(
        "e8-p030",
        "CT STROKE PROTOCOL (NCCT, CTA, CTP)\n"
        "LKW 1 hour, right hemiplegia, aphasia.\n"
        "NCCT: 3.5 x 2.9 cm acute haematoma in the left basal ganglia and external capsule, volume ~16 mL. "
        "No intraventricular extension.\n"
        "CTA: Contrast extravasation (spot sign) within the haematoma. No aneurysm, AVM or large vessel "
        "occlusion.\n"
        "CTP: Not processed given haemorrhage.\n"
        "Conclusion: Left basal ganglia ICH with positive spot sign, at risk of expansion.",
        1,
        {"iph"},
        note="spot sign is not a cause; not combined",
    ),
    C(
        "e8-p031",
        "CT head\n"
        "Fell off ladder landing on occiput.\n"
        "Fracture of the occipital bone to the left of midline. Biconvex hyperdense collection in the left "
        "posterior fossa measuring 13 mm, deep to the fracture, mildly compressing the left cerebellar "
        "hemisphere. Fourth ventricle patent. No hydrocephalus.\n"
        "Conclusion: Left posterior fossa extradural haematoma with occipital fracture.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e8-p032",
        "CT HEAD\n"
        "FINDINGS: Right temporal biconvex extra-axial collection up to 14 mm beneath a nondisplaced "
        "fracture of the right squamous temporal bone. Separate thin hyperdense layer along the left "
        "tentorium. 4 mm leftward midline shift.\n"
        "IMPRESSION: Right temporal EDH with fracture; thin left tentorial subdural blood.",
        1,
        {"edh", "sdh", "multiple", "fracture"},
    ),
    C(
        "e8-p033",
        "CT HEAD FOLLOW-UP (day 5 after coiling of ruptured ACom aneurysm)\n"
        "Interval decrease in subarachnoid blood; small residual amount in the right Sylvian fissure and "
        "anterior interhemispheric fissure. Coil mass at the ACom with streak artefact. Ventricles stable "
        "with EVD in place. No new infarct.\n"
        "IMPRESSION: Resolving aneurysmal SAH. Stable ventricles.",
        1,
        {"sah", "combined"},
        note="blood still present; its cause, the ruptured aneurysm, is named",
    ),
    C(
        "e8-p034",
        "CT head\n"
        "Sudden headache, now drowsy.\n"
        "Hyperdense blood within the fourth ventricle and both temporal horns, with dilatation of the "
        "lateral and third ventricles and periventricular lucency. Parenchyma shows no haematoma. Cisterns "
        "clear.\n"
        "Conclusion: Intraventricular haemorrhage with acute obstructive hydrocephalus. Source not "
        "identified; CTA advised.",
        1,
        {"ivh"},
        note="blood in several parts of the ventricular system is one ventricular bleed",
    ),
    C(
        "e8-p035",
        "CT BRAIN\n"
        "78M with transient right hand numbness, recurrent.\n"
        "Findings: A little hyperdensity in two adjacent sulci over the left central sulcus region, in "
        "keeping with a small amount of convexity subarachnoid blood. No parenchymal haematoma. Moderate "
        "generalised atrophy and white matter change.\n"
        "Comment: Left convexity SAH. In this age group cerebral amyloid angiopathy is the likely cause; MRI "
        "with SWI suggested.",
        1,
        {"sah"},
        note="amyloid angiopathy is not one of the combined causes, and it is only suspected",
    ),
    C(
        "e8-p036",
        "CT head\n"
        "Right occipital lobar haematoma, 3.9 x 3.3 cm, with a fluid-blood level and surrounding oedema. "
        "Effacement of the occipital horn of the right lateral ventricle without blood in it. No underlying "
        "mass evident on this unenhanced study.\n"
        "Conclusion: Acute right occipital lobar haemorrhage. Follow-up MRI to exclude an underlying lesion.",
        1,
        {"iph"},
    ),
    C(
        "e8-p037",
        "CT head post-op.\n"
        "Right temporoparietal craniotomy for evacuation of extradural haematoma yesterday.\n"
        "Residual lentiform extradural haematoma beneath the bone flap, 5 mm thick (22 mm pre-op). Small "
        "pneumocephalus. Midline now central. Subgaleal fluid and gas at the operative site.\n"
        "Conclusion: Satisfactory post-operative appearances with small residual extradural haematoma.",
        1,
        {"edh"},
        note="craniotomy is not a fracture",
    ),
    C(
        "e8-p038",
        "CT HEAD\n"
        "POD 2 s/p right frontal craniotomy and evacuation of intracerebral hematoma.\n"
        "FINDINGS: Small residual hematoma at the margins of the right frontal surgical cavity, "
        "approximately 1.5 cm, with a drain tip in the cavity. Expected postoperative gas. Postsurgical "
        "changes of the right frontal calvarium.\n"
        "IMPRESSION: Small residual right frontal hematoma, no new hemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "e8-p039",
        "CT head (ICU)\n"
        "Comparison: yesterday.\n"
        "Blood cast of the third ventricle persists, slightly less dense. Small amount of blood in the "
        "dependent portions of the lateral ventricles. Left frontal external ventricular drain in situ, tip "
        "at the foramen of Monro. Ventricular size slightly reduced.\n"
        "Conclusion: Persisting intraventricular haemorrhage, ventricles decreasing in size.",
        1,
        {"ivh"},
    ),
    C(
        "e8-p040",
        "NON CONTRAST CT HEAD\n"
        "FINDINGS: 1.9 cm acute hemorrhage in the head of the right caudate nucleus with rupture into the "
        "right frontal horn and blood filling the third ventricle. Mild ventriculomegaly. \n"
        "IMPRESSION: Right caudate hemorrhage with ventricular rupture.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e8-p041",
        "CT head with contrast\n"
        "Heterogeneous left frontal mass, 5 x 4 cm, crossing the genu of the corpus callosum, with irregular "
        "rim enhancement, central necrosis and internal areas of acute haemorrhage that are hyperdense on "
        "the pre-contrast series. Extensive vasogenic oedema, 8 mm midline shift.\n"
        "Conclusion: Haemorrhagic left frontal mass, most likely high-grade glioma.",
        1,
        {"combined"},
        note="hemorrhage is definite; 'likely' refers to the tumour type; tumour bleeding has no subtype",
    ),
    C(
        "e8-p042",
        "CT HEAD\n"
        "Cyclist, no helmet.\n"
        "FINDINGS: Hemorrhagic contusion at the anterior left temporal pole, 1.6 cm, and a second smaller "
        "focus in the right orbitofrontal gyrus. Traumatic blood in the left Sylvian fissure. No extra-axial "
        "hematoma. No calvarial fracture identified. Left periorbital soft tissue swelling.\n"
        "IMPRESSION: Left temporal and right frontal contusions with traumatic SAH.",
        1,
        {"iph", "sah", "multiple"},
    ),
    C(
        "e8-p043",
        "CT TRAUMA SERIES\n"
        "Head: Small left temporal extradural haematoma, 7 mm, with overlying fracture of the squamous "
        "temporal bone extending into the petrous part. Opacified left mastoid air cells. No midline shift.\n"
        "C-spine: Normal alignment. No fracture.\n"
        "Chest/abdomen/pelvis: Grade II splenic laceration with small volume haemoperitoneum. Left pubic "
        "rami fractures.\n"
        "Summary: Left temporal EDH with temporal bone fracture; splenic injury.",
        1,
        {"edh", "fracture"},
        note="haemoperitoneum is outside the head and does not add a focus",
    ),
    C(
        "e8-p044",
        "CT head\n"
        "Fall from height, CSF otorrhoea.\n"
        "Fracture through the clivus extending to the right petrous temporal bone, with opacification of the "
        "right middle ear and mastoid, and pneumocephalus in the basal cisterns. Small amount of "
        "subarachnoid blood in the prepontine cistern. Brain parenchyma normal.\n"
        "Conclusion: Skull base fracture with small prepontine SAH.",
        1,
        {"sah", "fracture"},
    ),
    C(
        "e8-p045",
        "CT HEAD W/O\n"
        "FINDINGS: Thin hyperdense collection along the posterior falx on the right, up to 4 mm, extending "
        "to the tentorial incisura. No convexity collection. Parenchyma, ventricles and basal cisterns "
        "normal. No fracture.\n"
        "IMPRESSION: Small right parafalcine subdural hematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e8-p046",
        "CT HEAD\n"
        "COMPARISON: 2 days prior.\n"
        "FINDINGS: No significant change in the mixed-density right hemispheric subdural hematoma, 15 mm, "
        "with acute hyperdense components layering posteriorly. Midline shift stable at 6 mm. No new "
        "hemorrhage. No hydrocephalus.\n"
        "IMPRESSION: Stable right acute-on-chronic subdural hematoma.",
        1,
        {"sdh"},
        note="'no significant change' describes an existing hematoma",
    ),
    C(
        "e8-p047",
        "CT head interval scan.\n"
        "Stable appearance of the small left frontal contusion, 9 mm, with a thin rim of surrounding oedema. "
        "No new intracranial haemorrhage. No extra-axial collection.\n"
        "Conclusion: Unchanged small left frontal contusion.",
        1,
        {"iph"},
    ),
    C(
        "e8-p048",
        "CT head.\n"
        "Acute vertigo and vomiting, then reduced consciousness.\n"
        "Haematoma in the right cerebellar hemisphere, 3.4 cm, with blood extending into the fourth "
        "ventricle. Effacement of the quadrigeminal cistern. Dilated temporal horns and third ventricle.\n"
        "Conclusion: Right cerebellar haemorrhage with fourth ventricular extension and early hydrocephalus. "
        "Urgent neurosurgical referral.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e8-p049",
        "CT head - day 2 post stroke\n"
        "Left PCA territory infarct involving the occipital lobe and medial temporal lobe, now clearly "
        "demarcated. Small petechial hyperdensities along the cortex of the infarct without mass effect, in "
        "keeping with haemorrhagic transformation (HI-1).\n"
        "Conclusion: Evolving left PCA infarct with petechial haemorrhagic transformation.",
        1,
        {"combined"},
    ),
    C(
        "e8-p050",
        "CT BRAIN + CT VENOGRAM\n"
        "Hyperdense left transverse and sigmoid sinuses. A 3 cm haematoma in the left temporal lobe with "
        "surrounding oedema. CT venogram: non-opacification of the left transverse and sigmoid sinuses and "
        "proximal internal jugular vein, in keeping with thrombosis.\n"
        "Comment: Left transverse-sigmoid sinus thrombosis with left temporal lobe haematoma.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e8-p051",
        "CT head, post fall\n"
        "FINDINGS: Subarachnoid blood in sulci over both frontal convexities. Thin subdural hematoma along "
        "the anterior falx, 3 mm. No parenchymal contusion. Ventricles normal. No calvarial fracture.\n"
        "IMPRESSION: Traumatic SAH and small parafalcine SDH.",
        1,
        {"sah", "sdh", "multiple"},
    ),
    C(
        "e8-p052",
        "CT HEAD ICU\n"
        "COMPARISON: Yesterday 21:40.\n"
        "The hemorrhage in the left basal ganglia has enlarged, now approximately 25 mL (previously 18 mL), "
        "with new extension into the left lateral ventricle. Midline shift increased to 8 mm. Early "
        "entrapment of the right lateral ventricle.\n"
        "IMPRESSION: Hematoma expansion with new intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e8-p053",
        "CT head\n"
        "73F on rivaroxaban, headache and left homonymous field loss.\n"
        "Two separate acute intraparenchymal haematomas: right occipital, 3.0 cm, and left frontal, 1.8 cm, "
        "each with a thin rim of oedema. No ventricular blood. No extra-axial collection.\n"
        "Conclusion: Two acute lobar haemorrhages, anticoagulation-related.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e8-p054",
        "CT HEAD W/O CONTRAST\n"
        "FINDINGS: Bilateral acute subdural hematomas over the frontoparietal convexities, 7 mm on the right "
        "and 5 mm on the left. No midline shift due to the balanced collections. Basal cisterns patent.\n"
        "IMPRESSION: Bilateral acute SDH.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e8-p055",
        "CT head\n"
        "Struck on top of head by falling scaffold pole.\n"
        "Linear fracture crossing the sagittal suture at the vertex. Lentiform extra-axial haematoma at the "
        "vertex straddling the midline, 12 mm, displacing the superior sagittal sinus inferiorly. No "
        "parenchymal injury.\n"
        "Conclusion: Vertex extradural haematoma with overlying fracture; CT venogram suggested to assess "
        "the superior sagittal sinus.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e8-p056",
        "CT of head and CT-angiography. Acute SAH in basal cisterns and in both sylvian fissures, Fisher 3. "
        "No blood in ventricles. In CT-angio there is aneurysm of right PComA 5x4 mm, it is the source. "
        "Other intracranial arteries without pathology.\n"
        "Conclusion: SAH from rupture of aneurysm of right PComA.",
        1,
        {"sah", "combined"},
    ),
    C(
        "e8-p057",
        "CT PAN-SCAN\n"
        "HEAD: Thin acute subdural blood along the right tentorium. No calvarial or skull base fracture.\n"
        "FACIAL BONES: Fracture of the left zygomatic arch and the lateral wall of the left maxillary sinus, "
        "with blood in the left maxillary antrum.\n"
        "C-SPINE: Degenerative changes, no fracture.\n"
        "CHEST/ABDOMEN: No acute traumatic findings.",
        1,
        {"sdh"},
        note="facial fractures and sinus blood do not count",
    ),
    C(
        "e8-p058",
        "CT HEAD\n"
        "COMPARISON: CT 12 days prior.\n"
        "The right temporal hematoma is now largely isodense to brain with a faint hyperdense center, "
        "decreased in size to 2.5 cm. Surrounding edema has increased slightly. No new hemorrhage.\n"
        "IMPRESSION: Evolving subacute right temporal hematoma.",
        1,
        {"iph"},
    ),
    C(
        "e8-p059",
        "CT head\n"
        "Face-first fall.\n"
        "Minor subarachnoid haemorrhage in a left frontal sulcus. Undisplaced fracture of the left orbital "
        "roof. Left periorbital haematoma. No other fracture.\n"
        "Conclusion: Small left frontal SAH and orbital roof fracture.",
        1,
        {"sah", "fracture"},
        note="orbital roof is part of the skull base",
    ),
    C(
        "e8-p060",
        "CT HEAD\n"
        "HISTORY: Known right occipital AVM awaiting radiosurgery, sudden headache.\n"
        "FINDINGS: New hyperdense blood in the occipital horn of the right lateral ventricle and in the "
        "atrium, adjacent to the known AVM with its calcified draining vein. No parenchymal hematoma. "
        "Ventricles not enlarged.\n"
        "IMPRESSION: New intraventricular hemorrhage from the known right occipital AVM.",
        1,
        {"ivh", "combined"},
    ),
    # -------------------------------------------------------------------------------------- absent (ich=0)
    C(
        "e8-n001",
        "EXAMINATION: CT HEAD WITHOUT CONTRAST\n"
        "CLINICAL HISTORY: 45F, headache x 3 days, worst in the morning.\n"
        "COMPARISON: None.\n"
        "FINDINGS: No acute intracranial hemorrhage, mass effect, or midline shift. Gray-white matter "
        "differentiation is preserved. The ventricles and sulci are normal in size and configuration. No "
        "extra-axial fluid collection. The visualized paranasal sinuses and mastoid air cells are clear. The "
        "calvarium is intact.\n"
        "IMPRESSION: No acute intracranial abnormality.",
        0,
    ),
    C(
        "e8-n002",
        "CT head. History: Fall, on clopidogrel, no LOC.\n"
        "No intracranial haemorrhage or established infarct. No space-occupying lesion. Ventricles and sulci "
        "normal for age. No skull fracture.\n"
        "Conclusion: Normal CT head.",
        0,
    ),
    C(
        "e8-n003",
        "CT HEAD\n"
        "FINDINGS: Large left parietal subgaleal hematoma measuring up to 2.2 cm in thickness. No underlying "
        "calvarial fracture. No intracranial hemorrhage. No extra-axial collection. Brain parenchyma "
        "unremarkable.\n"
        "IMPRESSION: Left parietal scalp hematoma. No acute intracranial injury.",
        0,
        note="scalp blood is extracranial",
    ),
    C(
        "e8-n004",
        "CT head and facial bones\n"
        "Punched in face.\n"
        "Head: No intracranial haemorrhage. No skull fracture.\n"
        "Face: Blow-out fracture of the right orbital floor with herniation of orbital fat into the "
        "maxillary sinus, and blood-fluid level in the right maxillary sinus. Fracture of the nasal bones. "
        "Right periorbital soft tissue swelling.\n"
        "Conclusion: Right orbital floor blow-out fracture and nasal fracture. No intracranial injury.",
        0,
        note="facial fractures and sinus blood: no ich, no fracture",
    ),
    C(
        "e8-n005",
        "CT head\n"
        "19M, skateboarding fall, headache.\n"
        "Non-displaced linear fracture of the right parietal bone, 5 cm long, not crossing a vascular "
        "groove. No extra-axial collection. No contusion. Overlying scalp swelling.\n"
        "Conclusion: Simple right parietal skull fracture without intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "e8-n006",
        "CT HEAD / TEMPORAL BONES\n"
        "FINDINGS: Longitudinal fracture of the left petrous temporal bone extending through the mastoid, "
        "with fluid in the mastoid air cells and middle ear. Ossicular chain intact. No pneumocephalus. No "
        "intracranial hemorrhage or extra-axial collection.\n"
        "IMPRESSION: Left temporal bone fracture, otic capsule sparing. No intracranial blood.",
        0,
        {"fracture"},
        note="fluid in the mastoid and middle ear is outside the brain",
    ),
    C(
        "e8-n007",
        "CT brain\n"
        "Dizziness.\n"
        "Symmetric hyperdense foci in both globus pallidi and dentate nuclei, consistent with calcification. "
        "Calcified pineal gland and falx. No haemorrhage. No mass effect. Ventricles normal.\n"
        "Comment: Basal ganglia calcification, likely physiological. No acute intracranial abnormality.",
        0,
        note="calcification is a mimic",
    ),
    C(
        "e8-n008",
        "CT STROKE PROTOCOL\n"
        "LKW 50 min, left hemiplegia.\n"
        "NCCT: Hyperdense right MCA (M1) sign. Subtle loss of the right insular ribbon. ASPECTS 9. No "
        "intracranial haemorrhage.\n"
        "CTA: Occlusion of the right M1 segment with moderate collaterals. Patent carotids.\n"
        "CTP: Core (CBF <30%) 8 mL, Tmax >6s 96 mL, mismatch ratio 12.\n"
        "Conclusion: Right M1 occlusion with large salvageable penumbra. No haemorrhage. Thrombectomy "
        "candidate.",
        0,
        note="hyperdense artery sign is a mimic",
    ),
    C(
        "e8-n009",
        "CT HEAD\n"
        "COMPARISON: 6 weeks ago.\n"
        "FINDINGS: The previously seen left convexity subdural hematoma has completely resolved. No new "
        "extra-axial collection. Ventricles and sulci normal. No midline shift.\n"
        "IMPRESSION: Resolution of the left subdural hematoma.",
        0,
    ),
    C(
        "e8-n010",
        "CT head\n"
        "Encephalomalacia in the right frontal lobe at the site of a prior haemorrhage, with ex vacuo "
        "dilatation of the right frontal horn. No new haemorrhage. No acute infarct.\n"
        "Conclusion: Old right frontal haemorrhage sequelae. No acute findings.",
        0,
        note="old sequelae only",
    ),
    C(
        "e8-n011",
        "CT ABDOMEN AND PELVIS WITH CONTRAST\n"
        "History: anticoagulated, flank pain, Hb drop.\n"
        "FINDINGS: Large left retroperitoneal hematoma centred on the psoas, 11 x 7 cm, with a focus of "
        "active contrast extravasation. Kidneys enhance normally. No free intraperitoneal air.\n"
        "IMPRESSION: Left psoas/retroperitoneal hematoma with active bleeding.",
        0,
        note="non-head study",
    ),
    C(
        "e8-n012",
        "CT CERVICAL SPINE\n"
        "FINDINGS: No acute fracture or malalignment. Prevertebral soft tissues normal. Small hematoma in "
        "the left posterior paraspinal soft tissues at C5-C6. Multilevel spondylosis.\n"
        "IMPRESSION: No cervical spine fracture. Left paraspinal soft tissue hematoma.",
        0,
        note="non-head study, soft-tissue blood",
    ),
    C(
        "e8-n013",
        "CT chest. Haemoptysis in a patient with vasculitis.\n"
        "Patchy bilateral ground-glass opacity with interlobular septal thickening, in keeping with diffuse "
        "alveolar haemorrhage. Small bilateral pleural effusions. No pneumothorax.\n"
        "Conclusion: Appearances consistent with pulmonary haemorrhage.",
        0,
        note="non-head study",
    ),
    C(
        "e8-n014",
        "TRAUMA CT\n"
        "HEAD: No acute intracranial abnormality. No skull fracture.\n"
        "C-SPINE: No fracture.\n"
        "CHEST: Small right haemothorax. Right 6th rib fracture.\n"
        "ABDOMEN/PELVIS: Grade III liver laceration segments VI/VII with perihepatic haematoma and moderate "
        "haemoperitoneum. No active extravasation.\n"
        "Summary: Liver laceration with haemoperitoneum. Head normal.",
        0,
    ),
    C(
        "e8-n015",
        "NCCT HEAD POST THROMBECTOMY\n"
        "FINDINGS: Hyperdensity in the left caudate head and putamen within the infarct, measuring up to 90 "
        "HU. On the dual-energy iodine map this corresponds entirely to iodine, with no hyperdensity on the "
        "virtual non-contrast images.\n"
        "IMPRESSION: Contrast staining in the left basal ganglia infarct. No hemorrhage.",
        0,
        note="contrast staining proven by dual-energy is a mimic",
    ),
    C(
        "e8-n016",
        "CT head + CT venogram\n"
        "Headache, polycythaemia.\n"
        "All dural venous sinuses appear diffusely hyperdense, in keeping with the raised haematocrit (Hct "
        "0.61). The venogram shows normal opacification of all sinuses and deep veins with no filling "
        "defect. Brain parenchyma normal. No haemorrhage.\n"
        "Conclusion: No venous sinus thrombosis. Dense sinuses due to polycythaemia.",
        0,
    ),
    C(
        "e8-n017",
        "CT HEAD\n"
        "Post cardiac arrest, 36 h, comatose.\n"
        "FINDINGS: Diffuse cerebral edema with loss of gray-white differentiation and effacement of the "
        "sulci and basal cisterns. The basal cisterns and tentorium appear relatively dense against the "
        "swollen brain; this represents pseudo-subarachnoid hemorrhage rather than true blood.\n"
        "IMPRESSION: Severe diffuse hypoxic-ischemic injury. No intracranial hemorrhage.",
        0,
        note="pseudo-SAH mimic named as such",
    ),
    C(
        "e8-n018",
        "CT brain\n"
        "Densely calcified extra-axial mass along the right side of the falx, 2.2 cm, without surrounding "
        "oedema, unchanged from 2019, in keeping with a meningioma. No haemorrhage. No hydrocephalus.\n"
        "Comment: Stable calcified falcine meningioma.",
        0,
    ),
    C(
        "e8-n019",
        "CT ORBITS AND HEAD\n"
        "FINDINGS: Left preseptal and retrobulbar hematoma with 4 mm proptosis and stretching of the optic "
        "nerve. No orbital wall fracture. Intracranial: no hemorrhage, no extra-axial collection.\n"
        "IMPRESSION: Left retrobulbar hematoma - ophthalmology informed re: possible lateral canthotomy.",
        0,
        note="orbital blood is extracranial",
    ),
    C(
        "e8-n020",
        "CT head\n"
        "COMPARISON: 5 weeks ago (right frontal contusion after assault).\n"
        "The right frontal contusion has resolved, leaving a small area of low attenuation in keeping with "
        "gliosis. No new haemorrhage. No extra-axial collection.\n"
        "Conclusion: Resolved right frontal contusion.",
        0,
    ),
    C(
        "e8-n021",
        "NCCT HEAD\n"
        "No evidence of intracranial bleed. Age related cerebral atrophy with prominent sulci and "
        "ventricles. Chronic small vessel ischaemic changes in bilateral periventricular white matter. "
        "Bilateral maxillary sinusitis.\n"
        "IMPRESSION: No acute intracranial pathology. Age related changes.",
        0,
    ),
    C(
        "e8-n022",
        "CT of brain. Pathological densities in brain substance are not revealed. Ventricles are not "
        "dilated, midline structures not displaced. Subarachnoid spaces are normal. Bones of skull are "
        "without destruction and fractures.\n"
        "Conclusion: CT-signs of haemorrhage and focal changes are not found.",
        0,
    ),
    C(
        "e8-n023",
        "CT HEAD\n"
        "FINDINGS: Coarse calcification of the choroid plexus in the atria of both lateral ventricles, "
        "extending into the occipital horns. No intraventricular blood. No parenchymal or extra-axial "
        "hemorrhage. Ventricles normal in size.\n"
        "IMPRESSION: No acute intracranial abnormality. Incidental choroid plexus calcification.",
        0,
        note="calcification in the occipital horns mimics layering blood",
    ),
    C(
        "e8-n024",
        "CODE STROKE CT/CTA/CTP\n"
        "NCCT: Haemorrhage excluded. No early ischaemic change, ASPECTS 10. Old left cerebellar lacune.\n"
        "CTA: No large vessel occlusion. Mild atheroma at both carotid bifurcations without significant "
        "stenosis.\n"
        "CTP: No perfusion deficit.\n"
        "Conclusion: No haemorrhage, no LVO, no perfusion abnormality.",
        0,
    ),
    C(
        "e8-n025",
        "CT head ICU follow-up\n"
        "Comparison: 9 days ago.\n"
        "Interval resolution of the intraventricular blood. EVD removed; small tract in the right frontal "
        "lobe without haemorrhage. Ventricular size stable, no hydrocephalus.\n"
        "Conclusion: Intraventricular haemorrhage has cleared. No complication after EVD removal.",
        0,
    ),
    C(
        "e8-n026",
        "CT HEAD POST-OP\n"
        "S/p right pterional craniotomy and clipping of unruptured right MCA aneurysm.\n"
        "FINDINGS: Aneurysm clip at the right MCA bifurcation with streak artifact. Small right frontal "
        "pneumocephalus. Postoperative soft tissue swelling of the right temporalis. No intracranial "
        "hemorrhage. No infarct.\n"
        "IMPRESSION: Expected postoperative appearance. No hemorrhage.",
        0,
    ),
    C(
        "e8-n027",
        "CT brain post-op\n"
        "Left parietal craniotomy for resection of metastasis (lung primary).\n"
        "Resection cavity containing fluid and gas, with no haematoma. Surrounding oedema as before. Bone "
        "flap in satisfactory position. No extra-axial collection.\n"
        "Comment: Expected post-operative changes. No post-operative haemorrhage.",
        0,
    ),
    C(
        "e8-n028",
        "CT head\n"
        "History: SAH in 2015 from left MCA aneurysm, coiled. New headache.\n"
        "Coil mass at the left MCA bifurcation with beam hardening artefact. Small area of old infarction in "
        "the left frontal operculum. No new intracranial haemorrhage. Ventricles normal.\n"
        "Conclusion: No acute intracranial abnormality. Post-coiling appearance stable.",
        0,
        note="past hemorrhage in the history only",
    ),
    C(
        "e8-n029",
        "CT HEAD\n"
        "COMPARISON: Post-op CT 4 weeks ago.\n"
        "FINDINGS: Right temporal craniotomy. No residual extradural collection. Small area of "
        "encephalomalacia in the right temporal lobe. No new hemorrhage.\n"
        "IMPRESSION: Resolved extradural hematoma.",
        0,
    ),
    C(
        "e8-n030",
        "CT head\n"
        "Indication: Fall, ?subdural.\n"
        "No subdural collection. No other intracranial haemorrhage. Mild generalised volume loss. Right "
        "frontal scalp haematoma. No fracture.\n"
        "Conclusion: No intracranial haemorrhage.",
        0,
    ),
    C(
        "e8-n031",
        "PRELIM CT HEAD (ED wet read): no bleed, no fx, no shift. Final to follow.",
        0,
    ),
    C(
        "e8-n032",
        "CT HEAD AND CERVICAL SPINE\n"
        "HEAD: No intracranial hemorrhage. No calvarial or skull base fracture.\n"
        "C-SPINE: Type II odontoid fracture with 2 mm posterior displacement. Prevertebral soft tissue "
        "swelling from C1 to C3 consistent with hematoma.\n"
        "IMPRESSION: Type II dens fracture. No acute intracranial injury.",
        0,
        note="a cervical fracture is not a skull fracture; prevertebral blood is extracranial",
    ),
    C(
        "e8-n033",
        "CT head and craniocervical junction\n"
        "FINDINGS: Non-displaced fracture of the right occipital condyle. Atlanto-occipital alignment "
        "maintained. No intracranial hemorrhage. No extra-axial collection.\n"
        "IMPRESSION: Right occipital condyle fracture (Anderson-Montesano type III). No intracranial injury.",
        0,
        {"fracture"},
        note="occipital condyle belongs to the skull base",
    ),
    C(
        "e8-n034",
        "CT head\n"
        "Intermittent headache.\n"
        "Well-defined 9 mm hyperdense round lesion at the anterior roof of the third ventricle at the "
        "foramen of Monro, consistent with a colloid cyst. Lateral ventricles at upper limit of normal size. "
        "No haemorrhage.\n"
        "Conclusion: Colloid cyst. MRI and neurosurgical referral.",
        0,
        note="hyperdense colloid cyst is a mimic",
    ),
    C(
        "e8-n035",
        "CT BRAIN\n"
        "Clinical: Recurrent TIA.\n"
        "Findings: Old lacunar infarcts in the left thalamus and right corona radiata. Moderate small vessel "
        "ischaemic change. No intracranial haemorrhage. No mass. No acute territorial infarct.\n"
        "Comment: Chronic small vessel disease. No acute abnormality.",
        0,
    ),
    C(
        "e8-n036",
        "CT PARANASAL SINUSES\n"
        "FINDINGS: Mucosal thickening in both maxillary sinuses and the anterior ethmoid air cells. "
        "Ostiomeatal units obstructed bilaterally. Mild leftward nasal septal deviation. Included "
        "intracranial contents unremarkable.\n"
        "IMPRESSION: Chronic rhinosinusitis.",
        0,
    ),
    C(
        "e8-n037",
        "CT HEAD\n"
        "FINDINGS: No intra- or extra-axial haemorrhage, hydrocephalus, mass lesion or territorial infarct. "
        "Basal cisterns are patent. Skull vault and base intact.\n"
        "IMPRESSION: Normal study.",
        0,
    ),
    C(
        "e8-n038",
        "CT head\n"
        "4.5 cm CSF-density extra-axial cyst in the left middle cranial fossa with scalloping of the "
        "temporal squama and mild mass effect on the temporal pole, in keeping with an arachnoid cyst. No "
        "haemorrhage within or around it. Brain otherwise normal.\n"
        "Conclusion: Left middle cranial fossa arachnoid cyst.",
        0,
    ),
    C(
        "e8-n039",
        "CT HEAD\n"
        "FINDINGS: The falx and tentorium are mildly dense, in keeping with normal dural calcification for "
        "age, with no subdural collection along them. No parenchymal hemorrhage. Ventricles midline.\n"
        "IMPRESSION: No acute intracranial abnormality.",
        0,
        note="dense falx/tentorium mimic, explicitly normal",
    ),
    C(
        "e8-n040",
        "CT brain\n"
        "Comparison: 3 months ago.\n"
        "Bilateral frontal burr holes from previous drainage of chronic subdural haematomas. No residual or "
        "recurrent subdural collection. Brain re-expanded. No midline shift.\n"
        "Comment: No recurrence of subdural haematoma.",
        0,
    ),
    C(
        "e8-n041",
        "CT LUMBAR SPINE\n"
        "Post spinal anaesthesia, new leg weakness.\n"
        "FINDINGS: Hyperdense posterior epidural collection from L2 to L4 compressing the thecal sac, "
        "consistent with epidural hematoma. No vertebral fracture.\n"
        "IMPRESSION: Lumbar spinal epidural hematoma. Urgent MRI and neurosurgical review.",
        0,
        note="spinal epidural hematoma: non-head study",
    ),
    C(
        "e8-n042",
        "CT face and head\n"
        "Assault.\n"
        "Bilateral mandibular fractures (right parasymphyseal and left angle). Subcutaneous gas and "
        "soft-tissue haematoma in the submandibular region. Head: no intracranial haemorrhage, no skull "
        "fracture.\n"
        "Conclusion: Bilateral mandibular fractures. Normal brain.",
        0,
    ),
    C(
        "e8-n043",
        "CT HEAD W/O CONTRAST\n"
        "CLINICAL QUESTION: ?SAH. Sudden severe headache during exercise, 4 hours ago.\n"
        "FINDINGS: No subarachnoid blood in the basal cisterns, Sylvian fissures or sulci. No "
        "intraventricular or parenchymal hemorrhage. Ventricles normal.\n"
        "IMPRESSION: No CT evidence of subarachnoid hemorrhage within 6 hours of onset.",
        0,
    ),
    C(
        "e8-n044",
        "CT head\n"
        "Shunted hydrocephalus, headache.\n"
        "Right parietal ventriculoperitoneal shunt catheter with tip in the frontal horn. Ventricles smaller "
        "than on the previous study. No haemorrhage along the catheter tract. No extra-axial collection.\n"
        "Conclusion: Shunt in satisfactory position, no shunt failure.",
        0,
    ),
    C(
        "e8-n045",
        "CT HEAD\n"
        "FINDINGS: Soft tissue swelling and hematoma over the left zygoma and left frontal scalp. Underlying "
        "bone intact. No intracranial hemorrhage, no midline shift, no hydrocephalus.\n"
        "IMPRESSION: Left facial and frontal scalp soft tissue hematoma. No acute intracranial process.",
        0,
    ),
    # -------------------------------------------------------------------------------------- hedged (ich=-1)
    C(
        "e8-u001",
        "CT HEAD\n"
        "FINDINGS: Possible trace hyperdensity within a right frontal sulcus near the vertex, which may "
        "represent a small amount of subarachnoid blood versus volume averaging with the adjacent calvarium. "
        "Otherwise no intracranial abnormality.\n"
        "IMPRESSION: Equivocal trace right frontal SAH. Consider short-interval follow-up.",
        -1,
    ),
    C(
        "e8-u002",
        "CT head\n"
        "Questionable thin hyperdensity along the left tentorium; could be a small subdural haemorrhage or a "
        "normally dense tentorium. Comparison with the right is limited by head tilt. No other abnormality.\n"
        "Conclusion: ?Thin left tentorial subdural. Repeat if clinical concern.",
        -1,
    ),
    C(
        "e8-u003",
        "CT BRAIN\n"
        "Findings: A 4 mm hyperdense focus in the left frontal lobe at the grey-white junction, of uncertain "
        "nature. A small contusion cannot be excluded given the mechanism. No extra-axial collection. No "
        "fracture.\n"
        "Comment: Indeterminate left frontal focus, MRI suggested.",
        -1,
    ),
    C(
        "e8-u004",
        "CT HEAD\n"
        "Subtle hyperdensity in the interpeduncular cistern. A small subarachnoid hemorrhage cannot be "
        "excluded. Ventricles normal. Recommend CTA and correlation with lumbar puncture.",
        -1,
    ),
    C(
        "e8-u005",
        "CT head\n"
        "Undisplaced fracture of the left temporal squama. Possible very thin underlying extradural "
        "collection, 2 mm, difficult to separate from partial volume of the bone. No midline shift.\n"
        "Conclusion: Left temporal fracture; questionable tiny extradural haematoma - suggest repeat CT in 6 "
        "hours.",
        -1,
        {"fracture"},
    ),
    C(
        "e8-u006",
        "CT HEAD\n"
        "FINDINGS: Mildly hyperdense dependent material in the occipital horns may represent a small amount "
        "of layering blood versus choroid plexus. No parenchymal hemorrhage. Ventricles normal.\n"
        "IMPRESSION: Possible small intraventricular hemorrhage. Follow-up CT recommended.",
        -1,
    ),
    C(
        "e8-u007",
        "CT head 22 h post thrombectomy\n"
        "Faint hyperdensity in the left lentiform nucleus within the infarct could represent contrast "
        "staining or early haemorrhagic transformation. No mass effect.\n"
        "Conclusion: Indeterminate hyperdensity - contrast staining vs haemorrhage. Follow-up CT in 24 h.",
        -1,
        note="contrast staining not proven and blood not proven",
    ),
    C(
        "e8-u008",
        "NCCT BRAIN\n"
        "? Tiny bleed in right thalamus measuring ~3 mm. Rest of the brain parenchyma is normal. Ventricles "
        "normal.\n"
        "IMPRESSION: ? Tiny right thalamic bleed. Suggested MRI brain for correlation.",
        -1,
    ),
    C(
        "e8-u009",
        "CT of brain. In the left parietal sulci there is probably small haemorrhage, small amount. Other "
        "brain substance without pathological densities. Ventricles not dilated.\n"
        "Conclusion: Probable small subarachnoid haemorrhage in left parietal region.",
        -1,
    ),
    C(
        "e8-u010",
        "CT HEAD\n"
        "FINDINGS: Suspected thin acute subdural hematoma along the posterior falx, approximately 2 mm, "
        "versus normal falx. No convexity collection.\n"
        "IMPRESSION: Suspected small parafalcine SDH. Clinical correlation and follow-up as needed.",
        -1,
    ),
    C(
        "e8-u011",
        "TRAUMA PAN-SCAN\n"
        "HEAD: Equivocal hyperdensity adjacent to the inner table of the right frontal bone, ? small "
        "contusion vs beam hardening artefact. No extra-axial collection.\n"
        "C-SPINE: No fracture.\n"
        "CHEST/ABDOMEN/PELVIS: Left clavicle fracture. Otherwise no injury.",
        -1,
    ),
    C(
        "e8-u012",
        "CT head\n"
        "5 mm hyperdense focus in the right putamen, calcification versus a small haemorrhage; no prior "
        "imaging for comparison. No surrounding oedema.\n"
        "Conclusion: Indeterminate right putaminal focus; repeat CT or MRI suggested.",
        -1,
    ),
    C(
        "e8-u013",
        "CT HEAD (post-angiography, 4 h)\n"
        "Subtle sulcal hyperdensity in the left Sylvian region, which may be residual contrast from the "
        "diagnostic angiogram or a small subarachnoid hemorrhage. No parenchymal hematoma.\n"
        "IMPRESSION: Indeterminate left Sylvian hyperdensity; repeat CT in 24 hours.",
        -1,
    ),
    C(
        "e8-u014",
        "PRELIM (ED): ?small SDH R frontal, v subtle. Discussed with consultant, formal report to follow.",
        -1,
    ),
    C(
        "e8-u015",
        "CT head\n"
        "Fracture of the right petrous temporal bone with haemotympanum. Small ill-defined focus of "
        "hyperdensity adjacent to the floor of the right middle cranial fossa - possible small temporal lobe "
        "contusion.\n"
        "Conclusion: Right petrous fracture. Possible right temporal contusion.",
        -1,
        {"fracture"},
    ),
]
