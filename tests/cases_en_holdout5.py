"""English held-out set 5: 110 invented head CT reports in the dictation styles of US, UK, Irish, Canadian, Australian, South African, Indian and Singaporean practice.

Written by a helper session from the label definitions and general radiology knowledge only,
without looking at the project's lexicon, matcher or other case files. Every report is made up:
no real patients, names, dates or identifiers. The set covers voice-recognition slips and dropped
words, abbreviations (SAH, SDH, EDH, IPH, IVH, ICH, MLS, GWD, NCCT, CTA, DAI), telegraphic ED
reads, structured code-stroke templates (ASPECTS, hyperdense vessel, CTA/CTP), long normal
templates with a single finding, follow-ups, post-operative studies (craniotomy, EVD, burr holes),
trauma with skull versus facial fractures and cervical spine injuries, paediatric head injury,
oncology, addenda and corrected reports. It leans towards the hard cases: combined pathology,
intraventricular blood, multiple haemorrhages, haemorrhage described by anatomy only, hard
negatives (mimics, extracranial blood, old sequelae, non-head studies) and hedged reports.

Labeling conventions:
- ich=1 when blood is present inside the skull in this study (acute, subacute, chronic,
  haemorrhagic contusion, residual post-operative haematoma, follow-up with blood still present);
  ich=0 for absent blood, extracranial blood (scalp, sinus, orbit, middle ear, body), mimics
  (calcification, dense MCA, contrast staining, pseudo-SAH, high haematocrit, hygroma), old
  sequelae only, fully resolved haemorrhage and non-head studies; ich=-1 when haemorrhage is only
  suggested (cannot exclude, possible, questionable, may represent, versus, probable, ?,
  recommend MRI to exclude) or a small hyperdense focus is left unexplained.
- Subtypes come from anatomy when no subtype word is used: parenchyma -> iph, ventricles -> ivh,
  sulci/cisterns/fissures -> sah, crescent along convexity/falx/tentorium -> sdh, lentiform at the
  bone or fracture -> edh. Haemorrhagic contusion -> iph. Hedged mentions carry no subtype.
- multiple: two or more subtypes, or two or more separate foci (bilateral collections count as
  two; one diffuse SAH or blood in both occipital horns counts as one).
- combined: definite haemorrhage with a definite cause (ruptured aneurysm, AVM, bleeding tumour,
  haemorrhagic transformation, venous sinus thrombosis). Tumour bleeding and HI-type
  transformation carry no subtype; PH-type or a named parenchymal haematoma carries iph.
- fracture: skull vault or base only (facial bones and cervical spine excluded); a definite
  fracture is labeled even when ich is 0 or -1.

Nobody tunes the lexicon or the matcher against this file.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present (ich=1)
    C("he5-p01", None, 1, {"sah", "ivh", "multiple", "combined"},
      description=(
          "NONCONTRAST CT HEAD FOLLOWED BY CTA HEAD. History: worst headache of life, collapsed at "
          "work. Noncontrast: Diffuse acute subarachnoid hemorrhage fills the suprasellar cistern, both "
          "sylvian fissures and the anterior interhemispheric fissure, thickest anteriorly. Blood "
          "extends into the ventricular system, casting the fourth ventricle and layering in both "
          "occipital horns. Temporal horns are dilated to 5 mm. CTA: 7 x 5 mm irregular, multilobulated "
          "aneurysm arising from the anterior communicating artery, projecting anterosuperiorly. No "
          "second aneurysm. No angiographic vasospasm at this time."),
      conclusion=(
          "1. Diffuse SAH with intraventricular extension and early hydrocephalus. 2. Ruptured 7 mm "
          "anterior communicating artery aneurysm, the source of the hemorrhage. Neurosurgery paged."),
      note="aneurysm named as the source: combined"),
    C("he5-p02",
      "CT head and CT angiogram. Sudden collapse, GCS 10. There is a 4 x 3 cm acute haematoma in the "
      "right temporal lobe abutting the Sylvian fissure, with surrounding subarachnoid blood in the "
      "right Sylvian fissure and the basal cisterns. 4 mm leftward midline shift. The angiographic "
      "phase shows a 9 mm right middle cerebral artery bifurcation aneurysm with its dome directed "
      "into the haematoma. Conclusion: Ruptured right MCA bifurcation aneurysm with temporal lobe "
      "haematoma and subarachnoid haemorrhage.",
      1, {"sah", "iph", "multiple", "combined"}),
    C("he5-p03", None, 1, {"iph", "combined"},
      description=(
          "Noncontrast CT head: Acute left parietal lobar hematoma measuring 3.6 x 2.9 x 3.0 cm "
          "(approximately 16 mL) with mild perilesional edema and effacement of the adjacent sulci. "
          "Serpiginous calcifications along its posterior margin. No intraventricular extension. "
          "CTA: A compact tangle of enlarged vessels lies posterior to the hematoma, supplied by "
          "hypertrophied left MCA and PCA branches and draining through an enlarged cortical vein into "
          "the superior sagittal sinus."),
      conclusion=(
          "Acute left parietal intraparenchymal hemorrhage secondary to a ruptured arteriovenous "
          "malformation (nidus about 2.5 cm, superficial venous drainage). Catheter angiography "
          "recommended.")),
    C("he5-p04",
      "CT brain + CTA. 24F, sudden occipital headache and vomiting. Acute haemorrhage centred in the "
      "left cerebellar hemisphere, 2.8 cm, rupturing into the fourth ventricle, with blood also in the "
      "third and lateral ventricles. Fourth ventricle partially effaced; temporal horns prominent. CTA "
      "demonstrates a left cerebellar AVM with a 1.5 cm nidus fed by the left SCA and draining to the "
      "straight sinus; an intranidal aneurysm is not excluded. Impression: Left cerebellar haematoma "
      "from a ruptured AVM, with intraventricular extension and early obstructive hydrocephalus.",
      1, {"iph", "ivh", "multiple", "combined"},
      note="'not excluded' refers to an intranidal aneurysm, not to the blood"),
    C("he5-p05",
      "CT HEAD WITHOUT CONTRAST. History: metastatic melanoma, new confusion. 2.1 cm hyperdense mass "
      "in the right frontal lobe with a fluid-fluid level and substantial surrounding vasogenic edema, "
      "compatible with a hemorrhagic melanoma metastasis. Local mass effect with 3 mm leftward shift. "
      "No additional lesion is seen on this noncontrast exam; MRI is more sensitive for small "
      "metastases. IMPRESSION: Hemorrhagic right frontal metastasis with vasogenic edema.",
      1, {"combined"},
      note="tumour bleeding carries no subtype; MRI advice concerns further metastases"),
    C("he5-p06",
      "NCCT + CECT brain. Large heterogeneous mass in L temporal lobe with central necrosis and an "
      "irregular enhancing rim, s/o high-grade glioma. Areas of acute haemorrhage within the tumour "
      "(HU 60-65). Perilesional oedema with midline shift of 7 mm to the right and early uncal "
      "herniation. IMP: L temporal high-grade glioma (likely GBM) with intratumoral bleed and mass "
      "effect.",
      1, {"combined"},
      note="'likely' concerns tumour type; the intratumoral bleed is stated as fact; no subtype"),
    C("he5-p07", None, 1, {"combined"},
      description=(
          "CT head 24 hours post intravenous thrombolysis for left MCA territory infarct. Established "
          "low attenuation in the left insula, lentiform nucleus and frontal operculum. Within the "
          "infarcted lentiform nucleus there is confluent petechial hyperdensity without "
          "space-occupying effect. No haematoma. No extra-axial blood. Ventricles unchanged."),
      conclusion=(
          "Haemorrhagic transformation of the left MCA infarct, HI2 (confluent petechiae, no mass "
          "effect). No parenchymal haematoma."),
      note="HI-type transformation: combined without subtype"),
    C("he5-p08", None, 1, {"iph", "combined"},
      description=(
          "Dual-energy CT head, 20 hours after mechanical thrombectomy of the left M1 segment "
          "(TICI 2b). A 3.4 x 2.5 cm hyperdense focus in the left basal ganglia exerts mass effect on "
          "the frontal horn. The hyperdensity persists on virtual non-contrast images and has no "
          "corresponding iodine signal on the iodine overlay map. Surrounding hypodensity corresponds "
          "to the known infarct. 4 mm rightward midline shift."),
      conclusion=(
          "Haemorrhagic transformation of the left MCA infarct with parenchymal haematoma (ECASS PH2), "
          "more than 30% of the infarct with mass effect. This is blood, not contrast staining."),
      note="PH-type transformation carries iph"),
    C("he5-p09", None, 1, {"iph", "sah", "multiple", "combined"},
      description=(
          "Non-contrast CT brain with CT venogram. 31-year-old, three weeks postpartum, headache and a "
          "seizure. The superior sagittal sinus and left transverse sinus are hyperdense. On the "
          "venogram there is a long filling defect in the superior sagittal sinus continuing into the "
          "left transverse and sigmoid sinuses. Left parietal parenchymal haematoma of 2.5 cm with "
          "surrounding oedema, in a non-arterial distribution. Small volume of subarachnoid blood in "
          "the adjacent left parietal convexity sulci."),
      conclusion=(
          "Cerebral venous sinus thrombosis (superior sagittal, left transverse and sigmoid sinuses) "
          "complicated by a left parietal venous infarct with parenchymal haematoma and convexity "
          "subarachnoid haemorrhage."),
      note="named parenchymal haematoma from venous thrombosis: iph + combined; sulcal blood: sah"),
    C("he5-p10",
      "CT brain and CT venogram. Thunderclap-type headache, on the oral contraceptive pill. Thin sulcal "
      "hyperdensity along the right frontal convexity, consistent with acute subarachnoid haemorrhage. "
      "The basal cisterns are clear. The venogram shows occlusive thrombus in the right transverse "
      "sinus and an adjacent cortical vein (cord sign on the plain scan). No venous infarct. "
      "Impression: Convexity SAH secondary to right transverse sinus and cortical vein thrombosis.",
      1, {"sah", "combined"}),
    C("he5-p11", None, 1, {"iph", "ivh", "multiple"},
      description=(
          "Unenhanced CT brain. Known hypertensive. Acute haematoma centred in the right putamen and "
          "external capsule, 4.2 x 2.8 x 3.5 cm (ABC/2 about 21 mL). Extension of blood into the "
          "ventricles: clot in the body and frontal horn of the right lateral ventricle and a small "
          "amount in the third ventricle. Mild dilatation of the left temporal horn. 5 mm leftward "
          "midline shift."),
      conclusion=(
          "Right basal ganglia intracerebral haemorrhage with intraventricular extension, likely "
          "hypertensive. Early hydrocephalus."),
      note="'likely' refers to the cause"),
    C("he5-p12",
      "CT head without contrast. MVC, GCS 13. A small amount of hyperdense blood is layering "
      "dependently in the occipital horns of both lateral ventricles. No parenchymal hematoma. No "
      "extra-axial collection. Calvarium intact. Ventricular size normal. Impression: Small volume "
      "intraventricular hemorrhage, posttraumatic.",
      1, {"ivh"},
      note="blood in both occipital horns counts as one focus"),
    C("he5-p13",
      "NCCT brain. Hyperdense haematoma in the left thalamus, approximately 15 mL, with blood casting "
      "the left lateral ventricle and passing through the foramen of Monro into the third ventricle. "
      "Hydrocephalus with rounded frontal horns and effaced sulci. Conclusion: left thalamic bleed "
      "with casting of the ventricles and hydrocephalus; neurosurgical review for EVD.",
      1, {"iph", "ivh", "multiple"}),
    C("he5-p14",
      "CT HEAD. Found down, on warfarin with INR 4.1. Dense blood fills and expands the third and "
      "fourth ventricles, with further clot layering in the occipital horns. No parenchymal or "
      "subarachnoid source is identified. Ventriculomegaly with transependymal CSF flow. IMPRESSION: "
      "Primary intraventricular hemorrhage with obstructive hydrocephalus.",
      1, {"ivh"},
      note="blood throughout one ventricular system is one IVH, not multiple"),
    C("he5-p15", None, 1, {"sdh", "multiple"},
      description=(
          "CT head. 84-year-old, recurrent falls, on clopidogrel. Bilateral convexity subdural "
          "collections, right 16 mm and left 11 mm in maximal thickness, predominantly of low density "
          "with dependent hyperdense components and internal septations. Effacement of the sulci on "
          "both sides; midline structures remain central because the mass effect is balanced. No "
          "fracture."),
      conclusion=(
          "Bilateral mixed-density chronic subdural haematomas with acute-on-chronic components; no "
          "midline shift owing to bilateral mass effect."),
      note="bilateral collections count as two foci"),
    C("he5-p16", None, 1, {"sdh", "sah", "iph", "multiple"},
      description=(
          "CT head without contrast. Fell backwards down stairs, occipital scalp hematoma. Acute left "
          "frontotemporal subdural hematoma measuring up to 8 mm. Hemorrhagic contusions in the "
          "inferior right frontal lobe, largest 1.8 cm. Subarachnoid hemorrhage in the right sylvian "
          "fissure and right frontal sulci. Right occipital subgaleal hematoma. No skull fracture. "
          "Midline shift 3 mm to the right."),
      conclusion=(
          "Left SDH, right frontal hemorrhagic contusions and traumatic SAH in a contrecoup pattern. "
          "No fracture.")),
    C("he5-p17",
      "CT head. Struck on the side of the head by a cricket ball, lucid interval then drowsy. "
      "Undisplaced fracture of the left temporal squamosa crossing the groove of the middle meningeal "
      "artery. Beneath it lies a biconvex hyperdense extra-axial collection, 17 mm thick, with a swirl "
      "of lower density suggesting active bleeding. 6 mm midline shift to the right. Conclusion: Acute "
      "left temporal extradural haematoma with overlying skull fracture. Urgent neurosurgical referral "
      "made.",
      1, {"edh", "fracture"}),
    C("he5-p18",
      "CT brain (plain). RTA, GCS 6 at scene, intubated. Multiple punctate hyperdense foci at the "
      "grey-white matter junction of both frontal lobes, in the splenium of the corpus callosum and in "
      "the left dorsal midbrain, consistent with haemorrhagic diffuse axonal injury. No significant "
      "extra-axial collection. Basal cisterns patent. Impression: Haemorrhagic DAI, grade III pattern.",
      1, {"iph", "multiple"},
      note="DAI petechial haemorrhages are parenchymal and at several sites"),
    C("he5-p19", None, 1, {"iph", "multiple"},
      description=(
          "CT head without contrast. Assault. Hemorrhagic contusions in both inferior frontal lobes, "
          "right 2.2 cm and left 1.4 cm, and a separate 1 cm contusion in the left temporal pole, with "
          "surrounding edema. No extra-axial hemorrhage. No calvarial fracture. Nasal bone fractures "
          "noted."),
      conclusion=(
          "Multifocal hemorrhagic contusions (bifrontal and left temporal). Nasal bone fractures."),
      note="nasal fracture is facial: no fracture label"),
    C("he5-p20",
      "CT head non contrast. Fall from ladder. There is hyperdensity filling the left Sylvan fissure "
      "and tracking into several left frontal and parietal sulcus eye. No extra-axial collection. The "
      "ventricles are normal and size. No mass affect. Impression: Acute blood in the left sylvian "
      "fissure and adjacent convexity sulci, posttraumatic.",
      1, {"sah"},
      note="subarachnoid blood named only by place, with voice-recognition slips"),
    C("he5-p21",
      "CT head and CT angiogram. Sudden headache during exertion 5 hours ago, GCS 15. Acute blood is "
      "confined to the prepontine and interpeduncular cisterns, extending slightly into the ambient "
      "cisterns. No blood in the Sylvian fissures or interhemispheric fissure. Ventricles not enlarged. "
      "CT angiogram: no intracranial aneurysm or vascular malformation. Conclusion: Perimesencephalic "
      "pattern of non-aneurysmal subarachnoid haemorrhage; CTA negative.",
      1, {"sah"},
      note="no cause found: not combined"),
    C("he5-p22",
      "CT HEAD WO. 72M, vertigo then decreased LOC. 3.2 cm hyperdense collection centered in the right "
      "cerebellar hemisphere with surrounding low density. The fourth ventricle is compressed and "
      "displaced to the left; the temporal horns are dilating. Basal cisterns partly effaced. "
      "IMPRESSION: Acute right cerebellar hematoma with mass effect on the fourth ventricle and early "
      "obstructive hydrocephalus. Neurosurgery notified.",
      1, {"iph"},
      note="parenchymal haematoma described by anatomy"),
    C("he5-p23",
      "NCCT brain. Sudden LOC, pinpoint pupils, BP 230/130. Acute hyperdensity (HU about 68) occupying "
      "the central pons, approx 2.0 x 1.6 cm. No ventricular extension. Fourth ventricle mildly "
      "effaced. Impression: acute pontine bleed, hypertensive.",
      1, {"iph"}),
    C("he5-p24",
      "CT brain. 81F, acute right homonymous hemianopia. 3.5 cm acute haematoma in the left occipital "
      "lobe reaching the cortical surface, with a small amount of blood spilling into the adjacent "
      "occipital sulci. Background small vessel ischaemic change. Impression: Left occipital lobar "
      "haemorrhage with subarachnoid extension; cerebral amyloid angiopathy is the leading "
      "consideration at this age. MRI with SWI advised.",
      1, {"iph", "sah", "multiple"},
      note="CAA is not one of the combined causes; MRI advice is for aetiology"),
    C("he5-p25", None, 1, {"iph"},
      description=(
          "Comparison: CT head 3 days prior. The right parietal intraparenchymal hematoma is stable in "
          "size at 2.6 x 2.1 cm, with interval evolution: its central density has decreased and the "
          "rim of surrounding edema is thicker. No intraventricular extension. No new hemorrhage. "
          "Unchanged 2 mm midline shift."),
      conclusion=(
          "Stable right parietal intraparenchymal hemorrhage with expected interval evolution. No new "
          "hemorrhage.")),
    C("he5-p26", None, 1, {"sdh"},
      description=(
          "Comparison is made with the CT of 10 days earlier. The left convexity subdural haematoma has "
          "decreased in size, now 4 mm (previously 9 mm), and is largely isodense to cortex with a small "
          "residual dependent hyperdense component. Midline shift has resolved. No new collection."),
      conclusion="Decreasing, evolving left subdural haematoma; no new haemorrhage."),
    C("he5-p27",
      "CT HEAD, POST-OP DAY 1. Status post left frontoparietal craniotomy for evacuation of acute "
      "subdural hematoma. Expected postoperative pneumocephalus over the left convexity. Small residual "
      "subdural hematoma 5 mm beneath the flap. Subgaleal drain in place. Midline shift improved from "
      "11 mm to 3 mm. IMPRESSION: Postoperative changes with small residual left subdural hematoma.",
      1, {"sdh"}),
    C("he5-p28", None, 1, {"ivh"},
      description=(
          "Comparison with head CT 2 days earlier. Right frontal approach external ventricular drain "
          "with its tip in the third ventricle. Redemonstrated intraventricular hemorrhage layering in "
          "the occipital horns, decreased in volume. The third and fourth ventricles have cleared. "
          "Ventricular size decreased. No parenchymal hematoma. No new hemorrhage."),
      conclusion=(
          "Decreasing intraventricular hemorrhage; EVD in satisfactory position with smaller "
          "ventricles.")),
    C("he5-p29", None, 1, {"sdh", "multiple"},
      description=(
          "CT brain day 2 after bilateral frontal burr hole drainage of chronic subdural haematomas. "
          "Subdural drains removed. Residual subdural collections on both sides, right 7 mm and left "
          "5 mm, containing air and mixed-density fluid with hyperdense blood products. Pneumocephalus "
          "over both frontal lobes. No new acute haemorrhage; no midline shift."),
      conclusion=(
          "Post bilateral burr holes: expected residual bilateral subdural collections containing "
          "blood and air, smaller than pre-operatively."),
      note="residual post-operative blood on both sides"),
    C("he5-p30",
      "CT head. 4-month-old, irritability and vomiting, no history of trauma given. Thin hyperdense "
      "subdural blood along the posterior interhemispheric falx, and a separate thin subdural "
      "haematoma over the right frontal convexity. The brain parenchyma is normal for age. No skull "
      "fracture on the 3D reconstructions. Conclusion: Subdural haemorrhage at two sites (posterior "
      "interhemispheric and right frontal) without fracture. In the absence of a plausible history, "
      "safeguarding referral and skeletal survey are recommended per protocol.",
      1, {"sdh", "multiple"},
      note="two separate subdural sites"),
    C("he5-p31",
      "CT HEAD WITHOUT CONTRAST, PEDIATRIC. 6-year-old, fell from monkey bars, boggy right parietal "
      "swelling, vomited twice. Nondisplaced linear fracture of the right parietal bone. Immediately "
      "deep to the fracture is a 6 mm lentiform hyperdense extra-axial collection that does not cross "
      "the coronal suture. No midline shift. Large right parietal scalp hematoma. IMPRESSION: Small "
      "right parietal epidural hematoma underlying a nondisplaced parietal skull fracture.",
      1, {"edh", "fracture"}),
    C("he5-p32",
      "CT brain NC. Fall on apixaban. Small L frontal SDH, max 4mm. No MLS. No SAH/IVH. No #. "
      "Chronic SVD.",
      1, {"sdh"},
      note="'#' = fracture, negated"),
    C("he5-p33",
      "CTB: trace SAH R parietal sulci. Tiny R temporal haemorrhagic contusion 6mm. No EDH/SDH. No #. "
      "Ventricles nml.",
      1, {"sah", "iph", "multiple"}),
    C("he5-p34", None, 1, {"iph"},
      description=(
          "CODE STROKE PROTOCOL. NCCT HEAD: Hemorrhage: YES - acute intraparenchymal hematoma in the "
          "left frontal lobe, 3.0 x 2.4 x 2.2 cm (ABC/2 about 8 mL). Intraventricular extension: no. "
          "Hyperdense vessel: none. ASPECTS: not applicable (hemorrhage). Mass effect: mild local "
          "sulcal effacement, no midline shift. CTA HEAD/NECK: No large vessel occlusion. No aneurysm "
          "or vascular malformation. No spot sign."),
      conclusion=(
          "Acute left frontal intraparenchymal hemorrhage (about 8 mL); thrombolysis contraindicated. "
          "No LVO. No spot sign. Findings communicated to the stroke team at the time of "
          "interpretation.")),
    C("he5-p35", None, 1, {"sdh"},
      description=(
          "TECHNIQUE: Axial noncontrast images from skull base to vertex with sagittal and coronal "
          "reformats. FINDINGS: Brain parenchyma: Normal gray-white matter differentiation. No mass or "
          "acute territorial infarct. Extra-axial spaces: A thin 3 mm crescentic hyperdense collection "
          "lies along the right tentorial leaflet. No other extra-axial collection. Ventricles: Normal in "
          "size and configuration. Basal cisterns: Patent. Midline: No shift. Calvarium: No fracture. "
          "Paranasal sinuses and mastoids: Clear. Orbits: Unremarkable."),
      conclusion=(
          "Thin acute hyperdense collection along the right tentorium. Otherwise no acute intracranial "
          "abnormality."),
      note="crescentic hyperdense collection along the tentorium = sdh by anatomy"),
    C("he5-p36",
      "CT head. Fall, occipital laceration. The brain is of normal appearance. No intracranial "
      "haemorrhage. No fracture. Conclusion: Normal CT head. ADDENDUM (following consultant review, "
      "same day): On review there is a small amount of acute subarachnoid blood in a right posterior "
      "parietal sulcus, best seen on the coronal reformats. The original conclusion is revised "
      "accordingly. The ED team have been informed.",
      1, {"sah"},
      note="addendum overrides the original normal report"),
    C("he5-p37",
      "CT HEAD WITH AND WITHOUT CONTRAST. Known NSCLC. Four enhancing lesions: right occipital 2.4 cm, "
      "left frontal 1.2 cm, left cerebellar 0.8 cm and right parietal 0.6 cm. The right occipital lesion "
      "contains acute hemorrhage on the precontrast images, with a hematocrit level; the others are "
      "not hemorrhagic. Vasogenic edema around the right occipital and left frontal lesions. "
      "IMPRESSION: Multiple brain metastases; the right occipital metastasis has bled.",
      1, {"combined"},
      note="only one lesion bleeds, so one focus of blood: not multiple; tumour bleed has no subtype"),
    C("he5-p38", None, 1, {"sah", "fracture"},
      description=(
          "CT brain and skull base. MVA, GCS 11, CSF rhinorrhoea. Fracture through the left greater "
          "wing of sphenoid extending to the clivus, with blood in the sphenoid sinus and several "
          "locules of pneumocephalus adjacent to the left cavernous sinus. Subarachnoid blood in the "
          "suprasellar and left ambient cisterns. No extra-axial haematoma. Ventricles normal."),
      conclusion=(
          "Basal skull fracture (sphenoid and clivus) with pneumocephalus and basal subarachnoid "
          "haemorrhage.")),
    C("he5-p39",
      "CT head and facial bones. Unrestrained driver. Bilateral Le Fort II fractures with comminuted "
      "nasal bones and fractures of both maxillary sinus walls; blood in both maxillary sinuses. The "
      "orbital roofs, frontal bone and skull base are intact. Small 8 mm hemorrhagic contusion in the "
      "left gyrus rectus. No extra-axial hemorrhage. IMPRESSION: Le Fort II facial fractures. Small "
      "left gyrus rectus hemorrhagic contusion. No calvarial or skull base fracture.",
      1, {"iph"},
      note="facial fractures only: no fracture label"),
    C("he5-p40",
      "CT head and cervical spine without contrast. Head: 5 mm acute right frontoparietal subdural "
      "hematoma without midline shift. No skull fracture. Cervical spine: Type II odontoid fracture with "
      "2 mm posterior displacement; prevertebral soft tissue swelling. IMPRESSION: 1. Small acute right "
      "subdural hematoma. 2. Type II dens fracture.",
      1, {"sdh"},
      note="dens fracture is cervical spine, not skull"),
    C("he5-p41",
      "NCCT BRAIN. K/c/o HTN, on irregular treatment. Acute bleed in R gangliocapsular region measuring "
      "4.1 x 2.6 cm (vol ~18 cc) with perilesional oedema. Bleed extending into R lateral ventricle and "
      "third ventricle. Midline shift of 4 mm to the left. No hydrocephalus. IMP: Acute R "
      "gangliocapsular bleed with intraventricular extension, s/o hypertensive bleed.",
      1, {"iph", "ivh", "multiple"}),
    C("he5-p42",
      "CT brain. Pedestrian vehicle accident, GCS 9. Comminuted depressed fracture of the left parietal "
      "bone, depressed by 9 mm, with an underlying 2.5 cm haemorrhagic contusion and surrounding "
      "oedema. Large overlying subgaleal haematoma. No extra-axial collection. Minimal effacement of "
      "the left lateral ventricle. Conclusion: Depressed left parietal skull fracture with underlying "
      "haemorrhagic contusion.",
      1, {"iph", "fracture"}),
    C("he5-p43", None, 1, {"sdh", "multiple"},
      description=(
          "Non-contrast CT brain. Elderly, fall at home, on warfarin. Acute subdural haematomas overlie "
          "both frontal convexities, right 7 mm and left 6 mm. No midline shift. No parenchymal "
          "haemorrhage. No skull fracture. Periventricular white matter hypodensities."),
      conclusion=(
          "Bilateral acute frontal subdural haematomas. Suggest reversal of anticoagulation per the "
          "clinical team.")),
    C("he5-p44",
      "CT brain. 79-year-old, progressive confusion over two weeks. Large left hemispheric subdural "
      "collection, maximal depth 19 mm, predominantly hypodense with a layering hyperdense component "
      "posteriorly, in keeping with acute-on-chronic subdural haematoma. Midline shift of 8 mm to the "
      "right with early subfalcine herniation. Right lateral ventricle mildly dilated (trapped). "
      "Conclusion: Acute-on-chronic left SDH with significant mass effect; neurosurgical opinion "
      "sought.",
      1, {"sdh"},
      note="one collection with mixed ages: single sdh"),
    C("he5-p45",
      "CT HEAD. Follow-up of known left chronic subdural hematoma, managed conservatively. Comparison: "
      "6 weeks ago. Hypodense left frontoparietal subdural collection measuring 11 mm, previously "
      "12 mm. No acute hyperdense component. Midline shift 2 mm, unchanged. IMPRESSION: Stable left "
      "chronic subdural hematoma.",
      1, {"sdh"},
      note="chronic SDH still present counts as blood"),
    C("he5-p46",
      "CT HEAD. Fall. Acute right convexity subdural hematoma measuring 6 mm with 2 mm midline shift. "
      "Questionable trace subarachnoid hemorrhage in the left sylvian fissure, which may be volume "
      "averaging of vessels. No fracture. IMPRESSION: 1. Acute right SDH. 2. Questionable trace left "
      "sylvian SAH.",
      1, {"sdh"},
      note="judgement call: the hedged SAH adds no subtype, so not multiple"),
    C("he5-p47",
      "CT head without contrast. There is a acute sub dural hematoma overlying the right frontal "
      "parietal convexity measuring 9 millimeter with 5 millimeter of right to left midline shift. "
      "Mild effacement of the right lateral ventricle. No intraparenchymal hemorrhage. The calvarium "
      "is intact. Impression acute right sub dural hematoma with mass affect as above.",
      1, {"sdh"},
      note="voice-recognition spelling 'sub dural'"),
    C("he5-p48",
      "CT HEAD. Hemorrhage in the head of the left caw date nucleus measuring 1.5 cm with blood "
      "decompressing into the left frontal horn and laying dependently in the occipital horn's. No "
      "hydrocephalus. Impression: left caudate hemorrhage with intra ventricular extension.",
      1, {"iph", "ivh", "multiple"},
      note="voice-recognition slips ('caw date', 'laying', 'intra ventricular')"),
    C("he5-p49",
      "CT head. Sudden severe headache, bitemporal visual loss and ophthalmoplegia. Known pituitary "
      "macroadenoma. The sellar mass has enlarged since prior imaging and now contains acute "
      "hyperdense haemorrhage, with suprasellar extension abutting the optic chiasm. No subarachnoid "
      "blood. Conclusion: Pituitary apoplexy - acute haemorrhage into the known macroadenoma.",
      1, {"combined"},
      note="haemorrhage into a tumour: combined, no subtype"),
    C("he5-p50",
      "CT brain pre and post contrast. Metastatic renal cell carcinoma. Left cerebellar 2.8 cm lesion "
      "with a fluid-blood level and peripheral enhancement, in keeping with a haemorrhagic metastasis; "
      "mass effect on the fourth ventricle without hydrocephalus. Small enhancing right frontal lesion "
      "without haemorrhage. Impression: Haemorrhagic left cerebellar RCC metastasis; a second, "
      "non-haemorrhagic metastasis in the right frontal lobe.",
      1, {"combined"},
      note="one bleeding tumour; the other metastasis has no blood"),
    C("he5-p51", None, 1, {"sah", "ivh", "multiple", "combined"},
      description=(
          "Follow-up CT brain day 4 after endovascular coiling of a ruptured left posterior "
          "communicating artery aneurysm. Coil mass at the left PComm origin with streak artefact. "
          "Residual subarachnoid blood in the basal cisterns and left Sylvian fissure, decreased since "
          "admission. Right frontal EVD with its tip in the frontal horn; a small amount of blood "
          "layering in the occipital horns. Ventricles smaller. No new infarct."),
      conclusion=(
          "Decreasing subarachnoid and intraventricular blood after coiling of the ruptured left "
          "PComm aneurysm. EVD satisfactory."),
      note="judgement call: blood still present from a ruptured aneurysm, so combined despite coiling"),
    C("he5-p52",
      "CT brain post left frontal craniotomy and evacuation of intracerebral haematoma. Small "
      "residual haematoma at the evacuation cavity, about 1.5 cm, with air in the cavity. Expected "
      "pneumocephalus and subgaleal fluid. Midline shift reduced to 2 mm. No new haemorrhage "
      "elsewhere. Impression: Satisfactory post-evacuation appearance with small residual left "
      "frontal haematoma.",
      1, {"iph"}),
    C("he5-p53",
      "CT head. Fell backwards onto concrete. Linear fracture of the right occipital bone extending "
      "towards the foramen magnum. Underlying biconvex extradural haematoma in the right posterior "
      "fossa, 12 mm thick, compressing the right cerebellar hemisphere. Fourth ventricle patent. "
      "Conclusion: Right posterior fossa extradural haematoma with occipital skull fracture.",
      1, {"edh", "fracture"}),
    C("he5-p54", None, 1, {"edh", "sdh", "iph", "multiple", "fracture"},
      description=(
          "CT HEAD WITHOUT CONTRAST. Motorcycle crash, unhelmeted. Comminuted fracture of the right "
          "temporal squamosa and parietal bone. Right temporal epidural hematoma 10 mm. Left "
          "frontotemporal acute subdural hematoma 7 mm. Hemorrhagic contusions in the left temporal "
          "lobe. Effacement of the basal cisterns; 4 mm midline shift."),
      conclusion=(
          "Right temporal EDH with right temporoparietal skull fracture; contrecoup left SDH and left "
          "temporal hemorrhagic contusions.")),
    C("he5-p55", None, 1, {"sdh"},
      description=(
          "Unenhanced CT brain. Three weeks after a minor head injury, new headache. A right convexity "
          "extra-axial collection, isodense to grey matter and 12 mm thick, displaces the cortical "
          "surface medially with buckling of the grey-white junction and effacement of the right "
          "lateral ventricle. 6 mm leftward midline shift."),
      conclusion="Subacute (isodense) right subdural haematoma with mass effect."),
    C("he5-p56",
      "CT head. 88, fall, on apixaban, GCS 15. Tiny focus of acute subarachnoid blood in a single "
      "right frontal sulcus. No other intracranial haemorrhage. Established small vessel disease. No "
      "fracture. Conclusion: Tiny traumatic subarachnoid haemorrhage, right frontal.",
      1, {"sah"}),
    C("he5-p57",
      "NCCT HEAD. 58M, Rt hemiparesis. Hyperdense area in the left thalamus ~2.1 x 1.7 cm with thin "
      "perilesional hypodensity; no extension into the ventricles. No midline shift. IMP: Acute left "
      "thalamic bleed.",
      1, {"iph"}),
    C("he5-p58",
      "CORRECTED REPORT - laterality corrected in findings and impression. CT HEAD WITHOUT CONTRAST. "
      "Acute LEFT (not right, as originally dictated) frontal convexity subdural hematoma measuring "
      "7 mm. No midline shift. No other hemorrhage. IMPRESSION: Acute left subdural hematoma.",
      1, {"sdh"},
      note="the correction changes side only; one collection"),
    # ------------------------------------------------------------------ absent (ich=0)
    C("he5-a01",
      "CT HEAD WITHOUT CONTRAST. History: thunderclap headache, r/o SAH. Onset 3 hours before "
      "scanning. No subarachnoid hemorrhage. No intraparenchymal or extra-axial hemorrhage. Ventricles "
      "and sulci are normal. No hydrocephalus. Basal cisterns are clear. IMPRESSION: Normal "
      "noncontrast head CT performed within 6 hours of headache onset.",
      0, set(),
      note="SAH appears only as the clinical question"),
    C("he5-a02",
      "NCCT brain. Bilateral symmetric dense calcifications in the globus pallidi and dentate nuclei "
      "(HU > 200). No haemorrhage. No infarct. Ventricles normal. IMP: Bilateral basal ganglia and "
      "dentate calcification; correlate with serum calcium and PTH. No e/o intracranial bleed.",
      0, set()),
    C("he5-a03", None, 0, set(),
      description=(
          "CODE STROKE. NCCT: No intracranial haemorrhage. Hyperdense left M1 segment (dense MCA sign). "
          "Subtle loss of grey-white differentiation in the left insular ribbon. ASPECTS 9 (insula). "
          "CTA: Occlusion of the proximal left M1 with moderate collaterals. CTP: core (CBF <30%) 9 mL, "
          "Tmax >6 s 86 mL, mismatch ratio 9.6."),
      conclusion=(
          "Left M1 occlusion with dense MCA sign and small core; large penumbra. No haemorrhage. "
          "ASPECTS 9."),
      note="dense MCA sign is thrombus, not blood"),
    C("he5-a04", None, 0, set(),
      description=(
          "CT head 6 hours after thrombectomy, dual-energy technique. Hyperdensity in the left caudate "
          "and putamen measuring up to 90 HU. On virtual noncontrast images the hyperdensity resolves "
          "completely, and the iodine map shows corresponding iodine. No mass effect. No subarachnoid "
          "or intraventricular hyperdensity."),
      conclusion="Contrast staining in the left basal ganglia after thrombectomy. No hemorrhage.",
      note="contrast staining proven by dual-energy"),
    C("he5-a05",
      "CT head. Previous head injury 5 years ago. Encephalomalacia and gliosis of the right frontal pole "
      "and left temporal pole, in keeping with old contusions. Ex vacuo dilatation of the right frontal "
      "horn. No acute haemorrhage. No collection. Conclusion: Chronic post-traumatic change only.",
      0, set(),
      note="old sequelae only"),
    C("he5-a06", None, 0, set(),
      description=(
          "Comparison with CT 3 months ago, which showed a 3 cm left parietal hematoma. The hematoma "
          "has completely resolved. There is a slit-like area of encephalomalacia at its site, with mild "
          "ex vacuo dilatation of the atrium of the left lateral ventricle. No new hemorrhage. No mass "
          "effect."),
      conclusion="Resolved left parietal hematoma with residual encephalomalacia.",
      note="fully resolved haemorrhage"),
    C("he5-a07",
      "CT brain. Fall, large lump on the left side of the head. Large left parietal subgaleal "
      "haematoma, 16 mm thick. No underlying skull fracture. No intracranial haemorrhage or "
      "extra-axial collection. Brain parenchyma unremarkable. Impression: Left parietal subgaleal "
      "haematoma only.",
      0, set(),
      note="scalp haematoma is extracranial"),
    C("he5-a08",
      "CT brain and facial bones. Punch to the face. Fractures of the anterior and posterolateral walls "
      "of the right maxillary sinus with a blood-fluid level in the sinus. Right cheek soft tissue "
      "swelling. Orbital floor intact. No intracranial haemorrhage. No calvarial fracture. Impression: "
      "Right maxillary sinus wall fractures with haemosinus. Normal brain.",
      0, set(),
      note="haemosinus and facial fractures only"),
    C("he5-a09",
      "CT CERVICAL SPINE WITHOUT CONTRAST. Indication: MVC, neck pain. Comminuted fracture of the C6 "
      "vertebral body with 3 mm retropulsion and a fracture through the right C6 lamina. Prevertebral "
      "soft tissue swelling and hematoma from C4 to C7. No perched facets. The visualized posterior "
      "fossa is unremarkable. IMPRESSION: C6 burst fracture with prevertebral hematoma. MRI of the "
      "cervical spine recommended to evaluate the cord and ligaments.",
      0, set(),
      note="non-head study; MRI advice concerns the spine"),
    C("he5-a10",
      "CT abdomen and pelvis with contrast. Anticoagulated patient with falling haemoglobin. Large "
      "left retroperitoneal haematoma centred on the iliopsoas muscle, with active contrast "
      "extravasation on the portal venous phase. No intraperitoneal haemorrhage. Conclusion: Left "
      "iliopsoas haematoma with active bleeding; IR notified.",
      0, set(),
      note="non-head study"),
    C("he5-a11",
      "CT FACIAL BONES. Assault. Comminuted, depressed nasal bone fractures. Right orbital floor "
      "blowout fracture with herniation of orbital fat and the inferior rectus into the maxillary "
      "sinus. Orbital emphysema. The limited view of the brain shows no acute intracranial "
      "abnormality. IMPRESSION: Nasal and right orbital floor fractures. No intracranial injury "
      "identified.",
      0, set(),
      note="facial fractures only"),
    C("he5-a12", None, 0, {"fracture"},
      description=(
          "CT HEAD WITHOUT CONTRAST. Struck by a baseball. Nondisplaced linear fracture of the left "
          "occipital bone, not involving the foramen magnum or the transverse sinus groove. Overlying "
          "scalp hematoma. No epidural, subdural or subarachnoid hemorrhage. Brain parenchyma normal."),
      conclusion="Nondisplaced left occipital skull fracture. No intracranial hemorrhage."),
    C("he5-a13", None, 0, {"fracture"},
      description=(
          "CT brain and temporal bones. Fall from a horse, bleeding from the left ear. Longitudinal "
          "fracture of the left petrous temporal bone extending into the middle ear, with "
          "haemotympanum and opacification of the mastoid air cells. Ossicular chain appears intact. "
          "Two tiny locules of pneumocephalus adjacent to the left temporal lobe. No intracranial "
          "haemorrhage. No contusion."),
      conclusion=(
          "Left petrous temporal bone fracture (otic capsule sparing) with haemotympanum and small "
          "pneumocephalus. No intracranial haemorrhage."),
      note="skull base fracture; haemotympanum and air are not intracranial blood"),
    C("he5-a14",
      "CT head (NICE head injury criteria met). 2-year-old, fell from a bunk bed. Small left frontal "
      "scalp haematoma. No skull fracture. No intracranial haemorrhage or collection. Brain parenchyma, "
      "ventricles and extra-axial spaces are normal for age. Conclusion: Normal CT head.",
      0, set()),
    C("he5-a15",
      "CT HEAD. Dizziness. Calcification of the pineal gland, choroid plexus glomera and anterior "
      "falx, unchanged. The linear hyperdensity along the anterior falx is calcification (bone density "
      "on bone windows). No acute hemorrhage, mass or infarct. IMPRESSION: No acute intracranial "
      "abnormality. Physiologic calcifications.",
      0, set()),
    C("he5-a16",
      "CT brain and CT angiogram. Headache. No intracranial haemorrhage. No subarachnoid blood. CTA: "
      "3 mm unruptured saccular aneurysm at the right MCA bifurcation. No other vascular abnormality. "
      "Impression: Incidental unruptured 3 mm right MCA aneurysm. No haemorrhage.",
      0, set(),
      note="aneurysm without blood: not combined, not ich"),
    C("he5-a17",
      "CT brain. 2.4 cm densely calcified extra-axial mass along the left frontal convexity with a broad "
      "dural base, consistent with a calcified meningioma. No surrounding oedema. No haemorrhage. "
      "Impression: Calcified left frontal meningioma; no acute intracranial abnormality.",
      0, set()),
    C("he5-a18",
      "CT HEAD WITHOUT CONTRAST. Hyperdensity in the right sylvian fissure, possibly representing a "
      "small amount of subarachnoid hemorrhage. ADDENDUM: Comparison with the subsequently performed "
      "CTA shows that the hyperdensity in the right sylvian fissure corresponds to a normal MCA branch. "
      "There is no subarachnoid hemorrhage. The original impression is withdrawn; no acute intracranial "
      "abnormality.",
      0, set(),
      note="judgement call: the addendum definitively withdraws the possible SAH"),
    C("he5-a19", None, 0, set(),
      description=(
          "Comparison with the CT of 8 days ago, which showed a small amount of traumatic subarachnoid "
          "blood in the left frontal sulci. This has completely resolved. No new haemorrhage. "
          "Ventricles and sulci normal. No fracture."),
      conclusion=(
          "Resolution of the previous traumatic subarachnoid haemorrhage. No new intracranial "
          "abnormality."),
      note="fully resolved"),
    C("he5-a20",
      "CT HEAD. Remote right pterional craniotomy for clipping of a right MCA aneurysm. Aneurysm clip "
      "with streak artifact. Small area of encephalomalacia in the right frontal operculum, unchanged. "
      "No hemorrhage, hydrocephalus or new infarct. IMPRESSION: Stable postoperative appearance; no "
      "acute abnormality.",
      0, set()),
    C("he5-a21", None, 0, set(),
      description=(
          "Follow-up CT brain 3 months after left burr hole drainage of chronic subdural haematoma. Left "
          "parietal burr hole. The subdural collection has resolved, leaving only minimal dural "
          "thickening. Sulci re-expanded. No midline shift. No new collection."),
      conclusion="Resolved left chronic subdural haematoma.",
      note="fully resolved"),
    C("he5-a22",
      "CT brain. Two weeks after a fall. Thin frontal subdural collections on both sides of CSF "
      "attenuation (0-5 HU), 4 mm, with no hyperdense or mixed component, consistent with subdural "
      "hygromas. No acute haemorrhage. No mass effect. Conclusion: Small bilateral frontal subdural "
      "hygromas; no intracranial haemorrhage.",
      0, set(),
      note="judgement call: CSF-density hygromas, explicitly no haemorrhage"),
    C("he5-a23", None, 0, set(),
      description=(
          "TECHNIQUE: Noncontrast axial CT of the head with coronal and sagittal reformats. FINDINGS: "
          "No acute intracranial hemorrhage. No extra-axial fluid collection. No midline shift or mass "
          "affect. Gray white differentiation is preserved. Mild periventricular white matter "
          "hypoattenuation, likely chronic small vessel is chemic change. Old lacunar infarct in the "
          "left corona radiata. The ventricles are normal and size for age. The basal system's are "
          "patent. The calvarium is intact. The visualized paranasal sinuses and mastoid air cells are "
          "clear. Orbits unremarkable."),
      conclusion=(
          "No acute intracranial abnormality. Chronic small vessel ischemic change and remote left "
          "corona radiata lacunar infarct."),
      note="voice-recognition slips in a normal template"),
    C("he5-a24", None, 0, set(),
      description=(
          "CT stroke protocol. Non-contrast: No intracranial haemorrhage. Early hypodensity and loss of "
          "grey-white differentiation in the right frontal operculum and insula; ASPECTS 8. No "
          "hyperdense vessel. CTA: Occlusion of the superior division of the right M2. CTP: core 14 mL, "
          "penumbra 62 mL."),
      conclusion=(
          "Acute right MCA (M2) infarct with salvageable penumbra. No haemorrhage; suitable for "
          "reperfusion therapy per stroke team.")),
    C("he5-a25", None, 0, set(),
      description=(
          "CT head following out-of-hospital cardiac arrest. Diffuse loss of grey-white differentiation "
          "with effacement of the sulci and basal cisterns. The basal cisterns and tentorium appear "
          "relatively hyperdense compared with the swollen low-density brain. The cerebellum is "
          "relatively spared (reversal sign). No focal haematoma."),
      conclusion=(
          "Diffuse hypoxic-ischaemic brain injury with cerebral oedema. The apparent cisternal "
          "hyperdensity is pseudo-subarachnoid haemorrhage due to oedema; no true subarachnoid "
          "haemorrhage."),
      note="pseudo-SAH mimic"),
    C("he5-a26",
      "CT HEAD. Polycythemia vera, headache. Diffusely hyperdense dural venous sinuses and cerebral "
      "arteries, symmetric, attributed to elevated hematocrit (Hct 62%). CT venogram: all dural venous "
      "sinuses and deep veins are patent. No hemorrhage. No infarct. IMPRESSION: Hyperdense vessels "
      "from polycythemia; no venous sinus thrombosis or hemorrhage.",
      0, set()),
    C("he5-a27", None, 0, set(),
      description=(
          "CT brain and CT venogram. Headache and papilloedema, on a combined oral contraceptive. "
          "Hyperdense right transverse sinus on the plain scan. The venogram shows an occlusive filling "
          "defect in the right transverse and sigmoid sinuses extending into the proximal internal "
          "jugular vein. No parenchymal oedema, infarction or haemorrhage. No subarachnoid blood."),
      conclusion=(
          "Right transverse and sigmoid sinus thrombosis without venous infarct or haemorrhage."),
      note="venous sinus thrombosis without blood: not combined, not ich"),
    C("he5-a28",
      "CECT brain. K/c/o Ca breast. Three ring-enhancing lesions in the R frontal lobe, L parietal lobe "
      "and L cerebellar hemisphere with perilesional oedema, s/o metastases. No haemorrhagic "
      "component. No hydrocephalus. Mild mass effect on R lateral ventricle. IMP: Cerebral metastases, "
      "non-haemorrhagic.",
      0, set()),
    C("he5-a29",
      "CTB NC: NAD. No bleed, no #, no MLS. Ventricles and sulci age-appropriate.",
      0, set(),
      note="'#' = fracture, negated"),
    C("he5-a30",
      "NCCT BRAIN. H/o fall, headache. No e/o intracranial bleed. No e/o fracture. Mild diffuse "
      "cerebral atrophy, age related. B/L maxillary sinusitis. IMP: No acute intracranial "
      "abnormality.",
      0, set()),
    C("he5-a31",
      "CT MAXILLOFACIAL WITHOUT CONTRAST. Assault. Minimally displaced fracture of the left mandibular "
      "angle and a right parasymphyseal fracture. Depressed fracture of the left zygomatic arch. No "
      "orbital or skull base extension. The included brain is unremarkable without intracranial "
      "hemorrhage or pneumocephalus. IMPRESSION: Left mandibular angle, right parasymphyseal and left "
      "zygomatic arch fractures.",
      0, set(),
      note="facial fractures only"),
    C("he5-a32",
      "CT orbits. Blunt trauma to the left eye, proptosis. Left retrobulbar haematoma within the "
      "intraconal fat with tenting of the posterior globe. No orbital wall fracture. Intracranial "
      "contents in the field of view are normal. Conclusion: Left retrobulbar haematoma with globe "
      "tenting; consider urgent lateral canthotomy.",
      0, set(),
      note="orbital haematoma is extracranial"),
    C("he5-a33",
      "CT HEAD AND CERVICAL SPINE. Diving injury. Head: No intracranial hemorrhage, mass effect or "
      "skull fracture. Cervical spine: Fractures of the anterior and posterior arches of C1 (Jefferson "
      "fracture) with 5 mm total lateral mass overhang. IMPRESSION: Normal head CT. Jefferson fracture "
      "of C1.",
      0, set(),
      note="C1 fracture is cervical spine, not skull"),
    C("he5-a34",
      "NCCT BRAIN. Seizure. Multiple punctate calcified foci in both cerebral hemispheres at the "
      "grey-white junction, s/o calcified granulomas (healed NCC). No perilesional oedema. No "
      "haemorrhage. Ventricles normal.",
      0, set(),
      note="calcified granulomas, explained hyperdense foci"),
    C("he5-a35", None, 0, set(),
      description=(
          "CT head. Left frontal craniotomy for evacuation of an intracerebral haematoma 8 months ago. "
          "Bone flap in situ. Encephalomalacia at the site of the evacuated haematoma with ex vacuo "
          "dilatation of the left frontal horn. No residual or recurrent haemorrhage. No collection."),
      conclusion="Chronic post-operative change only; no haemorrhage."),
    # ------------------------------------------------------------------ hedged (ich=-1)
    C("he5-q01",
      "CT HEAD WITHOUT CONTRAST. Fall from standing, on aspirin. Subtle hyperdensity in a right "
      "parietal sulcus; a small volume of subarachnoid hemorrhage cannot be excluded versus volume "
      "averaging with the adjacent calvarium. No other findings. IMPRESSION: Cannot exclude tiny right "
      "parietal SAH; consider repeat CT in 6 hours if clinically indicated.",
      -1, set()),
    C("he5-q02",
      "CT head. Possible thin left frontal subdural collection, up to 2 mm, versus beam-hardening "
      "artefact from the adjacent calvarium. No midline shift. No other abnormality. Conclusion: "
      "Equivocal thin left frontal subdural haematoma.",
      -1, set()),
    C("he5-q03",
      "CT HEAD. Minor head injury, intoxicated. Questionable faint hyperdensity in the dependent right "
      "occipital horn, which may represent trace intraventricular blood versus choroid plexus. No other "
      "hemorrhage identified. IMPRESSION: Questionable trace intraventricular hemorrhage; follow-up CT "
      "suggested.",
      -1, set()),
    C("he5-q04", None, -1, set(),
      description=(
          "CT HEAD WITHOUT CONTRAST. Headache. 4 mm hyperdense focus in the left globus pallidus "
          "measuring 70 HU. No surrounding edema or mass effect. No prior imaging for comparison."),
      conclusion=(
          "Left globus pallidus hyperdense focus, likely calcification vs small hemorrhage. Repeat CT "
          "or MRI suggested.")),
    C("he5-q05",
      "CT brain. Fall, right temporal impact. Streak artefact from the petrous bones limits assessment "
      "of the temporal lobes. Ill-defined slightly hyperdense area at the right temporal pole. No "
      "extra-axial collection. No fracture. Impression: Suspicious for a small right temporal "
      "contusion; recommend MRI to exclude.",
      -1, set()),
    C("he5-q06",
      "NCCT brain. RTA. Small hyperdense focus ~5 mm in R frontal lobe ?haemorrhagic contusion "
      "?calcified granuloma. No extra-axial collection. No MLS. No fracture. Adv: follow-up CT / MRI.",
      -1, set()),
    C("he5-q07", None, -1, set(),
      description=(
          "CT brain 2 hours post mechanical thrombectomy for left M1 occlusion. Hyperdensity in the left "
          "putamen and caudate head, maximum 55 HU. Single-energy scan; no dual-energy data available. "
          "No mass effect. No extra-axial or intraventricular hyperdensity."),
      conclusion=(
          "Left basal ganglia hyperdensity, contrast staining versus haemorrhage. Suggest repeat CT at "
          "24 hours."),
      note="not called haemorrhagic transformation: no combined"),
    C("he5-q08",
      "CT head. Diplopia. 7 mm well-defined hyperdense focus in the left pons without oedema. The "
      "differential includes a cavernoma or a small haemorrhage. MRI with susceptibility-weighted "
      "imaging recommended.",
      -1, set()),
    C("he5-q09",
      "CT HEAD. Syncope. 5 mm rounded hyperdense focus in the left frontal subcortical white matter, "
      "indeterminate. No mass effect or edema. Otherwise unremarkable. IMPRESSION: Indeterminate small "
      "hyperdense left frontal focus; MRI could be considered for further evaluation.",
      -1, set(),
      note="small hyperdense focus left unexplained"),
    C("he5-q10", None, -1, {"fracture"},
      description=(
          "CT brain. Assault, blow to the right side of the head. Linear undisplaced fracture of the "
          "right temporal squamosa. A thin, slightly hyperdense extra-axial rim deep to the fracture, "
          "3 mm, may represent a small extradural haematoma, although partial volume of the adjacent "
          "bone is a consideration. No midline shift. No parenchymal abnormality."),
      conclusion=(
          "Right temporal skull fracture. Possible tiny underlying extradural haematoma; interval CT "
          "recommended."),
      note="definite fracture with hedged EDH"),
    C("he5-q11",
      "CT head without contrast code stroke. Subtle hyper density in the right Sylvan fissure could "
      "represent a small amount of subarachnoid blood or a dense MCA branch. No intraparenchymal "
      "hemorrhage. ASPECTS 10. Impression: No definite hemorrhage; possible trace right sylvian "
      "subarachnoid hemorrhage versus dense vessel, CTA recommended.",
      -1, set()),
    C("he5-q12",
      "CT HEAD, PEDIATRIC. 10-month-old, fall from a change table. Possible thin subdural collection "
      "along the left tentorial leaflet, difficult to separate from the normally dense tentorium. No "
      "skull fracture. No other abnormality. IMPRESSION: Possible thin left tentorial subdural "
      "hemorrhage; MRI suggested.",
      -1, set()),
    C("he5-q13", None, -1, set(),
      description=(
          "CT brain with contrast. Metastatic lung adenocarcinoma, restaging. The known 2 cm right "
          "frontal metastasis shows new central hyperdensity on the unenhanced images compared with "
          "6 weeks ago, possibly representing intratumoral haemorrhage, though mineralisation after "
          "radiotherapy is also a consideration. Stable perilesional oedema. No extra-axial blood."),
      conclusion=(
          "Right frontal metastasis with new central hyperdensity, ?haemorrhage vs treatment-related "
          "mineralisation. MRI recommended."),
      note="hedged tumour bleed: no combined"),
    C("he5-q14", None, -1, set(),
      description=(
          "CT HEAD, POSTOPERATIVE DAY 2, following right temporal craniotomy and resection of a "
          "low-grade glioma. Resection cavity containing fluid and air. Ill-defined hyperdensity along "
          "the posterior margin of the cavity, which may represent a small amount of residual blood "
          "products versus hemostatic material. No extra-axial collection. Midline structures central."),
      conclusion=(
          "Expected postoperative changes. Questionable small blood products along the resection "
          "margin vs hemostatic agent.")),
    C("he5-q15",
      "CT head. Fall, frontal impact. Probable small haemorrhagic contusion in the left orbitofrontal "
      "gyrus, partly obscured by artefact from the orbital roof. No extra-axial collection. No "
      "fracture. Conclusion: Probable small left orbitofrontal contusion; consider follow-up imaging "
      "if clinical deterioration.",
      -1, set(),
      note="judgement call: 'probable' treated as a hedge"),
    C("he5-q16",
      "CT HEAD. No acute intracranial abnormality. ADDENDUM: On second review there is a faint "
      "hyperdensity in a left frontal sulcus which may represent a small amount of subarachnoid "
      "hemorrhage. Correlation with lumbar puncture is advised if clinical suspicion remains.",
      -1, set(),
      note="addendum raises a hedged SAH over a normal original"),
    C("he5-q17",
      "CTB: ?tiny L frontal SDH vs artefact, <2mm. No MLS. No #. Suggest rpt CT if deteriorates.",
      -1, set()),
]
