"""Held-out English set 2: invented head CT reports for measuring ICH detection, never for tuning.

Written after en-ich 1.2, from DOMAIN.md's label definitions and general knowledge of how US, UK, Australian
and Indian radiologists word head CT reports, by a writer who did not open the lexicon, the matcher or any
other case file. Every report is invented in the writer's own words; no real patients, dates or identifiers.

Labeling conventions:
- ich=1: intracranial blood present in this study (acute, subacute, chronic, hemorrhagic contusion,
  residual hematoma after evacuation, follow-up "decreased" / "evolving" / "unchanged").
  ich=0: absent, incl. extracranial blood (scalp, subgaleal, orbit, sinuses), mimics (calcification,
  hyperdense artery, contrast staining, dense sinuses, pseudo-SAH), old sequelae only, resolved
  hemorrhage, non-head studies. ich=-1: hemorrhage only suggested (possible, cannot exclude, ?,
  likely, probable, versus, an unexplained hyperdense focus not called blood).
- Subtypes from anatomy when no subtype word is written (parenchyma -> iph, ventricles -> ivh,
  sulci/cisterns/fissures -> sah, convexity/falx/tentorium crescent -> sdh, lentiform at bone -> edh);
  hemorrhagic contusion -> iph; hedged hemorrhage gets no subtype; a hedged second finding next to a
  definite one is not labeled.
- multiple: two or more subtypes or two or more separate foci (plural foci, bilateral).
- combined: definite hemorrhage with a definite cause (ruptured aneurysm, AVM, hemorrhagic tumour,
  hemorrhagic transformation of infarct, venous sinus thrombosis). Tumour bleeding and HI-1/HI-2 get no
  subtype; PH-1/PH-2 or a named parenchymal hematoma -> iph.
- fracture: skull vault or base only; facial bones are not. May be set on ich=0 / -1 cases.

Nobody tunes the lexicon or the matcher against this file.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present
    C("he2-p01",
      "EXAM: CT HEAD WITHOUT CONTRAST. HISTORY: 71M, sudden left sided weakness, BP 210/120. "
      "TECHNIQUE: Contiguous axial images from the skull base to the vertex. COMPARISON: None. "
      "FINDINGS: There is a 3.4 x 2.6 cm ovoid hyperattenuating collection centered in the right putamen "
      "with a thin rim of surrounding low attenuation edema. Mild effacement of the frontal horn of the right "
      "lateral ventricle. No midline shift. Ventricles otherwise normal. Basal cisterns patent. Calvarium intact. "
      "Visualized paranasal sinuses and mastoids are clear. "
      "IMPRESSION: Acute right putaminal hemorrhage, most likely hypertensive in etiology.",
      1, {"iph"}, note="'likely' hedges the cause, not the bleed"),
    C("he2-p02",
      "CT brain non-contrast. Findings: Acute left thalamic bleed measuring approx 2.8 cm with extension "
      "into the third ventricle and both lateral ventricles. Early dilatation of the temporal horns. "
      "Impression: L thalamic ICH w/ intraventricular extension and early hydrocephalus.",
      1, {"iph", "ivh", "multiple"}),
    C("he2-p03",
      "EXAM: CT HEAD WITHOUT CONTRAST AND CTA HEAD/NECK. INDICATION: Worst headache of life, GCS 13. "
      "FINDINGS: Noncontrast: Dense material fills the suprasellar, ambient and quadrigeminal cisterns and "
      "extends into both Sylvian fissures and the anterior interhemispheric fissure. Small layering "
      "hyperdensity in the occipital horns. Mild ventriculomegaly. CTA: 7 x 5 mm saccular aneurysm arising "
      "from the anterior communicating artery, projecting anteriorly, with an irregular dome. No other "
      "aneurysm. Cervical vessels patent. "
      "IMPRESSION: 1. Diffuse SAH, modified Fisher 4, secondary to ruptured AComm aneurysm. 2. IVH. "
      "3. Early hydrocephalus.",
      1, {"sah", "ivh", "multiple", "combined"}),
    C("he2-p04",
      "FINDINGS: Crescentic hyperdense extra-axial collection along the left frontoparietal convexity, "
      "9 mm in maximal thickness, with effacement of the underlying sulci and 6 mm rightward shift of the "
      "septum pellucidum. No hydrocephalus. No fracture. "
      "IMPRESSION: Acute L convexity SDH with 6 mm MLS.",
      1, {"sdh"}),
    C("he2-p05",
      "CT HEAD (TRAUMA). Assault, struck with a bat. There is a nondisplaced fracture of the right temporal "
      "squamosa. Deep to it there is a biconvex hyperdense collection measuring 1.4 cm in thickness, "
      "which does not cross the coronal suture. Small locule of air adjacent. Overlying scalp swelling. "
      "Mass effect on the right lateral ventricle, 5 mm midline shift. "
      "IMPRESSION: Right temporal extradural haematoma beneath a temporal bone fracture. Neurosurgery informed.",
      1, {"edh", "fracture"}),
    C("he2-p06",
      "Clinical: 84F, progressive confusion, falls. "
      "Findings: Bilateral crescentic hypodense collections over the cerebral convexities, 14 mm on the right "
      "and 8 mm on the left, the right containing a dependent hyperdense layer posteriorly. Sulcal effacement "
      "bilaterally, no significant midline shift given the balanced mass effect. "
      "Conclusion: Bilateral chronic subdural haematomas, acute-on-chronic component on the right.",
      1, {"sdh", "multiple"}),
    C("he2-p07",
      "COMPARISON: CT head from the previous day. FINDINGS: The left frontal haemorrhagic contusion is slightly "
      "smaller, now 1.9 x 1.2 cm, with a little more surrounding oedema, as expected. No new intracranial "
      "haemorrhage. No midline shift. IMPRESSION: Evolving left frontal contusion, no new bleed.",
      1, {"iph"}, note="'no new' does not negate the existing contusion"),
    C("he2-p08",
      "CT head 24 h post thrombolysis and thrombectomy for left M1 occlusion. "
      "There is a large dense haematoma occupying the left basal ganglia and frontal operculum within the "
      "known infarct, with mass effect exceeding 30% of the infarcted territory and 7 mm rightward shift. "
      "IMPRESSION: PH-2 haemorrhagic transformation of left MCA infarct.",
      1, {"iph", "combined"}),
    C("he2-p09",
      "Findings: Known right MCA territory infarct, day 3, now with scattered punctate hyperdensities along the "
      "cortical ribbon of the right insula and frontal operculum, without a space-occupying component. "
      "Impression: Petechial haemorrhagic transformation (HI-1) of the right MCA infarct.",
      1, {"combined"}, note="HI-1 gets no subtype"),
    C("he2-p10",
      "EXAM: CT HEAD W/WO CONTRAST. Hx metastatic melanoma, new headache. FINDINGS: 2.2 cm right parietal "
      "lesion with hyperdense internal blood products on the noncontrast images and a thick rim of enhancement "
      "post contrast, with extensive vasogenic edema. No other lesions. "
      "IMPRESSION: Hemorrhagic right parietal metastasis.",
      1, {"combined"}, note="bleeding into tumour: no subtype"),
    C("he2-p11",
      "CT HEAD. Vertigo and vomiting, then drowsy. There is a 3.5 cm acute haematoma in the left cerebellar "
      "hemisphere compressing the fourth ventricle, with dilated temporal horns and third ventricle indicating "
      "obstructive hydrocephalus. Effacement of the prepontine cistern. "
      "IMPRESSION: Left cerebellar haemorrhage with obstructive hydrocephalus - for urgent neurosurgical review.",
      1, {"iph"}, note="fourth ventricle compressed, not filled with blood"),
    C("he2-p12",
      "FINDINGS: Trace hyperdensity within a few sulci high over the right frontal convexity, consistent with "
      "a small volume of traumatic subarachnoid blood. Gray-white differentiation preserved. No extra-axial "
      "collection. No skull fracture. Left frontal scalp contusion. "
      "IMPRESSION: Small R frontal tSAH.",
      1, {"sah"}),
    C("he2-p13",
      "CT PANSCAN - POLYTRAUMA (MVC, ejected). "
      "HEAD: Thin acute subdural haematoma along the right tentorial leaflet, 3 mm. Left parieto-occipital "
      "subgaleal haematoma. No fracture of the calvarium. "
      "C-SPINE: No fracture or malalignment. "
      "CHEST: Right 3rd-7th rib fractures with small haemopneumothorax. Pulmonary contusion RLL. "
      "ABDOMEN/PELVIS: Grade II splenic laceration with perisplenic haematoma. "
      "SUMMARY: Tentorial SDH; right chest wall injury and HPTX; splenic injury.",
      1, {"sdh"}),
    C("he2-p14",
      "COMPARISON: Preoperative CT 2 days prior. FINDINGS: Interval left frontotemporoparietal craniotomy and "
      "evacuation of subdural hematoma. Residual mixed density subdural collection up to 4 mm under the flap "
      "with small amount of pneumocephalus. Midline shift improved from 9 mm to 2 mm. Subgaleal drain in place. "
      "IMPRESSION: Post-evacuation changes with small residual L SDH.",
      1, {"sdh"}),
    C("he2-p15",
      "NCCT HEAD AND CT ANGIOGRAM. Findings: Acute lobar haematoma 4.1 x 3.0 cm in the right parietal lobe. "
      "Adjacent serpiginous calcified and enhancing vessels. CTA demonstrates a compact nidus at the posterior "
      "margin of the haematoma fed by branches of the right MCA, with early drainage to the superior sagittal "
      "sinus. Impression: Right parietal ICH secondary to an arteriovenous malformation.",
      1, {"iph", "combined"}),
    C("he2-p16",
      "CT HEAD AND CT VENOGRAM. 32F, postpartum, seizures. "
      "FINDINGS: The superior sagittal sinus is hyperdense and expanded. Flame-shaped cortical and subcortical "
      "hematoma in the left parietal lobe, 2.5 cm, with surrounding edema. CTV: Filling defect throughout the "
      "superior sagittal sinus extending into the left transverse sinus. "
      "IMPRESSION: Dural venous sinus thrombosis with left parietal venous hemorrhagic infarct.",
      1, {"iph", "combined"}),
    C("he2-p17",
      "CT HEAD: Acute haemorrhage centred in the pons, 1.8 cm, with extension into the midbrain. Fourth "
      "ventricle patent. IMPRESSION: Pontine haemorrhage. Poor prognostic sign discussed with ICU.",
      1, {"iph"}),
    C("he2-p18",
      "NCCT BRAIN. Hyperdense area (~58 HU) noted in the left gangliocapsular region measuring ~3.1 x 2.2 cm "
      "with perilesional oedema, s/o acute bleed. Mass effect in the form of compression of the ipsilateral "
      "lateral ventricle and 4 mm midline shift to the right. Rest of the brain parenchyma is normal. "
      "Bilateral mastoids are well pneumatised. IMPRESSION: Acute left gangliocapsular bleed with mass effect.",
      1, {"iph"}),
    C("he2-p19",
      "CT BRAIN. Clinical notes: Unwitnessed fall, on apixaban. Findings: There is a thin layer of acute "
      "blood along the posterior falx, maximal depth 4 mm, with no mass effect. The brain parenchyma is "
      "otherwise unremarkable for age. Right frontal scalp haematoma. No calvarial fracture. "
      "Comment: Small acute parafalcine subdural haemorrhage.",
      1, {"sdh"}),
    C("he2-p20",
      "CT HEAD NONCON. FINDINGS: ACUTE R HEMISPHERIC SDH 11 MM. 8 MM MLS TO THE L. SUBFALCINE HERNIATION. "
      "EFFACED SUPRASELLAR AND AMBIENT CISTERNS. ENTRAPMENT OF THE L TEMPORAL HORN. "
      "IMPRESSION: LARGE ACUTE R SDH W/ MLS AND EARLY UNCAL HERNIATION. CRITICAL RESULT CALLED TO DR ON CALL.",
      1, {"sdh"}),
    C("he2-p21",
      "Findings: hyperdense blod layering in the occiptal horns bilaterally and casting the fourth ventrcle. "
      "No parenchymal heamatoma. Lateral ventricles mildly enlarged. Impression: primary intraventriculr "
      "haemorrhage with early hydrocephalus. Suggest CTA to look for vascular cause.",
      1, {"ivh"}, note="typos; blood in both horns and 4th ventricle is one IVH"),
    C("he2-p22",
      "CT HEAD. Fall down stairs, intoxicated. Haemorrhagic contusions at both frontal poles and along the "
      "inferior surface of the right temporal lobe, the largest 2.0 cm on the left. Surrounding oedema. "
      "Small amount of subarachnoid blood is not seen. No extra-axial collection. "
      "IMPRESSION: Multiple frontal and right temporal haemorrhagic contusions (coup-contrecoup).",
      1, {"iph", "multiple"}),
    C("he2-p23",
      "EXAM: CT HEAD, CERVICAL SPINE, FACE. HISTORY: Motorcycle collision. "
      "FINDINGS: Head: 6 mm acute subdural hematoma along the left frontotemporal convexity. Hemorrhagic "
      "contusion in the left temporal lobe, 1.5 cm. Scattered subarachnoid blood in the left Sylvian fissure "
      "and bilateral frontal sulci. Linear fracture of the left parietal bone extending to the squamous "
      "temporal bone. Cervical spine: no acute fracture. Face: no fracture. "
      "IMPRESSION: L SDH, L temporal contusion, tSAH and L parietotemporal skull fx.",
      1, {"sdh", "iph", "sah", "multiple", "fracture"}),
    C("he2-p24",
      "Findings: There is an isodense extra-axial collection over the right cerebral convexity measuring up to "
      "10 mm, displacing the cortical veins and grey-white interface medially, with effacement of the right "
      "sulci and 4 mm leftward midline shift. Impression: Appearances are compatible with a subacute right "
      "subdural haematoma.",
      1, {"sdh"}),
    C("he2-p25",
      "COMPARISON: CT head 6 weeks ago. FINDINGS: Unchanged 6 mm chronic subdural hematoma over the left "
      "frontal convexity. No new hemorrhage. No midline shift. Stable mild generalized volume loss. "
      "IMPRESSION: Stable L chronic SDH.",
      1, {"sdh"}),
    C("he2-p26",
      "CT HEAD, day 5 post coiling. COMPARISON: Admission CT. FINDINGS: Coil mass at the basilar tip aneurysm. "
      "Decreasing subarachnoid blood; now only trace hyperdensity in the left Sylvian fissure and interpeduncular "
      "cistern. Ventricles stable, EVD tip in the third ventricle. No new infarct. "
      "IMPRESSION: Resolving aneurysmal SAH post coil embolization.",
      1, {"sah", "combined"}),
    C("he2-p27",
      "CT head: Right cerebellar hemispheric hematoma 3.2 cm, rupturing into the fourth ventricle with blood "
      "tracking up the aqueduct. Mild hydrocephalus. IMPRESSION: R cerebellar ICH w/ IVH.",
      1, {"iph", "ivh", "multiple"}),
    C("he2-p28",
      "EXAM: CT HEAD WO CONTRAST. CLINICAL HISTORY: Headache, r/o mass. TECHNIQUE: Helical acquisition with "
      "axial, coronal and sagittal reformats. DLP 880 mGy-cm. COMPARISON: None available. FINDINGS: "
      "Brain parenchyma: There is a focus of acute hemorrhage in the left frontal subcortical white matter "
      "measuring 8 mm without significant edema. Gray-white matter differentiation otherwise preserved. "
      "Ventricles and sulci: Normal for age. Extra-axial spaces: No collection. Midline: No shift. "
      "Posterior fossa: Unremarkable. Vessels: No hyperdense vessel. Calvarium: Intact. Sinuses/mastoids: "
      "Mild mucosal thickening of the ethmoid air cells. Orbits: Unremarkable. "
      "IMPRESSION: 1. Small L frontal IPH; recommend MRI with contrast to assess for underlying lesion. "
      "2. Mild ethmoid sinus disease.",
      1, {"iph"}),
    C("he2-p29",
      "CT BRAIN. 78 year old, acute visual field loss. Right occipital lobar haematoma measuring 4.0 x 3.1 cm "
      "with a small volume of intraventricular extension into the right occipital horn. Moderate small vessel "
      "change. Comment: Lobar ICH - pattern and age raise the possibility of cerebral amyloid angiopathy; "
      "MRI with SWI when clinically appropriate.",
      1, {"iph", "ivh", "multiple"}),
    C("he2-p30",
      "FINDINGS: Linear nondisplaced fracture of the left occipital bone extending toward the foramen magnum. "
      "Underlying lentiform hyperdense extra-axial collection in the left posterior fossa, 9 mm, which crosses "
      "the tentorium superiorly. Fourth ventricle midline. "
      "IMPRESSION: Posterior fossa EDH beneath L occipital fx.",
      1, {"edh", "fracture"}),
    C("he2-p31",
      "CT HEAD AND TEMPORAL BONES. Otorrhea after fall. Longitudinal fracture of the right petrous temporal "
      "bone through the mastoid and middle ear with ossicular disruption. Opacified mastoid air cells. "
      "Pneumocephalus in the right middle cranial fossa. Small 3 mm right temporal subdural hematoma. "
      "IMPRESSION: R temporal bone fracture, pneumocephalus and small R SDH.",
      1, {"sdh", "fracture"}),
    C("he2-p32",
      "Findings: Fracture through the right greater sphenoid wing and anterior clinoid process, extending into "
      "the sphenoid sinus, which contains a blood-fluid level. Hyperdense blood in the interpeduncular and right "
      "ambient cisterns. No extra-axial collection. "
      "Impression: Skull base fracture with traumatic subarachnoid haemorrhage and haemosinus.",
      1, {"sah", "fracture"}),
    C("he2-p33", None, 1, {"sdh"},
      description=("Non-contrast CT of the head. Along the right cerebral convexity from the frontal to the occipital "
                   "region there is a crescent-shaped collection of mixed density with internal septations and a "
                   "maximal thickness of 18 mm. The right lateral ventricle is compressed, midline displaced 9 mm to "
                   "the left. Basal cisterns narrowed. Left hemisphere unremarkable."),
      conclusion="Large right chronic subdural haematoma with membranes and significant mass effect."),
    C("he2-p34",
      "MRI not tolerated; CT head with contrast. FINDINGS: Heterogeneous rim-enhancing left frontal mass, 4.5 cm, "
      "crossing the genu of the corpus callosum, with central necrosis and internal acute hemorrhage. "
      "Surrounding edema, 6 mm midline shift. IMPRESSION: Hemorrhagic left frontal mass, favor glioblastoma.",
      1, {"combined"}, note="'favor' qualifies tumour type; bleed into tumour has no subtype"),
    C("he2-p35",
      "CT HEAD. INR 4.5, fall. Left convexity subdural collection up to 12 mm containing swirls of lower "
      "density within hyperdense clot (swirl sign), concerning for active bleeding. 7 mm MLS. "
      "IMPRESSION: Acute L SDH with signs of active extravasation.",
      1, {"sdh"}),
    C("he2-p36",
      "Findings: A 2.3 cm hyperattenuating (62 HU) lesion occupies the head of the left caudate nucleus with "
      "blood extending into the frontal horn of the left lateral ventricle. Impression: Left caudate haemorrhage "
      "with ventricular extension.",
      1, {"iph", "ivh", "multiple"}),
    C("he2-p37",
      "CT HEAD + CTA. Sudden occipital headache. FINDINGS: Blood centred in the prepontine and interpeduncular "
      "cisterns with minor extension into the ambient cisterns, no extension into the Sylvian fissures. "
      "Ventricles normal. CTA: No aneurysm or vascular malformation. "
      "IMPRESSION: Perimesencephalic pattern SAH, CTA negative.",
      1, {"sah"}),
    C("he2-p38",
      "Findings: Linear hyperdensity within a single sulcus over the right central region, adjacent to the "
      "precentral gyrus. No parenchymal haematoma. Impression: Focal convexity SAH - consider RCVS or CAA.",
      1, {"sah"}),
    C("he2-p39",
      "CT head, patient on warfarin. Acute haematomas in the right frontal lobe (3.0 cm) and the left parietal "
      "lobe (2.1 cm), each with a fluid-fluid level suggesting coagulopathy. No IVH. "
      "IMPRESSION: Two separate lobar ICHs - anticoagulation related.",
      1, {"iph", "multiple"}),
    C("he2-p40",
      "COMPARISON: CT 10 days ago. FINDINGS: The left thalamic hematoma is evolving, with decreasing attenuation "
      "at its periphery and central residual hyperdensity, now 1.6 cm. The small amount of intraventricular "
      "blood previously seen has cleared. No hydrocephalus. IMPRESSION: Evolving left thalamic hemorrhage; "
      "resolved IVH.",
      1, {"iph"}, note="IVH described as cleared"),
    C("he2-p41",
      "Post right suboccipital craniectomy for evacuation of cerebellar haemorrhage. Small residual hyperdense "
      "blood products in the operative bed in the right cerebellar hemisphere. Fourth ventricle now patent. "
      "Ventricular size reduced. Expected postoperative gas. IMPRESSION: Satisfactory post-operative appearance; "
      "small residual haematoma.",
      1, {"iph"}),
    C("he2-p42",
      "CT HEAD. Post right frontal EVD placement. Catheter tip in the right lateral ventricle near the foramen of "
      "Monro. Small amount of hemorrhage along the catheter tract in the right frontal lobe and new layering "
      "blood in the occipital horns. Ventricles decompressed. IMPRESSION: EVD tract hemorrhage with small IVH.",
      1, {"iph", "ivh", "multiple"}),
    C("he2-p43",
      "IMPRESSION: 1. Small L temporal hemorrhagic contusion. 2. Non-displaced L temporal bone fx extending into "
      "the mastoid. 3. L parietal scalp hematoma. No EDH.",
      1, {"iph", "fracture"}),
    C("he2-p44",
      "CT head: There is a left-sided acute subdural haematoma measuring 7 mm in depth, with mild effacement "
      "of the left lateral ventricle. Additionally there is traumatic subarachnoid haemorrhage in the left sylvian "
      "fissure. No fracture identified. Conclusion: L acute SDH and tSAH.",
      1, {"sdh", "sah", "multiple"}),
    C("he2-p45",
      "FINDINGS: Thin hyperdense crescent along the right tentorium cerebelli, 3 mm. Remainder of the "
      "intracranial appearances are within normal limits. Periorbital soft tissue swelling on the right. "
      "IMPRESSION: Small right tentorial subdural.",
      1, {"sdh"}, note="'subdural' used as a noun"),
    C("he2-p46",
      "CT HEAD AND CTA HEAD. FINDINGS: 45 mL left frontal lobar hematoma. On CTA there is a punctate focus of "
      "contrast within the hematoma (spot sign), with no underlying vascular malformation. "
      "IMPRESSION: Left frontal ICH with positive spot sign - high risk of expansion.",
      1, {"iph"}),
    C("he2-p47",
      "Findings: Established left MCA infarct with confluent petechial hyperdensity throughout the infarcted "
      "insular and frontal cortex, no mass effect beyond that of the infarct. "
      "Impression: HI-2 haemorrhagic transformation.",
      1, {"combined"}),
    C("he2-p48",
      "CT head, 36 hours post alteplase. Homogeneous hyperdense haematoma in the left corona radiata occupying "
      "less than 30% of the infarct, mild mass effect. Impression: Haemorrhagic transformation type PH-1.",
      1, {"iph", "combined"}),
    C("he2-p49",
      "CT HEAD. 80M found on floor. Right frontal intraparenchymal haematoma 2.5 cm with an overlying thin "
      "subdural layer of blood along the right frontal convexity. 3 mm MLS. IMPRESSION: R frontal IPH and "
      "thin R SDH.",
      1, {"iph", "sdh", "multiple"}),
    C("he2-p50",
      "COMPARISON: Admission CT. FINDINGS: Stable 8 mm right parietal extradural haematoma deep to the known "
      "nondisplaced parietal fracture, managed conservatively. No new collection. IMPRESSION: No interval "
      "change in R parietal EDH.",
      1, {"edh", "fracture"}),
    C("he2-p51",
      "CT HEAD. Large left holohemispheric acute subdural hematoma, 19 mm, with 15 mm midline shift, "
      "left uncal herniation and effaced basilar cisterns. New small hemorrhage in the central midbrain and "
      "upper pons consistent with Duret hemorrhage. IMPRESSION: Catastrophic L SDH w/ transtentorial herniation "
      "and secondary brainstem hemorrhage.",
      1, {"sdh", "iph", "multiple"}),
    C("he2-p52",
      "NCCT and CTA Brain. Acute haematoma in the left temporal lobe (4.2 x 3.0 cm) abutting the Sylvian fissure, "
      "with subarachnoid blood in the left Sylvian fissure and basal cisterns. CTA reveals a 6 mm aneurysm at "
      "the left MCA bifurcation directed laterally into the haematoma. IMPRESSION: Ruptured left MCA bifurcation "
      "aneurysm with temporal haematoma and SAH.",
      1, {"iph", "sah", "multiple", "combined"}),
    C("he2-p53",
      "CT HEAD: Small hemorrhagic foci in the splenium of the corpus callosum and at the left frontal gray-white "
      "junction, each under 5 mm. No extra-axial collection. IMPRESSION: Findings consistent with diffuse "
      "axonal injury with petechial hemorrhages.",
      1, {"iph", "multiple"}),
    C("he2-p54",
      "ct head noncontrast. there is acute blood in the body of the rt lateral ventricle w/ a fluid level in the "
      "occipital horn, no hydrocephalus. no parenchymal bleed seen. impression: small ivh, cause not evident.",
      1, {"ivh"}),
    C("he2-p55",
      "EXAM: CT HEAD. IMPRESSION: 2.1 CM R CORONA RADIATA ICH. NO IVH. NO HYDROCEPHALUS. NO MLS.",
      1, {"iph"}),
    C("he2-p56",
      "COMPARISON: CT 2 weeks ago. FINDINGS: Post left frontal and parietal burr holes for chronic subdural "
      "haematoma. The collection has decreased, now 5 mm, with small air locules. Resolution of midline "
      "shift. IMPRESSION: Decreased L chronic SDH post burr hole drainage.",
      1, {"sdh"}),
    C("he2-p57",
      "CT HEAD. Skateboard fall without helmet. Blood in the anterior interhemispheric fissure and in the left "
      "frontal sulci. No contusion. No fracture. IMPRESSION: Traumatic subarachnoid hemorrhage.",
      1, {"sah"}),
    C("he2-p58",
      "CT HEAD. Vertex fracture crossing the superior sagittal sinus. Biconvex hyperdense collection straddling "
      "the midline at the vertex, 11 mm. CTV: SSS compressed but patent. IMPRESSION: Vertex EDH crossing the "
      "midline, likely venous in origin, with overlying fracture.",
      1, {"edh", "fracture"}, note="'likely venous' hedges the source only"),
    C("he2-p59",
      "CT head: Acute right convexity SDH 8 mm. Questionable trace SAH in the left sylvian fissure, could be "
      "volume averaging. No fracture. Impression: R SDH; ? minor tSAH.",
      1, {"sdh"}, note="hedged SAH next to a definite SDH is not labeled"),
    C("he2-p60",
      "CT HEAD. Frontal impact. Comminuted fracture of the left orbital roof extending into the posterior wall "
      "of the frontal sinus. Adjacent haemorrhagic contusion in the left gyrus rectus. Pneumocephalus. "
      "IMPRESSION: Anterior skull base fracture with left basifrontal contusion.",
      1, {"iph", "fracture"}),
    C("he2-p61",
      "CT HEAD AND FACIAL BONES. Punched in the face. Head: small volume acute SAH in the right parietal "
      "sulci. No parenchymal injury. Calvarium intact. Face: fractures of the right zygomatic arch, anterior and "
      "lateral walls of the right maxillary sinus and the right orbital floor; haemosinus. "
      "IMPRESSION: 1. Small R parietal SAH. 2. R zygomaticomaxillary complex fracture.",
      1, {"sah"}, note="facial fractures are not skull fractures"),
    C("he2-p62", None, 1, {"iph", "ivh", "multiple"},
      description=("Plain CT brain. A large hyperdense haematoma is seen in the right basal ganglia and external "
                   "capsule measuring 5.2 x 3.8 cm (volume approx 50 cc) with surrounding hypodense oedema. Blood "
                   "is seen in the right lateral ventricle and third ventricle. Midline shift 8 mm to the left. "
                   "Both mastoids clear."),
      conclusion="Right basal ganglia bleed with intraventricular rupture and mass effect."),
    C("he2-p63", None, 1, {"sdh"},
      description=("CT Head. Comparison with study of yesterday. Thin left frontal subdural collection is again "
                   "seen measuring 4 mm, now slightly lower in density. No new abnormality."),
      conclusion="Stable small left subdural haematoma, evolving."),
    C("he2-p64",
      "Findings: Hyperdense clot within the left occipital horn and atrium, with a small parenchymal component "
      "in the adjacent periventricular white matter. Impression: Small left periventricular IPH with IVH.",
      1, {"iph", "ivh", "multiple"}),
    C("he2-p65", None, 1, {"sah", "combined"},
      description=("Unenhanced CT head followed by CT angiography. There is a small amount of hyperdense "
                   "blood in the right Sylvian fissure and the suprasellar cistern. CTA: lobulated 5 mm aneurysm "
                   "of the right posterior communicating artery origin with a daughter sac."),
      conclusion="SAH from a ruptured right PComm aneurysm."),

    # ------------------------------------------------------------------ absent
    C("he2-a01",
      "EXAM: CT HEAD WITHOUT CONTRAST. HISTORY: Syncope. COMPARISON: None. FINDINGS: No acute intracranial "
      "hemorrhage, mass effect, or midline shift. Gray-white differentiation is preserved. Ventricles and sulci "
      "are normal in size for age. No extra-axial fluid collection. The calvarium is intact. Visualized sinuses "
      "and mastoids are clear. IMPRESSION: No acute intracranial abnormality.",
      0),
    C("he2-a02",
      "CT BRAIN. Generalised cerebral volume loss with proportionate ventricular prominence. Confluent "
      "periventricular white matter hypoattenuation in keeping with chronic small vessel ischaemia. Old lacunar "
      "infarcts in the left internal capsule and right thalamus. No haemorrhage, no acute territorial infarct, "
      "no space-occupying lesion. COMMENT: Age-related involutional and small vessel changes only.",
      0),
    C("he2-a03",
      "CT HEAD. Fall from ladder. Large left parietal subgaleal hematoma measuring 2.4 cm in thickness. No "
      "underlying calvarial fracture. No intracranial hemorrhage or extra-axial collection. Brain parenchyma "
      "unremarkable. IMPRESSION: Left parietal subgaleal hematoma without intracranial injury.",
      0),
    C("he2-a04",
      "Findings: Dense calcification along the anterior falx cerebri, physiological. Calcified pineal gland and "
      "choroid plexus glomera. No intra- or extra-axial haemorrhage. Ventricles normal. Impression: Normal CT "
      "brain; incidental physiological calcification.",
      0),
    C("he2-a05",
      "CT HEAD, CTA AND CT PERFUSION - CODE STROKE. FINDINGS: Hyperdense left M1 segment consistent with "
      "thrombus. Subtle loss of the left insular ribbon, ASPECTS 8. No intracranial haemorrhage. CTA: Occlusion "
      "of the left M1 with moderate collaterals. Perfusion: Large penumbra in left MCA territory. "
      "IMPRESSION: Left M1 occlusion, no ICH - suitable for thrombectomy.",
      0, note="hyperdense artery is a mimic"),
    C("he2-a06",
      "COMPARISON: Prior CT 8 months ago. FINDINGS: Encephalomalacia in the right basal ganglia and external "
      "capsule at the site of the previous hemorrhage, with ex vacuo dilatation of the right frontal horn. "
      "No acute hemorrhage. IMPRESSION: Chronic post-hemorrhagic change; nothing acute.",
      0, note="old sequelae only"),
    C("he2-a07",
      "COMPARISON: CT 3 months ago. FINDINGS: The previously seen left frontal subdural haematoma has completely "
      "resolved. No extra-axial collection. Brain parenchyma normal. IMPRESSION: Resolution of L SDH.",
      0),
    C("he2-a08",
      "CT CHEST WITH CONTRAST. Indication: Swelling at pacemaker site. Findings: 4 x 3 cm hematoma in the left "
      "pectoral pacemaker pocket without active extravasation. Leads in standard position. Lungs clear. "
      "No pleural effusion. IMPRESSION: Pacemaker pocket hematoma.",
      0, note="non-head study"),
    C("he2-a09",
      "CT CERVICAL SPINE. Type II odontoid fracture with 3 mm posterior displacement. Prevertebral soft tissue "
      "swelling and hematoma from C1 to C3. Craniocervical junction otherwise aligned. IMPRESSION: Type II dens "
      "fracture with prevertebral hematoma.",
      0, note="spine study; C2 is not skull"),
    C("he2-a10",
      "CT FACIAL BONES. Assault. Comminuted fractures of the nasal bones and frontal process of the left maxilla. "
      "Fracture of the left orbital floor with herniation of orbital fat, and of the medial orbital wall. "
      "Blood-fluid level in the left maxillary sinus. Visualised intracranial contents unremarkable. "
      "IMPRESSION: Left orbital blowout and nasal fractures.",
      0, note="facial bones are not skull; sinus blood is not ICH"),
    C("he2-a11",
      "CT ORBITS. Left retrobulbar haematoma with mild proptosis and stretching of the optic nerve. Left "
      "periorbital soft tissue swelling. No orbital roof fracture. Brain not fully imaged but no abnormality in "
      "the visualised portions. IMPRESSION: Left retrobulbar haematoma - ophthalmology aware.",
      0),
    C("he2-a12",
      "CT HEAD (DUAL ENERGY) post thrombectomy. FINDINGS: Hyperdensity in the left caudate and putamen, peak "
      "110 HU, which is bright on the iodine map and not visible on virtual non-contrast images, consistent with "
      "contrast staining. No hemorrhage. IMPRESSION: Contrast staining in the left basal ganglia; no ICH.",
      0, note="mimic"),
    C("he2-a13",
      "CT HEAD + CT VENOGRAM. Known polycythaemia, Hb 205. Diffusely dense dural venous sinuses and cortical "
      "veins, symmetric, attributed to raised haematocrit. CTV: all sinuses opacify normally, no filling defect. "
      "No intracranial haemorrhage. IMPRESSION: Dense sinuses from polycythaemia; no venous thrombosis.",
      0),
    C("he2-a14",
      "CT HEAD. Hammer blow. Depressed comminuted fracture of the left frontal bone, depressed 7 mm. No "
      "underlying extradural or subdural collection, no contusion. Overlying scalp laceration with soft tissue "
      "gas. IMPRESSION: Depressed L frontal skull fx without intracranial haemorrhage.",
      0, {"fracture"}),
    C("he2-a15",
      "FINDINGS: 2.5 cm densely calcified extra-axial mass along the right frontal convexity with a broad dural "
      "base and mild hyperostosis, consistent with meningioma. No surrounding edema. No hemorrhage. "
      "IMPRESSION: Calcified R frontal meningioma, likely incidental.",
      0),
    C("he2-a16",
      "NCCT BRAIN. Symmetrical dense calcifications in bilateral globus pallidus, caudate nuclei and dentate "
      "nuclei of cerebellum. No haemorrhage or infarct. IMPRESSION: Bilateral symmetric basal ganglia and "
      "dentate calcification - ? Fahr / correlate with calcium and PTH.",
      0, note="the '?' concerns the cause of calcification"),
    C("he2-a17",
      "CT head. Clinical: Headache. Findings: No intracranial haemorrhage or extra-axial collection. No mass "
      "lesion or midline shift. Normal ventricular size. No focal parenchymal abnormality. "
      "Conclusion: Normal CT head.",
      0),
    C("he2-a18",
      "CT HEAD. S/P right pterional craniotomy for resection of sphenoid wing meningioma. Small amount of "
      "extra-axial air. Expected postoperative oedema in the right frontal operculum. No blood products in the "
      "resection bed and no extra-axial haematoma. IMPRESSION: Expected post-operative appearance.",
      0),
    C("he2-a19",
      "CT HEAD WO. FINDINGS: NO ACUTE INTRACRANIAL ABNORMALITY. NO BLEED, NO MASS, NO SHIFT. "
      "IMPRESSION: NEGATIVE HEAD CT.",
      0),
    C("he2-a20",
      "CT HEAD. Left periorbital and malar soft tissue hematoma following fall onto face. The globe is intact. "
      "No fracture of the orbit or calvarium. Intracranial appearances normal. IMPRESSION: Soft tissue injury "
      "only.",
      0),
    C("he2-a21",
      "NCCT HEAD. No e/o intracranial bleed or SOL. Age related cerebral atrophy with prominent sulcal spaces. "
      "B/L maxillary sinusitis. IMPRESSION: No acute intracranial abnormality.",
      0),
    C("he2-a22",
      "CT HEAD, 4 weeks post coiling of AComm aneurysm. COMPARISON: Prior CTs. FINDINGS: Coil mass in expected "
      "location. The previously noted subarachnoid blood has cleared, with no residual hyperdensity in the "
      "cisterns or sulci. VP shunt catheter in right lateral ventricle, ventricles decreased. "
      "IMPRESSION: Resolved SAH. Stable coil mass.",
      0),
    C("he2-a23",
      "Findings: Encephalomalacia and gliosis in both frontal poles and the left temporal pole from remote "
      "trauma. Old healed right parietal craniotomy. No acute haemorrhage. Impression: Chronic post-traumatic "
      "changes.",
      0),
    C("he2-a24",
      "CT ABDOMEN AND PELVIS WITH CONTRAST. Subcapsular hepatic hematoma along segment 6 measuring 6 x 2 cm "
      "following liver biopsy. No active extravasation. Small volume hemoperitoneum in the pelvis. "
      "IMPRESSION: Post-biopsy subcapsular hepatic hematoma.",
      0),
    C("he2-a25",
      "CT HEAD. Hyperdense basilar artery, concerning for acute basilar thrombosis; recommend urgent CTA. "
      "No intracranial hemorrhage. Posterior fossa otherwise unremarkable.",
      0, note="hyperdense artery is a mimic; hedge is about thrombosis"),
    C("he2-a26",
      "CT HEAD. Beam hardening artefact limits evaluation of the posterior fossa between the petrous bones. "
      "Within this limitation, no intracranial haemorrhage is identified. Supratentorial brain normal.",
      0),
    C("he2-a27",
      "CT HEAD post cardiac arrest. FINDINGS: Diffuse loss of grey-white differentiation with sulcal effacement. "
      "Relative hyperdensity of the basal cisterns, tentorium and falx against the swollen low-density brain, "
      "in keeping with pseudo-subarachnoid haemorrhage; no true subarachnoid blood. "
      "IMPRESSION: Global hypoxic-ischaemic injury with diffuse cerebral oedema.",
      0, note="pseudo-SAH mimic"),
    C("he2-a28",
      "CT HEAD. Chronic right PCA territory infarct with encephalomalacia of the right occipital lobe. Mild "
      "generalised atrophy. No acute infarct or haemorrhage. Comparison to prior shows no change.",
      0),
    C("he2-a29", None, 0,
      description=("Non-contrast CT brain. The ventricles, sulci and cisterns are age-appropriate. No focal "
                   "lesion. No intra-axial or extra-axial collection. Small calcified granuloma in the right "
                   "frontal lobe, unchanged. Calvarium intact."),
      conclusion="No acute intracranial pathology. Stable calcified granuloma."),
    C("he2-a30",
      "COMPARISON: CT head 5 weeks ago demonstrating left thalamic haemorrhage. FINDINGS: The haematoma is no "
      "longer visible; there is a small slit-like hypodensity at its site. No new haemorrhage. "
      "IMPRESSION: Resolved left thalamic haemorrhage with residual cavity.",
      0),

    # ------------------------------------------------------------------ hedged
    C("he2-h01",
      "CT HEAD. Possible small left frontal subdural hematoma versus streak artifact from the adjacent bone; "
      "measures up to 2 mm. No mass effect. IMPRESSION: Equivocal thin L frontal extra-axial density - follow-up "
      "CT advised.",
      -1),
    C("he2-h02",
      "Findings: Subtle hyperdensity within the right Sylvian fissure. A small volume of subarachnoid blood "
      "cannot be excluded. Otherwise unremarkable. Impression: ?Trace right SAH - suggest repeat CT in 6 hours.",
      -1),
    C("he2-h03",
      "FINDINGS: 6 mm hyperdense focus in the left frontal subcortical white matter, calcification versus small "
      "hemorrhage. No edema. IMPRESSION: Indeterminate hyperdense L frontal focus; MRI or follow-up CT.",
      -1),
    C("he2-h04",
      "CT HEAD. Questionable thin extra-axial hyperdensity along the left tentorium, ?SDH vs normal dural "
      "enhancement of the tentorium. No other abnormality.",
      -1),
    C("he2-h05",
      "FINDINGS: 9 mm rounded hyperdense focus in the right thalamus. No surrounding edema or mass effect. "
      "Ventricles normal. IMPRESSION: Hyperdense right thalamic focus; recommend MRI brain.",
      -1, note="unexplained hyperdense focus not called blood"),
    C("he2-h06",
      "CT HEAD. Nondisplaced fracture of the left occipital bone. Possible tiny underlying extradural collection "
      "versus normal left transverse sinus; no mass effect. IMPRESSION: L occipital fracture; ? tiny EDH - "
      "short-interval follow-up.",
      -1, {"fracture"}),
    C("he2-h07",
      "Findings: Increased density within several left parietal sulci, likely reflecting a small amount of "
      "subarachnoid haemorrhage in the context of trauma. Impression: Likely small L parietal tSAH.",
      -1),
    C("he2-h08",
      "COMPARISON: CT 2 days ago. FINDINGS: Evolving right MCA infarct. A few areas of slightly increased "
      "density in the right lentiform nucleus; haemorrhagic transformation is not excluded. "
      "IMPRESSION: R MCA infarct; early HT cannot be excluded - MRI SWI if management would change.",
      -1),
    C("he2-h09",
      "FINDINGS: 3.5 cm left temporal mass with internal hyperdensity, which could represent haemorrhage or "
      "calcification. Moderate oedema. IMPRESSION: Left temporal mass; MRI with contrast for characterisation.",
      -1),
    C("he2-h10",
      "CT HEAD. Probable small contusion at the right temporal pole, 7 mm; partly obscured by bony artefact. "
      "No extra-axial collection. No fracture.",
      -1),
    C("he2-h11",
      "CT HEAD. Slight layering density in the dependent occipital horns ? IVH ? artefact. No hydrocephalus. "
      "IMPRESSION: ?IVH - correlate clinically / repeat.",
      -1),
    C("he2-h12",
      "NCCT BRAIN. Small hyperdense area ~7 mm noted in the left parietal region ? haemorrhagic contusion "
      "? calcified granuloma. No midline shift. Ventricles normal. IMPRESSION: As above - suggested MRI.",
      -1),
    C("he2-h13",
      "Findings: Equivocal thickening and hyperdensity along the posterior falx, which may represent a small "
      "interhemispheric subdural haematoma versus normal falx in this elderly patient. No mass effect. "
      "Impression: Possible small parafalcine SDH.",
      -1),
    C("he2-h14",
      "CT HEAD. Study is markedly degraded by patient motion despite repeat acquisition. Within these limits no "
      "large haemorrhage, though a small subdural haematoma cannot be ruled out. IMPRESSION: Non-diagnostic for "
      "small bleed; repeat when able to cooperate.",
      -1),
    C("he2-h15",
      "IMPRESSION: Subtle hyperdensity in the L parietal sulci suspicious for a small amount of SAH. No fx. "
      "No MLS.",
      -1),
    C("he2-h16",
      "FINDINGS: 1.2 cm round hyperdense lesion in the right pons without surrounding oedema. Differential "
      "includes a cavernous malformation with recent haemorrhage or a calcified lesion. IMPRESSION: Indeterminate "
      "pontine hyperdensity; MRI recommended.",
      -1),
    C("he2-h17",
      "CT HEAD. Extra-axial collection of intermediate density over the right convexity, 7 mm, which may be a "
      "subacute subdural hematoma or a hygroma. Mild sulcal effacement. IMPRESSION: R extra-axial collection, "
      "indeterminate - MRI may help.",
      -1),
    C("he2-h18",
      "Findings: Right MCA infarct day 4 with subtle gyriform cortical hyperdensity, possibly petechial "
      "haemorrhage versus cortical laminar change. Impression: ?early petechial transformation.",
      -1),
    C("he2-h19",
      "CT HEAD. Tiny focus of high attenuation in the left cerebellar hemisphere - ? microbleed / calcification. "
      "Not convincingly haemorrhage. Otherwise normal.",
      -1),
    C("he2-h20",
      "CT HEAD WITH CONTRAST. Known lung carcinoma. 1.8 cm enhancing lesion at the left parietal grey-white "
      "junction with slight intrinsic hyperdensity on the precontrast images, raising concern for a haemorrhagic "
      "metastasis. MRI recommended.",
      -1, note="hedged bleed in tumour: no combined"),
    C("he2-h21",
      "CT HEAD AND CTA. Hyperdensity within the suprasellar cistern could represent a small volume of "
      "subarachnoid blood or volume averaging with the circle of Willis vessels. CTA: no aneurysm. "
      "IMPRESSION: Equivocal suprasellar density, no aneurysm; LP if clinical suspicion persists.",
      -1),
    C("he2-h22",
      "COMPARISON: CT 3 days ago. FINDINGS: The left frontal hyperdensity previously thought to represent a "
      "contusion is less conspicuous, possibly resolving haemorrhage versus partial volume of the orbital roof. "
      "IMPRESSION: Less conspicuous L frontal density, of uncertain significance.",
      -1),
    C("he2-h23",
      "CT HEAD. Suggestion of a small amount of blood in the dependent portion of the left occipital horn. "
      "Otherwise normal. IMPRESSION: ? small volume IVH.",
      -1),
    C("he2-h24", None, -1,
      description=("CT brain without contrast. A small hyperdense area is seen in the right frontal cortex "
                   "measuring 5 mm. No perilesional oedema. Ventricular system not dilated. Midline structures "
                   "not displaced."),
      conclusion="Small hyperdense focus in the right frontal lobe - haemorrhage vs calcification, follow-up advised."),
    C("he2-h25",
      "FINDINGS: Hazy hyperdensity overlying the right frontal convexity that may be a thin subdural or "
      "subarachnoid component versus partial voluming of the calvarium. No midline shift. Right frontal scalp "
      "hematoma. IMPRESSION: Possible small R frontal extra-axial blood; repeat CT in 6 h.",
      -1),
]
