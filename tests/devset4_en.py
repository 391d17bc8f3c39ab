"""English development set 4: 110 invented head-CT reports for ICH detection.

The set imitates English head-CT reports as radiologists from many countries write them: US and UK
templates, Indian, Australian and non-native English from Europe, Latin America and Asia. It aims at
the shapes where subtype labels go wrong: combined pathology (ruptured aneurysm seen only on CTA,
AVM or cavernoma bleed, bleeding tumour, hemorrhagic transformation HI/PH, venous sinus thrombosis)
against incidental findings that are not the cause; subtypes named only by anatomy; intraventricular
blood against choroid plexus calcification; plural foci against one large bleed; vault and base
fractures against facial ones; follow-ups decided per mention; mimics, extracranial blood and hedged
wording.

The reports were written from the label definitions in DOMAIN.md and general radiology knowledge,
without looking at the project's lexicon, matcher or other case files. No report is real.

Labeling conventions: those written once in tests/_cases.py.

A development set: its first score is recorded here before any tuning; the rules may then be tuned on it.

First score (en-ich 1.4, before any tuning): ICH sensitivity 0.984, specificity 0.939, PPV 0.968, hedged
sent to verification 1.000; F1 edh 1.000, sdh 0.971, sah 1.000, iph 0.947, ivh 0.889, multiple 0.889,
fracture 1.000, combined 0.968.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    C(
        "e4d-p001",
        "EXAM: CT head without contrast and CT angiography of the head. INDICATION: Sudden severe headache "
        "and vomiting, then found unresponsive. TECHNIQUE: Axial non-contrast images followed by CTA with "
        "MIP and 3D reformats. FINDINGS: There is extensive acute subarachnoid hemorrhage filling the "
        "suprasellar, ambient and quadrigeminal cisterns and extending into both Sylvian fissures and the "
        "anterior interhemispheric fissure. Blood refluxes into the third ventricle and layers in the "
        "occipital horns of both lateral ventricles. The temporal horns are dilated, measuring 6 mm, in "
        "keeping with early communicating hydrocephalus. No parenchymal hematoma. Gray-white differentiation "
        "is preserved. On the angiographic series there is a 6 x 5 mm irregular saccular aneurysm arising "
        "from the anterior communicating artery, projecting anteriorly, with a daughter lobule. No other "
        "aneurysm is identified. IMPRESSION: 1. Diffuse acute subarachnoid hemorrhage (modified Fisher grade "
        "4) with intraventricular extension and early hydrocephalus. 2. Lobulated anterior communicating "
        "artery aneurysm, the presumed site of rupture. Neurosurgery paged at 02:14.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "e4d-p002",
        None,
        1,
        {"sah", "combined"},
        description=(
            "Non-contrast CT head followed by CT angiogram. High attenuation blood is present in the basal "
            "cisterns, most marked in the left ambient and crural cisterns, tracking into the left Sylvian "
            "fissure. The ventricles are normal in calibre and contain no blood. Brain parenchyma "
            "unremarkable. Calcified choroid plexus in both trigones. CT angiogram: a 7 mm posteriorly "
            "directed saccular aneurysm arises at the origin of the left posterior communicating artery. The "
            "remaining intracranial vessels are patent."
        ),
        conclusion=(
            "Acute subarachnoid haemorrhage with left-sided predominance. Left PComA aneurysm, which is the "
            "likely source."
        ),
        note=(
            "the aneurysm appears only in the CTA sentence; one diffuse SAH; choroid plexus calcification is "
            "not ivh"
        ),
    ),
    C(
        "e4d-a001",
        "CT head without contrast: No acute intracranial abnormality. No hemorrhage, mass effect or "
        "hydrocephalus.",
        0,
        set(),
    ),
    C(
        "e4d-p003",
        "CT brain and CTA circle of Willis. Small volume of acute subarachnoid blood confined to the "
        "prepontine and interpeduncular cisterns, anterior to the midbrain. No intraventricular blood. "
        "Ventricles not enlarged. CTA: no aneurysm or vascular malformation demonstrated. Conclusion: "
        "Perimesencephalic pattern non-aneurysmal SAH. No aneurysm on CTA.",
        1,
        {"sah"},
        note=("aneurysm explicitly excluded, so not combined"),
    ),
    C(
        "e4d-p004",
        None,
        1,
        {"iph"},
        description=(
            "There is an acute intraparenchymal hematoma centered in the right putamen measuring 3.2 x 2.1 x "
            "2.6 cm (estimated volume 9 mL) with a thin rim of surrounding edema. Mild effacement of the "
            "frontal horn of the right lateral ventricle without midline shift. No intraventricular "
            "extension. Patchy periventricular white matter hypodensities consistent with chronic small "
            "vessel ischemic change. Old lacunar infarct in the left corona radiata. Coarse calcification of "
            "the choroid plexus glomus bilaterally. No extra-axial collection. Calvarium intact."
        ),
        conclusion=(
            "1. Acute right putaminal hemorrhage, likely hypertensive. 2. Chronic microvascular ischemic "
            "disease and remote left corona radiata lacune."
        ),
        note=(
            "old lacune and small-vessel disease are incidental, not a cause; choroid plexus calcification "
            "is not ivh"
        ),
    ),
    C(
        "e4d-h001",
        "CT head. Questionable trace hyperdensity in a right posterior Sylvian sulcus, which may be volume "
        "averaging of the cortex rather than subarachnoid blood. No other abnormality. Consider repeat CT if "
        "clinical concern persists.",
        -1,
        set(),
    ),
    C(
        "e4d-p005",
        "NCCT BRAIN: Acute bleed measuring approx 3.4 x 2.8 cm (vol ~ 13 cc) noted in left thalamus with "
        "perilesional oedema. Bleed is seen extending into the third ventricle and bilateral lateral "
        "ventricles. Mild dilatation of lateral ventricles. Effacement of adjacent sulci. Midline shift of 3 "
        "mm to right. Bony calvarium is normal. IMPRESSION: Acute left thalamic bleed with intraventricular "
        "extension and early hydrocephalus.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e4d-p006",
        None,
        1,
        {"iph"},
        description=(
            "Round hyperdensity 18 mm centred in the central pons, extending slightly into the right middle "
            "cerebellar peduncle. Fourth ventricle is compressed but patent. Supratentorial ventricles "
            "normal size. Basal cisterns preserved. No supratentorial abnormality."
        ),
        conclusion=("Acute pontine haemorrhage."),
    ),
    C(
        "e4d-a002",
        None,
        0,
        set(),
        description=(
            "Technique: Axial images from the skull base to the vertex with sagittal and coronal reformats. "
            "There is no intracranial haemorrhage. Grey-white matter differentiation is preserved "
            "throughout, and there is no established territorial infarct. The ventricles and sulci are "
            "appropriate for the patient's age. No midline shift or effacement of the basal cisterns. No "
            "extra-axial collection. The posterior fossa structures are normal. The visualised paranasal "
            "sinuses and mastoid air cells are clear. No skull vault fracture. Soft tissues unremarkable."
        ),
        conclusion=("Normal CT head. No acute intracranial abnormality."),
    ),
    C(
        "e4d-p007",
        "Noncontrast head CT. 3.5 cm acute hemorrhage in the right cerebellar hemisphere with surrounding "
        "edema, causing partial effacement of the fourth ventricle. No hydrocephalus at this time. "
        "Supratentorial brain unremarkable. Impression: Right cerebellar hemorrhage with mass effect on the "
        "fourth ventricle; close neurologic monitoring advised given the risk of obstructive hydrocephalus.",
        1,
        {"iph"},
    ),
    C(
        "e4d-p008",
        None,
        1,
        {"sah", "iph", "multiple"},
        description=(
            "Acute lobar hematoma in the left parietal lobe, 4.1 x 3.0 cm, reaching the cortical surface. "
            "Thin hyperdense blood extends into several adjacent parietal sulci. The ventricles are not "
            "involved. Moderate perihematomal edema with 4 mm rightward midline shift. Generalized atrophy "
            "and patchy white matter hypodensity."
        ),
        conclusion=(
            "Left parietal lobar hemorrhage with an adjacent sulcal subarachnoid component. In an elderly "
            "patient, cerebral amyloid angiopathy is a consideration; MRI advised."
        ),
        note=("amyloid angiopathy is only a suggested etiology, not a combined cause"),
    ),
    C(
        "e4d-a003",
        "Non-contrast CT head. Dense calcification of the choroid plexus in the trigones of both lateral "
        "ventricles and of the pineal gland, physiological. Small calcific focus in the falx. No "
        "intracranial hemorrhage. Ventricles normal. Impression: Physiological intracranial calcifications. "
        "No acute abnormality.",
        0,
        set(),
    ),
    C(
        "e4d-p009",
        "Intra-axial hemorrhage right frontal lobe, 2.2 cm, with mild vasogenic edema. No other acute "
        "finding.",
        1,
        {"iph"},
    ),
    C(
        "e4d-h002",
        None,
        -1,
        set(),
        description=(
            "A 4 mm hyperdense focus lies in the posterior left putamen, measuring 68 HU, without "
            "surrounding edema or mass effect. Scattered basal ganglia calcifications are present elsewhere. "
            "No other hyperdense abnormality."
        ),
        conclusion=(
            "Tiny left putaminal hyperdensity, which may represent a small hemorrhage versus calcification. "
            "Recommend MRI with susceptibility-weighted imaging."
        ),
    ),
    C(
        "e4d-p010",
        None,
        1,
        {"sdh", "iph", "multiple", "fracture"},
        description=(
            "Hemorrhagic contusions in the inferior frontal lobes bilaterally, the largest 2.4 cm on the "
            "right, and a further contusion at the left temporal pole. A thin acute right convexity subdural "
            "hematoma measures up to 5 mm. Nondisplaced fracture of the right temporal squama with overlying "
            "scalp swelling. Basal cisterns patent. No midline shift."
        ),
        conclusion=(
            "Bifrontal and left temporal hemorrhagic contusions. Small right acute SDH. Right temporal bone "
            "fracture."
        ),
    ),
    C(
        "e4d-a004",
        None,
        0,
        set(),
        description=(
            "Hyperdense left middle cerebral artery M1 segment. Subtle loss of the insular ribbon and of "
            "grey-white differentiation in the left frontal operculum (ASPECTS 8). No intracranial "
            "haemorrhage. No mass effect."
        ),
        conclusion=(
            "Hyperdense left MCA sign with early left MCA ischaemic changes. No haemorrhage; suitable for "
            "thrombolysis from an imaging standpoint."
        ),
    ),
    C(
        "e4d-p011",
        "CT head following high-speed motor vehicle collision. Numerous punctate hyperdense foci at the "
        "gray-white matter junction of both frontal lobes and in the splenium of the corpus callosum, "
        "consistent with shear hemorrhages (diffuse axonal injury). No extra-axial hematoma. Ventricles and "
        "cisterns normal. No calvarial fracture. IMPRESSION: Multifocal shear hemorrhages, in keeping with "
        "DAI. MRI with SWI recommended for full extent.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "e4d-p012",
        None,
        1,
        {"ivh"},
        description=(
            "Small amount of layering blood in the occipital horns of both lateral ventricles. No "
            "hydrocephalus. No parenchymal hemorrhage identified; no subarachnoid or extra-axial blood. No "
            "fracture."
        ),
        conclusion=("Isolated small volume intraventricular hemorrhage."),
        note=("both occipital horns count as one focus"),
    ),
    C(
        "e4d-a005",
        "Large left parietal subgaleal hematoma. Underlying calvarium intact. No intracranial hemorrhage or "
        "extra-axial collection.",
        0,
        set(),
    ),
    C(
        "e4d-h003",
        "Thin high attenuation along the left tentorial leaflet, slightly more prominent than on the right. "
        "A small tentorial subdural haematoma cannot be excluded. No other abnormality. Suggest "
        "short-interval follow-up.",
        -1,
        set(),
    ),
    C(
        "e4d-p013",
        "CT brain. Dependent hyperdensity in the left occipital horn, consistent with a small "
        "intraventricular haemorrhage. No other intracranial blood. Ventricular size normal.",
        1,
        {"ivh"},
    ),
    C(
        "e4d-a006",
        None,
        0,
        set(),
        description=(
            "Comminuted fractures of the right orbital floor and of the anterior and posterolateral walls of "
            "the right maxillary sinus, with hemorrhage layering in the right maxillary sinus. Fracture of "
            "the right zygomatic arch. Periorbital soft-tissue swelling. Brain parenchyma normal. No "
            "extra-axial fluid. Calvarium and skull base are intact."
        ),
        conclusion=("Right zygomaticomaxillary complex fracture with hemosinus. No intracranial injury."),
        note=("facial fractures only; sinus blood is extracranial"),
    ),
    C(
        "e4d-p014",
        None,
        1,
        {"iph", "ivh", "multiple"},
        description=(
            "Acute hemorrhage centred in the head of the right caudate nucleus, 2 cm, rupturing into the "
            "right lateral ventricle. Blood casts the right frontal horn and body and extends through the "
            "foramen of Monro into the third ventricle. Both temporal horns are prominent."
        ),
        conclusion=(
            "Right caudate hemorrhage with intraventricular extension, casting of the right lateral "
            "ventricle, and hydrocephalus."
        ),
    ),
    C(
        "e4d-a007",
        "NCCT head: Brain parenchyma shows normal attenuation. No e/o intracranial bleed or SOL. Ventricles "
        "and cisterns normal. Bone window: Displaced fracture of nasal bones. Fracture of left "
        "parasymphyseal mandible. Calvarium normal.",
        0,
        set(),
        note=("nasal bones and mandible are facial, not skull"),
    ),
    C(
        "e4d-h004",
        None,
        -1,
        {"fracture"},
        description=(
            "Nondisplaced linear fracture of the right occipital bone extending to the lambdoid suture. "
            "Beneath it there is a questionable thin sliver of extra-axial hyperdensity, up to 2 mm, "
            "partially obscured by beam hardening. Brain otherwise normal."
        ),
        conclusion=(
            "Right occipital skull fracture. Possible tiny underlying epidural hematoma; follow-up CT in 6 "
            "hours suggested."
        ),
    ),
    C(
        "e4d-p015",
        "Acute left crescentic extra-axial collection along the frontoparietal convexity, maximal thickness "
        "9 mm, with 6 mm rightward midline shift and effacement of the left lateral ventricle. No "
        "parenchymal hemorrhage. Impression: Acute left subdural hematoma with mass effect.",
        1,
        {"sdh"},
    ),
    C(
        "e4d-a008",
        None,
        0,
        {"fracture"},
        description=(
            "Linear nondisplaced fracture of the left parietal bone, extending over 4 cm, with overlying "
            "scalp haematoma. No underlying extra-axial collection. No intracranial haemorrhage. Brain "
            "parenchyma normal."
        ),
        conclusion=("Left parietal skull fracture without intracranial injury."),
    ),
    C(
        "e4d-p016",
        None,
        1,
        {"sdh"},
        description=(
            "Thin sheet of hyperdensity along the right tentorium cerebelli, 3 mm thick, not extending onto "
            "the convexity. Brain parenchyma unremarkable; ventricles normal."
        ),
        conclusion=("Small right tentorial subdural hematoma."),
    ),
    C(
        "e4d-p017",
        "CT head. Bilateral mixed-density subdural collections over the cerebral convexities, 14 mm on the "
        "left and 9 mm on the right, with hyperdense dependent components and internal septations, "
        "consistent with acute-on-chronic subdural haematomas. Midline preserved owing to the balanced mass "
        "effect. Effacement of the sulci. Conclusion: Bilateral acute-on-chronic SDH.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "e4d-h005",
        "NCCT brain: ? Small ill-defined hyperdensity in right frontal lobe cortex, ? tiny contusion. No "
        "extra-axial collection. No fracture. Suggest MRI brain for further evaluation.",
        -1,
        set(),
    ),
    C(
        "e4d-p018",
        None,
        1,
        {"sdh"},
        description=(
            "There is an isodense left holohemispheric extra-axial collection, 11 mm thick, with inward "
            "displacement of the grey-white junction and effacement of the left sulci. Midline shift to the "
            "right of 5 mm. Compression of the left lateral ventricle."
        ),
        conclusion=("Left isodense (subacute) subdural haematoma with mass effect."),
    ),
    C(
        "e4d-a009",
        "CT head, trauma. Fracture through the right greater wing of the sphenoid extending into the lateral "
        "wall of the sphenoid sinus, with an air-fluid level in the sphenoid sinus and a few locules of "
        "pneumocephalus near the right anterior clinoid. No intracranial hemorrhage. Impression: Basilar "
        "skull fracture involving the sphenoid; no intracranial blood.",
        0,
        {"fracture"},
        note=("skull base fracture labeled although ich is 0; sinus fluid is extracranial"),
    ),
    C(
        "e4d-p019",
        "Biconvex extra-axial collection in the left temporal region, 14 mm thick, hyperdense, with mild "
        "mass effect on the temporal lobe. Overlying nondisplaced fracture of the squamous temporal bone "
        "crossing the groove of the middle meningeal artery. IMPRESSION: Acute left temporal epidural "
        "hematoma with associated skull fracture.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "e4d-p020",
        None,
        1,
        {"edh", "fracture"},
        description=(
            "Hyperdense extra-axial collection of lentiform morphology in the right parietal region, "
            "measuring 35 x 12 mm, with hypodense areas inside (swirl sign), which suggest active bleeding. "
            "Linear fracture line in the right parietal bone. Soft tissue swelling in the right parietal "
            "scalp with subgaleal hematoma. Ventricular system of normal size. Midline structures without "
            "deviation."
        ),
        conclusion=(
            "Acute epidural hematoma right parietal with signs of active bleeding. Linear fracture of the "
            "right parietal bone. Subgaleal hematoma."
        ),
    ),
    C(
        "e4d-a010",
        None,
        0,
        set(),
        description=(
            "Comparison with CT of 3 weeks ago. The previously described right frontoparietal subdural "
            "haematoma has completely resolved. No new extra-axial collection. No midline shift. Ventricles "
            "normal."
        ),
        conclusion=("Complete resolution of the right subdural haematoma."),
    ),
    C(
        "e4d-p021",
        "CT head and CTA. Acute 3.8 cm hematoma in the right occipital lobe. Along its medial margin are "
        "serpiginous hyperdense and partly calcified structures. CTA shows a tangle of abnormal vessels "
        "(nidus approximately 2.5 cm) fed by branches of the right posterior cerebral artery, draining into "
        "the straight sinus via an enlarged vein. IMPRESSION: Right occipital hemorrhage secondary to a "
        "ruptured arteriovenous malformation.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e4d-h006",
        None,
        -1,
        set(),
        description=(
            "Post mechanical thrombectomy of the left M1 segment. New hyperdensity in the left caudate head "
            "and putamen, measuring up to 90 HU, without mass effect. No subarachnoid hyperdensity."
        ),
        conclusion=(
            "Left basal ganglia hyperdensity after thrombectomy: contrast staining versus haemorrhage. "
            "Repeat CT at 24 hours to differentiate."
        ),
    ),
    C(
        "e4d-p022",
        None,
        1,
        {"iph", "combined"},
        description=(
            "Known left frontal cavernous malformation, previously a 9 mm calcified lesion. There is now a "
            "2.3 cm acute parenchymal haematoma surrounding it with mild oedema. No intraventricular or "
            "extra-axial blood."
        ),
        conclusion=("Acute haemorrhage from the known left frontal cavernoma."),
        note=("a cavernoma is a vascular malformation, counted like an AVM as the cause"),
    ),
    C(
        "e4d-a011",
        "CT head. Well-defined CSF-density cavity in the right putamen and external capsule with ex vacuo "
        "dilatation of the right frontal horn, consistent with a post-haemorrhagic cyst from the known "
        "haemorrhage in 2019. No acute haemorrhage. Impression: Chronic sequelae of previous right basal "
        "ganglia haemorrhage.",
        0,
        set(),
        note=("old sequelae only"),
    ),
    C(
        "e4d-p023",
        "CT head with contrast, known metastatic melanoma. A 2.0 cm hyperdense mass in the right frontal "
        "lobe with a fluid-blood level and surrounding vasogenic edema, consistent with a hemorrhagic "
        "metastasis. Two further enhancing lesions in the left parietal lobe and the right cerebellum show "
        "no hemorrhage. No midline shift. Impression: Intracranial metastatic disease; the right frontal "
        "lesion has bled.",
        1,
        {"combined"},
        note=("tumour bleeding carries no subtype; only one metastasis has bled, so not multiple"),
    ),
    C(
        "e4d-p024",
        None,
        1,
        {"combined"},
        description=(
            "Known left temporal glioblastoma, status post biopsy. The mass now contains a new 2.5 cm area "
            "of high attenuation (60-65 HU) in keeping with acute intratumoural haemorrhage. Surrounding "
            "oedema has increased, with 7 mm midline shift and early uncal herniation."
        ),
        conclusion=(
            "Intratumoral haemorrhage within the left temporal glioblastoma with increased mass effect."
        ),
    ),
    C(
        "e4d-a012",
        None,
        0,
        set(),
        description=(
            "Confluent periventricular and deep white matter hypoattenuation. Lacunar infarcts in the left "
            "thalamus and the right internal capsule. Generalised volume loss. No intracranial hemorrhage, "
            "no extra-axial collection."
        ),
        conclusion=("Chronic small vessel ischemic disease with old lacunes. No acute hemorrhage."),
    ),
    C(
        "e4d-p025",
        "24-hour post-thrombolysis CT. Evolving left MCA territory infarct involving the insula and frontal "
        "operculum. Within the infarct there is confluent hyperdensity without mass effect, corresponding to "
        "haemorrhagic infarction type 2 (HI2). No parenchymal haematoma. No intraventricular blood.",
        1,
        {"combined"},
        note=("HI-type transformation: combined, no subtype"),
    ),
    C(
        "e4d-h007",
        "Known right MCA infarct. Faint increased attenuation in the right lentiform nucleus; possible early "
        "hemorrhagic transformation, not definite. No mass effect. Recommend follow-up CT.",
        -1,
        set(),
    ),
    C(
        "e4d-p026",
        None,
        1,
        {"combined"},
        description=(
            "Evolving infarction in the right MCA territory involving the temporal lobe and lentiform "
            "nucleus. New scattered punctate hyperdensities along the cortex of the infarcted region. No "
            "space-occupying hematoma. Mild local mass effect on the right lateral ventricle."
        ),
        conclusion=("Petechial hemorrhagic conversion of the right MCA infarct (HI1)."),
        note=("HI-type transformation: combined, no subtype; punctate petechiae are not separate foci"),
    ),
    C(
        "e4d-a013",
        "Densely calcified 2 cm extra-axial mass along the left frontal convexity, likely meningioma, no "
        "oedema. No haemorrhage.",
        0,
        set(),
    ),
    C(
        "e4d-p027",
        "Follow-up CT after IV alteplase, patient deteriorated. Large left MCA infarct containing a dense "
        "5.5 x 3.8 cm hematoma in the left frontal and insular region with marked mass effect, 9 mm midline "
        "shift and compression of the left lateral ventricle. Findings represent parenchymal hematoma type 2 "
        "(PH2). No intraventricular extension.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e4d-p028",
        None,
        1,
        {"iph", "combined"},
        description=(
            "In the right fronto-parietal area there is hypodense zone of the ischemic stroke known from the "
            "previous examination. Inside of it, hyperdense hematoma 22x15 mm with slight mass effect is "
            "seen, it occupies less than 30% of infarcted area. Ventricles are symmetric. Midline structures "
            "are not dislocated."
        ),
        conclusion=("Hemorrhagic transformation of the right MCA ischemic stroke, type PH1."),
    ),
    C(
        "e4d-a014",
        None,
        0,
        set(),
        description=(
            "Status post coiling of a basilar tip aneurysm. Streak artifact from the coil mass obscures the "
            "interpeduncular region, but no subarachnoid blood is seen in the visible cisterns or sulci. "
            "Ventricles stable in size. No hydrocephalus."
        ),
        conclusion=("Post-coiling changes. No evidence of new subarachnoid haemorrhage."),
    ),
    C(
        "e4d-h008",
        None,
        -1,
        set(),
        description=(
            "Slight hyperdensity in the dependent portion of the right occipital horn. The choroid plexus is "
            "calcified in both atria and may account for it. No hydrocephalus."
        ),
        conclusion=(
            "Questionable small amount of intraventricular blood in the right occipital horn versus choroid "
            "plexus calcification."
        ),
    ),
    C(
        "e4d-p029",
        "CT head and CT venogram. Acute hematoma 3.0 cm in the left parasagittal frontal lobe with irregular "
        "margins and surrounding edema. The superior sagittal sinus is hyperdense on the non-contrast images "
        "and shows a filling defect on the venogram from its mid portion to the torcula; a cortical vein at "
        "the hematoma margin is also thrombosed. IMPRESSION: Superior sagittal sinus thrombosis with left "
        "frontal venous hemorrhage.",
        1,
        {"iph", "combined"},
    ),
    C(
        "e4d-a015",
        "Diffusely increased attenuation of the dural venous sinuses and cortical veins (62-65 HU), "
        "symmetric, in a patient with polycythaemia (haematocrit 0.61). No venous infarct, no haemorrhage. "
        "Impression: Dense venous sinuses attributed to high haematocrit; no CT evidence of intracranial "
        "haemorrhage. CT venography could be performed if thrombosis is a clinical concern.",
        0,
        set(),
    ),
    C(
        "e4d-p030",
        None,
        1,
        {"sah", "iph", "multiple", "combined"},
        description=(
            "Hyperdense left transverse and sigmoid sinuses, with absent opacification on CT venography. "
            "Hypodense swelling of the left temporal lobe containing patchy haemorrhage up to 2.5 cm. Thin "
            "subarachnoid blood over the left parietal convexity sulci. Ventricles normal."
        ),
        conclusion=(
            "Left transverse-sigmoid sinus thrombosis complicated by haemorrhagic venous infarction of the "
            "left temporal lobe and convexity subarachnoid haemorrhage."
        ),
    ),
    C(
        "e4d-p031",
        "Acute right frontoparietal subdural hematoma, 7 mm, with 3 mm leftward shift. Incidental 1.5 cm "
        "densely calcified meningioma along the left frontal convexity, unchanged from 2021 and unrelated. "
        "Impression: Acute right SDH.",
        1,
        {"sdh"},
        note=("the calcified meningioma is incidental, not a cause"),
    ),
    C(
        "e4d-h009",
        "Study limited by motion. Subtle hyperdensity along the right frontal convexity which may be "
        "artifact versus a thin subdural hematoma. No mass effect. Repeat imaging with sedation suggested.",
        -1,
        set(),
    ),
    C(
        "e4d-p032",
        None,
        1,
        {"iph"},
        description=(
            "Hemorrhagic contusion in the right temporal lobe, 2.8 x 1.9 cm, with surrounding edema. Large "
            "area of encephalomalacia in the left MCA territory from an old infarct. Confluent "
            "periventricular white matter hypodensity. No extra-axial collection."
        ),
        conclusion=(
            "Acute right temporal hemorrhagic contusion. Old left MCA infarct and chronic small-vessel "
            "ischemic change."
        ),
        note=("the old infarct is not a cause of the contusion"),
    ),
    C(
        "e4d-a016",
        None,
        0,
        set(),
        description=(
            "Post endovascular thrombectomy. High attenuation in the right putamen and caudate on the mixed "
            "images. On dual-energy post-processing the hyperdensity is bright on the iodine map and absent "
            "on the virtual non-contrast images. No sulcal or ventricular hyperdensity."
        ),
        conclusion=("Right basal ganglia hyperdensity due to iodinated contrast staining; no haemorrhage."),
    ),
    C(
        "e4d-p033",
        "Fell at home. Acute left convexity subdural hematoma, 8 mm. Prior anterior communicating artery "
        "aneurysm clipping, with metallic streak artifact in the suprasellar region; no subarachnoid "
        "hemorrhage. No fracture. IMPRESSION: Acute left SDH. Postsurgical changes of remote aneurysm "
        "clipping.",
        1,
        {"sdh"},
        note=("the clipped aneurysm is not the cause"),
    ),
    C(
        "e4d-p034",
        None,
        1,
        {"sdh"},
        description=(
            "Right frontal approach ventriculoperitoneal shunt catheter with its tip in the third ventricle. "
            "Ventricles small. Large arachnoid cyst in the left middle cranial fossa, stable. New thin acute "
            "subdural haematoma along the left convexity, 4 mm."
        ),
        conclusion=(
            "Small acute left subdural haematoma, possibly related to overdrainage. Stable shunt position "
            "and arachnoid cyst."
        ),
        note=("shunt and arachnoid cyst are not combined pathology"),
    ),
    C(
        "e4d-a017",
        "NCCT BRAIN: No e/o intracranial bleed. Age related cerebral atrophy with prominent sulci and "
        "ventricles. Bilateral symmetric basal ganglia calcification - physiological. Periventricular "
        "hypodensity s/o small vessel ischemic changes. IMPRESSION: No acute intracranial abnormality.",
        0,
        set(),
    ),
    C(
        "e4d-p035",
        "Follow-up CT head compared to 2 days prior. Interval decrease in the left frontal hemorrhagic "
        "contusion, now 1.2 cm, with slightly increased surrounding edema. The previously seen subarachnoid "
        "blood in the left frontal sulci has resolved. No new hemorrhage.",
        1,
        {"iph"},
        note=("the contusion persists; the SAH has resolved"),
    ),
    C(
        "e4d-h010",
        None,
        -1,
        set(),
        description=(
            "Suspicion of minimal hyperdense content in the interpeduncular cistern. Other cisterns and "
            "sulci are free. Ventricles are not dilated. No focal changes in brain parenchyma."
        ),
        conclusion=(
            "Suspicion of minimal subarachnoid haemorrhage in the interpeduncular cistern. Control CT "
            "recommended."
        ),
    ),
    C(
        "e4d-p036",
        None,
        1,
        {"sdh", "multiple"},
        description=(
            "Compared with the examination of 12 March. The bilateral subdural collections have decreased: "
            "right 6 mm (previously 11 mm), left 3 mm (previously 5 mm). They are now of lower density. No "
            "new haemorrhage."
        ),
        conclusion=("Bilateral subdural haematomas, decreasing in size."),
    ),
    C(
        "e4d-a018",
        None,
        0,
        set(),
        description=(
            "Brain parenchyma of normal density without focal lesions. There is no evidence of haemorrhage, "
            "neither epidural, subdural nor subarachnoid. Ventricular system is not dilated, symmetric. "
            "Midline structures are not shifted. Bones of the skull vault and base without traumatic "
            "changes."
        ),
        conclusion=("CT of the brain without pathological findings."),
    ),
    C(
        "e4d-p037",
        "Status post right frontotemporal craniotomy for evacuation of acute subdural hematoma. Small "
        "residual hyperdense subdural collection along the right convexity, 4 mm. Expected postoperative "
        "pneumocephalus. Midline shift decreased from 9 to 2 mm.",
        1,
        {"sdh"},
        note=("residual post-operative hematoma"),
    ),
    C(
        "e4d-p038",
        None,
        1,
        {"iph"},
        description=(
            "Postoperative changes of suboccipital craniectomy for evacuation of a left cerebellar "
            "haematoma. A rim of residual blood products lines the surgical cavity, up to 8 mm. Fourth "
            "ventricle patent. No hydrocephalus."
        ),
        conclusion=("Residual haemorrhage in the left cerebellar surgical cavity."),
        note=("residual post-operative hematoma; craniectomy is not a fracture"),
    ),
    C(
        "e4d-a019",
        "Stable left frontal ventriculoperitoneal shunt, ventricles unchanged. Known 5 cm arachnoid cyst in "
        "the right middle cranial fossa. No hemorrhage or extra-axial collection.",
        0,
        set(),
    ),
    C(
        "e4d-p039",
        "Trace subarachnoid hemorrhage in a single right frontal sulcus. No other acute finding.",
        1,
        {"sah"},
    ),
    C(
        "e4d-p040",
        None,
        1,
        {"sah"},
        description=(
            "Thin hyperdensity within the left central sulcus and the adjacent precentral sulcus over the "
            "convexity. No parenchymal, intraventricular or extra-axial haemorrhage. CTA: no aneurysm, no "
            "vascular malformation; mild irregularity of the distal MCA branches."
        ),
        conclusion=(
            "Isolated left convexity subarachnoid haemorrhage. Consider reversible cerebral vasoconstriction "
            "syndrome."
        ),
    ),
    C(
        "e4d-a020",
        None,
        0,
        set(),
        description=(
            "Right retrobulbar haematoma with proptosis and stretching of the optic nerve. Blow-out fracture "
            "of the right orbital floor with herniation of orbital fat. Blood in the right maxillary sinus. "
            "The brain is normal. No intracranial haemorrhage. Skull vault intact."
        ),
        conclusion=("Right orbital floor fracture with retrobulbar haematoma. No intracranial injury."),
        note=("orbital blood is extracranial; orbital floor is facial"),
    ),
    C(
        "e4d-h011",
        "Small hyperdense focus at the grey-white junction of the left frontal lobe, 3 mm, of uncertain "
        "significance; could represent a tiny shear haemorrhage. No other abnormality. MRI with SWI "
        "recommended.",
        -1,
        set(),
    ),
    C(
        "e4d-p041",
        "Traumatic brain injury. Thin acute subdural hematoma along the anterior falx, 3 mm. Acute "
        "subarachnoid hemorrhage in the right Sylvian fissure. No skull fracture. Impression: Small "
        "parafalcine SDH and right Sylvian traumatic SAH.",
        1,
        {"sdh", "sah", "multiple"},
    ),
    C(
        "e4d-p042",
        None,
        1,
        {"sah", "ivh", "multiple", "combined"},
        description=(
            "Blood fills the fourth ventricle and extends into the third ventricle and both lateral "
            "ventricles, with dilated temporal horns. Subarachnoid blood in the prepontine and "
            "cerebellomedullary cisterns and around the foramen magnum. CTA demonstrates a 5 mm aneurysm of "
            "the left posterior inferior cerebellar artery near its origin."
        ),
        conclusion=(
            "Posterior fossa subarachnoid haemorrhage with extensive intraventricular haemorrhage and acute "
            "hydrocephalus, from a ruptured left PICA aneurysm."
        ),
    ),
    C(
        "e4d-a021",
        "Laceration and soft tissue swelling over the right forehead with a small radiopaque foreign body in "
        "the subcutaneous tissue. Frontal bone intact. Brain normal.",
        0,
        set(),
    ),
    C(
        "e4d-p043",
        "Hyperdense image in the left lenticular nucleus, of 25 x 18 mm, compatible with hematoma, with "
        "perilesional edema. Presence of hyperdense material in the occipital horns of the lateral "
        "ventricles. The midline structures show discrete deviation of 3 mm. Cerebral sulci are appropriate "
        "for age. Conclusion: Left lenticular hematoma with ventricular flooding.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "e4d-p044",
        None,
        1,
        {"iph"},
        description=(
            "High density lesion in the right putamen, size about 3.5 cm x 2.0 cm, CT value 62 HU, volume "
            "about 15 mL, with surrounding low density edema band. Right lateral ventricle is compressed. No "
            "high density in the ventricles. Calcification of bilateral choroid plexus. Midline structure "
            "shift to left about 3 mm."
        ),
        conclusion=("Right putamen hemorrhage (ICH), about 15 mL. No IVH."),
        note=("choroid plexus calcification is not ivh"),
    ),
    C(
        "e4d-a022",
        None,
        0,
        set(),
        description=(
            "Compared with CT from 6 weeks ago. The previous left frontal haemorrhagic contusion has "
            "resolved, leaving a small area of encephalomalacia and gliosis. No acute haemorrhage. No "
            "extra-axial collection."
        ),
        conclusion=("Resolved left frontal contusion with residual encephalomalacia."),
    ),
    C(
        "e4d-p045",
        "Subdural haematoma in the left fronto-parieto-temporal region, with a maximum thickness of 12 mm, "
        "hyperdense, causing compression of the left lateral ventricle and shift of the midline structures "
        "to the right of 8 mm. Basal cisterns are still visible. Calvarial bones without fracture lines.",
        1,
        {"sdh"},
    ),
    C(
        "e4d-h012",
        None,
        -1,
        set(),
        description=(
            "Heterogeneous left temporal mass, 4 cm, with internal foci of high attenuation and surrounding "
            "oedema."
        ),
        conclusion=(
            "Left temporal mass; the hyperdense internal foci may reflect calcification or haemorrhage. MRI "
            "recommended."
        ),
        note=("tumour bleeding only suggested, so not combined"),
    ),
    C(
        "e4d-p046",
        None,
        1,
        {"iph", "multiple"},
        description=(
            "Two separate acute lobar haematomas: right frontal, 3.1 x 2.4 cm, and left occipital, 2.0 x 1.6 "
            "cm, both at the cortico-subcortical junction. Moderate generalised atrophy. No intraventricular "
            "extension. No evidence of an underlying mass on this non-contrast study."
        ),
        conclusion=(
            "Multiple lobar haemorrhages (right frontal and left occipital); in this age group probable "
            "cerebral amyloid angiopathy. MRI recommended."
        ),
    ),
    C(
        "e4d-a023",
        "Calcification of the falx cerebri anteriorly and a dense tentorium, within normal limits. No "
        "subdural collection. No acute intracranial abnormality.",
        0,
        set(),
    ),
    C(
        "e4d-p047",
        "EXAMINATION: CT head without contrast. CLINICAL HISTORY: 68-year-old with acute left hemiplegia and "
        "blood pressure of 220/120. COMPARISON: None. TECHNIQUE: Contiguous axial images from skull base to "
        "vertex; coronal and sagittal reformats. FINDINGS: There is a large acute hemorrhage centered in the "
        "right basal ganglia, involving the putamen and external capsule and extending superiorly into the "
        "corona radiata. It measures 5.2 x 3.4 x 4.0 cm, with an estimated volume of 35 mL by ABC/2. The "
        "margins are irregular, and a small hypodense region at its lateral aspect may reflect ongoing "
        "bleeding. There is a moderate rim of surrounding vasogenic edema. Mass effect effaces the right "
        "lateral ventricle and causes 7 mm of leftward midline shift. The ventricles contain no blood. There "
        "is no subarachnoid or extra-axial hemorrhage. The basal cisterns are patent. The left hemisphere "
        "and the posterior fossa are unremarkable. The calvarium is intact. IMPRESSION: Large acute right "
        "basal ganglia hemorrhage, about 35 mL, with 7 mm midline shift. No intraventricular extension.",
        1,
        {"iph"},
        note=("one large bleed described at length: not multiple"),
    ),
    C(
        "e4d-p048",
        None,
        1,
        {"sdh", "fracture"},
        description=(
            "Technique: Non-contrast CT head with bone algorithm reconstructions. There is a crescentic "
            "hyperdense extra-axial collection over the left cerebral convexity measuring up to 10 mm in "
            "depth, extending along the left side of the falx. It effaces the left sulci and compresses the "
            "left lateral ventricle, with 6 mm of midline shift to the right. The basal cisterns remain "
            "patent. No intraparenchymal haemorrhage is seen. On bone windows there is a longitudinal "
            "fracture of the left petrous temporal bone extending into the middle ear, with opacification of "
            "the left mastoid air cells and a small locule of air adjacent to the temporal bone. The "
            "remaining calvarium is intact. Left parietal scalp swelling. The grey-white differentiation is "
            "preserved and there is no established infarct. The fourth ventricle is central and the "
            "cerebellar tonsils are at the level of the foramen magnum. The orbits and the visualised "
            "paranasal sinuses are unremarkable."
        ),
        conclusion=(
            "1. Acute left subdural haematoma with midline shift. 2. Left petrous temporal bone fracture "
            "with haemotympanum. Urgent neurosurgical referral."
        ),
        note=("one continuous subdural collection extending along the falx; petrous bone is skull base"),
    ),
    C(
        "e4d-a024",
        None,
        0,
        set(),
        description=(
            "Established right MCA territory infarct involving the frontal and parietal lobes, hypodense "
            "with mild swelling. No haemorrhagic transformation. No hydrocephalus."
        ),
        conclusion=("Evolving right MCA infarct without haemorrhagic transformation."),
    ),
    C(
        "e4d-p049",
        "Depressed comminuted fracture of the right frontal bone, depressed by 8 mm, with an underlying 2.5 "
        "cm hemorrhagic contusion in the right frontal lobe. Small amount of pneumocephalus. No extra-axial "
        "hematoma. IMPRESSION: Depressed right frontal skull fracture with underlying hemorrhagic contusion.",
        1,
        {"iph", "fracture"},
    ),
    C(
        "e4d-a025",
        "Left frontal intra-axial mass, 3.5 cm, with extensive vasogenic edema and 5 mm midline shift. No "
        "intratumoral hemorrhage or calcification. Impression: Left frontal mass, likely high-grade glioma "
        "or metastasis; MRI with contrast recommended.",
        0,
        set(),
    ),
    C(
        "e4d-p050",
        None,
        1,
        {"iph", "multiple", "fracture"},
        description=(
            "Undisplaced fracture of the occipital bone on the right, extending to the margin of the foramen "
            "magnum. Contrecoup haemorrhagic contusions in both frontal poles and the gyrus rectus, the "
            "largest 1.8 cm on the left. Mild surrounding oedema. No extra-axial collection. Ventricles "
            "normal."
        ),
        conclusion=("Right occipital fracture extending to the skull base. Bifrontal contrecoup contusions."),
    ),
    C(
        "e4d-h013",
        "Mildly hyperdense tentorium bilaterally, likely normal dural density; a small subdural hemorrhage "
        "is not entirely excluded. Otherwise normal.",
        -1,
        set(),
    ),
    C(
        "e4d-p051",
        "Left temporal lobe hemorrhagic contusion measuring 2.2 cm with adjacent subarachnoid blood in the "
        "left Sylvian fissure and temporal sulci. No midline shift. No fracture.",
        1,
        {"sah", "iph", "multiple"},
    ),
    C(
        "e4d-a026",
        None,
        0,
        set(),
        description=(
            "Hyperdense superior sagittal sinus and right transverse sinus (cord sign). No parenchymal "
            "hypodensity, no haemorrhage. Ventricles normal."
        ),
        conclusion=(
            "Appearance consistent with cerebral venous sinus thrombosis; no venous infarct or haemorrhage. "
            "CT venography advised."
        ),
        note=("sinus thrombosis without blood is not ICH"),
    ),
    C(
        "e4d-p052",
        None,
        1,
        {"sdh"},
        description=(
            "Acute SDH is seen along right fronto-temporo-parietal convexity with max thickness of 11 mm. "
            "Mass effect in the form of effacement of right lateral ventricle and midline shift of 8 mm to "
            "left with subfalcine herniation. Bone window: Fracture of right orbital floor and right lateral "
            "wall of maxillary sinus with haemosinus. Calvarium is intact."
        ),
        conclusion=(
            "Acute right fronto-temporo-parietal SDH with subfalcine herniation. Right orbital floor and "
            "maxillary wall fractures."
        ),
        note=("facial fractures only: no fracture label"),
    ),
    C(
        "e4d-p053",
        "Occipital skull fracture crossing the right transverse sinus groove. Underlying biconvex "
        "extra-axial hematoma in the right posterior fossa, 11 mm, extending above and below the tentorium, "
        "compressing the right cerebellar hemisphere. Fourth ventricle patent. IMPRESSION: Posterior fossa "
        "epidural hematoma with occipital fracture; evaluate the transverse sinus with CT venography.",
        1,
        {"edh", "fracture"},
        note=("one hematoma straddling the tentorium: not multiple"),
    ),
    C(
        "e4d-a027",
        "CT head and CTA for dizziness. No intracranial hemorrhage. CTA demonstrates an incidental "
        "unruptured 4 mm aneurysm of the right MCA bifurcation. Impression: No acute intracranial "
        "abnormality. Incidental right MCA aneurysm.",
        0,
        set(),
    ),
    C(
        "e4d-p054",
        None,
        1,
        {"iph"},
        description=(
            "Comparison: CT of 5 days earlier. The left thalamic haematoma is evolving, with decreasing "
            "attenuation and a less distinct margin; its size is unchanged at 2.4 cm. The intraventricular "
            "blood seen previously in the occipital horns has cleared. Ventricles are slightly smaller."
        ),
        conclusion=("Evolving left thalamic haematoma. Resolution of intraventricular haemorrhage."),
        note=("per mention: the hematoma persists, the IVH has resolved"),
    ),
    C(
        "e4d-a028",
        None,
        0,
        set(),
        description=(
            "Study performed in axial cuts without intravenous contrast. Cerebral parenchyma with preserved "
            "attenuation and adequate differentiation between grey and white matter. No hyperdense images "
            "suggestive of haemorrhage are identified. Ventricular system of normal size and morphology, "
            "centred. Subarachnoid spaces of the convexity and basal cisterns of usual amplitude. Midline "
            "structures without deviation. Posterior fossa structures without alterations. Bone structures "
            "of the skull vault and base without fracture lines. Paranasal sinuses with adequate "
            "pneumatisation; mucosal thickening of the left maxillary sinus. Orbits symmetric, with "
            "preserved retrobulbar fat. Both mastoid processes adequately pneumatised. Soft tissues of the "
            "scalp without alterations. Physiological calcifications in the pineal gland and choroid "
            "plexuses. Cerebellar tonsils in normal position. Sella turcica of normal size."
        ),
        conclusion=(
            "Simple cranial tomography within normal limits. Mucosal thickening of the left maxillary sinus."
        ),
    ),
    C(
        "e4d-p055",
        "Hemorrhagic mass in the left cerebellar hemisphere, 3 cm, with surrounding edema compressing the "
        "fourth ventricle and obstructive hydrocephalus. Given the known lung cancer, this is consistent "
        "with a hemorrhagic metastasis.",
        1,
        {"combined"},
        note=("tumour bleeding carries no subtype"),
    ),
    C(
        "e4d-a029",
        "Old right MCA territory infarct with encephalomalacia and ex vacuo dilatation of the right lateral "
        "ventricle. No acute hemorrhage or new infarct.",
        0,
        set(),
    ),
    C(
        "e4d-h014",
        None,
        -1,
        {"fracture"},
        description=(
            "Fracture of the left temporal bone involving the mastoid portion, with fluid in the mastoid air "
            "cells. Questionable thin extra-axial hyperdensity adjacent to the left temporal lobe, difficult "
            "to separate from the bone. A few tiny air bubbles intracranially."
        ),
        conclusion=(
            "Left temporal bone fracture with pneumocephalus. Possible small adjacent extra-axial "
            "haemorrhage; follow-up CT recommended."
        ),
    ),
    C(
        "e4d-a030",
        None,
        0,
        set(),
        description=(
            "Small calcified lesion in the right frontal lobe, 8 mm, unchanged since 2020, consistent with a "
            "known cavernous malformation. No surrounding oedema. No acute haemorrhage."
        ),
        conclusion=("Stable calcified right frontal cavernoma, no evidence of acute bleed."),
    ),
    C(
        "e4d-p056",
        None,
        1,
        {"sah", "iph", "multiple", "combined"},
        description=(
            "Acute haematoma in the right temporal lobe, 4.0 x 3.2 cm, directly adjacent to the right "
            "Sylvian fissure. Dense subarachnoid blood fills the right Sylvian fissure and the suprasellar "
            "cistern. CTA: 8 mm multilobulated aneurysm at the right MCA bifurcation, pointing towards the "
            "haematoma."
        ),
        conclusion=(
            "Ruptured right MCA bifurcation aneurysm with temporal intracerebral haematoma and subarachnoid "
            "haemorrhage."
        ),
    ),
    C(
        "e4d-a031",
        "CT cervical spine: Fracture of the base of the C2 odontoid process (type II) with prevertebral soft "
        "tissue hematoma from C1 to C3. No malalignment. The included posterior fossa is unremarkable.",
        0,
        set(),
        note=("non-head study; C2 is not skull"),
    ),
    C("e4d-p057", "Small right parafalcine subdural hematoma, 3 mm. Otherwise no change.", 1, {"sdh"}),
    C(
        "e4d-p058",
        None,
        1,
        {"sdh"},
        description=(
            "Left hemispheric hypodense crescentic extra-axial collection, 14 mm, with subtle layering of "
            "denser material posteriorly. Effacement of the left sulci and 4 mm midline shift."
        ),
        conclusion=("Chronic left subdural hematoma."),
    ),
    C(
        "e4d-h015",
        "CT HEAD. Clinical: headache after a minor fall, on apixaban. Technique: axial non-contrast images "
        "with coronal and sagittal reformats. Comparison: none available. Findings: The ventricles and sulci "
        "are within normal limits for age. There is subtle asymmetric sulcal hyperdensity in the high left "
        "parietal region, possibly representing a small amount of subarachnoid hemorrhage, although partial "
        "volume with the adjacent calvarium is an alternative. No parenchymal hemorrhage or extra-axial "
        "collection. No mass effect. The basal cisterns are clear. No acute territorial infarct, and the "
        "grey-white junction is preserved throughout. The posterior fossa and the craniocervical junction "
        "are unremarkable. No hyperdense vessel. There is a small left frontal scalp contusion. The "
        "calvarium is intact on bone windows. Mild mucosal thickening of the ethmoid air cells. Impression: "
        "Possible tiny left parietal subarachnoid hemorrhage; given anticoagulation, a repeat CT in 6 to 12 "
        "hours is recommended.",
        -1,
        set(),
    ),
    C(
        "e4d-p059",
        "CT brain following a fall. Small amount of blood layering dependently in the right occipital horn. "
        "Linear undisplaced fracture of the left occipital bone. No extra-axial collection. No parenchymal "
        "contusion.",
        1,
        {"ivh", "fracture"},
    ),
    C(
        "e4d-a032",
        None,
        0,
        set(),
        description=(
            "Status post bilateral frontal burr holes for drainage of chronic subdural haematomas. The "
            "subdural spaces are now normal in width with no residual collection. Small amount of air at the "
            "burr hole sites. Brain re-expanded."
        ),
        conclusion=("No residual subdural collection after burr-hole drainage."),
    ),
    C(
        "e4d-p060",
        None,
        1,
        {"sah", "combined"},
        description=(
            "Acute subarachnoid blood in the right Sylvian fissure and the adjacent insular sulci, small to "
            "moderate volume. Ventricles not dilated. No parenchymal haematoma. CT angiogram performed "
            "immediately afterwards: there is a 5 mm bilobed aneurysm at the right MCA bifurcation. No other "
            "vascular abnormality."
        ),
        conclusion=("Right Sylvian SAH. Right MCA bifurcation aneurysm, in keeping with the source."),
        note=("the aneurysm is named only in the CTA part"),
    ),
    C(
        "e4d-h016",
        None,
        -1,
        set(),
        description=(
            "The dural venous sinuses appear hyperdense, particularly the straight sinus and the vein of "
            "Galen. A small, ill-defined hyperdensity is noted in the left thalamus."
        ),
        conclusion=(
            "Possible deep cerebral venous thrombosis; the left thalamic hyperdensity may represent early "
            "venous haemorrhage. CT venography recommended."
        ),
    ),
    C(
        "e4d-p061",
        "CT HEAD WITHOUT CONTRAST. History: Assault, GCS 13, brief loss of consciousness. Comparison: none. "
        "Technique: Helical acquisition from the foramen magnum to the vertex with brain and bone kernels. "
        "Findings: There is a thin acute subdural hematoma along the left tentorial leaflet, 4 mm thick, "
        "without extension over the convexity. A separate small hemorrhagic contusion, 1.1 cm, is present in "
        "the right frontal lobe, with minimal edema. No intraventricular hemorrhage. The ventricles are "
        "normal in size and configuration, and there is no midline shift. The basal cisterns are open. "
        "Gray-white differentiation is otherwise maintained. There is diffuse soft tissue swelling over the "
        "left parieto-occipital scalp without an underlying fracture. The visualized paranasal sinuses and "
        "mastoid air cells are clear. The orbits are unremarkable. The craniocervical junction is normally "
        "aligned on the scout. IMPRESSION: 1. Small left tentorial subdural hematoma. 2. Small right frontal "
        "hemorrhagic contusion. 3. Left parieto-occipital scalp swelling without skull fracture.",
        1,
        {"sdh", "iph", "multiple"},
    ),
    C(
        "e4d-a033",
        "No abnormal high density shadow in brain parenchyma. Ventricles and cisterns are normal in size and "
        "shape. Midline structure is in the middle. No abnormality in skull.",
        0,
        set(),
    ),
]
