"""English held-out set 9: invented head-CT reports as they arrive in an everyday hospital export.

The reports imitate what a mixed English-language archive holds: US templates with EXAMINATION /
FINDINGS / IMPRESSION headings, UK and Australian dictated prose with "Opinion" or "Comment", Indian
"NCCT BRAIN / Observations" templates, Canadian post-thrombolysis reads, one-line preliminary and wet
reads, addenda that add or withdraw a finding, and reports written in non-native English. Most are
normal or near-normal (atrophy, small-vessel disease, old infarcts, sinus disease, shunts, post-operative
change, calcification, motion artefact); the rest cover every hemorrhage type, often named only by
anatomy, follow-ups with blood still present or resolved, hemorrhage with a named cause and its
look-alikes, skull versus facial fractures, extracranial blood, non-head studies and hedged reads.

The set was written from the label definitions in DOMAIN.md and general radiology knowledge, without
looking at the project's lexicon, matcher or other case files. No report is real.

A held-out set: never tuned on; its first score is recorded here.
First score (en-ich 1.17, before anything was read): ICH sensitivity 1.000, specificity 0.980, PPV 0.982,
hedged sent to verification 1.000; F1 edh 1.000, sdh 0.933, sah 0.963, iph 0.941, ivh 0.957, multiple 0.947,
fracture 1.000, combined 1.000.
Labeling conventions: those written once in tests/_cases.py.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present (ich=1)
    C(
        "e9-p001",
        "EXAMINATION: CT HEAD WITHOUT CONTRAST\n"
        "CLINICAL HISTORY: 78M fall on apixaban, headache.\n"
        "COMPARISON: None.\n"
        "FINDINGS: There is an acute crescentic extra-axial collection along the left frontoparietal "
        "convexity measuring up to 9 mm in thickness, with effacement of the adjacent sulci and 4 mm of "
        "rightward midline shift. No intraventricular extension. Ventricles otherwise normal in size. "
        "Gray-white differentiation is preserved. Calvarium intact. Paranasal sinuses and mastoid air "
        "cells are clear.\n"
        "IMPRESSION: Acute left convexity subdural hematoma, 9 mm, with 4 mm midline shift. "
        "Findings called to Dr. Pellegrino at 02:14.",
        1,
        {"sdh"},
    ),
    C(
        "e9-p002",
        "CT head. There is a 3.5 x 2.8 cm acute haematoma centred on the right lentiform nucleus with "
        "surrounding low attenuation oedema. Blood has ruptured into the right lateral ventricle and "
        "there is a fluid level in the occipital horns. Mild effacement of the right lateral ventricle, "
        "midline shift 3 mm. No hydrocephalus at present. Conclusion: right basal ganglia haemorrhage, "
        "likely hypertensive, with intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e9-p003",
        "PRELIM (resident): small amt of SAH in R frontal sulci, no mass effect, no fx. "
        "Attending to review.",
        1,
        {"sah"},
    ),
    C(
        "e9-p004",
        "CT BRAIN\n"
        "Clinical: 84F, progressive confusion over 3 weeks, ?stroke.\n"
        "Report: Right hemispheric subdural collection of mixed density, predominantly hypodense with a "
        "dependent hyperdense component and internal septations, maximal depth 18 mm. 7 mm leftward "
        "midline shift with effacement of the right lateral ventricle. Generalised involutional change. "
        "No acute infarct identified.\n"
        "Comment: Chronic right subdural haematoma with an acute-on-chronic component and mass effect. "
        "Neurosurgical referral suggested.",
        1,
        {"sdh"},
    ),
    C(
        "e9-p005",
        "NCCT BRAIN\n"
        "Observations:\n"
        "Acute intraparenchymal bleed noted in left thalamus measuring approx. 2.4 x 1.9 cm (vol ~5 cc) "
        "with perilesional oedema.\n"
        "Extension of bleed into the third ventricle and both lateral ventricles.\n"
        "Mild dilatation of temporal horns.\n"
        "Rest of the brain parenchyma shows normal grey-white differentiation.\n"
        "Bilateral maxillary sinusitis.\n"
        "IMPRESSION: Acute left thalamic bleed with intraventricular extension and early hydrocephalus.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e9-p006",
        "CT HEAD (TRAUMA)\n"
        "History: assault, struck with a bat, GCS 13.\n"
        "Findings: Biconvex hyperdense collection over the right temporal convexity, 14 mm thick, deep to "
        "a minimally displaced fracture of the right temporal squama. Small locules of extra-axial air. "
        "Overlying soft tissue swelling. No midline shift. Basal cisterns patent.\n"
        "Impression: Right temporal extradural haematoma beneath a temporal bone fracture.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e9-p007",
        "CT HEAD W/O CONTRAST\n"
        "Comparison: CT 11 days prior.\n"
        "Findings: Interval evolution of the left frontal intraparenchymal hematoma, which now measures "
        "2.1 x 1.7 cm (previously 2.6 x 2.2 cm), with decreasing attenuation at its periphery and a rim "
        "of vasogenic edema. No new hemorrhage. Ventricles stable. No midline shift.\n"
        "Impression: Decreasing left frontal hematoma. No new bleed.",
        1,
        {"iph"},
        note="follow-up: smaller but still present",
    ),
    C(
        "e9-p008",
        "CT BRAIN AND CT ANGIOGRAM\n"
        "Diffuse hyperdensity fills the suprasellar, ambient and quadrigeminal cisterns and extends into "
        "both Sylvian fissures and the anterior interhemispheric fissure. A small amount layers in the "
        "fourth ventricle and the occipital horns. Temporal horns are dilated.\n"
        "CTA: 7 x 5 mm lobulated aneurysm arising from the anterior communicating artery, pointing "
        "anteriorly.\n"
        "Conclusion: Diffuse subarachnoid haemorrhage with intraventricular extension secondary to "
        "ruptured ACom aneurysm. Early hydrocephalus. Modified Fisher grade 4.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e9-p009",
        "CT head non-contrast, 24 h post tPA.\n"
        "Comparison: CT/CTA yesterday.\n"
        "Evolving left MCA territory infarct involving the insula and frontal operculum. Within it there "
        "is confluent petechial hyperdensity without mass effect, in keeping with hemorrhagic "
        "transformation, HI-2 (ECASS). No parenchymal hematoma. No intraventricular blood.\n"
        "Impression: Hemorrhagic transformation of left MCA infarct, HI-2.",
        1,
        {"combined"},
        note="HI-type transformation: combined, no subtype",
    ),
    C(
        "e9-p010",
        "CT HEAD WITH AND WITHOUT CONTRAST\n"
        "History: metastatic renal cell carcinoma, new headache.\n"
        "Findings: A 2.4 cm heterogeneous lesion in the right parietal lobe has a hyperdense haemorrhagic "
        "centre on the unenhanced images and a thick enhancing rim, with extensive surrounding oedema. "
        "No other lesion seen. 3 mm midline shift.\n"
        "Impression: Haemorrhagic right parietal metastasis.",
        1,
        {"combined"},
        note="bleeding tumour: combined, no subtype",
    ),
    C(
        "e9-p011",
        "CT of head. In left cerebellar hemisphere is determined zone of high density 3,1x2,4 cm, "
        "surrounded with hypodense perifocal edema. Fourth ventricle is compressed, lateral ventricles "
        "is dilated moderately. Other parts of brain without pathological densities. "
        "Conclusion: Hematoma of left cerebellar hemisphere. Occlusive hydrocephalus.",
        1,
        {"iph"},
    ),
    C(
        "e9-p012",
        "CT HEAD WITHOUT CONTRAST\n"
        "Findings: No acute territorial infarct. No mass. Ventricles and sulci age-appropriate. "
        "Sinuses clear.\n"
        "Impression: No acute intracranial abnormality.\n"
        "\n"
        "ADDENDUM (09:40): On review of the coronal and sagittal reformats there is a thin 3 mm "
        "hyperdense collection layering along the left tentorium cerebelli, not appreciated on the axial "
        "images. This represents a small acute subdural hematoma. Discussed with the ED physician.",
        1,
        {"sdh"},
        note="addendum overrides the normal impression",
    ),
    C(
        "e9-p013",
        "CT HEAD\n"
        "Indication: Fell backwards down stairs, occipital laceration, GCS 12.\n"
        "Findings: Undisplaced fracture of the right occipital bone extending towards the foramen magnum. "
        "Contrecoup haemorrhagic contusions in both frontal lobes inferiorly, the largest on the left "
        "measuring 22 mm. Thin subarachnoid blood in the frontal sulci bilaterally. No extra-axial "
        "collection. No midline shift.\n"
        "Opinion: Bifrontal haemorrhagic contusions with traumatic SAH and right occipital fracture.",
        1,
        {"iph", "sah", "multiple", "fracture"},
    ),
    C(
        "e9-p014",
        "CT Head\n"
        "There is a crescentic collection over the left cerebral convexity which is nearly isodense to "
        "the adjacent cortex, best appreciated by medial displacement of the grey-white junction and "
        "effacement of the sulci, maximum thickness 11 mm. Mild compression of the left lateral "
        "ventricle. No midline shift.\n"
        "Impression: Subacute left subdural haematoma (isodense).",
        1,
        {"sdh"},
    ),
    C(
        "e9-p015",
        "CT HEAD\n"
        "History: POD1 following left burr-hole drainage of chronic SDH.\n"
        "Findings: Two left parietal burr holes with subdural drain in situ. Residual mixed-density left "
        "subdural haematoma measuring up to 8 mm, reduced from 21 mm preoperatively, with pneumocephalus "
        "anteriorly. Midline shift has improved from 9 mm to 3 mm. No new intracranial haemorrhage.\n"
        "Impression: Expected post-operative appearance with residual left subdural haematoma and "
        "pneumocephalus.",
        1,
        {"sdh"},
        note="residual post-operative hematoma counts as present",
    ),
    C(
        "e9-p016",
        "CT BRAIN\n"
        "Dependent hyperdense material layers in the occipital horns of both lateral ventricles. No "
        "parenchymal haematoma is identified and the cisterns and sulci are clear. Ventricular size is "
        "normal.\n"
        "Conclusion: Isolated intraventricular haemorrhage. CTA recommended to look for a vascular cause.",
        1,
        {"ivh"},
        note="both occipital horns count as one focus",
    ),
    C(
        "e9-p017",
        "NCCT + CTA head\n"
        "Blood is centred in the interpeduncular and ambient cisterns anterior to the midbrain with "
        "minimal extension into the proximal left Sylvian fissure. No intraventricular blood. Ventricles "
        "normal in size. CTA: no aneurysm or vascular malformation.\n"
        "Impression: Perimesencephalic pattern subarachnoid haemorrhage, CTA negative.",
        1,
        {"sah"},
    ),
    C(
        "e9-p018",
        "CT head non-con.\n"
        "Hx: 71F unwitnessed fall, on aspirin.\n"
        "A 4 mm hyperdense band runs along the right side of the posterior falx cerebri. Elsewhere no "
        "extra-axial collection. Parenchyma unremarkable for age. Right frontal scalp swelling. "
        "No fracture.\n"
        "Impression: Small acute parafalcine blood on the right. No mass effect.",
        1,
        {"sdh"},
        note="subdural from anatomy: band along the falx",
    ),
    C(
        "e9-p019",
        "CT HEAD\n"
        "Hyperdense blood fills a few sulci over the high left frontal convexity adjacent to the central "
        "sulcus. Basal cisterns clear. No parenchymal haemorrhage. Generalised volume loss.\n"
        "Impression: Left convexity subarachnoid haemorrhage. In this age group amyloid angiopathy or "
        "reversible cerebral vasoconstriction are differential considerations; MRI suggested.",
        1,
        {"sah"},
        note="cause only a differential: not combined",
    ),
    C(
        "e9-p020",
        "CT Brain\n"
        "Clinical notes: 82 yo, sudden R hemianopia.\n"
        "There is a lobar haematoma in the left occipital lobe measuring 45 x 32 mm with a thin rim of "
        "oedema and mild local mass effect. It reaches the cortical surface with a small amount of "
        "adjacent subarachnoid blood. Extensive periventricular white matter low density. "
        "No hydrocephalus.\n"
        "Comment: Left occipital lobar haemorrhage. Cerebral amyloid angiopathy is the likely aetiology "
        "given age; MRI with SWI would help.",
        1,
        {"iph", "sah", "multiple"},
    ),
    C(
        "e9-p021",
        "CT HEAD / CTA HEAD\n"
        "Findings: Acute right parietal intraparenchymal haemorrhage measuring 3.2 x 2.5 cm. Serpiginous "
        "hyperdense vessels along its posterior margin. CTA shows a 2 cm AVM nidus in the right parietal "
        "lobe fed by MCA branches, with early venous drainage into the superior sagittal sinus.\n"
        "Impression: Right parietal haemorrhage from a ruptured arteriovenous malformation.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e9-p022",
        "CT HEAD + CT VENOGRAM\n"
        "History: 34F, 5 days postpartum, headache and seizure.\n"
        "Non-contrast: Hyperdense left transverse and sigmoid sinuses. 3 cm left temporal "
        "intraparenchymal haematoma with surrounding oedema, not conforming to an arterial territory.\n"
        "CTV: Filling defect throughout the left transverse and sigmoid sinuses extending into the "
        "jugular bulb.\n"
        "Impression: Left transverse/sigmoid sinus thrombosis with haemorrhagic venous infarction "
        "(left temporal haematoma).",
        1,
        {"iph", "combined"},
    ),
    C(
        "e9-p023",
        "NCCT HEAD: Hyperdense bleed in pons measuring 1.8 x 1.5 cm, extending to the left middle "
        "cerebellar peduncle. Fourth ventricle is compressed but no bleed within it. "
        "Impression: Acute pontine haemorrhage, likely hypertensive.",
        1,
        {"iph"},
    ),
    C(
        "e9-p024",
        "EXAM: CT HEAD AND FACIAL BONES W/O CONTRAST\n"
        "INDICATION: MVC, facial injury.\n"
        "FINDINGS:\n"
        "Brain: Tiny focus of hyperdensity in a right frontal sulcus, consistent with trace subarachnoid "
        "hemorrhage. No extra-axial collection. No midline shift.\n"
        "Calvarium: Intact.\n"
        "Face: Comminuted, mildly displaced fractures of the nasal bones. Blood-fluid level in the left "
        "maxillary sinus. Orbits intact.\n"
        "IMPRESSION:\n"
        "1. Trace right frontal traumatic subarachnoid hemorrhage.\n"
        "2. Nasal bone fractures. No calvarial fracture.",
        1,
        {"sah"},
        note="nasal bone fracture is facial: no fracture label; sinus blood is extracranial",
    ),
    C(
        "e9-p025",
        "Acute on chronic L SDH 12mm, MLS 5mm. L frontal scalp hematoma. No fx. Prelim called to ED.",
        1,
        {"sdh"},
    ),
    C(
        "e9-p026",
        "CT HEAD\n"
        "Comparison: 2 days prior.\n"
        "Redemonstration of the right convexity subdural hematoma, now 6 mm (previously 8 mm), "
        "decreasing in attenuation. No new hemorrhage. Previously seen midline shift has resolved.\n"
        "Impression: Slightly smaller right SDH.",
        1,
        {"sdh"},
    ),
    C(
        "e9-p027",
        "CT HEAD\n"
        "Comparison: Admission CT following fall.\n"
        "The previously seen traumatic subarachnoid haemorrhage has largely washed out. Minimal residual "
        "hyperdensity persists in the depths of the left Sylvian fissure. Ventricles unchanged, no "
        "hydrocephalus. No new abnormality.\n"
        "Impression: Near-complete resolution of traumatic SAH with minimal residual blood in the left "
        "Sylvian fissure.",
        1,
        {"sah"},
        note="minimal residual blood still present",
    ),
    C(
        "e9-p028",
        "CT BRAIN\n"
        "Clinical: Fall from ladder, occipital impact, vomiting.\n"
        "Findings: Linear fracture of the left occipital bone crossing the groove of the transverse "
        "sinus. Underlying lentiform extra-axial haematoma in the left posterior fossa, 11 mm depth, with "
        "mild compression of the left cerebellar hemisphere. Fourth ventricle patent. Supratentorial "
        "compartment unremarkable.\n"
        "Comment: Left posterior fossa EDH with overlying occipital fracture. CT venogram to assess the "
        "transverse sinus may be considered.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e9-p029",
        "CT HEAD\n"
        "Right frontal VP shunt catheter terminates in the frontal horn of the right lateral ventricle. "
        "Ventricles are slit-like, smaller than on the prior study. New thin hyperdense subdural "
        "collections over both frontal convexities, 4 mm on the right and 3 mm on the left.\n"
        "Impression: Small bilateral acute subdural haematomas, likely related to overdrainage.",
        1,
        {"sdh", "multiple"},
        note="bilateral subdural collections are two separate foci",
    ),
    C(
        "e9-p030",
        "CT HEAD WITHOUT CONTRAST\n"
        "History: on warfarin, INR 4.2, found unresponsive.\n"
        "Findings: Large left frontoparietal intraparenchymal hemorrhage, approximately 62 mL by ABC/2, "
        "with a fluid-fluid level suggestive of coagulopathy. Intraventricular extension into the left "
        "lateral and third ventricles. 11 mm rightward subfalcine herniation. Entrapment of the right "
        "temporal horn.\n"
        "Impression: Large left ICH with IVH and subfalcine herniation. Critical result communicated.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e9-p031",
        "CT Brain: Right cerebellar haematoma 35 mm with rupture into the fourth ventricle. Obstructive "
        "hydrocephalus with dilated temporal horns. Effacement of the quadrigeminal cistern. "
        "Opinion: right cerebellar haemorrhage with IVH and hydrocephalus - urgent neurosurgical opinion.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e9-p032",
        "NCCT HEAD\n"
        "H/o RTA, LOC+.\n"
        "Observations:\n"
        "- Acute SDH along left fronto-temporo-parietal convexity, max thickness 9 mm.\n"
        "- Thin SAH in left sylvian fissure.\n"
        "- Haemorrhagic contusion in left temporal lobe 1.8 x 1.2 cm.\n"
        "- Linear undisplaced fracture of squamous part of left temporal bone.\n"
        "- Midline shift of 6 mm to right.\n"
        "IMPRESSION: Left acute SDH, SAH and temporal contusion with left temporal bone fracture.",
        1,
        {"sdh", "sah", "iph", "multiple", "fracture"},
    ),
    C(
        "e9-p033",
        "CT HEAD\n"
        "Multiple punctate hyperdense foci at the grey-white matter junction of both frontal lobes and in "
        "the splenium of the corpus callosum. No extra-axial collection.\n"
        "Impression: Findings consistent with diffuse axonal injury with petechial haemorrhages. "
        "MRI recommended.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e9-p034",
        "CT Head: Hyperdense thickening of the right tentorial leaflet, 3 mm, not present on the scan of "
        "two years ago. Brain otherwise normal for age. Opinion: small right tentorial subdural "
        "haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "e9-p035",
        "CT HEAD AND TEMPORAL BONES\n"
        "Longitudinal fracture of the right petrous temporal bone extending into the middle ear; "
        "ossicular chain intact. Fluid opacifies the right middle ear and mastoid air cells. Small amount "
        "of hyperdense blood in the prepontine and right cerebellopontine angle cisterns. No extra-axial "
        "haematoma.\n"
        "Impression: Right petrous temporal fracture with haemotympanum and small traumatic SAH.",
        1,
        {"sah", "fracture"},
        note="petrous temporal is skull base; haemotympanum is extracranial",
    ),
    C(
        "e9-p036",
        "CT HEAD\n"
        "Acute hemorrhage centered in the left caudate head measuring 1.6 cm, with extension into the "
        "frontal horn of the left lateral ventricle and the third ventricle. Mild ventriculomegaly.\n"
        "Impression: Left caudate hemorrhage with intraventricular extension. Recommend CTA to exclude "
        "an underlying vascular lesion.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e9-p037",
        "CT Brain\n"
        "Comparison with CT of 2 weeks ago.\n"
        "The right thalamic haematoma is evolving, now predominantly isodense centrally with a peripheral "
        "hypodense rim, size approximately 18 mm. No new haemorrhage. Ventricles stable.\n"
        "Conclusion: Evolving right thalamic haematoma.",
        1,
        {"iph"},
    ),
    C(
        "e9-p038",
        "CT HEAD (24 h post thrombectomy, left M1)\n"
        "Dual-energy CT. Within the left lentiform nucleus infarct there is a 2 cm hyperdense area that "
        "persists on the virtual non-contrast images, consistent with haemorrhage, with mild mass effect: "
        "parenchymal haematoma type 1 (PH-1). Contrast staining elsewhere in the infarct is confirmed on "
        "the iodine map.\n"
        "Impression: PH-1 haemorrhagic transformation of the left basal ganglia infarct.",
        1,
        {"iph", "combined"},
        note="PH-type transformation carries iph",
    ),
    C(
        "e9-p039",
        "CT Head\n"
        "Hx: bike fall, no helmet.\n"
        "Small 8 mm hemorrhagic contusion at the anterior right temporal pole. No extra-axial collection. "
        "No skull fracture identified. Right periorbital soft tissue swelling.\n"
        "Impression: Small right temporal contusion.",
        1,
        {"iph"},
    ),
    C(
        "e9-p040",
        "CT head.\n"
        "Non-displaced fracture of the left frontal bone. Underlying 6 mm lentiform extra-axial hyperdense "
        "collection, in keeping with a small epidural hematoma. Overlying scalp hematoma. No midline "
        "shift.\n"
        "Impression: Small left frontal EDH with frontal bone fracture.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e9-p041",
        "CT HEAD W/O\n"
        "FINDINGS:\n"
        "- Bilateral convexity subdural collections, right 14 mm and left 9 mm, predominantly hypodense "
        "with thin hyperdense internal membranes.\n"
        "- No significant midline shift (balanced mass effect). Sulcal effacement bilaterally.\n"
        "- Chronic small vessel ischemic change.\n"
        "IMPRESSION: Bilateral chronic subdural hematomas.",
        1,
        {"sdh", "multiple"},
        note="bilateral subdural collections are two separate foci",
    ),
    C(
        "e9-p042",
        "CT brain native. Found hyperdense blood in lateral ventricles and in third ventricle, also in the "
        "subarachnoid spaces of convexity of the both hemispheres and in basal cisterns. Ventricles are "
        "enlarged. Conclusion: Subarachnoidal and ventricular hemorrhage. Hydrocephalus. "
        "Is recommended CT-angiography.",
        1,
        {"sah", "ivh", "multiple"},
    ),
    C(
        "e9-p043",
        "Wet read: R parietal IPH ~15cc, no IVH, no shift. Full report to follow.",
        1,
        {"iph"},
    ),
    C(
        "e9-p044",
        "CT HEAD\n"
        "History: sudden severe headache, visual loss.\n"
        "Findings: Expanded sella containing a 2.6 cm mass that extends into the suprasellar cistern, with "
        "a hyperdense component and a fluid level, compatible with haemorrhage into a pituitary "
        "macroadenoma. Remainder of the brain unremarkable.\n"
        "Impression: Pituitary apoplexy (haemorrhagic macroadenoma). Urgent MRI and endocrine review.",
        1,
        {"combined"},
        note="bleeding into a tumour: combined, no subtype",
    ),
    C(
        "e9-p045",
        "CT HEAD WITH CONTRAST\n"
        "History: Known left temporal glioblastoma, awaiting surgery; deterioration.\n"
        "Findings: The left temporal mass now contains hyperdense blood on the pre-contrast series with "
        "a fluid level, new since the prior study. Thick irregular enhancing wall. Marked vasogenic "
        "oedema with 8 mm midline shift.\n"
        "Impression: Intratumoural haemorrhage within the known left temporal glioblastoma.",
        1,
        {"combined"},
        note="bleeding tumour: combined, no subtype",
    ),
    C(
        "e9-p046",
        "CT/CTA HEAD\n"
        "Acute haematoma in the right temporal lobe, 4 x 3 cm, adjacent to the right Sylvian fissure, with "
        "subarachnoid blood in the right Sylvian fissure and basal cisterns. CTA: 9 mm aneurysm at the "
        "right MCA bifurcation projecting into the haematoma.\n"
        "Impression: Ruptured right MCA bifurcation aneurysm with temporal lobe haematoma and SAH.",
        1,
        {"iph", "sah", "multiple", "combined"},
    ),
    C(
        "e9-p047",
        "CT HEAD\n"
        "Status post coil embolisation of a ruptured basilar tip aneurysm; coil mass with streak artefact. "
        "Subarachnoid blood in the basal cisterns has decreased since the prior study but remains. Right "
        "frontal EVD in situ, tip in the third ventricle. Small amount of blood layering in both occipital "
        "horns. Ventricular size decreased.\n"
        "Impression: Decreasing SAH and IVH after coiling. EVD in satisfactory position.",
        1,
        {"sah", "ivh", "multiple", "combined"},
        note="follow-up: blood still present; cause is the ruptured aneurysm",
    ),
    C(
        "e9-p048",
        "CT HEAD WITHOUT CONTRAST\n"
        "Two separate acute intraparenchymal hemorrhages: right frontal 2.3 cm and left occipital 1.9 cm, "
        "each with a thin rim of edema. Background severe small vessel disease.\n"
        "Impression: Multifocal lobar hemorrhages, right frontal and left occipital.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e9-p049",
        "CT head: Large right hemispheric acute subdural hematoma, 16 mm, with mixed hypo- and hyperdense "
        "swirl appearance suggesting active bleeding. 12 mm midline shift, uncal herniation. "
        "Impression: Large R SDH with signs of active extravasation and herniation. "
        "Neurosurgery at bedside.",
        1,
        {"sdh"},
    ),
    C(
        "e9-p050",
        "CT HEAD\n"
        "Findings: Small acute subarachnoid haemorrhage in the left parietal sulci following a fall. "
        "Hyperdensity in the fourth ventricle, possibly artefact from posterior fossa beam hardening.\n"
        "Impression: Small left parietal traumatic SAH.\n"
        "ADDENDUM: Coronal reformats confirm that the fourth ventricular hyperdensity is intraventricular "
        "blood.",
        1,
        {"sah", "ivh", "multiple"},
        note="addendum turns the possible artefact into definite IVH",
    ),
    C(
        "e9-p051",
        "CT HEAD\n"
        "Right frontal EVD placed for hydrocephalus due to a colloid cyst. Small 10 mm haemorrhage along "
        "the catheter tract in the right frontal white matter. Ventricles decreased in size. Colloid cyst "
        "unchanged.\n"
        "Impression: Small tract haemorrhage along the right frontal EVD.",
        1,
        {"iph"},
    ),
    C(
        "e9-p052",
        "CTH: L thalamic bleed 9mm, no IVH. Old R cerebellar infarct.",
        1,
        {"iph"},
    ),
    C(
        "e9-p053",
        "CT HEAD\n"
        "Post right pterional craniotomy for evacuation of a right basal ganglia haematoma. Residual "
        "haematoma 2.0 x 1.4 cm in the right putamen with a small amount of blood in the right occipital "
        "horn. Expected post-operative pneumocephalus and extradural air. Midline shift reduced.\n"
        "Impression: Residual right basal ganglia haematoma with small IVH after evacuation.",
        1,
        {"iph", "ivh", "multiple"},
        note="extradural air is not an extradural haematoma",
    ),
    C(
        "e9-p054",
        "CT BRAIN\n"
        "Clinical: Pedestrian vs car, GCS 9.\n"
        "Findings: Acute right convexity subdural haematoma 8 mm. Contrecoup haemorrhagic contusion in the "
        "left frontal lobe, 15 mm. Comminuted fracture of the right parietal bone. Effaced basal "
        "cisterns.\n"
        "Comment: Right SDH, left frontal contusion and right parietal fracture. Neurosurgery aware.",
        1,
        {"sdh", "iph", "multiple", "fracture"},
    ),
    C(
        "e9-p055",
        "CT head non-enhanced.\n"
        "Comparison: none.\n"
        "Left hemispheric subdural collection, 10 mm, with a hematocrit level, dependent portion "
        "hyperdense, in a patient on rivaroxaban. Mild mass effect, 2 mm shift. Extensive periventricular "
        "white matter hypodensity (chronic small vessel ischemic change).\n"
        "Impression: Left subdural hematoma with hematocrit effect, consistent with acute blood in an "
        "anticoagulated patient.",
        1,
        {"sdh"},
    ),
    # ------------------------------------------------------------------ absent (ich=0)
    C(
        "e9-n001",
        "EXAMINATION: CT HEAD WITHOUT CONTRAST\n"
        "CLINICAL HISTORY: Headache.\n"
        "TECHNIQUE: Axial images from skull base to vertex with sagittal and coronal reformats.\n"
        "COMPARISON: None.\n"
        "FINDINGS:\n"
        "Brain: No acute hemorrhage, mass effect or midline shift. Gray-white differentiation is "
        "preserved. No extra-axial collection.\n"
        "Ventricles: Normal in size and configuration.\n"
        "Bones: No acute fracture.\n"
        "Sinuses/mastoids: Clear.\n"
        "IMPRESSION: No acute intracranial abnormality.",
        0,
    ),
    C(
        "e9-n002",
        "CT head: There is generalised cerebral volume loss in keeping with age, with proportionate "
        "ventricular dilatation. Patchy periventricular and deep white matter low attenuation, consistent "
        "with chronic small vessel disease. No intracranial haemorrhage, established territorial infarct "
        "or space-occupying lesion. Opinion: Involutional change and small vessel disease. No acute "
        "abnormality.",
        0,
    ),
    C(
        "e9-n003",
        "CT BRAIN\n"
        "Comparison: CT 14 months ago.\n"
        "Encephalomalacia and gliosis in the right MCA territory involving the frontal operculum and "
        "insula, with ex vacuo dilatation of the right lateral ventricle, consistent with an old infarct, "
        "unchanged. No new infarct. No haemorrhage.\n"
        "Comment: Old right MCA infarct. No acute intracranial abnormality.",
        0,
    ),
    C(
        "e9-n004",
        "NCCT BRAIN + PNS\n"
        "Brain parenchyma shows normal density. No evidence of haemorrhage, infarct or SOL. Ventricles and "
        "sulci normal. Midline structures in position.\n"
        "PNS: Mucosal thickening in bilateral maxillary and ethmoid sinuses. Air-fluid level in right "
        "sphenoid sinus. OMC blocked bilaterally. DNS to left.\n"
        "IMPRESSION: Normal study of brain. Pansinusitis with acute right sphenoid sinusitis.",
        0,
    ),
    C(
        "e9-n005",
        "CT HEAD\n"
        "History: VP shunt, headache, ?shunt malfunction.\n"
        "Comparison: 6 months prior.\n"
        "Right parietal ventriculoperitoneal shunt catheter, tip in the frontal horn of the left lateral "
        "ventricle, unchanged. Ventricular size stable. No transependymal oedema. No extra-axial "
        "collection or haemorrhage.\n"
        "Impression: Stable ventricular size. No evidence of shunt malfunction on CT.",
        0,
    ),
    C(
        "e9-n006",
        "CT HEAD\n"
        "Dense calcification of the pineal gland, choroid plexus glomera and falx. Symmetric punctate "
        "calcification in both globi pallidi, likely age-related. No acute haemorrhage. No mass.\n"
        "Impression: Physiological intracranial calcifications. No acute abnormality.",
        0,
        note="calcification is a mimic",
    ),
    C(
        "e9-n007",
        "CT HEAD WITHOUT CONTRAST\n"
        "History: agitated, fall.\n"
        "Study degraded by patient motion despite a repeat acquisition. Within this limitation there is no "
        "intracranial hemorrhage, extra-axial collection or mass effect. Ventricles normal.\n"
        "Impression: Motion-limited study without acute intracranial abnormality.",
        0,
    ),
    C(
        "e9-n008",
        "Prelim: NAICA. Mild chronic microvascular change.",
        0,
    ),
    C(
        "e9-n009",
        "CT HEAD\n"
        "Comparison: CT 6 weeks ago.\n"
        "The previously seen right frontal subdural hematoma has completely resolved. No new extra-axial "
        "collection. Ventricles and sulci normal.\n"
        "Impression: Resolution of the right subdural hematoma. No acute abnormality.",
        0,
        note="fully resolved",
    ),
    C(
        "e9-n010",
        "CT head\n"
        "Slit-like low attenuation cavity in the right putamen and external capsule in keeping with the "
        "sequela of the previous haemorrhage (2019). No acute haemorrhage. Established lacunar infarcts in "
        "both thalami.\n"
        "Conclusion: Old right basal ganglia haemorrhage. Nothing acute.",
        0,
        note="old sequelae only",
    ),
    C(
        "e9-n011",
        "CT HEAD\n"
        "Hx: Fall, hit back of head.\n"
        "Large left parietal subgaleal haematoma with overlying skin staples. No underlying fracture. "
        "No intracranial haemorrhage or extra-axial collection.\n"
        "Impression: Left parietal scalp haematoma. No intracranial injury.",
        0,
        note="extracranial blood",
    ),
    C(
        "e9-n012",
        "CT BRAIN AND FACIAL BONES\n"
        "Clinical: Punched in left eye.\n"
        "Brain: No intracranial haemorrhage. No extra-axial collection. Calvarium intact.\n"
        "Face: Depressed fracture of the left orbital floor with herniation of orbital fat into the "
        "maxillary sinus; inferior rectus not entrapped. Fracture of the left lamina papyracea. Blood "
        "fills the left maxillary sinus. Orbital emphysema.\n"
        "Comment: Left orbital blowout fracture with haemosinus. No intracranial injury.",
        0,
        note="facial fractures and sinus blood: no fracture, no ICH",
    ),
    C(
        "e9-n013",
        "Nondisplaced nasal bone fracture. No acute intracranial abnormality.",
        0,
        note="facial bone fracture",
    ),
    C(
        "e9-n014",
        "CT HEAD\n"
        "Nondisplaced linear fracture of the left parietal bone. No underlying extra-axial collection. "
        "No intracranial hemorrhage. Overlying scalp hematoma.\n"
        "Impression: Left parietal skull fracture without intracranial hemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "e9-n015",
        "CT head / CTA code stroke.\n"
        "Hyperdense left M1 segment. Early loss of grey-white differentiation in the left insula, "
        "ASPECTS 8. No intracranial hemorrhage.\n"
        "CTA: Occlusion of the left M1 segment with moderate collaterals.\n"
        "Impression: Acute left MCA territory ischemia with M1 occlusion; no hemorrhage. Thrombectomy "
        "candidate, discussed with the stroke team.",
        0,
        note="hyperdense artery is a mimic",
    ),
    C(
        "e9-n016",
        "CT CHEST WITH CONTRAST\n"
        "Indication: haemoptysis.\n"
        "Patchy ground-glass opacity in the right lower lobe, likely alveolar haemorrhage or aspirated "
        "blood. No pulmonary embolism. No mediastinal haematoma.\n"
        "Impression: Right lower lobe ground glass consistent with pulmonary haemorrhage.",
        0,
        note="non-head study",
    ),
    C(
        "e9-n017",
        "CT CERVICAL SPINE\n"
        "Fracture of the left C6 lamina. Hyperdense dorsal epidural collection from C5 to C7, consistent "
        "with an epidural haematoma; MRI recommended. Prevertebral soft tissue thickening.",
        0,
        note="non-head study: spinal epidural blood and spine fracture do not count",
    ),
    C(
        "e9-n018",
        "CT HEAD\n"
        "History: remote clipping of a right MCA aneurysm (2016), new dizziness.\n"
        "Right pterional craniotomy. Aneurysm clip at the right MCA bifurcation with streak artefact "
        "limiting local assessment. Encephalomalacia in the right frontal operculum. No acute haemorrhage. "
        "Ventricles normal.\n"
        "Impression: Post-operative changes. No acute intracranial abnormality.",
        0,
    ),
    C(
        "e9-n019",
        "CT Head: 2.2 cm densely calcified extra-axial mass along the left frontal convexity with a broad "
        "dural base, unchanged from 2021, consistent with a meningioma. No surrounding oedema. No "
        "haemorrhage. Opinion: Stable calcified left frontal meningioma.",
        0,
    ),
    C(
        "e9-n020",
        "CT HEAD\n"
        "Prominent extra-axial CSF spaces over both frontal lobes in keeping with atrophy; traversing "
        "cortical veins are seen. No subdural collection. No hemorrhage.\n"
        "Impression: Atrophy. No subdural hematoma.",
        0,
    ),
    C(
        "e9-n021",
        "CT HEAD WITHOUT CONTRAST\n"
        "History: polycythaemia vera, headache.\n"
        "The dural venous sinuses and cerebral arteries appear diffusely and symmetrically dense, "
        "attributable to the high haematocrit (Hb 198 g/L). No focal sinus expansion. No parenchymal "
        "haemorrhage or oedema.\n"
        "Impression: Diffusely dense vessels from polycythaemia. No haemorrhage.",
        0,
        note="high hematocrit mimic",
    ),
    C(
        "e9-n022",
        "CT HEAD WITH AND WITHOUT CONTRAST\n"
        "History: lung cancer staging.\n"
        "No enhancing intracranial lesion. No haemorrhage. Normal enhancement of the dural sinuses and "
        "choroid plexus.\n"
        "Impression: No evidence of intracranial metastases.",
        0,
    ),
    C(
        "e9-n023",
        "CT BRAIN\n"
        "Comparison: CT 3 months ago.\n"
        "Left parietal burr holes. The left chronic subdural collection has resolved, with re-expansion of "
        "the left hemisphere. Minimal dural thickening beneath the burr holes. No new collection.\n"
        "Comment: Resolved left chronic subdural haematoma following drainage.",
        0,
        note="fully resolved after drainage",
    ),
    C(
        "e9-n024",
        "NCCT BRAIN\n"
        "Observations:\n"
        "Brain parenchyma shows normal attenuation.\n"
        "No evidence of intracranial haemorrhage / infarct / SOL.\n"
        "Ventricular system and basal cisterns normal. Midline structures central.\n"
        "Bony calvarium normal.\n"
        "IMPRESSION: Normal NCCT brain study.",
        0,
    ),
    C(
        "e9-n025",
        "CT of brain. Pathological densities in brain substance are not found. Midline structures are not "
        "displaced. Ventricles not enlarged, symmetrical. Subarachnoid spaces are not widened. Bones of "
        "skull without destructive and traumatic changes. Conclusion: CT-signs of pathology of brain are "
        "not revealed.",
        0,
    ),
    C(
        "e9-n026",
        "CT head non-contrast.\n"
        "Comparison: none available.\n"
        "Chronic lacunar infarcts in the left corona radiata and right caudate. Old right cerebellar "
        "infarct (PICA territory). Moderate chronic microangiopathic change. No acute hemorrhage. "
        "No hydrocephalus.\n"
        "Impression: Chronic ischemic changes; no acute intracranial findings.",
        0,
    ),
    C(
        "e9-n027",
        "CT HEAD\n"
        "Linear dense calcification along the anterior falx, bone density, stable from prior; no "
        "parafalcine subdural blood. Brain otherwise unremarkable.\n"
        "Impression: Falcine calcification. No intracranial hemorrhage.",
        0,
        note="falcine calcification is a mimic",
    ),
    C(
        "e9-n028",
        "CT ORBITS AND HEAD\n"
        "History: blunt trauma to right eye, proptosis.\n"
        "Right intraconal retrobulbar haematoma with proptosis and stretching of the optic nerve. Fracture "
        "of the medial wall of the right orbit. Preseptal soft tissue swelling. Intracranial contents "
        "normal, no extra-axial blood.\n"
        "Impression: Right retrobulbar haematoma; urgent ophthalmology review advised.",
        0,
        note="orbital blood is extracranial; medial orbital wall is facial",
    ),
    C(
        "e9-n029",
        "CT facial bones and brain: Left zygomaticomaxillary complex fracture involving the lateral and "
        "anterior walls of the left maxillary sinus and the zygomatic arch. Haemosinus left maxillary. "
        "Brain: no acute intracranial haemorrhage, calvarium intact.",
        0,
        note="facial fracture and sinus blood only",
    ),
    C(
        "e9-n030",
        "CT HEAD\n"
        "Comparison: CT 3 weeks ago.\n"
        "Endovascular coils at the anterior communicating artery with streak artefact. The previously "
        "demonstrated subarachnoid blood is no longer visible. The EVD has been removed, leaving a thin "
        "tract of gliosis in the right frontal lobe. Mild ventriculomegaly, stable.\n"
        "Impression: Resolved SAH. Stable mild ventriculomegaly; no new haemorrhage.",
        0,
        note="fully resolved; no blood so no combined",
    ),
    C(
        "e9-n031",
        "CT Brain: Bilateral frontal pole encephalomalacia from the 2018 assault, unchanged. No new "
        "abnormality; no haemorrhage. Opinion: Chronic post-traumatic frontal changes.",
        0,
        note="old sequelae only",
    ),
    C(
        "e9-n032",
        "CT HEAD\n"
        "PRELIMINARY: Possible subtle left sylvian SAH.\n"
        "FINAL REPORT: On review with thin sections, the hyperdensity in the left Sylvian fissure "
        "corresponds to a normal MCA branch and partial volume; there is no subarachnoid hemorrhage. "
        "No other abnormality.\n"
        "IMPRESSION: No intracranial hemorrhage. Preliminary finding not confirmed.",
        0,
        note="final report withdraws the preliminary finding",
    ),
    C(
        "e9-n033",
        "CT head: Normal appearances of the brain. Opacification of the left mastoid air cells and middle "
        "ear, likely inflammatory. No intracranial complication. Opinion: No acute intracranial "
        "abnormality. Left mastoid opacification.",
        0,
    ),
    C(
        "e9-n034",
        "CT HEAD\n"
        "POD 0 after left frontal VP shunt insertion. Catheter tip at the foramen of Monro. Small amount "
        "of pneumocephalus anteriorly. Ventricles slightly smaller. No haemorrhage along the catheter "
        "tract or elsewhere.\n"
        "Impression: Satisfactory shunt position. No complication.",
        0,
    ),
    C(
        "e9-n035",
        "CT HEAD WITH CONTRAST\n"
        "Right frontal intra-axial mass, 4.5 cm, with heterogeneous enhancement, surrounding vasogenic "
        "oedema and 6 mm midline shift. No intralesional haemorrhage or calcification.\n"
        "Impression: Right frontal mass, likely high-grade glioma. MRI for further characterisation.",
        0,
    ),
    C(
        "e9-n036",
        "CT ABDOMEN/PELVIS WITH CONTRAST\n"
        "History: post liver biopsy, pain.\n"
        "Subcapsular haematoma along segment 6 of the liver, 2 cm thick, without active extravasation. "
        "Small volume haemoperitoneum in the pelvis.\n"
        "Impression: Post-biopsy subcapsular hepatic haematoma.",
        0,
        note="non-head study",
    ),
    C(
        "e9-n037",
        "Prelim: no bleed, no mass. Chronic small vessel change. ?old lacune L BG.",
        0,
        note="the question mark is about a lacune, not blood",
    ),
    C(
        "e9-n038",
        "CT HEAD AND CERVICAL SPINE\n"
        "Head: No intracranial haemorrhage. No extra-axial collection.\n"
        "Craniocervical junction: Non-displaced fracture of the right occipital condyle (Anderson-Montesano "
        "type III). Cervical spine otherwise intact.\n"
        "Impression: Right occipital condyle fracture. No intracranial injury.",
        0,
        {"fracture"},
        note="occipital condyle is skull base",
    ),
    C(
        "e9-n039",
        "NCCT HEAD: Hyperdense foci in the atria of both lateral ventricles represent choroid plexus "
        "calcification. Pineal calcification. No intracranial bleed. Ventricles normal. "
        "IMPRESSION: No significant abnormality.",
        0,
        note="intraventricular calcification is a mimic",
    ),
    C(
        "e9-n040",
        "CT HEAD\n"
        "Ventriculomegaly disproportionate to sulcal enlargement, Evans index 0.36, with crowding of the "
        "high convexity sulci and dilated Sylvian fissures. No haemorrhage. No obstructing lesion.\n"
        "Impression: Appearances could be in keeping with normal pressure hydrocephalus in the "
        "appropriate clinical context.",
        0,
    ),
    C(
        "e9-n041",
        "CT BRAIN\n"
        "Comparison: 4 months ago.\n"
        "The left parietal haematoma has resolved, leaving a small area of gliosis and focal volume loss. "
        "No new haemorrhage.\n"
        "Comment: Resolved left parietal haematoma.",
        0,
        note="fully resolved",
    ),
    C(
        "e9-n042",
        "CT HEAD\n"
        "Large left temporal scalp haematoma with laceration and a small radiopaque foreign body in the "
        "soft tissues. Underlying bones intact. Brain normal.\n"
        "Impression: Scalp haematoma with foreign body; no intracranial injury.",
        0,
        note="extracranial blood",
    ),
    C(
        "e9-n043",
        "CT HEAD AND MAXILLOFACIAL\n"
        "Fractures of the right mandibular angle and left parasymphyseal mandible. Small amount of blood in "
        "the left maxillary sinus. Head: no intracranial haemorrhage, no calvarial fracture.",
        0,
        note="mandible is facial; sinus blood is extracranial",
    ),
    C(
        "e9-n044",
        "Native CT of brain. Patient with epileptic seizure. Brain structures are formed correctly. No "
        "focal changes of density. Ventricular system is not widened. Hemorrhagic lesions not found. "
        "Conclusion: Without CT signs of focal pathology.",
        0,
    ),
    C(
        "e9-n045",
        "CT HEAD\n"
        "Indication: thunderclap headache at 14:00, ?SAH. Scan at 17:30, within 6 h of onset.\n"
        "Findings: No subarachnoid blood in the basal cisterns, Sylvian fissures or sulci. No "
        "intraventricular blood. No hydrocephalus. Normal brain.\n"
        "Impression: No CT evidence of subarachnoid haemorrhage.",
        0,
        note="the question is in the indication only",
    ),
    C(
        "e9-n046",
        "CT HEAD\n"
        "History: h/o right thalamic haemorrhage 2020, new left arm weakness.\n"
        "Small chronic slit cavity in the right thalamus. New low density in the right corona radiata "
        "compatible with an acute/subacute lacunar infarct. No haemorrhage.\n"
        "Impression: Probable acute right corona radiata lacunar infarct. No haemorrhage.",
        0,
        note="old bleed in history only; 'probable' is about the infarct",
    ),
    C(
        "e9-n047",
        "CT Brain\n"
        "Clinical: memory decline.\n"
        "Disproportionate bilateral medial temporal lobe atrophy (MTA score 3 bilaterally). Mild white "
        "matter hypodensity. No intracranial haemorrhage, mass or hydrocephalus.\n"
        "Comment: Medial temporal atrophy pattern, supportive of Alzheimer-type neurodegeneration in the "
        "appropriate clinical context.",
        0,
    ),
    C(
        "e9-n048",
        "CT BRAIN\n"
        "Technique: Non-contrast axial.\n"
        "Findings: Calcification of the basal ganglia bilaterally. Old lacunar infarcts in the left "
        "internal capsule and right lentiform nucleus. Age-appropriate volume loss. No intracranial "
        "haemorrhage, mass or extra-axial collection. Skull and visualised sinuses unremarkable.\n"
        "Comment: No acute intracranial abnormality.",
        0,
    ),
    C(
        "e9-n049",
        "CT HEAD\n"
        "Initial images degraded by motion; repeat images of the posterior fossa obtained after "
        "reassurance. On the repeat images there is no intracranial haemorrhage. Mild cerebellar atrophy. "
        "No acute abnormality.",
        0,
    ),
    C(
        "e9-n050",
        "CT HEAD\n"
        "History: 1 week after right frontal craniotomy for meningioma resection.\n"
        "Right frontal craniotomy flap. Resection cavity containing CSF-density fluid and a small amount "
        "of air. No haemorrhage in the resection bed. Mild residual oedema.\n"
        "Impression: Expected post-operative appearance. No haemorrhage.",
        0,
    ),
    # ------------------------------------------------------------------ hedged (ich=-1)
    C(
        "e9-u001",
        "CT HEAD\n"
        "Subtle hyperdensity in the right Sylvian fissure which could represent a small volume of "
        "subarachnoid hemorrhage versus volume averaging of vessels. No other abnormality.\n"
        "Impression: Equivocal for trace right Sylvian SAH. CTA or follow-up CT suggested.",
        -1,
    ),
    C(
        "e9-u002",
        "CT Head: Thin extra-axial hyperdensity along the left tentorium; a small subdural haematoma "
        "cannot be excluded, although this may reflect normal dural density. Opinion: ?small left "
        "tentorial SDH - suggest follow-up.",
        -1,
    ),
    C(
        "e9-u003",
        "CT HEAD\n"
        "Hx: fall.\n"
        "4 mm hyperdense focus in the right frontal lobe near the grey-white junction, ? haemorrhagic "
        "contusion vs. calcification. No mass effect. No other abnormality.\n"
        "Impression: Indeterminate 4 mm right frontal hyperdensity. Short-interval follow-up CT "
        "recommended.",
        -1,
    ),
    C(
        "e9-u004",
        "NCCT BRAIN\n"
        "A 3 mm hyperdense focus is seen in the head of the left caudate nucleus, of uncertain "
        "significance. No perilesional oedema. Rest of the study is normal.\n"
        "IMPRESSION: Small indeterminate hyperdense focus in left caudate nucleus. Suggest follow-up / MRI.",
        -1,
        note="small hyperdense focus left unexplained",
    ),
    C(
        "e9-u005",
        "Prelim: ?tiny SDH R frontal vs artefact. Formal to follow.",
        -1,
    ),
    C(
        "e9-u006",
        "CT HEAD (post thrombectomy)\n"
        "Hyperdensity in the left lentiform nucleus and caudate within the infarcted territory, up to "
        "60 HU. This may represent contrast staining following angiography or haemorrhagic "
        "transformation; the two cannot be distinguished on this single-energy study.\n"
        "Impression: Hyperdensity in left basal ganglia: contrast staining versus haemorrhage. "
        "Repeat CT in 24 hours.",
        -1,
        note="hemorrhage not definite, so no combined",
    ),
    C(
        "e9-u007",
        "CT HEAD\n"
        "Non-displaced fracture of the right temporal squama. Questionable thin hyperdense extra-axial "
        "blood deep to the fracture, difficult to separate from partial volume of bone.\n"
        "Impression: Right temporal bone fracture. Possible trace extra-axial haematoma; follow-up CT "
        "advised.",
        -1,
        {"fracture"},
    ),
    C(
        "e9-u008",
        "CT HEAD\n"
        "The straight sinus and vein of Galen appear hyperdense. Ill-defined hyperdensity in the left "
        "thalamus is possibly a small haemorrhage. Venous thrombosis cannot be excluded.\n"
        "Impression: ?Deep venous thrombosis with ?early left thalamic haemorrhage. Urgent CT venogram "
        "recommended.",
        -1,
    ),
    C(
        "e9-u009",
        "CT brain. In occipital horn of right lateral ventricle is possibly small amount of blood, cannot "
        "be excluded the artifact. Other ventricles are normal. Conclusion: Suspicion on intraventricular "
        "hemorrhage. Is recommended control CT.",
        -1,
    ),
    C(
        "e9-u010",
        "CT HEAD\n"
        "Right frontal intra-axial mass, 3 cm, with a hyperdense component posteriorly that may represent "
        "haemorrhage or hypercellular tumour. Moderate oedema.\n"
        "Impression: Right frontal mass; hyperdense component indeterminate, haemorrhage not excluded. "
        "MRI with SWI recommended.",
        -1,
    ),
    C(
        "e9-u011",
        "CT HEAD WITHOUT CONTRAST\n"
        "Severe motion artifact. Equivocal hyperdensity in the interpeduncular cistern, which may be "
        "artifactual or may represent a small amount of subarachnoid blood. Patient could not tolerate a "
        "repeat.\n"
        "Impression: Equivocal interpeduncular hyperdensity, small SAH not excluded. Repeat CT when "
        "feasible.",
        -1,
    ),
    C(
        "e9-u012",
        "CT Brain\n"
        "Subtle effacement of the left convexity sulci with slight medial displacement of the grey-white "
        "junction. A small isodense subdural collection is possible. No midline shift.\n"
        "Comment: Possible isodense left subdural collection; MRI or contrast CT would clarify.",
        -1,
    ),
    C(
        "e9-u013",
        "CT HEAD\n"
        "Hx: assault.\n"
        "Probable small haemorrhagic contusion in the left inferior frontal lobe, 6 mm, partly obscured by "
        "beam hardening from the anterior cranial fossa. Left periorbital swelling.\n"
        "Impression: Probable small left frontal contusion.",
        -1,
        note="'probable' is a hedge",
    ),
    C(
        "e9-u014",
        "CT HEAD\n"
        "Comparison: CT 5 weeks ago.\n"
        "The previously reported left frontal subdural haematoma is barely perceptible; a tiny residual "
        "collection cannot be excluded versus complete resolution. No mass effect.\n"
        "Impression: Near-complete or complete resolution of the left SDH.",
        -1,
        note="follow-up: residual blood neither confirmed nor excluded",
    ),
    C(
        "e9-u015",
        "NCCT HEAD\n"
        "Observations:\n"
        "Linear hyperdensity along the posterior falx - ? thin interhemispheric SDH ? dense falx.\n"
        "No midline shift. Ventricles normal.\n"
        "IMPRESSION: ? Thin posterior interhemispheric subdural haemorrhage vs prominent falx. Clinical "
        "correlation / follow-up advised.",
        -1,
    ),
]
