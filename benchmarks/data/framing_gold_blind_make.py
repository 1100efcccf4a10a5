"""Write ``framing_gold_blind.jsonl``: a blind held-out gold set for loaded-term detection
in English, Arabic and Persian news text (issue #12: naming-choice precision per language).

The passages are our own wording (CC0, written for this set), told the way outlets of
different alignments report real events of 2011-2024 (Aleppo, Mosul, Al-Bukamal, Raqqa,
Ghouta, Deir ez-Zor, Idlib, Yemen, Gaza, Lebanon, the killing of Qassem Soleimani, the
Beirut port blast, Iranian and Iraqi protests): Syrian state media, the Syrian opposition,
Iranian state media, Gulf, Saudi and Houthi outlets, Iraqi outlets, Israeli and Palestinian
outlets, Western wires. Names, places and dates are public record; no sentence is copied.

The set was written blind: without reading the framing lexicon, its README, its matcher,
its evaluation script or any earlier framing gold set, and no matcher or Rashomon code was
run on these passages while writing them. It therefore measures how the lexicon carries
over to wording it was not built from. Measure only: never tune the lexicon, the matcher
or a threshold on these passages.

Each passage is written once with inline marks ``[surface|c]``, where ``c`` is the
category of the loaded term: ``g`` glorifying (martyr, liberated, heroes, the Resistance),
``d`` delegitimising (terrorists, regime, militias, occupation, Daesh in English),
``e`` euphemism (collateral damage, neutralised, relocation for expulsion) and ``r``
religious framing of a political or military act (crusaders, infidels, rafidah, apostates,
jihad as a call to fight). A span is the whole written word with its attached clitics and
suffixes (``[والإرهابيين|d]``, ``[تروریست‌های|d]``), or the whole phrase where the phrase
is the term (``[collateral damage|e]``, ``[مدافعان حرم|g]``). About a third of the
passages are plain reporting or full of plain senses of ambiguous words (Martyrs' Square,
the Red Cross, a diet regime, a bridge's resistance to floods, a hostage's release, a
counter-terrorism office, a word quoted as a word, ISIS and داعش as ordinary names,
rebels, fighters): those words are left unmarked and are the traps.

In the Persian passages ``~`` stands for the zero-width non-joiner (U+200C), so the source
stays readable; the script puts the real character back before it finds the marks. It also
checks that Persian uses the Persian letters ی and ک, that every span's text equals its
surface and that each span starts and ends on a word boundary.

Run ``.venv/bin/python benchmarks/data/framing_gold_blind_make.py`` to rebuild the file;
it writes each passage as ``{id, lang, text, spans: [{start, end, category, surface}]}``
with offsets in code points of ``text``, ids ``blind-<lang>-NNN``, and prints the counts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("framing_gold_blind.jsonl")

EN: list[str] = [
    # Syria: Aleppo, 2016
    "Units of the Syrian Arab Army [liberated|g] the last districts of eastern Aleppo on "
    "Thursday after crushing the remaining [terrorists|d], state television said, as families "
    "returned to Sheikh Saeed and Bustan al-Qasr.",
    "Activists in the besieged pocket said [regime|d] troops and Iranian-backed [militias|d] "
    "had shot civilians in their homes, and that the [martyrs|g] of the day could not be buried "
    "because of the shelling.",
    "Syrian government forces and their allies took full control of eastern Aleppo in December "
    "2016, ending four years of rebel rule there. Tens of thousands of civilians and fighters "
    "left on green buses for the western countryside and Idlib.",
    "Mourners in Mashhad carried the coffins of three [defenders of the shrine|g] who fell "
    "south of Aleppo, hailing the [martyrs|g] as the [heroes|g] of the [Resistance|g].",
    "An opposition channel accused Damascus of handing the city to Russian and Afghan "
    "[mercenaries|d] and called the army's entry a sectarian revenge.",
    # Iraq: Mosul, 2016-2017
    "Prime Minister Haider al-Abadi announced the [liberation|g] of Mosul from [Daesh|d] on 10 "
    "July 2017, three years after the group seized Iraq's second city.",
    "Iraqi troops, backed by US-led coalition air strikes, retook the Old City of Mosul in July "
    "2017 after nine months of fighting; Islamic State had blown up the al-Nuri mosque weeks "
    "earlier.",
    "A coalition spokesman called the 17 March strike in Mosul al-Jadida, after which rescuers "
    "pulled more than a hundred bodies from the rubble, an [incident|e] under review, and said "
    "some [collateral damage|e] was unavoidable in dense streets.",
    "Iraqi state television showed the [heroes|g] of the Counter-Terrorism Service raising the "
    "flag over the ruins, and said the [Daesh|d] [gangs|d] had used families as shields.",
    "The Counter-Terrorism Service, an elite Iraqi unit trained by the United States, led the "
    "assault on western Mosul.",
    # Syria: Raqqa, Al-Bukamal, Deir ez-Zor, 2017
    "The Syrian Democratic Forces said on 17 October 2017 that Raqqa had been [liberated|g], "
    "after the last ISIS fighters surrendered or were killed around the municipal stadium.",
    "Damascus called the destruction of Raqqa a crime of the American [occupation|d] and "
    "described the Kurdish-led force as a [puppet|d] of Washington.",
    "Tasnim said fighters of the [Resistance|g] front and the Syrian army [liberated|g] "
    "Al-Bukamal, the last urban stronghold of the [takfiri|d] [terrorists|d], under the field "
    "command of General Qassem Soleimani.",
    "Syrian troops, supported by Iraqi and Lebanese allied fighters, captured Al-Bukamal on the "
    "Iraqi border in November 2017, a war monitor said.",
    "The Syrian army broke the three-year siege of Deir ez-Zor in September 2017, joining up "
    "with a garrison that Islamic State had surrounded since 2014.",
    "SANA said the [heroic|g] garrison of Deir ez-Zor airport had held out against the [Daesh|d] "
    "[terrorists|d] until the [liberation|g] forces broke through.",
    "Moscow said the coalition strike on Jabal Tharda in September 2016, which killed dozens of "
    "Syrian soldiers, showed that Washington was shielding [terrorists|d]; the Pentagon called "
    "it an unintentional [incident|e].",
    # Syria: Ghouta, Douma, Daraa, 2018
    "State media said army units went on [purging|e] Eastern Ghouta of [terrorism|d], and that the "
    "[relocation|e] of gunmen and their families from Douma to Jarablus had been completed.",
    "Opposition medics in Douma said [regime|d] and Russian warplanes struck the last hospital, "
    "and that Assad's [shabiha|d] looted homes in Misraba.",
    "Rescuers and doctors said dozens of people died in Douma on 7 April 2018 in a suspected "
    "chlorine attack; the Syrian government denied using chemical weapons.",
    "The Russian defence ministry praised the [pacification|e] of southern Syria after the "
    "Daraa deals of July 2018, under which rebels handed over heavy weapons.",
    "Rebel commanders in Daraa said they had been forced to accept Russian terms, and that many "
    "fighters chose to leave for the north rather than join the army.",
    # Idlib, Turkey, Kurds
    "The General Command said its forces [liberated|g] Maarat al-Numan and [cleansed|e] it of "
    "[terrorist|d] groups backed by the Turkish [occupation|d].",
    "Turkey's defence ministry said 33 of its soldiers were killed in an air strike near Balyun "
    "in Idlib province in February 2020.",
    "Ankara said its troops had [neutralised|e] 57 [terrorists|d] of the PKK/YPG in the previous "
    "day of Operation Olive Branch.",
    "A Kurdish news agency praised the [heroes|g] of Kobani and the [martyrs|g] of the YPG, and "
    "called the Turkish-backed factions [mercenaries|d].",
    "Hayat Tahrir al-Sham, the dominant rebel group in Idlib, said its fighters had repelled an "
    "advance near Kafranbel.",
    # Yemen
    "Al-Masirah said the army and the popular committees repelled an attack by the [mercenaries|d] "
    "of the Saudi-American [aggression|d] in the Nehm district east of Sanaa.",
    "The coalition said air defences intercepted a ballistic missile fired by the Iran-backed "
    "Houthi [militia|d] toward Jazan, and that the [terrorist|d] [militia|d] targets civilians.",
    "A coalition air strike hit a bus carrying schoolchildren in Dahyan, Saada province, on 9 "
    "August 2018, killing dozens of children, according to the ICRC.",
    "The coalition's Joint Incidents Assessment Team later said the strike on the Dahyan bus "
    "had not been justified and that those responsible would be held to account.",
    "The Houthis, who call themselves Ansar Allah, seized Sanaa in September 2014, and the "
    "Saudi-led coalition entered the war in March 2015.",
    "A Saudi daily called the attack on Abqaiq a crime of the [Khomeinist|d] [regime|d] and its "
    "Houthi proxies.",
    # Soleimani, Iran
    "Millions thronged Ahvaz, Mashhad and Tehran to mourn the [martyred|g] commander, and "
    "speakers vowed hard revenge on the [Great Satan|d].",
    "President Trump said the United States had killed the world's number one [terrorist|d] in "
    "a drone strike near Baghdad airport on 3 January 2020.",
    "Qassem Soleimani, head of the Quds Force, and Abu Mahdi al-Muhandis, deputy head of Iraq's "
    "Popular Mobilisation Forces, were killed by a US drone strike on 3 January 2020.",
    "Iranian state television said the missile strikes on Ain al-Asad on 8 January were a first "
    "slap to the [arrogant|d] powers, and that the blood of the [martyr|g] would not go "
    "unanswered.",
    "Iran fired missiles at the Ain al-Asad base in western Iraq on 8 January 2020; the Pentagon "
    "later said more than a hundred US troops suffered brain injuries.",
    # Gaza, Israel, Lebanon
    "The army said its troops [neutralised|e] two [terrorists|d] who approached the security "
    "fence in the southern Gaza Strip.",
    "Three young men were [martyred|g] by [occupation|d] gunfire east of Khan Younis during the "
    "Great March of Return, the local news agency said.",
    "Gaza's health ministry said Israeli troops shot dead three Palestinians near the border "
    "fence east of Khan Younis on Friday.",
    "Israeli officials described the strike on the Rafah apartment as a [surgical strike|e] on a "
    "Hamas commander, while residents said an entire family was killed.",
    "A Palestinian outlet said the [Zionist enemy|d] had committed a new massacre in Jabalia, and "
    "saluted the [heroes|g] of the [Resistance|g] who ambushed the [occupiers|d].",
    "Gazans who gathered for flour near the Nabulsi roundabout on 29 February 2024 came under "
    "fire; the Israeli army called it a stampede [incident|e].",
    "Hezbollah announced that one of its fighters had fallen as a [martyr|g] on the road to "
    "Jerusalem, its television station said.",
    "An Israeli news site said the [terrorist|d] organisation Hezbollah fired dozens of rockets "
    "at the Galilee after the killing of one of its commanders.",
    "A minister floated the [voluntary relocation|e] of Gaza's residents to third countries, a "
    "plan Palestinian leaders called a new Nakba.",
    "Iranian media said the blood of [martyr|g] Ismail Haniyeh, assassinated in Tehran, would "
    "hasten the end of the [Zionist|d] [regime|d].",
    # Jihadist statements
    "An Amaq statement claimed the attack, saying the [mujahideen|g] had killed dozens of "
    "[rafidah|r] and [apostates|r], and vowed to fight the [crusaders|r] until the Hour.",
    "The recording urged young men to [jihad|r] against the [infidels|r] and their Arab "
    "[tawaghit|r], and promised paradise to those who fell.",
    "The group's weekly newsletter called the Iraqi army the [Safavid|r] army and described its "
    "soldiers as [apostate|r] [militias|d].",
    # Gulf on Iran and Iraq
    "A Gulf channel said the Iranian [regime|d] and its sectarian [militias|d] in Iraq had turned "
    "Tikrit into a field of revenge after retaking it in April 2015.",
    "The Popular Mobilisation Forces and the army retook Tikrit from Islamic State in early April "
    "2015, after a month-long offensive.",
    "Protesters in Baghdad's Tahrir Square accused armed [militias|d] loyal to Tehran of killing "
    "their friends with sniper fire in October 2019.",
    "Iranian state television said [thugs|d] and [rioters|d] guided by foreign services had set "
    "banks on fire, and called the protests a [sedition|d].",
    "Protests spread across Iran after the death in custody of 22-year-old Mahsa Amini in "
    "September 2022; rights groups said hundreds were killed.",
    "Reports on detainees held at Abu Ghraib revealed what officials had called [enhanced "
    "interrogation|e] techniques, including forced nudity and stress positions.",
    # Plain senses and plain reporting
    "Protesters gathered in Martyrs' Square in central Beirut days after the port explosion of 4 "
    "August 2020, which killed more than 200 people.",
    "The International Committee of the Red Cross said it had delivered surgical supplies to "
    "hospitals in Hodeidah.",
    "Doctors in Gaza warned that antibiotic resistance was spreading in overcrowded wards, and "
    "that patients on a special diet regime could not get the food they needed.",
    "The new sanctions regime on Syria exempts food and medicine, the EU said, and the new "
    "Lebanese tax regime will take effect next year.",
    "Engineers said the bridge's resistance to floods had been tested after heavy rain in Idlib, "
    "and the old stone spans held firm.",
    "The hostages' release was agreed after weeks of talks, and the freed men were handed to "
    "the Red Crescent at the Rafah crossing.",
    'The BBC avoids the word "terrorist" unless it is attributed, an editor explained, and '
    "calls the groups by their names.",
    "A bomb disposal team neutralised an explosive device found near a school in Kirkuk, and "
    "police reopened the road an hour later.",
    "The relocation of the US embassy to Jerusalem in May 2018 was followed by protests at the "
    "Gaza border.",
    "Hotel occupancy in Beirut fell sharply after the blast; the owner listed his occupation as "
    "civil engineer.",
    "Iraqi police said a drug gang had been dismantled in Basra and three smugglers arrested.",
    "The national football team were welcomed home as heroes after reaching the Asian Cup "
    "quarter-finals.",
    "A minor traffic incident closed the highway between Homs and Hama for two hours.",
    "Syrian rebels and government troops exchanged fire near Saraqib, and insurgents in Iraq's "
    "Anbar province attacked an army checkpoint, officials said.",
    "Armed groups in Deir ez-Zor province clashed with the Syrian government's allies, a war "
    "monitor said, without giving casualty figures.",
    "Islamic State claimed the attack in its Amaq news agency; ISIS had lost its last territory "
    "at Baghouz in March 2019.",
    "Yazidi survivors returned to Sinjar for the anniversary of the 2014 Islamic State assault, "
    "in which thousands of women were abducted.",
    "Israel said it struck Iranian targets in Syria; Iran's foreign ministry condemned the attack "
    "on its consulate in Damascus on 1 April 2024.",
    "Iran launched more than 300 drones and missiles at Israel on 13-14 April 2024; most were "
    "intercepted, the Israeli military said.",
    "The Syrian government said the ceasefire in Idlib would hold, while Turkey sent more troops "
    "to its observation posts.",
    "A holiday crowd filled the Holy Mosque in Mecca, and the Saudi civil defence said the "
    "pilgrimage passed without serious accident.",
    "The United Nations envoy met Houthi and government negotiators in Stockholm in December 2018 "
    "and agreed a ceasefire for Hodeidah.",
    "Hezbollah leader Hassan Nasrallah was killed in an Israeli air strike on Beirut's southern "
    "suburbs on 27 September 2024.",
    "Thousands of pagers carried by Hezbollah members exploded across Lebanon on 17 September "
    "2024, killing at least a dozen people and wounding thousands.",
    "Iranian nuclear scientist Mohsen Fakhrizadeh was shot dead near Absard, east of Tehran, on 27 "
    "November 2020.",
    "A chemistry teacher in Erbil showed students how a base neutralises an acid, and the "
    "school's surgical clinic treated a sprained wrist.",
    "Traffic was diverted around Baghdad's Liberation Square, where the Freedom Monument stands, "
    "for the city marathon.",
    # More sides, more wordings
    "Al-Manar said the Islamic [Resistance|g] struck an Israeli position with guided missiles to "
    "avenge the [martyrs|g] of the southern villages.",
    "The coalition said the Iran-backed Houthi [militias|d] launched drones at Abha airport, "
    "calling it a [terrorist|d] act against civilians.",
    "Yemen's armed forces in Sanaa said they had targeted a ship linked to the [Zionist entity|d] "
    "in the Red Sea, in support of the [mujahideen|g] of Gaza.",
    "The [occupation|d] army stormed Jenin camp at dawn; two young men rose as [martyrs|g] and "
    "dozens were detained, the Palestinian agency reported.",
    "Opposition activists said [regime|d] helicopters dropped barrel bombs on Daraya while "
    "Hezbollah [militiamen|d] tightened the siege.",
    "The [heroes|g] of the Syrian Arab Army restored security to Palmyra, [liberating|g] the "
    "ancient city from [Daesh|d] for a second time in March 2017.",
    "Press TV said the [terrorist|d] American forces had assassinated the commander on Iraqi "
    "soil, and hailed his [martyrdom|g] as a turning point for the region.",
    "The Islamic [Resistance|g] in Iraq claimed drone attacks on [occupation|d] forces at Ain "
    "al-Asad and at Erbil airport.",
    "A Gulf columnist warned that the [Safavid|r] project was swallowing Baghdad, Damascus, Beirut "
    "and Sanaa.",
    "The preacher called for a [holy war|r] against the [Nusayri|r] [regime|d] and urged donors "
    "to fund the [mujahideen|g].",
    "Yemen's government forces, backed by the coalition, [liberated|g] the Red Sea port of Mokha "
    "from the Houthi [putschists|d] in February 2017.",
    "An Israeli commentator called the periodic rounds in Gaza [mowing the grass|e], and the "
    "military spoke of the [targeted killing|e] of Islamic Jihad commanders.",
    "Turkish drones [neutralized|e] four PKK [terrorists|d] in northern Iraq, the ministry said "
    "in a statement.",
    "A Kurdish outlet said the [occupying|d] Turkish army and its [mercenary|d] factions shelled "
    "villages around Tal Tamr.",
    "Armed [colonists|d] set fire to homes in Huwara, the Palestinian news agency said, under the "
    "protection of [occupation|d] soldiers.",
    "Hamas praised the [martyrdom|g] operation as a [heroic|g] answer to the crimes of the "
    "[occupation|d] in the West Bank.",
    "Iranian state radio said the [Zionist|d] [regime|d] would pay for the blood of the "
    "[martyred|g] commanders killed in Damascus.",
    "Syrian opposition sites said [regime|d] [thugs|d] beat protesters in Baniyas in April 2011.",
    "An Iraqi channel close to the factions praised the [heroic|g] Popular Mobilisation and its "
    "[martyrs|g] who fell at Jurf al-Sakhar.",
    "SANA said [terrorists|d] fired shells at the [liberated|g] neighbourhoods of Aleppo, "
    "wounding children in Hamdaniyeh.",
    "The group's newsletter called the attack a blessed raid on the [apostate|r] Saudi "
    "[tawaghit|r] and on the [atheist|r] PKK.",
    "Mourners carried the [martyrs|g] through Martyrs' Square in Beirut, chanting for the "
    "[Resistance|g].",
    "Saudi television said the [terrorist|d] Hezbollah [militia|d] had turned Lebanon into a "
    "launch pad for Iran's sectarian agenda.",
    "Russian aircraft struck [terrorist|d] hideouts in Idlib, the Russian defence ministry said, "
    "while rescuers reported civilian deaths in Ariha.",
]

AR: list[str] = [
    # سوريا: حلب 2016
    "[حررت|g] وحدات من الجيش العربي السوري أحياء حلب الشرقية كاملة بعد القضاء على آخر تجمعات "
    "[الإرهابيين|d] فيها، وسط احتفالات الأهالي في الشوارع.",
    "قالت مصادر محلية إن قوات [النظام|d] [والميليشيات|d] الإيرانية أعدمت مدنيين في حي الفردوس، "
    "وإن عدد [الشهداء|g] تجاوز الثمانين خلال يوم واحد.",
    "سيطرت القوات الحكومية السورية وحلفاؤها على الأحياء الشرقية لمدينة حلب في كانون الأول/ديسمبر "
    "2016، وغادر عشرات الآلاف من المدنيين والمقاتلين على متن حافلات خضراء نحو ريف حلب الغربي "
    "وإدلب.",
    "شيّع أهالي مشهد جثامين ثلاثة من [مدافعي الحرم|g] سقطوا في ريف حلب الجنوبي، ووصفهم الخطباء "
    "[بأبطال|g] [المقاومة|g].",
    "قالت مصادر روسية إن مركز المصالحة في قاعدة حميميم أشرف على خروج المسلحين من حلب، فيما "
    "اتهمت المعارضة موسكو بتسليم المدينة [لمرتزقة|d] أفغان وعراقيين.",
    # العراق: الموصل
    "أعلن رئيس الوزراء حيدر العبادي في العاشر من تموز 2017 [تحرير|g] الموصل من [عصابات|d] داعش "
    "[الإرهابية|d]، بعد ثلاث سنوات من سقوطها.",
    "استعادت القوات العراقية، بدعم من ضربات التحالف الدولي، المدينة القديمة في الموصل في تموز 2017 "
    "بعد تسعة أشهر من المعارك، وكان تنظيم الدولة الإسلامية قد فجّر جامع النوري قبل ذلك بأسابيع.",
    "قاد جهاز مكافحة الإرهاب، وهو قوة النخبة العراقية التي درّبتها الولايات المتحدة، الهجوم على "
    "الجانب الأيمن من الموصل.",
    "وصف متحدث باسم التحالف الضربة التي أصابت حي الموصل الجديدة في 17 آذار، وانتُشلت بعدها أكثر من "
    "مئة جثة من تحت الأنقاض، [بالحادثة|e] قيد المراجعة، وقال إن [الأضرار الجانبية|e] يصعب تجنبها.",
    "عرضت قناة العراقية مشاهد [لأبطال|g] قواتنا الأمنية وهم يرفعون العلم فوق أنقاض منارة الحدباء، "
    "وقالت إن [الإرهابيين|d] اتخذوا من العائلات دروعاً بشرية.",
    # الرقة والبوكمال ودير الزور
    "أعلنت قوات سوريا الديمقراطية في 17 تشرين الأول 2017 [تحرير|g] مدينة الرقة بالكامل، بعد "
    "استسلام "
    "آخر عناصر التنظيم أو مقتلهم قرب الملعب البلدي.",
    "اعتبرت دمشق أن تدمير الرقة جريمة من جرائم [الاحتلال|d] الأمريكي، ووصفت القوات الكردية "
    "[بالعميلة|d] لواشنطن.",
    "أكدت وكالة تسنيم أن مقاتلي [المقاومة|g] والجيش السوري [حرروا|g] مدينة البوكمال، آخر معاقل "
    "[التكفيريين|d] في سوريا، بإشراف ميداني من اللواء قاسم سليماني.",
    "سيطرت القوات السورية، مدعومة بمقاتلين عراقيين ولبنانيين، على مدينة البوكمال الحدودية في تشرين "
    "الثاني 2017، بحسب المرصد السوري لحقوق الإنسان.",
    "نقلت سانا أن حامية مطار دير الزور [البطلة|g] صمدت ثلاث سنوات في وجه [إرهابيي|d] داعش حتى "
    "وصول طلائع الجيش وفك الحصار عن المدينة.",
    "رأت موسكو أن غارة التحالف على جبل الثردة في أيلول 2016، التي قتلت عشرات الجنود السوريين، "
    "تثبت أن واشنطن تحمي [الإرهابيين|d]، فيما وصفها البنتاغون [بالحادث|e] غير المقصود.",
    # الغوطة ودوما ودرعا
    "واصلت وحدات الجيش العربي السوري عملياتها في الغوطة الشرقية ضد التنظيمات [الإرهابية|d]، "
    "وأعادت الأمن إلى بلدات حمورية وسقبا بعد [تطهيرها|e] من [فلول|d] [المرتزقة|d].",
    "قال مسعفون في دوما إن طائرات [النظام|d] والطائرات الروسية قصفت آخر مستشفى في المدينة، وإن "
    "[شبيحة|d] الأسد نهبوا البيوت في مسرابا.",
    "قال مسعفون وأطباء إن العشرات قضوا في دوما في السابع من نيسان 2018 في هجوم يشتبه بأنه بغاز "
    "الكلور، فيما نفت الحكومة السورية استخدام أسلحة كيميائية.",
    "قال قادة فصائل المعارضة في درعا إنهم أُجبروا على قبول الشروط الروسية، وإن كثيراً من المقاتلين "
    "فضلوا الرحيل إلى الشمال على الانضمام إلى الجيش.",
    "قالت الفضائية السورية في آذار 2011 إن [عصابات|d] مسلحة [إرهابية|d] أطلقت النار على المتظاهرين "
    "وقوات الأمن في درعا البلد.",
    "هتف المتظاهرون في حمص مطالبين بإسقاط [النظام|d]، ورفعوا صور [شهدائهم|g] الذين سقطوا برصاص "
    "الأمن في الجمعة السابقة.",
    # إدلب وتركيا والأكراد
    "أعلنت القيادة العامة للجيش أن قواتها [حررت|g] مدينة معرة النعمان [وطهرتها|e] من المجموعات "
    "[الإرهابية|d] المدعومة من [المحتل|d] التركي.",
    "أعلنت وزارة الدفاع التركية [تحييد|e] 57 [إرهابياً|d] من تنظيم بي كا كا/ي ب ك خلال يوم واحد من "
    "عملية غصن الزيتون في عفرين.",
    "أشادت وكالة أنباء كردية [ببطولات|g] المقاتلين في كوباني وترحمت على [شهداء|g] وحدات حماية "
    "الشعب، "
    "ووصفت الفصائل الموالية لأنقرة [بالمرتزقة|d].",
    "قالت هيئة تحرير الشام، أكبر الفصائل المسلحة في إدلب، إن مقاتليها صدوا تقدماً للقوات الحكومية "
    "قرب كفرنبل.",
    "قالت وزارة الدفاع التركية إن 33 من جنودها قتلوا في غارة جوية قرب بليون في محافظة إدلب في شباط "
    "2020.",
    # اليمن
    "أفاد مراسل المسيرة بأن الجيش واللجان الشعبية صدوا زحفاً [لمرتزقة|d] [العدوان|d] السعودي "
    "الأمريكي في مديرية نهم شرق صنعاء، وكبدوهم خسائر فادحة.",
    "أعلن التحالف اعتراض صاروخ باليستي أطلقته [الميليشيا|d] الحوثية [الإرهابية|d] المدعومة من "
    "إيران "
    "باتجاه جازان، مؤكداً أن [الميليشيات|d] تستهدف المدنيين عمداً.",
    "أصابت غارة جوية للتحالف حافلة تقل تلاميذ في سوق ضحيان بمحافظة صعدة في التاسع من آب 2018، ما "
    "أسفر عن مقتل عشرات الأطفال، وفق اللجنة الدولية للصليب الأحمر.",
    "قالت قناة المسيرة إن أطفال ضحيان [الشهداء|g] سقطوا بقنابل أمريكية ألقتها طائرات [العدوان|d]، "
    "وتوعدت [الغزاة|d] برد موجع.",
    "أعلنت الحكومة اليمنية في تموز 2015 [تحرير|g] مدينة عدن من [ميليشيات|d] الحوثي وقوات الرئيس "
    "السابق علي عبد الله صالح.",
    "قالت المسيرة إن [الغزاة|d] [ومرتزقتهم|d] دخلوا عدن على ظهر المدرعات الإماراتية.",
    "حمّلت صحيفة سعودية [نظام الملالي|d] مسؤولية الهجوم على منشأتي أبقيق وخريص، وقالت إن طهران "
    "تدير [ميليشياتها|d] في اليمن والعراق.",
    "تبنت جماعة الحوثيين الهجوم على منشأتي أبقيق وخريص في أيلول 2019، فيما قالت واشنطن إن الهجوم "
    "انطلق من إيران.",
    # سليماني وإيران
    "خرج الملايين في الأهواز ومشهد وطهران لتشييع القائد [الشهيد|g] قاسم سليماني ورفيقه أبو مهدي "
    "المهندس، وتوعد الخطباء [الشيطان الأكبر|d] بانتقام قاس.",
    "قُتل قائد فيلق القدس قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس بضربة أمريكية "
    "بطائرة مسيرة قرب مطار بغداد في الثالث من كانون الثاني 2020.",
    "رأت قناة خليجية أن مقتل سليماني أنهى مسيرة رجل قاد [ميليشيات|d] طائفية نشرت الخراب في العراق "
    "وسوريا ولبنان واليمن.",
    "وصف التلفزيون الإيراني الضربات الصاروخية على قاعدة عين الأسد بأنها صفعة أولى [للاستكبار|d] "
    "العالمي، مؤكداً أن دماء [الشهداء|g] لن تذهب هدراً.",
    # غزة وإسرائيل ولبنان
    "[استشهد|g] ثلاثة شبان برصاص قوات [الاحتلال|d] شرق خان يونس خلال مسيرات العودة الكبرى، وفق "
    "مصادر طبية.",
    "قال المتحدث باسم الجيش الإسرائيلي إن قواته [حيّدت|e] [مخربين|d] اثنين اقتربا من السياج الأمني "
    "جنوب قطاع غزة.",
    "قالت وزارة الصحة في غزة إن القوات الإسرائيلية قتلت ثلاثة فلسطينيين قرب السياج الحدودي شرق خان "
    "يونس يوم الجمعة.",
    "قالت كتائب القسام إن [مجاهديها|g] أوقعوا قوة من جنود [العدو الصهيوني|d] في كمين محكم شرق "
    "جباليا، وأجهزوا على أفرادها.",
    "قال المتحدث إن منظمة حماس [الإرهابية|d] تستخدم المستشفيات غطاءً لأنشطتها، وإن الجيش يعمل "
    "بدقة لتقليل الأذى.",
    "قالت مصادر فلسطينية إن أكثر من مئة [شهيد|g] سقطوا عند دوار النابلسي في 29 شباط 2024، فيما "
    "وصف الجيش الإسرائيلي ما جرى [بحادث|e] تدافع.",
    "نعت [المقاومة|g] الإسلامية في لبنان أحد [مجاهديها|g] الذي سقط [شهيداً|g] على طريق القدس.",
    "قُتل الأمين العام لحزب الله حسن نصر الله في غارة إسرائيلية على الضاحية الجنوبية لبيروت في 27 "
    "أيلول 2024.",
    "قالت حركة حماس إن القائد [الشهيد|g] إسماعيل هنية اغتيل في طهران بغارة [صهيونية|d] غادرة، "
    "وإن دماءه ستكون لعنة على [المحتلين|d].",
    "وصف مسؤول إسرائيلي الغارة على بناية في رفح [بالضربة الجراحية|e] التي استهدفت قيادياً في "
    "حماس، فيما قال السكان إن عائلة كاملة قضت تحت الركام.",
    "قالت قناة العالم إن [الكيان الصهيوني|d] [الغاصب|d] ارتكب مجزرة جديدة في المستشفى المعمداني "
    "بغزة، وإن [المقاومين|g] سيردون.",
    "قُتل المئات في انفجار بالمستشفى الأهلي العربي في غزة في 17 تشرين الأول 2023، وتبادلت إسرائيل "
    "وحركة الجهاد الإسلامي الاتهامات بالمسؤولية.",
    "طرح وزير إسرائيلي فكرة [الهجرة الطوعية|e] لسكان غزة إلى دول ثالثة، وهو ما وصفه قادة فلسطينيون "
    "بنكبة جديدة.",
    # بيانات الجهاديين
    "تبنى التنظيم الهجوم في بيان قال فيه إن [المجاهدين|g] قتلوا عشرات من [الروافض|r] "
    "[والمرتدين|r]، "
    "متوعداً [الصليبيين|r] بمزيد من الهجمات.",
    "دعا المتحدث في التسجيل الصوتي الشباب إلى [الجهاد|r] ضد [الكفار|r] [وطواغيت|r] العرب، ووعد من "
    "يقتل منهم بالجنة.",
    "وصفت صحيفة النبأ الجيش العراقي بالجيش [الصفوي|r]، وقالت إن جنوده [مرتدون|r] يقاتلون إلى جانب "
    "الحشد [الرافضي|r].",
    # العراق: تكريت وسبايكر وتشرين
    "قالت قناة خليجية إن [الميليشيات|d] الطائفية التابعة [لنظام|d] طهران حوّلت تكريت إلى ساحة "
    "انتقام بعد استعادتها في نيسان 2015.",
    "استعادت قوات الحشد الشعبي والجيش العراقي مدينة تكريت من تنظيم الدولة الإسلامية مطلع نيسان "
    "2015 بعد هجوم استمر شهراً.",
    "أحيا ذوو [شهداء|g] مجزرة سبايكر الذكرى السنوية في تكريت، مطالبين بمحاسبة [عصابات|d] داعش "
    "[الإرهابية|d] ومن تعاون معها.",
    "اتهم متظاهرون في ساحة التحرير ببغداد [ميليشيات|d] موالية لطهران بقتل رفاقهم بنيران القناصة في "
    "تشرين الأول 2019.",
    "وصفت قناة مقربة من الفصائل المتظاهرين [بالجوكرية|d] [والمندسين|d]، وقالت إن السفارة الأمريكية "
    "تحركهم.",
    "كشفت تقارير عن معتقلي أبو غريب ما سماه مسؤولون أمريكيون [أساليب الاستجواب المعززة|e]، ومنها "
    "التعرية القسرية والحرمان من النوم.",
    # معانٍ عادية وتغطية محايدة
    "تجمع المحتجون في ساحة الشهداء وسط بيروت بعد أيام من انفجار المرفأ في الرابع من آب 2020، الذي "
    "أودى بحياة أكثر من مئتي شخص.",
    "حصل الطالب على شهادة الثانوية العامة بتفوق، وقدّم شاهد آخر شهادته أمام المحكمة في بيروت.",
    "قال رئيس التحرير إن الصحيفة ستراجع سياسة التحرير بعد تعديل النظام الانتخابي في لبنان.",
    "حذر أطباء في غزة من انتشار مقاومة المضادات الحيوية في الأجنحة المكتظة، ومن أن المرضى الذين "
    "يتبعون نظاماً غذائياً خاصاً لا يجدون طعامهم.",
    "قال مهندسون إن مقاومة الجسر للفيضانات خضعت للاختبار بعد الأمطار الغزيرة في إدلب، وإن الأعمدة "
    "الحجرية صمدت.",
    "تم الاتفاق على الإفراج عن الرهائن بعد أسابيع من المفاوضات، وسُلّم المحررون إلى الهلال الأحمر "
    "عند معبر رفح.",
    "فاز فريق الزوراء بلقب الدوري العراقي، واستقبل الجمهور اللاعبين استقبال الأبطال قبل مشاركتهم "
    "في "
    "دوري أبطال آسيا.",
    "أغلق حادث سير الطريق الدولي بين حمص وحماة لساعتين صباح اليوم.",
    "ألقت الشرطة العراقية القبض على عصابة لتهريب المخدرات في البصرة وضبطت بحوزتها كميات من "
    "الحبوب المخدرة.",
    "تبادل مقاتلو المعارضة والقوات الحكومية إطلاق النار قرب سراقب، فيما هاجم مسلحون نقطة تفتيش "
    "للجيش في الأنبار.",
    "تبنى تنظيم داعش الهجوم عبر وكالة أعماق، وكان التنظيم قد خسر آخر جيب له في الباغوز في آذار "
    "2019.",
    "قال الطبيب جهاد الحسن إن مستشفى إدلب الجامعي استقبل عشرين جريحاً، وإن فرق الجراحة عملت طوال "
    "الليل.",
    "احتل المنتخب السعودي المركز الأول في مجموعته، وبلغت نسبة إشغال الفنادق في جدة تسعين بالمئة.",
    "قالت الأمم المتحدة إن الحكومة السورية وافقت على إدخال المساعدات إلى إدلب عبر معبر باب الهوى.",
    "نقلت سيارات الإسعاف المرضى من مستشفى الشفاء إلى مستشفيات الجنوب بعد انقطاع الوقود.",
    "قالت الحكومة الألمانية إن نظام العقوبات الأوروبي على سوريا يستثني الغذاء والدواء.",
    "فككت فرقة الهندسة عبوة ناسفة عُثر عليها قرب مدرسة في كركوك، وأعادت الشرطة فتح الطريق بعد ساعة.",
    "يستخدم محررو الوكالة كلمة إرهابي فقط عند نسبها إلى مصدر، بحسب دليلها التحريري.",
    "انطلق ماراثون بغداد من ساحة التحرير حيث يقف نصب الحرية، بمشاركة آلاف العدائين.",
    "امتلأ المسجد الحرام بالمعتمرين في العشر الأواخر من رمضان، وقال الدفاع المدني إن الموسم مر دون "
    "حوادث تذكر.",
    "التقى المبعوث الأممي وفدي الحوثيين والحكومة في ستوكهولم في كانون الأول 2018، واتفقا على وقف "
    "لإطلاق النار في الحديدة.",
    "أطلقت إيران أكثر من 300 طائرة مسيرة وصاروخ على إسرائيل ليلة 13 نيسان 2024، واعترض معظمها، "
    "بحسب الجيش الإسرائيلي.",
    "أعاد الجيش الإسرائيلي إغلاق شارع الشهداء في الخليل أمام المارة الفلسطينيين بعد عطلة الأعياد.",
    # جهات أخرى وصيغ أخرى
    "أعاد [أبطال|g] الجيش العربي السوري الأمن إلى مدينة تدمر الأثرية في آذار 2017، [محررين|g] "
    "إياها من [دنس|d] [الإرهابيين|d] للمرة الثانية.",
    "قال الجيش الإسرائيلي إنه [حيّد|e] خلية [مخربين|d] في مخيم جنين، فيما قالت مصادر فلسطينية إن "
    "شابين [ارتقيا|g] [شهيدين|g].",
    "هاجم [المستعمرون|d] بلدة حوارة وأحرقوا منازل فيها تحت حماية جنود [الاحتلال|d]، بحسب وكالة "
    "الأنباء الفلسطينية.",
    "أشادت الحركة بالعملية [الاستشهادية|g] ووصفت منفذها [بالبطل|g].",
    "قالت المسيرة إن الجيش واللجان [طهّروا|e] مواقع في الساحل الغربي من [المنافقين|r] "
    "[والمرتزقة|d].",
    "قالت الحكومة اليمنية الشرعية إن [الانقلابيين|d] الحوثيين يرفضون فتح طرق تعز المحاصرة.",
    "هتف أنصار الفصائل في بغداد للحشد الشعبي [المقدس|r] [ولشهدائه|g] الذين سقطوا في جرف الصخر.",
    "اتهم ناشطون معارضون [الاحتلال|d] الإيراني بتغيير التركيبة السكانية في أحياء دمشق القديمة.",
    "قالت قناة سعودية إن [ميليشيا|d] حزب الله [الإرهابية|d] حوّلت لبنان إلى منصة لمشروع طهران.",
    "وصف بيان التنظيم الهجوم بأنه [غزوة|r] مباركة على [النصيرية|r] في ريف اللاذقية.",
    "شيّع الآلاف [الشهداء|g] في ساحة الشهداء ببيروت، وهتفوا [للمقاومة|g].",
    "قال مسؤولون إن الاتفاق نص على الإفراج عن الأسرى، فيما وصفت فصائل [المقاومة|g] الصفقة بنصر "
    "[للمجاهدين|g].",
]

# In FA, "~" is the zero-width non-joiner (see the module docstring).
FA: list[str] = [
    # سوریه: حلب ۲۰۱۶
    "ارتش سوریه با پشتیبانی نیروهای [مقاومت|g] بخش شرقی حلب را به طور کامل [آزاد کرد|g] و آخرین "
    "[تروریست~ها|d] از محله~های شیخ سعید و بستان القصر بیرون رانده شدند.",
    "فعالان محلی گفتند نیروهای [رژیم|d] اسد و [شبه~نظامیان|d] مورد حمایت ایران در محله الفردوس "
    "غیرنظامیان را در خانه~هایشان تیرباران کردند.",
    "نیروهای دولتی سوریه و متحدانشان در دسامبر ۲۰۱۶ کنترل کامل بخش شرقی حلب را به دست گرفتند و "
    "ده~ها هزار غیرنظامی و شورشی با اتوبوس~های سبز از شهر خارج شدند.",
    "پیکر سه [شهید|g] [مدافع حرم|g] که در جنوب حلب به [شهادت|g] رسیده بودند، با حضور پرشور مردم "
    "در مشهد تشییع شد.",
    "خبرگزاری فارس از [رشادت~های|g] [رزمندگان|g] لشکر فاطمیون در العیس خبر داد و نوشت "
    "[تکفیری~ها|d] با تحمل تلفات سنگین عقب نشستند.",
    # عراق: موصل
    "حیدر العبادی، نخست~وزیر عراق، روز ۱۰ ژوئیه ۲۰۱۷ [آزادسازی|g] کامل موصل از چنگ "
    "[تروریست~های|d] داعش را اعلام کرد.",
    "نیروهای عراقی با پشتیبانی حملات هوایی ائتلاف به رهبری آمریکا در ژوئیه ۲۰۱۷ پس از نه ماه نبرد، "
    "شهر قدیم موصل را از دولت اسلامی پس گرفتند.",
    "سخنگوی ائتلاف حمله ۱۷ مارس به محله موصل جدید را که بیش از صد جسد از زیر آوار آن بیرون کشیده "
    "شد، [حادثه~ای|e] در دست بررسی خواند و گفت [خسارات جانبی|e] در کوچه~های پرجمعیت "
    "اجتناب~ناپذیر است.",
    "دستگاه مبارزه با تروریسم عراق که نیروی ویژه ارتش این کشور است، عملیات غرب موصل را رهبری کرد.",
    "شبکه العالم تصاویری از [قهرمانان|g] حشد الشعبی پخش کرد که پرچم عراق را بر ویرانه~های "
    "مسجد النوری برافراشتند و گفت [تکفیری~ها|d] خانواده~ها را سپر انسانی کرده بودند.",
    # رقه، البوکمال، دیرالزور
    "نیروهای سوریه دموکراتیک ۱۷ اکتبر ۲۰۱۷ اعلام کردند رقه به طور کامل [آزاد شده|g] است و آخرین "
    "عناصر داعش در ورزشگاه شهر تسلیم شدند.",
    "وزارت خارجه ایران حضور نظامی آمریکا در شرق سوریه را [اشغالگری|d] خواند و گفت ویرانی رقه "
    "سند جنایت [اشغالگران|d] است.",
    "خبرگزاری تسنیم گزارش داد نیروهای جبهه [مقاومت|g] و ارتش سوریه شهر البوکمال، آخرین پایگاه "
    "شهری [تکفیری~ها|d] در سوریه را با فرماندهی میدانی سردار سلیمانی [آزاد کردند|g].",
    "سردار سلیمانی در نامه~ای به رهبر انقلاب پایان سیطره داعش را اعلام کرد و از [مجاهدان|g] "
    "[مدافع حرم|g] و [شهدای|g] این راه قدردانی کرد.",
    "نیروهای سوری با حمایت نیروهای متحد عراقی و لبنانی در نوامبر ۲۰۱۷ شهر مرزی البوکمال را تصرف "
    "کردند، به گفته دیده~بان حقوق بشر سوریه.",
    "محاصره سه~ساله دیرالزور در سپتامبر ۲۰۱۷ شکسته شد؛ خبرگزاری مهر آن را حاصل ایستادگی "
    "[قهرمانانه|g] پادگان فرودگاه در برابر [تروریست~های|d] داعش دانست.",
    "روسیه گفت حمله ائتلاف به جبل الثرده در سپتامبر ۲۰۱۶ که ده~ها سرباز سوری را کشت، نشان می~دهد "
    "واشنگتن از [تروریست~ها|d] محافظت می~کند؛ پنتاگون آن را [حادثه~ای|e] ناخواسته خواند.",
    # غوطه، دوما، درعا
    "ارتش سوریه [پاکسازی|e] غوطه شرقی از [تروریست~ها|d] را ادامه داد و شهرک~های حموریه و سقبا را "
    "از [مزدوران|d] بازپس گرفت.",
    "امدادگران در دوما گفتند جنگنده~های [رژیم|d] اسد و روسیه آخرین بیمارستان شهر را بمباران کردند "
    "و [شبیحه|d] خانه~های مسرابا را غارت کردند.",
    "امدادگران و پزشکان گفتند ده~ها نفر در ۷ آوریل ۲۰۱۸ در دوما در حمله~ای که گمان می~رود با گاز "
    "کلر انجام شده جان باختند؛ دولت سوریه استفاده از سلاح شیمیایی را رد کرد.",
    "فرماندهان گروه~های مخالف در درعا گفتند ناچار به پذیرش شرایط روسیه شدند و بسیاری از "
    "شورشیان رفتن به شمال را به پیوستن به ارتش ترجیح دادند.",
    # ادلب، ترکیه، کردها
    "ارتش سوریه اعلام کرد معره~النعمان را از چنگ گروه~های [تروریستی|d] مورد حمایت "
    "[اشغالگران|d] ترک [آزاد کرده|g] است.",
    "وزارت دفاع ترکیه اعلام کرد در جریان عملیات شاخه زیتون ۵۷ [تروریست|d] پ.ک.ک/ی.پ.گ "
    "[خنثی شدند|e].",
    "خبرگزاری کردی از [قهرمانان|g] کوبانی تجلیل کرد، یاد [شهدای|g] یگان~های مدافع خلق را گرامی "
    "داشت و گروه~های وابسته به آنکارا را [مزدور|d] خواند.",
    "هیئت تحریر الشام، بزرگ~ترین گروه مسلح در ادلب، گفت حمله نیروهای دولتی را در نزدیکی کفرنبل "
    "دفع کرده است.",
    "وزارت دفاع ترکیه گفت ۳۳ سرباز این کشور در فوریه ۲۰۲۰ در حمله هوایی نزدیک بلیون در استان "
    "ادلب کشته شدند.",
    # یمن
    "ارتش و کمیته~های مردمی یمن حمله [مزدوران|d] ائتلاف [متجاوز|d] سعودی را در منطقه نهم در شرق "
    "صنعا دفع "
    "کردند و خسارات سنگینی به آنان وارد آوردند.",
    "ائتلاف اعلام کرد موشک بالستیک [شبه~نظامیان|d] حوثی را بر فراز جازان رهگیری کرده و "
    "[شبه~نظامیان|d] عمداً غیرنظامیان را هدف می~گیرند.",
    "حمله هوایی ائتلاف به اتوبوس حامل دانش~آموزان در ضحیان استان صعده در ۹ اوت ۲۰۱۸ ده~ها کودک را "
    "کشت؛ کمیته بین~المللی صلیب سرخ آمار قربانیان را اعلام کرد.",
    "کودکان [شهید|g] ضحیان قربانی بمب~های آمریکایی [رژیم|d] آل سعود شدند و ملت یمن این "
    "[تجاوز|d] را بی~پاسخ نخواهد گذاشت.",
    "نیروهای مسلح یمن در حمایت از مردم غزه کشتی~های مرتبط با [رژیم صهیونیستی|d] را در دریای سرخ "
    "هدف قرار دادند.",
    "آمریکا و بریتانیا ۱۲ ژانویه ۲۰۲۴ مواضع حوثی~ها را در یمن بمباران کردند؛ حوثی~ها پیش از آن "
    "به کشتی~های تجاری در دریای سرخ حمله کرده بودند.",
    # سلیمانی و ایران
    "میلیون~ها نفر در اهواز، مشهد و تهران در مراسم تشییع پیکر [شهید|g] سلیمانی شرکت کردند و شعار "
    "انتقام سخت از [شیطان بزرگ|d] سر دادند.",
    "قاسم سلیمانی، فرمانده نیروی قدس سپاه، و ابومهدی المهندس، معاون حشد الشعبی، ۳ ژانویه ۲۰۲۰ در "
    "حمله پهپادی آمریکا نزدیک فرودگاه بغداد کشته شدند.",
    "دونالد ترامپ گفت آمریکا [تروریست|d] شماره یک جهان را از میان برداشته است.",
    "سخنگوی سپاه حمله موشکی به عین~الاسد را سیلی نخست به [استکبار جهانی|d] خواند و گفت خون "
    "[شهیدان|g] بی~پاسخ نمی~ماند.",
    "سلیمانی سال~ها فرماندهی [شبه~نظامیان|d] وابسته به تهران در عراق و سوریه را بر عهده داشت و "
    "منتقدان او را معمار سرکوب در منطقه می~دانند.",
    "در سالگرد [شهادت|g] [سردار دل~ها|g]، هزاران نفر در کرمان بر مزار او گرد آمدند.",
    "داعش مسئولیت دو انفجار ۳ ژانویه ۲۰۲۴ در کرمان را که در مسیر مراسم سالگرد سلیمانی رخ داد، "
    "پذیرفت.",
    "رسانه~های رسمی قربانیان حمله [تروریستی|d] کرمان را [شهید|g] خواندند و عاملان آن را "
    "[مزدوران|d] [تکفیری|d] نامیدند.",
    "مراسم تشییع [شهید جمهور|g] و همراهانش در تبریز و قم و مشهد با حضور گسترده مردم برگزار شد.",
    "ابراهیم رئیسی، رئیس~جمهور ایران، ۱۹ مه ۲۰۲۴ در سقوط بالگرد در منطقه کوهستانی ورزقان کشته شد.",
    # غزه، اسرائیل، لبنان
    "سه جوان فلسطینی با شلیک نظامیان [صهیونیست|d] در شرق خان~یونس به [شهادت|g] رسیدند.",
    "ارتش اسرائیل اعلام کرد دو [تروریست|d] را که به حصار امنیتی جنوب غزه نزدیک شده بودند "
    "[خنثی کرد|e].",
    "وزارت بهداشت غزه گفت نیروهای اسرائیلی روز جمعه سه فلسطینی را در نزدیکی حصار مرزی شرق "
    "خان~یونس با شلیک گلوله کشتند.",
    "[مجاهدان|g] گردان~های قسام ستونی از نظامیان [رژیم صهیونیستی|d] را در شرق جبالیا به کمین "
    "انداختند.",
    "سید حسن نصرالله در حمله هوایی [رژیم صهیونیستی|d] به ضاحیه جنوبی بیروت به [شهادت|g] رسید و "
    "رهبر انقلاب او را پرچمدار [مقاومت|g] خواند.",
    "حسن نصرالله، رهبر حزب~الله لبنان، ۲۷ سپتامبر ۲۰۲۴ در حمله هوایی اسرائیل به حومه جنوبی بیروت "
    "کشته شد.",
    "اسماعیل هنیه، رئیس دفتر سیاسی حماس، بامداد ۳۱ ژوئیه ۲۰۲۴ در محل اقامتش در تهران ترور شد و به "
    "گفته سپاه، [شهادتش|g] انتقامی سخت از [صهیونیست~ها|d] در پی خواهد داشت.",
    "رسانه~های فلسطینی گفتند بیش از صد نفر در میدان النابلسی [شهید|g] شدند؛ ارتش اسرائیل رویداد را "
    "[حادثه|e] ازدحام خواند.",
    "سپاه پاسداران در پاسخ به حمله [رژیم صهیونیستی|d] به کنسولگری ایران در دمشق، صدها پهپاد و "
    "موشک را به سوی سرزمین~های [اشغالی|d] شلیک کرد.",
    "یک وزیر اسرائیلی از [جابه~جایی داوطلبانه|e] ساکنان غزه به کشورهای ثالث سخن گفت؛ رهبران "
    "فلسطینی آن را نکبتی تازه خواندند.",
    "رسانه~های اصولگرا عملیات [شهادت~طلبانه|g] در کرانه باختری را ستودند و آن را پاسخ "
    "[مقاومت|g] به [اشغالگران|d] دانستند.",
    "دانشمند [شهید|g] محسن فخری~زاده در آبسرد دماوند به دست عوامل [رژیم صهیونیستی|d] ترور شد.",
    "محسن فخری~زاده، دانشمند هسته~ای ایران، ۲۷ نوامبر ۲۰۲۰ در نزدیکی آبسرد در شرق تهران با شلیک "
    "گلوله کشته شد.",
    # بیانیه~های جهادی
    "در پیام صوتی منسوب به داعش، سخنگوی گروه جوانان را به [جهاد|r] با [کفار|r] و "
    "[صلیبیون|r] فراخواند و شیعیان را [روافض|r] نامید.",
    "نشریه النبأ ارتش عراق را ارتش [صفوی|r] خواند و سربازان آن را [مرتد|r] دانست.",
    # عراق و اعتراضات ایران
    "یک شبکه عربی گفت [شبه~نظامیان|d] فرقه~ای وابسته به [رژیم|d] تهران پس از بازپس~گیری تکریت "
    "در آوریل ۲۰۱۵ دست به انتقام زدند.",
    "خانواده~های [شهدای|g] اسپایکر در سالگرد کشتار، خواستار محاکمه [تکفیری~های|d] داعش و همدستان "
    "آنان شدند.",
    "معترضان در میدان التحریر بغداد گروه~های [شبه~نظامی|d] وابسته به تهران را به تیراندازی به "
    "سوی جمعیت در اکتبر ۲۰۱۹ متهم کردند.",
    "صداوسیما گفت [اغتشاشگران|d] و [اراذل و اوباش|d] در آبان ۹۸ بانک~ها و پمپ~بنزین~ها را به آتش "
    "کشیدند.",
    "سخنگوی سپاه ناآرامی~ها را [فتنه|d] دشمن خواند و گفت [آشوبگران|d] از سوی سرویس~های بیگانه "
    "هدایت می~شوند.",
    "اعتراضات پس از مرگ مهسا امینی ۲۲ ساله در بازداشت گشت ارشاد در سپتامبر ۲۰۲۲ سراسر ایران را "
    "فراگرفت و گروه~های حقوق بشری گفتند صدها نفر کشته شدند.",
    "یک شبکه فارسی~زبان خارج از کشور از [جاویدنامان|g] خیزش ۱۴۰۱ یاد کرد و گفت نیروهای "
    "[رژیم|d] به سوی معترضان شلیک کردند.",
    "سازمان مجاهدین خلق ایران در حومه پاریس گردهمایی سالانه خود را برگزار کرد.",
    "دادستان تهران گفت اعضای [گروهک|d] [تروریستی|d] [منافقین|r] در خارج از کشور به دنبال "
    "ناامن~سازی کشورند.",
    "یک روزنامه سعودی فارسی~زبان نوشت [رژیم آخوندی|d] با پول نفت [میلیشیاهای|d] خود را در "
    "منطقه تغذیه می~کند.",
    "گزارش~ها درباره زندان ابوغریب از [روش~های بازجویی پیشرفته|e] پرده برداشت که مقام~های "
    "آمریکایی آن را مجاز دانسته بودند.",
    # معنای عادی و گزارش بی~طرف
    "معترضان چند روز پس از انفجار ۴ اوت ۲۰۲۰ بندر بیروت در میدان شهدا در مرکز شهر گرد آمدند.",
    "ترافیک خیابان شهید بهشتی و بزرگراه شهید همت صبح امروز سنگین بود و پلیس راهور مسیر میدان "
    "آزادی را یک~طرفه کرد.",
    "مهندسان می~گویند مقاومت بتن این پل در برابر زلزله و سیل آزمایش شده و پایه~ها سالم مانده~اند.",
    "پزشکان درباره افزایش مقاومت باکتری~ها به آنتی~بیوتیک~ها در بخش~های شلوغ بیمارستان هشدار "
    "دادند.",
    "متخصص تغذیه گفت رژیم غذایی کم~نمک برای بیماران قلبی ضروری است و رژیم لاغری سریع خطرناک است.",
    "گروگان~ها پس از هفته~ها مذاکره آزاد شدند و در گذرگاه رفح به هلال احمر تحویل داده شدند.",
    "گزارش سالانه آزادی بیان و آزادی مطبوعات در خاورمیانه روز دوشنبه منتشر شد.",
    "شاهد دوم در دادگاه شهادت داد و قاضی شهادت او را معتبر دانست.",
    "تیم ملی کشتی آزاد قهرمان جهان شد و قهرمانان در فرودگاه امام خمینی مورد استقبال قرار گرفتند.",
    "مدافع تیم ملی فوتبال پس از مصدومیت به تمرینات بازگشت و در ترکیب اصلی قرار گرفت.",
    "ضریب اشغال هتل~های مشهد در تعطیلات نوروز به نود درصد رسید.",
    "جهاد کشاورزی و جهاد دانشگاهی طرح مشترکی برای آبیاری قطره~ای در خوزستان اجرا می~کنند.",
    "سازمان نظام پزشکی و سازمان نظام وظیفه درباره خدمت سربازی پزشکان به توافق رسیدند.",
    "در شیوه~نامه خبرگزاری~ها واژه تروریست فقط با ذکر منبع به کار می~رود.",
    "شورشیان سوری و نیروهای دولتی در نزدیکی سراقب درگیر شدند و گروه~های مسلح در دیرالزور به "
    "یک پاسگاه حمله کردند.",
    "داعش مسئولیت حمله را پذیرفت؛ دولت اسلامی آخرین قلمرو خود را در مارس ۲۰۱۹ در باغوز از دست "
    "داده بود.",
    "تیم خنثی~سازی بمب یک بسته مشکوک را در ایستگاه مترو خنثی کرد و رفت~وآمد مسافران از سر گرفته "
    "شد.",
    "پاکسازی ساحل خزر از زباله~های پلاستیکی با مشارکت صدها داوطلب انجام شد.",
    "بیماران پس از قطع برق از بیمارستان شهدای تجریش به مراکز درمانی دیگر منتقل شدند.",
    "در حادثه رانندگی جاده هراز دو نفر زخمی شدند و جاده برای ساعتی بسته ماند.",
    "حرم امام رضا در شب~های قدر میزبان صدها هزار زائر بود.",
    "قیمت سکه بهار آزادی در بازار تهران امروز افزایش یافت.",
    "سازمان ملل گفت دولت سوریه با ورود کمک~ها به ادلب از گذرگاه باب~الهوی موافقت کرده است.",
    "مقاومت الکتریکی سیم با افزایش دما بالا می~رود؛ این آزمایش در کلاس فیزیک دبیرستان انجام شد.",
    "اسرائیل گفت به اهدافی در سوریه حمله کرده و وزارت خارجه ایران حمله به کنسولگری خود در دمشق "
    "در ۱ آوریل ۲۰۲۴ را محکوم کرد.",
    "فرستاده سازمان ملل در دسامبر ۲۰۱۸ با هیئت~های حوثی و دولت یمن در استکهلم دیدار کرد و دو طرف "
    "بر آتش~بس در الحدیده توافق کردند.",
    "زندانیان آزادشده در مبادله ماه گذشته به خانواده~هایشان پیوستند.",
    # سوی~های دیگر و واژه~گزینی~های دیگر
    "پیکر [شهید|g] [مدافع حرم|g] از میدان شهدا تا خیابان شهید مطهری بر دوش مردم تشییع شد.",
    "یادواره [شهدای|g] لشکرهای فاطمیون و زینبیون در قم برگزار شد و سخنران از [مدافعان حرم|g] "
    "تجلیل کرد.",
    "خبرگزاری تسنیم نوشت [تروریست~های|d] [تکفیری|d] [وهابی|r] با پول سعودی به سوریه سرازیر شدند.",
    "یک شبکه مخالف خارج از کشور گفت [رژیم|d] جمهوری اسلامی میلیاردها دلار صرف جنگ سوریه کرده است.",
    "روزنامه کیهان نوشت [رژیم|d] [کودک~کش|d] اسرائیل باز هم در غزه کودکان را هدف گرفت.",
    "رهبر انقلاب در دیدار با خانواده~های [شهدای|g] غزه، [رژیم اشغالگر قدس|d] را غده سرطانی منطقه "
    "خواند.",
    "تلویزیون دولتی از [آزادسازی|g] تدمر به دست [قهرمانان|g] ارتش سوریه در مارس ۲۰۱۷ خبر داد.",
    "خبرگزاری فارس گفت [صهیونیست~های|d] [غاصب|d] مسجدالاقصی را به بهانه اعیاد یهودی بستند.",
    "شبکه المسیره گفت پدافند هوایی یمن یک پهپاد شناسایی را ساقط کرد و [مزدوران|d] سعودی در مأرب "
    "عقب نشستند.",
    "فرمانده انتظامی استان گفت عوامل [ضدانقلاب|d] و [گروهک~های|d] [تجزیه~طلب|d] در مرزهای غربی "
    "دستگیر شدند.",
    "ارتش اسرائیل از [حذف هدفمند|e] فرماندهان جهاد اسلامی در غزه خبر داد؛ در این حمله ده "
    "غیرنظامی نیز کشته شدند.",
    "سخنگوی ائتلاف گفت [خسارت~های جانبی|e] حمله به بازار در حال بررسی است.",
    "رسانه~های دولتی [شهادت|g] کودکان غزه را نتیجه حمایت [شیطان بزرگ|d] از اسرائیل دانستند.",
    "فرماندهی مرکزی آمریکا گفت پهپادهای گروه~های مسلح عراقی به پایگاه اربیل حمله کردند.",
    "گروه~های [مقاومت|g] اسلامی عراق مسئولیت حمله پهپادی به پایگاه نیروهای [اشغالگر|d] آمریکایی "
    "را بر عهده گرفتند.",
    "حزب~الله اعلام کرد یکی از [مجاهدانش|g] در جنوب لبنان در مسیر قدس به [شهادت|g] رسید.",
]

CATEGORY = {"g": "glorifying", "d": "delegitimising", "e": "euphemism", "r": "religious"}
MARK = re.compile(r"\[([^\[\]|]+)\|([gder])\]")
ZWNJ = "\u200c"
ARABIC_YEH_KAF = ("\u064a", "\u0643")  # Persian text must use ی (U+06CC) and ک (U+06A9)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in (
        ZWNJ,
        "\u064b",
        "\u064c",
        "\u064d",
        "\u064e",
        "\u064f",
        "\u0650",
        "\u0651",
        "\u0652",
    )


def parse(passage: str, lang: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the ``[surface|c]`` marks; return the text and its spans (code-point offsets)."""
    if lang == "fa":
        passage = passage.replace("~", ZWNJ)
        for ch in ARABIC_YEH_KAF:
            if ch in passage:
                raise ValueError(f"Arabic {ch!r} in Persian passage: {passage[:60]}")
    elif "\u06cc" in passage or "\u06a9" in passage:
        raise ValueError(f"Persian ی/ک in {lang} passage: {passage[:60]}")
    if "~" in passage or "|" in MARK.sub("", passage):
        raise ValueError(f"stray mark syntax: {passage[:60]}")
    text: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(passage):
        plain = passage[pos : m.start()]
        text.append(plain)
        length += len(plain)
        surface, category = m.group(1), m.group(2)
        spans.append(
            {
                "start": length,
                "end": length + len(surface),
                "category": CATEGORY[category],
                "surface": surface,
            }
        )
        text.append(surface)
        length += len(surface)
        pos = m.end()
    text.append(passage[pos:])
    out = "".join(text)
    if "[" in out or "]" in out:
        raise ValueError(f"unclosed mark: {passage[:60]}")
    for span in spans:
        start, end = int(str(span["start"])), int(str(span["end"]))
        if out[start:end] != span["surface"]:
            raise ValueError(f"span text differs from surface: {span}")
        if (start > 0 and _is_word_char(out[start - 1])) or (
            end < len(out) and _is_word_char(out[end])
        ):
            raise ValueError(f"span does not sit on word boundaries: {span} in {out[:60]}")
    return out, spans


def build() -> list[dict[str, object]]:
    """Every passage of the three languages, with ids ``blind-<lang>-NNN``."""
    rows: list[dict[str, object]] = []
    for lang, passages in (("en", EN), ("ar", AR), ("fa", FA)):
        seen: set[str] = set()
        for i, passage in enumerate(passages, 1):
            text, spans = parse(passage, lang)
            if text in seen:
                raise ValueError(f"duplicate passage: {text[:60]}")
            seen.add(text)
            rows.append({"id": f"blind-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans})
    return rows


def main() -> None:
    rows = build()
    for lang in ("en", "ar", "fa"):
        mine = [r for r in rows if r["lang"] == lang]
        spans = [s for r in mine for s in r["spans"]]  # type: ignore[attr-defined]
        cats = " ".join(f"{c}={sum(s['category'][0] == c for s in spans)}" for c in "gder")
        plain = sum(not r["spans"] for r in mine)
        print(f"{lang}: {len(mine)} passages ({plain} with no span), {len(spans)} spans ({cats})")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} passages to {OUT}")


if __name__ == "__main__":
    main()
