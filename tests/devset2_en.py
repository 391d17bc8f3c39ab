"""English development set 2: invented head CT reports in the shapes real radiologists dictate.

Written from DOMAIN.md and general radiology knowledge, without looking at the project's
lexicon, its other case files or any report corpus. Every report is invented; no real patients, dates
or identifiers. Styles mix US, UK, Australian, Indian and Canadian habits: voice-recognition slips and
typos, telegraphic and numbered impressions, "no acute abnormality except ...", follow-up comparisons,
postoperative states (craniotomy, burr holes, EVD, coiling, clipping), trauma panscans, CT with
CTA/CTV/perfusion, stroke protocols with ASPECTS, and anatomy-only descriptions.

Labeling conventions:
- ich=1 when intracranial blood is present in this study, at any age (acute, subacute, chronic,
  residual, evolving, decreased, unchanged); hemorrhagic contusion counts as iph.
- ich=0 for no blood, extracranial blood (scalp, subgaleal, orbit, sinuses, middle ear, body), mimics
  (calcification, contrast staining, hyperdense artery or sinus, pseudo-SAH), old sequelae only,
  resolved hemorrhage, and non-head studies.
- ich=-1 when blood is only suggested (possible, ?, cannot exclude, likely, versus, suspicious) or for an
  unexplained small hyperdense focus in brain not called blood; hedged cases carry no subtypes.
- Subtype from anatomy when no subtype word is used; "multiple" for two or more subtypes or two or more
  separate foci (bilateral, plural, several lobes); one diffuse SAH or both occipital horns is one.
- "combined" needs definite blood plus a definite cause (ruptured aneurysm, AVM, bleeding tumour,
  hemorrhagic transformation, venous thrombosis); bleeding tumour and HI-1/HI-2 take no subtype,
  PH-1/PH-2 or a named hematoma takes iph.
- "fracture" is skull vault or base only and is labeled even when ich is 0 or -1.

This is a DEVELOPMENT set: rules may be tuned on it, so it is not an independent test.

Its first score (en-ich 1.2, before any rule looked at it) is the honest figure: ICH sensitivity 0.955,
specificity 0.931, PPV 0.969, hedged reports sent to verification 0.957; F1 edh 0.923, sdh 0.895, sah 1.000,
iph 0.830, ivh 0.960, multiple 0.927, fracture 1.000, combined 0.957.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ present
    C(
        "de2-us-putamen-htn",
        "EXAM: CT HEAD W/O CONTRAST. HISTORY: 68M sudden onset L sided weakness, HTN. "
        "FINDINGS: 3.4 x 2.1 cm hyperdense collection centered in the right putamen w/ surrounding "
        "vasogenic edema. Mild effacement of the R lateral ventricle without intraventricular extension. "
        "MLS 4 mm. Basal cisterns patent. IMPRESSION: Acute R basal ganglia hemorrhage, likely hypertensive.",
        1,
        {"iph"},
        note="'likely' hedges the cause, not the blood",
    ),
    C(
        "de2-uk-convexity-crescent",
        "CT head. Clinical details: fall, on warfarin, INR 3.8. There is a crescentic hyperdense "
        "extra-axial collection over the left cerebral convexity measuring up to 9mm in depth, with "
        "effacement of the underlying sulci and 3mm midline shift to the right. Skull vault intact. "
        "Conclusion: Acute left convexity collection as described - neurosurgical referral advised.",
        1,
        {"sdh"},
        note="crescent along convexity, no subtype word",
    ),
    C(
        "de2-au-sah-acom",
        "CT BRAIN AND CT ANGIOGRAM. Clinical: thunderclap headache, vomiting. Report: Hyperdense blood "
        "fills the suprasellar and ambient cisterns and both Sylvian fissures, extending up the "
        "interhemispheric fissure. Temporal horns are prominent, in keeping with early hydrocephalus. "
        "CTA: 7mm lobulated aneurysm arising from the anterior communicating artery, pointing anteriorly. "
        "Comment: Diffuse SAH from a ruptured ACom aneurysm. Early communicating hydrocephalus.",
        1,
        {"sah", "combined"},
        note="dilated temporal horns are not blood; one diffuse SAH",
    ),
    C(
        "de2-ivh-occipital-levels",
        "FINDINGS: Small fluid-fluid levels layer dependently in both occipital horns. No parenchymal "
        "hematoma. No extra-axial collection. IMPRESSION: Small volume intraventricular blood.",
        1,
        {"ivh"},
        note="both occipital horns = one focus",
    ),
    C(
        "de2-edh-swirl-temporal",
        "Indication: assault, LOC. Biconvex hyperdense collection subjacent to a nondisplaced right "
        "temporal squamous fracture, 16 mm thick, containing mixed low-density areas (swirl sign). Overlying "
        "scalp swelling. IMPRESSION: 1. Acute R temporal extradural haematoma with features of active "
        "bleeding. 2. Underlying linear temporal bone fracture. Discussed with the on-call NSx registrar.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "de2-bifrontal-contusion-tsah",
        "Findings: Hemorrhagic contusions in both inferior frontal lobes (gyrus rectus / orbitofrontal "
        "cortex), largest on the left 2.0 cm. Small amount of tSAH in the L sylvian fissure. No EDH/SDH. "
        "IMP: Bifrontal hemorrhagic contusions + tSAH.",
        1,
        {"iph", "sah", "multiple"},
    ),
    C(
        "de2-bilat-acute-on-chronic",
        "Bilateral mixed density subdural collections, predominantly hypodense with hyperdense dependent "
        "components and internal septations, L 14 mm, R 8 mm. No significant midline shift given bilateral "
        "mass effect. IMPRESSION: Bilateral acute-on-chronic SDH.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "de2-isodense-subacute",
        "There is an isodense extra-axial collection over the right frontoparietal convexity with medial "
        "buckling of the grey-white interface and 6 mm leftward shift. Ipsilateral sulci are effaced. "
        "Impression: Right subacute (isodense) subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "de2-thalamic-followup-decreasing",
        "COMPARISON: CT head 2 days prior. Interval decrease in size of the left thalamic hematoma, now "
        "1.8 cm (previously 2.5 cm), with peripheral fading of attenuation. Blood in the occipital horn "
        "of the left lateral ventricle has decreased. Ventricular caliber stable. "
        "IMP: Evolving L thalamic ICH w/ decreasing IVH.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "de2-postop-residual-sdh",
        "s/p L frontoparietal craniotomy for SDH evacuation. Small residual hyperdense subdural collection "
        "4 mm along the operative site. Pneumocephalus as expected. Subdural drain in situ. Midline shift "
        "improved from 9 to 3 mm. IMP: Expected postoperative changes with small residual SDH.",
        1,
        {"sdh"},
    ),
    C(
        "de2-burrhole-bilat-residual",
        "Post bilateral burr holes. Residual bilateral subdural fluid, now mostly CSF density with small "
        "pockets of air; a thin hyperdense rim persists on the right. IMPRESSION: Postop. Residual "
        "bilateral chronic SDH, smaller than pre-op study.",
        1,
        {"sdh", "multiple"},
    ),
    C(
        "de2-evd-decreasing-ivh",
        "Right frontal EVD, tip in the third ventricle. Persistent intraventricular blood casting the "
        "fourth ventricle and layering in the lateral ventricles, slightly less than prior. Ventricular "
        "size decreased. IMP: Decreasing IVH. EVD in satisfactory position.",
        1,
        {"ivh"},
    ),
    C(
        "de2-cerebellar-bleed",
        "Hyperdense 3 cm lesion in the right cerebellar hemisphere, mass effect on the 4th ventricle and "
        "mild obstructive hydrocephalus. IMPRESSION: R cerebellar bleed. Recommend urgent NSx review.",
        1,
        {"iph"},
    ),
    C(
        "de2-pontine-hu",
        "FINDINGS: Focal hyperdensity within the central pons measuring 1.5 cm, mean attenuation 62 HU. "
        "Fourth ventricle patent. IMPRESSION: Consistent with acute pontine haemorrhage.",
        1,
        {"iph"},
    ),
    C(
        "de2-hi2-post-lysis",
        "Stroke follow-up 24h post IV thrombolysis. Established L MCA infarct. Confluent petechial "
        "hyperdensity within the infarcted lentiform nucleus without space-occupying effect. "
        "CONCLUSION: Haemorrhagic transformation HI-2.",
        1,
        {"combined"},
    ),
    C(
        "de2-ph2-post-thrombectomy",
        "24h post-thrombectomy (R M1). Large parenchymal hematoma within the R MCA territory infarct, "
        "occupying more than 30% of the infarct with mass effect and 5 mm shift (PH-2). Dual energy "
        "virtual non-contrast images confirm blood rather than contrast.",
        1,
        {"iph", "combined"},
    ),
    C(
        "de2-melanoma-met-bleed",
        "Known metastatic melanoma. Post-contrast: several ring-enhancing lesions. The left parietal lesion "
        "contains internal hyperdense blood with a fluid level. IMP: Haemorrhagic L parietal metastasis; "
        "other metastases without bleeding.",
        1,
        {"combined"},
    ),
    C(
        "de2-avm-occipital",
        "NCCT + CTA head. Tangle of enlarged vessels in the R occipital lobe with an early draining vein "
        "into the superior sagittal sinus, c/w AVM. Adjacent 2.5 cm acute parenchymal hematoma. "
        "IMPRESSION: R occipital ICH secondary to AVM.",
        1,
        {"iph", "combined"},
    ),
    C(
        "de2-ctv-venous-infarct",
        "CT + CT venogram. Filling defect in the superior sagittal sinus and right transverse sinus "
        "(empty delta). Juxtacortical hematoma 2 cm in the left parietal lobe with surrounding edema. "
        "Impression: Dural venous sinus thrombosis complicated by haemorrhagic venous infarct.",
        1,
        {"iph", "combined"},
    ),
    C(
        "de2-convexal-sah",
        "Trace hyperdensity in a couple of sulci over the R frontal convexity, c/w small volume "
        "convexity SAH. No parenchymal abnormality. CTA unremarkable.",
        1,
        {"sah"},
    ),
    C(
        "de2-tele-sdh-tsah",
        "CT HEAD. IMP: 1. Thin L tentorial SDH. 2. Small tSAH R parietal sulci. 3. No fx. 4. No MLS.",
        1,
        {"sdh", "sah", "multiple"},
    ),
    C(
        "de2-falx-tentorium-anatomy",
        "Hyperdensity along the posterior falx, 4 mm thick, extending onto the left tentorial leaf. "
        "IMP: Small parafalcine/tentorial subdural haemorrhage.",
        1,
        {"sdh"},
        note="one continuous collection",
    ),
    C(
        "de2-vr-sub-dural",
        "Acute sub dural hematoma left hemisphere 11 mm with mid line shift of 7 mm and sub falcine "
        "herniation. IMPRESSION: Large left acute sub dural hematoma with subfalcine herniation.",
        1,
        {"sdh"},
        note="voice recognition split words",
    ),
    C(
        "de2-typos-iph-ivh",
        "Acute intraparenchymal hemmorhage L frontal lobe 2.2 cm with intraventricullar extention into "
        "the L lateral ventricle. Hydrocephalus not present.",
        1,
        {"iph", "ivh", "multiple"},
        note="typos",
    ),
    C(
        "de2-panscan-edh-frontal-sinus",
        "CT TRAUMA PANSCAN (head, C-spine, chest/abdo/pelvis). HEAD: Small acute R frontal EDH 8 mm "
        "beneath a depressed frontal bone fracture involving the anterior and posterior walls of the "
        "frontal sinus. Pneumocephalus. C-SPINE: No fracture. CHEST: L ribs 4-7 fractures, small L "
        "pneumothorax. ABDO: Grade 2 splenic laceration with perisplenic haemorrhage. "
        "IMPRESSION: 1. R frontal EDH, depressed frontal fx through the frontal sinus. 2. Splenic "
        "laceration. 3. L rib fx and pneumothorax.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "de2-except-sah-central",
        "IMPRESSION: No acute intracranial abnormality except a 5 mm focus of acute subarachnoid blood "
        "in the right central sulcus, likely traumatic.",
        1,
        {"sah"},
    ),
    C(
        "de2-in-gangliocapsular",
        "NCCT BRAIN: Acute intraparenchymal haemorrhage noted in left gangliocapsular region measuring "
        "approx 32 x 24 mm (vol ~9 cc) with perilesional oedema. Haemorrhage is seen extending into the "
        "left lateral ventricle and third ventricle. Mass effect in form of effacement of left lateral "
        "ventricle. Midline shift of 5 mm to right. IMPRESSION: Left gangliocapsular bleed with "
        "intraventricular extension.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "de2-in-sdh-contrecoup-hash",
        "Acute SDH noted along left fronto-temporo-parietal convexity with max thickness 12 mm causing "
        "MLS of 8 mm to right. Also noted thin SDH along the tentorium. Right frontal contusion with "
        "haemorrhagic component. Left temporal bone fracture seen. IMPRESSION: L FTP acute SDH with MLS; "
        "R frontal haemorrhagic contusion (contre-coup); L temporal #.",
        1,
        {"sdh", "iph", "multiple", "fracture"},
        note="'#' = fracture",
    ),
    C(
        "de2-ca-occipital-anticoag",
        "CT head non-contrast. Comparison: none. A 1.2 cm hyperattenuating focus is present in the left "
        "occipital lobe at the grey-white junction, with a thin rim of low attenuation. In the context of "
        "anticoagulation this represents a small acute hemorrhage. Follow-up imaging is recommended to "
        "exclude an underlying lesion.",
        1,
        {"iph"},
    ),
    C(
        "de2-perimesencephalic",
        "Small amount of hyperdense blood confined to the prepontine and interpeduncular cisterns. "
        "CTA: no aneurysm. IMP: Perimesencephalic pattern, non-aneurysmal SAH.",
        1,
        {"sah"},
    ),
    C(
        "de2-post-coil-acom",
        "Follow-up after coiling of ruptured ACom aneurysm; coil mass with streak artefact. Residual blood "
        "in the interhemispheric fissure and both Sylvian fissures, reduced since prior. Layering blood "
        "in the occipital horns is unchanged. Ventricles stable. Impression: Post coil. Decreasing SAH, "
        "stable small IVH.",
        1,
        {"sah", "ivh", "multiple", "combined"},
    ),
    C(
        "de2-post-clip-mca",
        "s/p R pterional craniotomy for clipping of a ruptured MCA bifurcation aneurysm. Expected "
        "postoperative pneumocephalus. Thin subdural hematoma deep to the bone flap, 5 mm. Resolving SAH "
        "in the right Sylvian fissure. No new hemorrhage. No hydrocephalus.",
        1,
        {"sdh", "sah", "multiple", "combined"},
    ),
    C(
        "de2-temporal-subacute-evolving",
        "Compared to prior CT 10 days ago, the R temporal hematoma is now isodense centrally with a "
        "hypodense periphery; mass effect has decreased. IMP: Subacute R temporal haematoma, evolving as "
        "expected.",
        1,
        {"iph"},
    ),
    C(
        "de2-unchanged-sdh-no-new",
        "FINDINGS: Unchanged 5 mm L parietal SDH. No new bleed. No midline shift. IMPRESSION: Stable "
        "small left SDH.",
        1,
        {"sdh"},
        note="'no new bleed' does not negate the existing SDH",
    ),
    C(
        "de2-dai-desc-concl",
        None,
        1,
        {"iph", "ivh", "multiple"},
        description="Multiple punctate hyperdense foci at the grey-white junction of both frontal lobes and "
        "in the splenium of the corpus callosum. Small amount of blood in the right occipital horn. "
        "Basal cisterns preserved.",
        conclusion="Appearances consistent with diffuse axonal injury with haemorrhagic shearing foci; "
        "small IVH.",
    ),
    C(
        "de2-duret",
        "Large R holohemispheric acute SDH 18 mm with 14 mm midline shift and descending transtentorial "
        "herniation. New hyperdensity in the midbrain tegmentum. IMP: R SDH with herniation and Duret "
        "haemorrhage.",
        1,
        {"sdh", "iph", "multiple"},
    ),
    C(
        "de2-lobar-caa",
        "Lobar haemorrhage in the R parietal lobe 4.5 cm with irregular finger-like margins and adjacent "
        "blood in the overlying parietal sulci. Background small vessel disease. Impression: R parietal "
        "lobar ICH with subarachnoid extension, ?CAA related.",
        1,
        {"iph", "sah", "multiple"},
        note="'?' hedges the cause only",
    ),
    C(
        "de2-code-stroke-caudate",
        "CODE STROKE. NCCT: No early ischaemic change, ASPECTS 10. However there is a 1.5 cm acute "
        "haematoma in the L caudate head with rupture into the frontal horn of the left lateral "
        "ventricle. CTA/CTP not performed given haemorrhage. IMPRESSION: L caudate ICH with IVH - "
        "not a thrombolysis candidate. Stroke team informed.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "de2-primary-ivh-third",
        "Blood fills the third ventricle and cerebral aqueduct with dilatation of the lateral ventricles. "
        "No parenchymal source identified. IMP: Primary intraventricular haemorrhage with obstructive "
        "hydrocephalus.",
        1,
        {"ivh"},
    ),
    C(
        "de2-posterior-fossa-edh",
        "Left occipital bone fracture extending towards the foramen magnum. Underlying lentiform "
        "hyperdense collection in the left posterior fossa, 10 mm, crossing the transverse sinus. "
        "IMP: Posterior fossa EDH with occipital fracture.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "de2-ph1-interval",
        "Interval development of a 2 cm hematoma within the known R MCA infarct, occupying less than 30% "
        "of the infarct with mild mass effect. IMP: Haemorrhagic transformation, PH-1.",
        1,
        {"iph", "combined"},
    ),
    C(
        "de2-hi1-petechiae",
        "Small petechiae along the margins of the L MCA infarct, no space-occupying effect: HI-1 "
        "haemorrhagic transformation. Otherwise unchanged.",
        1,
        {"combined"},
    ),
    C(
        "de2-gbm-intratumoral",
        "Heterogeneous R frontal mass crossing the corpus callosum, with central necrosis and areas of "
        "acute hemorrhage within it; marked surrounding vasogenic oedema. IMP: Intratumoral haemorrhage "
        "within a likely high-grade glioma.",
        1,
        {"combined"},
    ),
    C(
        "de2-au-temporal-petrous",
        "CT BRAIN (NON-CON). Hx: ?bleed, GCS 13 after fall from ladder. Report: Left temporal lobe "
        "haemorrhagic contusion 18mm with a thin overlying subdural haematoma. Undisplaced fracture of "
        "the left temporal bone extending into the petrous portion, with opacified mastoid air cells. "
        "Comment: L temporal contusion + SDH. L petrous temporal fracture.",
        1,
        {"iph", "sdh", "multiple", "fracture"},
        note="'?bleed' is the clinical question",
    ),
    C(
        "de2-chronic-hypodense-sdh",
        "Low attenuation crescentic collection over the R convexity measuring 15 mm, near CSF density, "
        "with internal membranes. Mild effacement of the R lateral ventricle. IMP: Chronic right SDH.",
        1,
        {"sdh"},
    ),
    C(
        "de2-numbered-trace-sah",
        "IMPRESSION: 1. No acute infarct. 2. No hydrocephalus. 3. Trace SAH within the L sylvian "
        "fissure. 4. Chronic microvascular ischaemic change.",
        1,
        {"sah"},
    ),
    C(
        "de2-tentorial-thickening",
        None,
        1,
        {"sdh"},
        description="Hyperdense thickening of the right tentorial leaflet compared with the left, 3 mm. "
        "Brain parenchyma otherwise normal.",
        conclusion="Small right tentorial subdural haemorrhage.",
    ),
    C(
        "de2-several-contusions",
        "Several small haemorrhagic contusions in the right temporal and frontal lobes, largest 9 mm. "
        "No extra-axial collection.",
        1,
        {"iph", "multiple"},
    ),
    C(
        "de2-cisterns-anatomy",
        None,
        1,
        {"sah"},
        description="Hyperdense material in the interpeduncular cistern and along the left ambient cistern. "
        "Ventricles normal in size.",
        conclusion="Acute blood in the basal cisterns.",
    ),
    C(
        "de2-caps-bleed-herniation",
        "CT HEAD: LARGE LEFT FRONTAL INTRACEREBRAL BLEED 5 X 4 CM WITH INTRAVENTRICULAR EXTENSION AND "
        "9MM MIDLINE SHIFT. EARLY UNCAL HERNIATION. FINDINGS DISCUSSED WITH DR ON CALL.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "de2-sah-increased",
        "Small volume subarachnoid haemorrhage layering in the posterior interhemispheric fissure, "
        "slightly increased compared with prior.",
        1,
        {"sah"},
    ),
    C(
        "de2-post-evac-putamen",
        "Post craniotomy and evacuation of R putaminal haematoma. Residual 1.5 cm haematoma at the "
        "evacuation site with a few locules of air. No rebleed. Midline shift resolved.",
        1,
        {"iph"},
    ),
    C(
        "de2-trauma-five",
        "Findings: Thin right acute SDH along the falx. Bilateral frontal contusions. tSAH in the "
        "frontal sulci. Fracture of the right orbital roof. IMP: Multicompartmental traumatic "
        "haemorrhage as above; R orbital roof fracture.",
        1,
        {"sdh", "iph", "sah", "multiple", "fracture"},
    ),
    C(
        "de2-facial-fx-edh-no-skull",
        "Fractures of the L zygomatic arch and L orbital floor with haemosinus in the L maxillary "
        "sinus. Small L frontal extradural haematoma 6 mm. No calvarial fracture identified.",
        1,
        {"edh"},
        note="facial fractures are not skull fractures",
    ),
    C("de2-tele-rt-sdh", "acute rt sdh ~6mm, no mls, no other acute findings", 1, {"sdh"}),
    C(
        "de2-expansion",
        "Compared to prior, the L frontal IPH has increased in volume from 12 to 20 mL (haematoma "
        "expansion). New IVH in the L lateral ventricle.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "de2-spot-sign",
        "NCCT: Acute R thalamic haematoma 14 mL. CTA: focus of contrast extravasation within it "
        "(spot sign), high risk of expansion.",
        1,
        {"iph"},
    ),
    C(
        "de2-sah-no-aneurysm",
        "Diffuse SAH, modified Fisher 3. CTA: no aneurysm identified; catheter angiography recommended.",
        1,
        {"sah"},
        note="no definite cause, so not combined",
    ),
    C(
        "de2-cortical-vein-sah",
        "Small convexity SAH in the L central sulcus. Hyperdense cord sign of an adjacent cortical vein; "
        "CTV confirms thrombosis of the superior sagittal sinus. IMP: Cerebral venous thrombosis with "
        "convexity SAH.",
        1,
        {"sah", "combined"},
    ),
    C(
        "de2-vr-inter-parenchymal",
        "There is an acute inter parenchymal hemorrhage in the right frontal lobe measuring 2.6 x 1.9 cm. "
        "IMPRESSION: Acute right frontal inter parenchymal hemorrhage.",
        1,
        {"iph"},
        note="dictation error 'inter' for 'intra'",
    ),
    C(
        "de2-except-chronic-sdh",
        "Impression: No acute intracranial abnormality except a chronic left convexity subdural "
        "collection, 7 mm, unchanged from previous.",
        1,
        {"sdh"},
    ),
    C(
        "de2-minimal-residual-ivh",
        "Minimal residual blood in the dependent occipital horns, otherwise the previous IVH has cleared. "
        "EVD removed.",
        1,
        {"ivh"},
    ),
    C(
        "de2-desc-levels-anatomy",
        None,
        1,
        {"iph", "ivh", "multiple"},
        description="Hyperdense rounded area 35 x 28 mm in the right thalamus with a low-density halo. "
        "Hyperdense layering in the trigone of the right lateral ventricle, HU 58.",
        conclusion="Right thalamic haemorrhage; blood in the ventricular system.",
    ),
    C(
        "de2-uk-vertex-edh",
        "Fracture through the vertex crossing the superior sagittal sinus. Biconvex high-density "
        "collection straddling the midline beneath it. Conclusion: Vertex extradural haematoma, likely "
        "venous in origin.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "de2-post-op-sah-evd-ca",
        "Post EVD insertion, L frontal approach. Blood products within the L frontal tract, 1 cm. "
        "Subarachnoid blood in the basal cisterns again seen, decreasing. Impression: Small tract "
        "haemorrhage; improving SAH.",
        1,
        {"iph", "sah", "multiple"},
    ),
    C(
        "de2-mixed-contusion-edh-sdh",
        "R temporal EDH 12 mm under a temporal squamous fracture; contralateral L frontal SDH 5 mm. "
        "IMP: EDH + contre-coup SDH.",
        1,
        {"edh", "sdh", "multiple", "fracture"},
    ),
    # ------------------------------------------------------------------ absent
    C(
        "de2-neg-us-template",
        "EXAM: CT HEAD WITHOUT CONTRAST. FINDINGS: No acute intracranial hemorrhage, mass effect or "
        "midline shift. Gray-white differentiation is preserved. Ventricles and sulci are normal for age. "
        "Calvarium intact. IMPRESSION: No acute intracranial abnormality.",
        0,
    ),
    C("de2-neg-nad", "CT brain: NAD. No bleed.", 0),
    C(
        "de2-neg-subgaleal",
        "Large left parietal subgaleal haematoma. No underlying fracture. No intracranial haemorrhage. "
        "IMP: Scalp haematoma only.",
        0,
    ),
    C(
        "de2-neg-haemosinus-facial",
        "Blood-fluid levels in both maxillary sinuses. Fractures of the nasal bones and the right medial "
        "orbital wall. No intracranial haemorrhage or pneumocephalus.",
        0,
        note="sinus blood and facial fractures",
    ),
    C(
        "de2-neg-calcifications",
        "Dense calcification of the falx and symmetric bilateral basal ganglia calcification, "
        "physiological. Pineal and choroid plexus calcified. No haemorrhage.",
        0,
    ),
    C(
        "de2-neg-dense-mca-aspects",
        "CODE STROKE. NCCT: Hyperdense L MCA (M1) sign. Loss of insular ribbon, ASPECTS 8. No ICH. "
        "CTA: L M1 occlusion. CTP: small core, large penumbra. Suitable for thrombectomy.",
        0,
    ),
    C(
        "de2-neg-old-bleed-sequel",
        "Encephalomalacia and gliosis in the right basal ganglia at the site of the previous haemorrhage, "
        "with ex vacuo dilatation of the R frontal horn. No acute haemorrhage.",
        0,
    ),
    C(
        "de2-neg-resolved-sdh",
        "Follow-up. The previously seen left frontal SDH has completely resolved. No residual collection. "
        "No midline shift.",
        0,
    ),
    C(
        "de2-neg-contrast-staining",
        "Post-thrombectomy CT: hyperdensity in the L caudate and putamen measuring 140 HU. Dual energy "
        "iodine map shows iodine; virtual non-contrast images show no blood. IMP: Contrast staining, "
        "no haemorrhagic transformation.",
        0,
    ),
    C(
        "de2-neg-high-hct",
        "Diffusely hyperdense dural venous sinuses and arteries, in keeping with high haematocrit "
        "(Hb 198 g/L). CTV: normal opacification, no thrombosis. No intracranial haemorrhage.",
        0,
    ),
    C(
        "de2-neg-pseudo-sah",
        "Post cardiac arrest. Diffuse cerebral oedema with loss of grey-white differentiation and "
        "effacement of the sulci and basal cisterns. Relative hyperdensity along the tentorium and "
        "basal cisterns represents pseudo-subarachnoid haemorrhage. IMP: Global hypoxic-ischaemic injury.",
        0,
    ),
    C(
        "de2-neg-abdomen",
        "CT ABDOMEN/PELVIS WITH CONTRAST: Large left retroperitoneal haemorrhage with active "
        "extravasation from a lumbar artery. Haematocrit effect.",
        0,
        note="non-head study",
    ),
    C(
        "de2-neg-parietal-fx",
        "Non-displaced linear fracture of the right parietal bone with overlying scalp haematoma. "
        "No underlying extra-axial collection. No intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "de2-neg-orbital-roof-fx",
        "Fracture of the left orbital roof with a small extraconal retro-orbital haematoma. Globe intact. "
        "No intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "de2-neg-sphenoid-fx",
        "Fracture of the sphenoid body with blood in the sphenoid sinus and a few foci of pneumocephalus. "
        "No intracranial blood.",
        0,
        {"fracture"},
    ),
    C(
        "de2-neg-hygroma",
        "Small bilateral frontal subdural hygromas of CSF density, unchanged. No haemorrhage.",
        0,
        note="hygroma is CSF, not blood",
    ),
    C(
        "de2-neg-calcified-meningioma",
        "Densely calcified extra-axial mass along the left falx, c/w calcified meningioma, unchanged. "
        "No haemorrhage or oedema.",
        0,
    ),
    C(
        "de2-neg-granulomas",
        "Few punctate calcified granulomas in both cerebral hemispheres, HU >200, no perilesional oedema. "
        "No haemorrhage.",
        0,
    ),
    C(
        "de2-neg-lacunes",
        "Old lacunar infarcts in the L internal capsule and R corona radiata. Chronic small vessel "
        "disease. No intracranial haemorrhage, SOL or hydrocephalus.",
        0,
    ),
    C(
        "de2-neg-in-template",
        "NCCT BRAIN: Bilateral cerebral hemispheres show normal grey-white differentiation. No e/o "
        "intra/extra-axial haemorrhage. Ventricular system normal. Basal cisterns clear. "
        "IMPRESSION: No significant abnormality detected.",
        0,
    ),
    C(
        "de2-neg-clinical-question",
        "Clinical question: r/o SAH/IVH. Findings: No blood products intracranially. "
        "Conclusion: No evidence of SAH.",
        0,
    ),
    C(
        "de2-neg-post-coil-cleared",
        "Coil mass at the ACom region. The previously noted SAH has cleared. Ventricles normal; EVD "
        "removed. No new abnormality.",
        0,
    ),
    C(
        "de2-neg-zmc",
        "L zygomaticomaxillary complex fracture involving the orbital floor and lateral wall; haemosinus "
        "L maxillary sinus. Nasal bone fracture. Brain: no acute intracranial abnormality.",
        0,
    ),
    C(
        "de2-neg-chronic-infarct",
        "Chronic L MCA territory infarct with encephalomalacia and ex vacuo dilatation. No acute "
        "haemorrhage or haemorrhagic transformation.",
        0,
    ),
    C(
        "de2-neg-sinus-thrombus-only",
        "CT + CTV: Hyperdense L transverse and sigmoid sinus with filling defect on CTV, c/w venous "
        "sinus thrombosis. No venous infarct or haemorrhage.",
        0,
    ),
    C(
        "de2-neg-typos",
        "No intracranial haemorrahge, extra axial colection or mass efect. Ventricles normal.",
        0,
    ),
    C(
        "de2-neg-temporal-bone-ct",
        "CT TEMPORAL BONES: Left longitudinal petrous fracture with incudomalleolar dislocation and "
        "haemotympanum. Visualised brain unremarkable.",
        0,
        {"fracture"},
        note="middle ear blood is extracranial",
    ),
    C(
        "de2-neg-remote-craniotomy",
        "Remote R frontal craniotomy. Encephalomalacia at the surgical bed. No haemorrhage, "
        "hydrocephalus or mass effect.",
        0,
    ),
    C(
        "de2-neg-dense-basilar",
        "Hyperdense basilar artery, likely thrombus. CTA confirms basilar occlusion. Parenchyma otherwise "
        "normal; no haemorrhage.",
        0,
        note="'likely' refers to arterial thrombus, not blood",
    ),
    # ------------------------------------------------------------------ hedged
    C(
        "de2-h-sylvian-volume-avg",
        "Subtle hyperdensity in the L sylvian fissure, ?small SAH vs volume averaging. Recommend CTA/LP if "
        "clinical concern persists.",
        -1,
    ),
    C(
        "de2-h-possible-tentorial",
        "IMP: Possible thin R tentorial subdural. Consider short interval follow up.",
        -1,
    ),
    C(
        "de2-h-ivh-choroid",
        "Cannot exclude a tiny IVH in the R occipital horn; this may represent choroid plexus.",
        -1,
    ),
    C(
        "de2-h-calc-vs-microbleed",
        "Small 4 mm hyperdense focus in the L frontal subcortical white matter of uncertain "
        "significance: calcification versus microhaemorrhage. MRI with SWI recommended.",
        -1,
    ),
    C(
        "de2-h-unexplained-focus",
        "FINDINGS: 6 mm focus of hyperdensity within the right cerebellar hemisphere (55 HU) without "
        "mass effect. IMPRESSION: 6 mm hyperdense focus R cerebellum - further evaluation with MRI "
        "suggested.",
        -1,
        note="unexplained hyperdense focus not called blood",
    ),
    C(
        "de2-h-questionable-sdh-beam",
        "Questionable 2-3 mm extra-axial hyperdensity along the L convexity, difficult to separate from "
        "the inner table due to beam hardening.",
        -1,
    ),
    C(
        "de2-h-hygroma-vs-csdh",
        "Bilateral extra-axial fluid collections - subdural hygromas versus chronic subdural haematomas.",
        -1,
    ),
    C(
        "de2-h-staining-vs-bleed",
        "Hyperdensity in the L lentiform nucleus post-thrombectomy; contrast staining vs haemorrhage. "
        "Repeat CT in 24h or DECT advised.",
        -1,
    ),
    C(
        "de2-h-dural-density",
        "Mildly dense appearance of the tentorium and falx, likely normal dural density, but minimal SAH "
        "not excluded in the setting of trauma.",
        -1,
    ),
    C(
        "de2-h-early-ht",
        "Early ischaemic changes L MCA territory, ASPECTS 7. Questionable petechial hyperdensity in the "
        "L insula, ?early haemorrhagic transformation.",
        -1,
    ),
    C(
        "de2-h-met-vs-calc",
        "Known lung carcinoma. Hyperdense lesion in the L frontal lobe, likely haemorrhagic metastasis "
        "vs calcified lesion. MRI recommended.",
        -1,
    ),
    C(
        "de2-h-likely-contusion",
        "Small focus of hyperdensity at the R frontal pole, likely a small contusion. No extra-axial "
        "collection.",
        -1,
    ),
    C(
        "de2-h-occipital-fx-edh",
        "Nondisplaced fracture of the L occipital bone. Questionable tiny extra-axial hyperdensity beneath "
        "it, possibly a small EDH; short-interval follow-up CT advised.",
        -1,
        {"fracture"},
    ),
    C("de2-h-tele-ivh-artefact", "IMP: ?trace IVH L occipital horn vs artefact. Otherwise NAD.", -1),
    C("de2-h-suspicious-sdh", "Findings suspicious for a small R frontal SDH; recommend repeat imaging.", -1),
    C(
        "de2-h-sulcal-or-vein",
        "Subtle sulcal hyperdensity in the R parietal lobe - could represent tiny SAH or a cortical "
        "vein. Clinical correlation.",
        -1,
    ),
    C(
        "de2-h-prepontine-artefact",
        "Equivocal hyperdensity in the prepontine cistern, probably beam hardening from the petrous "
        "ridges. SAH cannot be entirely excluded on CT; LP if clinical suspicion persists.",
        -1,
    ),
    C(
        "de2-h-tentorial-calc-or-sdh",
        "Linear hyperdensity along the L tentorium - dural calcification or small SDH?",
        -1,
    ),
    C(
        "de2-h-in-temporal",
        "Ill-defined hyperdense area in right temporal lobe - ? haemorrhagic contusion. Suggested "
        "follow-up NCCT after 24 hrs.",
        -1,
    ),
    C(
        "de2-h-ca-may-represent",
        "Apparent increased density within the sulci of the left frontal lobe may represent a small "
        "amount of subarachnoid hemorrhage.",
        -1,
    ),
    C(
        "de2-h-probable-edh-fx",
        "Undisplaced fracture of the right squamous temporal bone. Probable small underlying EDH, 3 mm.",
        -1,
        {"fracture"},
    ),
    C(
        "de2-h-motion-desc-concl",
        None,
        -1,
        description="Motion-degraded study. Hyperdense material in the occipital horns? Difficult to assess.",
        conclusion="Motion-degraded. Possible small volume IVH; repeat suggested.",
    ),
    C(
        "de2-h-glioma-heterogeneous",
        "Heterogeneous density within the known L temporal glioma, which may reflect intratumoral "
        "haemorrhage or calcification.",
        -1,
    ),
]
