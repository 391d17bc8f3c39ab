"""English development set 3: 100 invented head CT reports aimed at specificity traps.

What it targets: reports that contain words which look like haemorrhage but must not be labeled
as such - explicit negatives in many phrasings, history and prior events, resolved blood on
follow-up, mimics (calcified falx, choroid plexus and basal ganglia calcification, dense MCA or
basilar sign, contrast staining, beam hardening, high haematocrit sinuses, pseudo-SAH, dense
tentorium), extracranial blood only (scalp, subgaleal, periorbital, sinus, mastoid, facial
fractures), non-head studies dictated in the same style (neck, chest, abdomen/pelvis, spine),
clinical questions in the header and recommendations. The present and hedged reports are
realistic and carry some of the same trap words nearby. Styles mix US, UK, Australian, Indian
and Canadian habits: findings/impression, terse ED reads, long normal templates, follow-ups,
post-operative studies, trauma, stroke protocol with CTA and oncology.

Who wrote it: every report is invented (no real patients, names, dates or identifiers), written
from the label definitions and general radiology knowledge, without looking at the project's
lexicon, matcher or other case files.

Labeling conventions:
- ich=1 when blood is present inside the skull in this study (acute, subacute, chronic,
  hemorrhagic contusion, residual post-operative hematoma, follow-up with blood still present);
  ich=0 for absent blood, extracranial blood, mimics, old sequelae only, fully resolved
  hemorrhage and non-head studies; ich=-1 when hemorrhage is only suggested or a small
  hyperdense focus is left unexplained.
- Subtypes come from anatomy when no subtype word is used; hemorrhagic contusion counts as iph;
  hedged reports carry no subtypes.
- multiple: two or more subtypes, or two or more separate foci.
- combined: definite hemorrhage with a definite cause (ruptured aneurysm, AVM, bleeding tumour,
  hemorrhagic transformation, venous sinus thrombosis).
- fracture: skull vault or base only, labeled even when ich is 0 or -1 (facial-only fractures do
  not count).

The rules are tuned on this set after its first score. First score (en-ich 1.3, rules; the honest figure):
ICH sensitivity 1.000, specificity 0.783, PPV 0.658, hedged sent to verification 1.000; F1 edh 0.800, sdh
0.900, sah 0.727, iph 0.870, ivh 0.857, multiple 0.857, fracture 1.000, combined 0.714.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

CASES = [
    # ------------------------------------------------------------------ absent (ich=0)
    C(
        "de3-a01",
        "CT HEAD WITHOUT CONTRAST. INDICATION: Worst headache of life, ?SAH. TECHNIQUE: Axial images "
        "from skull base to vertex with sagittal and coronal reformats. FINDINGS: The ventricles and "
        "sulci are normal in size and configuration for age. Grey-white matter differentiation is "
        "preserved. No acute intracranial hemorrhage, mass effect or midline shift. The basal cisterns "
        "are patent and clear. No hydrocephalus. The calvarium is intact. Visualized paranasal sinuses "
        "and mastoid air cells are clear. IMPRESSION: Normal noncontrast CT head. If clinical suspicion "
        "for subarachnoid hemorrhage persists beyond 6 hours from ictus, lumbar puncture may be considered.",
        0,
    ),
    C(
        "de3-a02",
        "CT head - ED. Fell from standing, on aspirin. Brain: no acute findings, without evidence of "
        "bleed, infarct or mass. Bones intact. Imp: negative.",
        0,
    ),
    C(
        "de3-a03",
        None,
        0,
        description="Non-contrast CT brain. There is mild generalised cerebral volume loss appropriate for "
        "age with patchy periventricular low attenuation consistent with small vessel ischaemic change. "
        "Haemorrhage is not identified. No space-occupying lesion. No extra-axial collection. The "
        "posterior fossa structures are unremarkable.",
        conclusion="No acute intracranial abnormality. Chronic small vessel disease.",
    ),
    C("de3-a04", "CTH noncon. Hx: syncope, hit head. Negative for ICH. No skull fx. Mild atrophy. Done.", 0),
    C(
        "de3-a05",
        "CT BRAIN (PLAIN). Clinical details: Sudden onset occipital headache during exertion, query "
        "subarachnoid haemorrhage. Observations: No hyperdense collection is seen in the basal cisterns, "
        "sylvian fissures, interhemispheric fissure or cortical sulci. Ventricles are normal in size "
        "with no blood within them. Brain parenchyma shows normal attenuation. Impression: SAH excluded "
        "on this CT performed 3 hours after onset of headache. Kindly correlate clinically.",
        0,
    ),
    C(
        "de3-a06",
        None,
        0,
        description="CT head without IV contrast. Brain parenchyma is of normal attenuation. No extra-axial "
        "blood or fluid collections. The ventricular system is midline and of normal calibre. Orbits "
        "and skull base are unremarkable.",
        conclusion="Unremarkable CT head.",
    ),
    C(
        "de3-a07",
        "FINDINGS: No intraparenchymal or extra-axial hemorrhage. No territorial infarct. No mass. The "
        "ventricles are symmetric. Minimal mucosal thickening of the right maxillary sinus. "
        "IMPRESSION: No acute intracranial process.",
        0,
    ),
    C(
        "de3-a08",
        "CT HEAD (STRUCTURED REPORT). Indication: fall, r/o bleed. Hemorrhage: None. Mass effect: None. "
        "Midline shift: 0 mm. Hydrocephalus: Absent. Acute infarct: None identified. Extra-axial "
        "collection: None. Calvarium: Intact. Sinuses/mastoids: Clear. Impression: Negative head CT.",
        0,
    ),
    C(
        "de3-a09",
        None,
        0,
        description="Indication: 84F, fall at nursing home, on apixaban, rule out intracranial bleed. "
        "Findings: Moderate diffuse volume loss. Confluent white matter hypoattenuation. Old lacunar "
        "infarct in the left lentiform nucleus. There is no hemorrhage, mass, or acute territorial "
        "infarct. No fracture.",
        conclusion="No acute intracranial hemorrhage. Chronic changes as above.",
    ),
    C(
        "de3-a10",
        None,
        0,
        description="History of SAH 2019 from a ruptured anterior communicating artery aneurysm, coiled. "
        "Now headache. Coil mass at the ACom region with streak artefact limiting assessment of the "
        "adjacent gyrus rectus. No new subarachnoid or intraventricular blood. Ventricles are stable in "
        "size compared with the 2021 study; no hydrocephalus. Small area of encephalomalacia in the "
        "right gyrus rectus, unchanged.",
        conclusion="Post-coiling appearances, stable. No recurrent haemorrhage.",
    ),
    C(
        "de3-a11",
        "CT head. Prior right craniotomy for SDH evacuation (2 years ago). Craniotomy plate fixation is "
        "intact. Mild dural thickening under the flap. No recurrent subdural collection. No acute "
        "haemorrhage. Brain parenchyma is otherwise normal. IMPRESSION: Stable postoperative "
        "appearance without recurrence.",
        0,
    ),
    C(
        "de3-a12",
        None,
        0,
        description="Known left frontal cavernoma, followed on MRI. On CT there is a 9 mm partially "
        "calcified lesion in the left superior frontal gyrus, unchanged in size and density compared "
        "with the previous CT. No surrounding oedema. No new hemorrhage. No other abnormality.",
        conclusion="Known cavernoma without new hemorrhage.",
    ),
    C(
        "de3-a13",
        "CT BRAIN. Post-traumatic follow-up 3 years after assault. Findings: Old hemorrhagic contusion "
        "of the right temporal pole and inferior frontal gyri now represented by encephalomalacia and "
        "gliosis with ex vacuo dilatation of the right temporal horn. No acute intracranial "
        "haemorrhage. No collection. Opinion: Chronic post-traumatic sequelae only.",
        0,
        note="old hemorrhagic contusion now encephalomalacia: sequelae only",
    ),
    C(
        "de3-a14",
        "CT HEAD W/O. Indication: cognitive decline. Chronic microhemorrhages on prior MRI (3 years ago) "
        "in a lobar distribution, raising the possibility of cerebral amyloid angiopathy; these are not "
        "visible on CT. No acute intracranial hemorrhage. Moderate parietal-predominant atrophy. "
        "IMPRESSION: No acute abnormality. Known microbleeds are beyond the resolution of CT.",
        0,
        note="microbleeds only referenced from a prior MRI, not seen in this study",
    ),
    C(
        "de3-a15",
        None,
        0,
        description="Follow-up CT head 6 weeks after conservative management of a left convexity subdural "
        "haematoma. The previously seen subdural hematoma has resolved. There is no residual extra-axial "
        "collection. The sulci over the left hemisphere have re-expanded and there is no midline shift.",
        conclusion="Resolution of the left subdural haematoma.",
    ),
    C(
        "de3-a16",
        "CT head follow-up, day 21 after clipping of a right MCA bifurcation aneurysm. Aneurysm clip in "
        "situ with streak artefact. Complete resorption of the previously demonstrated subarachnoid "
        "blood. No residual blood in the ventricles. No hydrocephalus. Small area of low density in "
        "the right frontal operculum related to the surgical approach. IMPRESSION: No residual "
        "subarachnoid haemorrhage. Postoperative changes.",
        0,
    ),
    C(
        "de3-a17",
        "Findings: The right thalamic haematoma seen on the admission scan 4 months ago has resolved, "
        "leaving a small slit-like CSF-density cavity. No residual blood. Ventricles are normal. "
        "Impression: Resolved right thalamic haemorrhage with expected sequelae.",
        0,
    ),
    C(
        "de3-a18",
        "CT HEAD NON CONTRAST. Dense calcification along the anterior falx cerebri, a common incidental "
        "finding, not to be mistaken for haemorrhage. No interhemispheric or subdural blood. Brain "
        "parenchyma normal. IMPRESSION: No acute intracranial abnormality; calcified falx.",
        0,
    ),
    C(
        "de3-a19",
        None,
        0,
        description="Symmetric coarse calcification of both globi pallidi and the dentate nuclei, in keeping "
        "with physiological or metabolic calcification. Choroid plexus and pineal calcification. These "
        "hyperdensities are calcific (Hounsfield units greater than 150) rather than blood. No acute "
        "intracranial haemorrhage, mass effect or hydrocephalus.",
        conclusion="Basal ganglia and dentate calcification. No haemorrhage.",
    ),
    C(
        "de3-a20",
        None,
        0,
        description="CODE STROKE. Noncontrast CT head: Hyperdense left M1 segment of the middle cerebral "
        "artery (dense MCA sign). Subtle loss of insular ribbon on the left. ASPECTS 8. No intracranial "
        "hemorrhage. CTA head and neck: Abrupt occlusion of the proximal left M1 with moderate "
        "collaterals. Cervical carotids patent without stenosis. CT perfusion: core 12 mL, penumbra 90 mL.",
        conclusion="Left M1 occlusion with dense MCA sign. No ICH. Findings discussed with stroke team; "
        "candidate for thrombectomy.",
    ),
    C(
        "de3-a21",
        "CT head (dual-energy) 1 hour post mechanical thrombectomy of right M1. Hyperdensity in the right "
        "caudate and lentiform nuclei which disappears on the virtual non-contrast images and is bright "
        "on the iodine map, consistent with contrast staining. No hemorrhage on the virtual non-contrast "
        "reconstruction. No subarachnoid blood. IMPRESSION: Contrast staining of the right basal "
        "ganglia; no hemorrhagic transformation.",
        0,
    ),
    C(
        "de3-a22",
        "CT head. Streak and beam-hardening artifact across the posterior fossa between the petrous "
        "bones, producing apparent hyperdensity in the pons; this is artifactual and not hemorrhage. "
        "No true intracranial blood. Fourth ventricle midline. Supratentorial brain unremarkable. "
        "IMPRESSION: No acute abnormality. Beam hardening as described.",
        0,
    ),
    C(
        "de3-a23",
        None,
        0,
        description="Clinical: polycythaemia vera (Hct 0.61), headache, query venous sinus thrombosis. The "
        "dural venous sinuses and cortical veins are diffusely and symmetrically hyperdense, "
        "proportionate to the arterial structures, in keeping with a raised haematocrit. CT venogram "
        "shows normal opacification of the superior sagittal, transverse and sigmoid sinuses without "
        "filling defect. No parenchymal haemorrhage or venous infarct.",
        conclusion="Hyperdense sinuses from high haematocrit. No sinus thrombosis and no haemorrhage.",
    ),
    C(
        "de3-a24",
        "CT HEAD post out-of-hospital cardiac arrest. Diffuse cerebral oedema with loss of grey-white "
        "differentiation and effacement of sulci and basal cisterns. Relative hyperdensity of the "
        "basal cisterns and tentorium is in keeping with pseudo-subarachnoid haemorrhage from diffuse "
        "oedema; there is no true subarachnoid blood. IMPRESSION: Global hypoxic-ischaemic injury. "
        "Pseudo-SAH appearance.",
        0,
        note="pseudo-SAH stated as a mimic, not as possible blood",
    ),
    C(
        "de3-a25",
        "Non-contrast CT head. The tentorium is relatively dense bilaterally, a normal appearance in "
        "this young patient; no tentorial subdural haematoma. No extra-axial collection elsewhere. "
        "Ventricles normal. IMPRESSION: Normal study.",
        0,
    ),
    C(
        "de3-a26",
        "CT HEAD W/O CONTRAST. HISTORY: Assault, struck with bottle. FINDINGS: Large left parietal scalp "
        "hematoma with soft tissue swelling and small foci of subcutaneous gas. No underlying skull "
        "fracture. No intracranial hemorrhage. No mass effect. IMPRESSION: Left parietal scalp hematoma. "
        "No acute intracranial abnormality.",
        0,
    ),
    C(
        "de3-a27",
        None,
        0,
        {"fracture"},
        description="Toddler, fall from a change table. Large right parietal subgaleal haematoma. Underlying "
        "non-depressed linear fracture of the right parietal bone, 4 cm in length. No extradural or "
        "subdural collection beneath the fracture. No intracranial haemorrhage. Brain parenchyma is "
        "normal.",
        conclusion="Right parietal linear skull fracture with overlying subgaleal haematoma. No "
        "intracranial injury.",
    ),
    C(
        "de3-a28",
        "CT HEAD AND FACIAL BONES. Left periorbital hematoma with preseptal soft tissue swelling. "
        "Fracture of the left orbital floor with herniation of a small amount of fat; blood fills the "
        "left maxillary sinus (hemosinus). Globe intact. Intracranial: no hemorrhage, no pneumocephalus. "
        "IMPRESSION: Left orbital floor blowout fracture with hemosinus. Normal brain.",
        0,
        note="facial fracture only: fracture not labeled",
    ),
    C(
        "de3-a29",
        "CT head. Opacification of the right mastoid air cells and middle ear cavity with fluid; no "
        "temporal bone fracture is identified on thin bone windows. Brain: no hemorrhage, infarct or "
        "mass. IMPRESSION: Right middle ear and mastoid fluid, probably inflammatory. Otherwise normal.",
        0,
    ),
    C(
        "de3-a30",
        None,
        0,
        description="CT head and maxillofacial. Motorbike crash. Comminuted fractures of the right "
        "zygomaticomaxillary complex and bilateral nasal bones. Haemosinus in the right maxillary sinus "
        "and ethmoid air cells. Extensive facial soft tissue swelling. The skull vault and skull base are "
        "intact. The brain is normal, without extra-axial or parenchymal haemorrhage.",
        conclusion="Right ZMC and nasal bone fractures with haemosinus. No intracranial injury.",
        note="facial-only fractures: fracture not labeled",
    ),
    C(
        "de3-a31",
        "CT NECK WITH CONTRAST. Post total thyroidectomy day 1, neck swelling. A 5 x 3 cm heterogeneous "
        "haematoma occupies the thyroid bed with mild leftward deviation of the trachea. No active "
        "contrast extravasation. Airway patent. IMPRESSION: Postoperative neck haematoma.",
        0,
        note="non-head study",
    ),
    C(
        "de3-a32",
        None,
        0,
        description="CT chest with contrast, trauma. Moderate right haemothorax with a few displaced right "
        "rib fractures (ribs 5-8). Pulmonary contusion in the right lower lobe. No pneumothorax. "
        "Mediastinum normal, no aortic injury.",
        conclusion="Right haemothorax, rib fractures and pulmonary contusion.",
        note="non-head study; rib fractures are not skull fractures",
    ),
    C(
        "de3-a33",
        "CT ABDOMEN AND PELVIS WITH IV CONTRAST. Grade IV splenic laceration with a perisplenic "
        "hematoma and moderate hemoperitoneum tracking into the pelvis. Focus of active extravasation "
        "at the splenic hilum. Liver and kidneys intact. IMPRESSION: Splenic laceration with active "
        "bleeding and hemoperitoneum. Surgical team informed.",
        0,
        note="non-head study",
    ),
    C(
        "de3-a34",
        "CT CERVICAL SPINE. Neck pain after chiropractic manipulation, on warfarin. A posterior "
        "hyperdense epidural hematoma extends from C3 to C6 within the spinal canal, causing mild "
        "flattening of the cord. No fracture. IMPRESSION: Spinal epidural hematoma C3-C6; MRI advised.",
        0,
        note="spinal canal epidural blood, non-head study",
    ),
    C(
        "de3-a35",
        None,
        0,
        description="Indication: ?SAH. Thunderclap headache 2 hours ago. No subarachnoid blood is "
        "identified in the cisterns, fissures or sulci. Ventricles normal. No aneurysm is evident "
        "on the accompanying CT angiogram of the circle of Willis.",
        conclusion="Negative study for subarachnoid haemorrhage and aneurysm.",
    ),
    C(
        "de3-a36",
        "CT HEAD. Clinical: query ICH after fall, GCS 15, on clopidogrel. Report: Brain volume "
        "appropriate for age. No intracranial haematoma. No skull fracture. Small left frontal scalp "
        "contusion. Conclusion: No intracranial injury.",
        0,
    ),
    C("de3-a37", "r/o bleed. CT head noncon: no bleed. No shift. Ventricles nl. Imp: neg.", 0),
    C(
        "de3-a38",
        None,
        0,
        description="CT head, motor vehicle collision, transient loss of consciousness. The brain is "
        "normal in appearance. No hemorrhage, contusion or extra-axial collection. Skull intact.",
        conclusion="Normal CT head. If symptoms persist or there is clinical concern for diffuse "
        "axonal injury, recommend MRI with susceptibility-weighted imaging to evaluate for "
        "microhemorrhage.",
    ),
    C(
        "de3-a39",
        "CT HEAD WITH AND WITHOUT CONTRAST. Known metastatic breast carcinoma, staging. Three enhancing "
        "lesions: right frontal (12 mm), left occipital (8 mm) and left cerebellar (6 mm), each with "
        "surrounding vasogenic oedema. No intratumoral hemorrhage; the lesions are not hyperdense on "
        "the precontrast images. No hydrocephalus. IMPRESSION: Multiple cerebral metastases without "
        "hemorrhage.",
        0,
    ),
    C(
        "de3-a40",
        None,
        0,
        description="Stroke protocol. Non-contrast CT: no intracranial haemorrhage, ASPECTS 10. CT "
        "angiogram: no large vessel occlusion; mild atheroma at both carotid bifurcations without "
        "significant stenosis. CT perfusion: no perfusion deficit.",
        conclusion="ICH excluded. No LVO. Findings conveyed to the stroke registrar for thrombolysis "
        "decision.",
    ),
    C(
        "de3-a41",
        "CT head. Extensive periventricular and deep white matter hypoattenuation. Old lacunes in both "
        "thalami. No acute bleed. No mass. Impression: Small vessel ischaemic disease; no acute "
        "intracranial haemorrhage.",
        0,
    ),
    C(
        "de3-a42",
        "CT HEAD, 7-month-old with macrocephaly. Prominent bifrontal extra-axial CSF spaces with "
        "normal-sized ventricles, in keeping with benign enlargement of the subarachnoid spaces. Bridging "
        "veins traverse the spaces. No subdural collections and no hyperdense blood. Sutures normal. "
        "IMPRESSION: Benign external hydrocephalus pattern. No haemorrhage.",
        0,
    ),
    C(
        "de3-a43",
        "CT head. A 4 cm CSF-density arachnoid cyst in the left middle cranial fossa with scalloping of "
        "the temporal squama. No haemorrhage within the cyst and no subdural collection. Otherwise "
        "normal. IMPRESSION: Left middle fossa arachnoid cyst, incidental.",
        0,
    ),
    C(
        "de3-a44",
        None,
        0,
        description="Post-operative CT day 1 after right frontal craniotomy and resection of glioblastoma. "
        "The resection cavity contains fluid and a small amount of air, without hyperdense blood "
        "products. Expected pneumocephalus beneath the flap. No extra-axial haematoma. Oedema around "
        "the cavity is unchanged from the preoperative scan. Midline shift reduced from 6 mm to 3 mm.",
        conclusion="Expected postoperative appearances. No postoperative haemorrhage.",
    ),
    C(
        "de3-a45",
        "CT head, shunt check. Right parietal ventriculoperitoneal shunt catheter with tip in the frontal "
        "horn. Ventricles stable in size. No haemorrhage along the catheter tract. No extra-axial "
        "collection. IMPRESSION: Stable ventricles, no shunt complication.",
        0,
    ),
    C(
        "de3-a46",
        "Repeat CT head 48 hours after minor head injury. The previously described small left frontal "
        "hemorrhagic contusion is no longer visible. No new hemorrhage. No extra-axial collection. "
        "IMPRESSION: Resolution of the small frontal contusion.",
        0,
        note="follow-up with blood no longer seen",
    ),
    C(
        "de3-a47",
        None,
        0,
        description="24-hour post-thrombolysis CT. Evolving left MCA territory infarct involving the insula "
        "and frontal operculum with mild local mass effect. No evidence of haemorrhagic transformation. "
        "No subarachnoid blood. Ventricles normal.",
        conclusion="Evolving left MCA infarct without haemorrhagic transformation.",
    ),
    C(
        "de3-a48",
        "CT HEAD AND CT VENOGRAM. Indication: postpartum headache, rule out cerebral venous sinus "
        "thrombosis. All dural venous sinuses and deep veins opacify normally. No venous infarct and no "
        "parenchymal hemorrhage. IMPRESSION: No CT evidence of venous sinus thrombosis or hemorrhage.",
        0,
    ),
    C(
        "de3-a49",
        None,
        0,
        description="Known unruptured right parietal arteriovenous malformation on surveillance. Serpiginous "
        "mildly hyperdense vessels with punctate calcification in the right parietal lobe, unchanged. No "
        "evidence of haemorrhage. No hydrocephalus.",
        conclusion="Stable unruptured AVM. No haemorrhage.",
    ),
    C(
        "de3-a50",
        "CTA HEAD. Headache. Incidental 4 mm saccular aneurysm arising from the anterior communicating "
        "artery, unruptured. Noncontrast images show no subarachnoid hemorrhage. IMPRESSION: Small "
        "unruptured ACom aneurysm; no SAH. Neurosurgical referral suggested.",
        0,
    ),
    C(
        "de3-a51",
        "CT HEAD + TEMPORAL BONES. Fall down stairs, bleeding from right ear. There is a longitudinal "
        "fracture of the right petrous temporal bone extending to the middle ear. Haemotympanum and "
        "fluid in the right mastoid air cells. Small focus of pneumocephalus adjacent to the right "
        "temporal lobe. No extradural, subdural or subarachnoid haemorrhage. IMPRESSION: Right temporal "
        "bone fracture with haemotympanum; no intracranial haemorrhage.",
        0,
        {"fracture"},
    ),
    C(
        "de3-a52",
        "CT ORBITS. Proptosis after blepharoplasty. Retrobulbar haematoma in the left intraconal space "
        "with stretching of the optic nerve and tenting of the posterior globe. Intracranial contents "
        "included on the scout are unremarkable. IMPRESSION: Left retrobulbar haematoma; urgent "
        "ophthalmology review.",
        0,
        note="orbital blood is extracranial",
    ),
    C(
        "de3-a53",
        "CT HEAD. A 2.5 cm densely calcified extra-axial mass arising from the posterior falx, consistent "
        "with a calcified meningioma. No surrounding oedema. No haemorrhage. IMPRESSION: Calcified falcine "
        "meningioma, incidental.",
        0,
    ),
    C(
        "de3-a54",
        None,
        0,
        description="CT head. Epistaxis with nasal packing, on warfarin, INR 4.8, headache. Blood and packing "
        "material fill the nasal cavity and the left maxillary sinus. The brain shows no intracranial "
        "bleed. No extra-axial collection.",
        conclusion="No intracranial haemorrhage. Nasal packing with blood in the nasal cavity and sinus.",
    ),
    C(
        "de3-a55",
        "CT HEAD, 4-month-old, concern for non-accidental injury. No intracranial hemorrhage. No "
        "subdural collections of any density. No skull fracture on 3D reformats. Brain parenchyma "
        "normal for age. IMPRESSION: Negative CT head. Skeletal survey recommended per protocol.",
        0,
    ),
    C(
        "de3-a56",
        "CT BRAIN. Clinical notes: dizziness ?bleed. Report: No acute bleed. Mild chronic small vessel "
        "change. Old right cerebellar infarct. Comment: No CT evidence of acute haemorrhage.",
        0,
    ),
    C(
        "de3-a57",
        None,
        0,
        description="Follow-up 3 months after right MCA stroke. Established right MCA territory infarct with "
        "encephalomalacia and ex vacuo dilatation of the right lateral ventricle. The previously "
        "demonstrated petechial haemorrhagic transformation is no longer seen. No new haemorrhage.",
        conclusion="Chronic right MCA infarct. Prior haemorrhagic transformation resolved.",
        note="resolved transformation: no current blood, so not combined",
    ),
    C(
        "de3-a58",
        "CODE STROKE, sudden coma. Noncontrast CT: hyperdense basilar artery, suspicious for basilar "
        "thrombosis. No intracranial haemorrhage. CTA: occlusion of the mid and distal basilar artery. "
        "IMPRESSION: Basilar artery occlusion. No ICH.",
        0,
    ),
    C(
        "de3-a59",
        "CT HEAD. Known haemophilia A, presenting with headache after minor knock. No intracranial "
        "bleed. No extra-axial collection. Small right frontal scalp swelling. IMPRESSION: No "
        "intracranial haemorrhage.",
        0,
    ),
    C(
        "de3-a60",
        None,
        0,
        description="CT head without contrast. Clinical information: elderly man, falls, confusion, query "
        "subdural. The ventricles, sulci and cisterns are appropriate for age. There is no intra- or "
        "extra-axial haemorrhage. No subdural collection is demonstrated over either convexity. The "
        "grey-white matter differentiation is preserved. There is no mass lesion or midline shift. The "
        "posterior fossa is normal. The skull vault and skull base are intact. The paranasal sinuses "
        "and mastoids are well aerated.",
        conclusion="No subdural haematoma. No acute intracranial abnormality.",
    ),
    # ------------------------------------------------------------------ present (ich=1)
    C(
        "de3-p01",
        "CT HEAD W/O. HISTORY: Fall from ladder. FINDINGS: Right occipital scalp hematoma. There is an "
        "acute crescentic hyperdense collection along the left frontoparietal convexity measuring 8 mm "
        "in thickness with 4 mm rightward midline shift. No skull fracture. IMPRESSION: Acute left "
        "subdural hematoma (contrecoup) with mild mass effect. Right occipital scalp hematoma.",
        1,
        {"sdh"},
    ),
    C(
        "de3-p02",
        "CT HEAD. Struck by a cricket ball. Left temporal scalp swelling. Undisplaced fracture of the left "
        "temporal squama crossing the groove of the middle meningeal artery. Underlying biconvex "
        "hyperdense collection 12 mm thick. Mild effacement of the left lateral ventricle. IMPRESSION: "
        "Acute left temporal extradural haematoma with overlying skull fracture. Neurosurgery notified.",
        1,
        {"edh", "fracture"},
    ),
    C(
        "de3-p03",
        None,
        1,
        {"sah", "combined"},
        description="Indication: ?SAH, sudden headache and vomiting. Diffuse hyperdense blood fills the "
        "suprasellar and ambient cisterns, both sylvian fissures and the anterior interhemispheric "
        "fissure. No intraventricular extension. Temporal horns are mildly prominent. CT angiogram: "
        "7 mm lobulated aneurysm of the anterior communicating artery, the source of the haemorrhage.",
        conclusion="Aneurysmal subarachnoid haemorrhage from a ruptured ACom aneurysm (modified Fisher 3). "
        "Early hydrocephalus.",
    ),
    C(
        "de3-p04",
        "NCCT HEAD. BP 230/130, left hemiplegia. 35 mL acute hematoma centred on the right putamen "
        "with intraventricular extension into the right lateral and third ventricles. 5 mm leftward "
        "midline shift. Calcified choroid plexus noted. IMPRESSION: Right putaminal hemorrhage with "
        "intraventricular extension, likely hypertensive.",
        1,
        {"iph", "ivh", "multiple"},
        note="'likely' qualifies the cause",
    ),
    C(
        "de3-p05",
        None,
        1,
        {"sdh", "multiple"},
        description="CT head. Progressive confusion over three weeks. Bilateral hypodense crescentic "
        "extra-axial collections over the frontoparietal convexities, right 14 mm and left 9 mm, with "
        "internal septations on the right. Effacement of sulci. No midline shift because of the "
        "bilateral mass effect.",
        conclusion="Bilateral chronic subdural haematomas.",
        note="bilateral collections counted as two foci",
    ),
    C(
        "de3-p06",
        "CT HEAD post right burr hole drainage of chronic subdural haematoma, day 1. Subdural drain in "
        "situ. Residual mixed-density right subdural collection up to 8 mm with pockets of air. Midline "
        "shift improved from 9 to 3 mm. IMPRESSION: Expected postoperative appearances with residual "
        "right subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "de3-p07",
        None,
        1,
        {"iph", "sah", "multiple", "fracture"},
        description="Pedestrian struck by car, GCS 9. Large left occipital subgaleal haematoma with an "
        "underlying non-displaced linear occipital bone fracture. Hemorrhagic contusions in both "
        "inferior frontal lobes (right 2.1 cm, left 1.4 cm) with surrounding oedema. Thin traumatic "
        "subarachnoid blood in the right frontal and parietal sulci. No extra-axial haematoma.",
        conclusion="Coup-contrecoup injury: bifrontal haemorrhagic contusions, traumatic SAH and an "
        "occipital skull fracture.",
    ),
    C(
        "de3-p08",
        "FOLLOW-UP CT BRAIN. Right frontal lobar haematoma is decreasing in density and size, now "
        "measuring 2.8 x 2.2 cm (previously 3.4 x 2.9 cm), with a rim of oedema. No new haemorrhage. "
        "Ventricles stable. IMPRESSION: Evolving right frontal intraparenchymal haematoma, smaller.",
        1,
        {"iph"},
        note="'no new haemorrhage' beside blood still present",
    ),
    C(
        "de3-p09",
        "CT HEAD 24 h after thrombectomy for left M1 occlusion. The early post-procedure hyperdensity "
        "has partly washed out, but there is now a 25 mL space-occupying parenchymal hematoma in the "
        "left basal ganglia with mass effect and 4 mm midline shift (PH2). No subarachnoid component. "
        "IMPRESSION: Hemorrhagic transformation of the left MCA infarct, parenchymal hematoma type 2.",
        1,
        {"iph", "combined"},
    ),
    C(
        "de3-p10",
        "CT HEAD WITH CONTRAST. Metastatic melanoma. Left frontal 2.4 cm hyperdense lesion on the "
        "non-contrast series with fluid-fluid level and peripheral enhancement, consistent with "
        "intratumoural haemorrhage in a metastasis. Two further small non-haemorrhagic enhancing "
        "metastases in the right parietal lobe. IMPRESSION: Haemorrhagic left frontal melanoma "
        "metastasis.",
        1,
        {"combined"},
        note="bleeding tumour; convention gives tumour bleeding no subtype (a reading of iph is arguable)",
    ),
    C(
        "de3-p11",
        None,
        1,
        {"iph", "combined"},
        description="19-year-old, seizure and headache. A 3.5 cm acute haematoma in the right parietal lobe "
        "with surrounding oedema. CT angiogram shows a nidus of tangled vessels at the posterior margin "
        "of the haematoma fed by right MCA branches with early draining vein to the superior sagittal "
        "sinus.",
        conclusion="Right parietal intracerebral haemorrhage secondary to a ruptured arteriovenous "
        "malformation.",
    ),
    C(
        "de3-p12",
        "CT HEAD AND CT VENOGRAM. Postpartum headache and seizure. Hyperdense superior sagittal sinus "
        "and left transverse sinus; on the venogram there is a filling defect (empty delta sign) "
        "confirming venous sinus thrombosis. There is a 2.5 cm intraparenchymal haemorrhage in the left "
        "parietal lobe with surrounding oedema, consistent with a haemorrhagic venous infarct. "
        "IMPRESSION: Cerebral venous sinus thrombosis with left parietal venous haemorrhage.",
        1,
        {"iph", "combined"},
    ),
    C(
        "de3-p13",
        "CT HEAD. 78-year-old, transient left hand tingling. Thin linear hyperdensity within a few sulci "
        "of the right central sulcus region, consistent with a small convexity subarachnoid "
        "haemorrhage. No parenchymal haematoma. IMPRESSION: Right convexity SAH. In this age group "
        "cerebral amyloid angiopathy is a consideration; recommend MRI with SWI to evaluate for "
        "microhaemorrhages and superficial siderosis.",
        1,
        {"sah"},
    ),
    C(
        "de3-p14",
        None,
        1,
        {"ivh"},
        description="Blood layers dependently in both occipital horns of the lateral ventricles and within "
        "the fourth ventricle. No parenchymal haematoma identified. No subarachnoid blood. Ventricles "
        "are mildly enlarged.",
        conclusion="Isolated intraventricular haemorrhage with mild hydrocephalus; CT angiography "
        "advised to look for a vascular cause.",
        note="intraventricular blood throughout the ventricular system counted as one subtype",
    ),
    C(
        "de3-p15",
        "CT brain. Vertigo, vomiting, ataxia. 3 cm acute bleed in the left cerebellar hemisphere with "
        "effacement of the fourth ventricle and early dilatation of the temporal horns. IMPRESSION: "
        "Left cerebellar haemorrhage with early obstructive hydrocephalus. Neurosurgical opinion "
        "requested.",
        1,
        {"iph"},
    ),
    C(
        "de3-p16",
        "Follow-up CT head, 10 days after fall. The left convexity subdural haematoma is now isodense to "
        "the cortex, measuring 7 mm (previously 9 mm and hyperdense). Mild effacement of left sulci, no "
        "midline shift. IMPRESSION: Evolving subacute left subdural haematoma, slightly smaller.",
        1,
        {"sdh"},
    ),
    C(
        "de3-p17",
        "CT HEAD. Elderly fall. Thin hyperdense collection along the right tentorial leaflet, thicker "
        "and denser than the left side, consistent with a small tentorial subdural haematoma. The left "
        "tentorium is normally dense. No other intracranial blood. No fracture. IMPRESSION: Small right "
        "tentorial subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "de3-p18",
        None,
        1,
        {"edh", "sdh", "multiple", "fracture"},
        description="Assault with a baseball bat. Depressed fracture of the right parietal bone by 6 mm. "
        "Beneath the fracture there is a lentiform hyperdense collection 10 mm thick. Separately, a "
        "thin crescentic collection extends along the left frontotemporal convexity, 4 mm. Large right "
        "parietal scalp haematoma.",
        conclusion="Right parietal depressed skull fracture with underlying extradural haematoma; left "
        "acute subdural haematoma.",
    ),
    C(
        "de3-p19",
        "CT HEAD post right frontal craniotomy for meningioma resection, day 1. Thin subdural haematoma "
        "beneath the craniotomy flap, up to 5 mm, with small volume pneumocephalus. No mass effect. "
        "Resection bed clear of blood. IMPRESSION: Small postoperative subdural haematoma.",
        1,
        {"sdh"},
    ),
    C(
        "de3-p20",
        None,
        1,
        {"sdh"},
        description="Fall, on warfarin (INR 3.4). Right periorbital haematoma. Left hemispheric mixed-density "
        "subdural collection, 15 mm, with a hyperdense dependent component, consistent with acute on "
        "chronic subdural haemorrhage. 8 mm rightward midline shift with subfalcine herniation. No "
        "skull fracture.",
        conclusion="Acute-on-chronic left subdural haematoma with midline shift. Right periorbital "
        "haematoma.",
    ),
    C(
        "de3-p21",
        "CT HEAD. Cognitive impairment, new right visual field deficit. Acute 3 cm lobar hematoma in the "
        "left occipital lobe. A second, smaller subacute 1.2 cm hematoma in the right frontal lobe. "
        "Background white matter disease. IMPRESSION: Two lobar intraparenchymal hemorrhages of "
        "different ages; cerebral amyloid angiopathy is likely. MRI for microhemorrhages recommended.",
        1,
        {"iph", "multiple"},
        note="two separate parenchymal foci",
    ),
    C(
        "de3-p22",
        "CT/CTA head. Sudden headache. Small volume blood in the prepontine and interpeduncular cisterns "
        "anterior to the midbrain, without extension into the sylvian fissures. CTA shows no aneurysm or "
        "vascular malformation. IMPRESSION: Perimesencephalic non-aneurysmal subarachnoid haemorrhage.",
        1,
        {"sah"},
    ),
    C(
        "de3-p23",
        None,
        1,
        {"iph"},
        description="Sudden coma, pinpoint pupils. A 2.0 cm acute hyperdense haematoma in the central pons. "
        "Fourth ventricle patent. No hydrocephalus.",
        conclusion="Acute pontine haemorrhage.",
    ),
    C(
        "de3-p24",
        "CT HEAD follow-up, day 5, right frontal EVD in situ. The right thalamic haematoma is evolving "
        "with decreasing density. Residual intraventricular blood in both occipital horns, reduced. "
        "Ventricles smaller than before. IMPRESSION: Evolving right thalamic haemorrhage with residual "
        "intraventricular haemorrhage; improving hydrocephalus.",
        1,
        {"iph", "ivh", "multiple"},
    ),
    C(
        "de3-p25",
        "CT HEAD. Fall. Calcification of the anterior falx is noted. Posteriorly there is a thin 3 mm "
        "hyperdense parafalcine collection extending along the posterior interhemispheric fissure, "
        "representing a small parafalcine subdural haematoma. No other blood. No fracture. "
        "IMPRESSION: Small posterior parafalcine subdural haematoma.",
        1,
        {"sdh"},
    ),
    # ------------------------------------------------------------------ hedged (ich=-1)
    C(
        "de3-q01",
        "CT HEAD. Indication: ?SAH, headache 8 hours. Subtle hyperdensity in the right sylvian fissure "
        "which may represent a small volume of subarachnoid blood versus partial volume of the MCA "
        "branches. No intraventricular blood. IMPRESSION: Possible small SAH; CTA and lumbar puncture "
        "advised.",
        -1,
    ),
    C(
        "de3-q02",
        "CT head after fall. A 4 mm hyperdense focus in the left frontal lobe at the grey-white junction "
        "which could represent a tiny hemorrhagic contusion or a calcified granuloma. No extra-axial "
        "collection. Left frontal scalp hematoma. IMPRESSION: Indeterminate punctate hyperdensity; "
        "follow-up CT suggested.",
        -1,
    ),
    C(
        "de3-q03",
        None,
        -1,
        description="Elderly fall. Beam hardening artefact along the inner table of the left frontal bone "
        "limits assessment. A thin subdural haematoma along the left frontal convexity cannot be excluded. "
        "No midline shift. Large left forehead haematoma.",
        conclusion="No definite intracranial haemorrhage; a thin left subdural collection cannot be "
        "excluded. Repeat CT if clinical change.",
    ),
    C(
        "de3-q04",
        "CT HEAD post thrombectomy (right M1). Hyperdensity in the right insular cortex and lentiform "
        "nucleus, which may represent contrast staining versus haemorrhagic transformation; single-energy "
        "technique does not allow discrimination. IMPRESSION: Contrast staining versus haemorrhage; "
        "repeat CT at 24 hours.",
        -1,
    ),
    C(
        "de3-q05",
        "CT HEAD. Headache. A 5 mm rounded hyperdense focus in the right cerebellar hemisphere, not seen "
        "on the study of 2 years ago. No surrounding oedema. Remainder normal. IMPRESSION: Small new "
        "hyperdense focus in the right cerebellum; MRI recommended for characterisation.",
        -1,
        note="unexplained hyperdense focus",
    ),
    C(
        "de3-q06",
        None,
        -1,
        description="Fall on rivaroxaban. Possible trace hyperdensity layering in the left occipital horn, "
        "which may be a tiny amount of intraventricular blood or choroid plexus volume averaging. No "
        "parenchymal or extra-axial haemorrhage.",
        conclusion="Questionable trace intraventricular haemorrhage; short-interval follow-up CT "
        "recommended.",
    ),
    C(
        "de3-q07",
        "CT brain, trauma. Questionable thin extra-axial hyperdensity over the right frontal convexity, "
        "? small subdural or extradural haematoma, versus partial volume of the skull. No fracture "
        "identified. No mass effect. IMPRESSION: Equivocal right frontal extra-axial collection.",
        -1,
    ),
    C(
        "de3-q08",
        "CT HEAD. Headache and seizure. A hyperdense cortical vein over the left parietal lobe (cord "
        "sign) raising concern for cortical vein thrombosis, with a subtle adjacent hyperdensity that "
        "may be a small haemorrhage. IMPRESSION: Suspected cortical vein thrombosis, possibly with "
        "small adjacent haemorrhage. CT venogram / MRI recommended.",
        -1,
    ),
    C(
        "de3-q09",
        None,
        -1,
        description="Known left temporal glioma, follow-up. Increased hyperdensity within the tumour, "
        "which may represent haemorrhage or mineralisation. Surrounding oedema unchanged. No "
        "extra-axial collection.",
        conclusion="New hyperdensity within the tumour, haemorrhage versus calcification; MRI with "
        "SWI advised.",
    ),
    C(
        "de3-q10",
        None,
        -1,
        description="Clinical: r/o bleed, unwitnessed fall. Likely small volume subarachnoid blood in two "
        "left parietal sulci, though motion degrades the study. No extra-axial collection. Ventricles "
        "normal.",
        conclusion="Probable small traumatic SAH, left parietal. Repeat CT suggested.",
        note="'likely'/'probable' blood treated as hedged",
    ),
    C(
        "de3-q11",
        "CT HEAD. Subtle increased density along the left tentorium, probably normal dural density; a "
        "small tentorial subdural haematoma is not excluded. No other abnormality. IMPRESSION: Possible "
        "small left tentorial SDH versus normal tentorium.",
        -1,
    ),
    C(
        "de3-q12",
        "CT HEAD. Fall down stairs. Non-displaced fracture of the left squamous temporal bone. Probable "
        "small hemorrhagic contusion at the left temporal pole, limited by streak artifact from the "
        "skull base. No extra-axial hematoma. Left temporal scalp hematoma. IMPRESSION: Left temporal "
        "bone fracture. Possible small temporal contusion; repeat CT in 6 hours.",
        -1,
        {"fracture"},
    ),
    C(
        "de3-q13",
        "CT HEAD. Bilateral low-density extra-axial collections over the frontal convexities, 6 mm on "
        "each side, which could be subdural hygromas or chronic subdural haematomas. No hyperdense "
        "component. No midline shift. IMPRESSION: Bilateral extra-axial collections, hygromas versus "
        "chronic subdural haematomas; MRI may help.",
        -1,
        note="hygroma versus chronic SDH left open",
    ),
    C(
        "de3-q14",
        "CT HEAD post cardiac arrest. Diffuse cerebral oedema. Hyperdensity in the interpeduncular and "
        "ambient cisterns, which may represent pseudo-subarachnoid haemorrhage from oedema, although "
        "true subarachnoid blood cannot be excluded. IMPRESSION: Diffuse oedema; ?SAH versus pseudo-SAH.",
        -1,
    ),
    C(
        "de3-q15",
        None,
        -1,
        description="CODE STROKE. A 6 mm hyperdense focus in the left lentiform nucleus, which may represent "
        "a small haemorrhage, though calcification is also possible. No dense MCA sign. ASPECTS 10. CTA: "
        "no large vessel occlusion.",
        conclusion="Small hyperdense focus in the left basal ganglia, possibly haemorrhage; thrombolysis "
        "withheld pending MRI.",
    ),
]
