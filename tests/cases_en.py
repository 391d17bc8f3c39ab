"""Hand-written English head CT report cases for the en-ich lexicon.

Every case is written from radiology knowledge (no real patient data) in the phrasing of English-language
head CT reports, and labeled under the definitions of DOMAIN.md independently of the lexicon and the
matcher. Conventions are those of the Russian cases (tests/cases_ru.py):

* ``ich`` is 1 when intracranial blood is described as present in this study, 0 when absent (including
  extracranial blood, mimics, resolved blood and old sequelae), -1 when hemorrhage is only suggested.
* Subtype labels mark definite findings only; a hedged subtype is 0.
* ``multiple``: two or more subtypes, or two or more separate foci (bilateral, "multiple", "bifrontal").
  Blood layering in both occipital horns is one ventricular system, not multiple.
* ``fracture`` means skull vault or base; facial bones (nasal, orbital, maxillary, mandible) do not count.
* ``combined``: definite hemorrhage with a definite causal pathology (tumor, infarct, AVM, aneurysm).
* Hemorrhagic contusion, hemorrhagic transformation and bleeding into a tumor are ``iph``.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES  # noqa: F401 (re-exported for the tests)
from _cases import C as _Case


def C(id: str, text: str, ich: int, pos=frozenset(), note: str = "") -> _Case:
    """English cases are single-text reports: (id, text, ich, positive labels, note)."""
    return _Case(id, text, ich, pos, note=note)

CASES: tuple[C, ...] = (
    # ---------------------------------------------------------------- epidural (edh)
    C("edh-abbr", "IMPRESSION: Right temporal EDH.", 1, {"edh"}),
    C("edh-biconvex", "FINDINGS: Biconvex hyperdense extra-axial collection over the right temporal convexity measuring 16 mm in thickness, consistent with acute epidural hematoma. Overlying right temporal bone fracture.", 1, {"edh", "fracture"}),
    C("edh-uk-extradural", "Acute left parietal extradural haematoma, maximum depth 12 mm, with underlying skull fracture.", 1, {"edh", "fracture"}),
    C("edh-venous-crossing-sinus", "Epidural hematoma crossing the transverse sinus in the right posterior fossa.", 1, {"edh"}, "the dural venous sinus is intracranial; only paranasal sinuses are extracranial"),
    C("edh-collection", "Lentiform hyperdense epidural collection in the left frontal region with mass effect on the frontal lobe.", 1, {"edh"}),
    # ---------------------------------------------------------------- subdural (sdh)
    C("sdh-abbr", "Impression: Acute left SDH.", 1, {"sdh"}),
    C("sdh-crescent", "Crescentic hyperdense subdural hematoma along the left cerebral convexity measuring up to 9 mm, with 4 mm of rightward midline shift.", 1, {"sdh"}),
    C("sdh-chronic-isodense", "Isodense to slightly hypodense chronic subdural hematoma overlying the right frontoparietal convexity, 14 mm thick, effacing the adjacent sulci.", 1, {"sdh"}),
    C("sdh-acute-on-chronic", "Acute-on-chronic left subdural haematoma with a hyperdense dependent component.", 1, {"sdh"}),
    C("sdh-tentorium-generic", "Thin layer of hemorrhage along the right tentorium.", 1, {"sdh"}, "generic 'hemorrhage' takes the subdural site from 'tentorium'"),
    C("sdh-falx", "Small amount of blood along the falx posteriorly.", 1, {"sdh"}),
    C("sdh-bilateral", "Bilateral chronic subdural hematomas, measuring 11 mm on the right and 8 mm on the left.", 1, {"sdh", "multiple"}),
    C("sdh-plural-blood", "Subdural blood along the left convexity and tentorium.", 1, {"sdh"}),
    C("sdh-resolving", "Resolving left subdural hematoma, now 4 mm in thickness.", 1, {"sdh"}, "'resolving' is still present"),
    C("sdh-hygroma-with-blood", "Right subdural hygroma with a small hyperdense component consistent with subdural blood.", 1, {"sdh"}),
    # ---------------------------------------------------------------- subarachnoid (sah)
    C("sah-abbr", "Impression: Diffuse SAH.", 1, {"sah"}),
    C("sah-basal-cisterns", "There is diffuse subarachnoid hemorrhage filling the basal cisterns and both sylvian fissures.", 1, {"sah"}, "one diffuse hemorrhage through connected cisterns"),
    C("sah-sulci-blood", "Hyperdense blood in the left frontal sulci.", 1, {"sah"}),
    C("sah-traumatic", "Small volume traumatic subarachnoid haemorrhage in the right parietal sulci.", 1, {"sah"}),
    C("sah-tsah-abbr", "Small tSAH in the left sylvian fissure.", 1, {"sah"}),
    C("sah-perimesencephalic", "Perimesencephalic hemorrhage centered anterior to the midbrain and pons.", 1, {"sah"}),
    C("sah-sylvian-generic", "Hemorrhage within the right sylvian fissure.", 1, {"sah"}),
    C("sah-sulcal", "Focal sulcal hemorrhage along the left central sulcus.", 1, {"sah"}),
    # ---------------------------------------------------------------- intraparenchymal (iph)
    C("iph-abbr", "IMPRESSION: Left basal ganglia IPH.", 1, {"iph"}),
    C("iph-basal-ganglia", "Acute 3.2 x 2.1 cm hemorrhage in the left basal ganglia with surrounding edema, volume approximately 12 mL.", 1, {"iph"}),
    C("iph-thalamic", "Right thalamic hemorrhage without intraventricular extension.", 1, {"iph"}),
    C("iph-cerebellar", "Acute cerebellar hematoma in the right hemisphere, 3 cm, effacing the fourth ventricle.", 1, {"iph"}),
    C("iph-lobar", "Lobar intraparenchymal hematoma in the left occipital lobe measuring 4.1 cm.", 1, {"iph"}),
    C("iph-hemorrhagic-contusion", "Hemorrhagic contusion of the right temporal pole.", 1, {"iph"}),
    C("iph-contusion-generic", "Right frontal contusion with a small focus of hemorrhage.", 1, {"iph"}),
    C("iph-intracerebral-uk", "Spontaneous left intracerebral haemorrhage, likely hypertensive.", 1, {"iph"}, "'likely' hedges the cause, not the bleed"),
    C("iph-pontine", "Acute pontine hemorrhage.", 1, {"iph"}),
    C("iph-lobe-generic", "Acute hematoma in the right parietal lobe.", 1, {"iph"}),
    C("iph-duret", "Duret hemorrhage in the pons secondary to descending transtentorial herniation.", 1, {"iph"}),
    # ---------------------------------------------------------------- intraventricular (ivh)
    C("ivh-abbr", "Impression: IVH.", 1, {"ivh"}),
    C("ivh-layering", "Blood layering in the occipital horns of the lateral ventricles.", 1, {"ivh"}),
    C("ivh-fourth", "Intraventricular hemorrhage filling the fourth ventricle.", 1, {"ivh"}),
    C("ivh-level", "Blood-fluid level in the right occipital horn.", 1, {"ivh"}),
    C("ivh-uk", "Small volume intraventricular haemorrhage in the third ventricle.", 1, {"ivh"}),
    # ---------------------------------------------------------------- generic ICH
    C("generic-ich-abbr", "Impression: Acute ICH.", 1),
    C("generic-haemorrhage", "Conclusion: acute intracranial haemorrhage.", 1),
    C("generic-hemorrhagic-stroke", "Findings compatible with hemorrhagic stroke.", 1),
    # ---------------------------------------------------------------- negation before
    C("neg-no", "No intracranial hemorrhage.", 0),
    C("neg-no-ich-abbr", "No ICH.", 0),
    C("neg-no-evidence", "There is no evidence of acute intracranial hemorrhage.", 0),
    C("neg-ct-evidence", "No CT evidence of acute intracranial haemorrhage.", 0),
    C("neg-without", "Normal gray-white matter differentiation without hemorrhage.", 0),
    C("neg-negative-for", "Negative for acute intracranial bleed.", 0),
    C("neg-free-of", "The basal cisterns are free of blood.", 0),
    C("neg-subtypes-list", "No epidural, subdural or subarachnoid hemorrhage.", 0),
    C("neg-list-comma", "No hemorrhage, mass, or midline shift.", 0),
    C("neg-list-reverse", "No mass, hydrocephalus, hemorrhage or extra-axial collection.", 0),
    C("neg-intra-extra-axial", "No intra- or extra-axial hemorrhage.", 0),
    C("neg-rules-out", "The study rules out acute hemorrhage.", 0),
    # ---------------------------------------------------------------- negation after
    C("neg-after-not-seen", "Intracranial hemorrhage is not seen.", 0),
    C("neg-after-ruled-out", "Subarachnoid hemorrhage was ruled out.", 0),
    C("neg-after-absent", "Extra-axial blood collections are absent.", 0),
    C("neg-after-not-identified", "Acute intraparenchymal hemorrhage not identified.", 0),
    C("neg-new", "No new hemorrhage.", 0),
    # ---------------------------------------------------------------- negation must not spread
    C("scope-but", "No epidural hematoma, but there is a thin left subdural hematoma.", 1, {"sdh"}),
    C("scope-however", "No midline shift; however, there is a small subarachnoid hemorrhage in the left sylvian fissure.", 1, {"sah"}),
    C("scope-separate-sentence", "No skull fracture. Small acute subdural hematoma along the left tentorium.", 1, {"sdh"}),
    C("scope-except", "No hemorrhage except for a small right frontal contusion with hemorrhage.", 1, {"iph"}),
    C("scope-following-other-clause", "Left subdural hematoma measuring 7 mm, epidural hematoma is not seen.", 1, {"sdh"}, "the following negation belongs to the second clause"),
    # ---------------------------------------------------------------- pseudo-negation
    C("pseudo-no-change-size", "No significant change in the size of the right subdural hematoma.", 1, {"sdh"}),
    C("pseudo-no-interval-change", "No interval change in the left basal ganglia hemorrhage.", 1, {"iph"}),
    C("pseudo-not-only", "Blood is seen not only in the basal cisterns but also in the occipital horns of the lateral ventricles.", 1, {"sah", "ivh", "multiple"}),
    C("pseudo-prior-study", "Compared with the prior study, the left subdural hematoma has decreased in thickness.", 1, {"sdh"}),
    C("pseudo-no-increase", "No increase in the size of the left frontal intraparenchymal hematoma.", 1, {"iph"}),
    C("pseudo-partially-resolved", "Partially resolved subarachnoid hemorrhage in the right sylvian fissure.", 1, {"sah"}),
    C("pseudo-no-midline-shift", "No midline shift. Small left subdural hematoma.", 1, {"sdh"}),
    # ---------------------------------------------------------------- hedged (unclear)
    C("unc-possible", "Possible small subarachnoid hemorrhage in the left frontal sulci.", -1),
    C("unc-cannot-excluded", "Subtle hyperdensity in the right sylvian fissure; subarachnoid hemorrhage cannot be excluded.", -1),
    C("unc-may-represent", "Hyperdense focus in the left frontal lobe may represent hemorrhage.", -1),
    C("unc-suspicious-for", "Findings suspicious for a small subdural hematoma along the falx.", -1),
    C("unc-questionable", "Questionable trace intraventricular hemorrhage in the left occipital horn.", -1),
    C("unc-question-mark-after", "Hyperdensity in the interpeduncular cistern (SAH?).", -1),
    C("unc-versus", "Punctate hyperdensity in the right putamen, calcification versus hemorrhage.", -1),
    C("unc-probable", "Probable small left parietal contusion with hemorrhage.", -1),
    C("unc-query-uk", "Query small subdural haematoma along the tentorium.", -1),
    C("unc-could-represent", "Hyperdensity along the right tentorium could represent subdural blood or dense dura.", -1),
    C("unc-question-mark-before", "Subtle hyperdensity in the left sylvian fissure ?SAH.", -1, note="radiologists write the query before the finding"),
    # ---------------------------------------------------------------- extracranial look-alikes
    C("extra-scalp", "Large left parietal scalp hematoma. No intracranial hemorrhage.", 0),
    C("extra-subgaleal", "Subgaleal hematoma over the right frontal bone without underlying fracture.", 0),
    C("extra-soft-tissue", "Soft tissue swelling and hematoma over the left occiput. The brain is normal.", 0),
    C("extra-sinus-blood", "Blood in the sphenoid sinus with an air-fluid level.", 0),
    C("extra-maxillary", "Hemorrhage within the right maxillary sinus.", 0),
    C("extra-cephalohematoma", "Right parietal cephalohematoma. No acute intracranial abnormality.", 0),
    C("extra-periorbital", "Left periorbital hematoma. Intracranial structures are unremarkable.", 0),
    C("extra-uk-scalp", "Right frontal scalp haematoma. No intracranial haemorrhage.", 0),
    # ---------------------------------------------------------------- old / resolved
    C("old-encephalomalacia", "Encephalomalacia in the right frontal lobe from prior hemorrhage.", 0),
    C("old-post-hemorrhagic", "Post-hemorrhagic encephalomalacia in the left temporal lobe. No acute intracranial process.", 0),
    C("old-history", "History of subarachnoid hemorrhage in 2019. No acute hemorrhage.", 0),
    C("old-resolved", "The previously seen left subdural hematoma has resolved.", 0),
    C("old-no-longer-seen", "Interval resolution of the small right frontal contusion; hemorrhage is no longer seen.", 0),
    C("old-remote", "Remote right cerebellar hemorrhage with residual gliosis.", 0),
    C("old-hemosiderin-sequela", "Sequela of old hemorrhage in the left putamen.", 0),
    # ---------------------------------------------------------------- mimics
    C("mimic-calcification", "Physiologic calcification of the pineal gland and choroid plexus.", 0),
    C("mimic-falx-calcified", "Dense calcification of the falx. No hemorrhage.", 0),
    C("mimic-hyperdense-mca", "Hyperdense left MCA sign compatible with acute thrombus; no hemorrhage.", 0),
    C("mimic-calcified-not-blood", "Hyperdense focus in the left basal ganglia represents calcification rather than hemorrhage.", 0),
    C("mimic-acute-infarct", "Acute infarct in the right MCA territory without hemorrhagic transformation.", 0),
    # ---------------------------------------------------------------- fractures
    C("frac-skull-no-ich", "Nondisplaced linear fracture of the right parietal bone. No intracranial hemorrhage.", 0, {"fracture"}),
    C("frac-depressed", "Depressed fracture of the left frontal bone with underlying hemorrhagic contusion.", 1, {"iph", "fracture"}),
    C("frac-nasal", "Comminuted nasal bone fracture. No intracranial hemorrhage.", 0),
    C("frac-orbital", "Left orbital floor fracture with blood in the left maxillary sinus.", 0),
    C("frac-skull-base", "Fracture through the right petrous temporal bone with pneumocephalus.", 0, {"fracture"}),
    C("frac-negated", "No acute calvarial fracture.", 0),
    C("frac-healed", "Healed fracture of the left parietal bone.", 0),
    # ---------------------------------------------------------------- combined
    C("comb-tumor", "Hemorrhage into a tumor in the right frontal lobe with surrounding vasogenic edema.", 1, {"iph", "combined"}),
    C("comb-ht-infarct", "Subacute left MCA territory infarct with hemorrhagic transformation.", 1, {"iph", "combined"}),
    C("comb-aneurysm", "Diffuse subarachnoid hemorrhage related to a ruptured anterior communicating artery aneurysm.", 1, {"sah", "combined"}),
    C("comb-avm", "Right parietal intraparenchymal hemorrhage associated with an arteriovenous malformation.", 1, {"iph", "combined"}),
    C("comb-metastases-uk", "Multiple haemorrhagic metastases in both cerebral hemispheres.", 1, {"iph", "multiple", "combined"}),
    C("comb-tumor-no-blood", "Left frontal glioma with surrounding edema. No hemorrhage.", 0),
    # ---------------------------------------------------------------- multiple
    C("mult-sdh-sah", "Acute right subdural hematoma and traumatic subarachnoid hemorrhage in the left frontal sulci.", 1, {"sdh", "sah", "multiple"}),
    C("mult-contusions", "Multiple bifrontal hemorrhagic contusions.", 1, {"iph", "multiple"}),
    C("mult-iph-ivh", "Left thalamic hemorrhage with intraventricular extension.", 1, {"iph", "ivh", "multiple"}),
    C("mult-petechial", "Scattered petechial hemorrhages at the gray-white matter junction consistent with diffuse axonal injury.", 1, {"iph", "multiple"}),
    C("mult-edh-sdh-fracture", "Right temporal epidural hematoma with overlying fracture and a left frontal subdural hematoma.", 1, {"edh", "sdh", "multiple", "fracture"}),
    # ---------------------------------------------------------------- more phrasing
    C("site-blood-is-seen-ivh", "Blood is seen in the occipital horns of the lateral ventricles.", 1, {"ivh"}),
    C("site-hemorrhage-noted-thalamus", "Hemorrhage is noted in the left thalamus.", 1, {"iph"}),
    C("site-occipital-horn", "Small hemorrhage in the right occipital horn.", 1, {"ivh"}),
    C("neg-comma-then-finding", "No midline shift, a small acute subdural hematoma is present along the left convexity.", 1, {"sdh"}, "the negation belongs to 'midline shift' only"),
    C("postop-residual-separate", "Status post left craniotomy and evacuation of subdural hematoma. Small residual hematoma in the operative bed.", 1, {"sdh"}),
    C("postop-residual-same-sentence", "Status post evacuation of left subdural hematoma with small residual hematoma.", 1, {"sdh"}, "residual postoperative hematoma is still blood"),
    C("hygroma-without-blood", "Bilateral frontal subdural hygromas without hemorrhage.", 0),
    C("unc-cannot-be-ruled-out", "Hemorrhage cannot be ruled out.", -1),
    C("unc-likely-representing", "Hyperdense material within the left sylvian fissure, likely representing subarachnoid hemorrhage.", -1),
    C("fu-chronic-sdh-unchanged", "No acute hemorrhage. Chronic left subdural hematoma unchanged.", 1, {"sdh"}),
    C("fu-compared-prior-ct", "Small left frontal subdural hematoma is unchanged compared to prior CT.", 1, {"sdh"}),
    C("comb-hemorrhagic-conversion", "Large right MCA infarct with hemorrhagic conversion and 8 mm midline shift.", 1, {"iph", "combined"}),
    C("sinusitis-no-ich", "Mucosal thickening in the maxillary sinuses. No hemorrhage.", 0),
    C("iph-cerebellar-measured", "There is a 2.5 x 1.8 cm hyperdense hematoma in the right cerebellar hemisphere.", 1, {"iph"}),
    C("extra-scalp-of-the", "Hematoma of the left parietal scalp without underlying fracture.", 0),
    C("old-infarct-no-ich", "Old lacunar infarct in the right basal ganglia. No hemorrhage.", 0),
    C("neg-nonhemorrhagic", "Nonhemorrhagic right frontal contusion.", 0),
    C("scope-although", "No acute hemorrhage, although a small chronic left subdural hematoma is again seen.", 1, {"sdh"}),
    C("caps-thalamus-ivh", "HEMORRHAGE IN THE LEFT THALAMUS WITH INTRAVENTRICULAR EXTENSION.", 1, {"iph", "ivh", "multiple"}),
    C("mult-uk-both-frontal-lobes", "Haemorrhagic contusions in both frontal lobes.", 1, {"iph", "multiple"}),
    C("mult-bilaterally-after", "Small subdural haematomas bilaterally.", 1, {"sdh", "multiple"}),
    C("frac-occipital-no-ich", "Fracture of the left occipital bone extending to the foramen magnum.", 0, {"fracture"}),
    C("site-far-ventricles", "Blood products in the dependent portions of the lateral ventricles.", 1, {"ivh"}, "the site word is 7 words away"),
    # ---------------------------------------------------------------- full reports
    C("full-normal", "TECHNIQUE: Axial CT images of the head without contrast. FINDINGS: No acute intracranial hemorrhage, mass effect, or midline shift. The ventricles and sulci are normal in size. Gray-white matter differentiation is preserved. The basal cisterns are patent. The calvarium is intact. The visualized paranasal sinuses and mastoid air cells are clear. IMPRESSION: No acute intracranial abnormality.", 0),
    C("full-sdh", "FINDINGS: There is a crescentic hyperdense extra-axial collection along the left frontoparietal convexity measuring up to 11 mm with 5 mm of rightward midline shift. The ventricles are normal. No skull fracture. IMPRESSION: Acute left subdural hematoma with mass effect.", 1, {"sdh"}),
    C("full-uk-normal", "Findings: No intracranial haemorrhage, mass effect or midline shift. Normal grey-white matter differentiation. Conclusion: Normal CT head.", 0),
    C("full-ivh-sah", "FINDINGS: Hyperdense blood fills the basal cisterns and the sylvian fissures. Blood layers in the occipital horns of the lateral ventricles. Mild hydrocephalus. IMPRESSION: Diffuse subarachnoid hemorrhage with intraventricular extension.", 1, {"sah", "ivh", "multiple"}),

    # ---------------------------------------------------------------- issue 13: real radiologists' shapes
    # Own wording, one case per rule of lexicon 1.4 (anatomy decides the compartment, plural/bilateral foci,
    # combined pathology by cause, skull vs facial fractures, follow-up per mention, density, body sites).
    C("anat-thalamus", "Left thalamic hemorrhage measuring 2.1 x 1.6 cm.", 1, {"iph"}),
    C("anat-basal-ganglia-far", "There is an acute hemorrhage measuring 3.4 x 2.2 cm with surrounding vasogenic edema and 3 mm of midline shift, centered in the right basal ganglia.", 1, {"iph"}),
    C("anat-cerebellar", "Hyperdense blood within the right cerebellar hemisphere, effacing the fourth ventricle.", 1, {"iph"}),
    C("anat-pontine", "Acute pontine hemorrhage.", 1, {"iph"}),
    C("anat-horns-level", "Dependent hyperdensity with a fluid level in the occipital horns.", 1, {"ivh"}),
    C("anat-sulci", "Hyperdense material in several sulci of the right parietal lobe.", 1, {"sah"}),
    C("anat-sylvian-cisterns", "Blood fills the suprasellar cistern and both sylvian fissures.", 1, {"sah"}),
    C("anat-ich-ivh-extension", "Right putaminal hematoma with intraventricular extension.", 1, {"iph", "ivh", "multiple"}),
    C("anat-contusion-hemorrhagic", "Hemorrhagic contusion of the left temporal pole.", 1, {"iph"}),
    C("anat-contusions-bifrontal", "Bifrontal hemorrhagic contusions.", 1, {"iph", "multiple"}),
    C("mult-scattered-foci", "Multiple scattered foci of parenchymal hemorrhage in both hemispheres.", 1, {"iph", "multiple"}),
    C("mult-two-lobes", "Hematomas in the left frontal and right occipital lobes.", 1, {"iph", "multiple"}),
    C("comb-aneurysm-cta", "Diffuse subarachnoid hemorrhage; CTA shows a ruptured anterior communicating artery aneurysm.", 1, {"sah", "combined"}),
    C("comb-venous-thrombosis", "Thrombosis of the superior sagittal sinus with a hemorrhagic venous infarct in the left parietal lobe.", 1, {"iph", "combined"}),
    C("comb-hemorrhagic-metastases", "Multiple hemorrhagic metastases.", 1, {"iph", "multiple", "combined"}, "bleeding into a tumor is iph by this file's convention"),
    C("comb-avm-adjacent", "Left parietal AVM with an adjacent intraparenchymal hematoma.", 1, {"iph", "combined"}),
    C("comb-ht-grade", "Right MCA territory infarct with hemorrhagic transformation (PH-1).", 1, {"iph", "combined"}),
    C("frac-orbital-floor", "Fracture of the right orbital floor. No intracranial abnormality.", 0),
    C("frac-maxillary-wall", "Fractures of the anterior and lateral walls of the left maxillary sinus.", 0),
    C("frac-zygomatic-nasal", "Left zygomatic arch fracture and nasal bone fractures.", 0),
    C("frac-mandible", "Fracture of the right mandibular angle.", 0),
    C("frac-orbital-roof", "Fracture of the left orbital roof.", 0, {"fracture"}),
    C("frac-temporal-bone", "Longitudinal fracture of the right temporal bone.", 0, {"fracture"}),
    C("frac-occipital", "Nondisplaced occipital bone fracture.", 0, {"fracture"}),
    C("fu-decreased", "Interval decrease in size of the left frontal intraparenchymal hematoma.", 1, {"iph"}),
    C("fu-minimal-residual", "Near-complete resolution of the right subdural hematoma, with a thin residual component.", 1, {"sdh"}),
    C("fu-resolved-sah-persisting-iph", "The previously seen subarachnoid hemorrhage has resolved. Evolving right temporal intraparenchymal hematoma.", 1, {"iph"}),
    C("fu-sah-cleared", "Interval clearance of the subarachnoid blood.", 0),
    C("dens-unexplained", "Spontaneously hyperdense focus in the left frontal lobe, 8 mm.", -1),
    C("dens-calcification", "Hyperdense focus in the right globus pallidus, consistent with calcification.", 0),
    C("body-retroperitoneal", "Left retroperitoneal hematoma measuring 6 cm.", 0),
    C("body-splenic", "Subcapsular splenic hematoma.", 0),
    C("body-paravertebral", "Paravertebral hematoma at T8-T9.", 0),
)
