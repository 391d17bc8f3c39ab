"""Russian development set: brain CT reports in the shapes real radiologists write (issue 13, item 1).

This is a DEVELOPMENT set: the rules will be tuned on it, so a figure on it shows fit, not generalization.
The honest "before" figure is the first one measured on it, before any rule is changed to fit it.

Where the shapes come from. Before writing, the author read kinds of public material on how head CT is
reported, never a real report archive and never the multilingual radiologist-report corpus reserved for
independent evaluation:

* Russian-language neuroradiology and neurotrauma teaching texts (clinical guides to head injury, lecture
  notes on CT semiotics of contusion, epidural and subdural hematoma, skull fractures, soft-tissue injury);
* Russian clinical protocols and diagnosis-wording guidance for head injury and stroke, which fix the
  order "описание → заключение" and the habit of describing anatomy and density before naming a diagnosis;
* structured-reporting templates for non-contrast head CT (society templates in English and their local
  Russian equivalents): long normal-anatomy checklists in which one finding is buried;
* guideline and textbook descriptions of CT findings: crescent along the convexity / falx / tentorium,
  lens-shaped collection at a fracture, blood in sulci and cisterns, ventricular blood levels, lobar and
  deep hematomas, hemorrhagic transformation graded HI-1/HI-2/PH-1/PH-2, dense sinus / cord signs of
  venous thrombosis, hemorrhagic metastases, AVM and aneurysm on CT angiography, follow-up wording;
* published teaching cases from several countries, whose report habits are rendered here into Russian:
  compact telegraphic reports (Polish / German habit), long narrative reports (French / Spanish habit,
  e.g. "спонтанно гиперденсный" for a hyperdensity without contrast).

Every report below is invented and written in the author's own words; no sentence is copied from any
source; no real patient, name, date or identifier appears.

Labeling conventions (DOMAIN.md; the same as tests/cases_ru_holdout4.py):

* ``ich``: 1 intracranial blood present in this study; 0 absent (incl. extracranial blood: scalp,
  subgaleal, paranasal sinuses, orbit soft tissue; mimics: calcification, contrast staining, hyperdense
  artery, high-hematocrit sinuses; old sequelae; a hemorrhage described as resolved); -1 only suggested.
* Subtypes are taken from where the blood is when no subtype word is written: parenchyma (lobes, deep
  nuclei, capsule, thalamus, brainstem, cerebellum, corpus callosum) → iph; ventricles, horns, blood levels,
  tamponade → ivh; sulci, cisterns, Sylvian / interhemispheric fissure → sah; crescent along convexity /
  falx / tentorium → sdh; lens-shaped at the bone or a fracture → edh. Hemorrhagic contusion is iph.
* Subtype labels mark definite findings only; a hedged hemorrhage gives ``ich=-1`` and no subtypes
  (a definite skull fracture may still be labeled on a hedged or negative case).
* ``multiple``: two or more hemorrhage types, or two or more separate foci (plural foci, both hemispheres,
  several lobes). One diffuse SAH is one; blood in both occipital horns is one ventricular system.
* ``combined``: definite hemorrhage with a definite causal pathology: ruptured aneurysm, AVM, tumour or
  metastases, infarct with hemorrhagic transformation, venous / sinus thrombosis (issue 13, item 4).
* Bleeding into a tumour and petechial hemorrhagic transformation (HI-1/HI-2, "ГТ") get no subtype unless a
  hematoma is described in a compartment; parenchymal hematoma grades PH-1/PH-2 are iph.
* ``fracture``: skull vault or base only (orbital roof, frontal sinus posterior wall, temporal pyramid,
  sphenoid and occipital bone included); facial bones (nasal bones, zygoma, maxillary sinus walls, orbital
  floor and medial wall, mandible) are not. A trepanation defect is not a fracture.
* Follow-up is decided per mention: "уменьшилась", "в стадии лизиса", "сохраняется минимальный компонент",
  "без динамики" = present; "регрессировала полностью", "не определяется", "резорбировалась" = resolved.
"""

from __future__ import annotations

from _cases import LABELS, SUBTYPES, C  # noqa: F401 (re-exported for the tests)

_NORM = (
    "Срединные структуры не смещены. Боковые желудочки симметричны, не расширены. III и IV желудочки "
    "обычных размеров. Субарахноидальные пространства конвекса не расширены, базальные цистерны "
    "прослеживаются. Дифференцировка серого и белого вещества сохранена. "
)
_BONES_OK = "Костно-травматических изменений свода и основания черепа не выявлено. "
_SINUSES_OK = "Околоносовые пазухи и ячейки сосцевидных отростков пневматизированы. "

