"""Held-out English set 4: 120 invented head CT reports in the styles of English-speaking radiologists.

Who wrote it: a helper session wrote every report from scratch, working from the label definitions
and general radiology knowledge only. It did not look at the project's lexicon, matcher or any
other case file (only the record type in _cases.py and the header layout of set 3). All reports
are invented: no real patients, names, dates or identifiers.

What it covers: US FINDINGS/IMPRESSION reports with numbered impressions, UK prose, terse
Australian and Indian reports, ED preliminary reads, teleradiology templates ("No acute
intracranial abnormality"), follow-up comparisons ("compared to prior of ...", "interval
decrease", "evolving", "redemonstration of"), polytrauma head + C-spine + face, long normal
templates with a single finding in the middle, and CTA added to non-contrast CT. Extra weight goes
to combined pathology (ruptured aneurysm, AVM, bleeding tumour, haemorrhagic transformation, venous
sinus thrombosis), intraventricular blood without the usual wording (layering, dependent
hyperdensity, blood-fluid level, ventricular extension, casting), multiple foci or compartments,
parenchymal blood named only by anatomy, subarachnoid blood named only by place (sulci, cisterns,
Sylvian fissure) and skull vault/base fractures.

Labeling conventions:
- ich=1 when blood is present inside the skull in this study (acute, subacute, chronic,
  haemorrhagic contusion, residual post-operative haematoma, follow-up with blood still present);
  ich=0 for absent blood, extracranial blood (scalp, subgaleal, sinus, orbit, middle ear, other
  body regions), mimics (calcification, dense MCA/basilar sign, contrast enhancement or staining,
  dense falx/tentorium, high haematocrit, pseudo-SAH), old sequelae only (encephalomalacia,
  haemosiderin), fully resolved haemorrhage and non-head studies; ich=-1 when haemorrhage is only
  suggested (possible, cannot be excluded, questionable, may represent, versus, recommend MRI to
  exclude) or a small hyperdense focus is left unexplained.
- Subtypes come from anatomy when no subtype word is used: parenchyma -> iph, ventricles -> ivh,
  sulci/cisterns/fissures -> sah, crescent along convexity/falx/tentorium -> sdh, lentiform
  collection at the bone or fracture -> edh. Haemorrhagic contusion -> iph. Hedged reports carry
  no subtypes; a hedged extra finding in a report with definite blood is not labeled.
- multiple: two or more subtypes, or two or more separate foci (bilateral collections or contusions
  count as two; one diffuse SAH or blood in both occipital horns counts as one).
- combined: definite haemorrhage with a definite cause (ruptured aneurysm, AVM, bleeding tumour,
  haemorrhagic transformation, venous sinus thrombosis). Tumour bleeding and HI-type transformation
  carry no subtype; PH-type transformation or a named parenchymal haematoma carries iph. A suspected
  or pending cause, or a cause outside this list, does not make a case combined.
- fracture: skull vault or base only (facial, orbital floor, mandible and spine fractures do not
  count); a definite fracture is labeled even when ich is 0 or -1.

First score (lexicon en-ich 1.2.0, rules; the honest figure): ICH sensitivity 1.000, specificity 0.865,
PPV 0.929, hedged sent to verification 0.944; F1 edh 1.000, sdh 0.914, sah 0.944, iph 0.909, ivh 0.960,
multiple 0.947, fracture 0.875, combined 0.865. Its misses were then read and the general ones fixed
(en-ich 1.3), so from 1.3 on it is a development set, not a held-out one.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ================================================================== present (ich=1)
    # ---- combined: aneurysm, AVM, tumour, transformation, venous thrombosis
    C("he4-p01", None, 1, {"sah", "ivh", "multiple", "combined"},
      description=(
          "EXAM: CT head without contrast, followed by CT angiography of the head and neck. "
          "HISTORY: Worst headache of life, collapsed at home. NONCONTRAST: Diffuse hyperdense blood "
          "fills the suprasellar, ambient and quadrigeminal cisterns and tracks into both Sylvian "
          "fissures and the anterior interhemispheric fissure. Dependent hyperdensity layers in the "
          "occipital horns of both lateral ventricles. The temporal horns are mildly prominent. No "
          "parenchymal hematoma. CTA: A 7 x 5 mm saccular aneurysm arises from the anterior "
          "communicating artery, projecting anteriorly and superiorly, with an irregular dome. No "
          "second aneurysm. Cervical carotid and vertebral arteries are patent."),
      conclusion=(
          "IMPRESSION: 1. Diffuse acute subarachnoid hemorrhage with intraventricular extension "
          "layering in the occipital horns. 2. Ruptured 7 mm anterior communicating artery aneurysm "
          "as the source. 3. Mild early hydrocephalus. Findings called to the neurosurgery resident "
          "at the time of interpretation.")),
    C("he4-p02",
      "CT head and CT angiogram. Clinical details: sudden severe headache and vomiting, GCS 14. "
      "There is high attenuation blood in the anterior interhemispheric fissure and the callosal "
      "cistern, with a smaller amount in the suprasellar and basal cisterns. The ventricles are not "
      "dilated and contain no blood. The angiographic phase shows a lobulated 5 mm aneurysm at the "
      "right A2/A3 junction (pericallosal artery), centred on the densest clot. Conclusion: Acute "
      "blood in the interhemispheric fissure and basal cisterns from a ruptured right pericallosal "
      "artery aneurysm. Neurosurgical referral advised.",
      1, {"sah", "combined"}, note="subarachnoid blood named only by place (fissure, cisterns)"),
    C("he4-p03", None, 1, {"iph", "combined"},
      description=(
          "Non-contrast CT head with CTA head. There is an acute 3.8 x 2.9 cm hematoma in the left "
          "parietal lobe with surrounding edema and 4 mm rightward midline shift. Along its posterior "
          "margin are serpiginous hyperdense structures and a few punctate calcifications. CTA shows a "
          "compact tangle of vessels (nidus about 2 cm) in the left parietal lobe supplied by enlarged "
          "left MCA branches and draining through a dilated cortical vein to the superior sagittal "
          "sinus. No intraventricular or subarachnoid blood."),
      conclusion=(
          "1. Acute left parietal intraparenchymal hemorrhage due to rupture of a left parietal "
          "arteriovenous malformation. 2. Mild mass effect with 4 mm midline shift.")),
    C("he4-p04",
      "CT brain + CTA. 24M, collapse at gym. Acute R occipital lobar haematoma 4 cm, ruptured into "
      "the occipital horn of the R lateral ventricle, with blood also in the third and fourth "
      "ventricles. CTA: R occipital AVM, nidus 2.5 cm, fed by the R PCA, deep venous drainage to the "
      "vein of Galen. No aneurysm. Ventricles mildly enlarged. Impression: Haemorrhage from R "
      "occipital AVM with intraventricular extension. Early hydrocephalus.",
      1, {"iph", "ivh", "multiple", "combined"}),
    C("he4-p05",
      "CT HEAD WITHOUT AND WITH CONTRAST. History: Metastatic melanoma, new confusion. Findings: A "
      "2.2 cm heterogeneous hyperdense lesion in the right frontal lobe with extensive surrounding "
      "vasogenic edema; after contrast there is nodular peripheral enhancement. Two further small "
      "enhancing nodules without hyperdensity are present in the left cerebellar hemisphere and left "
      "occipital lobe. No extra-axial blood. IMPRESSION: 1. Hemorrhagic right frontal melanoma "
      "metastasis with vasogenic edema. 2. Two additional non-hemorrhagic enhancing metastases.",
      1, {"combined"},
      note="bleeding tumour: combined with no subtype; only one lesion has bled, so not multiple"),
    C("he4-p06", None, 1, {"combined"},
      description=(
          "Comparison is made with the MRI of six weeks ago showing a left temporal glioblastoma. The "
          "known left temporal mass now contains a new area of high attenuation measuring 2.5 cm, in "
          "keeping with acute intratumoural haemorrhage. Surrounding oedema has increased, with "
          "effacement of the left lateral ventricle and 6 mm midline shift to the right. No "
          "haemorrhage elsewhere."),
      conclusion="Acute haemorrhage into the known left temporal glioblastoma with increased mass effect.",
      note="tumour bleeding: combined, no subtype"),
    C("he4-p07",
      "CT head 24 hours after alteplase for left MCA stroke. Established low attenuation in the left "
      "insula, frontal operculum and lentiform nucleus consistent with evolving infarction. Within the "
      "infarcted lentiform nucleus are several small petechial hyperdensities without mass effect, "
      "in keeping with haemorrhagic transformation, ECASS HI-1 type. No parenchymal haematoma. No "
      "midline shift. Impression: Evolving left MCA territory infarct with petechial haemorrhagic "
      "transformation (HI-1).",
      1, {"combined"},
      note="HI-type transformation: combined, no subtype; petechiae within one infarct are one focus"),
    C("he4-p08", None, 1, {"iph", "combined"},
      description=(
          "FINDINGS: Follow-up after mechanical thrombectomy of a right M1 occlusion. A new dense "
          "haematoma measuring 4.1 x 3.0 cm occupies the right lentiform nucleus and corona radiata "
          "within the known infarct, involving more than 30% of the infarcted volume, with mass effect "
          "on the right lateral ventricle and 5 mm leftward midline shift. Contrast staining seen "
          "previously in the caudate has washed out. The ventricles contain no blood."),
      conclusion=(
          "IMPRESSION: 1. Hemorrhagic transformation of the right MCA infarct, parenchymal hematoma "
          "type 2 (PH-2), with mass effect. 2. Stroke team notified."),
      note="PH-type transformation carries iph"),
    C("he4-p09",
      "CT head and CT venogram. 32-year-old woman two weeks postpartum with headache and a seizure. "
      "The superior sagittal sinus and left transverse sinus are hyperdense on the unenhanced images "
      "and show extensive filling defects on the venogram, in keeping with dural venous sinus "
      "thrombosis. In the left parietal lobe there is a 2.8 cm intraparenchymal haematoma within a "
      "larger zone of low attenuation that does not follow an arterial territory, consistent with a "
      "haemorrhagic venous infarct. Conclusion: Superior sagittal and left transverse sinus thrombosis "
      "complicated by a left parietal venous infarct with parenchymal haematoma.",
      1, {"iph", "combined"}, note="venous sinus thrombosis with a named parenchymal haematoma -> iph"),
    C("he4-p10", None, 1, {"sah", "combined"},
      description=(
          "Non-contrast CT head and CT venography. Linear hyperdensity lies within a few sulci over the "
          "right frontal convexity near the vertex. The basal cisterns are clear. The right transverse "
          "and sigmoid sinuses and right jugular bulb do not opacify on the venous phase and appear "
          "as a hyperdense cord on the unenhanced images; the left-sided sinuses are patent. Brain "
          "parenchyma otherwise normal."),
      conclusion=(
          "Acute right transverse-sigmoid sinus thrombosis with a small associated convexity "
          "subarachnoid haemorrhage in the right frontal sulci.")),
    C("he4-p11",
      "CTA HEAD WITH NONCONTRAST PRECURSOR. INDICATION: Found down, GCS 7. Noncontrast: Dense acute "
      "blood fills the prepontine, interpeduncular and both ambient cisterns, with blood in the fourth "
      "ventricle and layering in the occipital horns. Hydrocephalus with dilated temporal horns. CTA: "
      "9 mm basilar tip aneurysm with a daughter sac, matching the centre of the clot. IMPRESSION: "
      "1. Extensive posterior fossa subarachnoid hemorrhage and intraventricular hemorrhage from a "
      "ruptured 9 mm basilar tip aneurysm. 2. Acute hydrocephalus; emergent ventricular drainage "
      "should be considered.",
      1, {"sah", "ivh", "multiple", "combined"}),
    C("he4-p12", None, 1, {"sah", "iph", "multiple", "combined"},
      description=(
          "Head CT noncontrast and CTA. Acute 3.5 cm hematoma in the right anterior temporal lobe "
          "abutting the Sylvian fissure, with dense blood filling the right Sylvian cistern and "
          "extending to the suprasellar cistern. CTA shows a 6 mm bilobed aneurysm at the right MCA "
          "bifurcation pointing laterally into the hematoma. 3 mm midline shift. Ventricles clear."),
      conclusion=(
          "1. Ruptured right MCA bifurcation aneurysm with right temporal lobe hematoma and Sylvian "
          "fissure subarachnoid hemorrhage. 2. No hydrocephalus.")),
    C("he4-p13",
      "NCCT Brain. K/c/o renal cell carcinoma. Well-defined hyperdense lesion 2.0 x 1.8 cm in left "
      "cerebellar hemisphere with perilesional oedema, compressing the fourth ventricle. Mild "
      "dilatation of lateral and third ventricles. Impression: Haemorrhagic metastasis in left "
      "cerebellar hemisphere with obstructive hydrocephalus. Suggest contrast MRI.",
      1, {"combined"}, note="bleeding tumour: combined, no subtype"),
    C("he4-p14", None, 1, {"sah", "sdh", "multiple", "combined"},
      description=(
          "CT head non-contrast then CTA circle of Willis. Blood in the left Sylvian fissure and the "
          "left-sided basal cisterns. In addition there is an acute 6 mm hyperdense subdural collection "
          "along the left frontotemporal convexity. CTA: 8 mm aneurysm at the origin of the left "
          "posterior communicating artery with an irregular dome directed laterally. No arteriovenous "
          "malformation."),
      conclusion=(
          "Ruptured left posterior communicating artery aneurysm with subarachnoid haemorrhage and an "
          "associated acute left convexity subdural haematoma.")),
    # ---- intraventricular
    C("he4-p15",
      "CT head without contrast, trauma activation. Motor vehicle collision. Small amount of dependent "
      "hyperdensity in the occipital horns of both lateral ventricles, consistent with intraventricular "
      "blood. No parenchymal, subdural or epidural hemorrhage identified. Basal cisterns patent. "
      "Calvarium intact. Impression: Small volume intraventricular hemorrhage layering in the occipital "
      "horns. No other acute intracranial injury.",
      1, {"ivh"}, note="both occipital horns count as one focus"),
    C("he4-p16",
      "Unenhanced CT head. There is a blood-fluid level in the occipital horn of the right lateral "
      "ventricle. The left occipital horn is clear. No parenchymal source is identified. Ventricular "
      "size is normal. No extra-axial collection. Comment: Small volume of ventricular haemorrhage in "
      "the right occipital horn. CT angiography is advised to look for a vascular cause given the lack "
      "of a parenchymal source.",
      1, {"ivh"}),
    C("he4-p17", None, 1, {"iph", "ivh", "multiple"},
      description=(
          "Acute haemorrhage centred in the left thalamus measuring 3.0 cm, rupturing into the "
          "ventricular system. Blood casts the third ventricle and the body and atrium of the left "
          "lateral ventricle, with a small amount in the fourth ventricle. The temporal horns are "
          "dilated, in keeping with acute hydrocephalus. No blood in the sulci or cisterns."),
      conclusion=(
          "Left thalamic haemorrhage with extension into the ventricles and casting; acute obstructive "
          "hydrocephalus.")),
    C("he4-p18",
      "CT brain. Hx: HTN, sudden headache, drowsy. Findings: 1.5 cm acute haemorrhage in the R caudate "
      "head extending into the frontal horn of the R lateral ventricle; blood also layers dependently "
      "in both occipital horns. No hydrocephalus. Impression: R caudate haemorrhage with "
      "intraventricular extension.",
      1, {"iph", "ivh", "multiple"}),
    C("he4-p19",
      "NONCONTRAST HEAD CT. Clinical: Acute confusion, on apixaban. Acute hemorrhage distends and "
      "casts both lateral ventricles, the third ventricle and the cerebral aqueduct. No parenchymal "
      "hematoma adjacent to the ventricles. Periventricular low density around the frontal horns "
      "suggests transependymal flow. No extra-axial collection. IMPRESSION: Primary intraventricular "
      "hemorrhage with casting of the ventricular system and obstructive hydrocephalus.",
      1, {"ivh"}),
    C("he4-p20", None, 1, {"ivh"},
      description=(
          "Comparison: CT head of two days ago. Right frontal external ventricular drain in situ with "
          "its tip in the right frontal horn. Interval decrease in the ventricular blood, now a small "
          "amount layering in the occipital horns only. Ventricular size has decreased. Small volume "
          "of gas along the drain tract. No new haemorrhage."),
      conclusion=(
          "Interval decrease in intraventricular blood with small residual layering in the occipital "
          "horns. Smaller ventricles with EVD in situ.")),
    # ---- multiple
    C("he4-p21",
      "CT head. 84-year-old man with falls and increasing confusion over three weeks, on clopidogrel. "
      "There are bilateral subdural collections over the cerebral convexities, mainly low density with "
      "dependent hyperdense components, measuring 14 mm on the right and 9 mm on the left, with "
      "effacement of the sulci on both sides; midline shift is minimal because the mass effect is "
      "balanced. Impression: Bilateral chronic subdural haematomas with acute-on-chronic components.",
      1, {"sdh", "multiple"}, note="bilateral collections count as two foci"),
    C("he4-p22", None, 1, {"sdh", "sah", "iph", "multiple"},
      description=(
          "HEAD CT WITHOUT CONTRAST. Assault, struck on the back of the head. Acute left frontotemporal "
          "subdural hematoma measuring 7 mm with mild sulcal effacement. Hyperdense blood in several "
          "sulci of the left frontal lobe and along the left Sylvian fissure. Hemorrhagic contusions in "
          "the inferior right frontal lobe, largest 1.4 cm, and the right temporal pole, consistent "
          "with contrecoup injury. Right occipital scalp hematoma. No calvarial fracture identified. "
          "2 mm rightward midline shift."),
      conclusion=(
          "1. Acute left frontotemporal subdural hematoma. 2. Traumatic subarachnoid hemorrhage, left "
          "frontal. 3. Right frontal and temporal hemorrhagic contusions (contrecoup). 4. No fracture.")),
    C("he4-p23",
      "CT HEAD. 79-year-old with known cerebral amyloid angiopathy, new visual loss. There is an acute "
      "3.2 cm lobar hematoma in the right occipital lobe reaching the cortical surface, with a small "
      "amount of adjacent sulcal blood. A separate 1.0 cm acute hyperdense focus in the left frontal "
      "subcortical white matter also represents hemorrhage. An old left temporal hemorrhage cavity is "
      "noted. IMPRESSION: Two acute lobar hemorrhages (right occipital and left frontal), with minor "
      "adjacent sulcal extension on the right.",
      1, {"iph", "sah", "multiple"},
      note="amyloid angiopathy is not one of the listed causes, so not combined; sulcal blood -> sah"),
    C("he4-p24",
      "NCCT head. H/o RTA with LOC and ENT bleed. Biconvex hyperdense extra-axial collection in right "
      "temporal region, max thickness 14 mm, with mass effect and 6 mm midline shift to left. "
      "Undisplaced linear fracture of right temporal squamous bone underlying the collection. Thin "
      "hyperdensity in left frontal sulci. Impression: Acute EDH right temporal with underlying "
      "fracture. Traumatic SAH left frontal.",
      1, {"edh", "sah", "multiple", "fracture"}),
    C("he4-p25", None, 1, {"sdh", "ivh", "multiple"},
      description=(
          "Thin acute subdural haematoma along the right tentorium cerebelli and the posterior falx, "
          "maximum 4 mm. Small volume of blood layering in the occipital horn of the left lateral "
          "ventricle. No parenchymal haemorrhage. No skull fracture."),
      conclusion=(
          "Small right tentorial and parafalcine subdural haematoma with a small amount of "
          "intraventricular haemorrhage.")),
    C("he4-p26",
      "CT head following a fall down stairs. There are haemorrhagic contusions in both frontal lobes "
      "inferiorly, measuring 2.1 cm on the right and 1.6 cm on the left, with surrounding low "
      "attenuation oedema. No extra-axial collection. The skull vault and base are intact. The "
      "visualised facial bones show a minimally displaced nasal bone fracture. Conclusion: Bilateral "
      "inferior frontal haemorrhagic contusions.",
      1, {"iph", "multiple"}, note="nasal bone fracture is facial, not a skull fracture"),
    C("he4-p27", None, 1, {"iph", "multiple"},
      description=(
          "High-speed rollover. Multiple punctate hyperdense foci of hemorrhage at the gray-white "
          "junction of the right frontal and left parietal lobes and within the splenium of the corpus "
          "callosum, the largest 5 mm. No extra-axial hemorrhage. Ventricles and cisterns normal. No "
          "fracture."),
      conclusion=(
          "Multiple small hemorrhagic foci at the gray-white junction and in the callosal splenium, "
          "consistent with diffuse axonal injury. MRI recommended for full extent.")),
    C("he4-p28",
      "CT brain. Fall on warfarin, INR 3.4. 5 mm acute SDH along the L convexity. Trace blood in the "
      "R parietal sulci. No fracture. Imp: Small L acute SDH. Small R parietal tSAH.",
      1, {"sdh", "sah", "multiple"}),
    # ---- intraparenchymal by anatomy
    C("he4-p29",
      "Non-contrast CT brain. Acute right-sided sensory loss. There is a 1.5 cm hyperdense focus in "
      "the left thalamus with a thin rim of low attenuation, consistent with an acute bleed. No "
      "ventricular extension. No hydrocephalus. Background small vessel ischaemic change. Impression: "
      "Acute left thalamic haemorrhage, likely hypertensive.",
      1, {"iph"}, note="'likely' qualifies the cause, not the blood"),
    C("he4-p30",
      "PRELIMINARY REPORT. Noncontrast head CT: Acute bleed centered in the pons, approximately 2.4 x "
      "1.8 cm, with mild effacement of the fourth ventricle. No hydrocephalus at this time. Findings "
      "discussed with the ED physician. Final report to follow.",
      1, {"iph"}),
    C("he4-p31", None, 1, {"iph"},
      description=(
          "A 3.4 cm acute haematoma is centred in the right cerebellar hemisphere with surrounding "
          "oedema, effacing the fourth ventricle and the quadrigeminal cistern. The lateral ventricles "
          "and temporal horns are enlarged. There is mild tonsillar descent to the level of the foramen "
          "magnum. No supratentorial haemorrhage."),
      conclusion=(
          "Acute right cerebellar haematoma with compression of the fourth ventricle, obstructive "
          "hydrocephalus and early tonsillar herniation. Urgent neurosurgical review.")),
    C("he4-p32",
      "CT head. Fell from bicycle, no helmet. A 1.8 cm mixed density focus in the left temporal pole "
      "with hyperdense areas and surrounding oedema, representing a haemorrhagic contusion. Small left "
      "frontal subgaleal haematoma. The calvarium and skull base are intact. No extra-axial "
      "collection. Impression: Left temporal pole haemorrhagic contusion.",
      1, {"iph"}),
    C("he4-p33",
      "CT HEAD WITHOUT CONTRAST. On warfarin, INR 4.2, acute left hemiparesis. There is a 5.0 x 3.6 cm "
      "acute hematoma in the right frontal lobe with a fluid-fluid level inside the hematoma, "
      "consistent with coagulopathy. Surrounding edema with 7 mm leftward midline shift and subfalcine "
      "herniation. The ventricular system contains no blood. IMPRESSION: Large right frontal lobar "
      "hematoma with internal fluid level (coagulopathic pattern) and subfalcine herniation.",
      1, {"iph"}, note="fluid level is inside the haematoma, not in a ventricle"),
    C("he4-p34",
      "NCCT brain: Acute bleed in right gangliocapsular region, vol approx 18 ml, with perilesional "
      "oedema and mass effect on right lateral ventricle. MLS 5 mm to left. No IVH. Impression: Right "
      "gangliocapsular bleed.",
      1, {"iph"}),
    C("he4-p35", None, 1, {"iph"},
      description=(
          "Compared to prior of 10 days ago. The left putaminal haematoma is evolving, with decreasing "
          "central density and a peripheral low-density rim; overall size is similar at 2.6 cm. "
          "Perilesional oedema is slightly more conspicuous. No new haemorrhage. Ventricles unchanged."),
      conclusion="Evolving subacute left putaminal haematoma without new bleeding."),
    C("he4-p36",
      "Post-operative CT head, day 1 after right frontal craniotomy and evacuation of intracerebral "
      "haematoma. Expected appearances of the bone flap with subgaleal fluid and a little "
      "pneumocephalus. A residual 1.5 cm hyperdense haematoma remains at the posterior margin of the "
      "surgical cavity. No new extra-axial collection. Midline shift has reduced from 8 mm to 3 mm. "
      "Conclusion: Small residual right frontal haematoma after evacuation; reduced mass effect.",
      1, {"iph"}, note="residual post-operative haematoma counts as present"),
    # ---- subarachnoid named by place
    C("he4-p37",
      "CT head for fall from standing. Small amount of hyperdensity within sulci of the right parietal "
      "lobe, compatible with traumatic blood. No subdural or epidural collection. No parenchymal "
      "contusion. Small right parietal scalp haematoma. No skull fracture. IMPRESSION: Small volume "
      "of traumatic blood in the right parietal sulci.",
      1, {"sah"}),
    C("he4-p38", None, 1, {"sah"},
      description=(
          "Sulcal hyperdensity over the L frontal convexity in keeping with acute blood. Basal cisterns "
          "clear. No parenchymal or extra-axial haematoma. Ventricles normal. Vault intact."),
      conclusion="L frontal convexity sulcal blood. Suggest CTA/CTV if there is no history of trauma."),
    C("he4-p39", None, 1, {"sah"},
      description=(
          "NONCONTRAST: Acute blood is confined to the interpeduncular and right ambient cisterns in "
          "front of the midbrain, without extension into the Sylvian or interhemispheric fissures. No "
          "intraventricular blood. No hydrocephalus. CTA: No intracranial aneurysm, vascular "
          "malformation or vasculitic change."),
      conclusion=(
          "1. Perimesencephalic pattern of nonaneurysmal blood in the interpeduncular and right ambient "
          "cisterns. 2. Negative CTA."),
      note="CTA negative: no cause, so not combined"),
    C("he4-p40",
      "CT head, day 2 follow-up after a fall. Redemonstration of a small amount of blood in the left "
      "Sylvian fissure and adjacent frontal sulci, less dense and less extensive than before. Left "
      "frontal scalp swelling has reduced. No new haemorrhage. Impression: Redemonstration of small "
      "volume blood in the left Sylvian fissure, decreasing. No new intracranial injury.",
      1, {"sah"}),
    C("he4-p41",
      "CT head. Thunderclap headache 3 hours ago. There is acute blood in the suprasellar cistern, both "
      "Sylvian fissures and the anterior interhemispheric fissure. The ventricles are of normal calibre "
      "and clear. No parenchymal haematoma. CT angiography has been requested and will be reported "
      "separately. Conclusion: Acute blood in the basal cisterns and both Sylvian fissures; the pattern "
      "would fit an aneurysmal source, CTA to follow.",
      1, {"sah"}, note="cause only suspected and CTA pending, so not combined"),
    # ---- subdural
    C("he4-p42",
      "CT head without contrast. 88-year-old on warfarin, fall. There is an acute crescentic hyperdense "
      "collection over the left cerebral convexity measuring up to 11 mm, with effacement of the left "
      "lateral ventricle and 6 mm rightward midline shift. No additional hemorrhage. No fracture. "
      "IMPRESSION: Acute left holohemispheric subdural hematoma with midline shift.",
      1, {"sdh"}),
    C("he4-p43", None, 1, {"sdh"},
      description=(
          "There is a crescentic low-density extra-axial collection over the right frontoparietal "
          "convexity, maximal depth 16 mm, with effacement of the underlying sulci and 5 mm midline "
          "shift to the left. No hyperdense component. No other abnormality."),
      conclusion="Right chronic subdural haematoma with mass effect.",
      note="chronic blood counts as present"),
    C("he4-p44",
      "CT brain. 76F, 3/52 post fall, headaches. Isodense extra-axial collection over L convexity, "
      "10 mm, with inward displacement of the grey-white interface and effaced sulci; 4 mm MLS. "
      "Imp: Subacute L SDH (isodense).",
      1, {"sdh"}),
    C("he4-p45", None, 1, {"sdh"},
      description=(
          "Post-operative CT after right burr-hole drainage of chronic subdural haematoma; the drain "
          "has been removed. A residual mixed-density right convexity subdural haematoma measures 8 mm "
          "(previously 22 mm) with locules of gas. Midline shift has resolved. No new acute "
          "haemorrhage."),
      conclusion=(
          "Residual right subdural haematoma with post-operative pneumocephalus after burr-hole "
          "drainage, much reduced."),
      note="residual post-operative collection still present"),
    C("he4-p46",
      "CT HEAD. Comparison with head CT of 3 days prior. Interval decrease in the size of the right "
      "frontoparietal subdural hematoma, now 5 mm (previously 9 mm), with decreasing attenuation. No "
      "new hemorrhage. The previously seen midline shift has resolved. IMPRESSION: Interval decrease "
      "in right subdural hematoma.",
      1, {"sdh"}),
    C("he4-p47",
      "CT head, unenhanced. Thin hyperdense blood layers along the left tentorial leaflet and extends "
      "along the posterior falx, consistent with a small acute subdural haematoma. The brain "
      "parenchyma is normal. No fracture. Conclusion: Small left tentorial subdural haematoma.",
      1, {"sdh"}, note="one continuous collection along tentorium and falx"),
    # ---- epidural and skull fractures
    C("he4-p48", None, 1, {"edh", "fracture"},
      description=(
          "A biconvex hyperdense extra-axial collection measuring 2.0 cm in maximal thickness overlies "
          "the left temporal lobe, with a swirled internal appearance suggesting active bleeding, "
          "causing 8 mm rightward midline shift and effacement of the left ambient cistern. There is an "
          "overlying minimally displaced fracture of the left temporal squamosa crossing the groove of "
          "the middle meningeal artery. Left temporal scalp swelling."),
      conclusion=(
          "1. Large acute left temporal epidural hematoma with swirl sign and midline shift. 2. Left "
          "temporal bone fracture. 3. Early left uncal herniation. Critical result communicated to the "
          "trauma surgeon.")),
    C("he4-p49",
      "CT head. Fall from ladder, occipital impact. Lentiform hyperdense collection in the posterior "
      "fossa over the left cerebellar hemisphere, 12 mm thick, crossing above and below the left "
      "transverse sinus, with an overlying nondisplaced left occipital bone fracture. Fourth ventricle "
      "mildly effaced. No hydrocephalus. IMPRESSION: Left posterior fossa epidural hematoma extending "
      "above the tentorium, with left occipital skull fracture.",
      1, {"edh", "fracture"}),
    C("he4-p50",
      "NCCT head. Alleged assault with iron rod. Depressed comminuted fracture of left frontal bone, "
      "depressed by 8 mm. Underlying biconvex extradural haematoma 10 mm thick. Pneumocephalus. "
      "Impression: Depressed left frontal fracture with underlying EDH.",
      1, {"edh", "fracture"}),
    C("he4-p51", None, 1, {"sah", "fracture"},
      description=(
          "CT head and skull base. Pedestrian struck by car. Fracture through the clivus extending into "
          "the right petrous apex and the sphenoid sinus, with an air-fluid level in the sphenoid sinus "
          "and small foci of pneumocephalus near the prepontine cistern. A small amount of acute blood "
          "lies in the prepontine cistern. No extra-axial collection over the convexities. Brain "
          "parenchyma unremarkable."),
      conclusion=(
          "Basilar skull fracture involving the clivus and right petrous apex, with pneumocephalus and "
          "a small amount of blood in the prepontine cistern. CTA head and neck recommended to assess "
          "the carotid canals.")),
    C("he4-p52",
      "CT head. Struck by a golf ball over the right parietal region. There is a depressed fracture of "
      "the right parietal bone, depressed by more than the thickness of the calvarium, with an "
      "underlying 1.5 cm haemorrhagic contusion in the right parietal lobe. Overlying scalp haematoma. "
      "No extra-axial haematoma. Conclusion: Depressed right parietal skull fracture with underlying "
      "haemorrhagic contusion.",
      1, {"iph", "fracture"}),
    C("he4-p53", None, 1, {"sdh"},
      description=(
          "CT HEAD: Thin acute subdural hematoma over the right frontal convexity, 4 mm. Questionable "
          "trace hyperdensity in the left Sylvian fissure, possibly a small amount of subarachnoid "
          "blood versus volume averaging. No midline shift. Calvarium intact. CT CERVICAL SPINE: Type II "
          "odontoid fracture with 2 mm posterior displacement. CT FACIAL BONES: Comminuted fractures of "
          "the nasal bones and the anterior wall of the right maxillary sinus with hemosinus."),
      conclusion=(
          "1. Small acute right frontal subdural hematoma. 2. Possible trace left Sylvian subarachnoid "
          "blood. 3. Type II odontoid fracture. 4. Nasal bone and right maxillary sinus wall fractures."),
      note="hedged SAH next to definite SDH is not labeled; spine and facial fractures are not skull"),
    C("he4-p54",
      "CT trauma: head, cervical spine and face. HEAD: Comminuted fracture of the left occipital bone "
      "extending to the margin of the foramen magnum. Thin acute subdural blood along the left "
      "tentorium, 3 mm. No parenchymal injury. C-SPINE: No fracture or malalignment. FACE: Left "
      "zygomaticomaxillary complex fracture. Conclusion: Left occipital skull fracture reaching the "
      "foramen magnum, with a thin left tentorial subdural haematoma. Left ZMC fracture. Cervical "
      "spine intact.",
      1, {"sdh", "fracture"}),
    C("he4-p55",
      "CT brain + temporal bones. Longitudinal fracture of the R petrous temporal bone through the "
      "mastoid air cells, which are opacified; ossicular chain intact. Small haemorrhagic contusion in "
      "the R temporal lobe, 1 cm. No EDH/SDH. Imp: R temporal bone fracture with small adjacent "
      "haemorrhagic contusion.",
      1, {"iph", "fracture"}),
    # ---- templates, terse reads, CTA added
    C("he4-p56",
      "TELERADIOLOGY REPORT. EXAM: CT head without contrast. HISTORY: Fall, on aspirin. TECHNIQUE: "
      "Axial images from skull base to vertex with sagittal and coronal reformats. COMPARISON: None. "
      "FINDINGS: Brain: No acute territorial infarct. Gray-white differentiation is preserved. No "
      "mass. Extra-axial spaces: A 4 mm acute subdural hematoma lies along the right side of the falx, "
      "extending posteriorly along the tentorium. No epidural collection. Ventricles: Normal in size "
      "and configuration. Basal cisterns: Patent. Midline: No shift. Calvarium: Intact. Paranasal "
      "sinuses and mastoids: Clear. Orbits: Unremarkable. IMPRESSION: Small acute right parafalcine "
      "subdural hematoma. Otherwise no acute intracranial abnormality.",
      1, {"sdh"}),
    C("he4-p57",
      "CT HEAD WO CONTRAST. INDICATION: Headache after fall. Brain parenchyma: Normal attenuation "
      "without mass or infarct. Extra-axial spaces: Normal, no collection. Ventricles: Normal size. A "
      "small amount of dependent hyperdensity is present in the occipital horn of the left lateral "
      "ventricle, consistent with blood. Basal cisterns: Patent, no blood. Vascular: No hyperdense "
      "vessel. Skull: No fracture. Sinuses/mastoids: Clear. Soft tissues: Small left occipital scalp "
      "contusion. IMPRESSION: Small amount of intraventricular hemorrhage in the left occipital horn. "
      "No other acute finding.",
      1, {"ivh"}),
    C("he4-p58", None, 1, {"iph"},
      description=(
          "CODE STROKE. NONCONTRAST CT: Acute 3.0 x 2.5 cm hematoma in the left frontal lobe with mild "
          "surrounding edema. CTA HEAD AND NECK: A focus of contrast extravasation within the hematoma "
          "(spot sign). No aneurysm, arteriovenous malformation or large vessel occlusion. Cervical "
          "vessels patent with mild atherosclerosis at the carotid bifurcations."),
      conclusion=(
          "1. Acute left frontal intraparenchymal hemorrhage with positive spot sign, indicating risk of "
          "expansion. 2. No underlying vascular lesion on CTA."),
      note="spot sign is not a cause; no cause found, so not combined"),
    C("he4-p59",
      "Non-contrast CT and CTA. Acute right temporal lobe haematoma 2.5 cm. CTA: no underlying "
      "aneurysm or vascular malformation; no active contrast extravasation. Conclusion: Right temporal "
      "intracerebral haematoma. Recommend MRI with contrast in 6-8 weeks to exclude an underlying "
      "lesion.",
      1, {"iph"}, note="MRI is for a cause; the blood itself is definite"),
    C("he4-p60",
      "NCCT head. RTA. Acute SDH in right fronto-temporo-parietal region, thickness 8 mm, with "
      "effacement of adjacent sulci and MLS of 4 mm to left. Undisplaced linear fracture of right "
      "parietal bone. Left periorbital soft tissue swelling. No contusion. Impression: Right FTP acute "
      "SDH. Right parietal bone fracture.",
      1, {"sdh", "fracture"}),
    C("he4-p61",
      "CT brain non-con. Mech fall, head strike. Small volume sulcal blood L frontal lobe. No "
      "extra-axial collection. No contusion. No #. Imp: Small L frontal tSAH. No #.",
      1, {"sah"}),
    C("he4-p62",
      "PRELIM (resident): NCCT head. Acute L parietal IPH ~2 cm w/ small amount of IVH in L occipital "
      "horn. No herniation. D/w ED. Attending final to follow.",
      1, {"iph", "ivh", "multiple"}),
    C("he4-p63", None, 1, {"combined"},
      description=(
          "Day 1 after thrombolysis for right MCA stroke. Low attenuation in the right frontal "
          "operculum and insula in keeping with established infarction. Within this territory there "
          "are confluent petechial hyperdensities along the cortical ribbon without mass effect, "
          "representing haemorrhagic transformation (HI-2). No parenchymal haematoma. No extra-axial "
          "blood."),
      conclusion=(
          "Right MCA infarct with petechial (HI-2) haemorrhagic transformation. Discuss antithrombotic "
          "timing with the stroke team."),
      note="HI-type transformation: combined, no subtype"),
    C("he4-p64",
      "CT HEAD AND CTA HEAD. History: Infective endocarditis, new left arm weakness. Noncontrast: "
      "Acute 2.0 cm right parietal lobar hematoma with a small amount of adjacent sulcal hemorrhage. "
      "CTA: 4 mm fusiform aneurysm on a distal right MCA cortical branch at the margin of the "
      "hematoma, consistent with a mycotic aneurysm. IMPRESSION: Right parietal hemorrhage from a "
      "ruptured distal right MCA mycotic aneurysm.",
      1, {"iph", "sah", "multiple", "combined"}, note="adjacent sulcal hemorrhage -> sah"),
    C("he4-p65", None, 1, {"iph", "sdh", "multiple", "fracture"},
      description=(
          "Compared to prior of yesterday. Stable 1.8 cm haemorrhagic contusion in the right frontal "
          "lobe with slightly more surrounding oedema. New thin acute subdural haematoma over the left "
          "occipital convexity, 3 mm. No midline shift. Known non-displaced right frontal bone "
          "fracture, unchanged."),
      conclusion=(
          "1. Stable right frontal contusion. 2. New small left occipital subdural haematoma. "
          "3. Unchanged right frontal skull fracture.")),

    # ================================================================== absent (ich=0)
    C("he4-a01",
      "TELERADIOLOGY PRELIMINARY. EXAM: CT head without contrast. HISTORY: Dizziness. FINDINGS: Brain "
      "parenchyma: No acute infarct, hemorrhage or mass. Gray-white differentiation preserved. "
      "Ventricles and sulci: Appropriate for age. Extra-axial spaces: No collection. Basal cisterns: "
      "Patent. Calvarium: Intact. Sinuses and mastoids: Clear. IMPRESSION: No acute intracranial "
      "abnormality.",
      0),
    C("he4-a02",
      "CT head. Headache. Physiological calcification of the pineal gland, the choroid plexus of both "
      "lateral ventricles and, symmetrically, the globus pallidi. No intracranial haemorrhage, mass or "
      "infarct. Ventricles normal. Conclusion: Normal CT head apart from incidental physiological "
      "calcification.",
      0),
    C("he4-a03", None, 0,
      description=(
          "NONCONTRAST CT: Hyperdense left M1 segment of the middle cerebral artery. Subtle loss of "
          "gray-white differentiation in the left insula and lentiform nucleus. ASPECTS 8. No "
          "intracranial hemorrhage. CTA: Occlusion of the proximal left M1 with moderate collaterals."),
      conclusion=(
          "1. Dense left MCA sign with left M1 occlusion and early ischemic change (ASPECTS 8). 2. No "
          "hemorrhage; refer for thrombectomy assessment.")),
    C("he4-a04",
      "CT HEAD WITH AND WITHOUT CONTRAST. A 2.8 cm extra-axial mass on a broad dural base along the "
      "right frontal convexity is mildly hyperdense on unenhanced images, contains punctate "
      "calcification and enhances avidly and homogeneously with a dural tail. Mild adjacent "
      "hyperostosis. No edema. No hemorrhage. IMPRESSION: Right frontal convexity meningioma.",
      0, note="hyperdense enhancing extra-axial tumour without blood"),
    C("he4-a05",
      "CT head. Right frontal intracerebral haemorrhage eighteen months ago. There is encephalomalacia "
      "and gliosis in the right frontal lobe at the site of the previous haematoma, with ex vacuo "
      "dilatation of the right frontal horn. No acute blood. No new abnormality. Conclusion: Chronic "
      "post-haemorrhagic encephalomalacia of the right frontal lobe. No acute intracranial "
      "haemorrhage.",
      0, note="old sequelae only"),
    C("he4-a06", None, 0,
      description=(
          "Slit-like cavity in the left parietal lobe at the site of a haemorrhage treated two years "
          "ago, with a thin dense rim corresponding to the hemosiderin deposition seen on the prior "
          "MRI. No acute blood products. Ventricles stable. Small vessel disease."),
      conclusion=(
          "Chronic left parietal post-haemorrhagic cavity with hemosiderin staining. No acute "
          "intracranial haemorrhage."),
      note="hemosiderin of a remote bleed is an old sequela"),
    C("he4-a07",
      "CT head, fall. Large right parietal scalp haematoma measuring 2.2 cm in thickness. No "
      "underlying skull fracture. No intracranial haemorrhage, extra-axial collection or contusion. "
      "Impression: Scalp haematoma only. No acute intracranial injury.",
      0),
    C("he4-a08", None, 0,
      description=(
          "CT head and facial bones. Brain: No intracranial haemorrhage. No extra-axial collection. "
          "Calvarium and skull base intact. Face: Fractures of the anterior and posterolateral walls of "
          "the left maxillary sinus and the left zygomatic arch. Hyperdense fluid fills the left "
          "maxillary sinus, consistent with haemosinus. Left periorbital soft tissue haematoma."),
      conclusion="Left zygomaticomaxillary complex fracture with haemosinus. No intracranial injury.",
      note="facial fractures and sinus blood only"),
    C("he4-a09",
      "CT HEAD. 19-year-old, minor head trauma. The falx cerebri and tentorium are mildly dense, a "
      "normal appearance in a young patient, with no extra-axial collection. No hemorrhage. Ventricles "
      "normal. IMPRESSION: No acute intracranial abnormality. Dense falx and tentorium are normal and "
      "do not represent subdural blood.",
      0),
    C("he4-a10",
      "CT head. Comparison CT from six weeks ago. The previously seen left convexity subdural "
      "haematoma has completely resolved. No residual extra-axial collection. The sulci are now "
      "normally visible. No new abnormality. Impression: Resolution of the left subdural haematoma.",
      0, note="fully resolved"),
    C("he4-a11", None, 0,
      description=(
          "CT CERVICAL SPINE WITHOUT CONTRAST. Comminuted fracture of the C6 vertebral body with 3 mm "
          "retropulsion and a nondisplaced fracture of the right C6 lamina. Prevertebral soft tissue "
          "swelling. Remaining alignment maintained. Visualized lung apices clear."),
      conclusion="C6 vertebral body and right lamina fractures. Consider MRI for cord and ligament injury.",
      note="non-head study"),
    C("he4-a12",
      "CT ABDOMEN AND PELVIS WITH CONTRAST. Grade III splenic laceration with perisplenic hematoma and "
      "moderate hemoperitoneum. No active extravasation. Liver, kidneys and bowel unremarkable. Left "
      "9th and 10th rib fractures. IMPRESSION: Splenic laceration with hemoperitoneum.",
      0, note="non-head study"),
    C("he4-a13",
      "CT orbits. Assault to the left eye. Left orbital floor blow-out fracture with herniation of "
      "orbital fat into the maxillary sinus. Left retrobulbar haematoma with mild proptosis. Globe "
      "intact. The intracranial contents in the field of view are unremarkable. Conclusion: Left "
      "orbital floor fracture with retrobulbar haematoma.",
      0, note="orbital blood and orbital floor fracture are extracranial/facial"),
    C("he4-a14", None, 0,
      description=(
          "CT head 18 hours after out-of-hospital cardiac arrest. Diffuse loss of grey-white "
          "differentiation with effacement of the sulci and basal cisterns. The basal cisterns and "
          "tentorium look relatively dense against the swollen low-density brain, giving a "
          "pseudo-subarachnoid haemorrhage appearance; measured attenuation (about 35 HU) is below that "
          "of acute blood. No true extra-axial or intraventricular blood."),
      conclusion=(
          "Diffuse hypoxic-ischaemic brain injury with cerebral oedema and pseudo-subarachnoid "
          "haemorrhage appearance. No intracranial haemorrhage."),
      note="pseudo-SAH mimic"),
    C("he4-a15",
      "CT head and CT venogram. Polycythaemia, headache. The dural venous sinuses are diffusely dense "
      "on unenhanced images (around 68 HU), with symmetrically dense cortical veins, in keeping with a "
      "raised haematocrit. The venogram shows normal opacification of all dural sinuses and deep veins "
      "without filling defect. No haemorrhage or venous infarct. Conclusion: No venous sinus "
      "thrombosis. Dense sinuses reflect haemoconcentration.",
      0),
    C("he4-a16",
      "CT head 24 h after IV thrombolysis. Evolving left posterior MCA territory infarct with "
      "established low attenuation. No haemorrhagic transformation. No mass effect. IMPRESSION: "
      "Evolving infarct without haemorrhagic transformation.",
      0),
    C("he4-a17", None, 0,
      description=(
          "NONCONTRAST CT HEAD: No subarachnoid, intraventricular or parenchymal hemorrhage. Ventricles "
          "normal. CTA HEAD: A 3 mm saccular aneurysm at the left MCA bifurcation with a smooth "
          "contour. No other aneurysm. No arterial occlusion."),
      conclusion=(
          "1. No intracranial hemorrhage. 2. Incidental unruptured 3 mm left MCA bifurcation aneurysm; "
          "outpatient neurosurgical referral suggested."),
      note="aneurysm without blood: not combined"),
    C("he4-a18",
      "CT head. Confusion. Generalised involutional change with proportionate ventricular enlargement. "
      "Confluent periventricular white matter low attenuation consistent with chronic small vessel "
      "ischaemia. Old lacunar infarct in the left internal capsule. No acute infarct, haemorrhage or "
      "space-occupying lesion. Conclusion: Atrophy and chronic small vessel disease. No acute "
      "intracranial pathology.",
      0),
    C("he4-a19",
      "CT HEAD. Shunt evaluation. Right parietal ventriculoperitoneal shunt catheter terminating in the "
      "frontal horn of the right lateral ventricle. Ventricular size unchanged from the prior study. No "
      "periventricular edema. No hemorrhage along the catheter tract. No extra-axial collection. "
      "IMPRESSION: Stable ventricular size. No acute intracranial abnormality.",
      0),
    C("he4-a20",
      "CT brain. 2.5 cm CSF-density extra-axial cyst in the L middle cranial fossa with mild "
      "scalloping of the temporal squama, c/w arachnoid cyst. No haemorrhage. No mass effect. Imp: "
      "Incidental L middle cranial fossa arachnoid cyst.",
      0),
    C("he4-a21", None, 0,
      description=(
          "Comparison with CT three weeks ago. Status post clipping of the anterior communicating artery "
          "aneurysm, with streak artefact from the clip. The blood previously seen in the basal cisterns "
          "and Sylvian fissures has cleared. Ventricles are normal in size; the drain has been removed, "
          "leaving a small gliotic tract. No new haemorrhage or infarct."),
      conclusion="No residual blood. Post-clipping changes. No hydrocephalus.",
      note="treated aneurysm with fully cleared blood: ich 0, not combined"),
    C("he4-a22",
      "NCCT brain. Seizure. A few small dense calcified nodules (CT value >200 HU) in bilateral "
      "frontal and left parietal lobes without perilesional oedema, suggestive of calcified "
      "granulomas (healed neurocysticercosis). No haemorrhage. Ventricles normal.",
      0, note="'suggestive of' qualifies the cause of a definite calcification"),
    C("he4-a23",
      "CT head. Dense calcification of the anterior falx cerebri up to 4 mm thick, a normal variant. "
      "Mild atrophy. No extra-axial collection or haemorrhage. Impression: No acute abnormality.",
      0),
    C("he4-a24",
      "CT HEAD. Chronic right MCA territory infarct with encephalomalacia and ex vacuo dilatation of "
      "the right lateral ventricle. Wallerian degeneration of the right cerebral peduncle. No acute "
      "hemorrhage. No new infarct. IMPRESSION: Chronic right MCA infarct. No acute findings.",
      0),
    C("he4-a25", None, 0, {"fracture"},
      description=(
          "Non-displaced linear fracture of the left parietal bone running 4 cm toward the vertex, with "
          "overlying scalp haematoma. No underlying extradural or subdural collection. No contusion. No "
          "pneumocephalus. Ventricles and cisterns normal."),
      conclusion="Undisplaced left parietal skull fracture. No intracranial haemorrhage."),
    C("he4-a26",
      "TRAUMA CT HEAD / C-SPINE / FACE. HEAD: No intracranial hemorrhage, mass effect or skull "
      "fracture. C-SPINE: Normal alignment; no fracture. FACE: Bilateral mandibular fractures (right "
      "parasymphyseal and left angle) with adjacent soft-tissue gas. IMPRESSION: 1. No acute "
      "intracranial injury. 2. Bilateral mandible fractures. 3. No cervical spine fracture.",
      0, note="mandible fractures are facial"),
    C("he4-a27",
      "CT head, 9-month-old, rolled off bed. Left parietal subgaleal haematoma. The calvarium is "
      "intact and the sutures are normal for age. No intracranial haemorrhage. Brain parenchyma and "
      "ventricles normal for age. Impression: Subgaleal haematoma without skull fracture or "
      "intracranial injury.",
      0),
    C("he4-a28",
      "CT sinuses. Mucosal thickening in both maxillary sinuses with an air-fluid level in the right "
      "maxillary sinus, consistent with acute sinusitis. The right ostiomeatal unit is obstructed. The "
      "included intracranial structures are unremarkable.",
      0),
    C("he4-a29", None, 0,
      description=(
          "Compared to prior of 4 weeks ago. Post left frontotemporal craniotomy. The previously "
          "evacuated left acute subdural haematoma has not recurred and there is no residual "
          "collection. A small extradural fluid collection under the bone flap has resolved. No new "
          "haemorrhage. Mild encephalomalacia of the left frontal operculum."),
      conclusion="Post-craniotomy changes with no residual or recurrent subdural haematoma.",
      note="evacuated and resolved"),
    C("he4-a30",
      "CT head immediately after thrombectomy of a left M1 occlusion (TICI 2b). Hyperdensity in the "
      "left caudate and lentiform nuclei up to 120 HU, which disappears on the virtual non-contrast "
      "images and is bright on the iodine map of the dual-energy acquisition, in keeping with contrast "
      "staining. No haemorrhage on the virtual non-contrast images. No mass effect. Conclusion: "
      "Contrast staining in the left basal ganglia. No haemorrhagic transformation.",
      0, note="contrast staining mimic"),
    C("he4-a31",
      "CT TEMPORAL BONES. Motorcycle crash, right hemotympanum. Transverse fracture of the right "
      "petrous temporal bone extending through the otic capsule into the vestibule. Opacification of "
      "the right middle ear and mastoid air cells. No pneumocephalus. The included brain shows no "
      "intracranial hemorrhage. IMPRESSION: Right otic capsule-violating transverse temporal bone "
      "fracture. No intracranial hemorrhage.",
      0, {"fracture"}, note="skull base fracture; middle ear blood is extracranial"),
    C("he4-a32",
      "CTA NECK. Neck pain after chiropractic manipulation. The cervical carotid and vertebral "
      "arteries are patent without dissection flap, intramural hematoma or pseudoaneurysm. Mild "
      "atherosclerosis at the right carotid bulb. IMPRESSION: No cervical arterial dissection.",
      0, note="non-head study"),
    C("he4-a33",
      "CT HEAD. Sudden vertigo and dysarthria. Hyperdense basilar artery. Subtle low attenuation in "
      "the left cerebellar hemisphere. No intracranial haemorrhage. Impression: Hyperdense basilar "
      "artery suspicious for thrombosis, with possible early left cerebellar ischaemia; CTA "
      "recommended.",
      0, note="the hedge is about ischaemia, not blood"),
    C("he4-a34", None, 0,
      description=(
          "Old lacunar infarcts in both thalami and the right corona radiata. Periventricular white "
          "matter hypoattenuation. No evidence of acute haemorrhage, infarct or mass lesion. No "
          "extra-axial collection."),
      conclusion="Chronic small vessel ischaemic change. No acute intracranial abnormality."),
    C("he4-a35",
      "NCCT head: No ICH. No SOL. No fracture. Ventricles and cisterns normal. Impression: Normal "
      "study.",
      0),
    C("he4-a36",
      "CT head, day 10. The previously noted intraventricular blood has cleared. Left frontal EVD "
      "removed. Ventricles normal. No new haemorrhage. Impression: Resolved intraventricular "
      "haemorrhage.",
      0, note="fully resolved"),
    C("he4-a37",
      "CT VENOGRAM HEAD. Headache, on the oral contraceptive pill. All dural venous sinuses, the deep "
      "cerebral veins and the internal jugular veins opacify normally without filling defect. "
      "Non-contrast images show no hyperdense sinus and no hemorrhage or venous infarct. Hypoplastic "
      "left transverse sinus, a normal variant. IMPRESSION: No cerebral venous sinus thrombosis.",
      0),

    # ================================================================== hedged (ich=-1)
    C("he4-q01",
      "CT head. Fall. Tiny focus of hyperdensity in a right frontal sulcus near the vertex, which may "
      "represent a small amount of subarachnoid blood versus volume averaging of the adjacent "
      "calvarium. No other abnormality. No fracture. IMPRESSION: Questionable trace right frontal "
      "subarachnoid hemorrhage; short-interval follow-up CT could be considered.",
      -1),
    C("he4-q02", None, -1,
      description=(
          "Possible thin extra-axial hyperdensity along the left frontal convexity, up to 2 mm, seen "
          "only on coronal reformats. No mass effect. Otherwise normal."),
      conclusion=(
          "Possible thin left frontal subdural haematoma, not confirmed. Suggest repeat CT if there is "
          "clinical deterioration.")),
    C("he4-q03",
      "CT head. A 4 mm hyperdense focus in the right lentiform nucleus (55 HU); no prior imaging "
      "available. This is likely calcification vs a tiny haemorrhage. No mass effect. Conclusion: "
      "Small right lentiform hyperdensity, calcification vs haemorrhage; comparison with any prior "
      "imaging or follow-up CT suggested.",
      -1),
    C("he4-q04",
      "CT head 24 hours after thrombectomy for right ICA terminus occlusion. Right MCA territory "
      "infarct. Ill-defined increased attenuation in the right caudate body, which may represent early "
      "haemorrhagic transformation or residual contrast staining. No mass effect. Impression: "
      "Indeterminate right caudate hyperdensity, contrast staining vs haemorrhagic transformation; "
      "repeat CT or dual-energy imaging suggested.",
      -1, note="hedged transformation: no combined"),
    C("he4-q05", None, -1,
      description=(
          "8 mm hyperdense focus in the left cerebellar hemisphere without surrounding oedema. It could "
          "be a small haemorrhage, a cavernous malformation or a calcified lesion. Remainder of the "
          "brain normal."),
      conclusion="Indeterminate left cerebellar hyperdense focus. Recommend MRI to exclude haemorrhage."),
    C("he4-q06",
      "CT head. Subtle increased density in the dependent portions of both occipital horns; a small "
      "volume of intraventricular haemorrhage cannot be excluded, although this may reflect choroid "
      "plexus. No other abnormality. IMPRESSION: Equivocal occipital horn hyperdensity; tiny "
      "intraventricular blood not excluded.",
      -1),
    C("he4-q07",
      "CT head. Kicked by a horse. Comminuted fracture of the right frontal bone with 3 mm inward "
      "displacement of one fragment. Beneath it is a thin extra-axial hyperdensity, possibly a small "
      "epidural haematoma versus the displaced bone fragment and partial volume. No midline shift. "
      "IMPRESSION: 1. Comminuted right frontal bone fracture. 2. Possible small underlying epidural "
      "hematoma.",
      -1, {"fracture"}, note="definite vault fracture, hedged blood"),
    C("he4-q08",
      "CT brain. ?SAH. Hyperdensity in the interpeduncular cistern ?blood vs streak artefact from the "
      "petrous bones. Rest normal. Imp: Equivocal. Consider LP or CTA.",
      -1),
    C("he4-q09",
      "PRELIM: NCCT head. Question of subtle cortical hyperdensity in the right temporal lobe, early "
      "contusion not excluded. No definite bleed. Recommend repeat CT in 6 h. Final read pending.",
      -1),
    C("he4-q10", None, -1,
      description=(
          "A 3 mm hyperdense band along the posterior falx, slightly thicker than the anterior falx. No "
          "mass effect. No other extra-axial collection."),
      conclusion=(
          "Prominent posterior falx; a small parafalcine subdural haematoma cannot be excluded. "
          "Follow-up CT if clinically indicated.")),
    C("he4-q11",
      "CT HEAD WITH AND WITHOUT CONTRAST. Known lung cancer. 1.5 cm peripherally enhancing lesion at "
      "the left frontal grey-white junction with surrounding oedema, compatible with a metastasis. The "
      "lesion has a central hyperdense component on the pre-contrast images, which may represent "
      "haemorrhage or calcification. IMPRESSION: Left frontal metastasis; possible intralesional "
      "haemorrhage.",
      -1, note="hedged tumour bleeding: no combined"),
    C("he4-q12",
      "CT head. Linear hyperdensity in the right Sylvian fissure, which may represent a dense right MCA "
      "branch versus a small amount of subarachnoid blood. No other hyperdensity. IMPRESSION: "
      "Equivocal; CTA recommended.",
      -1),
    C("he4-q13", None, -1, {"fracture"},
      description=(
          "Subtle area of mixed attenuation in the inferior left frontal lobe above the orbital roof, "
          "partly obscured by beam-hardening artefact; a small contusion cannot be excluded. "
          "Non-displaced fracture of the left occipital bone with overlying scalp haematoma."),
      conclusion="Left occipital skull fracture. Possible small left inferior frontal contusion; MRI recommended.",
      note="definite vault fracture, hedged contusion"),
    C("he4-q14",
      "CT head. Several small hyperdense foci at the grey-white junction of both hemispheres in a "
      "patient with known melanoma; these could be haemorrhagic metastases or calcifications. No "
      "oedema. Impression: Indeterminate hyperdense foci; recommend contrast MRI to exclude "
      "haemorrhagic metastases.",
      -1, note="hedged: no combined, no multiple"),
    C("he4-q15",
      "CT HEAD. Study significantly degraded by patient motion despite a repeat acquisition. No large "
      "hemorrhage or mass effect. A small subdural hematoma cannot be excluded along the right "
      "convexity where the motion artifact is worst. IMPRESSION: Limited study; no large acute "
      "hemorrhage. Small subdural collection not excluded; repeat when the patient can cooperate.",
      -1),
    C("he4-q16", None, -1,
      description=(
          "Thin low-density extra-axial collections over both frontal convexities, 5 mm, slightly denser "
          "than CSF. They may represent subdural hygromas or small chronic subdural haematomas."),
      conclusion="Bilateral frontal extra-axial collections: hygroma vs chronic subdural haematoma.",
      note="hedged: no subtypes, no multiple"),
    C("he4-q17",
      "CT head, syncope. Tiny 3 mm hyperdense focus in the left pons of uncertain significance; no "
      "prior imaging for comparison. No mass effect. No other abnormality. IMPRESSION: Tiny left "
      "pontine hyperdense focus of uncertain nature; MRI suggested.",
      -1, note="small hyperdense focus left unexplained"),
    C("he4-q18",
      "Post-operative CT head after resection of a right frontal meningioma. Expected post-surgical "
      "change with pneumocephalus. Hyperdense material lines the resection bed, which may represent "
      "blood products or haemostatic agent. No mass effect. Conclusion: Post-operative changes; "
      "hyperdense material in the resection bed, blood products vs haemostatic material.",
      -1),
]
