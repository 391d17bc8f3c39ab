"""Held-out English set 3: invented head CT reports written from DOMAIN.md and radiology knowledge without the project's lexicon or matcher.

Every report is made up (no real patients, names, dates or identifiers) and mixes US, UK,
Australian and Indian reporting habits: trauma, stroke codes, elderly falls on anticoagulants,
headaches, follow-ups, post-operative studies, normal and atrophy reports, structured templates
and terse impressions.

Labeling conventions:
- ich=1 when intracranial blood is present in this study (acute, subacute, chronic, hemorrhagic
  contusion, residual hematoma after evacuation, follow-up blood still visible); ich=0 when absent,
  including extracranial blood (scalp, subgaleal, sinus, orbit), mimics (calcification, contrast
  staining, hyperdense artery, high hematocrit, pseudo-SAH), old sequelae only, resolved
  hemorrhage and non-head studies; ich=-1 when hemorrhage is only suggested (possible, cannot be
  excluded, ?, likely, probably, versus, or an unexplained hyperdense focus not called blood).
- Subtypes come from anatomy when no subtype word is used: parenchyma -> iph, ventricles -> ivh,
  sulci/cisterns/fissures -> sah, crescent along convexity/falx/tentorium -> sdh, lentiform at the
  bone or fracture -> edh. Hemorrhagic contusion -> iph. Hedged mentions carry no subtype.
- multiple: two or more subtypes or two or more separate foci (bilateral collections count as two;
  one diffuse SAH or blood in both occipital horns counts as one).
- combined: definite hemorrhage with a definite cause (ruptured aneurysm, AVM, bleeding tumour,
  hemorrhagic transformation, venous sinus thrombosis). Tumour bleeding and HI-type transformation
  carry no subtype; PH-type or a named parenchymal hematoma carries iph.
- fracture: skull vault or base only (facial bones excluded); a definite fracture is labeled
  even when ich is 0 or -1.

Nobody tunes the lexicon or the matcher against this file.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present
    C("he3-iph-putamen-hypertensive",
      "CT HEAD WITHOUT CONTRAST. CLINICAL: sudden right-sided weakness, BP 220/120. FINDINGS: There is an "
      "acute hyperdense haematoma centred on the left putamen measuring 3.1 x 2.4 cm (estimated volume "
      "about 10 mL) with a thin rim of surrounding oedema. Mild effacement of the left frontal horn; "
      "midline shift 2 mm. The ventricles are otherwise clear. No extra-axial collection. IMPRESSION: "
      "Acute left putaminal haemorrhage, likely hypertensive in aetiology.",
      1, {"iph"}, note="'likely' applies to the cause, not to the blood"),
    C("he3-iph-ivh-thalamus",
      "Findings: Acute right thalamic hemorrhage 2.2 cm with extension into the third ventricle and "
      "both lateral ventricles. Early enlargement of the temporal horns. Impression: Right thalamic bleed "
      "with intraventricular extension and early hydrocephalus.",
      1, {"iph", "ivh", "multiple"}),
    C("he3-sdh-crescent-no-word",
      "FINDINGS: A crescentic hyperdense extra-axial collection overlies the right cerebral convexity, "
      "maximal thickness 9 mm, with effacement of the adjacent sulci and 5 mm leftward midline shift. "
      "Grey-white differentiation preserved. Calvarium intact. IMPRESSION: Acute right convexity "
      "extra-axial blood with mass effect; neurosurgical review advised.",
      1, {"sdh"}, note="crescent along convexity, no subtype word"),
    C("he3-sdh-chronic-bilateral",
      "CT brain. History: 84 year old on apixaban, increasing confusion over three weeks. Bilateral "
      "hypodense subdural haematomas over the frontoparietal convexities, right 14 mm and left 8 mm, "
      "with a few internal septations. No significant midline shift given the bilateral mass effect. "
      "Conclusion: bilateral chronic subdural haematomas.",
      1, {"sdh", "multiple"}, note="bilateral collections = two foci"),
    C("he3-edh-temporal-fracture",
      "NCCT head post assault. A biconvex hyperdense collection lies beneath a non-displaced fracture "
      "of the right temporal squama, measuring 11 mm in depth, with mild effacement of the right "
      "lateral ventricle. Overlying scalp swelling. IMPRESSION: Right temporal extradural haematoma "
      "with underlying fracture.",
      1, {"edh", "fracture"}),
    C("he3-sah-acom-aneurysm",
      "CT BRAIN AND CT ANGIOGRAM. Non-contrast images show diffuse high-density blood filling the "
      "suprasellar and ambient cisterns and the anterior interhemispheric fissure. The angiogram "
      "demonstrates a 6 mm lobulated aneurysm of the anterior communicating artery, the presumed source. "
      "Ventricles mildly prominent. IMPRESSION: Diffuse subarachnoid haemorrhage secondary to a ruptured "
      "ACom aneurysm.",
      1, {"sah", "combined"}),
    C("he3-sah-sulcal-trauma",
      "Indication: mechanical fall, struck forehead. Findings: Small volume of hyperdense blood within "
      "a few left frontal sulci near the vertex. No extra-axial collection. No fracture. Impression: "
      "Trace traumatic subarachnoid haemorrhage, left frontal.",
      1, {"sah"}),
    C("he3-contusion-bifrontal",
      "FINDINGS: Hemorrhagic contusions are present in the inferior aspects of both frontal lobes, "
      "the larger on the right measuring 2.0 cm, with surrounding edema. Basal cisterns patent. "
      "IMPRESSION: Bifrontal hemorrhagic contusions.",
      1, {"iph", "multiple"}),
    C("he3-coup-contrecoup-fracture",
      None, 1, {"iph", "sdh", "multiple", "fracture"},
      description="Linear fracture of the left occipital bone extending toward the foramen magnum, with "
                  "overlying subgaleal haematoma. Contrecoup haemorrhagic contusion in the right temporal "
                  "pole, 15 mm. Thin right frontal subdural haematoma, 4 mm. No midline shift.",
      conclusion="Occipital skull fracture. Right temporal contusion and thin right frontal subdural "
                 "haematoma."),
    C("he3-ivh-occipital-horns",
      "Findings: Dependent hyperdense material layers in both occipital horns, consistent with blood. "
      "No parenchymal haematoma identified. No subarachnoid blood. Ventricular size normal. "
      "Impression: Small volume intraventricular haemorrhage.",
      1, {"ivh"}, note="both occipital horns = one focus"),
    C("he3-cerebellar-hematoma",
      "CT head, stroke call. There is a 3.4 cm hyperdense haematoma in the right cerebellar hemisphere "
      "compressing the fourth ventricle. Temporal horns are beginning to dilate. Supratentorial "
      "parenchyma unremarkable. IMPRESSION: Right cerebellar haematoma with mass effect on the fourth "
      "ventricle and early obstructive hydrocephalus. Urgent neurosurgical referral.",
      1, {"iph"}),
    C("he3-pontine",
      "IMPRESSION: Acute pontine haemorrhage (approx 1.8 cm), centrally located. No intraventricular "
      "extension.",
      1, {"iph"}),
    C("he3-sdh-followup-decreasing",
      "COMPARISON: Prior CT head from last week. FINDINGS: The left convexity subdural collection has "
      "decreased in thickness from 10 mm to 5 mm and has become largely isodense to cortex. Midline "
      "shift has resolved. IMPRESSION: Evolving left subdural haematoma, smaller.",
      1, {"sdh"}),
    C("he3-sdh-postop-residual",
      "Post-operative CT following right burr hole evacuation. A subdural drain is in situ. There is a "
      "small residual mixed-density right subdural collection, 6 mm, with postoperative pneumocephalus. "
      "Midline shift reduced to 2 mm. Conclusion: expected post-evacuation appearance with small residual "
      "subdural haematoma.",
      1, {"sdh"}),
    C("he3-hi2-transformation",
      "FINDINGS: Evolving infarct in the left MCA territory involving the insula and frontal operculum. "
      "Confluent petechial hyperdensity within the infarcted cortex, without space-occupying effect, "
      "consistent with haemorrhagic infarction type 2 (HI-2). IMPRESSION: Left MCA infarct with HI-2 "
      "haemorrhagic transformation.",
      1, {"combined"}, note="HI-2: combined, no subtype"),
    C("he3-ph2-transformation",
      "24 hour post-thrombolysis CT: Right MCA territory infarct now contains a dense haematoma occupying "
      "more than 30% of the infarct with mass effect, i.e. parenchymal haematoma type 2 (PH-2). "
      "Subfalcine shift 6 mm.",
      1, {"iph", "combined"}),
    C("he3-metastasis-haemorrhagic",
      "CT head with and without contrast in known metastatic melanoma. Multiple enhancing lesions at the "
      "grey-white junction. The largest, in the right parietal lobe (2.3 cm), contains hyperdense "
      "internal blood on the precontrast series with surrounding vasogenic oedema. IMPRESSION: Cerebral "
      "metastases, the right parietal deposit haemorrhagic.",
      1, {"combined"}, note="bleeding into tumour: no subtype"),
    C("he3-avm-lobar",
      "FINDINGS: Acute left occipital lobar haematoma 3.5 x 2.8 cm. CTA: a tangle of abnormal vessels at "
      "the posterior margin of the haematoma with an early draining cortical vein to the transverse "
      "sinus. IMPRESSION: Left occipital intracerebral haemorrhage from an arteriovenous malformation.",
      1, {"iph", "combined"}),
    C("he3-cvt-venous-infarct",
      "CT head and CT venogram. There is a filling defect in the superior sagittal sinus extending into "
      "the right transverse sinus, with a hyperdense cord sign on the plain images. Left parietal "
      "cortical/subcortical haemorrhage 2.5 cm with surrounding oedema. IMPRESSION: Dural venous sinus "
      "thrombosis with haemorrhagic venous infarction.",
      1, {"iph", "combined"}),
    C("he3-lobar-with-sah",
      "Elderly patient, no trauma. Acute right parietal lobar hemorrhage measuring 4 cm with blood "
      "extending into the adjacent convexity sulci. Background of extensive white matter disease. "
      "Impression: right parietal lobar hemorrhage with associated subarachnoid component; cerebral "
      "amyloid angiopathy should be considered.",
      1, {"iph", "sah", "multiple"}),
    C("he3-falx-layer",
      "Findings: Thin hyperdense layer along the posterior falx, 3 mm, compatible with a small acute "
      "interhemispheric subdural collection. No other intracranial blood.",
      1, {"sdh"}),
    C("he3-tentorial-blood",
      "FINDINGS: There is acute blood tracking along the left tentorial leaflet, up to 4 mm thick. "
      "The fourth ventricle is midline. No parenchymal injury. IMPRESSION: Small left tentorial "
      "subdural haemorrhage.",
      1, {"sdh"}),
    C("he3-terse-sdh",
      "IMPRESSION: Acute R SDH, 6mm. No shift.",
      1, {"sdh"}),
    C("he3-uk-structured-sdh",
      "Clinical details: Fall down stairs, GCS 12, on warfarin, INR 3.4.\n"
      "Technique: Non-contrast CT head.\n"
      "Findings: 12 mm acute left fronto-parietal subdural haematoma with 7 mm rightward midline shift and "
      "effacement of the left lateral ventricle. Basal cisterns remain patent. No skull fracture.\n"
      "Conclusion: Large acute left SDH with mass effect. Discussed with on-call neurosurgical registrar.",
      1, {"sdh"}),
    C("he3-indian-gangliocapsular",
      "NCCT BRAIN: Acute intraparenchymal bleed noted in the right gangliocapsular region measuring "
      "approx 28 x 19 mm (vol ~6 cc) with perilesional oedema. Mild mass effect on the right lateral "
      "ventricle. No midline shift. IMPRESSION: Acute right gangliocapsular bleed.",
      1, {"iph"}),
    C("he3-indian-bleed-ivh-extension",
      "IMPRESSION: Left gangliocapsular bleed (~22 cc) with intraventricular extension into the left "
      "lateral and third ventricles. Midline shift 4mm to right.",
      1, {"iph", "ivh", "multiple"}),
    C("he3-acute-on-chronic-sdh",
      "CT head: mixed density subdural collection over the left hemisphere, hypodense with dependent "
      "hyperdense components, max 17 mm, consistent with acute-on-chronic subdural haematoma. Midline "
      "shift 8 mm. Patient on dual antiplatelet therapy.",
      1, {"sdh"}),
    C("he3-isodense-subacute-sdh",
      "FINDINGS: Sulcal effacement over the right hemisphere with an isodense extra-axial collection "
      "displacing the grey-white junction medially; this is best seen on subdural windows and measures "
      "up to 10 mm. IMPRESSION: Right subacute (isodense) subdural haematoma.",
      1, {"sdh"}),
    C("he3-dai-punctate",
      "High speed motor vehicle collision. Multiple punctate haemorrhages at the grey-white junction of "
      "both frontal lobes and in the splenium of the corpus callosum, in keeping with diffuse axonal "
      "injury. No extra-axial collection.",
      1, {"iph", "multiple"}),
    C("he3-posterior-fossa-edh",
      None, 1, {"edh", "fracture"},
      description="Non-displaced fracture of the right occipital bone crossing the groove of the transverse "
                  "sinus. Beneath it there is a lentiform hyperdense collection in the right posterior "
                  "fossa, 8 mm thick, mildly compressing the cerebellar hemisphere.",
      conclusion="Right posterior fossa extradural haematoma under an occipital fracture. CT venogram "
                 "recommended to assess the transverse sinus."),
    C("he3-perimesencephalic-sah",
      "FINDINGS: Subarachnoid blood is confined to the prepontine and interpeduncular cisterns, anterior "
      "to the midbrain. CT angiography shows no aneurysm or vascular malformation. IMPRESSION: "
      "Perimesencephalic pattern of non-aneurysmal subarachnoid haemorrhage.",
      1, {"sah"}),
    C("he3-iph-followup-stable",
      "Follow-up CT head. The right thalamic haematoma is unchanged in size (1.9 cm) with slight decrease "
      "in density and a minor increase in surrounding oedema. No new haemorrhage. Ventricles stable.",
      1, {"iph"}, note="'No new haemorrhage' must not cancel the existing haematoma"),
    C("he3-ivh-residual-followup",
      "COMPARISON: Admission CT. The intraventricular blood has largely cleared; a small residual "
      "hyperdense fluid level remains in the left occipital horn. The left thalamic haemorrhage is "
      "evolving with peripheral hypodensity. EVD removed. No hydrocephalus.",
      1, {"iph", "ivh", "multiple"}),
    C("he3-sah-ivh-mca-aneurysm",
      "Non-contrast CT with CTA: Thick subarachnoid blood in the right Sylvian fissure and basal cisterns "
      "with blood in the fourth ventricle and both lateral ventricles (modified Fisher grade 4). A 7 mm "
      "right MCA bifurcation aneurysm with an irregular dome is the likely source. IMPRESSION: Aneurysmal "
      "SAH with intraventricular haemorrhage.",
      1, {"sah", "ivh", "multiple", "combined"}),
    C("he3-gbm-intratumoural",
      "CT HEAD (known left frontal glioblastoma, acute deterioration): New hyperdense blood within the "
      "necrotic core of the left frontal tumour, measuring 2.5 cm, with increased mass effect and 9 mm "
      "midline shift. IMPRESSION: Intratumoural haemorrhage.",
      1, {"combined"}),
    C("he3-trauma-sdh-sah-petrous",
      "TRAUMA CT HEAD. Acute right convexity subdural haematoma measuring 7 mm. Traumatic subarachnoid "
      "blood in the interpeduncular cistern and left Sylvian fissure. Longitudinal fracture through the "
      "left petrous temporal bone with fluid in the mastoid air cells. Small focus of pneumocephalus "
      "adjacent to the fracture.",
      1, {"sdh", "sah", "multiple", "fracture"}),
    C("he3-resection-cavity-blood",
      "Post-operative CT after right frontal meningioma resection. Right frontal craniotomy. A 2.1 cm "
      "haematoma occupies the resection cavity in the right frontal lobe with mild surrounding oedema. "
      "Small volume pneumocephalus. No extra-axial collection.",
      1, {"iph"}, note="residual postoperative hematoma in the parenchyma"),
    C("he3-desc-concl-sdh",
      None, 1, {"sdh"},
      description="Ventricles and sulci are prominent in keeping with age. There is a thin hyperdense "
                  "extra-axial collection along the left frontal convexity, 5 mm. No midline shift. Skull "
                  "vault intact. Chronic small vessel change in the periventricular white matter.",
      conclusion="Small acute left frontal subdural haematoma. Involutional changes."),
    C("he3-caps-frontal-iph",
      "FINDINGS: LARGE LEFT FRONTAL INTRAPARENCHYMAL HEMORRHAGE MEASURING 5.2 X 4.0 CM WITH 11 MM MIDLINE "
      "SHIFT AND EARLY SUBFALCINE HERNIATION. NO INTRAVENTRICULAR EXTENSION. IMPRESSION: LARGE LEFT "
      "FRONTAL HEMORRHAGE WITH HERNIATION.",
      1, {"iph"}),
    C("he3-sylvian-blood-no-word",
      "Findings: Hyperdense blood fills the right Sylvian fissure and several adjacent sulci of the right "
      "temporal lobe. Brain parenchyma otherwise normal. Impression: Acute blood in the right Sylvian "
      "fissure; CTA to exclude an MCA aneurysm.",
      1, {"sah"}, note="anatomy only; CTA request does not hedge the blood"),
    C("he3-vertex-extradural",
      "There is a biconvex extradural haematoma at the vertex straddling the superior sagittal sinus, "
      "up to 14 mm, beneath a diastatic sagittal suture fracture. Coronal reformats recommended.",
      1, {"edh", "fracture"}),
    C("he3-gyrus-rectus-contusion",
      "IMPRESSION: Small haemorrhagic contusion of the left gyrus rectus. No extra-axial haematoma. No "
      "fracture.",
      1, {"iph"}),
    C("he3-cerebellar-fourth-ventricle",
      "FINDINGS: Left cerebellar haematoma 4.1 cm with rupture into the fourth ventricle, blood extending "
      "into the aqueduct and third ventricle. Dilated lateral ventricles with transependymal flow. "
      "IMPRESSION: Cerebellar haemorrhage with intraventricular rupture and acute hydrocephalus.",
      1, {"iph", "ivh", "multiple"}),
    C("he3-parafalcine-and-tentorial",
      "Findings: Small right parafalcine subdural haematoma (3 mm) and separate thin left tentorial "
      "subdural blood. No parenchymal abnormality.",
      1, {"sdh", "multiple"}),
    C("he3-occipital-negated-list",
      "IMPRESSION: Acute right occipital lobar haemorrhage, 2.8 cm. No subarachnoid, subdural or "
      "intraventricular extension. No underlying mass identified on this non-contrast study.",
      1, {"iph"}),
    C("he3-sdh-scalp-no-fracture",
      "CT head: Left parietal scalp haematoma. No skull fracture identified. Thin left parietal subdural "
      "haematoma 3 mm beneath the site of impact. No midline shift.",
      1, {"sdh"}),
    C("he3-two-separate-iph",
      "FINDINGS: Two separate foci of acute haemorrhage are present: one in the head of the left caudate "
      "nucleus (1.2 cm) and one in the right cerebellar hemisphere (1.5 cm). Background microangiopathy.",
      1, {"iph", "multiple"}),
    C("he3-ventricle-fluid-level",
      "Blood-fluid levels are noted in the dependent portions of the lateral ventricles. The shunt "
      "catheter tip lies in the right frontal horn. No parenchymal bleed.",
      1, {"ivh"}),
    C("he3-duret-sdh",
      "Massive left holohemispheric acute subdural haematoma, 22 mm, with 15 mm midline shift, uncal and "
      "subfalcine herniation. Secondary haemorrhage in the midbrain tegmentum (Duret haemorrhage). "
      "Effaced basal cisterns.",
      1, {"sdh", "iph", "multiple"}),
    C("he3-postop-edh-residual",
      "Day 1 after evacuation of a left temporal extradural haematoma via craniotomy. A thin residual "
      "extradural collection (3 mm) remains under the bone flap. Expected pneumocephalus. No new "
      "haemorrhage.",
      1, {"edh"}, note="craniotomy is not a fracture"),
    C("he3-sah-resolving",
      "Compared with the previous scan, the subarachnoid blood has decreased and is now only faintly "
      "seen in the left central sulcus. No hydrocephalus.",
      1, {"sah"}),
    C("he3-post-coiling-sah",
      "Status post endovascular coiling of a ruptured basilar tip aneurysm. Residual subarachnoid blood "
      "in the prepontine cistern and interpeduncular fossa. EVD via right frontal approach, tip in the "
      "third ventricle. Ventricles smaller than before.",
      1, {"sah", "combined"}),
    C("he3-aus-sah-subgaleal",
      "CT Brain (non-contrast). Indication: bike crash, helmet, brief LOC. Findings: Acute traumatic SAH "
      "in several right frontal sulci with an overlying subgaleal haematoma. No fracture. No extra-axial "
      "collection. Comment: small volume tSAH.",
      1, {"sah"}),
    C("he3-spot-sign",
      "CT head and CTA (code stroke): Left basal ganglia ICH 18 mL. On CTA there is a spot sign within the "
      "haematoma, which indicates risk of expansion. No aneurysm or vascular malformation identified.",
      1, {"iph"}, note="spot sign is not a causal pathology"),
    C("he3-definite-sdh-possible-sah",
      "IMPRESSION: 1. Acute right hemispheric subdural haematoma, 8 mm. 2. Possible trace subarachnoid "
      "blood in the left frontal sulcus, versus volume averaging.",
      1, {"sdh"}, note="SAH is hedged; only SDH counts"),
    C("he3-contusion-possible-edh",
      "Findings: Haemorrhagic contusion of the right temporal lobe measuring 2 cm. A thin lentiform "
      "density adjacent to the temporal squama could represent a small extradural haematoma, although "
      "no fracture is seen. Impression: Right temporal contusion; ?small EDH.",
      1, {"iph"}, note="EDH hedged"),
    C("he3-history-question-bleed",
      "Clinical history: ?bleed, fall on rivaroxaban. FINDINGS: Acute left frontal subdural haematoma "
      "measuring 6 mm. IMPRESSION: Acute left SDH.",
      1, {"sdh"}, note="question mark is in the history only"),
    C("he3-sdh-no-change",
      "Findings: The right subdural haematoma shows no significant change from the scan of two days ago, "
      "measuring 7 mm. Midline shift stable at 3 mm.",
      1, {"sdh"}, note="'no significant change' is a pseudo-negation"),
    C("he3-ph1-transformation",
      "FOLLOW-UP POST-THROMBECTOMY: A small parenchymal haematoma (PH-1) has formed within the left "
      "striatocapsular infarct, occupying less than one third of the infarcted region with mild mass "
      "effect.",
      1, {"iph", "combined"}),
    C("he3-traumatic-multi-focal",
      None, 1, {"edh", "iph", "sah", "multiple", "fracture"},
      description="Comminuted depressed fracture of the left frontal bone extending to the orbital roof. "
                  "Underlying lens-shaped epidural hematoma, 10 mm. Contusion with hemorrhage in the left "
                  "frontal lobe. Blood in the interhemispheric fissure anteriorly.",
      conclusion="Depressed left frontal skull fracture with epidural hematoma, hemorrhagic contusion and "
                 "traumatic SAH."),

    # ------------------------------------------------------------------ absent
    C("he3-neg-normal-template",
      "CT HEAD WITHOUT CONTRAST. TECHNIQUE: Axial images from skull base to vertex. FINDINGS: No acute "
      "intracranial haemorrhage, mass effect or extra-axial collection. Grey-white differentiation is "
      "preserved. Ventricles and sulci are normal in size for age. Basal cisterns patent. Visualised "
      "paranasal sinuses and mastoid air cells clear. Calvarium intact. IMPRESSION: Normal CT head.",
      0),
    C("he3-neg-atrophy",
      "Generalised involutional atrophy with chronic small vessel ischaemic change in the periventricular "
      "white matter. Old lacunar infarct in the left internal capsule. No acute intracranial abnormality.",
      0),
    C("he3-neg-scalp-haematoma",
      "Findings: Large left parietal scalp haematoma. No underlying fracture. No intracranial haemorrhage "
      "or extra-axial collection. Impression: Scalp haematoma only.",
      0),
    C("he3-neg-subgaleal-fracture",
      "IMPRESSION: Non-displaced linear fracture of the right parietal bone with overlying subgaleal "
      "hematoma. No intracranial hemorrhage. No pneumocephalus.",
      0, {"fracture"}),
    C("he3-neg-basal-ganglia-calc",
      "FINDINGS: Symmetrical dense foci in both globi pallidi measuring up to 250 HU, consistent with "
      "calcification. Physiological pineal and choroid plexus calcification. No haemorrhage. No acute "
      "infarct.",
      0),
    C("he3-neg-hyperdense-mca",
      "CODE STROKE. Hyperdense left M1 segment (dense MCA sign). Subtle loss of the left insular ribbon, "
      "ASPECTS 9. No intracranial haemorrhage. No contraindication to thrombolysis on imaging.",
      0, note="hyperdense artery is a mimic"),
    C("he3-neg-post-haemorrhagic-cyst",
      "Old slit-like post-haemorrhagic cavity in the right putamen with surrounding gliosis, unchanged. "
      "No new haemorrhage. No acute infarct.",
      0, note="old sequelae only"),
    C("he3-neg-resolved-sdh",
      "COMPARISON: CT head six weeks ago. The previously demonstrated left subdural haematoma has "
      "completely resolved. Burr hole defects noted. No new collection.",
      0),
    C("he3-neg-contrast-staining",
      "Post-thrombectomy CT (dual energy): Hyperdensity in the left lentiform nucleus measuring 120 HU, "
      "which is bright on the iodine map and absent on the virtual non-contrast image, consistent with "
      "contrast staining. No haemorrhage.",
      0),
    C("he3-neg-maxillary-fractures",
      "Fractures of the anterior and lateral walls of the left maxillary sinus and of the left zygomatic "
      "arch, with blood in the maxillary sinus. The intracranial contents are normal; no intracranial "
      "blood.",
      0, note="facial bones and haemosinus are not ICH or skull fracture"),
    C("he3-neg-orbital-floor",
      "Left orbital floor blowout fracture with herniation of orbital fat and a small intraorbital "
      "haematoma. Globe intact. Brain: no acute abnormality.",
      0),
    C("he3-neg-high-haematocrit",
      "The dural venous sinuses and cortical veins are uniformly hyperdense, attributed to the known "
      "polycythaemia (haematocrit 0.62). No filling defect on the venogram. No intracranial haemorrhage.",
      0),
    C("he3-neg-pseudo-sah",
      "CT head after out-of-hospital cardiac arrest. Diffuse cerebral oedema with loss of grey-white "
      "differentiation and effaced sulci. The basal cisterns appear relatively dense, a pseudo-"
      "subarachnoid haemorrhage appearance due to oedema; there is no true subarachnoid blood. "
      "IMPRESSION: Global hypoxic-ischaemic injury.",
      0),
    C("he3-neg-terse-nad",
      "NAD. No bleed.",
      0),
    C("he3-neg-indian-nccts",
      "NCCT HEAD: No evidence of intracranial bleed / infarct / SOL. Ventricles and cisterns normal. "
      "Midline structures central. Bony calvarium normal. IMPRESSION: No significant abnormality.",
      0),
    C("he3-neg-chest-ct",
      "CT CHEST: Right haemothorax with multiple displaced right rib fractures. Small pneumothorax. "
      "Lungs otherwise clear.",
      0, note="non-head study"),
    C("he3-neg-hygromas",
      "Bilateral frontal subdural hygromas of CSF density, 5 mm, with no hyperdense component, unchanged. "
      "No acute haemorrhage.",
      0, note="CSF-density hygroma is not blood"),
    C("he3-neg-infarct-no-ht",
      "Established acute infarct in the right MCA territory without haemorrhagic transformation. Mild "
      "local mass effect.",
      0),
    C("he3-neg-post-lysis",
      "24h post-alteplase: the left parietal infarct is now well demarcated. No haemorrhagic "
      "transformation. No intracranial bleed.",
      0),
    C("he3-neg-falx-calcification",
      "Calcification along the falx cerebri. No subdural collection. No acute findings.",
      0),
    C("he3-neg-thunderclap",
      "Indication: thunderclap headache, onset 3 hours ago. Findings: No subarachnoid blood. Basal "
      "cisterns, Sylvian fissures and sulci are clear. Ventricles normal. Comment: CT within 6 hours of "
      "onset is highly sensitive; lumbar puncture per clinical protocol if concern persists.",
      0),
    C("he3-neg-gliosis-old-bleed",
      "Focal gliosis and volume loss in the left temporal lobe, sequela of a remote haemorrhage. "
      "No acute intracranial findings.",
      0),
    C("he3-neg-calcified-meningioma",
      "A densely calcified extra-axial mass along the left frontal convexity, 1.8 cm, in keeping with a "
      "meningioma. No oedema. No haemorrhage.",
      0),
    C("he3-neg-cervical-spine",
      "CT CERVICAL SPINE: Fracture of the C2 odontoid base with prevertebral haematoma. Alignment "
      "maintained.",
      0, note="non-head study"),
    C("he3-neg-vp-shunt",
      "Right parietal VP shunt with catheter tip in the frontal horn. Ventricular size stable. No "
      "haemorrhage along the catheter tract. No extra-axial collection.",
      0),
    C("he3-neg-petrous-fracture",
      None, 0, {"fracture"},
      description="Transverse fracture through the right petrous temporal bone involving the otic capsule, "
                  "with opacification of the middle ear and mastoid air cells (haemotympanum). Brain "
                  "parenchyma normal. No extra-axial collection.",
      conclusion="Right temporal bone fracture. No intracranial haemorrhage."),
    C("he3-neg-resolved-iph",
      "Follow-up: The previously seen right frontal haematoma has resolved, leaving a small area of "
      "encephalomalacia.",
      0),
    C("he3-neg-postop-tumour",
      "Post left temporal craniotomy for tumour resection. Expected pneumocephalus and a small CSF "
      "collection under the flap. No blood in the resection cavity. No midline shift.",
      0),
    C("he3-neg-desc-concl",
      None, 0,
      description="Brain parenchyma of normal density. No focal lesion. Ventricular system symmetric, not "
                  "dilated. Subarachnoid spaces normal. Midline structures not displaced. Bones of the "
                  "vault and base intact.",
      conclusion="No CT evidence of acute intracranial pathology."),
    C("he3-neg-nasal-bones",
      "Comminuted fracture of the nasal bones with soft tissue swelling. The intracranial appearance is "
      "normal.",
      0),
    C("he3-neg-motion",
      "Study degraded by patient motion. Within this limitation there is no intracranial haemorrhage, "
      "mass effect or hydrocephalus.",
      0),
    C("he3-neg-orbital-roof",
      "Fracture of the left orbital roof extending to the frontal sinus posterior wall. No intracranial "
      "blood. No pneumocephalus.",
      0, {"fracture"}, note="orbital roof counts as skull"),
    C("he3-neg-history-question-sah",
      "Clinical question: ?SAH. Findings: No evidence of subarachnoid haemorrhage. No hydrocephalus. "
      "Impression: Normal study.",
      0, note="question mark is in the clinical question only"),
    C("he3-neg-coil-mass",
      "Stable coil mass in the anterior communicating artery aneurysm with streak artefact. Old right "
      "frontal EVD tract. No recurrent haemorrhage. Ventricles stable.",
      0),
    C("he3-neg-extracranial-only",
      "Right frontal soft tissue swelling with a small laceration. No intracranial haemorrhage, no "
      "fracture. CONCLUSION: Soft tissue injury only.",
      0),

    # ------------------------------------------------------------------ hedged
    C("he3-hedge-possible-sah",
      "Possible trace subarachnoid haemorrhage in a single left parietal sulcus versus partial volume "
      "averaging. Otherwise normal. MRI could clarify.",
      -1),
    C("he3-hedge-cannot-exclude-sdh",
      "Findings: Mildly thickened hyperdense appearance of the right tentorium. A thin subdural haematoma "
      "cannot be excluded.",
      -1),
    C("he3-hedge-question-contusion",
      "IMPRESSION: ?Small left frontal contusion. No extra-axial collection.",
      -1),
    C("he3-hedge-calc-vs-microbleed",
      "Small hyperdense focus in the right frontal subcortical white matter, 4 mm, calcification versus "
      "small haemorrhage. Follow-up suggested.",
      -1),
    C("he3-hedge-unexplained-focus",
      "FINDINGS: A 5 mm hyperdense focus is noted in the left thalamus. No mass effect. Ventricles "
      "normal. No extra-axial collection.",
      -1, note="unexplained hyperdense focus in brain"),
    C("he3-hedge-likely-ht",
      "Evolving left MCA infarct with subtle hyperdensity in the lentiform nucleus, likely early "
      "haemorrhagic transformation.",
      -1, note="likely -> hedged, no combined"),
    C("he3-hedge-lymphoma-vs-haematoma",
      "A 2.5 cm hyperdense periventricular lesion in the right frontal lobe with moderate oedema; this "
      "could be a haematoma or a hyperdense tumour such as lymphoma. Contrast MRI recommended.",
      -1),
    C("he3-hedge-fracture-possible-edh",
      "Linear fracture of the right temporal squama. Possible thin underlying extradural haematoma, "
      "2 mm. Short-interval follow-up CT advised.",
      -1, {"fracture"}),
    C("he3-hedge-suspected-ivh",
      "Suspected small amount of blood in the occipital horn of the left lateral ventricle. Recommend "
      "repeat imaging.",
      -1),
    C("he3-hedge-contrast-vs-blood",
      "Post-thrombectomy: hyperdensity in the left caudate head, contrast staining versus haemorrhage. "
      "Repeat CT in 24 hours.",
      -1),
    C("he3-hedge-indian-query",
      "IMPRESSION: ? tiny bleed in right parietal region. Suggested MRI correlation.",
      -1),
    C("he3-hedge-probable-sdh",
      "Thin high-density rim along the left frontal convexity, probably a small acute subdural haematoma, "
      "although beam hardening may contribute.",
      -1),
    C("he3-hedge-equivocal-cistern",
      "Equivocal hyperdensity in the interpeduncular cistern. No hydrocephalus.",
      -1),
    C("he3-hedge-suspicious",
      "Findings suspicious for subarachnoid haemorrhage in the basal cisterns; correlation with lumbar "
      "puncture is suggested.",
      -1),
    C("he3-hedge-concerning",
      "IMPRESSION: Focal hyperattenuation in the right temporal lobe concerning for a small contusion.",
      -1),
    C("he3-hedge-cavernoma",
      "Small rounded hyperdense lesion in the pons, 8 mm, may represent a cavernous malformation with "
      "recent bleeding. MRI with SWI recommended.",
      -1),
    C("he3-hedge-posterior-fossa-artefact",
      "Beam hardening artefact in the posterior fossa limits evaluation; a small haemorrhage in this "
      "region cannot be confidently excluded. Supratentorial brain normal.",
      -1),
    C("he3-hedge-sdh-vs-hygroma",
      "Bilateral low-density extra-axial collections over the frontal lobes, 6 mm; chronic subdural "
      "haematomas versus hygromas.",
      -1),
    C("he3-hedge-isodense-consideration",
      None, -1,
      description="Subtle effacement of the left convexity sulci compared with the right. No clearly "
                  "hyperdense collection. Ventricles symmetric.",
      conclusion="Asymmetric sulcal effacement; an isodense left subdural collection is a consideration. "
                 "Contrast CT or MRI suggested."),
    C("he3-hedge-shear",
      "No large haematoma. Tiny hyperdense dots near the corpus callosum may reflect shear haemorrhages "
      "but are at the limit of CT resolution.",
      -1),
    C("he3-hedge-cannot-rule-out-tsah",
      "Elderly fall. No fracture. Slight hyperdensity in the right Sylvian fissure, cannot rule out trace "
      "subarachnoid haemorrhage given the clinical context.",
      -1),
    C("he3-hedge-questionable-ivh",
      "Questionable layering density in the dependent right occipital horn. No parenchymal lesion.",
      -1),
    C("he3-hedge-occipital-fracture-query-blood",
      "Non-displaced fracture of the occipital bone on the left. Adjacent tiny hyperdensity along the "
      "transverse sinus, which may be a small extra-axial haematoma or a prominent sinus.",
      -1, {"fracture"}),
]