PRESENT = [
    # ----------------------------------------------------------------- parenchyma from anatomy (iph)
    C("dev-iph-temporal-hu",
      "КТ головного мозга без контраста. В правой височной доле определяется участок повышенной плотности "
      "28х19 мм, плотностью до +62 HU, окружённый зоной перифокального отёка шириной до 8 мм. Височный рог "
      "правого бокового желудочка поджат. Срединные структуры смещены влево на 3 мм.\n"
      "Заключение: КТ-картина острого объёмного процесса правой височной доли геморрагического характера.",
      1, {"iph"}, note="anatomy-first hyperdense area with HU and edema, no subtype word"),
    C("dev-iph-putamen-template",
      "Исследование выполнено в аксиальной плоскости, шаг 5 мм. " + _NORM.replace(
          "Срединные структуры не смещены. ", "") +
      "В проекции скорлупы и наружной капсулы слева — зона однородно повышенной плотности 34х21 мм (объём "
      "около 9 см3), с узким гиподенсным ободком; передний рог левого бокового желудочка умеренно сдавлен, "
      "смещение прозрачной перегородки вправо 2 мм. " + _BONES_OK + _SINUSES_OK +
      "\nЗаключение: острое кровоизлияние в левые подкорковые ядра.",
      1, {"iph"}, note="long template with one finding buried; basal ganglia"),
    C("dev-iph-thalamus-ventricles",
      "Гематома правого таламуса 22х17 мм с прорывом в желудочковую систему: кровь в телах и задних рогах "
      "боковых желудочков, в III желудочке. Умеренная гидроцефалия.",
      1, {"iph", "ivh", "multiple"}, note="one sentence, two compartments (iph + ivh)"),
    C("dev-iph-cerebellar",
      "В правой гемисфере мозжечка гиперденсная зона 31х24 мм (+58 ед.Н), с перифокальным отёком. IV "
      "желудочек компримирован, III и боковые желудочки расширены (окклюзионная гидроцефалия). Цистерны "
      "задней черепной ямки сужены.\nЗаключение: острая гематома правого полушария мозжечка, "
      "окклюзионная гидроцефалия.",
      1, {"iph"}, note="cerebellum = parenchyma"),
    C("dev-iph-pons",
      "В области моста, больше справа, гиперденсный очаг 13х10 мм. Препонтинная цистерна не изменена. "
      "Заключение: кровоизлияние в ствол мозга.",
      1, {"iph"}, note="brainstem"),
    C("dev-iph-capsulolenticular",
      "Слева в капсуло-лентикулярной области гематома объёмом ~18 мл. Перифокальный отёк умеренный. "
      "Дислокация срединных структур вправо 5 мм.",
      1, {"iph"}, note="capsulo-lenticular hematoma, no subtype word"),
    C("dev-iph-lobar-cortical",
      "Пациентка 79 лет, внезапная слабость в правой руке. В левой теменной доле корково-подкорково "
      "располагается участок повышенной плотности неправильной формы 26х20 мм с неровными контурами, "
      "вокруг зона отёка. Выраженный лейкоареоз перивентрикулярно. Атрофия.\nЗаключение: лобарное "
      "кровоизлияние левой теменной доли. Лейкоэнцефалопатия.",
      1, {"iph"}, note="lobar hemorrhage, elderly, anatomy wording"),
    C("dev-iph-deep-frontal",
      "В глубоких отделах правой лобной доли — свежая гематома 3,1х2,4х2,6 см, объём ~10 см3.",
      1, {"iph"}, note="'глубокие отделы' placement"),
    C("dev-iph-caudate-tamponade",
      "Гемотампонада боковых, III и IV желудочков. Источник — гиперденсный участок в головке правого "
      "хвостатого ядра 12 мм.\nЗаключение: кровоизлияние в головку хвостатого ядра справа с гемотампонадой "
      "желудочков.",
      1, {"iph", "ivh", "multiple"}, note="tamponade + caudate source"),
    C("dev-iph-two-lobes",
      "Визуализируются два участка повышенной плотности: в правой лобной доле 18х14 мм и в левой "
      "затылочной доле 22х16 мм, оба с отёком. Пациент получает апиксабан.",
      1, {"iph", "multiple"}, note="two separate parenchymal foci, no blood word"),
    C("dev-iph-cerebellum-ivh",
      "В черве мозжечка гематома 27 мм с прорывом в IV желудочек; кровь также в сильвиевом водопроводе.",
      1, {"iph", "ivh", "multiple"}, note="cerebellar vermis with break into IV ventricle"),
    C("dev-iph-glued-abbr",
      "ВМГ лев.лобн.доли 24х18мм,перифок.отек.Ср.стр-ры смещены вправо на 2мм.Желуд.сист.б/о.",
      1, {"iph"}, note="telegraphic abbreviations with glued periods"),
    C("dev-iph-hypertensive-conclusion",
      None, 1, {"iph"},
      description=(
          "Срединные структуры смещены влево на 4 мм. В правых подкорковых узлах объёмное образование "
          "повышенной плотности 40х26 мм, однородное, с чёткими контурами, окружено гиподенсной каймой. "
          "Правый боковой желудочек компримирован. Базальные цистерны дифференцируются."),
      conclusion="Острая гипертензивная внутримозговая гематома справа.",
      note="description/conclusion split; description anatomy-only"),
    C("dev-iph-spanish-narrative",
      "Проведено компьютерно-томографическое исследование головного мозга без внутривенного введения "
      "контрастного препарата. Визуализируется спонтанно гиперденсная внутриаксиальная лезия в левой "
      "височно-теменной области, размерами примерно 35 на 27 мм, с перилезионным вазогенным отёком, "
      "которая оказывает масс-эффект на левый боковой желудочек и вызывает смещение средней линии на 4 мм. "
      "Прочие структуры без особенностей.\nВыводы: находки соответствуют острой внутрипаренхиматозной "
      "гематоме левой височно-теменной области.",
      1, {"iph"}, note="Spanish-style narrative rendered into Russian"),
    C("dev-iph-german-telegraph",
      "Нативная КТ черепа. Находка: гиперденсная лезия таламуса слева ок. 2 см, перифокальный отёк. "
      "Прорыв в желудочки: нет. Срединное смещение: нет. Оценка: гипертензивное кровоизлияние таламуса "
      "слева.",
      1, {"iph"}, note="German-style 'Befund/Beurteilung' telegraph; 'прорыв: нет' negates ivh"),
    # ----------------------------------------------------------------- contusions (iph)
    C("dev-cont-bifrontal",
      "ЗЧМТ. Очаги ушиба с геморрагическим компонентом в базальных отделах обеих лобных долей, справа "
      "15х9 мм, слева 11х7 мм.",
      1, {"iph", "multiple"}, note="bilateral hemorrhagic contusions"),
    C("dev-cont-edematous-hemorrhagic",
      "Отёчно-геморрагический ушиб полюса левой височной доли 3х2 см.",
      1, {"iph"}, note="'отёчно-геморрагический ушиб'"),
    C("dev-cont-hyperdense-foci",
      "В коре и подкорковом веществе орбитальных поверхностей лобных долей — множественные гиперденсные "
      "очаги ушиба до 8 мм на фоне зон отёка.",
      1, {"iph", "multiple"}, note="'гиперденсные очаги ушиба', plural"),
    C("dev-cont-dai-callosum",
      "ДТП, кома. Мелкие геморрагические очаги в валике мозолистого тела и на границе серого и белого "
      "вещества обоих полушарий. Желудочки сужены.\nЗаключение: КТ-признаки диффузного аксонального "
      "повреждения с мелкоочаговыми кровоизлияниями.",
      1, {"iph", "multiple"}, note="diffuse axonal injury: corpus callosum + both hemispheres"),
    C("dev-cont-abbr-hemorrhagic",
      "Геморрагич. очаги ушиба в обеих лобн. долях, больше справа. Подапоневр. гематома лобной обл.",
      1, {"iph", "multiple"}, note="abbreviations with periods; subgaleal does not count"),
    C("dev-cont-coup-contrecoup",
      "Удар затылком. Перелом затылочной кости слева без смещения. В полюсах и базальных отделах лобных "
      "долей и в правой височной доле — зоны смешанной плотности с гиперденсными включениями (ушибы по "
      "механизму противоудара).",
      1, {"iph", "multiple", "fracture"}, note="contrecoup contusions described by density"),
    # ----------------------------------------------------------------- ventricles (ivh)
    C("dev-ivh-occipital-levels",
      "В затылочных рогах боковых желудочков горизонтальные уровни жидкости повышенной плотности (кровь). "
      "Паренхима без очаговых изменений.",
      1, {"ivh"}, note="blood levels in both horns = one ventricular system"),
    C("dev-ivh-third-temporal",
      "Гиперденсное содержимое в полости III желудочка и в височном роге правого бокового желудочка.",
      1, {"ivh"}, note="hyperdense content in ventricles, no blood word"),
    C("dev-ivh-abbr",
      "ВЖК. Расширение боковых желудочков (индекс Эванса 0,34).",
      1, {"ivh"}),
    C("dev-ivh-drain-follow-up",
      "Состояние после установки наружного вентрикулярного дренажа справа. В сравнении с КТ от 3-х суток "
      "ранее объём крови в желудочках уменьшается, сохраняется в задних рогах. Размеры желудочков "
      "уменьшились.",
      1, {"ivh"}, note="'объём крови уменьшается' = still present"),
    # ----------------------------------------------------------------- subarachnoid (sah)
    C("dev-sah-sulci-fissure",
      "Гиперденсное содержимое в бороздах обеих лобных долей и в правой сильвиевой щели. Желудочки не "
      "расширены.",
      1, {"sah"}, note="hyperdense content in sulci / Sylvian fissure = one SAH"),
    C("dev-sah-convexity-traumatic",
      "Падение с высоты роста. По конвекситальной поверхности правой теменной доли в нескольких бороздах "
      "тонкие полоски повышенной плотности. Кости без повреждений.",
      1, {"sah"}, note="convexity sulci, traumatic"),
    C("dev-sah-interhemispheric-cisterns",
      "Кровь в передних отделах межполушарной щели, в цистерне пластинки конечной и в охватывающей "
      "цистерне.",
      1, {"sah"}, note="interhemispheric fissure + cisterns"),
    C("dev-sah-perimesencephalic-cta",
      "КТ головного мозга + КТ-ангиография. Нативно: гиперденсное содержимое в межножковой и "
      "препонтинной цистернах, в охватывающей цистерне. Ангиография: аневризм, АВМ не выявлено, "
      "артерии виллизиева круга проходимы.\nЗаключение: перимезэнцефалическое САК без выявленного "
      "источника.",
      1, {"sah"}, note="native + CTA without cause: not combined"),
    C("dev-sah-fisher",
      "САК, шкала Fisher 3. Гидроцефалия не выражена.",
      1, {"sah"}),
    C("dev-sah-caps",
      "КТ ГОЛОВНОГО МОЗГА. В БАЗАЛЬНЫХ ЦИСТЕРНАХ И СИЛЬВИЕВЫХ ЩЕЛЯХ С ОБЕИХ СТОРОН ГИПЕРДЕНСНОЕ "
      "СОДЕРЖИМОЕ. ЖЕЛУДОЧКИ УМЕРЕННО РАСШИРЕНЫ.\nЗАКЛЮЧЕНИЕ: СУБАРАХНОИДАЛЬНОЕ КРОВОИЗЛИЯНИЕ.",
      1, {"sah"}, note="all caps; bilateral Sylvian but one diffuse SAH"),
    C("dev-sah-french-narrative",
      "Исследование выполнено без инъекции контрастного вещества, в аксиальных срезах с мультипланарными "
      "реконструкциями. Отмечается спонтанно гиперденсное содержимое, выполняющее супраселлярную цистерну, "
      "обе сильвиевы щели и передние отделы межполушарной щели, с небольшим распространением в борозды "
      "левой лобной доли. Желудочковая система не расширена, без внутрижелудочкового содержимого. "
      "Паренхима мозга без очаговой патологии. Костные структуры без особенностей.\nЗаключение: диффузное "
      "субарахноидальное кровоизлияние, рекомендована ангиография для поиска аневризмы.",
      1, {"sah"}, note="French-style narrative ('спонтанно гиперденсное')"),
    # ----------------------------------------------------------------- subdural (sdh)
    C("dev-sdh-tentorium",
      "Серповидное скопление повышенной плотности вдоль намёта мозжечка слева толщиной до 4 мм.",
      1, {"sdh"}, note="crescent along the tentorium, no subtype word"),
    C("dev-sdh-convexity-shift",
      "Над левой лобно-теменно-височной областью серповидное гиперденсное скопление толщиной до 12 мм, "
      "сглаженность борозд, смещение срединных структур вправо на 7 мм.",
      1, {"sdh"}, note="convexity crescent with shift"),
    C("dev-sdh-falx",
      None, 1, {"sdh"},
      description=("Вдоль серпа большого мозга справа полоска повышенной плотности шириной 3 мм. "
                   "Желудочки не деформированы."),
      conclusion="Тонкая острая СДГ по ходу фалькса.",
      note="falx; conclusion uses abbreviation"),
    C("dev-sdh-bilateral-chronic",
      "Над конвекситальными поверхностями обоих полушарий — серповидные скопления пониженной плотности: "
      "справа до 15 мм, слева до 9 мм, компрессия борозд.\nЗаключение: двусторонние хронические "
      "субдуральные гематомы.",
      1, {"sdh", "multiple"}, note="bilateral chronic SDH"),
    C("dev-sdh-acute-on-chronic",
      "Справа над конвексом скопление смешанной плотности 18 мм с уровнем седиментации (гиперденсный "
      "компонент в отлогих отделах).",
      1, {"sdh"}, note="mixed density with sedimentation level"),
    C("dev-sdh-latin-letters",
      "Субдурaльная гeматома слева 7 мм, без смещения срединных структур.",
      1, {"sdh"}, note="Latin look-alike letters inside Cyrillic words"),
    C("dev-sdh-warfarin-bilateral",
      "На фоне приёма варфарина (МНО 4,1). Субдуральные гематомы с обеих сторон: справа лобно-теменная "
      "11 мм, слева теменно-затылочная 6 мм.",
      1, {"sdh", "multiple"}),
    C("dev-sdh-polish-telegraph",
      "КТ черепа нативно. Ост. СДГ слева, ширина 8 мм, смещение ср. линии 4 мм. Желуд. сужены. Кости: "
      "б/о.",
      1, {"sdh"}, note="Polish-style telegraph"),
    C("dev-sdh-isodense",
      "Слева над конвексом изоденсное к веществу мозга серповидное скопление шириной 10 мм, оттесняющее "
      "кору; борозды слева не прослеживаются. Заключение: подострая субдуральная гематома слева.",
      1, {"sdh"}),
    # ----------------------------------------------------------------- epidural (edh)
    C("dev-edh-temporal-fracture",
      "У чешуи правой височной кости двояковыпуклое гиперденсное скопление 38х14 мм, над ним линия "
      "перелома чешуи без смещения. Мягкие ткани височной области отёчны.",
      1, {"edh", "fracture"}, note="biconvex at the bone with a fracture line"),
    C("dev-edh-abbr-period",
      "Эпидур. гематома лобной обл. справа до 14 мм. Линейный перелом лобной кости справа.",
      1, {"edh", "fracture"}, note="'Эпидур.' abbreviation"),
    C("dev-edh-posterior-fossa",
      "Линзовидное скопление повышенной плотности в задней черепной ямке справа под чешуёй затылочной "
      "кости, толщиной 9 мм; перелом затылочной кости справа.",
      1, {"edh", "fracture"}, note="lens-shaped, occipital"),
    C("dev-edh-glued",
      "Эпидуральная гематомасправа в теменной области толщиной 9 мм.",
      1, {"edh"}, note="noun glued to the next word"),
    C("dev-edh-vertex",
      "У темени, пересекая среднюю линию, двояковыпуклое скопление крови толщиной 11 мм, отслаивающее "
      "верхний сагиттальный синус; перелом теменных костей по сагиттальному шву.",
      1, {"edh", "fracture"}, note="vertex EDH, blood word + lens shape"),
    # ----------------------------------------------------------------- several compartments
    C("dev-trauma-sdh-sah-contusion",
      "Падение с лестницы. Слева по конвексу гиперденсное серповидное скопление до 6 мм. Кровь в бороздах "
      "правой лобной доли. В правой височной доле зона ушиба с геморрагическим пропитыванием 2 см.",
      1, {"sdh", "sah", "iph", "multiple"}, note="three compartments all by anatomy"),
    C("dev-trauma-edh-contusion",
      "Перелом правой височной кости с переходом на пирамиду. Под ним линзовидное скопление крови 10 мм. "
      "В левой лобной доле гиперденсный очаг ушиба 12 мм.",
      1, {"edh", "iph", "multiple", "fracture"}),
    C("dev-trauma-sah-ivh",
      "Кровь в бороздах обоих полушарий и в задних рогах боковых желудочков.",
      1, {"sah", "ivh", "multiple"}),
    C("dev-template-one-line-sdh",
      "Протокол: " + _NORM.replace("Срединные структуры не смещены. ", "Срединные структуры смещены "
                                   "вправо на 2 мм. ") +
      "Вдоль левой гемисферы мозжечка и намёта — гиперденсная полоска 3 мм. Очаговых изменений "
      "плотности вещества мозга не выявлено. " + _BONES_OK + _SINUSES_OK +
      "\nЗаключение: без острой очаговой патологии вещества мозга. Тонкое субдуральное скопление вдоль "
      "намёта слева.",
      1, {"sdh"}, note="long template with one line of finding"),
    # ----------------------------------------------------------------- polytrauma (face is not skull)
    C("dev-poly-face-sah",
      "КТ головного мозга и лицевого черепа. Переломы передней и задне-латеральной стенок правой "
      "верхнечелюстной пазухи, скуловой дуги справа, дна правой орбиты; гемосинус справа. Кровь в "
      "бороздах правой теменной доли. Кости свода и основания черепа целы.",
      1, {"sah"}, note="facial fractures are not skull; hemosinus is extracranial"),
    C("dev-poly-orbit-roof",
      "Перелом крыши левой орбиты с переходом на лобную кость; пневмоцефалия. В левой лобной доле "
      "геморрагический очаг ушиба 10 мм.",
      1, {"iph", "fracture"}, note="orbital roof = skull base"),
    C("dev-poly-pyramid",
      "Продольный перелом пирамиды правой височной кости, гемотимпанум, жидкость в ячейках сосцевидного "
      "отростка. Гиперденсное содержимое в бороздах правой височной доли.",
      1, {"sah", "fracture"}, note="temporal pyramid = skull base"),
    C("dev-poly-whole-body-sdh",
      "КТ головного мозга, органов грудной клетки и брюшной полости (политравма). Голова: острая "
      "субдуральная гематома справа 7 мм; перелом правой теменной кости. Грудь: переломы VI–VIII рёбер "
      "справа, малый гемоторакс. Живот: разрыв селезёнки, гемоперитонеум.",
      1, {"sdh", "fracture"}, note="multi-region polytrauma; head findings decide"),
    C("dev-poly-frontal-sinus-posterior",
      "Перелом передней и задней стенок лобной пазухи, гемосинус. Эпидурально у перелома задней стенки "
      "линзовидное гиперденсное скопление 6 мм.",
      1, {"edh", "fracture"}, note="frontal sinus posterior wall = skull"),
    C("dev-poly-nasal-mandible-ivh",
      "Переломы костей носа и тела нижней челюсти слева. Уровни крови в затылочных рогах боковых "
      "желудочков.",
      1, {"ivh"}, note="facial fractures only; IVH by blood levels"),
    # ----------------------------------------------------------------- combined pathology
    C("dev-comb-aneurysm-cta",
      "Нативная КТ + КТ-ангиография. В базальных цистернах и межполушарной щели — гиперденсное "
      "содержимое. На КТА мешотчатая аневризма передней соединительной артерии 6х5 мм, направленная "
      "кпереди.\nЗаключение: САК вследствие разрыва аневризмы ПСА.",
      1, {"sah", "combined"}, note="native + CTA, aneurysm as cause"),
    C("dev-comb-mca-aneurysm-iph-sah",
      "В левой височной доле гематома 35х25 мм, прилежащая к сильвиевой щели; кровь в левой сильвиевой "
      "щели и базальных цистернах. КТА: аневризма бифуркации левой СМА 8 мм.",
      1, {"iph", "sah", "multiple", "combined"}),
    C("dev-comb-avm",
      "КТ головного мозга с КТ-ангиографией. В правой теменной доле участок повышенной плотности 30х22 мм "
      "с отёком. При ангиографии в его проекции клубок извитых сосудов с ранним дренированием в верхний "
      "сагиттальный синус.\nЗаключение: внутримозговое кровоизлияние из АВМ правой теменной доли.",
      1, {"iph", "combined"}, note="AVM bleed"),
    C("dev-comb-venous-dense-sinus",
      "Верхний сагиттальный синус гиперденсен на всём протяжении (симптом плотного треугольника). "
      "Парасагиттально в обеих теменных долях на фоне отёка внутримозговые кровоизлияния 15 и 20 мм "
      "(венозные инфаркты).",
      1, {"iph", "multiple", "combined"}, note="venous sinus thrombosis with hemorrhage"),
    C("dev-comb-venous-venography",
      "КТ + КТ-венография. Дефект контрастирования левого поперечного и сигмовидного синусов. В левой "
      "височной доле гематома 25 мм с отёком.\nЗаключение: тромбоз левых поперечного и сигмовидного "
      "синусов, венозное кровоизлияние в левую височную долю.",
      1, {"iph", "combined"}),
    C("dev-comb-gt-hi2",
      "Контроль через 24 ч после тромболизиса. В зоне инфаркта в бассейне левой СМА сливные петехиальные "
      "участки повышенной плотности без масс-эффекта — ГТ по типу HI-2.",
      1, {"combined"}, note="'ГТ' abbreviation, HI-2: no subtype"),
    C("dev-comb-ph2",
      "Инфаркт в бассейне правой СМА. В его зоне однородная гематома, занимающая более трети объёма "
      "инфаркта, с масс-эффектом (PH-2).",
      1, {"iph", "combined"}, note="PH-2 parenchymal hematoma"),
    C("dev-comb-ph1-thrombectomy",
      "После механической тромбэкстракции из левой СМА. В зоне инфаркта в области левых базальных ядер "
      "гематома <30% объёма инфаркта (PH-1), слабый масс-эффект.",
      1, {"iph", "combined"}),
    C("dev-comb-hi1",
      "Известный кардиоэмболический инфаркт левой затылочной доли. По краю зоны инфаркта мелкие точечные "
      "геморрагии (HI-1).",
      1, {"combined"}, note="HI-1 petechiae within one infarct: not multiple"),
    C("dev-comb-hemorrhagic-transformation-word",
      "Подострый инфаркт в правой лобно-теменной области с геморрагической трансформацией.",
      1, {"combined"}),
    C("dev-comb-tumor-bleed",
      "КТ с внутривенным контрастированием. В левой лобной доле образование 42х36 мм неоднородной "
      "структуры, с кольцевидным накоплением контраста, с участками свежего кровоизлияния внутри, с "
      "выраженным отёком.\nЗаключение: глиальная опухоль левой лобной доли с кровоизлиянием.",
      1, {"combined"}, note="bleeding into a tumour: no subtype"),
    C("dev-comb-metastases",
      "Меланома в анамнезе. Множественные очаги в обоих полушариях большого мозга и в мозжечке, часть "
      "гиперденсные (метастазы с кровоизлияниями), с перифокальным отёком.",
      1, {"multiple", "combined"}, note="hemorrhagic metastases, plural"),
    C("dev-comb-tumor-hematoma",
      "Гематома правой височной доли 4 см. При контрастировании по её медиальному краю накапливающий "
      "контраст узел 15 мм — кровоизлияние в опухоль.",
      1, {"iph", "combined"}, note="hematoma named in a lobe + tumour"),
    C("dev-comb-hemorrhagic-mass",
      "В правой теменной доле геморрагическое образование 3 см с отёком; дифференцировать первичную "
      "опухоль и метастаз.",
      1, {"combined"}, note="'геморрагическое образование': tumour type hedged, hemorrhage definite"),
    # ----------------------------------------------------------------- follow-up, still present
    C("dev-fu-sdh-decreased",
      "В сравнении с КТ от 12.03: субдуральная гематома слева уменьшилась с 11 до 6 мм, стала "
      "изоденсной. Смещения нет.",
      1, {"sdh"}, note="'уменьшилась' = present"),
    C("dev-fu-iph-lysis",
      "Динамика. Гематома правой лобной доли в стадии лизиса: центральная часть гиперденсна, по "
      "периферии изоденсный ободок. Отёк регрессирует.",
      1, {"iph"}, note="'в стадии лизиса' = present"),
    C("dev-fu-minimal-component",
      "Повторная КТ. Гематома вдоль намёта почти полностью регрессировала, сохраняется минимальный "
      "компонент толщиной 1–2 мм.",
      1, {"sdh"}, note="'сохраняется минимальный компонент' = present"),
    C("dev-fu-sah-resolved-iph-persists",
      "По сравнению с предыдущим исследованием САК полностью регрессировало. Гематома левой височной доли "
      "в стадии рассасывания, 18х12 мм (было 26х18).",
      1, {"iph"}, note="per mention: resolved SAH, persisting IPH"),
    C("dev-fu-ivh-gone-sdh-left",
      "Кровь в желудочках не определяется. Хроническая субдуральная гематома справа 5 мм сохраняется.",
      1, {"sdh"}, note="resolved IVH, persisting SDH"),
    C("dev-fu-postop-residual",
      "Состояние после костно-пластической трепанации справа и удаления острой СДГ. Под костным лоскутом "
      "остаточная субдуральная гематома до 5 мм, пневмоцефалия.",
      1, {"sdh"}, note="residual postoperative hematoma; trepanation is not a fracture"),
    C("dev-fu-no-dynamics",
      "Контроль через 24 ч. Гиперденсный участок в левой теменной доле 15 мм — без динамики. Новых "
      "участков не появилось.",
      1, {"iph"}, note="'без динамики' is not a negation"),
    C("dev-fu-contusions-evolving",
      "В сравнении с КТ при поступлении очаги ушиба лобных долей с геморрагическим компонентом несколько "
      "увеличились (справа 20 мм, слева 14 мм), нарастает отёк.",
      1, {"iph", "multiple"}, note="blossoming contusions on follow-up"),
    C("dev-fu-conclusion-resorbing",
      None, 1, {"iph"},
      description="Срединные структуры не смещены. В правом таламусе участок смешанной плотности 12 мм.",
      conclusion="Рассасывающаяся гематома правого таламуса.",
      note="'рассасывающаяся' = present"),
    # ----------------------------------------------------------------- other styles and wording
    C("dev-ich-nos",
      "Массивное внутричерепное кровоизлияние с дислокацией, вклинение миндалин мозжечка.",
      1, set(), note="ICH without compartment"),
    C("dev-eng-style-findings",
      "ТЕХНИКА: нативная КТ головы. НАХОДКИ: острая гиперденсная внутриосевая кровь в левом наружном "
      "ядре объёмом около 12 мл. Прорыва в желудочки нет. ЗАКЛЮЧЕНИЕ: острое кровоизлияние в левые "
      "базальные ганглии.",
      1, {"iph"}, note="English template rendered into Russian"),
    C("dev-hematoma-periods-sides",
      "Гематома л/височн.обл. внутримозг. 20см3, прорыв в бок.желуд.",
      1, {"iph", "ivh", "multiple"}, note="heavy abbreviation"),
    C("dev-sah-hydrocephalus-shunt",
      "Сохраняется небольшое количество крови в бороздах теменных долей. Вентрикулоперитонеальный шунт "
      "справа, желудочки не расширены.",
      1, {"sah"}, note="'сохраняется' = present"),
    C("dev-sdh-hygroma-blood",
      "Субдуральная гигрома слева 8 мм с гиперденсным компонентом в задних отделах — примесь крови.",
      1, {"sdh"}),
    C("dev-iph-micro-multiple",
      "Множественные мелкие кровоизлияния в подкорковых отделах обоих полушарий и в мозжечке.",
      1, {"iph", "multiple"}),
]

