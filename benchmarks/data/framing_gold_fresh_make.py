"""Write ``framing_gold_fresh.jsonl``: a fresh, blind held-out gold set for loaded-term
detection in English, Arabic and Persian news text.

The passages are our own wording (CC0, written for this set), told the way outlets of
different alignments report real events of the region (Syria, Iraq, Iran, Lebanon, Yemen,
Gaza, 2014-2024); names, places and dates are public record. The set was written without
looking at the framing lexicon, its matcher or the older gold set (``framing_gold.jsonl``),
and no matcher was run on it while writing, so it measures how the lexicon carries over to
wording it was not built from. It was measured once blind as the held-out set (overlap P en
.962, ar .963, fa .898); on 2026-11-23 it became a development set (Persian precision work read
its errors), and ``framing_gold_blind.jsonl`` took its place as the held-out set.

Each passage is written once with inline marks ``[surface|c]``, where ``c`` is the category
of the loaded term: ``g`` glorifying, ``d`` delegitimising, ``e`` euphemism, ``r`` religious
(definitions in ``data/framing/README.md``). A span is the whole written word, with its
attached clitics and suffixes (``[والروافض|r]``, ``[تروریست‌های|d]``), or the whole phrase
where the phrase is the term (``[collateral damage|e]``). Words that can be loaded but are
not in their context (a diet regime, Martyrs' Square, the Red Cross, a hostage's release,
hotel occupancy) are left unmarked: they are the traps.

Run ``.venv/bin/python benchmarks/data/framing_gold_fresh_make.py`` to rebuild the file; it
strips the marks and writes each passage as ``{id, lang, text, spans: [{start, end,
category, surface}]}`` with offsets in code points of ``text``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("framing_gold_fresh.jsonl")

CATEGORY = {"g": "glorifying", "d": "delegitimising", "e": "euphemism", "r": "religious"}

_MARK = re.compile(r"\[([^\[\]|]+)\|([a-z])\]")

EN = [
    # Aleppo, December 2016
    "Syrian state television said army units [liberated|g] the eastern districts of Aleppo in"
    " December 2016 after years of [terrorist|d] control, and that residents poured into the"
    " streets to welcome the soldiers.",
    "Syrian government forces took full control of eastern Aleppo in December 2016 after a"
    " months-long siege, and thousands of civilians and fighters were bussed to Idlib province.",
    "Opposition activists mourned the [martyrs|g] of eastern Aleppo, killed by [regime|d] barrel"
    " bombs on the Shaar district, and accused Iran's [militias|d] of summary executions as the"
    " city fell.",
    # Gaza war, 2023-2024
    "An Israeli army spokesman said troops had [eliminated|e] a Hamas battalion commander in"
    " Khan Younis in November 2023, adding that the strike caused limited [collateral damage|e]"
    " to nearby buildings.",
    "The Gaza health ministry said an explosion at al-Ahli Arab Hospital on 17 October 2023"
    " killed hundreds of people; Israel and Palestinian Islamic Jihad blamed each other for the"
    " blast.",
    "Hezbollah announced that two of its fighters were [martyred|g] while carrying out their"
    " [jihadist|r] duty on the southern front, vowing to answer the [Zionist|d] [aggression|d]"
    " on Lebanese border villages.",
    "Qatar said four hostages held in Gaza were freed on 24 November 2023 under the truce deal;"
    " relatives thanked the mediators for the liberation of their loved ones, and the Red Cross"
    " drove them to Egypt.",
    "Israeli commentators have long described the recurring Gaza campaigns as [mowing the grass|e],"
    " a phrase critics say hides the cost paid by civilians.",
    "Hamas praised the [heroic|g] shooting in Jaffa on 1 October 2024 as a natural answer to the"
    " crimes of the [occupation|d], and called on young men across the West Bank to join the"
    " [resistance|g].",
    "Israeli police said both [terrorists|d] who opened fire in Jaffa on 1 October 2024 were"
    " [neutralised|e] at the scene within minutes.",
    "Gunmen opened fire on a tram stop in Jaffa on 1 October 2024, killing seven people before"
    " they were shot dead, Israeli police said.",
    # Red Sea and Yemen
    "Ansar Allah's television said the [heroic|g] armed forces struck a ship linked to the"
    " [Zionist entity|d] in the Red Sea in January 2024, and promised to answer the US-British"
    " [aggression|d] on Yemen.",
    "The Arab coalition said its air defences intercepted a ballistic missile fired at Jazan by"
    " the Iran-backed Houthi [militia|d], calling the launch a [terrorist|d] act by the"
    " [putschists|d].",
    "A Saudi-led coalition air strike hit a school bus in Dahyan, Saada province, on 9 August"
    " 2018, killing dozens of children, according to the International Committee of the Red"
    " Cross.",
    "A coalition spokesman first described the Dahyan raid as a [legitimate military operation|e]"
    " and said any civilian deaths were [collateral damage|e].",
    "Al-Masirah called the Dahyan raid a new crime of the US-Saudi [aggression|d], as Saada buried"
    " its child [martyrs|g] and Houthi leaders threatened the coalition's [mercenaries|d].",
    "Houthi media said the army and popular committees had [purged|e] the Abdiyah district of"
    " Marib of [mercenaries|d] of the [aggression|d] in October 2021.",
    "Saudi outlets said the Houthi [militia|d] had besieged the Abdiyah district of Marib for"
    " weeks in October 2021, cutting off food and medicine to its residents.",
    "Doctors at a Sanaa hospital said cholera patients were showing resistance to common"
    " antibiotics, and that a strict hydration regime was saving lives on the ward.",
    # Iraq and Islamic State
    "A statement attributed to Islamic State said its [mujahideen|r] had killed dozens of"
    " [apostates|r] from the Iraqi army and the [Rafidite|r] [militias|d] near Tikrit in March"
    " 2015.",
    "Iraqi forces, backed by the Popular Mobilisation Forces and US-led air strikes, retook"
    " Tikrit from Islamic State fighters in April 2015.",
    "Prime Minister Haider al-Abadi declared the [liberation|g] of Mosul on 10 July 2017,"
    " praising the [heroes|g] of the security forces who had broken the [takfiri|r] [gangs|d].",
    "An Islamic State magazine in 2015 urged its followers to strike the [crusader|r] nations,"
    " called Shia Muslims [polytheists|r] and branded the region's rulers [tyrants|r] who rule"
    " by man-made law.",
    "Kataib Hezbollah said its [mujahideen|r] would keep targeting the American [occupation|d]"
    " forces in Iraq until the last soldier leaves.",
    "Karbala received the bodies of Popular Mobilisation [martyrs|g] who fell fighting the"
    " [Daeshi|d] [takfiris|r] around Baiji in 2015, and thousands joined the funeral.",
    "Gulf newspapers accused the [Safavid|r] [militias|d] of the Popular Mobilisation of abuses"
    " against residents of Muqdadiyah in January 2016.",
    "A Baghdad employment survey published in 2019 asked every respondent's occupation and found"
    " that one young graduate in four was out of work; it urged a reform of the vocational"
    " training system.",
    "The Iraqi army's counter-terrorism service reopened its training centre in Baghdad in 2018,"
    " a ministry statement said.",
    # Soleimani and the consulate strike
    "A US drone strike near Baghdad airport on 3 January 2020 killed Iranian general Qassem"
    " Soleimani and Iraqi commander Abu Mahdi al-Muhandis.",
    "The Pentagon described the strike that killed Qassem Soleimani as a [defensive action|e],"
    " while Tehran hailed him as a [martyr|g] and called the killing an act of"
    " [state terrorism|d].",
    "Iran's foreign ministry condemned the strike by the Israeli [regime|d] on its consular"
    " building in Damascus on 1 April 2024, in which seven members of the IRGC were"
    " [martyred|g].",
    "Israel's military did not comment on the 1 April 2024 strike on the Iranian consular"
    " building in Damascus, which killed seven members of the Revolutionary Guards, among them"
    " two generals.",
    # Lebanon
    "Al-Manar reported that [resistance|g] fighters destroyed a Merkava tank with a guided"
    " missile near the border, and that the Israeli [enemy|d] suffered heavy losses.",
    "A Gulf daily called Hezbollah a [terrorist|d] [militia|d] serving the [Safavid|r] project"
    " in Lebanon and warned Beirut against its hold on the state.",
    "Israeli strikes hit dozens of villages in south Lebanon on 23 September 2024, and the"
    " Lebanese health ministry said more than 490 people were killed that day.",
    "The army said it [eliminated|e] senior Hezbollah commander Fuad Shukr in a strike on Beirut's"
    " southern suburbs on 30 July 2024, calling the group a [terror|d] army on Israel's border.",
    "The Beirut municipality repaved the roads around Martyrs' Square in 2019, and traffic police"
    " said the new one-way regime would ease congestion downtown.",
    # Syria, other years
    "Opposition media said the [criminal|d] Assad [regime|d] gassed civilians in Khan Shaykhun on 4"
    " April 2017, leaving dozens of [martyrs|g], many of them children.",
    "Damascus rejected the accusations over Khan Shaykhun as fabrications by [terrorist|d] groups"
    " and their Western sponsors, and said the army had never used chemical weapons against"
    " [armed gangs|d] or civilians.",
    "Rebels in Idlib said the Russian [occupation|d] and Iranian [militias|d] shelled Maarat"
    " al-Numan in December 2019, while rescuers pulled [martyrs|g] from the rubble.",
    "The Russian defence ministry said its aircraft carried out [precision strikes|e] on"
    " [terrorist|d] positions in Idlib and that no civilian site was hit.",
    "Syrian state media said the army had [cleansed|e] the last pockets of eastern Ghouta of"
    " [terrorists|d] in April 2018, restoring security to the Damascus countryside.",
    "Syrian government forces retook eastern Ghouta in April 2018 after a two-month offensive;"
    " tens of thousands of people left for the north under evacuation deals.",
    "The Kurdish-led SDF said the Turkish [occupation|d] and its [mercenaries|d] shelled Ras"
    " al-Ain in October 2019, forcing thousands to flee.",
    "Turkish media said the army [neutralised|e] dozens of YPG [terrorists|d] near Ras al-Ain in"
    " the first days of the October 2019 offensive.",
    "Kobani's residents hailed the [heroes|g] of the [resistance|g] after the [liberation|g] of"
    " the town from Islamic State [barbarians|d] in January 2015.",
    "Kurdish YPG fighters, supported by US-led air strikes, drove Islamic State out of Kobani in"
    " January 2015 after a four-month siege.",
    "Fars news agency reported the funeral in Mashhad of three [defenders of the shrine|g] who had"
    " been [martyred|g] fighting the [takfiris|r] near Aleppo in 2016.",
    "Three members of the Revolutionary Guards killed near Aleppo in 2016 were buried in Mashhad,"
    " Fars news agency reported.",
    # Iran at home
    "Iranian state media blamed the unrest that followed the death of Mahsa Amini in September"
    " 2022 on [rioters|d] and [thugs|d] steered by foreign enemies, calling it a new"
    " [sedition|d].",
    "Protests spread across Iran after Mahsa Amini, 22, died in the custody of the morality"
    " police on 16 September 2022.",
    "Exile channels hailed the protesters as [heroes|g] of the uprising, honoured its [martyrs|g]"
    " and blamed the clerical [regime|d] for the deaths.",
    "Iran's intelligence ministry said in August 2022 that it had arrested members of the"
    " [hypocrites|r] [terrorist|d] [grouplet|d], its name for the exiled MEK.",
    "Iran's armed forces said the [child-killing|d] [regime|d] attacked several military sites"
    " on 26 October 2024 and that four soldiers were [martyred|g] as air defences responded.",
    "A nutritionist in Tehran told state radio that a Mediterranean diet regime could cut heart"
    " disease, and that most patients' resistance to change fades after a month.",
    "Iraqi engineers said the new bridge over the Tigris in Mosul, opened in 2021, was built to"
    " resist floods and earthquakes.",
    "A Houthi preacher in Sanaa told worshippers that the [jihad|r] against America and Israel"
    " was a duty on every believer, and called the Saudi rulers [agents|d] of the [crusaders|r].",
    "Emirati media described the 2022 drone attack on Abu Dhabi as a [cowardly|d] [terrorist|d]"
    " attack by the Houthi [militia|d].",
    "Hezbollah said Sayyed Hassan Nasrallah was [martyred|g] in a [Zionist|d] strike on the"
    " southern suburbs on 27 September 2024 and had joined the caravan of [martyrs|g].",
    "Hassan Nasrallah, Hezbollah's secretary-general, was killed in an Israeli air strike on"
    " Beirut's southern suburbs on 27 September 2024.",
    "Islamic State claimed the Kerman bombings of 3 January 2024, calling the victims [Rafidite|r]"
    " [polytheists|r] and the two bombers [martyrdom-seekers|g].",
    "Iranian state media called the Kerman dead [martyrs|g] of Soleimani's path and blamed"
    " [takfiri|r] [mercenaries|d] for the attack.",
    "Two explosions near the tomb of Qassem Soleimani in Kerman on 3 January 2024 killed close"
    " to 90 people, Iranian officials said.",
    "The Israeli army called the 26 May 2024 strike in Rafah a [precise strike|e] on two Hamas"
    " commanders and the fire that spread through a displacement camp a [tragic mishap|e].",
    "An Israeli air strike on 26 May 2024 hit an area of Rafah where displaced families had"
    " pitched tents, killing at least 45 people, Gaza officials said.",
    "Syrian rebels called their entry into Damascus on 8 December 2024 the [liberation|g] of the"
    " capital, celebrating the end of five decades of the Assad [regime|d].",
    "Opposition forces led by Hayat Tahrir al-Sham entered Damascus on 8 December 2024, and"
    " Bashar al-Assad flew to Russia.",
    "Police in Sistan-Baluchestan said they had [dealt decisively|e] with [rioters|d] in Zahedan"
    " on 30 September 2022.",
    "The IRGC said it fired missiles and drones at the bases of [separatist|d] [grouplets|d] in"
    " Iraqi Kurdistan in September 2022.",
    "Yemeni government media accused the Houthi [gangs|d] of turning schools in Sanaa into arms"
    " depots.",
    "Tasnim wrote that the [martyrs|g] of Gaza's [resistance|g] had foiled the plans of the"
    " [Zionist|d] [regime|d] in Rafah.",
    "Iran International said the [regime|d] had brought in Iraqi and Lebanese [mercenaries|d] to"
    " put down the protests.",
    "Popular Mobilisation commanders declared the [liberation|g] of Fallujah in June 2016 and said"
    " the city had been [cleansed|e] of [takfiris|r].",
    "Lebanon's health minister launched a campaign against smoking in Beirut cafes in 2019 and"
    " said the new regime of fines would be enforced from the summer.",
]

AR = [
    "أعلنت القيادة العامة للجيش [تحرير|g] الأحياء الشرقية من مدينة حلب في كانون الأول 2016 من"
    " [الإرهابيين|d]، وخرج الأهالي إلى الشوارع احتفالاً بعودة الأمان.",
    "سيطرت القوات الحكومية السورية على الأحياء الشرقية لمدينة حلب في كانون الأول 2016 بعد حصار"
    " استمر أشهراً، وجرى إجلاء آلاف المدنيين والمقاتلين إلى ريف إدلب.",
    "نعى ناشطون في حلب عشرات [الشهداء|g] الذين سقطوا بالبراميل المتفجرة التي ألقتها طائرات"
    " [النظام|d] على حي الشعار، واتهموا [ميليشيات|d] إيران بارتكاب إعدامات ميدانية.",
    "زفّ حزب الله [الشهيد|g] [المجاهد|r] علي حسن الذي [ارتقى|g] أثناء قيامه بواجبه [الجهادي|r]"
    " في جنوب لبنان، رداً على [العدوان|d] [الصهيوني|d] على القرى الحدودية.",
    "قال المتحدث باسم الجيش الإسرائيلي إن قواته [قضت على|e] قائد كتيبة في حماس في خان يونس في"
    " تشرين الثاني 2023، وإن [مخربين|d] آخرين فروا من المكان.",
    "قالت وزارة الصحة في غزة إن انفجاراً في المستشفى الأهلي العربي يوم 17 تشرين الأول 2023 أودى"
    " بحياة مئات الأشخاص، فيما تبادلت إسرائيل وحركة الجهاد الإسلامي الاتهامات بالمسؤولية عنه.",
    "أعلنت القوات المسلحة اليمنية استهداف سفينة تابعة [للكيان الصهيوني|d] في البحر الأحمر في"
    " كانون الثاني 2024، وتوعّدت بالرد على [العدوان|d] الأمريكي البريطاني على اليمن، مؤكدةً"
    " وقوفها إلى جانب [المجاهدين|r] في غزة.",
    "أعلن التحالف اعتراض صاروخ باليستي أطلقته [الميليشيا|d] الحوثية [الانقلابية|d] المدعومة من"
    " إيران باتجاه جازان، ووصف الهجوم بأنه عمل [إرهابي|d] [جبان|d].",
    "زعم بيان منسوب إلى تنظيم الدولة أن [جنود الخلافة|g] قتلوا عشرات [المرتدين|r] من الجيش"
    " العراقي [والروافض|r] قرب تكريت في آذار 2015.",
    "استعادت القوات العراقية مدعومةً بالحشد الشعبي وغارات التحالف الدولي مدينة تكريت من تنظيم"
    " الدولة الإسلامية في نيسان 2015.",
    "أعلن رئيس الوزراء حيدر العبادي في 10 تموز 2017 [تحرير|g] الموصل، مشيداً [ببطولات|g] القوات"
    " الأمنية التي هزمت [عصابات|d] داعش [التكفيرية|r].",
    "وصفت صحيفة خليجية حزب الله بأنه [ميليشيا|d] [إرهابية|d] تخدم المشروع [الصفوي|r] في لبنان"
    " والمنطقة.",
    "[استشهد|g] ثلاثة شبان برصاص قوات [الاحتلال|d] خلال اقتحامها مخيم جنين في تموز 2023، فيما"
    " تصدّى [المقاومون|g] للقوات [الغازية|d].",
    "نفذت القوات الإسرائيلية عملية استمرت يومين في مخيم جنين للاجئين في تموز 2023، وقال مسؤولون"
    " فلسطينيون إن 12 فلسطينياً قُتلوا، فيما أعلنت إسرائيل مقتل جندي.",
    "أعادت بلدية بيروت تأهيل الطرق المحيطة بساحة الشهداء عام 2019، وقال رئيس تحرير إحدى الصحف"
    " المحلية إن النظام الجديد للسير خفّف الازدحام في وسط المدينة.",
    "حذّر أطباء في مستشفى بصنعاء من تزايد مقاومة البكتيريا للمضادات الحيوية بين مرضى الكوليرا،"
    " ونصحوا المرضى بنظام غذائي صارم.",
    "رحّبت عائلات الرهائن بتحرير أربعة منهم من غزة في 24 تشرين الثاني 2023 بموجب اتفاق الهدنة،"
    " ونقلهم الصليب الأحمر إلى مصر.",
    "قال الدفاع المدني إن طائرات [الاحتلال|d] الروسي [وميليشيات|d] الأسد قصفت معرة النعمان في"
    " كانون الأول 2019، وانتشل المتطوعون جثامين [الشهداء|g] من تحت الأنقاض.",
    "قالت وزارة الدفاع الروسية إن طائراتها نفذت [ضربات دقيقة|e] على مواقع [الإرهابيين|d] في"
    " إدلب، مؤكدةً أن أي منشأة مدنية لم تتضرر.",
    "قالت قوات سوريا الديمقراطية إن [الاحتلال|d] التركي [ومرتزقته|d] قصفوا مدينة رأس العين في"
    " تشرين الأول 2019، ما أجبر الآلاف على النزوح.",
    "أعلنت وزارة الدفاع التركية [تحييد|e] 15 [إرهابياً|d] من تنظيم ي ب ك شمالي سوريا في الأيام"
    " الأولى من عملية تشرين الأول 2019.",
    "حمّلت وسائل الإعلام الإيرانية الرسمية [مثيري الشغب|d] [والبلطجية|d] المدعومين من [الاستكبار|d]"
    " العالمي مسؤولية الاضطرابات التي أعقبت وفاة مهسا أميني في أيلول 2022.",
    "اندلعت احتجاجات في أنحاء إيران بعد وفاة الشابة مهسا أميني (22 عاماً) أثناء احتجازها لدى"
    " شرطة الأخلاق في 16 أيلول 2022.",
    "أصابت غارة للتحالف بقيادة السعودية حافلة مدرسية في ضحيان بمحافظة صعدة في 9 آب 2018، ما أسفر"
    " عن مقتل عشرات الأطفال بحسب اللجنة الدولية للصليب الأحمر.",
    "وصفت قناة المسيرة الغارة بأنها جريمة جديدة لتحالف [العدوان|d] الأمريكي السعودي، وشيّعت صعدة"
    " [شهداءها|g] الأطفال، وتوعّد قادة أنصار الله [المرتزقة|d] [والغزاة|d].",
    "أعلنت [المقاومة|g] تدمير دبابة ميركافا بصاروخ موجّه قرب الحدود، وقالت إن [العدو|d]"
    " الإسرائيلي تكبّد خسائر فادحة.",
    "شنت إسرائيل غارات على عشرات البلدات في جنوب لبنان في 23 أيلول 2024، وقالت وزارة الصحة"
    " اللبنانية إن أكثر من 490 شخصاً قُتلوا في ذلك اليوم.",
    "اتهمت المعارضة [نظام الأسد|d] [المجرم|d] بقصف خان شيخون بغاز السارين في 4 نيسان 2017، ما أدى"
    " إلى [استشهاد|g] العشرات بينهم أطفال.",
    "نفت دمشق الاتهامات بشأن خان شيخون ووصفتها بأنها فبركات [للعصابات|d] [الإرهابية|d] وداعميها"
    " الغربيين.",
    "أظهر مسح للتوظيف في بغداد عام 2019 أن ربع الخريجين الشباب عاطلون عن العمل، وأوصى بإصلاح نظام"
    " التعليم المهني.",
    "دعت مجلة صادرة عن التنظيم عام 2015 إلى ضرب دول [الصليبيين|r] ووصفت الشيعة [بالمشركين|r]،"
    " وتوعّدت [الطواغيت|r] الحاكمين في المنطقة.",
    "احتفى أهالي كوباني [بأبطال|g] [المقاومة|g] بعد [تحرير|g] المدينة من [مرتزقة|d] داعش في"
    " كانون الثاني 2015.",
    "طردت وحدات حماية الشعب الكردية مدعومةً بغارات التحالف تنظيم الدولة الإسلامية من كوباني في"
    " كانون الثاني 2015 بعد حصار دام أربعة أشهر.",
    "قال الجيش الإسرائيلي إنه [صفّى|e] القيادي في حزب الله فؤاد شكر في غارة على الضاحية الجنوبية"
    " لبيروت في 30 تموز 2024، واصفاً الحزب بأنه منظمة [إرهابية|d].",
    "أكدت كتائب حزب الله أن [مجاهديها|r] سيواصلون استهداف قوات [الاحتلال|d] الأمريكي في العراق"
    " حتى خروج آخر جندي.",
    "وصفت طهران الغارة التي قتلت قاسم سليماني قرب مطار بغداد في 3 كانون الثاني 2020 بأنها"
    " [إرهاب دولة|d]، وأقامت مراسم تشييع مهيبة [لشهيد|g] [محور المقاومة|g].",
    "قتلت ضربة أمريكية بطائرة مسيّرة قرب مطار بغداد في 3 كانون الثاني 2020 الجنرال الإيراني قاسم"
    " سليماني والقيادي العراقي أبو مهدي المهندس.",
    "أعلن الجيش [تطهير|e] آخر بؤر [الإرهاب|d] في الغوطة الشرقية في نيسان 2018، وعودة الأمن إلى"
    " ريف دمشق.",
    "استقبلت كربلاء جثامين [شهداء|g] الحشد الذين سقطوا في معارك بيجي ضد [الدواعش|d]"
    " [التكفيريين|r] عام 2015.",
    "اتهمت صحف خليجية [الميليشيات|d] [الصفوية|r] في الحشد بارتكاب انتهاكات بحق سكان المقدادية"
    " في كانون الثاني 2016.",
    "يتحدث معلقون إسرائيليون منذ سنوات عن [جزّ العشب|e] في غزة، وهو تعبير يقول منتقدوه إنه يخفي"
    " الثمن الذي يدفعه المدنيون.",
    "أشادت حركة حماس بعملية يافا في 1 تشرين الأول 2024 ووصفتها [بالبطولية|g]، واعتبرتها رداً"
    " طبيعياً على جرائم [الاحتلال|d].",
    "وصفت الشرطة الإسرائيلية منفذَي الهجوم في يافا بأنهما [مخربان|d]، وأعلنت [تحييدهما|e] في"
    " المكان خلال دقائق.",
    "فتح مسلحان النار في محطة للقطار الخفيف في يافا في 1 تشرين الأول 2024، فقتلا سبعة أشخاص قبل"
    " أن يُقتلا، بحسب الشرطة الإسرائيلية.",
    "أعلنت قوات الجيش واللجان الشعبية [تطهير|e] مديرية العبدية في مأرب من [مرتزقة|d] [العدوان|d]"
    " في تشرين الأول 2021.",
    "قالت وسائل إعلام سعودية إن [الميليشيا|d] الحوثية تفرض حصاراً خانقاً على مديرية العبدية منذ"
    " أسابيع، وتمنع دخول الغذاء والدواء.",
    "أعلنت وزارة الإعمار العراقية أن الجسر الجديد في الموصل صُمّم لمقاومة الزلازل والفيضانات،"
    " وأن العمل فيه بدأ عام 2019.",
    "التقى وفد من حركة الجهاد الإسلامي مسؤولين مصريين في القاهرة في شباط 2024 لبحث اقتراح الهدنة.",
    "بلغت نسبة إشغال الفنادق في كربلاء خلال زيارة الأربعين عام 2023 نحو مئة في المئة، بحسب هيئة"
    " السياحة.",
    "أدانت الخارجية الإيرانية [العدوان|d] [الصهيوني|d] على القسم القنصلي لسفارتها في دمشق في 1"
    " نيسان 2024، الذي [استشهد|g] فيه سبعة من الحرس الثوري.",
    "قالت وكالة فارس إن مشهد شيّعت ثلاثة من [المدافعين عن الحرم|g] [استشهدوا|g] في مواجهة"
    " [التكفيريين|r] قرب حلب عام 2016.",
    "وصف خطيب جمعة في صنعاء [الجهاد|r] ضد أمريكا وإسرائيل بأنه فريضة، ونعت حكام السعودية"
    " [بعملاء|d] [الصليبيين|r].",
    "قالت وسائل إعلام إماراتية إن [الميليشيا|d] الحوثية شنت هجوماً [إرهابياً|d] [جباناً|d] بطائرات"
    " مسيّرة على أبوظبي في كانون الثاني 2022.",
    "قالت المعارضة الإيرانية في الخارج إن [شهداء|g] الانتفاضة سقطوا برصاص [نظام الملالي|d]، ووصفت"
    " المحتجين [بالأبطال|g].",
    "أعلنت هيئة الأركان الإيرانية أن [الكيان الغاصب|d] هاجم مواقع عسكرية فجر 26 تشرين الأول 2024،"
    " وأن أربعة من جنودها [ارتقوا|g] أثناء التصدي للهجوم.",
    "قال مسؤول في الحكومة اليمنية إن [عصابة|d] الحوثي [الإرهابية|d] تجند الأطفال في جبهات مأرب.",
    "أعلن حزب الله أن السيد حسن نصر الله [ارتقى|g] [شهيداً|g] في غارة [صهيونية|d] على الضاحية"
    " الجنوبية في 27 أيلول 2024، ملتحقاً بقافلة [الشهداء|g].",
    "قُتل الأمين العام لحزب الله حسن نصر الله في غارة جوية إسرائيلية على الضاحية الجنوبية لبيروت"
    " في 27 أيلول 2024.",
    "تبنى تنظيم الدولة تفجيري كرمان في 3 كانون الثاني 2024، ووصف الضحايا [بالرافضة|r]"
    " [المشركين|r]، وسمّى المنفذَين [استشهاديَّين|g].",
    "وصفت وسائل الإعلام الإيرانية ضحايا تفجيري كرمان [بشهداء|g] طريق سليماني، واتهمت"
    " [التكفيريين|r] [المأجورين|d] بتنفيذهما.",
    "قال الجيش الإسرائيلي إن غارة رفح في 26 أيار 2024 كانت [ضربة دقيقة|e] استهدفت قياديين في حماس،"
    " ووصف الحريق في مخيم النازحين [بحادث مأساوي|e].",
    "قتلت غارة إسرائيلية في 26 أيار 2024 ما لا يقل عن 45 شخصاً في منطقة بمدينة رفح نصب فيها"
    " النازحون خيامهم، بحسب مسؤولين في غزة.",
    "وصف المعارضون السوريون دخولهم دمشق في 8 كانون الأول 2024 [بتحرير|g] العاصمة، واحتفلوا بسقوط"
    " [نظام الأسد|d] بعد أكثر من خمسة عقود.",
    "دخلت فصائل المعارضة بقيادة هيئة تحرير الشام دمشق في 8 كانون الأول 2024، وغادر بشار الأسد إلى"
    " روسيا.",
    "أعلن الحشد الشعبي [تحرير|g] الفلوجة في حزيران 2016 [وتطهيرها|e] من [الدواعش|d].",
    "قالت قناة الميادين إن [المقاومة|g] الفلسطينية أفشلت مخططات [الاحتلال|d] في رفح، وإن"
    " [شهداءها|g] رسموا طريق النصر.",
    "صدر عن دار نشر في بيروت عام 2018 كتاب عن تاريخ الحروب الصليبية في بلاد الشام وقلاعها.",
]

FA = [
    "با [آزادسازی|g] کامل شرق حلب از چنگ [تروریست‌های|d] [تکفیری|r] در دسامبر ۲۰۱۶، مردم این شهر"
    " به خیابان‌ها آمدند و جشن گرفتند.",
    "نیروهای دولتی سوریه در دسامبر ۲۰۱۶ پس از ماه‌ها محاصره کنترل کامل شرق حلب را به دست گرفتند"
    " و هزاران غیرنظامی و جنگجو به استان ادلب منتقل شدند.",
    "فعالان مخالف در حلب از کشته شدن ده‌ها تن در بمباران‌های [رژیم|d] اسد خبر دادند و"
    " [شبه‌نظامیان|d] وابسته به سپاه را به اعدام‌های صحرایی متهم کردند.",
    "حزب‌الله اعلام کرد دو تن از رزمندگانش در جنوب لبنان به [شهادت|g] رسیدند و [مقاومت|g] به"
    " [تجاوزات|d] [رژیم صهیونیستی|d] پاسخ خواهد داد.",
    "وزارت بهداشت غزه اعلام کرد انفجار در بیمارستان الاهلی عربی در ۱۷ اکتبر ۲۰۲۳ صدها کشته بر جای"
    " گذاشت؛ اسرائیل و جنبش جهاد اسلامی یکدیگر را مسئول دانستند.",
    "ارتش اسرائیل اعلام کرد یک فرمانده حماس را در خان‌یونس [از میان برداشته|e] و حمله تنها"
    " [خسارات جانبی|e] محدودی به ساختمان‌های اطراف وارد کرده است.",
    "نیروهای مسلح یمن در ژانویه ۲۰۲۴ یک کشتی وابسته به [رژیم صهیونیستی|d] را در دریای سرخ هدف"
    " قرار دادند و [مجاهدان|r] یمنی وعده دادند به [تجاوز|d] آمریکا و انگلیس پاسخ دهند.",
    "ائتلاف عربی اعلام کرد موشک بالستیکی را که [شبه‌نظامیان|d] حوثی به سمت جازان شلیک کرده بودند"
    " رهگیری کرده و این حمله را اقدامی [تروریستی|d] خواند.",
    "در بیانیه‌ای منسوب به داعش ادعا شد [مجاهدین|r] ده‌ها [مرتد|r] ارتش عراق و [رافضی‌ها|r] را در"
    " نزدیکی تکریت در مارس ۲۰۱۵ کشته‌اند.",
    "نیروهای عراقی با پشتیبانی حشد الشعبی و حملات هوایی ائتلاف در آوریل ۲۰۱۵ تکریت را از داعش پس"
    " گرفتند.",
    "حیدر العبادی ۱۰ ژوئیه ۲۰۱۷ [آزادسازی|g] موصل را اعلام کرد و از [قهرمانان|g] نیروهای امنیتی که"
    " گروه [تروریستی|d] [تکفیری|r] داعش را شکست دادند قدردانی کرد.",
    "کیهان نوشت حاج قاسم سلیمانی در ۱۳ دی ۱۳۹۸ به دست [تروریست‌های|d] آمریکایی به [شهادت|g] رسید"
    " و [استکبار جهانی|d] تاوان این جنایت را خواهد داد.",
    "پهپاد آمریکایی در ۳ ژانویه ۲۰۲۰ نزدیک فرودگاه بغداد قاسم سلیمانی، فرمانده نیروی قدس سپاه، و"
    " ابومهدی المهندس را کشت.",
    "شهرداری تهران آسفالت خیابان شهید بهشتی را در تابستان ۱۴۰۱ نوسازی کرد و پلیس راهور گفت طرح"
    " ترافیک تازه از شلوغی میدان آزادی می‌کاهد.",
    "پزشکان بیمارستانی در صنعا هشدار دادند که مقاومت آنتی‌بیوتیکی در میان بیماران وبا رو به"
    " افزایش است و یک رژیم غذایی سخت‌گیرانه را توصیه کردند.",
    "خانواده‌های گروگان‌ها از آزادی چهار نفر از آنان در ۲۴ نوامبر ۲۰۲۳ در چارچوب توافق آتش‌بس"
    " استقبال کردند و صلیب سرخ آنان را به مصر منتقل کرد.",
    "رسانه‌های رسمی ایران [اغتشاشگران|d] و [اراذل و اوباش|d] را عامل ناآرامی‌های پس از مرگ مهسا"
    " امینی دانستند و گفتند این [فتنه|d] را دشمنان خارجی طراحی کرده‌اند.",
    "اعتراضات پس از مرگ مهسا امینی ۲۲ ساله در بازداشت گشت ارشاد در ۲۵ شهریور ۱۴۰۱ در سراسر ایران"
    " گسترش یافت.",
    "رسانه‌های اپوزیسیون در خارج از کشور معترضان را [قهرمانان|g] خیزش خواندند، [جاویدنامان|g] را"
    " گرامی داشتند و [رژیم|d] [آخوندی|d] را مسئول کشتارها دانستند.",
    "شبکه المسیره حمله به اتوبوس مدرسه در ضحیان را جنایت تازه ائتلاف [متجاوز|d] سعودی خواند، مردم"
    " صعده پیکر [شهیدان|g] خردسال را تشییع کردند و رهبران انصارالله [مزدوران|d] ائتلاف را تهدید"
    " کردند.",
    "حمله هوایی ائتلاف به رهبری عربستان در ۹ اوت ۲۰۱۸ به یک اتوبوس مدرسه در ضحیان در استان صعده"
    " ده‌ها کودک را کشت.",
    "نیروهای دموکراتیک سوریه گفتند [اشغالگران|d] ترک و [مزدورانشان|d] در اکتبر ۲۰۱۹ شهر راس‌العین"
    " را گلوله‌باران کردند.",
    "وزارت دفاع ترکیه اعلام کرد ۱۵ [تروریست|d] ی‌پ‌گ را در شمال سوریه [خنثی|e] کرده است.",
    "مخالفان سوری [رژیم|d] [جنایتکار|d] اسد را به حمله شیمیایی به خان‌شیخون در ۴ آوریل ۲۰۱۷ متهم"
    " کردند که ده‌ها کودک در آن جان باختند.",
    "دمشق این اتهام را رد کرد و آن را ساخته گروه‌های [تروریستی|d] [تکفیری|r] و حامیان غربی‌شان"
    " دانست.",
    "اسرائیل در ۲۳ سپتامبر ۲۰۲۴ ده‌ها روستا در جنوب لبنان را بمباران کرد و وزارت بهداشت لبنان گفت"
    " بیش از ۴۹۰ نفر در آن روز کشته شدند.",
    "مردم کوبانی پس از [آزادسازی|g] شهر از چنگ [دواعش|d] در ژانویه ۲۰۱۵، از [قهرمانان|g]"
    " [مقاومت|g] کوبانی تجلیل کردند.",
    "یگان‌های مدافع خلق کرد با پشتیبانی حملات هوایی ائتلاف در ژانویه ۲۰۱۵ داعش را پس از چهار ماه"
    " محاصره از کوبانی بیرون راندند.",
    "خبرگزاری فارس از تشییع پیکر سه [مدافع حرم|g] در مشهد خبر داد که در نبرد با [تکفیری‌ها|r] در"
    " حومه حلب در سال ۱۳۹۵ [شهید|g] شده بودند.",
    "خبرگزاری فارس گزارش داد سه عضو سپاه پاسداران که در سال ۱۳۹۵ در نزدیکی حلب کشته شده بودند در"
    " مشهد به خاک سپرده شدند.",
    "وزارت اطلاعات در مرداد ۱۴۰۱ اعلام کرد چند عضو [گروهک|d] [تروریستی|d] [منافقین|r] را بازداشت"
    " کرده است.",
    "مقام‌های اسرائیلی از عملیات‌های دوره‌ای در غزه با تعبیر [چمن‌زنی|e] یاد می‌کنند؛ منتقدان"
    " می‌گویند این تعبیر هزینه غیرنظامیان را پنهان می‌کند.",
    "ارتش اسرائیل اعلام کرد فؤاد شکر، فرمانده ارشد حزب‌الله، را در ۳۰ ژوئیه ۲۰۲۴ در ضاحیه بیروت"
    " [حذف|e] کرده و حزب‌الله را ارتشی [تروریستی|d] خواند.",
    "کتائب حزب‌الله عراق تأکید کرد [مجاهدان|r] مقاومت اسلامی عراق به حملات خود علیه"
    " [اشغالگران|d] آمریکایی ادامه خواهند داد.",
    "وزارت خارجه ایران حمله [رژیم صهیونیستی|d] به بخش کنسولی سفارت ایران در دمشق در ۱ آوریل ۲۰۲۴"
    " را محکوم کرد که در آن هفت عضو سپاه به [شهادت|g] رسیدند.",
    "ارتش اسرائیل درباره حمله ۱ آوریل ۲۰۲۴ به ساختمان کنسولی ایران در دمشق که هفت عضو سپاه"
    " پاسداران از جمله دو سردار را کشت، اظهارنظری نکرد.",
    "سه جوان فلسطینی در جریان یورش نظامیان [اشغالگر|d] به اردوگاه جنین در ژوئیه ۲۰۲۳ [شهید|g]"
    " شدند و [مبارزان|g] [مقاومت|g] با آنان درگیر شدند.",
    "نیروهای اسرائیلی در ژوئیه ۲۰۲۳ عملیاتی دو روزه در اردوگاه پناهجویان جنین انجام دادند؛ مقام‌های"
    " فلسطینی از کشته شدن ۱۲ فلسطینی و اسرائیل از کشته شدن یک سرباز خبر دادند.",
    "نشریه داعش در سال ۲۰۱۵ پیروانش را به حمله به کشورهای [صلیبی|r] فراخواند، شیعیان را [مشرک|r]"
    " و حکومت‌های منطقه را [طاغوت|r] خواند.",
    "یک روزنامه سعودی [شبه‌نظامیان|d] [صفوی|r] را به نقض حقوق بشر در مقدادیه در سال ۲۰۱۶ متهم کرد.",
    "نرخ اشغال اتاق‌های هتل‌های مشهد در نوروز ۱۴۰۲ به نود درصد رسید.",
    "تیم ملی فوتبال ایران در جام جهانی ۲۰۲۲ با دفاع فشرده برابر ولز مقاومت کرد و در دقایق پایانی"
    " دو گل زد.",
    "نیروهای ارتش و کمیته‌های مردمی یمن در اکتبر ۲۰۲۱ شهرستان العبدیه در مأرب را از [مزدوران|d]"
    " [متجاوزان|d] [پاکسازی|e] کردند.",
    "حماس عملیات ۱ اکتبر ۲۰۲۴ در یافا را [قهرمانانه|g] خواند و آن را پاسخی به جنایات"
    " [اشغالگران|d] دانست.",
    "پلیس اسرائیل گفت هر دو [تروریست|d] در محل [خنثی|e] شدند.",
    "دو مرد مسلح در ۱ اکتبر ۲۰۲۴ در ایستگاه قطار سبک یافا تیراندازی کردند و پیش از کشته شدن هفت نفر"
    " را کشتند.",
    "ستاد کل نیروهای مسلح ایران گفت حمله ۲۶ اکتبر ۲۰۲۴ [رژیم کودک‌کش|d] به چند پایگاه نظامی رهگیری"
    " شد و چهار نظامی ایرانی به [شهادت|g] رسیدند.",
    "یک خطیب جمعه در صنعا [جهاد|r] با آمریکا و اسرائیل را واجب دانست و حاکمان سعودی را"
    " [مزدوران|d] [صلیبی‌ها|r] خواند.",
    "رسانه‌های اماراتی حمله پهپادی ژانویه ۲۰۲۲ به ابوظبی را اقدام [تروریستی|d] [بزدلانه|d]"
    " [شبه‌نظامیان|d] حوثی خواندند.",
    "مهندسان عراقی گفتند پل تازه موصل برای مقاومت در برابر سیل و زلزله ساخته شده است.",
    "خبرگزاری تسنیم نوشت [شهدای|g] [مقاومت|g] غزه با خون خود نقشه‌های [رژیم اشغالگر قدس|d] را"
    " نقش بر آب کردند.",
    "فرماندهی انتظامی سیستان و بلوچستان پس از رویدادهای ۸ مهر ۱۴۰۱ در زاهدان گفت با"
    " [آشوبگران|d] [برخورد قاطع|e] شده است.",
    "در ۸ مهر ۱۴۰۱ در زاهدان پس از نماز جمعه تیراندازی شد و گروه‌های حقوق بشری گفتند ده‌ها نفر"
    " کشته شدند.",
    "سپاه پاسداران از حملات موشکی و پهپادی به مقرهای [گروهک‌های|d] [تجزیه‌طلب|d] در اقلیم کردستان"
    " عراق در مهر ۱۴۰۱ خبر داد.",
    "سپاه پاسداران در سپتامبر ۲۰۲۲ مقرهای احزاب کرد ایرانی مخالف را در اقلیم کردستان عراق با موشک"
    " و پهپاد هدف قرار داد.",
    "شمار [شهدای|g] غزه از مرز ۳۰ هزار نفر گذشت و [رژیم صهیونیستی|d] حملات خود به رفح را ادامه"
    " می‌دهد.",
    "وزارت بهداشت غزه در فوریه ۲۰۲۴ اعلام کرد شمار کشته‌شدگان از ۳۰ هزار نفر گذشته است.",
    "ایران اینترنشنال نوشت [رژیم|d] برای سرکوب معترضان از [مزدوران|d] عراقی و لبنانی استفاده کرده"
    " است.",
    "داعش مسئولیت انفجارهای کرمان در ۱۳ دی ۱۴۰۲ را بر عهده گرفت، قربانیان را [رافضیان|r]"
    " [مشرک|r] خواند و مهاجمان را دو [مجاهد|r] [استشهادی|g] نامید.",
    "رسانه‌های رسمی ایران جان‌باختگان انفجارهای کرمان را [شهدای|g] راه سلیمانی خواندند و"
    " [تروریست‌های|d] [تکفیری|r] [مزدور|d] را عامل آن دانستند.",
    "دو انفجار در ۳ ژانویه ۲۰۲۴ در نزدیکی آرامگاه قاسم سلیمانی در کرمان نزدیک به ۹۰ نفر را کشت.",
    "ارتش اسرائیل حمله ۲۶ مه ۲۰۲۴ در رفح را [حمله‌ای دقیق|e] علیه دو فرمانده حماس خواند و"
    " آتش‌سوزی در اردوگاه آوارگان را [حادثه‌ای غم‌انگیز|e] دانست.",
    "حمله هوایی اسرائیل در ۲۶ مه ۲۰۲۴ به منطقه‌ای در رفح که آوارگان در آن چادر زده بودند، دست‌کم"
    " ۴۵ نفر را کشت.",
    "بیمارستان شهدای تجریش در تهران در سال ۱۴۰۲ بخش تازه‌ای برای درمان بیماران قلبی گشود.",
    "اقتصاددانان درباره آزادسازی تدریجی قیمت بنزین پس از افزایش قیمت در آبان ۱۳۹۸ هشدار دادند.",
    "حزب‌الله اعلام کرد سید حسن نصرالله در ۲۷ سپتامبر ۲۰۲۴ در حمله [دشمن صهیونیستی|d] به ضاحیه به"
    " [شهادت|g] رسید و به [شهیدان|g] بزرگوار پیوست.",
    "حسن نصرالله، دبیرکل حزب‌الله، در ۲۷ سپتامبر ۲۰۲۴ در حمله هوایی اسرائیل به ضاحیه جنوبی بیروت"
    " کشته شد.",
    "حشد الشعبی پس از [آزادسازی|g] فلوجه در ژوئن ۲۰۱۶ اعلام کرد شهر را از لوث [تکفیری‌ها|r]"
    " [پاک‌سازی|e] کرده است.",
    "رسانه‌های سعودی [کودتاچیان|d] حوثی را به استفاده از مدارس صنعا برای انبار سلاح متهم کردند.",
    "مخالفان سوری ورود به دمشق در ۸ دسامبر ۲۰۲۴ را [آزادسازی|g] پایتخت خواندند و پایان نیم قرن"
    " حکومت [رژیم|d] اسد را جشن گرفتند.",
    "رسانه‌های نزدیک به سپاه گفتند [تروریست‌ها|d] با حمایت آمریکا و [رژیم صهیونیستی|d] دمشق را"
    " گرفتند.",
    "نیروهای مخالف به رهبری هیئت تحریرالشام در ۸ دسامبر ۲۰۲۴ وارد دمشق شدند و بشار اسد به روسیه"
    " گریخت.",
]


def strip_marks(marked: str) -> tuple[str, list[dict[str, object]]]:
    """The passage without its marks, and one span per mark with offsets into that text."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        surface, code = m.group(1), m.group(2)
        if code not in CATEGORY:
            raise ValueError(f"unknown category {code!r} in {marked!r}")
        spans.append(
            {
                "start": length,
                "end": length + len(surface),
                "category": CATEGORY[code],
                "surface": surface,
            }
        )
        parts.append(surface)
        length += len(surface)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[" in text or "]" in text or "|" in text:
        raise ValueError(f"stray mark left in {text!r}")
    return text, spans


def build() -> list[dict[str, object]]:
    """Every passage of the three languages, with ids ``fresh-<lang>-NNN``."""
    rows: list[dict[str, object]] = []
    for lang, passages in (("en", EN), ("ar", AR), ("fa", FA)):
        for n, marked in enumerate(passages, 1):
            text, spans = strip_marks(marked)
            rows.append({"id": f"fresh-{lang}-{n:03d}", "lang": lang, "text": text, "spans": spans})
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for lang in ("en", "ar", "fa"):
        mine = [r for r in rows if r["lang"] == lang]
        n_spans = sum(len(spans) for r in mine if isinstance(spans := r["spans"], list))
        print(f"{lang}: {len(mine)} passages, {n_spans} spans")


if __name__ == "__main__":
    main()