ABSENT = [
    # ----------------------------------------------------------------- normal in many shapes
    C("dev-neg-long-template",
      "КТ головного мозга без контрастного усиления, срезы 1 мм. " + _NORM +
      "Патологических зон изменённой плотности в веществе мозга не выявлено. Эпи- и субдуральных скоплений "
      "нет. Гиперденсного содержимого в желудочках и цистернах нет. Мозжечок и ствол без особенностей. "
      + _BONES_OK + _SINUSES_OK + "Мягкие ткани головы не изменены.\nЗаключение: КТ-признаков "
      "патологических изменений головного мозга не выявлено.",
      0, note="long normal template"),
    C("dev-neg-negated-list",
      "Данных за эпи-, субдуральные гематомы, внутримозговые кровоизлияния, САК и ВЖК не получено. "
      "Очаги ушиба не определяются.",
      0, note="negated coordinated list"),
    C("dev-neg-short", "КТ головы: острой интракраниальной патологии нет.", 0),
    C("dev-neg-polish-telegraph",
      "КТ черепа нативно. Без кровоизлияния. Желуд. симм. Ср. структуры по ср. линии. Кости б/о. "
      "Пазухи возд.", 0, note="Polish-style telegraph"),
    C("dev-neg-french-narrative",
      "Исследование выполнено без введения контрастного вещества. Не выявлено ни спонтанно гиперденсных "
      "участков, ни внеосевых скоплений. Желудочковая система нормального размера и по средней линии. "
      "Базальные цистерны свободны. Без признаков перелома.\nЗаключение: нормальное исследование.",
      0, note="French-style negative narrative"),
    C("dev-neg-spanish-narrative",
      "Не наблюдается внутри- или внеосевых кровоизлияний, объёмных процессов или острых ишемических "
      "изменений. Желудочки и борозды соответствуют возрасту. Средняя линия сохранена.\nВывод: "
      "исследование без острых изменений.",
      0),
    C("dev-neg-referral-ich",
      "Цель: исключить внутричерепное кровоизлияние (падение, приём ривароксабана).\n" + _NORM +
      "Зон повышенной плотности нет.\nЗаключение: данных за ВЧК нет.",
      0, note="clinical question names ICH"),
    C("dev-neg-referral-sdh",
      "Направительный диагноз: СДГ? Головная боль после травмы 2 недели назад.\nСкоплений над "
      "конвекситальными поверхностями не определяется. Борозды прослеживаются симметрично.\nЗаключение: "
      "КТ-признаков субдуральной гематомы не выявлено.",
      0),
    C("dev-neg-caps",
      "КТ ГОЛОВНОГО МОЗГА. КРОВОИЗЛИЯНИЙ, ОЧАГОВЫХ ИЗМЕНЕНИЙ НЕ ВЫЯВЛЕНО. ЖЕЛУДОЧКИ НЕ РАСШИРЕНЫ.", 0),
    C("dev-neg-no-mass-effect",
      "Масс-эффекта, смещения срединных структур, гидроцефалии нет. Признаков острого кровоизлияния или "
      "инфаркта нет. Заключение: возрастные атрофические изменения.", 0),
    C("dev-neg-eng-style",
      "НАХОДКИ: внутричерепного кровоизлияния, масс-эффекта и смещения средней линии нет. Серо-белая "
      "дифференцировка сохранена. ЗАКЛЮЧЕНИЕ: без острой внутричерепной патологии.", 0,
      note="English template rendered into Russian"),
    C("dev-neg-conclusion-only", None, 0,
      description=_NORM + "Очаговых изменений нет.",
      conclusion="Норма."),
    # ----------------------------------------------------------------- old sequelae and chronic change
    C("dev-neg-posthemorrhagic-cyst",
      "В правой лобной доле постгеморрагическая киста 15 мм (ВМГ в 2019 г.). Свежих кровоизлияний нет.",
      0, note="old sequela only"),
    C("dev-neg-old-infarct-gliosis",
      "Кистозно-глиозные изменения в левой височной доле (последствия ОНМК). Перивентрикулярный "
      "лейкоареоз. Острых изменений нет.", 0),
    C("dev-neg-history-sah-clip",
      "В анамнезе САК из аневризмы ПСоА, клипирование 2018 г. Артефакты от клипсы. Кровоизлияния в "
      "настоящее время нет. Желудочки не расширены.", 0, note="hemorrhage only in history"),
    C("dev-neg-hemosiderin-old-contusion",
      "Следствия давнего ушиба полюсов лобных долей: зоны энцефаломаляции. Свежих геморрагий не "
      "определяется.", 0),
    C("dev-neg-atrophy-elderly",
      "Расширение желудочков и субарахноидальных пространств по атрофическому типу. Множественные "
      "лакуны в базальных ядрах. Кальциноз стенок ВСА и позвоночных артерий.", 0),
    # ----------------------------------------------------------------- mimics explained
    C("dev-neg-calc-basal-ganglia",
      "В бледных шарах с обеих сторон симметричные гиперденсные участки плотностью +180 HU — "
      "обызвествления.", 0, note="hyperdensity explained as calcification"),
    C("dev-neg-spont-hyper-calcified",
      "В правой лобной доле спонтанно гиперденсный участок 6 мм плотностью +320 HU — кальцинат.",
      0, note="'спонтанно гиперденсный' explained"),
    C("dev-neg-falx-calc",
      "Обызвествление серпа большого мозга и шишковидной железы. Кальцинаты сосудистых сплетений.",
      0, note="falx calcification is not SDH"),
    C("dev-neg-hyperdense-mca",
      "Гиперденсный сегмент М1 левой СМА (симптом гиперденсной артерии). Ранние ишемические изменения в "
      "левом островке, ASPECTS 8. Кровоизлияния нет.", 0, note="hyperdense artery sign"),
    C("dev-neg-contrast-staining",
      "Через 2 часа после тромбэкстракции. Гиперденсность в левой скорлупе плотностью 120 HU, "
      "уменьшилась на контрольной двухэнергетической КТ — контрастное окрашивание, не кровь.",
      0, note="contrast staining explained"),
    C("dev-neg-dense-sinuses-hematocrit",
      "Синусы твёрдой мозговой оболочки несколько гиперденсны равномерно, как и артерии, — за счёт "
      "высокого гематокрита (Ht 58%). Данных за тромбоз нет.", 0),
    C("dev-neg-meningioma-calc",
      "Над правой лобной долей экстрааксиальное гиперденсное образование на широком основании 18 мм с "
      "обызвествлениями — менингиома. Кровоизлияний нет.", 0, note="hyperdense tumour, no blood"),
    C("dev-neg-cavernoma-calc",
      "В левом полушарии мозжечка мелкий гиперденсный очаг 5 мм с кальцинатами, без отёка (вероятнее "
      "каверногенная мальформация, рекомендована МРТ). Свежей крови нет.", 0),
    # ----------------------------------------------------------------- extracranial blood
    C("dev-neg-scalp-hematoma",
      "Гематома мягких тканей теменно-затылочной области слева 12 мм. Внутричерепных изменений нет. "
      "Кости целы.", 0, note="scalp hematoma"),
    C("dev-neg-subgaleal",
      "Подапоневротическая гематома лобной области. Интракраниально без патологии.", 0),
    C("dev-neg-hemosinus",
      "Уровень жидкости (кровь) в правой верхнечелюстной пазухе, перелом передней стенки пазухи. "
      "Головной мозг без патологии.", 0, note="hemosinus + facial fracture"),
    C("dev-neg-orbit-soft-tissue",
      "Гематома мягких тканей левой периорбитальной области, ретробульбарно гиперденсное скопление 5 мм. "
      "Перелом медиальной стенки левой орбиты. Интракраниально — без травматических изменений.",
      0, note="orbital soft tissue and medial wall are facial"),
    C("dev-neg-face-fractures",
      "КТ лицевого черепа и головного мозга. Переломы скуловой кости и дуги справа, дна правой орбиты, "
      "костей носа со смещением. Головной мозг без очаговых изменений, кровоизлияний нет.",
      0, note="face only, no skull fracture"),
    C("dev-neg-mandible",
      "Двусторонний перелом нижней челюсти (в области угла справа и тела слева). Внутричерепной патологии "
      "не выявлено.", 0),
    C("dev-neg-abbr-glued-soft",
      "Подапоневр.гематома справа.Интракраниально б/о.", 0, note="glued abbreviation, extracranial"),
    # ----------------------------------------------------------------- fractures without blood
    C("dev-neg-linear-fracture",
      "Линейный перелом левой теменной кости без смещения отломков. Подлежащий мозг не изменён, "
      "внутричерепных скоплений нет.", 0, {"fracture"}),
    C("dev-neg-sphenoid-fracture",
      "Перелом большого крыла клиновидной кости справа, гемосинус основной пазухи, единичные пузырьки "
      "газа интракраниально. Кровоизлияний нет.", 0, {"fracture"},
      note="sphenoid = skull base; hemosinus extracranial"),
    C("dev-neg-pyramid-no-blood",
      "Поперечный перелом пирамиды левой височной кости. Гемотимпанум. Вещество мозга без изменений.",
      0, {"fracture"}),
    C("dev-neg-depressed-fracture",
      "Вдавленный перелом правой лобной кости на глубину 5 мм. Внутричерепных гематом нет.", 0, {"fracture"}),
    # ----------------------------------------------------------------- follow-up resolved
    C("dev-neg-fu-regressed",
      "В сравнении с КТ от 02.02 субдуральная гематома слева регрессировала полностью. Срединные "
      "структуры на месте.", 0, note="'регрессировала полностью' = resolved"),
    C("dev-neg-fu-not-seen",
      "Контроль. Ранее описанное САК не определяется. Желудочки не расширены.", 0),
    C("dev-neg-fu-resorbed",
      "Гематома правой лобной доли резорбировалась, на её месте зона пониженной плотности (формирующаяся "
      "киста).", 0, note="'резорбировалась' = resolved"),
    C("dev-neg-fu-regress-plain",
      "Динамика: регресс ВЖК, желудочки не расширены. Другой патологии нет.",
      0, note="'регресс X' with nothing left"),
    C("dev-neg-fu-post-evacuation",
      "Состояние после удаления эпидуральной гематомы и костно-пластической трепанации слева. Остаточных "
      "скоплений нет. Пневмоцефалия минимальная.", 0, note="evacuated, nothing left"),
    # ----------------------------------------------------------------- other pathology without blood
    C("dev-neg-ischemic-no-ht",
      "Острый инфаркт в бассейне правой СМА (гиподенсная зона в лобно-височной области). Признаков "
      "геморрагической трансформации нет.", 0, note="infarct, HT negated"),
    C("dev-neg-tumor-no-bleed",
      "В левой теменной доле образование 25 мм, накапливающее контраст, с отёком. Без признаков "
      "кровоизлияния в опухоль.", 0),
    C("dev-neg-incidental-aneurysm-cta",
      "КТ + КТА. Нативно без патологии. На КТА мешотчатая аневризма правой СМА 4 мм. САК нет.",
      0, note="aneurysm without hemorrhage: not combined"),
    C("dev-neg-avm-no-bleed",
      "КТ-ангиография: в левой затылочной доле АВМ 25 мм с дренированием в поперечный синус. Нативно "
      "признаков кровоизлияния нет.", 0),
    C("dev-neg-venous-thrombosis-no-bleed",
      "КТ-венография: дефект контрастирования правого поперечного синуса — тромбоз. Паренхима без "
      "очаговых изменений, геморрагий нет.", 0),
    C("dev-neg-hygroma",
      "Субдуральные гигромы лобных областей с обеих сторон до 6 мм, ликворной плотности.", 0,
      note="hygroma is CSF"),
    C("dev-neg-perfusion-stroke",
      "КТ головного мозга + КТ-перфузия. Зона ядра инфаркта в левой теменной доле, зона пенумбры. "
      "Кровоизлияния нет.", 0),
    C("dev-neg-postop-clean",
      "Состояние после резекции менингиомы правой лобной области. Послеоперационные изменения, без "
      "скоплений крови.", 0),
    C("dev-neg-shunt",
      "Вентрикулярный шунт слева, желудочки не расширены. Кровоизлияний по ходу катетера нет.", 0),
    C("dev-neg-mri-recommend",
      _NORM + "Заключение: без острой патологии. Для исключения микрокровоизлияний рекомендована МРТ (SWI).",
      0, note="'для исключения' in a recommendation, nothing found"),
    C("dev-neg-sinusitis",
      "Головной мозг без особенностей. Пристеночное утолщение слизистой верхнечелюстных пазух, уровень "
      "жидкости в левой — острый синусит.", 0),
    C("dev-neg-pseudo-sah-edema",
      "Диффузный отёк мозга после остановки сердца: сглаженность борозд, цистерны сужены, относительно "
      "повышенная плотность по ходу цистерн за счёт отёка (псевдо-САК). Истинного кровоизлияния нет.",
      0, note="pseudo-SAH explained"),
    # ----------------------------------------------------------------- non-brain rows, extracranial blood
    C("dev-neg-nonbrain-abdomen",
      "КТ органов брюшной полости. Забрюшинная гематома справа 8х6 см. Печень, селезёнка без "
      "повреждений.", 0, note="non-brain row; retroperitoneal hematoma"),
    C("dev-neg-nonbrain-spine",
      "КТ шейного отдела позвоночника. Перелом тела C6, паравертебральная гематома. Позвоночный канал "
      "не сужен.", 0, note="non-brain row"),
    C("dev-neg-nonbrain-chest",
      "КТ органов грудной клетки. Интрамуральная гематома нисходящей аорты 7 мм. Малый "
      "гидроторакс слева.", 0, note="non-brain row; aortic wall"),
    C("dev-neg-head-neck-cta-dissection",
      "КТ головы и шеи с ангиографией. Диссекция левой ВСА с интрамуральной гематомой стенки. "
      "Интракраниально кровоизлияний нет.", 0, note="cervical vessel wall hematoma is extracranial"),
    C("dev-neg-glued-negation",
      "Внутричерепныхкровоизлияний не выявлено.Срединные структуры не смещены.", 0,
      note="glued words in a negation"),
    C("dev-neg-sah-negated-after",
      "Субарахноидальное кровоизлияние, эпидуральная и субдуральная гематомы не определяются.", 0,
      note="negation after a list of subtypes"),
    C("dev-neg-ventricles-clean",
      "Желудочки без внутрижелудочкового содержимого, уровней жидкости в затылочных рогах нет.", 0),
    C("dev-neg-trauma-negated-template",
      "ЧМТ, падение. Эпидуральных, субдуральных скоплений нет. Линий переломов не выявлено. Очагов ушиба "
      "нет.", 0),
    C("dev-neg-sdh-question-answered",
      "Вопрос лечащего врача: СДГ? Ответ: серповидных скоплений вдоль конвекса, серпа и намёта нет.",
      0),
    C("dev-neg-ht-none-thrombolysis",
      "Контроль через 24 ч после ТЛТ. Зона инфаркта в бассейне левой СМА без геморрагического "
      "пропитывания.", 0),
    C("dev-neg-german-telegraph",
      "Нативная КТ черепа. Находка: без внутричерепного кровоизлияния, без демаркированного инфаркта. "
      "Желудочки по средней линии. Оценка: без острой патологии.", 0, note="German-style negative"),
    C("dev-neg-pineal-choroid",
      "Кальцинаты шишковидной железы 6 мм и сосудистых сплетений боковых желудочков — возрастные.", 0,
      note="calcified choroid plexus in the ventricles is not IVH"),
    C("dev-neg-falx-dural-thickening",
      "Серп большого мозга несколько утолщён, плотность его не повышена. Скоплений вдоль серпа нет.", 0),
    C("dev-neg-temporal-soft-tissue-poly",
      "Политравма. Голова: подкожная гематома височной области справа, рана. Интракраниально без "
      "изменений. Переломов костей черепа нет.", 0),
    C("dev-neg-old-sdh-membranes",
      "По сравнению с КТ полугодовой давности хроническая субдуральная гематома справа не определяется, "
      "остались утолщённые оболочки.", 0, note="resolved, membranes left"),
    C("dev-neg-dense-sinus-question",
      "Поперечный синус слева гиперденсен (+70 HU) — тромбоз? Паренхима без изменений.", 0,
      note="suspected sinus thrombus is not hemorrhage"),
]

HEDGED = [
    C("dev-hd-spont-hyper",
      "В левой затылочной доле субкортикально спонтанно гиперденсный участок 8 мм, плотностью +55 HU, без "
      "отёка. Рекомендована МРТ.", -1, note="unexplained hyperdensity in brain tissue"),
    C("dev-hd-hyperdense-focus-unexplained",
      "В правой теменной доле гиперденсный очаг 5 мм. Других изменений нет.", -1,
      note="descriptive density without explanation"),
    C("dev-hd-sah-not-excluded",
      "Сомнительное повышение плотности в бороздах левой лобной доли — нельзя исключить небольшое САК.", -1),
    C("dev-hd-sdh-question",
      "Неравномерная толщина оболочек над левым конвексом: тонкая СДГ?", -1),
    C("dev-hd-probable-contusion",
      "В полюсе правой височной доли участок неоднородной плотности — вероятно, геморрагический ушиб. "
      "Контроль КТ через 6 часов.", -1),
    C("dev-hd-calc-vs-blood",
      "Гиперденсный участок в левом таламусе 6 мм: дифференцировать кальцинат и микрокровоизлияние "
      "(прежних исследований нет).", -1),
    C("dev-hd-contrast-vs-blood",
      "После тромбэкстракции — гиперденсность в правой скорлупе; контрастное пропитывание или "
      "кровоизлияние, контроль через 24 ч.", -1, note="contrast staining vs blood undecided"),
    C("dev-hd-tentorium-artifact",
      "Вдоль намёта справа полоска повышенной плотности — артефакт от костей или тонкое субдуральное "
      "скопление.", -1),
    C("dev-hd-ivh-suspected",
      "В затылочном роге левого бокового желудочка слегка гиперденсное содержимое, подозрение на "
      "примесь крови.", -1),
    C("dev-hd-fracture-plus-edh-hedged",
      "Линейный перелом чешуи левой височной кости. Под ним нельзя исключить тонкую эпидуральную "
      "гематому до 2 мм.", -1, {"fracture"}, note="definite fracture, hedged EDH"),
    C("dev-hd-hemorrhagic-component-not-excluded",
      "Ишемический очаг в левой теменной доле, геморрагический компонент не исключается.", -1),
    C("dev-hd-french-suspect",
      "Отмечается небольшая спонтанно гиперденсная зона в правой сильвиевой щели, подозрительная на "
      "субарахноидальное кровоизлияние; рекомендуется сопоставление с клиникой.", -1,
      note="French-style 'suspect'"),
    C("dev-hd-possible-dai",
      "Мелкие точечные гиперденсные включения в мозолистом теле — возможно, геморрагические очаги ДАП, "
      "уточнить по МРТ.", -1),
    C("dev-hd-likely-isodense",
      "Сглаженность борозд справа, смещение срединных структур влево 3 мм; вероятно, изоденсная "
      "субдуральная гематома. Рекомендовано МРТ.", -1),
    C("dev-hd-conclusion-hedged", None, -1,
      description="В правой лобной доле зона смешанной плотности 12 мм.",
      conclusion="Ушиб правой лобной доли, не исключён геморрагический характер.",
      note="contusion definite, blood hedged"),
    C("dev-hd-polish-question",
      "КТ черепа нативно. Гиперденс. очаг в пр. лобн. доле 4 мм — кровоизл.? К контролю.", -1),
    C("dev-hd-spanish-cannot-rule-out",
      "Не удаётся исключить небольшое внеосевое скопление вдоль правого конвекса, учитывая артефакты от "
      "движения. Рекомендуется повторное исследование.", -1),
    C("dev-hd-caps-question",
      "ГИПЕРДЕНСНОЕ СОДЕРЖИМОЕ В МЕЖНОЖКОВОЙ ЦИСТЕРНЕ? (ПАРЦИАЛЬНЫЙ ОБЪЁМ?). КОНТРОЛЬ.", -1),
    C("dev-hd-ht-question",
      "В зоне инфаркта левой СМА неоднородное повышение плотности — петехиальная ГТ под вопросом.", -1),
    C("dev-hd-tumor-bleed-possible",
      "Образование правой височной доли с гиперденсными участками — кровоизлияние или кальцинаты, "
      "рекомендовано МРТ с контрастом.", -1),
    C("dev-hd-blood-level-presumably",
      "Горизонтальный уровень в задних рогах боковых желудочков, предположительно кровь.", -1),
    C("dev-hd-microbleeds-suspected",
      "Мелкие гиперденсные точки в левом полушарии мозжечка — подозрение на микрокровоизлияния.", -1),
    C("dev-hd-temporal-edh-vs-sinus",
      "У левой височной кости линзовидное гиперденсное скопление 3 мм — эпидуральная гематома или "
      "венозный синус (вариант), сопоставить с КТВ.", -1),
    C("dev-hd-hyperdense-cortex-unexplained",
      "Кортикально в правой лобной доле спонтанно гиперденсный участок 7х4 мм. Заключение: очаговое "
      "изменение правой лобной доли неясного генеза.", -1, note="unexplained, 'неясного генеза'"),
]

CASES = PRESENT + ABSENT + HEDGED
